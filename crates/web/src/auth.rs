//! Who is asking, as extractors: a handler's signature shows the permission
//! it needs (`CurrentUser`, `Moderator`, `Admin`), and the check happens on
//! the server before the handler runs.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{Extensions, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use essaim_store::Account;

use crate::AppState;
use crate::error::ErrorPage;

/// A signed-in visitor: the account, the session's cookie token and the
/// anti-forgery token of its forms.
#[derive(Debug)]
pub struct SignedIn {
    pub account: Account,
    pub token: String,
    pub csrf_token: String,
    /// The forum's notifications not read yet, shown in the header.
    pub unread_notifications: i64,
}

/// Left in the request by `middleware::session`: who is asking, if anyone.
#[derive(Debug, Clone, Default)]
pub struct Viewer(pub Option<Arc<SignedIn>>);

fn viewer(parts: &Parts) -> Option<Arc<SignedIn>> {
    parts.extensions.get::<Viewer>().and_then(|v| v.0.clone())
}

/// Sends a visitor who is not signed in to the sign-in page, to come back
/// here afterwards.
fn to_sign_in(parts: &Parts) -> Response {
    let back = parts
        .uri
        .path_and_query()
        .map(|pq| pq.as_str())
        .unwrap_or("/");
    let mut url = url::Url::parse("http://x/connexion").expect("static URL");
    url.query_pairs_mut().append_pair("retour", back);
    Redirect::to(&format!("/connexion?{}", url.query().unwrap_or_default())).into_response()
}

fn forbidden() -> Response {
    ErrorPage::for_status(StatusCode::FORBIDDEN).into_response()
}

/// Any signed-in account.
pub struct CurrentUser(pub Arc<SignedIn>);

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, Response> {
        viewer(parts)
            .map(CurrentUser)
            .ok_or_else(|| to_sign_in(parts))
    }
}

/// An account that may manage provider profiles: a `prestataire`, or a
/// moderator or administrator.
pub struct Provider(pub Arc<SignedIn>);

impl FromRequestParts<AppState> for Provider {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, Response> {
        let signed_in = viewer(parts).ok_or_else(|| to_sign_in(parts))?;
        if signed_in.account.role == essaim_domain::accounts::Role::Prestataire
            || signed_in.account.role.can_moderate()
        {
            Ok(Provider(signed_in))
        } else {
            Err(forbidden())
        }
    }
}

/// A `moderateur` or an `admin`.
pub struct Moderator(pub Arc<SignedIn>);

impl FromRequestParts<AppState> for Moderator {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, Response> {
        let signed_in = viewer(parts).ok_or_else(|| to_sign_in(parts))?;
        if signed_in.account.role.can_moderate() {
            Ok(Moderator(signed_in))
        } else {
            Err(forbidden())
        }
    }
}

/// An `admin`.
pub struct Admin(pub Arc<SignedIn>);

impl FromRequestParts<AppState> for Admin {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, Response> {
        let signed_in = viewer(parts).ok_or_else(|| to_sign_in(parts))?;
        if signed_in.account.role.is_admin() {
            Ok(Admin(signed_in))
        } else {
            Err(forbidden())
        }
    }
}

/// The client's address: the connection's peer, or the last address a
/// trusted reverse proxy added to `X-Forwarded-For` (`behind_proxy`).
#[derive(Debug, Clone, Copy)]
pub struct ClientIp(pub IpAddr);

impl ClientIp {
    pub fn of(parts: &Parts, behind_proxy: bool) -> Option<IpAddr> {
        ClientIp::of_request(&parts.headers, &parts.extensions, behind_proxy)
    }

    pub fn of_request(
        headers: &HeaderMap,
        extensions: &Extensions,
        behind_proxy: bool,
    ) -> Option<IpAddr> {
        if behind_proxy
            && let Some(ip) = headers
                .get_all("x-forwarded-for")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .filter_map(|ip| ip.trim().parse::<IpAddr>().ok())
                .next_back()
        {
            return Some(ip);
        }
        extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|info| info.0.ip())
    }
}

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        Ok(ClientIp(
            ClientIp::of(parts, state.behind_proxy()).unwrap_or(IpAddr::from([0, 0, 0, 0])),
        ))
    }
}
