//! Moderation shared by every pillar: the log (one table for every
//! decision, with a `kind`), the moderators' private notes and the
//! members' reports, each about a target named by kind and id.

use essaim_domain::moderation::{LogKind, ReportReason, Resolution, Target, TargetKind};
use sqlx::Row;
use sqlx::any::AnyRow;

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
    pub kind: LogKind,
    pub actor_id: Option<i64>,
    pub target: Target,
    /// What the log shows of the target (a profile's slug), kept even when
    /// the target goes.
    pub target_label: &'a str,
    pub reason: &'a str,
}

#[derive(Debug, Clone)]
pub struct Note {
    pub author_email: Option<String>,
    pub body: String,
    pub created_at: i64,
}

/// A member's report.
#[derive(Debug, Clone)]
pub struct Report {
    pub id: i64,
    pub target: Target,
    pub target_label: String,
    pub reporter_id: Option<i64>,
    /// `None` when the reporter's account was deleted.
    pub reporter_email: Option<String>,
    pub reason: ReportReason,
    pub comment: String,
    pub created_at: i64,
    pub resolved_at: Option<i64>,
}

pub struct NewReport<'a> {
    pub target: Target,
    pub target_label: &'a str,
    pub reporter_id: i64,
    pub reason: ReportReason,
    pub comment: &'a str,
}

const REPORT_COLUMNS: &str = "r.id, r.target_kind, r.target_id, r.target_label, r.reporter_id, \
     a.email AS reporter_email, r.reason, r.comment, r.created_at, r.resolved_at";

fn report_from_row(row: &AnyRow) -> Result<Report, StoreError> {
    let kind: String = row.try_get("target_kind")?;
    let reason: String = row.try_get("reason")?;
    Ok(Report {
        id: row.try_get("id")?,
        target: Target {
            kind: TargetKind::from_slug(&kind).ok_or_else(|| {
                StoreError::Corrupt(format!("signalement : type de cible « {kind} »"))
            })?,
            id: row.try_get("target_id")?,
        },
        target_label: row.try_get("target_label")?,
        reporter_id: row.try_get("reporter_id")?,
        reporter_email: row.try_get("reporter_email")?,
        reason: ReportReason::from_slug(&reason)
            .ok_or_else(|| StoreError::Corrupt(format!("signalement : motif « {reason} »")))?,
        comment: row.try_get("comment")?,
        created_at: row.try_get("created_at")?,
        resolved_at: row.try_get("resolved_at")?,
    })
}

impl Database {
    /// The log, newest first; only the entries about one target when given.
    pub async fn moderation_log(
        &self,
        target: Option<Target>,
        limit: i64,
        offset: i64,
    ) -> Result<Vec<LogEntry>, StoreError> {
        let (filter, kind, id) = match target {
            Some(target) => (
                "WHERE l.target_kind = $3 AND l.target_id = $4",
                target.kind.slug(),
                target.id,
            ),
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

    /// The notes about a target, oldest first.
    pub async fn moderation_notes(&self, target: Target) -> Result<Vec<Note>, StoreError> {
        let rows = sqlx::query(
            "SELECT a.email, n.body, n.created_at FROM moderation_notes n
             LEFT JOIN accounts a ON a.id = n.author_id
             WHERE n.target_kind = $1 AND n.target_id = $2 ORDER BY n.created_at, n.id",
        )
        .bind(target.kind.slug())
        .bind(target.id)
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

    /// Reports nobody resolved yet, oldest first; about one target when
    /// given.
    pub async fn open_reports(&self, about: Option<Target>) -> Result<Vec<Report>, StoreError> {
        let (filter, kind, id) = match about {
            Some(target) => (
                "AND r.target_kind = $1 AND r.target_id = $2",
                target.kind.slug(),
                target.id,
            ),
            None => ("AND $1 = $1 AND $2 = $2", "", 0),
        };
        let rows = sqlx::query(&format!(
            "SELECT {REPORT_COLUMNS} FROM moderation_reports r
             LEFT JOIN accounts a ON a.id = r.reporter_id
             WHERE r.resolved_at IS NULL {filter}
             ORDER BY r.created_at, r.id"
        ))
        .bind(kind)
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(report_from_row).collect()
    }

    pub async fn report(&self, id: i64) -> Result<Option<Report>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {REPORT_COLUMNS} FROM moderation_reports r
             LEFT JOIN accounts a ON a.id = r.reporter_id WHERE r.id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(report_from_row).transpose()
    }

    /// Whether this member already has an open report about this target.
    pub async fn has_open_report(
        &self,
        reporter_id: i64,
        target: Target,
    ) -> Result<bool, StoreError> {
        Ok(sqlx::query(
            "SELECT 1 FROM moderation_reports
             WHERE reporter_id = $1 AND target_kind = $2 AND target_id = $3 AND resolved_at IS NULL",
        )
        .bind(reporter_id)
        .bind(target.kind.slug())
        .bind(target.id)
        .fetch_optional(self.pool())
        .await?
        .is_some())
    }
}

impl Tx {
    /// The distinct members with an open report on a target, the reports
    /// this transaction filed included.
    pub async fn open_reporters(&mut self, target: Target) -> Result<Vec<i64>, StoreError> {
        let rows = sqlx::query(
            "SELECT DISTINCT reporter_id FROM moderation_reports
             WHERE target_kind = $1 AND target_id = $2 AND resolved_at IS NULL
               AND reporter_id IS NOT NULL",
        )
        .bind(target.kind.slug())
        .bind(target.id)
        .fetch_all(self.conn())
        .await?;
        rows.iter()
            .map(|r| r.try_get(0).map_err(StoreError::from))
            .collect()
    }

    pub async fn log_moderation(
        &mut self,
        entry: &NewLogEntry<'_>,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO moderation_log (kind, actor_id, target_kind, target_id, target_label, reason, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(entry.kind.slug())
        .bind(entry.actor_id)
        .bind(entry.target.kind.slug())
        .bind(entry.target.id)
        .bind(entry.target_label)
        .bind(entry.reason)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    pub async fn add_moderation_note(
        &mut self,
        target: Target,
        author_id: i64,
        body: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO moderation_notes (target_kind, target_id, author_id, body, created_at)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(target.kind.slug())
        .bind(target.id)
        .bind(author_id)
        .bind(body)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    pub async fn file_report(
        &mut self,
        report: &NewReport<'_>,
        now: i64,
    ) -> Result<i64, StoreError> {
        Ok(sqlx::query(
            "INSERT INTO moderation_reports
                 (target_kind, target_id, target_label, reporter_id, reason, comment, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(report.target.kind.slug())
        .bind(report.target.id)
        .bind(report.target_label)
        .bind(report.reporter_id)
        .bind(report.reason.slug())
        .bind(report.comment)
        .bind(now)
        .fetch_one(self.conn())
        .await?
        .try_get(0)?)
    }

    /// Closes an open report; `false` when it was already closed (by
    /// another moderator meanwhile).
    pub async fn resolve_report(
        &mut self,
        id: i64,
        moderator_id: i64,
        resolution: Resolution,
        note: &str,
        now: i64,
    ) -> Result<bool, StoreError> {
        Ok(sqlx::query(
            "UPDATE moderation_reports
             SET resolved_at = $2, resolved_by = $3, resolution = $4, resolution_note = $5
             WHERE id = $1 AND resolved_at IS NULL",
        )
        .bind(id)
        .bind(now)
        .bind(moderator_id)
        .bind(resolution.slug())
        .bind(note)
        .execute(self.conn())
        .await?
        .rows_affected()
            == 1)
    }
}
