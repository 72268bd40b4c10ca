//! The network's review of provider profiles: moderators' decisions, each
//! written with its log entry and the emails to the profile's managers in
//! one unit of work.

pub mod approve;
pub mod refuse;
pub mod reinstate;
pub mod request_changes;
pub mod suspend;

use essaim_domain::moderation::LogKind;
use essaim_domain::taxonomy::ProviderStatus;
use essaim_store::{Account, ProviderRow, ProviderUpdate, PublicEffect};

use super::conflict;
use crate::mail::{Decision, Mail, queue_mail};
use crate::moderation::queue::{QueueItem, Waiting};
use crate::{App, Error, Result, now};

/// The profiles and versions waiting for review, for the moderation queue.
pub async fn submissions(app: &App) -> Result<Vec<QueueItem>> {
    Ok(app
        .db()
        .moderation_queue()
        .await?
        .into_iter()
        .map(|row| QueueItem {
            since: row.submitted_at.unwrap_or(row.updated_at),
            waiting: Waiting::Submission {
                is_update: row.published.is_some(),
                last_verified: row.published.as_ref().and_then(|p| p.last_verified_date()),
            },
            target: crate::moderation::targets::Described::of_provider(&row),
        })
        .collect())
}

/// The profile a moderator acts on.
pub(crate) async fn target(app: &App, slug: &str) -> Result<ProviderRow> {
    app.db()
        .provider_by_slug(slug)
        .await?
        .ok_or(Error::NotFound)
}

/// A decision's message or reason, which the managers will read: required,
/// at most 5,000 characters.
pub(crate) fn required_message(text: &str) -> Result<String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Error::field("message", "moderation-message-missing"));
    }
    if text.chars().count() > 5000 {
        return Err(Error::field("message", "moderation-message-too-long"));
    }
    Ok(text.to_string())
}

/// Writes the change, logs it and tells the managers, all or nothing.
pub(crate) async fn decide(
    app: &App,
    moderator: &Account,
    row: &ProviderRow,
    update: ProviderUpdate<'_>,
    kind: LogKind,
    decision: Decision,
) -> Result<()> {
    let now = now();
    let mut tx = app.begin().await?;
    if !tx.update_provider(row.id, row.status, &update, now).await? {
        return Err(Error::Conflict(conflict::CHANGED));
    }
    let reason = update.decision_message.unwrap_or_default();
    super::log(&mut tx, kind, moderator, row, reason).await?;
    // Once the profile is public, the email shows it as visitors see it.
    let link = match decision {
        Decision::Approved | Decision::Reinstated => super::public_link(app, &row.slug),
        _ => super::space_link(app, &row.slug),
    };
    for manager in app.db().provider_managers(row.id).await? {
        queue_mail(
            &mut tx,
            &manager.email,
            manager.locale,
            Mail::ProfileDecision {
                name: row.profile.name.clone(),
                decision,
                message: (!reason.is_empty()).then(|| reason.to_string()),
                link: link.clone(),
            },
        )
        .await?;
    }
    app.commit(tx).await?;
    tracing::info!(target: "essaim::moderation", event = kind.slug(), moderator = moderator.id, provider = row.slug);
    Ok(())
}

/// Answers a submitted version with a message and no change to the public
/// side: a request for changes or a refusal.
pub(crate) async fn answer_submission(
    app: &App,
    moderator: &Account,
    slug: &str,
    message: &str,
    status: ProviderStatus,
    kind: LogKind,
    decision: Decision,
) -> Result<()> {
    let message = required_message(message)?;
    let row = target(app, slug).await?;
    expect_submitted(&row)?;
    let update = ProviderUpdate {
        status,
        profile: &row.profile,
        published: None,
        submitted_at: None,
        decision_message: Some(&message),
        verified_at: None,
        effect: PublicEffect::None,
        approved: false,
        sent_back: true,
    };
    decide(app, moderator, &row, update, kind, decision).await
}

/// Only a submitted version can be approved, sent back or refused.
pub(crate) fn expect_submitted(row: &ProviderRow) -> Result<()> {
    if row.status == ProviderStatus::Submitted {
        Ok(())
    } else {
        Err(Error::Conflict(conflict::NOT_SUBMITTED))
    }
}
