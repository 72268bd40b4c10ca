//! Saving a step of the profile form. A draft may be incomplete but never
//! invalid. Editing a published profile makes a pending version: the public
//! keeps seeing the published one until the network approves the new one.

use essaim_domain::providers::ProviderRecord;
use essaim_domain::taxonomy::ProviderStatus;
use essaim_store::{Account, ProviderRow, ProviderUpdate, PublicEffect, Tx};

use super::{conflict, managed};
use crate::{App, Error, Result, now};

pub async fn save(app: &App, account: &Account, slug: &str, record: ProviderRecord) -> Result<()> {
    let row = managed(app, account, slug).await?;
    let mut tx = app.begin().await?;
    save_in(app, &mut tx, &row, record).await?;
    app.commit(tx).await
}

/// The same within a larger unit of work (a logo upload).
pub(crate) async fn save_in(
    app: &App,
    tx: &mut Tx,
    row: &ProviderRow,
    mut record: ProviderRecord,
) -> Result<()> {
    if row.status == ProviderStatus::Suspended {
        return Err(Error::Conflict(conflict::SUSPENDED));
    }
    // What the form cannot change.
    record.slug = row.profile.slug.clone();
    record.last_verified = row.profile.last_verified.clone();
    record.fictional = row.profile.fictional;
    record.last_updated = app.today().to_string();
    let problems = record.draft_problems(&app.catalogue());
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    let status = match row.status {
        ProviderStatus::ChangesRequested => ProviderStatus::ChangesRequested,
        _ => ProviderStatus::Draft,
    };
    let update = ProviderUpdate {
        status,
        profile: &record,
        published: None,
        submitted_at: None,
        decision_message: row.decision_message.as_deref(),
        verified_at: None,
        effect: PublicEffect::None,
        approved: false,
        sent_back: false,
    };
    if !tx
        .update_provider(row.id, row.status, &update, now())
        .await?
    {
        return Err(Error::Conflict(conflict::CHANGED));
    }
    Ok(())
}
