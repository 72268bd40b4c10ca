//! Polling the mailbox of replies by email (`imap_url`): every
//! `imap_interval`, each message is handed to the forum and deleted once
//! handled. A message the forum could not handle for a reason of ours
//! (the database is unreachable) stays for the next round. Several nodes
//! may poll one mailbox: the forum handles each Message-ID once.

use std::time::Duration;

use essaim_app::App;
use essaim_app::community::email_in;
use essaim_app::mail::ImapMailbox;

pub async fn poll(app: App, mailbox: ImapMailbox, every: Duration) {
    let mut ticks = tokio::time::interval(every);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        let handled = mailbox
            .drain(|raw| {
                let app = app.clone();
                async move {
                    match email_in::receive(&app, &raw).await {
                        Ok(_) => true,
                        Err(error) => {
                            tracing::warn!(%error, "réponse par courriel non traitée ; nouvel essai à la prochaine relève");
                            false
                        }
                    }
                }
            })
            .await;
        match handled {
            Ok(0) => {}
            Ok(count) => tracing::info!(count, "réponses par courriel relevées"),
            Err(error) => {
                tracing::warn!(
                    error = format!("{error:#}"),
                    "relève de la boîte IMAP impossible"
                )
            }
        }
    }
}
