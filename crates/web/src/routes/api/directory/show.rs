//! `GET /api/v1/prestataires/{slug}`.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::ApiProvider;
use crate::routes::api::error;
use crate::{AppError, AppState};

pub async fn show(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    Ok(match state.db().published_provider(&slug).await? {
        Some(record) => Json(ApiProvider::new(&record, None)).into_response(),
        None => error(
            StatusCode::NOT_FOUND,
            "introuvable",
            None,
            crate::i18n::translate_with(
                essaim_domain::Locale::Fr,
                "directory-api-not-found",
                &[("slug", slug.as_str().into())],
            ),
        ),
    })
}
