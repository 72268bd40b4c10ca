//! Errors carry a status and a translation key; the page itself is rendered
//! later by `middleware::error_pages`, which knows the reader's language and
//! the request id.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

#[derive(Debug)]
pub enum AppError {
    NotFound,
    Forbidden,
    /// The action does not apply in the current state of its target: the
    /// key of the explanation shown on the error page.
    Conflict(&'static str),
    /// A form's problems that its handler did not show beside the form.
    Invalid(Vec<essaim_domain::problems::FieldProblem>),
    /// A parameter that no form of ours sends (named for the log).
    BadRequest(&'static str),
    /// Too many attempts; the client may try again after this many seconds.
    TooManyRequests {
        retry_after: u64,
    },
    Internal(anyhow::Error),
}

/// Left in a response's extensions for the error page renderer.
#[derive(Debug, Clone, Copy)]
pub struct ErrorPage {
    pub status: StatusCode,
    /// Fluent key of the explanation shown to the reader.
    pub message_key: &'static str,
}

impl ErrorPage {
    pub fn for_status(status: StatusCode) -> ErrorPage {
        let message_key = match status {
            StatusCode::NOT_FOUND => "error-not-found",
            StatusCode::FORBIDDEN => "error-forbidden",
            StatusCode::TOO_MANY_REQUESTS => "error-too-many-requests",
            StatusCode::PAYLOAD_TOO_LARGE => "error-too-large",
            StatusCode::CONFLICT => "error-conflict",
            StatusCode::UNPROCESSABLE_ENTITY => "error-invalid",
            StatusCode::METHOD_NOT_ALLOWED => "error-method-not-allowed",
            StatusCode::REQUEST_TIMEOUT => "error-timeout",
            StatusCode::URI_TOO_LONG => "error-uri-too-long",
            s if s.is_client_error() => "error-bad-request",
            _ => "error-internal",
        };
        ErrorPage {
            status,
            message_key,
        }
    }

    pub fn into_response(self) -> Response {
        let mut response = self.status.into_response();
        response.extensions_mut().insert(self);
        response
    }
}

impl AppError {
    pub fn internal(error: impl Into<anyhow::Error>) -> AppError {
        AppError::Internal(error.into())
    }
}

/// Each refusal of a use case keeps its meaning: a forgotten case shows as a
/// 404, 403, 409 or 422, never as an internal error.
impl From<essaim_app::Error> for AppError {
    fn from(error: essaim_app::Error) -> AppError {
        match error {
            essaim_app::Error::Invalid(problems) => AppError::Invalid(problems),
            essaim_app::Error::NotFound => AppError::NotFound,
            essaim_app::Error::Forbidden => AppError::Forbidden,
            essaim_app::Error::Conflict(key) => AppError::Conflict(key),
            essaim_app::Error::Internal(error) => AppError::Internal(error),
        }
    }
}

/// What a handler reads from the store directly can only fail internally.
impl From<essaim_store::StoreError> for AppError {
    fn from(error: essaim_store::StoreError) -> AppError {
        AppError::Internal(error.into())
    }
}

impl From<askama::Error> for AppError {
    fn from(error: askama::Error) -> AppError {
        AppError::Internal(error.into())
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        match self {
            AppError::NotFound => ErrorPage::for_status(StatusCode::NOT_FOUND).into_response(),
            AppError::Forbidden => ErrorPage::for_status(StatusCode::FORBIDDEN).into_response(),
            AppError::Conflict(message_key) => ErrorPage {
                status: StatusCode::CONFLICT,
                message_key,
            }
            .into_response(),
            AppError::Invalid(problems) => {
                tracing::info!(
                    problems = problems
                        .iter()
                        .map(|p| format!("{}: {}", p.field, p.key))
                        .collect::<Vec<_>>()
                        .join(", "),
                    "formulaire refusé hors de sa page"
                );
                ErrorPage::for_status(StatusCode::UNPROCESSABLE_ENTITY).into_response()
            }
            AppError::BadRequest(parameter) => {
                tracing::info!(parameter, "paramètre refusé");
                ErrorPage::for_status(StatusCode::BAD_REQUEST).into_response()
            }
            AppError::TooManyRequests { retry_after } => {
                let mut response =
                    ErrorPage::for_status(StatusCode::TOO_MANY_REQUESTS).into_response();
                response.headers_mut().insert(
                    axum::http::header::RETRY_AFTER,
                    axum::http::HeaderValue::from(retry_after.max(1)),
                );
                response
            }
            AppError::Internal(error) => {
                tracing::error!(error = format!("{error:#}"), "erreur interne");
                ErrorPage::for_status(StatusCode::INTERNAL_SERVER_ERROR).into_response()
            }
        }
    }
}
