//! The jobs table: background work claimed by one node at a time.

use sqlx::Row;

use crate::{Database, StoreError, Tx};

/// A job claimed by this node until `locked_until`.
#[derive(Debug, Clone)]
pub struct ClaimedJob {
    pub id: i64,
    pub kind: String,
    pub payload: String,
    /// Including this one.
    pub attempts: i64,
}

const PENDING: &str = "pending";
const DONE: &str = "done";
const FAILED: &str = "failed";

impl Database {
    /// Takes the oldest due job. The conditions are repeated in the outer
    /// `WHERE` so that, on PostgreSQL, a node that loses the race re-reads
    /// the row and finds it locked rather than claiming it twice.
    pub async fn claim_job(
        &self,
        now: i64,
        lock_seconds: i64,
    ) -> Result<Option<ClaimedJob>, StoreError> {
        let row = sqlx::query(
            "UPDATE jobs SET locked_until = $2, attempts = attempts + 1
             WHERE id = (
                 SELECT id FROM jobs
                 WHERE state = $3 AND run_after <= $1 AND (locked_until IS NULL OR locked_until <= $1)
                 ORDER BY run_after, id LIMIT 1
             )
             AND state = $3 AND (locked_until IS NULL OR locked_until <= $1)
             RETURNING id, kind, payload, attempts",
        )
        .bind(now)
        .bind(now + lock_seconds)
        .bind(PENDING)
        .fetch_optional(self.pool())
        .await?;
        row.map(|row| {
            Ok(ClaimedJob {
                id: row.try_get(0)?,
                kind: row.try_get(1)?,
                payload: row.try_get(2)?,
                attempts: row.try_get(3)?,
            })
        })
        .transpose()
    }

    /// Marks the job done and forgets its payload (it may hold a link).
    pub async fn finish_job(&self, id: i64, now: i64) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE jobs SET state = $2, payload = '{}', locked_until = NULL, last_error = NULL, finished_at = $3
             WHERE id = $1",
        )
        .bind(id)
        .bind(DONE)
        .bind(now)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Puts the job back for a later attempt.
    pub async fn retry_job(&self, id: i64, error: &str, run_after: i64) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE jobs SET locked_until = NULL, last_error = $2, run_after = $3 WHERE id = $1",
        )
        .bind(id)
        .bind(error)
        .bind(run_after)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Gives up on the job after its last attempt.
    pub async fn fail_job(&self, id: i64, error: &str, now: i64) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE jobs SET state = $2, payload = '{}', locked_until = NULL, last_error = $3, finished_at = $4
             WHERE id = $1",
        )
        .bind(id)
        .bind(FAILED)
        .bind(error)
        .bind(now)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Jobs not yet done nor abandoned.
    pub async fn pending_job_count(&self) -> Result<i64, StoreError> {
        Ok(sqlx::query("SELECT COUNT(*) FROM jobs WHERE state = $1")
            .bind(PENDING)
            .fetch_one(self.pool())
            .await?
            .get(0))
    }

    /// Pending jobs that could run now (not waiting for a retry).
    pub async fn due_job_count(&self, now: i64) -> Result<i64, StoreError> {
        Ok(
            sqlx::query("SELECT COUNT(*) FROM jobs WHERE state = $1 AND run_after <= $2")
                .bind(PENDING)
                .bind(now)
                .fetch_one(self.pool())
                .await?
                .get(0),
        )
    }

    /// Every job not done: pending (waiting, due or retrying) or abandoned,
    /// as `(id, kind, state, attempts, last_error)`, for tests and
    /// diagnostics.
    pub async fn unfinished_jobs(
        &self,
    ) -> Result<Vec<(i64, String, String, i64, Option<String>)>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, kind, state, attempts, last_error FROM jobs WHERE state <> $1 ORDER BY id",
        )
        .bind(DONE)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    r.try_get(0)?,
                    r.try_get(1)?,
                    r.try_get(2)?,
                    r.try_get(3)?,
                    r.try_get(4)?,
                ))
            })
            .collect()
    }

    /// Housekeeping: finished jobs are kept a while for diagnostics.
    pub async fn delete_finished_jobs(&self, before: i64) -> Result<u64, StoreError> {
        Ok(
            sqlx::query("DELETE FROM jobs WHERE state <> $1 AND finished_at < $2")
                .bind(PENDING)
                .bind(before)
                .execute(self.pool())
                .await?
                .rows_affected(),
        )
    }
}

impl Tx {
    /// Queues a job, run by a worker once the transaction is committed.
    pub async fn enqueue_job(
        &mut self,
        kind: &str,
        payload: &str,
        now: i64,
    ) -> Result<i64, StoreError> {
        self.enqueue_job_after(kind, payload, now, now).await
    }

    /// Queues a job that no worker runs before `run_after`.
    pub async fn enqueue_job_after(
        &mut self,
        kind: &str,
        payload: &str,
        run_after: i64,
        now: i64,
    ) -> Result<i64, StoreError> {
        let id = sqlx::query(
            "INSERT INTO jobs (kind, payload, state, attempts, run_after, created_at)
             VALUES ($1, $2, $3, 0, $4, $5) RETURNING id",
        )
        .bind(kind)
        .bind(payload)
        .bind(PENDING)
        .bind(run_after)
        .bind(now)
        .fetch_one(self.conn())
        .await?
        .try_get(0)?;
        self.job_queued();
        Ok(id)
    }
}
