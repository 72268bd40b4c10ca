//! Saving a step of the profile form. A draft may be incomplete but never
//! invalid. Editing a published profile makes a pending version: the public
//! keeps seeing the published one until the network approves the new one.

use essaim_domain::date::Date;
use essaim_domain::providers::ProviderRecord;
use essaim_domain::taxonomy::ProviderStatus;
use essaim_store::{Account, ProviderUpdate, PublicEffect};

use super::{ProviderError, managed};
use crate::{App, now};

pub async fn save(
    app: &App,
    account: &Account,
    slug: &str,
    mut record: ProviderRecord,
) -> Result<(), ProviderError> {
    let row = managed(app, account, slug).await?;
    if row.status == ProviderStatus::Suspended {
        return Err(ProviderError::WrongState);
    }
    // What the form cannot change.
    record.slug = row.profile.slug.clone();
    record.last_verified = row.profile.last_verified.clone();
    record.fictional = row.profile.fictional;
    record.last_updated = Date::today().to_string();
    let problems = record.draft_problems();
    if !problems.is_empty() {
        return Err(ProviderError::Invalid(problems));
    }
    let status = match row.status {
        ProviderStatus::ChangesRequested => ProviderStatus::ChangesRequested,
        _ => ProviderStatus::Draft,
    };
    app.db()
        .update_provider(
            row.id,
            &ProviderUpdate {
                status,
                profile: &record,
                published: None,
                submitted_at: None,
                decision_message: row.decision_message.as_deref(),
                verified_at: None,
                effect: PublicEffect::None,
                approved: false,
            },
            now(),
        )
        .await?;
    Ok(())
}
