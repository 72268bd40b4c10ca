//! `GET /api/v1/prestataires/{slug}`.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::{ApiProvider, error};
use crate::AppState;

pub async fn show(State(state): State<AppState>, Path(slug): Path<String>) -> Response {
    match state.directory().get().get(&slug) {
        Some(record) => Json(ApiProvider::new(record, None)).into_response(),
        None => error(
            StatusCode::NOT_FOUND,
            "introuvable",
            None,
            format!("aucun prestataire publié ne porte l'identifiant « {slug} »"),
        ),
    }
}
