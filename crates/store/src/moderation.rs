//! The moderation log (one table for every decision, with a `kind`) and the
//! moderators' private notes.

use sqlx::Row;

use crate::{Database, StoreError, Tx};

/// One decision, as the log shows it.
#[derive(Debug, Clone)]
pub struct LogEntry {
    pub id: i64,
    pub kind: String,
    /// `None` when the actor's account was deleted (or for automatic steps).
    pub actor_email: Option<String>,
    pub target_kind: String,
    pub target_id: i64,
    pub target_label: String,
    pub reason: String,
    pub created_at: i64,
}

/// A new entry to write.
pub struct NewLogEntry<'a> {
    pub kind: &'a str,
    pub actor_id: Option<i64>,
    pub target_kind: &'a str,
    pub target_id: i64,
    pub target_label: &'a str,
    pub reason: &'a str,
}

#[derive(Debug, Clone)]
pub struct Note {
    pub author_email: Option<String>,
    pub body: String,
    pub created_at: i64,
}

impl Database {
    /// The log, newest first; only the entries about one target when given.
    pub async fn moderation_log(
        &self,
        target: Option<(&str, i64)>,
        limit: i64,
        offset: i64,
    ) -> Result<Vec<LogEntry>, StoreError> {
        let (filter, kind, id) = match target {
            Some((kind, id)) => ("WHERE l.target_kind = $3 AND l.target_id = $4", kind, id),
            None => ("WHERE $3 = $3 AND $4 = $4", "", 0),
        };
        let rows = sqlx::query(&format!(
            "SELECT l.id, l.kind, a.email, l.target_kind, l.target_id, l.target_label, l.reason, l.created_at
             FROM moderation_log l LEFT JOIN accounts a ON a.id = l.actor_id
             {filter}
             ORDER BY l.created_at DESC, l.id DESC LIMIT $1 OFFSET $2"
        ))
        .bind(limit)
        .bind(offset)
        .bind(kind)
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(LogEntry {
                    id: r.try_get(0)?,
                    kind: r.try_get(1)?,
                    actor_email: r.try_get(2)?,
                    target_kind: r.try_get(3)?,
                    target_id: r.try_get(4)?,
                    target_label: r.try_get(5)?,
                    reason: r.try_get(6)?,
                    created_at: r.try_get(7)?,
                })
            })
            .collect()
    }

    pub async fn count_moderation_log(&self) -> Result<i64, StoreError> {
        Ok(sqlx::query("SELECT COUNT(*) FROM moderation_log")
            .fetch_one(self.pool())
            .await?
            .get(0))
    }

    pub async fn moderation_notes(&self, provider_id: i64) -> Result<Vec<Note>, StoreError> {
        let rows = sqlx::query(
            "SELECT a.email, n.body, n.created_at FROM moderation_notes n
             LEFT JOIN accounts a ON a.id = n.author_id
             WHERE n.provider_id = $1 ORDER BY n.created_at, n.id",
        )
        .bind(provider_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Note {
                    author_email: r.try_get(0)?,
                    body: r.try_get(1)?,
                    created_at: r.try_get(2)?,
                })
            })
            .collect()
    }
}

impl Tx {
    pub async fn log_moderation(
        &mut self,
        entry: &NewLogEntry<'_>,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO moderation_log (kind, actor_id, target_kind, target_id, target_label, reason, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(entry.kind)
        .bind(entry.actor_id)
        .bind(entry.target_kind)
        .bind(entry.target_id)
        .bind(entry.target_label)
        .bind(entry.reason)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    pub async fn add_moderation_note(
        &mut self,
        provider_id: i64,
        author_id: i64,
        body: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO moderation_notes (provider_id, author_id, body, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(provider_id)
        .bind(author_id)
        .bind(body)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }
}
