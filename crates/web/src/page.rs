//! What every HTML page shares: the reader's language, the current address
//! (for the language switch) and the instance's name. Handlers receive it as
//! an extractor and hand it to their template.

use std::borrow::Cow;

use askama::Template;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::{Html, IntoResponse, Response};
use essaim_domain::Locale;

use crate::{AppError, AppState, assets, i18n};

pub struct Layout {
    pub locale: Locale,
    pub instance_name: String,
    /// Path and query of the current page, to come back to it.
    pub current: String,
}

impl Layout {
    pub fn new(locale: Locale, instance_name: &str, current: String) -> Layout {
        Layout {
            locale,
            instance_name: instance_name.to_string(),
            current,
        }
    }

    /// Text of a translation key in the page's language.
    pub fn t(&self, key: &str) -> Cow<'static, str> {
        i18n::text(self.locale, key)
    }

    pub fn lang(&self) -> &'static str {
        self.locale.code()
    }

    pub fn asset(&self, name: &str) -> &'static str {
        assets::url(name)
    }

    pub fn other_locale(&self) -> Locale {
        self.locale.other()
    }

    /// The link that switches to the other language and returns here.
    pub fn switch_language_url(&self) -> String {
        let mut url = url::Url::parse("http://x/langue/").expect("static URL");
        url.set_path(&format!("/langue/{}", self.other_locale().code()));
        url.query_pairs_mut().append_pair("retour", &self.current);
        format!("{}?{}", url.path(), url.query().unwrap_or_default())
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
        Ok(Layout::new(locale, &state.site().instance_name, current))
    }
}

/// Renders a template as an HTML response, or an error page if it fails.
pub fn render(template: &impl Template) -> Response {
    match template.render() {
        Ok(html) => Html(html).into_response(),
        Err(error) => AppError::from(error).into_response(),
    }
}
