//! Registration, sign-in, password reset and the account page: one file
//! per page or action, sharing the form helpers below.

pub mod account_page;
pub mod change_email;
pub mod change_password;
pub mod delete;
pub mod export;
pub mod forgot_password;
pub mod language;
pub mod register;
pub mod reset_password;
pub mod sign_in;
pub mod sign_out;
pub mod verify_email;

use askama::Template;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use essaim_app::accounts::{FieldProblem, FormError};
use essaim_domain::Locale;

use crate::page::{Layout, render};
use crate::{AppError, AppState, cookies, i18n};

/// The problems of a submitted form, translated, in field order.
#[derive(Debug, Default)]
pub struct Problems {
    items: Vec<(String, String)>,
}

impl Problems {
    pub fn none() -> Problems {
        Problems::default()
    }

    pub fn new(locale: Locale, problems: &[FieldProblem]) -> Problems {
        Problems {
            items: problems
                .iter()
                .map(|p| (p.field.to_string(), i18n::text(locale, p.key).into_owned()))
                .collect(),
        }
    }

    /// Problems already in French (the record's checks), keyed by field.
    pub fn from_fields(problems: &[essaim_domain::provider::FieldError]) -> Problems {
        Problems {
            items: problems
                .iter()
                .map(|p| (field_id(&p.field), p.message.clone()))
                .collect(),
        }
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.items
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn all(&self) -> &[(String, String)] {
        &self.items
    }
}

/// The id of the input a record field is typed in: `references[2].year`
/// becomes `ref2_year`, `zone.regions` becomes `regions`.
pub fn field_id(field: &str) -> String {
    if let Some(rest) = field.strip_prefix("references[") {
        let (index, name) = rest
            .split_once("].")
            .unwrap_or((rest.trim_end_matches(']'), "association"));
        return format!("ref{index}_{name}");
    }
    match field {
        "zone.regions" => "regions".into(),
        "zone.departements" => "departements".into(),
        "zone" => "nationwide".into(),
        "contact.email" => "contact_email".into(),
        "contact.phone" => "contact_phone".into(),
        "pricing.text" => "pricing_text".into(),
        "references" => "ref1_association".into(),
        other => other.replace('.', "_"),
    }
}

/// Splits a use case's refusal: the form's problems to show again, or an
/// internal error for the error page.
pub fn problems_of(error: FormError, locale: Locale) -> Result<Problems, AppError> {
    match error {
        FormError::Invalid(problems) => Ok(Problems::new(locale, &problems)),
        FormError::Internal(error) => Err(AppError::Internal(error)),
    }
}

/// A page that was refused renders again with status 422.
pub fn refused(template: &impl Template) -> Response {
    (StatusCode::UNPROCESSABLE_ENTITY, render(template)).into_response()
}

/// A page with a title, some paragraphs and at most one link.
#[derive(Template)]
#[template(path = "notice.html")]
pub struct Notice {
    pub l: Layout,
    pub title: String,
    pub paragraphs: Vec<String>,
    pub outbox: Option<String>,
    pub link: Option<(&'static str, String)>,
}

impl Notice {
    pub fn new(l: Layout, title_key: &str, paragraph_keys: &[&str]) -> Notice {
        Notice {
            title: l.text(title_key).into_owned(),
            paragraphs: paragraph_keys
                .iter()
                .map(|k| l.text(k).into_owned())
                .collect(),
            outbox: None,
            link: None,
            l,
        }
    }

    pub fn link(mut self, href: &'static str, label_key: &str) -> Notice {
        self.link = Some((href, self.l.text(label_key).into_owned()));
        self
    }

    /// On an instance writing emails to files, says where to find them.
    pub fn with_outbox_hint(mut self, state: &AppState) -> Notice {
        if let essaim_app::Mailer::File { dir, .. } = state.app().mailer() {
            self.outbox = Some(i18n::translate_with(
                self.l.locale,
                "notice-outbox-hint",
                &[("dir", dir.display().to_string().into())],
            ));
        }
        self
    }

    pub fn with_status(self, status: StatusCode) -> Response {
        (status, render(&self)).into_response()
    }
}

impl IntoResponse for Notice {
    fn into_response(self) -> Response {
        render(&self)
    }
}

/// A redirection after a form (303, so the browser follows with GET).
pub fn see_other(path: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(path) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

/// Sets the cookie of a session just opened, for its absolute lifetime.
pub fn set_session_cookie(response: &mut Response, state: &AppState, token: &str) {
    response.headers_mut().append(
        header::SET_COOKIE,
        cookies::set(
            crate::middleware::SESSION_COOKIE,
            token,
            Some(essaim_app::accounts::session::ABSOLUTE_SECONDS),
            state.site().is_https(),
        ),
    );
}

pub fn clear_session_cookie(response: &mut Response, state: &AppState) {
    response.headers_mut().append(
        header::SET_COOKIE,
        cookies::clear(crate::middleware::SESSION_COOKIE, state.site().is_https()),
    );
}

/// Remembers the account's language in this browser too.
pub fn set_language_cookie(response: &mut Response, state: &AppState, locale: Locale) {
    response.headers_mut().append(
        header::SET_COOKIE,
        cookies::set(
            crate::middleware::LOCALE_COOKIE,
            locale.code(),
            Some(31_536_000),
            state.site().is_https(),
        ),
    );
}

/// A 429 for a limit reached, with the wait in `Retry-After`.
pub fn too_many(wait: std::time::Duration) -> AppError {
    AppError::TooManyRequests {
        retry_after: wait.as_secs_f64().ceil() as u64,
    }
}

/// A token given in a query string or a form, as the use cases expect it.
#[derive(serde::Deserialize)]
pub struct TokenParam {
    #[serde(default)]
    pub jeton: String,
}
