//! The author of a question (or a moderator) marks the reply that solved
//! it, or takes the mark back. It shows under the question and lets
//! searches keep solved topics.

use essaim_store::Account;

use super::visible_topic;
use crate::{App, Error, Result};

/// Marks `post_id` as the answer (`None`: no answer); returns the topic.
pub async fn solve(
    app: &App,
    account: &Account,
    topic_id: i64,
    post_id: Option<i64>,
) -> Result<i64> {
    let topic = visible_topic(app, Some(account), topic_id).await?;
    let asked = topic.author.as_ref().map(|a| a.account_id) == Some(account.id);
    if !asked && !account.role.can_moderate() {
        tracing::warn!(target: "essaim::auth", event = "community.solve-refused", account_id = account.id, topic = topic_id);
        return Err(Error::Forbidden);
    }
    if let Some(post_id) = post_id {
        let post = app
            .db()
            .community_post(post_id)
            .await?
            .filter(|p| p.topic_id == topic.id && p.number > 1)
            .filter(|p| p.deleted_at.is_none() && p.hidden_at.is_none())
            .ok_or(Error::NotFound)?;
        let mut tx = app.begin().await?;
        tx.set_community_solution(topic.id, Some(post.id)).await?;
        app.commit(tx).await?;
    } else {
        let mut tx = app.begin().await?;
        tx.set_community_solution(topic.id, None).await?;
        app.commit(tx).await?;
    }
    Ok(topic.id)
}
