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

use essaim_domain::moderation::LogKind;
use essaim_store::{Account, NewLogEntry, ProviderRow, Tx};

use crate::{App, Error, Result, now};

/// The profile `slug`, if `account` manages it.
pub async fn managed(app: &App, account: &Account, slug: &str) -> Result<ProviderRow> {
    let row = app
        .db()
        .provider_by_slug(slug)
        .await?
        .ok_or(Error::NotFound)?;
    if !app.db().is_provider_manager(row.id, account.id).await? {
        tracing::warn!(
            target: "essaim::auth",
            event = "provider.access-refused",
            account_id = account.id,
            provider = row.slug
        );
        return Err(Error::Forbidden);
    }
    Ok(row)
}

/// Writes a step of a profile's life to the moderation log, in the unit
/// of work that makes it.
pub(crate) async fn log(
    tx: &mut Tx,
    kind: LogKind,
    actor: &Account,
    row: &ProviderRow,
    reason: &str,
) -> Result<()> {
    tx.log_moderation(
        &NewLogEntry {
            kind,
            actor_id: Some(actor.id),
            target: row.target(),
            target_label: &row.slug,
            reason,
        },
        now(),
    )
    .await?;
    Ok(())
}

/// Why an action does not apply to a profile in its current state.
pub(crate) mod conflict {
    /// Suspended by the network: nothing changes until it is reinstated.
    pub const SUSPENDED: &str = "providers-conflict-suspended";
    /// Already submitted, or published without pending changes.
    pub const NOT_EDITABLE: &str = "providers-conflict-not-editable";
    /// Only a published profile can be confirmed or suspended.
    pub const NOT_PUBLISHED: &str = "providers-conflict-not-published";
    /// Only a submitted version can be approved, sent back or refused.
    pub const NOT_SUBMITTED: &str = "providers-conflict-not-submitted";
    pub const NOT_SUSPENDED: &str = "providers-conflict-not-suspended";
    /// Someone else changed the profile's state between reading and writing.
    pub const CHANGED: &str = "providers-conflict-changed";
}

/// Address of a profile in the provider space, for emails.
pub(crate) fn space_link(app: &App, slug: &str) -> String {
    app.links()
        .page(&format!("/espace-prestataire/fiches/{slug}"))
}

/// Public address of a profile in the directory, for emails.
pub(crate) fn public_link(app: &App, slug: &str) -> String {
    app.links().page(&format!("/annuaire/{slug}"))
}
