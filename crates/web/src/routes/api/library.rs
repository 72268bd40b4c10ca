//! `GET /api/v1/ressources`: the library's published resources with the
//! page's filters, a page at a time. Stricter than the page: a value it
//! does not know is an error naming the parameter.

use axum::Json;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use essaim_domain::Locale;
use serde_json::json;

use crate::i18n::translate_with;
use crate::routes::api::error;
use crate::routes::library::open_data::found;
use crate::routes::library::search::PER_PAGE;
use crate::{AppError, AppState};

pub async fn resources(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let (items, total, page, ignored) = found(&state, raw.as_deref(), false).await?;
    if let Some((param, value)) = ignored.first() {
        return Ok(error(
            StatusCode::BAD_REQUEST,
            "parametre_invalide",
            Some(param),
            translate_with(
                Locale::Fr,
                "library-api-invalid",
                &[
                    ("param", param.clone().into()),
                    ("value", value.clone().into()),
                ],
            ),
        ));
    }
    Ok(
        Json(json!({"total": total, "page": page, "per_page": PER_PAGE, "items": items}))
            .into_response(),
    )
}
