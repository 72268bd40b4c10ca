//! Cross-site request forgery protection on every unsafe method: the
//! request's `Origin` must be this site, and the form must carry the token
//! of the session (signed in) or of the `essaim_csrf` cookie (visitors),
//! compared in constant time. A visitor's cookie is only set when a page
//! actually shows a form.

use std::sync::{Arc, OnceLock};

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::response::Response;
use bytes::Bytes;
use essaim_app::secrets::{constant_time_eq, new_token};
use futures_util::StreamExt;

use crate::auth::Viewer;
use crate::error::ErrorPage;
use crate::{AppState, cookies};

pub const COOKIE: &str = "essaim_csrf";
pub const FIELD: &str = "csrf_token";
/// Forms are small.
const FORM_LIMIT: usize = 256 * 1024;
/// An upload (multipart) carries the token as its first field: only this
/// much of its start is read before the handler, whatever the file's size.
const FIRST_PART_LIMIT: usize = 8 * 1024;

/// The token forms of this request must embed; `Layout::csrf_token` fills
/// it on first use when the visitor had none.
#[derive(Clone, Debug)]
pub struct CsrfSlot {
    value: Arc<OnceLock<String>>,
    existing: bool,
}

impl CsrfSlot {
    pub fn token(&self) -> &str {
        self.value.get_or_init(new_token)
    }

    fn known(value: Option<String>) -> CsrfSlot {
        let slot = OnceLock::new();
        let existing = value.is_some();
        if let Some(value) = value {
            let _ = slot.set(value);
        }
        CsrfSlot {
            value: Arc::new(slot),
            existing,
        }
    }

    fn expected(&self) -> Option<&str> {
        if self.existing {
            self.value.get().map(String::as_str)
        } else {
            None
        }
    }

    fn issued(&self) -> Option<&str> {
        (!self.existing)
            .then(|| self.value.get().map(String::as_str))
            .flatten()
    }
}

/// Checks an unsafe request; hands back the request, its body intact, and
/// the token its forms must carry.
pub async fn check(state: &AppState, request: Request) -> Result<(Request, CsrfSlot), Response> {
    let session_token = request
        .extensions()
        .get::<Viewer>()
        .and_then(|v| v.0.as_ref())
        .map(|s| s.csrf_token.clone());
    let cookie_token = cookies::read(request.headers(), COOKIE)
        .filter(|t| essaim_app::secrets::looks_like_token(t))
        .map(str::to_string);
    let slot = CsrfSlot::known(session_token.or(cookie_token));

    if !is_unsafe(request.method()) || is_one_click_unsubscribe(request.uri().path()) {
        let mut request = request;
        request.extensions_mut().insert(slot.clone());
        return Ok((request, slot));
    }
    let (mut parts, body) = request.into_parts();
    if !origin_is_ours(&parts.headers, state) {
        tracing::warn!(target: "essaim::auth", event = "csrf.origin-refused", path = parts.uri.path());
        return Err(refuse());
    }
    let (given, body) = read_token(&parts, body).await?;
    let accepted = match (slot.expected(), given.as_deref()) {
        (Some(expected), Some(given)) => constant_time_eq(expected, given),
        _ => false,
    };
    if !accepted {
        tracing::warn!(target: "essaim::auth", event = "csrf.token-refused", path = parts.uri.path());
        return Err(refuse());
    }
    parts.extensions.insert(slot.clone());
    Ok((Request::from_parts(parts, body), slot))
}

impl CsrfSlot {
    /// A visitor's token first used by this page is set as a cookie.
    pub fn finish(&self, state: &AppState, response: &mut Response) {
        if let Some(token) = self.issued() {
            response.headers_mut().append(
                header::SET_COOKIE,
                cookies::set(COOKIE, token, None, state.site().is_https()),
            );
        }
    }
}

/// RFC 8058: a mail client unsubscribes with a POST of its own, carrying
/// neither our cookie nor our token. The unguessable token in the address
/// is what authenticates it, and all it can do is stop emails.
fn is_one_click_unsubscribe(path: &str) -> bool {
    path.strip_prefix("/communaute/courriels/")
        .is_some_and(essaim_app::secrets::looks_like_token)
}

fn is_unsafe(method: &Method) -> bool {
    !matches!(
        *method,
        Method::GET | Method::HEAD | Method::OPTIONS | Method::TRACE
    )
}

fn refuse() -> Response {
    let mut page = ErrorPage::for_status(StatusCode::FORBIDDEN);
    page.message_key = "error-csrf";
    page.into_response()
}

/// `Origin` (or, failing it, `Sec-Fetch-Site`) must say the request comes
/// from this site. Requests with neither (old clients, tools) rely on the
/// token alone.
fn origin_is_ours(headers: &HeaderMap, state: &AppState) -> bool {
    if let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        if let Some(public) = &state.site().public_url {
            return origin == public.origin().ascii_serialization();
        }
        let Some(host) = headers.get(header::HOST).and_then(|v| v.to_str().ok()) else {
            return false;
        };
        return origin == format!("http://{host}") || origin == format!("https://{host}");
    }
    match headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        Some(site) => site == "same-origin" || site == "none",
        None => true,
    }
}

/// The token sent with the request: a header, or the form field (for an
/// upload, its first field). The body is read and handed back intact.
async fn read_token(
    parts: &axum::http::request::Parts,
    body: Body,
) -> Result<(Option<String>, Body), Response> {
    if let Some(token) = parts
        .headers
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
    {
        return Ok((Some(token.to_string()), body));
    }
    let content_type = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if content_type.starts_with("multipart/form-data") {
        return Ok(first_multipart_field(content_type, body).await);
    }
    if !content_type.starts_with("application/x-www-form-urlencoded") {
        return Ok((None, body));
    }
    let bytes = to_bytes(body, FORM_LIMIT)
        .await
        .map_err(|_| ErrorPage::for_status(StatusCode::PAYLOAD_TOO_LARGE).into_response())?;
    Ok((field(&bytes), Body::from(bytes)))
}

/// The token as the first field of a multipart body (the hidden input comes
/// first in every upload form, and browsers send fields in order), and the
/// body whole again: what was read, then the rest as it arrives.
async fn first_multipart_field(content_type: &str, body: Body) -> (Option<String>, Body) {
    let Ok(boundary) = multer::parse_boundary(content_type) else {
        return (None, body);
    };
    let delimiter = format!("--{boundary}");
    let mut stream = body.into_data_stream();
    let mut head = Vec::new();
    let mut failed = false;
    // Enough to hold the opening delimiter, the first field and the next
    // delimiter; a field that does not end within the limit is no token.
    while head.len() < FIRST_PART_LIMIT && count_of(&head, delimiter.as_bytes()) < 2 {
        match stream.next().await {
            Some(Ok(chunk)) => head.extend_from_slice(&chunk),
            Some(Err(_)) => {
                failed = true;
                break;
            }
            None => break,
        }
    }
    let token = if failed {
        None
    } else {
        token_in(&head, boundary).await
    };
    let head = Bytes::from(head);
    let rest = futures_util::stream::once(async move { Ok::<_, axum::Error>(head) }).chain(stream);
    (token, Body::from_stream(rest))
}

fn count_of(haystack: &[u8], needle: &[u8]) -> usize {
    haystack
        .windows(needle.len())
        .filter(|window| *window == needle)
        .count()
}

async fn token_in(head: &[u8], boundary: String) -> Option<String> {
    let bytes = Bytes::copy_from_slice(head);
    let stream = futures_util::stream::once(async move { Ok::<_, std::io::Error>(bytes) });
    let mut multipart = multer::Multipart::new(stream, boundary);
    let field = multipart.next_field().await.ok()??;
    if field.name() != Some(FIELD) {
        return None;
    }
    field.text().await.ok()
}

fn field(form: &[u8]) -> Option<String> {
    url::form_urlencoded::parse(form)
        .find(|(k, _)| k == FIELD)
        .map(|(_, v)| v.into_owned())
}
