//! Behaviour shared by every request, in the order a request meets it.

mod csrf;
mod error_pages;
mod locale;
mod request_log;
mod security_headers;
mod session;

use std::time::Duration;

use axum::Router;
use axum::http::StatusCode;
use axum::middleware::{from_fn, from_fn_with_state};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::TimeoutLayer;

use crate::AppState;
use crate::error::ErrorPage;

pub use csrf::{CsrfSlot, FIELD as CSRF_FIELD};
pub use locale::COOKIE as LOCALE_COOKIE;
pub use request_log::RequestId;
pub use security_headers::content_security_policy;
pub use session::COOKIE as SESSION_COOKIE;

pub fn wrap(routes: Router<AppState>, state: AppState) -> Router {
    // Layers added last run first.
    routes
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        .layer(CatchPanicLayer::custom(|_panic| {
            tracing::error!("panique pendant le traitement d'une requête");
            ErrorPage::for_status(StatusCode::INTERNAL_SERVER_ERROR).into_response()
        }))
        .layer(from_fn_with_state(state.clone(), csrf::protect))
        .layer(from_fn_with_state(state.clone(), error_pages::render))
        .layer(from_fn(locale::detect))
        .layer(from_fn_with_state(state.clone(), session::load))
        .layer(CompressionLayer::new())
        .layer(from_fn_with_state(state.clone(), security_headers::add))
        .layer(from_fn_with_state(state.clone(), request_log::log))
        .with_state(state)
}
