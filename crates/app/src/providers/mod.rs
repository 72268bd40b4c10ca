//! The provider space: a provider creates a profile, fills it step by step,
//! submits it for review, pauses it, confirms it is still current.

pub mod availability;
pub mod become_provider;
pub mod confirm;
pub mod contact;
pub mod create_draft;
pub mod logo;
pub mod managers;
pub mod reminders;
pub mod save;
pub mod submit;
pub mod vetting;

use essaim_domain::providers::FieldError;
use essaim_store::{Account, ProviderRow};

use crate::App;

/// Why a profile cannot be worked on by this account.
#[derive(Debug, thiserror::Error)]
pub enum Access {
    #[error("fiche introuvable")]
    NotFound,
    /// Not one of its managers.
    #[error("fiche gérée par d'autres comptes")]
    Forbidden,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<essaim_store::StoreError> for Access {
    fn from(error: essaim_store::StoreError) -> Self {
        Access::Internal(error.into())
    }
}

/// The profile `slug`, if `account` manages it.
pub async fn managed(app: &App, account: &Account, slug: &str) -> Result<ProviderRow, Access> {
    let row = app
        .db()
        .provider_by_slug(slug)
        .await?
        .ok_or(Access::NotFound)?;
    if !app.db().is_provider_manager(row.id, account.id).await? {
        tracing::warn!(
            target: "essaim::auth",
            event = "provider.access-refused",
            account_id = account.id,
            provider = row.slug
        );
        return Err(Access::Forbidden);
    }
    Ok(row)
}

/// A refusal of the provider space: field problems in French, or no access.
#[derive(Debug, thiserror::Error)]
pub enum ProviderError {
    #[error("fiche refusée")]
    Invalid(Vec<FieldError>),
    /// The action does not apply in the profile's current state.
    #[error("action impossible dans cet état")]
    WrongState,
    #[error(transparent)]
    Access(#[from] Access),
}

impl From<anyhow::Error> for ProviderError {
    fn from(error: anyhow::Error) -> Self {
        ProviderError::Access(Access::Internal(error))
    }
}

impl From<essaim_store::StoreError> for ProviderError {
    fn from(error: essaim_store::StoreError) -> Self {
        ProviderError::Access(Access::from(error))
    }
}

/// Address of a profile in the provider space, for emails.
pub(crate) fn space_link(app: &App, slug: &str) -> String {
    app.links()
        .page(&format!("/espace-prestataire/fiches/{slug}"))
}
