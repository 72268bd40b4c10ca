//! `/espace-association/{slug}/feuille-de-route`: an association's plan,
//! for its members only. Every handler goes through `essaim_app::roadmap`,
//! which checks that the account belongs to the association.

pub mod form;
pub mod item;
pub mod plan;

use axum::Router;
use axum::routing::{get, post};

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/feuille-de-route", get(plan::mine))
        .route(
            "/espace-association/{slug}/feuille-de-route",
            get(plan::show).post(item::add),
        )
        .route(
            "/espace-association/{slug}/feuille-de-route/etapes",
            post(plan::steps),
        )
        .route(
            "/espace-association/{slug}/feuille-de-route/{id}",
            get(item::show).post(item::save),
        )
        .route(
            "/espace-association/{slug}/feuille-de-route/{id}/supprimer",
            post(item::remove),
        )
}

pub fn plan_path(slug: &str) -> String {
    format!("/espace-association/{slug}/feuille-de-route")
}
