//! How far a member read a topic: the page of a topic marks every post
//! shown as read, so that lists show what is new since.

use essaim_store::Account;

use crate::{App, Result, now};

pub async fn mark_read(app: &App, account: &Account, topic_id: i64, number: i64) -> Result<()> {
    let mut tx = app.begin().await?;
    tx.mark_community_read(account.id, topic_id, number, now())
        .await?;
    app.commit(tx).await
}
