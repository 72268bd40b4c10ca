//! Submitting a profile (or a new version of a published one) for review:
//! only when it is complete, with at least two references. Moderators are
//! told by email.

use essaim_domain::moderation::LogKind;
use essaim_domain::taxonomy::ProviderStatus;
use essaim_store::{Account, ProviderUpdate, PublicEffect};

use super::{conflict, log, managed};
use crate::mail::{Mail, queue_mail};
use crate::{App, Error, Result, now};

pub async fn submit(app: &App, account: &Account, slug: &str) -> Result<()> {
    let row = managed(app, account, slug).await?;
    if !row.status.is_being_edited() {
        return Err(Error::Conflict(conflict::NOT_EDITABLE));
    }
    let problems = row.profile.problems_for_publication(&app.catalogue());
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    let now = now();
    let mut tx = app.begin().await?;
    let update = ProviderUpdate {
        status: ProviderStatus::Submitted,
        profile: &row.profile,
        published: None,
        submitted_at: Some(now),
        decision_message: None,
        verified_at: None,
        effect: PublicEffect::None,
        approved: false,
        sent_back: false,
    };
    if !tx.update_provider(row.id, row.status, &update, now).await? {
        return Err(Error::Conflict(conflict::CHANGED));
    }
    log(&mut tx, LogKind::Submitted, account, &row, "").await?;
    let link = app
        .links()
        .page(&format!("/moderation/fiches/{}", row.slug));
    for moderator in app.db().moderators().await? {
        queue_mail(
            &mut tx,
            &moderator.email,
            moderator.locale,
            Mail::ProfileSubmitted {
                name: row.profile.name.clone(),
                link: link.clone(),
            },
        )
        .await?;
    }
    app.commit(tx).await
}
