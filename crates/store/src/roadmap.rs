//! Associations' roadmaps: items, the history of their statuses, and the
//! steps of a transition ticked.

use essaim_domain::date::Date;
use essaim_domain::roadmap::Item;
use essaim_domain::roadmap::diagnostic::Diagnostic;
use essaim_domain::taxonomy::{ItemStatus, Priority, TransitionStep};
use sqlx::Row;

use crate::{Database, StoreError, Tx};

/// An item as it is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemRow {
    pub id: i64,
    pub association_id: i64,
    pub item: Item,
    /// On the association's public page since then, if it is.
    pub published_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A status an item took.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusChange {
    pub status: ItemStatus,
    pub reason: Option<String>,
    /// The member's address, `None` once their account is deleted.
    pub actor: Option<String>,
    pub at: i64,
}

const COLUMNS: &str = "id, association_id, need, current_tool, current_other, chosen_tool, priority, status, reason, target_date, owner_id, notes, created_at, updated_at, published_at";

fn row_to_item(row: &sqlx::any::AnyRow) -> Result<ItemRow, StoreError> {
    let id: i64 = row.try_get(0)?;
    let corrupt =
        |what: &str| StoreError::Corrupt(format!("élément de feuille de route {id} : {what}"));
    let priority: String = row.try_get(6)?;
    let status: String = row.try_get(7)?;
    let target: Option<String> = row.try_get(9)?;
    Ok(ItemRow {
        id,
        association_id: row.try_get(1)?,
        item: Item {
            need: row.try_get(2)?,
            current_tool: row.try_get(3)?,
            current_other: row.try_get(4)?,
            chosen_tool: row.try_get(5)?,
            priority: Priority::from_slug(&priority).ok_or_else(|| corrupt(&priority))?,
            status: ItemStatus::from_slug(&status).ok_or_else(|| corrupt(&status))?,
            reason: row.try_get(8)?,
            target_date: target.as_deref().and_then(Date::parse),
            owner_id: row.try_get(10)?,
            notes: row.try_get(11)?,
        },
        created_at: row.try_get(12)?,
        updated_at: row.try_get(13)?,
        published_at: row.try_get(14)?,
    })
}

impl Database {
    /// An association's items, the most urgent first, then the oldest.
    pub async fn roadmap_items(&self, association_id: i64) -> Result<Vec<ItemRow>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM roadmap_items WHERE association_id = $1
             ORDER BY CASE priority WHEN $2 THEN 0 WHEN $3 THEN 1 ELSE 2 END, created_at, id"
        ))
        .bind(association_id)
        .bind(Priority::High.slug())
        .bind(Priority::Medium.slug())
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(row_to_item).collect()
    }

    pub async fn roadmap_item(&self, id: i64) -> Result<Option<ItemRow>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM roadmap_items WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(row_to_item).transpose()
    }

    /// The items an association made public, in the plan's order.
    pub async fn published_choices(&self, association_id: i64) -> Result<Vec<ItemRow>, StoreError> {
        Ok(self
            .roadmap_items(association_id)
            .await?
            .into_iter()
            .filter(|row| row.published_at.is_some())
            .collect())
    }

    /// The associations that made public their choice of a free tool:
    /// (slug, name), by name.
    pub async fn associations_choosing(
        &self,
        tool: &str,
    ) -> Result<Vec<(String, String)>, StoreError> {
        let rows = sqlx::query(
            "SELECT DISTINCT a.slug, a.name FROM roadmap_items i
             JOIN associations a ON a.id = i.association_id
             WHERE i.chosen_tool = $1 AND i.published_at IS NOT NULL
             ORDER BY a.name, a.slug",
        )
        .bind(tool)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect()
    }

    /// The statuses an item took, oldest first.
    pub async fn roadmap_history(&self, item_id: i64) -> Result<Vec<StatusChange>, StoreError> {
        let rows = sqlx::query(
            "SELECT h.status, h.reason, a.email, h.created_at FROM roadmap_history h
             LEFT JOIN accounts a ON a.id = h.actor_id
             WHERE h.item_id = $1 ORDER BY h.created_at, h.id",
        )
        .bind(item_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                let status: String = r.try_get(0)?;
                Ok(StatusChange {
                    status: ItemStatus::from_slug(&status)
                        .ok_or_else(|| StoreError::Corrupt(format!("statut {status}")))?,
                    reason: r.try_get(1)?,
                    actor: r.try_get(2)?,
                    at: r.try_get(3)?,
                })
            })
            .collect()
    }

    /// A diagnostic under way, by the hash of its cookie's token, if it
    /// was saved at `since` or later.
    pub async fn diagnostic_draft(
        &self,
        token_hash: &str,
        since: i64,
    ) -> Result<Option<Diagnostic>, StoreError> {
        let row = sqlx::query(
            "SELECT answers FROM diagnostic_drafts WHERE token_hash = $1 AND updated_at >= $2",
        )
        .bind(token_hash)
        .bind(since)
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| {
            serde_json::from_str(&r.try_get::<String, _>(0)?)
                .map_err(|e| StoreError::Corrupt(format!("diagnostic : {e}")))
        })
        .transpose()
    }

    /// Housekeeping: forgets the diagnostics nobody touched since `before`.
    pub async fn delete_diagnostic_drafts_before(&self, before: i64) -> Result<u64, StoreError> {
        Ok(
            sqlx::query("DELETE FROM diagnostic_drafts WHERE updated_at < $1")
                .bind(before)
                .execute(self.pool())
                .await?
                .rows_affected(),
        )
    }

    /// The steps of a transition the association ticked, with when.
    pub async fn roadmap_steps(
        &self,
        association_id: i64,
    ) -> Result<Vec<(TransitionStep, i64)>, StoreError> {
        let rows = sqlx::query("SELECT step, done_at FROM roadmap_steps WHERE association_id = $1")
            .bind(association_id)
            .fetch_all(self.pool())
            .await?;
        Ok(rows
            .iter()
            .filter_map(|r| {
                let step: String = r.try_get(0).ok()?;
                Some((TransitionStep::from_slug(&step)?, r.try_get(1).ok()?))
            })
            .collect())
    }
}

impl Tx {
    /// A new item, with its first status in the history.
    pub async fn add_roadmap_item(
        &mut self,
        association_id: i64,
        item: &Item,
        actor_id: i64,
        now: i64,
    ) -> Result<i64, StoreError> {
        let id: i64 = sqlx::query(
            "INSERT INTO roadmap_items (association_id, need, current_tool, current_other, chosen_tool,
                 priority, status, reason, target_date, owner_id, notes, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id",
        )
        .bind(association_id)
        .bind(&item.need)
        .bind(&item.current_tool)
        .bind(&item.current_other)
        .bind(&item.chosen_tool)
        .bind(item.priority.slug())
        .bind(item.status.slug())
        .bind(&item.reason)
        .bind(item.target_date.map(|d| d.to_string()))
        .bind(item.owner_id)
        .bind(&item.notes)
        .bind(now)
        .fetch_one(self.conn())
        .await?
        .try_get(0)?;
        self.record_status(id, item, actor_id, now).await?;
        Ok(id)
    }

    /// Writes an item; a new status (or a new reason to keep a tool) goes
    /// to its history.
    pub async fn update_roadmap_item(
        &mut self,
        before: &ItemRow,
        item: &Item,
        actor_id: i64,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE roadmap_items SET need = $2, current_tool = $3, current_other = $4, chosen_tool = $5,
                 priority = $6, status = $7, reason = $8, target_date = $9, owner_id = $10, notes = $11,
                 updated_at = $12
             WHERE id = $1",
        )
        .bind(before.id)
        .bind(&item.need)
        .bind(&item.current_tool)
        .bind(&item.current_other)
        .bind(&item.chosen_tool)
        .bind(item.priority.slug())
        .bind(item.status.slug())
        .bind(&item.reason)
        .bind(item.target_date.map(|d| d.to_string()))
        .bind(item.owner_id)
        .bind(&item.notes)
        .bind(now)
        .execute(self.conn())
        .await?;
        if before.item.status != item.status || before.item.reason != item.reason {
            self.record_status(before.id, item, actor_id, now).await?;
        }
        Ok(())
    }

    async fn record_status(
        &mut self,
        item_id: i64,
        item: &Item,
        actor_id: i64,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO roadmap_history (item_id, status, reason, actor_id, created_at)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(item_id)
        .bind(item.status.slug())
        .bind(&item.reason)
        .bind(actor_id)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Puts an item on the association's public page, or takes it off.
    pub async fn publish_roadmap_item(
        &mut self,
        id: i64,
        published_at: Option<i64>,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE roadmap_items SET published_at = $2 WHERE id = $1")
            .bind(id)
            .bind(published_at)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    pub async fn delete_roadmap_item(&mut self, id: i64) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM roadmap_items WHERE id = $1")
            .bind(id)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    pub async fn save_diagnostic_draft(
        &mut self,
        token_hash: &str,
        diagnostic: &Diagnostic,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO diagnostic_drafts (token_hash, answers, created_at, updated_at)
             VALUES ($1, $2, $3, $3)
             ON CONFLICT (token_hash) DO UPDATE SET answers = excluded.answers,
                 updated_at = excluded.updated_at",
        )
        .bind(token_hash)
        .bind(serde_json::to_string(diagnostic).expect("a diagnostic always serialises"))
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    pub async fn delete_diagnostic_draft(&mut self, token_hash: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM diagnostic_drafts WHERE token_hash = $1")
            .bind(token_hash)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Ticks or unticks a step of the transition.
    pub async fn set_roadmap_step(
        &mut self,
        association_id: i64,
        step: TransitionStep,
        done: bool,
        actor_id: i64,
        now: i64,
    ) -> Result<(), StoreError> {
        if done {
            sqlx::query(
                "INSERT INTO roadmap_steps (association_id, step, done_by, done_at) VALUES ($1, $2, $3, $4)
                 ON CONFLICT DO NOTHING",
            )
            .bind(association_id)
            .bind(step.slug())
            .bind(actor_id)
            .bind(now)
            .execute(self.conn())
            .await?;
        } else {
            sqlx::query("DELETE FROM roadmap_steps WHERE association_id = $1 AND step = $2")
                .bind(association_id)
                .bind(step.slug())
                .execute(self.conn())
                .await?;
        }
        Ok(())
    }
}
