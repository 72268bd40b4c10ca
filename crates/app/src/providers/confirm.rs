//! A manager confirms the published profile is still current: "vérifiée
//! le …" moves to today, on the public page too.

use essaim_domain::moderation::LogKind;
use essaim_domain::taxonomy::ProviderStatus;
use essaim_store::{Account, ProviderUpdate, PublicEffect};

use super::{conflict, log, managed};
use crate::{App, Error, Result, now};

pub async fn confirm(app: &App, account: &Account, slug: &str) -> Result<()> {
    let row = managed(app, account, slug).await?;
    if row.status == ProviderStatus::Suspended {
        return Err(Error::Conflict(conflict::SUSPENDED));
    }
    let Some(mut published) = row.published.clone() else {
        return Err(Error::Conflict(conflict::NOT_PUBLISHED));
    };
    let today = app.today().to_string();
    published.last_verified = Some(today.clone());
    let mut profile = row.profile.clone();
    profile.last_verified = Some(today);
    let now = now();
    let mut tx = app.begin().await?;
    let update = ProviderUpdate {
        status: row.status,
        profile: &profile,
        published: Some(Some(&published)),
        submitted_at: None,
        decision_message: row.decision_message.as_deref(),
        verified_at: Some(now),
        effect: PublicEffect::Changed,
        approved: false,
        sent_back: false,
    };
    if !tx.update_provider(row.id, row.status, &update, now).await? {
        return Err(Error::Conflict(conflict::CHANGED));
    }
    log(&mut tx, LogKind::Confirmed, account, &row, "").await?;
    app.commit(tx).await
}
