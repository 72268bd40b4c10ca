//! A member chooses how closely they follow a topic or a category, and
//! goes through their notifications.

use essaim_domain::community::following::Watch;
use essaim_store::Account;

use super::visible_topic;
use crate::{App, Error, Result, now};

/// Sets the member's level on a topic; `None` follows its category again.
pub async fn watch_topic(
    app: &App,
    account: &Account,
    topic_id: i64,
    level: Option<Watch>,
) -> Result<()> {
    let topic = visible_topic(app, Some(account), topic_id).await?;
    if level.is_some_and(|l| !Watch::FOR_TOPIC.contains(&l)) {
        return Err(Error::field("level", "community-check-watch"));
    }
    let mut tx = app.begin().await?;
    tx.set_community_topic_watch(account.id, topic.id, level)
        .await?;
    app.commit(tx).await
}

/// Sets the member's level on a category (`None`: normal).
pub async fn watch_category(
    app: &App,
    account: &Account,
    slug: &str,
    level: Option<Watch>,
) -> Result<()> {
    let category = app
        .db()
        .community_category(slug)
        .await?
        .ok_or(Error::NotFound)?;
    let mut tx = app.begin().await?;
    tx.set_community_category_watch(
        account.id,
        category.id,
        level.filter(|l| *l != Watch::Normal),
    )
    .await?;
    app.commit(tx).await
}

/// Every notification of the member, read.
pub async fn read_all(app: &App, account: &Account) -> Result<()> {
    let mut tx = app.begin().await?;
    tx.read_all_community_notifications(account.id, now())
        .await?;
    app.commit(tx).await
}
