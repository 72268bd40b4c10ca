//! A private note among moderators about a profile.

use essaim_store::Account;

use crate::providers::vetting::target;
use crate::{App, Error, Result, now};

pub async fn add_note(app: &App, moderator: &Account, slug: &str, body: &str) -> Result<()> {
    let body = body.trim();
    if body.is_empty() || body.chars().count() > 5000 {
        return Err(Error::field("note", "moderation-note-length"));
    }
    let row = target(app, slug).await?;
    let mut tx = app.begin().await?;
    tx.add_moderation_note(row.id, moderator.id, body, now())
        .await?;
    app.commit(tx).await
}
