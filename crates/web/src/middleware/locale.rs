//! Chooses the reader's language: an explicit choice (cookie) first, then the
//! signed-in account's, then the browser's `Accept-Language`, then French.

use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::response::Response;
use essaim_domain::Locale;

pub const COOKIE: &str = "essaim_lang";

/// Leaves the language in the request for the handlers.
pub fn detect(request: &mut Request) -> Locale {
    let account_locale = request
        .extensions()
        .get::<crate::auth::Viewer>()
        .and_then(|v| v.0.as_ref())
        .map(|s| s.account.locale);
    let locale = from_cookie(request)
        .or(account_locale)
        .or_else(|| {
            request
                .headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::negotiate)
        })
        .unwrap_or_default();
    request.extensions_mut().insert(locale);
    locale
}

/// Says which language the page is in, and what it depends on.
pub fn mark(locale: Locale, response: &mut Response) {
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(locale.code()),
    );
    headers.append(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
}

fn from_cookie(request: &Request) -> Option<Locale> {
    crate::cookies::read(request.headers(), COOKIE).and_then(Locale::parse)
}
