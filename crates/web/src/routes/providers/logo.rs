//! `POST /espace-prestataire/fiches/{slug}/logo` (multipart; the
//! anti-forgery token travels in the query) and `GET /medias/logos/{name}`.

use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use essaim_app::images::MAX_UPLOAD_BYTES;
use essaim_app::providers::logo::{logos_dir, upload_logo};
use essaim_domain::providers::is_logo_name;

use super::{space_path, step};
use crate::auth::Provider;
use crate::error::ErrorPage;
use crate::kit::field_problems;
use crate::kit::{see_other, uploaded_png};
use crate::page::Layout;
use crate::{AppError, AppState};

/// The body limit of the upload route: the file and the form around it.
pub const BODY_LIMIT: usize = MAX_UPLOAD_BYTES + 64 * 1024;

pub async fn upload(
    State(state): State<AppState>,
    Provider(user): Provider,
    l: Layout,
    Path(slug): Path<String>,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    let mut bytes = Vec::new();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(_) => {
                return Ok(ErrorPage::for_status(StatusCode::PAYLOAD_TOO_LARGE).into_response());
            }
        };
        if field.name() == Some("logo") {
            bytes = match field.bytes().await {
                Ok(data) => data.to_vec(),
                Err(_) => {
                    return Ok(ErrorPage::for_status(StatusCode::PAYLOAD_TOO_LARGE).into_response());
                }
            };
        }
    }
    match upload_logo(state.app(), &user.account, &slug, bytes).await {
        Ok(()) => Ok(see_other(&format!("{}/identite", space_path(&slug)))),
        Err(error) => {
            let problems = field_problems(error)?;
            let row = essaim_app::providers::managed(state.app(), &user.account, &slug).await?;
            Ok(step::identity_with_problems(l, &row, problems))
        }
    }
}

pub async fn serve(
    State(state): State<AppState>,
    Path(name): Path<String>,
) -> Result<Response, AppError> {
    if !is_logo_name(&name) {
        return Err(AppError::NotFound);
    }
    uploaded_png(&logos_dir(state.app()).join(&name)).await
}
