//! The pages of the instance itself: home, privacy, language switch, health
//! check and static assets.

pub mod health;
pub mod home;
pub(crate) mod language;
pub mod privacy;
pub mod static_files;

use axum::Router;
use axum::routing::get;

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home::show))
        .route("/healthz", get(health::check))
        .route("/langue/{code}", get(language::switch))
        .route("/confidentialite", get(privacy::show))
        .route("/static/{file}", get(static_files::serve))
}
