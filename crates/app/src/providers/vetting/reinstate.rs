//! Lifting a suspension: the published version is public again, and the
//! working copy starts again from it.

use essaim_domain::moderation::LogKind;
use essaim_domain::taxonomy::ProviderStatus;
use essaim_store::{Account, ProviderUpdate, PublicEffect};

use super::{decide, target};
use crate::mail::Decision;
use crate::providers::conflict;
use crate::{App, Error, Result};

pub async fn reinstate(app: &App, moderator: &Account, slug: &str) -> Result<()> {
    let row = target(app, slug).await?;
    let (ProviderStatus::Suspended, Some(published)) = (row.status, row.published.as_ref()) else {
        return Err(Error::Conflict(conflict::NOT_SUSPENDED));
    };
    let update = ProviderUpdate {
        status: ProviderStatus::Published,
        profile: published,
        published: None,
        submitted_at: None,
        decision_message: None,
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
        LogKind::Reinstated,
        Decision::Reinstated,
    )
    .await
}
