//! One file per page or action; this module only maps paths to handlers.

mod health;
mod home;
mod language;
mod static_files;

use axum::Router;
use axum::routing::get;

use crate::{AppError, AppState};

pub fn all() -> Router<AppState> {
    Router::new()
        .route("/", get(home::show))
        .route("/healthz", get(health::check))
        .route("/langue/{code}", get(language::switch))
        .route("/static/{file}", get(static_files::serve))
        .fallback(|| async { AppError::NotFound })
}
