//! Finds the session behind the cookie and leaves a `Viewer` in the request.
//! Pages seen while signed in are never cached.

use std::sync::Arc;

use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use crate::auth::{SignedIn, Viewer};
use crate::error::AppError;
use crate::{AppState, cookies};

pub const COOKIE: &str = "essaim_session";

/// What the response must say about the session.
pub struct Loaded {
    signed_in: bool,
    /// The cookie names a session that is over: it is cleared.
    stale_cookie: bool,
}

/// Static files need no session: they are the same for everyone.
pub async fn load(state: &AppState, request: &mut Request) -> Result<Loaded, Response> {
    let mut loaded = Loaded {
        signed_in: false,
        stale_cookie: false,
    };
    if request.uri().path().starts_with("/static/") {
        return Ok(loaded);
    }
    let viewer = match cookies::read(request.headers(), COOKIE) {
        None => Viewer(None),
        Some(token) => match essaim_app::accounts::session::resolve(state.app(), token).await {
            Ok(Some(session)) => Viewer(Some(Arc::new(SignedIn {
                account: session.account,
                token: token.to_string(),
                csrf_token: session.csrf_token,
                unread_notifications: session.unread_notifications,
            }))),
            Ok(None) => {
                loaded.stale_cookie = true;
                Viewer(None)
            }
            Err(error) => return Err(AppError::from(error).into_response()),
        },
    };
    loaded.signed_in = viewer.0.is_some();
    request.extensions_mut().insert(viewer);
    Ok(loaded)
}

impl Loaded {
    pub fn finish(self, state: &AppState, response: &mut Response) {
        let headers = response.headers_mut();
        if self.signed_in && !headers.contains_key(header::CACHE_CONTROL) {
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        }
        if self.stale_cookie && !headers.contains_key(header::SET_COOKIE) {
            headers.append(
                header::SET_COOKIE,
                cookies::clear(COOKIE, state.site().is_https()),
            );
        }
    }
}
