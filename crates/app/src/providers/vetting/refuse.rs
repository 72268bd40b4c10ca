//! Refusing a submitted version, with a reason. A published version, if
//! any, stays as it was.

use essaim_domain::moderation::LogKind;
use essaim_domain::taxonomy::ProviderStatus;
use essaim_store::Account;

use super::answer_submission;
use crate::mail::Decision;
use crate::{App, Result};

pub async fn refuse(app: &App, moderator: &Account, slug: &str, reason: &str) -> Result<()> {
    answer_submission(
        app,
        moderator,
        slug,
        reason,
        ProviderStatus::Refused,
        LogKind::Refused,
        Decision::Refused,
    )
    .await
}
