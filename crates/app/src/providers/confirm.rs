//! A manager confirms the published profile is still current: "vérifiée
//! le …" moves to today, on the public page too.

use essaim_domain::date::Date;
use essaim_domain::moderation::{LogKind, TARGET_PROVIDER};
use essaim_store::{Account, NewLogEntry, ProviderUpdate, PublicEffect};

use super::{ProviderError, managed};
use crate::{App, now};

pub async fn confirm(app: &App, account: &Account, slug: &str) -> Result<(), ProviderError> {
    let row = managed(app, account, slug).await?;
    let Some(mut published) = row.published.clone() else {
        return Err(ProviderError::WrongState);
    };
    if row.status == essaim_domain::taxonomy::ProviderStatus::Suspended {
        return Err(ProviderError::WrongState);
    }
    let today = Date::today().to_string();
    published.last_verified = Some(today.clone());
    let mut profile = row.profile.clone();
    profile.last_verified = Some(today);
    let now = now();
    app.db()
        .update_provider(
            row.id,
            &ProviderUpdate {
                status: row.status,
                profile: &profile,
                published: Some(Some(&published)),
                submitted_at: None,
                decision_message: row.decision_message.as_deref(),
                verified_at: Some(now),
                effect: PublicEffect::Changed,
                approved: false,
            },
            now,
        )
        .await?;
    app.db()
        .log_moderation(
            &NewLogEntry {
                kind: LogKind::Confirmed.slug(),
                actor_id: Some(account.id),
                target_kind: TARGET_PROVIDER,
                target_id: row.id,
                target_label: &row.slug,
                reason: "",
            },
            now,
        )
        .await?;
    Ok(())
}
