//! The network's review of provider profiles: moderators' decisions, each
//! written to the moderation log and told to the profile's managers by email.

pub mod approve;
pub mod refuse;
pub mod reinstate;
pub mod request_changes;
pub mod suspend;

use essaim_domain::moderation::{LogKind, TARGET_PROVIDER};
use essaim_domain::taxonomy::ProviderStatus;
use essaim_store::{Account, NewLogEntry, ProviderRow, ProviderUpdate};

use crate::mail::{Decision, Mail, queue_mail};
use crate::providers::ProviderError;
use crate::{App, now};

/// The profile a moderator acts on, or `NotFound`.
pub(crate) async fn target(app: &App, slug: &str) -> Result<ProviderRow, ProviderError> {
    app.db()
        .provider_by_slug(slug)
        .await?
        .ok_or(ProviderError::Access(crate::providers::Access::NotFound))
}

/// A decision's message or reason, which the managers will read: required,
/// at most 5,000 characters.
pub(crate) fn required_message(text: &str) -> Result<String, ProviderError> {
    let text = text.trim();
    let field = |message: &str| {
        ProviderError::Invalid(vec![essaim_domain::providers::FieldError {
            field: "message".into(),
            message: message.into(),
        }])
    };
    if text.is_empty() {
        return Err(field("expliquez votre décision au prestataire"));
    }
    if text.chars().count() > 5000 {
        return Err(field("le message dépasse 5 000 caractères"));
    }
    Ok(text.to_string())
}

/// Writes the change, logs it and tells the managers.
pub(crate) async fn decide(
    app: &App,
    moderator: &Account,
    row: &ProviderRow,
    update: ProviderUpdate<'_>,
    kind: LogKind,
    decision: Decision,
) -> Result<(), ProviderError> {
    let now = now();
    app.db().update_provider(row.id, &update, now).await?;
    let reason = update.decision_message.unwrap_or_default();
    app.db()
        .log_moderation(
            &NewLogEntry {
                kind: kind.slug(),
                actor_id: Some(moderator.id),
                target_kind: TARGET_PROVIDER,
                target_id: row.id,
                target_label: &row.slug,
                reason,
            },
            now,
        )
        .await?;
    tracing::info!(target: "essaim::moderation", event = kind.slug(), moderator = moderator.id, provider = row.slug);
    let link = crate::providers::space_link(app, &row.slug);
    for manager in app.db().provider_managers(row.id).await? {
        queue_mail(
            app,
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
) -> Result<(), ProviderError> {
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
        effect: essaim_store::PublicEffect::None,
        approved: false,
    };
    decide(app, moderator, &row, update, kind, decision).await
}

/// Only a submitted version can be approved, sent back or refused.
pub(crate) fn expect_submitted(row: &ProviderRow) -> Result<(), ProviderError> {
    if row.status == ProviderStatus::Submitted {
        Ok(())
    } else {
        Err(ProviderError::WrongState)
    }
}
