//! Approving a submitted version: it becomes the published one, verified
//! today.

use essaim_domain::moderation::LogKind;
use essaim_domain::taxonomy::ProviderStatus;
use essaim_store::{Account, ProviderUpdate, PublicEffect};

use super::{decide, expect_submitted, target};
use crate::mail::Decision;
use crate::{App, Error, Result, now};

pub async fn approve(app: &App, moderator: &Account, slug: &str) -> Result<()> {
    let row = target(app, slug).await?;
    expect_submitted(&row)?;
    let problems = row.profile.problems_for_publication(&app.catalogue());
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    let mut profile = row.profile.clone();
    profile.last_verified = Some(app.today().to_string());
    let update = ProviderUpdate {
        status: ProviderStatus::Published,
        profile: &profile,
        published: Some(Some(&profile)),
        submitted_at: None,
        decision_message: None,
        verified_at: Some(now()),
        effect: PublicEffect::Changed,
        approved: true,
        sent_back: false,
    };
    decide(
        app,
        moderator,
        &row,
        update,
        LogKind::Approved,
        Decision::Approved,
    )
    .await
}
