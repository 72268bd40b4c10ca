//! A signed-in member reports something public to the moderators: wrong
//! or out-of-date information, a broken link, something inappropriate,
//! spam. The report waits in the moderation queue; moderators are told by
//! email.

use essaim_domain::moderation::{ReportReason, TargetKind};
use essaim_store::{Account, NewReport};

use super::targets;
use crate::mail::{Mail, queue_mail};
use crate::{App, Error, Result, now};

pub const COMMENT_MAX: usize = 2000;

/// Files the report; returns where the reported thing is, to go back there.
pub async fn report(
    app: &App,
    reporter: &Account,
    kind: TargetKind,
    key: &str,
    reason: &str,
    comment: &str,
) -> Result<Option<String>> {
    let target = targets::public(app, kind, key).await?;
    let comment = comment.trim();
    let reason = ReportReason::from_slug(reason)
        .filter(|r| ReportReason::for_kind(kind).contains(r))
        .ok_or_else(|| Error::field("motif", "moderation-report-reason-missing"))?;
    if reason == ReportReason::Other && comment.is_empty() {
        return Err(Error::field(
            "commentaire",
            "moderation-report-comment-missing",
        ));
    }
    if comment.chars().count() > COMMENT_MAX {
        return Err(Error::field(
            "commentaire",
            "moderation-report-comment-too-long",
        ));
    }
    if app.db().has_open_report(reporter.id, target.target).await? {
        return Err(Error::Conflict("moderation-report-already-open"));
    }
    let mut tx = app.begin().await?;
    tx.file_report(
        &NewReport {
            target: target.target,
            target_label: &target.label,
            reporter_id: reporter.id,
            reason,
            comment,
        },
        now(),
    )
    .await?;
    crate::community::flags::after_report(app, &mut tx, target.target, &target.label).await?;
    let link = app.links().page("/moderation");
    for moderator in app.db().moderators().await? {
        queue_mail(
            &mut tx,
            &moderator.email,
            moderator.locale,
            Mail::ReportFiled {
                name: target.name.clone(),
                reason: reason.slug().to_string(),
                comment: comment.to_string(),
                link: link.clone(),
            },
        )
        .await?;
    }
    app.commit(tx).await?;
    tracing::info!(target: "essaim::moderation", event = "report.filed", kind = kind.slug(), target = target.label, account_id = reporter.id);
    Ok(target.public_path)
}
