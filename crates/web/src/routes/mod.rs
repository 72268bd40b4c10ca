//! One file per page or action; this module only maps paths to handlers.

mod api;
mod directory;
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
        .route("/annuaire", get(directory::search::show))
        .route("/annuaire/export.csv", get(directory::export_csv::export))
        .route(
            "/annuaire/export.geojson",
            get(directory::export_geojson::export),
        )
        .route("/annuaire/{slug}", get(directory::profile::show))
        .route("/api/v1/prestataires", get(api::providers_list::list))
        .route(
            "/api/v1/prestataires/{slug}",
            get(api::providers_show::show),
        )
        .route("/api/openapi.json", get(api::openapi::document))
        .route("/langue/{code}", get(language::switch))
        .route("/static/{file}", get(static_files::serve))
        .fallback(|| async { AppError::NotFound })
}
