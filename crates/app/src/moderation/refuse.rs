//! Refusing a submitted version, with a reason. A published version, if
//! any, stays as it was.

use essaim_domain::moderation::LogKind;
use essaim_domain::taxonomy::ProviderStatus;
use essaim_store::{Account, ProviderUpdate, PublicEffect};

use super::{decide, expect_submitted, required_message, target};
use crate::App;
use crate::mail::Decision;
use crate::providers::ProviderError;

pub async fn refuse(
    app: &App,
    moderator: &Account,
    slug: &str,
    reason: &str,
) -> Result<(), ProviderError> {
    let reason = required_message(reason)?;
    let row = target(app, slug).await?;
    expect_submitted(&row)?;
    let update = ProviderUpdate {
        status: ProviderStatus::Refused,
        profile: &row.profile,
        published: None,
        submitted_at: None,
        decision_message: Some(&reason),
        verified_at: None,
        effect: PublicEffect::None,
        approved: false,
    };
    decide(
        app,
        moderator,
        &row,
        update,
        LogKind::Refused,
        Decision::Refused,
    )
    .await
}
