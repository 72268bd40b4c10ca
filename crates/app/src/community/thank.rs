//! "Merci": a member thanks a post (not their own), or takes it back.

use essaim_store::Account;

use super::visible_topic;
use crate::{App, Error, Result, now};

/// Returns the topic and the post's number.
pub async fn thank(
    app: &App,
    account: &Account,
    post_id: i64,
    thanked: bool,
) -> Result<(i64, i64)> {
    let post = app
        .db()
        .community_post(post_id)
        .await?
        .ok_or(Error::NotFound)?;
    let topic = visible_topic(app, Some(account), post.topic_id).await?;
    if post.deleted_at.is_some() || post.hidden_at.is_some() {
        return Err(Error::NotFound);
    }
    if post.author.as_ref().map(|a| a.account_id) == Some(account.id) {
        return Err(Error::Conflict("community-thank-own"));
    }
    let mut tx = app.begin().await?;
    tx.set_community_thanks(post.id, account.id, thanked, now())
        .await?;
    app.commit(tx).await?;
    Ok((topic.id, post.number))
}
