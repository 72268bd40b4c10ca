//! What every HTML page shares: the reader's language, the current address
//! (for the language switch) and the instance's name. Handlers receive it as
//! an extractor and hand it to their template.

use std::borrow::Cow;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use askama::Template;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::{Html, IntoResponse, Response};
use essaim_domain::Locale;
use essaim_domain::date::TimeZone;
use essaim_domain::instance::{DEFAULT_ACCENT, InstanceSettings};

use crate::auth::{SignedIn, Viewer};
use crate::html::Escaped;
use crate::middleware::CsrfSlot;
use crate::{AppError, AppState, assets, i18n};

pub struct Layout {
    pub locale: Locale,
    /// The instance's settings: name, logo, accent, contact, texts.
    pub instance: Arc<InstanceSettings>,
    /// The instance's time zone, to show dates and times.
    pub zone: TimeZone,
    /// Path and query of the current page, to come back to it.
    pub current: String,
    pub viewer: Option<Arc<SignedIn>>,
    csrf: Option<CsrfSlot>,
    /// A form of the page carries the reader's anti-forgery token.
    csrf_used: AtomicBool,
}

impl Layout {
    pub fn new(
        locale: Locale,
        instance: Arc<InstanceSettings>,
        zone: TimeZone,
        current: String,
    ) -> Layout {
        Layout {
            locale,
            instance,
            zone,
            current,
            viewer: None,
            csrf: None,
            csrf_used: AtomicBool::new(false),
        }
    }

    /// Adds what the middleware learnt about the visitor.
    pub fn for_request(mut self, extensions: &axum::http::Extensions) -> Layout {
        self.viewer = extensions.get::<Viewer>().and_then(|v| v.0.clone());
        self.csrf = extensions.get::<CsrfSlot>().cloned();
        self
    }

    /// The anti-forgery token that every form of the page must carry.
    pub fn csrf_token(&self) -> &str {
        self.csrf_used.store(true, Ordering::Relaxed);
        match (&self.csrf, &self.viewer) {
            (Some(slot), _) => slot.token(),
            (None, Some(viewer)) => &viewer.csrf_token,
            (None, None) => "",
        }
    }

    pub fn csrf_field(&self) -> &'static str {
        crate::middleware::CSRF_FIELD
    }

    /// Nothing on the page written so far belongs to its reader: no
    /// account, no anti-forgery token. Such a page may be shown to anyone.
    pub fn is_shared(&self) -> bool {
        self.viewer.is_none() && !self.csrf_used.load(Ordering::Relaxed)
    }

    pub fn signed_in(&self) -> bool {
        self.viewer.is_some()
    }

    /// "Notifications (3)" in the header, for a signed-in member.
    pub fn notifications_label(&self) -> Option<String> {
        self.viewer.as_ref().map(|v| {
            i18n::translate_with(
                self.locale,
                "layout-nav-notifications",
                &[("count", v.unread_notifications.into())],
            )
        })
    }

    pub fn can_moderate(&self) -> bool {
        self.viewer
            .as_ref()
            .is_some_and(|v| v.account.role.can_moderate())
    }

    pub fn is_admin(&self) -> bool {
        self.viewer
            .as_ref()
            .is_some_and(|v| v.account.role.is_admin())
    }

    /// Text of a message without arguments, escaped, for templates.
    pub fn t(&self, key: &'static str) -> Escaped<'static> {
        i18n::escaped(self.locale, key)
    }

    /// Text of a message without arguments, for handlers.
    /// "Label : value", spaced as the reader's language spaces a colon.
    pub fn pair(&self, label: &str, value: impl std::fmt::Display) -> String {
        essaim_domain::i18n::pair(self.locale, label, value)
    }

    pub fn text(&self, key: &str) -> Cow<'static, str> {
        i18n::text(self.locale, key)
    }

    pub fn lang(&self) -> &'static str {
        self.locale.code()
    }

    pub fn asset(&self, name: &str) -> &'static str {
        assets::url(name)
    }

    /// The date of a Unix time where the instance is, in words.
    pub fn date(&self, seconds: i64) -> String {
        self.zone.date_of(seconds).long(self.locale)
    }

    /// The address of the instance's logo, if it has one.
    pub fn logo_url(&self) -> Option<String> {
        self.instance
            .logo
            .as_ref()
            .map(|name| format!("/medias/instance/{name}"))
    }

    /// The style sheet of the instance's accent colour, when it is not the
    /// default one; named after the colour, so it is cached until it changes.
    pub fn accent_css_url(&self) -> Option<String> {
        (self.instance.accent != DEFAULT_ACCENT).then(|| {
            format!(
                "/instance.css?v={}",
                self.instance.accent.trim_start_matches('#')
            )
        })
    }

    pub fn other_locale(&self) -> Locale {
        self.locale.other()
    }

    /// The link that switches to the other language and returns here.
    pub fn switch_language_url(&self) -> String {
        let query = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("retour", &self.current)
            .finish();
        format!("/langue/{}?{query}", self.other_locale().code())
    }
}

impl FromRequestParts<AppState> for Layout {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let locale = parts
            .extensions
            .get::<Locale>()
            .copied()
            .unwrap_or_default();
        let current = parts
            .uri
            .path_and_query()
            .map(|pq| pq.as_str().to_string())
            .unwrap_or_else(|| "/".to_string());
        let zone = state.app().settings().time_zone.clone();
        Ok(Layout::new(locale, state.app().instance(), zone, current)
            .for_request(&parts.extensions))
    }
}

/// Renders a template as an HTML response, or an error page if it fails.
pub fn render(template: &impl Template) -> Response {
    match template.render() {
        Ok(html) => Html(html).into_response(),
        Err(error) => AppError::from(error).into_response(),
    }
}

/// The same for a large page of about `expected` bytes, written into one
/// buffer of that size rather than one that grows and is copied.
pub fn render_sized(template: &impl Template, expected: usize) -> Response {
    match write_page(template, expected) {
        Ok(html) => Html(html).into_response(),
        Err(error) => AppError::from(error).into_response(),
    }
}

/// The page, written into one buffer of about `expected` bytes.
pub fn write_page(template: &impl Template, expected: usize) -> askama::Result<String> {
    let mut page = PageBuffer(String::with_capacity(expected));
    template.render_into(&mut page)?;
    Ok(page.0)
}

/// A page of results is written as a thousand short pieces. Through
/// `String::push_str`, which the compiler does not inline into a function
/// this large, each piece costs two calls and a copy: a third of the time a
/// search page takes to render (measured with callgrind: 200 against 129
/// million instructions for 1,625 pages). Copied here, a piece is a
/// capacity check and a copy. The safe alternative tried, a zeroed buffer
/// written by slices, stays at 153 million.
struct PageBuffer(String);

#[allow(unsafe_code)]
impl std::fmt::Write for PageBuffer {
    #[inline(always)]
    fn write_str(&mut self, piece: &str) -> std::fmt::Result {
        // SAFETY: only whole `str`s are appended, so the text stays UTF-8.
        let buffer = unsafe { self.0.as_mut_vec() };
        let end = buffer.len();
        if buffer.capacity() - end < piece.len() {
            buffer.reserve(piece.len());
        }
        // SAFETY: the capacity was checked or reserved just above, and a
        // `&str` cannot overlap the buffer it is written into.
        unsafe {
            std::ptr::copy_nonoverlapping(
                piece.as_ptr(),
                buffer.as_mut_ptr().add(end),
                piece.len(),
            );
            buffer.set_len(end + piece.len());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use askama::Template;

    use super::write_page;

    #[derive(Template)]
    #[template(
        source = "<ul>{% for item in items %}<li>{{ item }}</li>{% endfor %}</ul>",
        ext = "html"
    )]
    struct List {
        items: Vec<String>,
    }

    #[test]
    fn a_page_written_through_the_buffer_is_the_page_askama_writes() {
        let page = List {
            items: (0..200)
                .map(|i| format!("Économie n°{i} « sociale » & <solidaire>"))
                .collect(),
        };
        // Smaller than the page, so that the buffer grows as it is written.
        for expected in [0, 100, 64 * 1024] {
            assert_eq!(write_page(&page, expected).unwrap(), page.render().unwrap());
        }
    }
}
