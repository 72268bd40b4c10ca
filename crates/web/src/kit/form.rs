//! Forms with repeated fields (checkbox lists), which serde's form decoding
//! does not keep: the body as a list of pairs.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use axum::response::Response;

use crate::error::ErrorPage;

/// Large enough for the longest profile form (description and references).
const LIMIT: usize = 256 * 1024;

pub struct FormFields(Vec<(String, String)>);

impl FormFields {
    pub fn parse(body: &[u8]) -> FormFields {
        FormFields(
            url::form_urlencoded::parse(body)
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }

    /// The first value of `name`, trimmed; empty when absent.
    pub fn text(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_string())
            .unwrap_or_default()
    }

    /// The value of `name` as typed (a Markdown text keeps its indentation).
    pub fn raw(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.replace("\r\n", "\n"))
            .unwrap_or_default()
    }

    /// Every distinct non-empty value of `name`, in order. A browser never
    /// repeats a ticked box; a forged form that does collapses here.
    pub fn all(&self, name: &str) -> Vec<String> {
        let mut seen = std::collections::HashSet::new();
        self.0
            .iter()
            .filter(|(k, v)| k == name && !v.trim().is_empty())
            .map(|(_, v)| v.trim())
            .filter(|v| seen.insert(*v))
            .map(str::to_string)
            .collect()
    }

    /// Fields read otherwise (the text fields of a multipart form).
    pub fn from_pairs(pairs: Vec<(String, String)>) -> FormFields {
        FormFields(pairs)
    }

    /// Every field as sent, in order.
    pub fn pairs(&self) -> &[(String, String)] {
        &self.0
    }

    /// Whether the form sent a field of this name, even empty.
    pub fn has(&self, name: &str) -> bool {
        self.0.iter().any(|(k, _)| k == name)
    }

    /// A ticked checkbox.
    pub fn checked(&self, name: &str) -> bool {
        self.0.iter().any(|(k, _)| k == name)
    }
}

impl<S: Send + Sync> FromRequest<S> for FormFields {
    type Rejection = Response;

    async fn from_request(request: Request, state: &S) -> Result<Self, Response> {
        let body = Bytes::from_request(request, state)
            .await
            .map_err(|_| ErrorPage::for_status(StatusCode::BAD_REQUEST).into_response())?;
        if body.len() > LIMIT {
            return Err(ErrorPage::for_status(StatusCode::PAYLOAD_TOO_LARGE).into_response());
        }
        Ok(FormFields::parse(&body))
    }
}

/// A token given in a query string or a form, as the use cases expect it.
#[derive(serde::Deserialize)]
pub struct TokenParam {
    #[serde(default)]
    pub jeton: String,
}
