//! `GET /compte/export`: everything about the account as a JSON download.

use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use crate::auth::CurrentUser;
use crate::{AppError, AppState};

pub async fn download(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
) -> Result<Response, AppError> {
    let export = essaim_app::accounts::export::export(state.app(), &user.account).await?;
    let body = serde_json::to_string_pretty(&export).map_err(AppError::internal)?;
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=utf-8"),
    );
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"essaim-mes-donnees.json\""),
    );
    Ok(response)
}
