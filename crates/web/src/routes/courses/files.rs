//! `GET /parcours/{slug}/fichiers/{path}`: an image of a course, from the
//! files its folder brought. Only images are served, with their type,
//! never sniffed, and SVG without scripts.

use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use essaim_app::courses::visible;
use essaim_domain::courses::source::image_type;

use crate::page::Layout;
use crate::{AppError, AppState};

pub async fn show(
    State(state): State<AppState>,
    l: Layout,
    Path((slug, path)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let content_type = image_type(&path).ok_or(AppError::NotFound)?;
    let course = visible(state.app(), &slug, l.can_moderate()).await?;
    let bytes = state
        .db()
        .course_file(course.id, &path)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    // An SVG opened by itself runs nothing.
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'; sandbox"),
    );
    Ok(response)
}
