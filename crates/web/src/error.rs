//! Errors carry a status and a translation key; the page itself is rendered
//! later by `middleware::error_pages`, which knows the reader's language and
//! the request id.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

#[derive(Debug)]
pub enum AppError {
    NotFound,
    Forbidden,
    /// The action does not apply in the current state of its target.
    Conflict,
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
            StatusCode::METHOD_NOT_ALLOWED => "error-method-not-allowed",
            StatusCode::REQUEST_TIMEOUT => "error-timeout",
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

impl<E: Into<anyhow::Error>> From<E> for AppError {
    fn from(error: E) -> Self {
        AppError::Internal(error.into())
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        match self {
            AppError::NotFound => ErrorPage::for_status(StatusCode::NOT_FOUND).into_response(),
            AppError::Forbidden => ErrorPage::for_status(StatusCode::FORBIDDEN).into_response(),
            AppError::Conflict => ErrorPage::for_status(StatusCode::CONFLICT).into_response(),
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
