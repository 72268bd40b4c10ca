//! The answers a form handler gives: a redirection once done, the page
//! again when refused, a 429 when a limit is reached.

use askama::Template;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::AppError;
use crate::page::render;

/// A page that was refused renders again with status 422.
pub fn refused(template: &impl Template) -> Response {
    (StatusCode::UNPROCESSABLE_ENTITY, render(template)).into_response()
}

/// A redirection after a form (303, so the browser follows with GET).
pub fn see_other(path: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(path) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

/// An uploaded image (a logo) read from `path`: 404 when it is not there.
/// Its name is random and never reused, so it is cached for a year.
pub async fn uploaded_png(path: &std::path::Path) -> Result<Response, AppError> {
    let bytes = tokio::fs::read(path)
        .await
        .map_err(|_| AppError::NotFound)?;
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("image/png"));
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    Ok(response)
}

/// A file people sent (a course's image, a resource's document), with its
/// own type, under a policy that lets it run nothing even when opened by
/// itself (an SVG's script, a PDF's), cached for `cache`.
pub fn sandboxed_file(bytes: Vec<u8>, media_type: &'static str, cache: &'static str) -> Response {
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(media_type));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'; sandbox"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    response
}

/// A 429 for a limit reached, with the wait in `Retry-After`.
pub fn too_many(wait: std::time::Duration) -> AppError {
    AppError::TooManyRequests {
        retry_after: wait.as_secs_f64().ceil() as u64,
    }
}

/// `?fait=…` on the page a form redirects to: what was just done, for the
/// page to say so.
#[derive(serde::Deserialize)]
pub struct Done {
    pub fait: Option<String>,
}
