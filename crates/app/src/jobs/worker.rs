use std::time::Duration;

use essaim_store::ClaimedJob;
use tokio::sync::watch;

use crate::mail::{compose, outbox};
use crate::{App, accounts, now};

/// How long a node holds a claimed job before another may take it over.
const LOCK_SECONDS: i64 = 120;
/// After this many failed attempts a job is abandoned (and logged).
const MAX_ATTEMPTS: i64 = 8;
const HOUSEKEEPING_EVERY: Duration = Duration::from_secs(3600);
/// Finished jobs are kept this long for diagnostics.
const KEEP_FINISHED_SECONDS: i64 = 7 * 24 * 3600;

/// Runs until `stop` turns true: sends whatever is due, then waits for a
/// new job on this node or the next poll (jobs queued by other nodes,
/// retries). A job under way always finishes before the worker stops.
pub async fn run_worker(app: App, poll: Duration, mut stop: watch::Receiver<bool>) {
    let mut last_housekeeping = tokio::time::Instant::now() - HOUSEKEEPING_EVERY;
    while !*stop.borrow() {
        if let Err(error) = run_due_jobs(&app).await {
            tracing::error!(error = format!("{error:#}"), "file des tâches inaccessible");
        }
        if last_housekeeping.elapsed() >= HOUSEKEEPING_EVERY {
            last_housekeeping = tokio::time::Instant::now();
            housekeeping(&app).await;
        }
        tokio::select! {
            _ = tokio::time::sleep(poll) => {}
            _ = app.jobs_queued().notified() => {}
            _ = stop.changed() => {}
        }
    }
}

/// Runs every job that is due now; returns how many ran.
pub async fn run_due_jobs(app: &App) -> anyhow::Result<usize> {
    let mut ran = 0;
    while let Some(job) = app.db().claim_job(now(), LOCK_SECONDS).await? {
        ran += 1;
        match run(app, &job).await {
            Ok(()) => app.db().finish_job(job.id, now()).await?,
            Err(error) => {
                let error = format!("{error:#}");
                if job.attempts >= MAX_ATTEMPTS {
                    tracing::error!(job = job.id, kind = job.kind, attempts = job.attempts, %error, "tâche abandonnée");
                    app.db().fail_job(job.id, &error, now()).await?;
                } else {
                    let delay = backoff_seconds(job.attempts);
                    tracing::warn!(job = job.id, kind = job.kind, attempts = job.attempts, retry_in = delay, %error, "tâche en échec, nouvel essai prévu");
                    app.db().retry_job(job.id, &error, now() + delay).await?;
                }
            }
        }
    }
    Ok(ran)
}

/// 30 s, 1 min, 2 min… capped at 6 hours.
fn backoff_seconds(attempts: i64) -> i64 {
    let exponent = (attempts - 1).clamp(0, 20) as u32;
    (30i64 << exponent).min(6 * 3600)
}

async fn run(app: &App, job: &ClaimedJob) -> anyhow::Result<()> {
    match job.kind.as_str() {
        outbox::JOB_KIND => {
            let queued: outbox::QueuedMail = serde_json::from_str(&job.payload)?;
            let instance = app.instance();
            let email = compose(&queued.mail, queued.locale, &instance.name);
            app.mailer()
                .send(
                    &instance.name,
                    &queued.to,
                    &email,
                    &format!("essaim-{:06}", job.id),
                    &{
                        let mut headers = queued.headers.clone().unwrap_or_default();
                        headers.reply_to = queued.reply_to.clone().or(headers.reply_to);
                        headers
                    },
                )
                .await
        }
        accounts::register::JOB_KIND => Ok(accounts::register::process(app, &job.payload).await?),
        accounts::register::RESEND_JOB_KIND => {
            Ok(accounts::register::process_resend(app, &job.payload).await?)
        }
        crate::community::email::JOB_KIND => {
            Ok(crate::community::email::process(app, &job.payload).await?)
        }
        accounts::password_reset::JOB_KIND => {
            Ok(accounts::password_reset::process(app, &job.payload).await?)
        }
        other => anyhow::bail!("type de tâche inconnu « {other} »"),
    }
}

/// Hourly: yearly reminders, expired sessions and links, old finished jobs,
/// logos nothing shows any more, diagnostics left for 90 days.
pub async fn housekeeping(app: &App) {
    if let Err(error) = crate::providers::reminders::send_reminders(app).await {
        tracing::warn!(
            error = format!("{error:#}"),
            "rappels de vérification des fiches impossibles"
        );
    }
    match app.db().logo_names().await {
        Ok(names) => {
            let removed =
                crate::images::remove_orphans(&crate::providers::logo::logos_dir(app), &names)
                    .await;
            let instance: std::collections::HashSet<String> =
                app.instance().logo.clone().into_iter().collect();
            let removed = removed
                + crate::images::remove_orphans(&crate::instance::logo::logo_dir(app), &instance)
                    .await;
            if removed > 0 {
                tracing::info!(removed, "logos que plus rien ne montre supprimés");
            }
        }
        Err(error) => tracing::warn!(%error, "liste des logos illisible"),
    }
    let now = now();
    if let Err(error) = app.db().delete_expired_credentials(now).await {
        tracing::warn!(%error, "nettoyage des sessions expirées impossible");
    }
    if let Err(error) = app
        .db()
        .delete_finished_jobs(now - KEEP_FINISHED_SECONDS)
        .await
    {
        tracing::warn!(%error, "nettoyage des tâches terminées impossible");
    }
    if let Err(error) = crate::community::digest::send_due(app).await {
        tracing::warn!(%error, "résumés hebdomadaires du forum impossibles");
    }
    if let Err(error) = crate::pooling::settle_due(app).await {
        tracing::warn!(%error, "échéances et rappels des campagnes de mutualisation impossibles");
    }
    if let Err(error) = crate::community::email_in::forget_old(app).await {
        tracing::warn!(%error, "nettoyage des clés de réponse par courriel impossible");
    }
    if let Err(error) = crate::roadmap::diagnostic::forget_stale(app).await {
        tracing::warn!(%error, "nettoyage des diagnostics abandonnés impossible");
    }
    // Every node has read them within seconds; an hour is generous.
    if let Err(error) = app.db().forget_community_page_changes(now - 3600).await {
        tracing::warn!(%error, "nettoyage des changements de pages du forum impossible");
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn backoff_grows_then_caps() {
        assert_eq!(super::backoff_seconds(1), 30);
        assert_eq!(super::backoff_seconds(2), 60);
        assert_eq!(super::backoff_seconds(4), 240);
        assert_eq!(super::backoff_seconds(40), 6 * 3600);
    }
}
