//! The pages of the instance itself: home, privacy, legal notice, charter,
//! language switch, health check, static assets and the accent colour.

pub mod health;
pub mod home;
pub(crate) mod language;
pub mod legal;
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
        .route("/mentions-legales", get(legal::legal_notice))
        .route("/charte", get(legal::charter))
        .route("/instance.css", get(legal::accent_css))
        .route("/static/{file}", get(static_files::serve))
}
