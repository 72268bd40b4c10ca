//! Suspending a published profile, with a reason: it leaves the directory
//! and its managers can no longer change it until it is reinstated.

use essaim_domain::moderation::LogKind;
use essaim_domain::taxonomy::ProviderStatus;
use essaim_store::{Account, ProviderUpdate, PublicEffect};

use super::{decide, required_message, target};
use crate::mail::Decision;
use crate::providers::conflict;
use crate::{App, Error, Result};

pub async fn suspend(app: &App, moderator: &Account, slug: &str, reason: &str) -> Result<()> {
    let reason = required_message(reason)?;
    let row = target(app, slug).await?;
    if row.status == ProviderStatus::Suspended {
        return Err(Error::Conflict(conflict::SUSPENDED));
    }
    if row.published.is_none() {
        return Err(Error::Conflict(conflict::NOT_PUBLISHED));
    }
    let update = ProviderUpdate {
        status: ProviderStatus::Suspended,
        profile: &row.profile,
        published: None,
        submitted_at: None,
        decision_message: Some(&reason),
        verified_at: None,
        effect: PublicEffect::Changed,
        approved: false,
        sent_back: false,
    };
    decide(
        app,
        moderator,
        &row,
        update,
        LogKind::Suspended,
        Decision::Suspended,
    )
    .await
}
