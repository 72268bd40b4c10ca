//! `/espace-prestataire`: providers create, fill, submit and keep their
//! profiles current. Every handler goes through `essaim_app::providers`,
//! which checks that the account manages the profile.

pub mod availability;
pub mod confirm;
pub mod home;
pub mod logo;
pub mod managers;
pub mod overview;
pub mod preview;
pub mod record_form;
pub mod step;
pub mod steps;
pub mod submit;

use essaim_app::providers::{Access, ProviderError};
use essaim_domain::provider::FieldError;
use essaim_domain::taxonomy::ProviderStatus;

use crate::AppError;

/// How the errors of the provider space that are not form problems show.
pub fn access_error(error: Access) -> AppError {
    match error {
        Access::NotFound => AppError::NotFound,
        Access::Forbidden => AppError::Forbidden,
        Access::Internal(e) => AppError::Internal(e),
    }
}

/// Form problems to show again, or the error page.
pub fn form_problems(error: ProviderError) -> Result<Vec<FieldError>, AppError> {
    match error {
        ProviderError::Invalid(problems) => Ok(problems),
        ProviderError::WrongState => Err(AppError::Conflict),
        ProviderError::Access(access) => Err(access_error(access)),
    }
}

/// The translation key of a review state, as the provider reads it.
pub fn status_key(status: ProviderStatus) -> &'static str {
    match status {
        ProviderStatus::Draft => "space-status-draft",
        ProviderStatus::Submitted => "space-status-submitted",
        ProviderStatus::Published => "space-status-published",
        ProviderStatus::ChangesRequested => "space-status-changes",
        ProviderStatus::Refused => "space-status-refused",
        ProviderStatus::Suspended => "space-status-suspended",
    }
}

pub fn space_path(slug: &str) -> String {
    format!("/espace-prestataire/fiches/{slug}")
}
