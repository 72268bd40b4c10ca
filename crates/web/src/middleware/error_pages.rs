//! Turns error responses into a page in the reader's language with the
//! request id, and nothing of the internals.

use std::borrow::Cow;

use askama::Template;
use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use essaim_domain::Locale;

use super::RequestId;
use crate::AppState;
use crate::auth::Viewer;
use crate::error::ErrorPage;
use crate::i18n;
use crate::page::Layout;

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorTemplate {
    l: Layout,
    status: u16,
    title: Cow<'static, str>,
    message: Cow<'static, str>,
    request_id_line: String,
}

pub async fn render(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let locale = request
        .extensions()
        .get::<Locale>()
        .copied()
        .unwrap_or_default();
    let request_id = request
        .extensions()
        .get::<RequestId>()
        .map(|id| id.0.clone())
        .unwrap_or_default();
    // Cheap clones (a shared URI, an `Arc`): the page is only built on error.
    let uri = request.uri().clone();
    let viewer = request.extensions().get::<Viewer>().cloned();
    let response = next.run(request).await;

    let status = response.status();
    let page = match response.extensions().get::<ErrorPage>() {
        Some(page) => *page,
        // Errors produced by the framework itself (unknown method, body too
        // large…) come without a page and without a content type.
        None if (status.is_client_error() || status.is_server_error())
            && !response.headers().contains_key(header::CONTENT_TYPE) =>
        {
            ErrorPage::for_status(status)
        }
        None => return response,
    };
    let mut extensions = axum::http::Extensions::new();
    if let Some(viewer) = viewer {
        extensions.insert(viewer);
    }
    let layout = Layout::new(locale, &state.site().instance_name, uri.path().to_string())
        .for_request(&extensions);

    let template = ErrorTemplate {
        status: page.status.as_u16(),
        title: layout.text(match page.status {
            s if s.is_server_error() => "error-title-server",
            axum::http::StatusCode::NOT_FOUND => "error-title-not-found",
            axum::http::StatusCode::FORBIDDEN => "error-title-forbidden",
            axum::http::StatusCode::TOO_MANY_REQUESTS => "error-title-too-many",
            _ => "error-title-client",
        }),
        message: layout.text(page.message_key),
        request_id_line: i18n::translate_with(
            locale,
            "error-request-id",
            &[("id", request_id.into())],
        ),
        l: layout,
    };
    let mut rendered = match template.render() {
        Ok(html) => (page.status, Html(html)).into_response(),
        Err(_) => page.status.into_response(),
    };
    // Keep headers set by the handler, such as Retry-After or Allow.
    for (name, value) in response.headers() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            rendered.headers_mut().insert(name.clone(), value.clone());
        }
    }
    rendered
}
