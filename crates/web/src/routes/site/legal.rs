//! `/mentions-legales` and `/charte`: the legal notice and the charter of
//! the network, as the administrators wrote them (Markdown), and
//! `/instance.css`, the instance's accent colour.

use askama::Template;
use axum::extract::Query;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use essaim_domain::instance::contrast_with_white;
use essaim_domain::markup::{SafeHtml, markdown_to_html};
use serde::Deserialize;

use crate::AppError;
use crate::page::{Layout, render};

#[derive(Template)]
#[template(path = "site/legal.html")]
struct LegalPage {
    l: Layout,
    title_key: &'static str,
    body: Option<SafeHtml>,
    empty_key: &'static str,
}

pub async fn legal_notice(l: Layout) -> Response {
    let body = text_of(&l.instance.legal_notice);
    render(&LegalPage {
        title_key: "instance-legal-title",
        body,
        empty_key: "instance-legal-empty",
        l,
    })
}

pub async fn charter(l: Layout) -> Result<Response, AppError> {
    let Some(body) = text_of(&l.instance.charter) else {
        return Err(AppError::NotFound);
    };
    Ok(render(&LegalPage {
        title_key: "instance-charter-title",
        body: Some(body),
        empty_key: "instance-legal-empty",
        l,
    }))
}

fn text_of(markdown: &str) -> Option<SafeHtml> {
    (!markdown.trim().is_empty()).then(|| markdown_to_html(markdown))
}

#[derive(Deserialize)]
pub struct Accent {
    #[serde(default)]
    v: String,
}

/// The colour is in the address (`?v=2a5d8f`), so the sheet never changes
/// under its URL: cached for a year. Only colours dark enough for white
/// text are served.
pub async fn accent_css(Query(accent): Query<Accent>) -> Result<Response, AppError> {
    let colour = format!("#{}", accent.v.to_ascii_lowercase());
    if contrast_with_white(&colour).is_none_or(|ratio| ratio < 4.5) {
        return Err(AppError::NotFound);
    }
    let strong = darker(&colour);
    let css = format!(":root {{ --accent: {colour}; --accent-strong: {strong}; }}\n");
    let mut response = css.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/css; charset=utf-8"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    Ok(response)
}

/// The hover shade: each channel three quarters as bright.
fn darker(colour: &str) -> String {
    let channel = |i: usize| u8::from_str_radix(&colour[i..i + 2], 16).unwrap_or(0) as u16 * 3 / 4;
    format!("#{:02x}{:02x}{:02x}", channel(1), channel(3), channel(5))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_hover_shade_is_darker() {
        assert_eq!(super::darker("#7a3e00"), "#5b2e00");
        assert_eq!(super::darker("#ffffff"), "#bfbfbf");
    }
}
