//! `/espace-association/{slug}/feuille-de-route`: an association's plan,
//! for its members only. Every handler goes through `essaim_app::roadmap`,
//! which checks that the account belongs to the association.

pub mod choices;
pub mod diagnostic;
pub mod export;
pub mod form;
pub mod help;
pub mod item;
pub mod plan;

use axum::Router;
use axum::routing::{get, post};

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/feuille-de-route", get(plan::mine))
        .route(
            "/diagnostic",
            get(diagnostic::show).post(diagnostic::submit),
        )
        .route("/diagnostic/resultat", get(diagnostic::result))
        .route("/diagnostic/feuille-de-route", post(diagnostic::into_plan))
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
        .route(
            "/espace-association/{slug}/feuille-de-route/{id}/publier",
            post(item::publish),
        )
        .route("/associations/{slug}/choix", get(choices::show))
        .route(
            "/espace-association/{slug}/feuille-de-route/aide",
            get(help::show),
        )
        .route(
            "/espace-association/{slug}/feuille-de-route.md",
            get(export::markdown),
        )
        .route(
            "/espace-association/{slug}/feuille-de-route.csv",
            get(export::csv),
        )
        .route(
            "/espace-association/{slug}/feuille-de-route/imprimer",
            get(export::print),
        )
}

pub fn plan_path(slug: &str) -> String {
    format!("/espace-association/{slug}/feuille-de-route")
}
