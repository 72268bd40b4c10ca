//! Behaviour shared by every request, in the order a request meets it.
//!
//! The steps run in one middleware function, [`around`], rather than one
//! layer each: axum boxes and clones every layer's inner service on each
//! request, and seven layers cost more than the directory search itself.

mod csrf;
mod error_pages;
mod locale;
mod request_log;
mod security_headers;
mod session;

use std::time::Duration;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::{Next, from_fn_with_state};
use axum::response::Response;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::TimeoutLayer;
use tracing::Instrument;

use crate::AppState;
use crate::error::ErrorPage;

pub use csrf::{CsrfSlot, FIELD as CSRF_FIELD};
pub use locale::COOKIE as LOCALE_COOKIE;
pub use request_log::RequestId;
pub use security_headers::content_security_policy;
pub use session::COOKIE as SESSION_COOKIE;

/// Longer addresses are refused here, with a page and the usual headers,
/// well before the HTTP library's own bare refusal (at 64 KiB).
const MAX_URI_LENGTH: usize = 8 * 1024;

pub fn wrap(routes: Router<AppState>, state: AppState) -> Router {
    // One stack, so that each route is wrapped (and cloned per request)
    // once. The first layer listed meets the request first.
    let stack = ServiceBuilder::new()
        .layer(CompressionLayer::new())
        .layer(from_fn_with_state(state.clone(), around))
        .layer(CatchPanicLayer::custom(|_panic| {
            tracing::error!("panique pendant le traitement d'une requête");
            ErrorPage::for_status(StatusCode::INTERNAL_SERVER_ERROR).into_response()
        }))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ));
    routes.layer(stack).with_state(state)
}

/// Logs the request, finds the session and the language, checks forgery,
/// then dresses the response: error page, headers, cookies.
async fn around(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let log = request_log::Started::of(&mut request, &state);
    let span = log.span();
    let mut response = async {
        let session = session::load(&state, &mut request).await;
        let locale = locale::detect(&mut request);
        let error_context = error_pages::Context::of(&request);
        let response = match session {
            _ if uri_too_long(&request) => {
                ErrorPage::for_status(StatusCode::URI_TOO_LONG).into_response()
            }
            Ok(session) => {
                let mut response = forgery_checked(&state, request, next).await;
                session.finish(&state, &mut response);
                response
            }
            Err(failed) => failed,
        };
        let mut response = error_context.render(&state, response);
        locale::mark(locale, &mut response);
        response
    }
    .instrument(span)
    .await;
    security_headers::add(&state, response.headers_mut());
    log.finish(&mut response);
    response
}

fn uri_too_long(request: &Request) -> bool {
    request
        .uri()
        .path_and_query()
        .is_some_and(|target| target.as_str().len() > MAX_URI_LENGTH)
}

/// The handler's response, if the request passes the anti-forgery check.
async fn forgery_checked(state: &AppState, request: Request, next: Next) -> Response {
    match csrf::check(state, request).await {
        Ok((request, slot)) => {
            let mut response = next.run(request).await;
            slot.finish(state, &mut response);
            response
        }
        Err(refused) => refused,
    }
}
