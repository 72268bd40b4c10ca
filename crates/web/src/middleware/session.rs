//! Finds the session behind the cookie and leaves a `Viewer` in the request.
//! Pages seen while signed in are never cached.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::auth::{SignedIn, Viewer};
use crate::error::AppError;
use crate::{AppState, cookies};

pub const COOKIE: &str = "essaim_session";

pub async fn load(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    if request.uri().path().starts_with("/static/") {
        return next.run(request).await;
    }
    let token = cookies::read(request.headers(), COOKIE).map(str::to_string);
    let mut stale_cookie = false;
    let viewer = match &token {
        None => Viewer(None),
        Some(token) => match essaim_app::accounts::session::resolve(state.app(), token).await {
            Ok(Some(session)) => Viewer(Some(Arc::new(SignedIn {
                account: session.account,
                token: token.clone(),
                csrf_token: session.csrf_token,
            }))),
            Ok(None) => {
                stale_cookie = true;
                Viewer(None)
            }
            Err(error) => return AppError::Internal(error).into_response(),
        },
    };
    let signed_in = viewer.0.is_some();
    request.extensions_mut().insert(viewer);
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if signed_in && !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if stale_cookie && !headers.contains_key(header::SET_COOKIE) {
        headers.append(
            header::SET_COOKIE,
            cookies::clear(COOKIE, state.site().is_https()),
        );
    }
    response
}
