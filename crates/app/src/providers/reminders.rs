//! Once a year (configurable), the managers of a published profile are
//! asked to confirm it is still current. Run by the job worker's
//! housekeeping; each profile is reminded once per verification.

use crate::mail::{Mail, queue_mail};
use crate::{App, Result, now};

/// Sends the reminders that are due; returns how many profiles were
/// reminded.
pub async fn send_reminders(app: &App) -> Result<usize> {
    let now = now();
    let before = now - app.settings().reminder_after_days * 86_400;
    let due = app.db().providers_due_for_reminder(before).await?;
    for row in &due {
        let link = super::space_link(app, &row.slug);
        let managers = app.db().provider_managers(row.id).await?;
        let mut tx = app.begin().await?;
        for manager in &managers {
            queue_mail(
                &mut tx,
                &manager.email,
                manager.locale,
                Mail::ProfileReminder {
                    name: row.profile.name.clone(),
                    link: link.clone(),
                },
            )
            .await?;
        }
        tx.mark_reminder_sent(row.id, now).await?;
        app.commit(tx).await?;
        // Imported profiles may have no manager yet: nobody to remind, and
        // the profile stays flagged as not confirmed.
        tracing::info!(
            target: "essaim::providers",
            event = if managers.is_empty() {
                "reminder.nobody-to-remind"
            } else {
                "reminder.sent"
            },
            provider = row.slug,
            managers = managers.len()
        );
    }
    Ok(due.len())
}
