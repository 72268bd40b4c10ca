//! `/mutualisation`: pooled needs. Reading is open to all; members propose
//! needs and join them for their associations, providers quote,
//! responsables vote and pledge. Every write goes through
//! `essaim_app::pooling`.

pub mod actions;
pub mod list;
pub mod maintenance;
pub mod need;
pub mod propose;

use axum::Router;
use axum::routing::{get, post};

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/mutualisation", get(list::show))
        .route(
            "/mutualisation/proposer",
            get(propose::form).post(propose::submit),
        )
        .route("/mutualisation/besoins/{id}", get(need::show))
        .route("/mutualisation/besoins/{id}/historique", get(need::history))
        .route(
            "/mutualisation/besoins/{id}/nous-aussi",
            post(actions::join),
        )
        .route(
            "/mutualisation/besoins/{id}/cahier-des-charges",
            post(actions::specify),
        )
        .route("/mutualisation/besoins/{id}/statut", post(actions::status))
        .route("/mutualisation/besoins/{id}/devis", post(actions::quote))
        .route(
            "/mutualisation/besoins/{id}/devis/{quote}/vote",
            post(actions::vote),
        )
        .route(
            "/mutualisation/besoins/{id}/devis/{quote}/choisir",
            post(actions::choose),
        )
        .route(
            "/mutualisation/besoins/{id}/engagement",
            post(actions::pledge),
        )
        .route("/mutualisation/maintenance", get(maintenance::list))
        .route(
            "/mutualisation/maintenance/proposer",
            get(maintenance::offer_form).post(maintenance::offer),
        )
        .route(
            "/mutualisation/maintenance/{id}",
            get(maintenance::show).post(maintenance::act),
        )
}
