//! A private note among moderators about any target.

use essaim_domain::moderation::TargetKind;
use essaim_store::Account;

use super::targets::{self, Described};
use crate::{App, Error, Result, now};

/// Adds the note; returns the target, to go back to its review page.
pub async fn add_note(
    app: &App,
    moderator: &Account,
    kind: TargetKind,
    key: &str,
    body: &str,
) -> Result<Described> {
    let body = body.trim();
    if body.is_empty() || body.chars().count() > 5000 {
        return Err(Error::field("note", "moderation-note-length"));
    }
    let target = targets::by_key(app, kind, key).await?;
    let mut tx = app.begin().await?;
    tx.add_moderation_note(target.target, moderator.id, body, now())
        .await?;
    app.commit(tx).await?;
    Ok(target)
}
