//! Moderators' changes to the forum: topics hidden, closed, pinned or
//! moved, posts hidden, held and released, members' levels.

use essaim_domain::community::Pin;
use essaim_domain::community::trust::Trust;

use crate::{StoreError, Tx};

impl Tx {
    /// A moderator hides a topic (`Some(when)`) or shows it again.
    pub async fn set_community_topic_hidden(
        &mut self,
        topic_id: i64,
        hidden_at: Option<i64>,
    ) -> Result<(), StoreError> {
        self.set_topic_column(topic_id, "hidden_at", hidden_at)
            .await
    }

    pub async fn set_community_topic_closed(
        &mut self,
        topic_id: i64,
        closed_at: Option<i64>,
    ) -> Result<(), StoreError> {
        self.set_topic_column(topic_id, "closed_at", closed_at)
            .await
    }

    async fn set_topic_column(
        &mut self,
        topic_id: i64,
        column: &'static str,
        value: Option<i64>,
    ) -> Result<(), StoreError> {
        sqlx::query(&format!(
            "UPDATE community_topics SET {column} = $2 WHERE id = $1"
        ))
        .bind(topic_id)
        .bind(value)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    pub async fn set_community_topic_pin(
        &mut self,
        topic_id: i64,
        pin: Option<Pin>,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE community_topics SET pinned = $2 WHERE id = $1")
            .bind(topic_id)
            .bind(pin.map(Pin::slug))
            .execute(self.conn())
            .await?;
        Ok(())
    }

    pub async fn move_community_topic(
        &mut self,
        topic_id: i64,
        category_id: i64,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE community_topics SET category_id = $2 WHERE id = $1")
            .bind(topic_id)
            .bind(category_id)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    pub async fn set_community_post_hidden(
        &mut self,
        post_id: i64,
        hidden_at: Option<i64>,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE community_posts SET hidden_at = $2 WHERE id = $1")
            .bind(post_id)
            .bind(hidden_at)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// A moderator sets a member's level (`None`: the forum decides).
    pub async fn set_community_trust(
        &mut self,
        account_id: i64,
        trust: Option<Trust>,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE community_members SET trust = $2 WHERE account_id = $1")
            .bind(account_id)
            .bind(trust.map(Trust::slug))
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Holds a post for a moderator's approval: hidden meanwhile, with its
    /// topic when it opens one.
    pub async fn hold_community_post(
        &mut self,
        post_id: i64,
        topic_id: Option<i64>,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE community_posts SET held_at = $2, hidden_at = $2 WHERE id = $1")
            .bind(post_id)
            .bind(now)
            .execute(self.conn())
            .await?;
        if let Some(topic) = topic_id {
            self.set_community_topic_hidden(topic, Some(now)).await?;
        }
        Ok(())
    }

    /// A moderator decides on a held post: approved, it shows (with its
    /// topic); refused, it stays hidden and waits no more.
    pub async fn release_community_post(
        &mut self,
        post_id: i64,
        topic_id: Option<i64>,
        approved: bool,
    ) -> Result<(), StoreError> {
        let sql = if approved {
            "UPDATE community_posts SET held_at = NULL, hidden_at = NULL WHERE id = $1"
        } else {
            "UPDATE community_posts SET held_at = NULL WHERE id = $1"
        };
        sqlx::query(sql).bind(post_id).execute(self.conn()).await?;
        if let (Some(topic), true) = (topic_id, approved) {
            self.set_community_topic_hidden(topic, None).await?;
        }
        Ok(())
    }
}
