use essaim_domain::Locale;
use serde::{Deserialize, Serialize};

use essaim_store::Tx;

use super::Mail;
use super::transport::MailHeaders;

pub(crate) const JOB_KIND: &str = "email";

/// The payload of an `email` job.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct QueuedMail {
    pub to: String,
    pub locale: Locale,
    pub mail: Mail,
    /// Where replies go instead of the sender (the contact form relays a
    /// visitor's message this way).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<String>,
    /// Threading and list headers (forum emails).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headers: Option<MailHeaders>,
}

/// Queues an email in the unit of work; once it is committed, the worker
/// sends it, retrying if the server is down.
pub async fn queue_mail(tx: &mut Tx, to: &str, locale: Locale, mail: Mail) -> crate::Result<()> {
    queue_mail_replying_to(tx, to, locale, mail, None).await
}

/// Queues an email whose replies go to `reply_to`.
pub async fn queue_mail_replying_to(
    tx: &mut Tx,
    to: &str,
    locale: Locale,
    mail: Mail,
    reply_to: Option<&str>,
) -> crate::Result<()> {
    let payload = QueuedMail {
        to: to.to_string(),
        locale,
        mail,
        reply_to: reply_to.map(str::to_string),
        headers: None,
    };
    let payload = serde_json::to_string(&payload).map_err(crate::Error::internal)?;
    crate::jobs::enqueue(tx, JOB_KIND, &payload).await
}

/// Queues an email of a list (the forum's): threaded, with its one-click
/// unsubscribe address.
pub async fn queue_list_mail(
    tx: &mut Tx,
    to: &str,
    locale: Locale,
    mail: Mail,
    headers: MailHeaders,
) -> crate::Result<()> {
    let payload = QueuedMail {
        to: to.to_string(),
        locale,
        mail,
        reply_to: None,
        headers: Some(headers),
    };
    let payload = serde_json::to_string(&payload).map_err(crate::Error::internal)?;
    crate::jobs::enqueue(tx, JOB_KIND, &payload).await
}
