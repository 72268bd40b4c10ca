//! `/parcours`: the course. Everything reads without an account; members
//! keep their progress, and get an attestation at 100 %. Moderators
//! publish or withdraw courses at `/moderation/parcours`. Every write goes
//! through `essaim_app::courses`.

pub mod attestation;
pub mod course;
pub mod files;
pub mod list;
pub mod outline;
pub mod publish;
pub mod unit;

use axum::Router;
use axum::routing::{get, post};

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/parcours", get(list::show))
        .route("/parcours/attestation", get(attestation::lookup))
        .route("/parcours/attestation/{code}", get(attestation::verify))
        .route("/parcours/{slug}", get(course::show))
        .route("/parcours/{slug}/reprendre", get(course::resume))
        .route(
            "/parcours/{slug}/attestation",
            get(attestation::mine).post(attestation::ask),
        )
        .route("/parcours/{slug}/fichiers/{*path}", get(files::show))
        .route(
            "/parcours/{slug}/{unit}",
            get(unit::show).post(unit::answer),
        )
        .route("/parcours/{slug}/{unit}/terminee", post(unit::done))
        .route("/moderation/parcours", get(publish::show))
        .route("/moderation/parcours/{slug}", post(publish::decide))
}
