use essaim_domain::Locale;
use serde::{Deserialize, Serialize};

use super::Mail;
use crate::App;

pub(crate) const JOB_KIND: &str = "email";

/// The payload of an `email` job.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct QueuedMail {
    pub to: String,
    pub locale: Locale,
    pub mail: Mail,
}

/// Queues an email; the worker sends it, retrying if the server is down.
pub async fn queue_mail(app: &App, to: &str, locale: Locale, mail: Mail) -> anyhow::Result<()> {
    let payload = QueuedMail {
        to: to.to_string(),
        locale,
        mail,
    };
    crate::jobs::enqueue(app, JOB_KIND, &serde_json::to_string(&payload)?).await
}
