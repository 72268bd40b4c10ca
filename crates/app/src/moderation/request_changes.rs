//! Sending a submitted version back to its provider with what to change.

use essaim_domain::moderation::LogKind;
use essaim_domain::taxonomy::ProviderStatus;
use essaim_store::{Account, ProviderUpdate, PublicEffect};

use super::{decide, expect_submitted, required_message, target};
use crate::App;
use crate::mail::Decision;
use crate::providers::ProviderError;

pub async fn request_changes(
    app: &App,
    moderator: &Account,
    slug: &str,
    message: &str,
) -> Result<(), ProviderError> {
    let message = required_message(message)?;
    let row = target(app, slug).await?;
    expect_submitted(&row)?;
    let update = ProviderUpdate {
        status: ProviderStatus::ChangesRequested,
        profile: &row.profile,
        published: None,
        submitted_at: None,
        decision_message: Some(&message),
        verified_at: None,
        effect: PublicEffect::None,
        approved: false,
    };
    decide(
        app,
        moderator,
        &row,
        update,
        LogKind::ChangesRequested,
        Decision::ChangesRequested,
    )
    .await
}
