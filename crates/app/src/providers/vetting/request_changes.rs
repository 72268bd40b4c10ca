//! Sending a submitted version back to its provider with what to change.

use essaim_domain::moderation::LogKind;
use essaim_domain::taxonomy::ProviderStatus;
use essaim_store::Account;

use super::answer_submission;
use crate::mail::Decision;
use crate::{App, Result};

pub async fn request_changes(
    app: &App,
    moderator: &Account,
    slug: &str,
    message: &str,
) -> Result<()> {
    answer_submission(
        app,
        moderator,
        slug,
        message,
        ProviderStatus::ChangesRequested,
        LogKind::ChangesRequested,
        Decision::ChangesRequested,
    )
    .await
}
