//! Lifting a suspension: the published version is public again, and the
//! working copy starts again from it.

use essaim_domain::moderation::LogKind;
use essaim_domain::taxonomy::ProviderStatus;
use essaim_store::{Account, ProviderUpdate, PublicEffect};

use super::{decide, target};
use crate::App;
use crate::mail::Decision;
use crate::providers::ProviderError;

pub async fn reinstate(app: &App, moderator: &Account, slug: &str) -> Result<(), ProviderError> {
    let row = target(app, slug).await?;
    let (ProviderStatus::Suspended, Some(published)) = (row.status, row.published.as_ref()) else {
        return Err(ProviderError::WrongState);
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
