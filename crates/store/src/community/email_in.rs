//! Replying to the forum by email: the keys of the reply addresses, and
//! the record of every email received so that each is handled once.

use sqlx::Row;

use crate::{Database, StoreError, Tx};

/// What a reply address's key is bound to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplyKey {
    pub account_id: i64,
    pub post_id: i64,
    pub topic_id: i64,
    pub created_at: i64,
}

impl Database {
    /// The post and member a key (by its SHA-256) was made for.
    pub async fn community_reply_key(
        &self,
        key_hash: &str,
    ) -> Result<Option<ReplyKey>, StoreError> {
        let row = sqlx::query(
            "SELECT k.account_id, k.post_id, p.topic_id, k.created_at
             FROM community_reply_keys k JOIN community_posts p ON p.id = k.post_id
             WHERE k.key_hash = $1",
        )
        .bind(key_hash)
        .fetch_optional(self.pool())
        .await?;
        row.map(|row| {
            Ok(ReplyKey {
                account_id: row.try_get(0)?,
                post_id: row.try_get(1)?,
                topic_id: row.try_get(2)?,
                created_at: row.try_get(3)?,
            })
        })
        .transpose()
    }

    /// How many emails from this sender were refused (and answered)
    /// since `since`: past a few a day, refusals go unanswered, so that a
    /// forged sender cannot turn the forum into a source of spam.
    pub async fn community_refusals_to(&self, sender: &str, since: i64) -> Result<i64, StoreError> {
        Ok(sqlx::query(
            "SELECT COUNT(*) FROM community_inbound_emails
             WHERE sender = $1 AND received_at >= $2 AND outcome NOT IN ('publie', 'automatique')",
        )
        .bind(sender)
        .bind(since)
        .fetch_one(self.pool())
        .await?
        .get(0))
    }

    /// What became of an email already received, if it was.
    pub async fn community_inbound_outcome(
        &self,
        message_id: &str,
    ) -> Result<Option<String>, StoreError> {
        Ok(
            sqlx::query("SELECT outcome FROM community_inbound_emails WHERE message_id = $1")
                .bind(message_id)
                .fetch_optional(self.pool())
                .await?
                .map(|row| row.get(0)),
        )
    }
}

impl Tx {
    pub async fn add_community_reply_key(
        &mut self,
        key_hash: &str,
        account_id: i64,
        post_id: i64,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO community_reply_keys (key_hash, account_id, post_id, created_at)
             VALUES ($1, $2, $3, $4)",
        )
        .bind(key_hash)
        .bind(account_id)
        .bind(post_id)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Records an email as handled; false when it already was, by this
    /// node or another.
    pub async fn claim_community_inbound(
        &mut self,
        message_id: &str,
        sender: &str,
        outcome: &str,
        now: i64,
    ) -> Result<bool, StoreError> {
        Ok(sqlx::query(
            "INSERT INTO community_inbound_emails (message_id, sender, received_at, outcome)
             VALUES ($1, $2, $3, $4) ON CONFLICT (message_id) DO NOTHING",
        )
        .bind(message_id)
        .bind(sender)
        .bind(now)
        .bind(outcome)
        .execute(self.conn())
        .await?
        .rows_affected()
            == 1)
    }

    /// Forgets keys and received emails older than `before`.
    pub async fn forget_community_email_in(&mut self, before: i64) -> Result<u64, StoreError> {
        let keys = sqlx::query("DELETE FROM community_reply_keys WHERE created_at < $1")
            .bind(before)
            .execute(self.conn())
            .await?
            .rows_affected();
        let received = sqlx::query("DELETE FROM community_inbound_emails WHERE received_at < $1")
            .bind(before)
            .execute(self.conn())
            .await?
            .rows_affected();
        Ok(keys + received)
    }
}
