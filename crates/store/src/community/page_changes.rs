//! What changed on topics' pages lately, as the database's triggers wrote
//! it (migration `0017_community_page_changes`): each node drops the pages
//! it keeps for visitors when their topic appears here.

use sqlx::Row;

use crate::{Database, StoreError, dialect};

/// The topics whose pages changed since a time.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct PageChanges {
    /// Each topic once; empty when `every_topic`.
    pub topics: Vec<i64>,
    /// A change touched every page (a member or a category renamed).
    pub every_topic: bool,
    /// The database's clock when they were read, in Unix seconds.
    pub now: i64,
}

impl Database {
    /// The changes stamped at or after `since` (the database's clock); with
    /// `None`, only the clock.
    pub async fn community_page_changes(
        &self,
        since: Option<i64>,
    ) -> Result<PageChanges, StoreError> {
        let now: i64 = sqlx::query(dialect::clock_seconds(self.backend()))
            .fetch_one(self.pool())
            .await?
            .try_get(0)?;
        let mut changes = PageChanges {
            now,
            ..PageChanges::default()
        };
        let Some(since) = since else {
            return Ok(changes);
        };
        let rows = sqlx::query(
            "SELECT DISTINCT topic_id FROM community_page_changes WHERE changed_at >= $1",
        )
        .bind(since)
        .fetch_all(self.pool())
        .await?;
        for row in rows {
            match row.try_get::<Option<i64>, _>(0)? {
                Some(topic) => changes.topics.push(topic),
                None => changes.every_topic = true,
            }
        }
        if changes.every_topic {
            changes.topics.clear();
        }
        Ok(changes)
    }

    /// Forgets changes older than `before`: every node has read them.
    pub async fn forget_community_page_changes(&self, before: i64) -> Result<u64, StoreError> {
        Ok(
            sqlx::query("DELETE FROM community_page_changes WHERE changed_at < $1")
                .bind(before)
                .execute(self.pool())
                .await?
                .rows_affected(),
        )
    }
}
