//! A moderator closes a report: something was done, or nothing needed
//! doing. The decision goes to the one log, and the member who reported
//! is told.

use essaim_domain::moderation::Resolution;
use essaim_store::{Account, NewLogEntry};

use super::targets;
use crate::mail::{Mail, queue_mail};
use crate::{App, Error, Result, now};

pub async fn resolve_report(
    app: &App,
    moderator: &Account,
    report_id: i64,
    resolution: Resolution,
    note: &str,
) -> Result<()> {
    let note = note.trim();
    if note.chars().count() > 5000 {
        return Err(Error::field("note", "moderation-message-too-long"));
    }
    let report = app.db().report(report_id).await?.ok_or(Error::NotFound)?;
    if report.resolved_at.is_some() {
        return Err(Error::Conflict("moderation-report-already-closed"));
    }
    let reporter = match report.reporter_id {
        Some(id) => app.db().account_by_id(id).await?,
        None => None,
    };
    let name = match targets::by_id(app, report.target).await {
        Ok(target) => target.name,
        // The target went away since (a profile deleted): the log keeps
        // its label.
        Err(Error::NotFound) => report.target_label.clone(),
        Err(other) => return Err(other),
    };
    let now = now();
    let mut tx = app.begin().await?;
    if !tx
        .resolve_report(report.id, moderator.id, resolution, note, now)
        .await?
    {
        return Err(Error::Conflict("moderation-report-already-closed"));
    }
    tx.log_moderation(
        &NewLogEntry {
            kind: resolution.log_kind(),
            actor_id: Some(moderator.id),
            target: report.target,
            target_label: &report.target_label,
            reason: note,
        },
        now,
    )
    .await?;
    if let Some(reporter) = reporter {
        queue_mail(
            &mut tx,
            &reporter.email,
            reporter.locale,
            Mail::ReportClosed {
                name,
                resolved: resolution == Resolution::Resolved,
                note: (!note.is_empty()).then(|| note.to_string()),
            },
        )
        .await?;
    }
    app.commit(tx).await?;
    tracing::info!(target: "essaim::moderation", event = resolution.log_kind().slug(), report = report.id, moderator = moderator.id);
    Ok(())
}
