//! Turns error responses into a page in the reader's language with the
//! request id, and nothing of the internals.

use std::borrow::Cow;

use askama::Template;
use axum::extract::Request;
use axum::http::{Uri, header};
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

/// What an error page needs from the request, taken before the handler
/// consumes it. Cheap: a shared URI and an `Arc`; the page itself is only
/// built on error.
pub struct Context {
    locale: Locale,
    request_id: Option<RequestId>,
    uri: Uri,
    viewer: Option<Viewer>,
}

impl Context {
    pub fn of(request: &Request) -> Context {
        let extensions = request.extensions();
        Context {
            locale: extensions.get::<Locale>().copied().unwrap_or_default(),
            request_id: extensions.get::<RequestId>().copied(),
            uri: request.uri().clone(),
            viewer: extensions.get::<Viewer>().cloned(),
        }
    }

    /// The response as it was, or an error page in its place.
    pub fn render(self, state: &AppState, response: Response) -> Response {
        let Context {
            locale,
            request_id,
            uri,
            viewer,
        } = self;
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
        let layout = Layout::new(
            locale,
            state.app().instance(),
            state.app().settings().time_zone.clone(),
            uri.path().to_string(),
        )
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
                &[(
                    "id",
                    request_id
                        .map(|id| id.as_str().to_string())
                        .unwrap_or_default()
                        .into(),
                )],
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
}
