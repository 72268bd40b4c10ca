//! The public JSON API (`/api/v1/…`), one module per pillar, and its
//! OpenAPI document.

pub mod catalogue;
pub mod community;
pub mod directory;
pub mod library;
pub mod openapi;
pub mod pooling;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::json;

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/prestataires", get(directory::list::list))
        .route("/api/v1/prestataires/{slug}", get(directory::show::show))
        .route("/api/v1/catalogue/logiciels", get(catalogue::tools))
        .route("/api/v1/catalogue/besoins", get(catalogue::needs))
        .route("/api/v1/communaute/sujets", get(community::topics))
        .route("/api/v1/communaute/sujets/{id}", get(community::show))
        .route("/api/v1/ressources", get(library::resources))
        .route("/api/v1/mutualisation/besoins", get(pooling::needs))
        .route("/api/v1/mutualisation/besoins/{id}", get(pooling::need))
        .route("/api/openapi.json", get(openapi::document))
}

/// A JSON error: `{"error": code, "param": …, "message": French text}`.
pub fn error(status: StatusCode, code: &str, param: Option<&str>, message: String) -> Response {
    let mut body = json!({"error": code, "message": message});
    if let Some(param) = param {
        body["param"] = json!(param);
    }
    (status, Json(body)).into_response()
}
