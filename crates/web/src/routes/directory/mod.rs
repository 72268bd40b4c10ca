//! The directory of providers: search page, profile page, exports.

pub mod cards;
pub mod contact;
pub mod export_csv;
pub mod export_geojson;
pub mod facets;
pub mod full_records;
pub mod labels;
pub mod params;
pub mod profile;
pub mod search;
#[cfg(test)]
mod speed;
pub mod views;

use axum::Router;
use axum::routing::{get, post};

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/annuaire", get(search::show))
        .route("/annuaire/export.csv", get(export_csv::export))
        .route("/annuaire/export.geojson", get(export_geojson::export))
        .route("/annuaire/{slug}", get(profile::show))
        .route("/annuaire/{slug}/contact", post(contact::send))
}
