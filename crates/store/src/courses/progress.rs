//! What members did in the courses: lessons marked done, quizzes' best
//! scores, the unit opened last, attestations; and the profiles that show
//! their managers' attestations.

use std::collections::{HashMap, HashSet};

use sqlx::Row;
use sqlx::any::AnyRow;

use crate::{Database, StoreError, Tx};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuizScore {
    pub best: i64,
    pub total: i64,
    pub attempts: i64,
}

/// One member's progress in one course.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CourseProgress {
    pub lessons_done: HashSet<i64>,
    pub scores: HashMap<i64, QuizScore>,
    pub last_opened: Option<i64>,
}

impl CourseProgress {
    /// A lesson marked done, or a quiz answered all right once.
    pub fn finished(&self, unit_id: i64) -> bool {
        self.lessons_done.contains(&unit_id)
            || self
                .scores
                .get(&unit_id)
                .is_some_and(|s| s.total > 0 && s.best == s.total)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttestationRow {
    pub code: String,
    pub account_id: i64,
    pub name: String,
    pub issued_at: i64,
    pub course_slug: String,
    pub course_title: String,
}

/// A published unit that says which step or statuses it helps with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuggestedUnit {
    pub course_slug: String,
    pub course_title: String,
    pub slug: String,
    pub title: String,
    pub step: String,
    pub statuses: String,
}

const ATTESTATION_COLUMNS: &str =
    "a.code, a.account_id, a.name, a.issued_at, c.slug, c.title FROM course_attestations a
     JOIN courses c ON c.id = a.course_id";

fn attestation_from_row(row: &AnyRow) -> Result<AttestationRow, StoreError> {
    Ok(AttestationRow {
        code: row.try_get(0)?,
        account_id: row.try_get(1)?,
        name: row.try_get(2)?,
        issued_at: row.try_get(3)?,
        course_slug: row.try_get(4)?,
        course_title: row.try_get(5)?,
    })
}

impl Database {
    pub async fn course_progress(
        &self,
        account_id: i64,
        course_id: i64,
    ) -> Result<CourseProgress, StoreError> {
        let mut progress = CourseProgress::default();
        let done = sqlx::query(
            "SELECT d.unit_id FROM course_lessons_done d JOIN course_units u ON u.id = d.unit_id
             WHERE d.account_id = $1 AND u.course_id = $2",
        )
        .bind(account_id)
        .bind(course_id)
        .fetch_all(self.pool())
        .await?;
        for row in done {
            progress.lessons_done.insert(row.try_get(0)?);
        }
        let scores = sqlx::query(
            "SELECT s.unit_id, s.best, s.total, s.attempts FROM course_quiz_scores s
             JOIN course_units u ON u.id = s.unit_id
             WHERE s.account_id = $1 AND u.course_id = $2",
        )
        .bind(account_id)
        .bind(course_id)
        .fetch_all(self.pool())
        .await?;
        for row in scores {
            progress.scores.insert(
                row.try_get(0)?,
                QuizScore {
                    best: row.try_get(1)?,
                    total: row.try_get(2)?,
                    attempts: row.try_get(3)?,
                },
            );
        }
        progress.last_opened = sqlx::query(
            "SELECT unit_id FROM course_positions WHERE account_id = $1 AND course_id = $2",
        )
        .bind(account_id)
        .bind(course_id)
        .fetch_optional(self.pool())
        .await?
        .map(|row| row.try_get(0))
        .transpose()?;
        Ok(progress)
    }

    pub async fn course_attestation(
        &self,
        code: &str,
    ) -> Result<Option<AttestationRow>, StoreError> {
        let row = sqlx::query(&format!("SELECT {ATTESTATION_COLUMNS} WHERE a.code = $1"))
            .bind(code)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(attestation_from_row).transpose()
    }

    pub async fn course_attestation_of(
        &self,
        account_id: i64,
        course_id: i64,
    ) -> Result<Option<AttestationRow>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {ATTESTATION_COLUMNS} WHERE a.account_id = $1 AND a.course_id = $2"
        ))
        .bind(account_id)
        .bind(course_id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(attestation_from_row).transpose()
    }

    /// The attestations of a profile's managers, of published courses, when
    /// the profile chose to show them; each course once.
    pub async fn provider_course_attestations(
        &self,
        provider_id: i64,
    ) -> Result<Vec<AttestationRow>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {ATTESTATION_COLUMNS}
             JOIN provider_managers m ON m.account_id = a.account_id
             JOIN provider_course_display d ON d.provider_id = m.provider_id
             WHERE m.provider_id = $1 AND c.published_at IS NOT NULL
             ORDER BY c.title, a.issued_at"
        ))
        .bind(provider_id)
        .fetch_all(self.pool())
        .await?;
        let mut attestations: Vec<AttestationRow> = Vec::new();
        for row in &rows {
            let attestation = attestation_from_row(row)?;
            if !attestations
                .iter()
                .any(|a| a.course_slug == attestation.course_slug)
            {
                attestations.push(attestation);
            }
        }
        Ok(attestations)
    }

    /// The titles of the published courses a profile's managers hold an
    /// attestation of, whether or not the profile shows them.
    pub async fn provider_managers_courses(
        &self,
        provider_id: i64,
    ) -> Result<Vec<String>, StoreError> {
        let rows = sqlx::query(
            "SELECT DISTINCT c.title FROM course_attestations a
             JOIN courses c ON c.id = a.course_id
             JOIN provider_managers m ON m.account_id = a.account_id
             WHERE m.provider_id = $1 AND c.published_at IS NOT NULL ORDER BY c.title",
        )
        .bind(provider_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(|row| Ok(row.try_get(0)?)).collect()
    }

    pub async fn provider_shows_courses(&self, provider_id: i64) -> Result<bool, StoreError> {
        Ok(
            sqlx::query("SELECT 1 FROM provider_course_display WHERE provider_id = $1")
                .bind(provider_id)
                .fetch_optional(self.pool())
                .await?
                .is_some(),
        )
    }

    /// The published units that name a step or statuses, in course order.
    pub async fn suggestable_course_units(&self) -> Result<Vec<SuggestedUnit>, StoreError> {
        let rows = sqlx::query(
            "SELECT c.slug, c.title, u.slug, u.title, u.step, u.statuses
             FROM course_units u JOIN courses c ON c.id = u.course_id
             JOIN course_modules m ON m.id = u.module_id
             WHERE c.published_at IS NOT NULL AND (u.step <> '' OR u.statuses <> '')
             ORDER BY c.title, m.position, u.position",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(SuggestedUnit {
                    course_slug: row.try_get(0)?,
                    course_title: row.try_get(1)?,
                    slug: row.try_get(2)?,
                    title: row.try_get(3)?,
                    step: row.try_get(4)?,
                    statuses: row.try_get(5)?,
                })
            })
            .collect()
    }
}

impl Tx {
    pub async fn mark_lesson_done(
        &mut self,
        account_id: i64,
        unit_id: i64,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO course_lessons_done (account_id, unit_id, done_at) VALUES ($1, $2, $3)
             ON CONFLICT (account_id, unit_id) DO NOTHING",
        )
        .bind(account_id)
        .bind(unit_id)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Counts an attempt and keeps the best score.
    pub async fn record_quiz_score(
        &mut self,
        account_id: i64,
        unit_id: i64,
        score: i64,
        total: i64,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO course_quiz_scores (account_id, unit_id, best, total, attempts, last_at)
             VALUES ($1, $2, $3, $4, 1, $5)
             ON CONFLICT (account_id, unit_id) DO UPDATE SET
                 best = CASE WHEN course_quiz_scores.best > $3 THEN course_quiz_scores.best ELSE $3 END,
                 total = $4, attempts = course_quiz_scores.attempts + 1, last_at = $5",
        )
        .bind(account_id)
        .bind(unit_id)
        .bind(score)
        .bind(total)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    pub async fn set_course_position(
        &mut self,
        account_id: i64,
        course_id: i64,
        unit_id: i64,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO course_positions (account_id, course_id, unit_id, opened_at)
             VALUES ($1, $2, $3, $4)
             ON CONFLICT (account_id, course_id) DO UPDATE SET unit_id = $3, opened_at = $4",
        )
        .bind(account_id)
        .bind(course_id)
        .bind(unit_id)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Writes an attestation unless the member has one for this course
    /// already; `false` then.
    pub async fn insert_course_attestation(
        &mut self,
        code: &str,
        account_id: i64,
        course_id: i64,
        name: &str,
        now: i64,
    ) -> Result<bool, StoreError> {
        Ok(sqlx::query(
            "INSERT INTO course_attestations (code, account_id, course_id, name, issued_at)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (account_id, course_id) DO NOTHING",
        )
        .bind(code)
        .bind(account_id)
        .bind(course_id)
        .bind(name)
        .bind(now)
        .execute(self.conn())
        .await?
        .rows_affected()
            == 1)
    }

    pub async fn set_provider_course_display(
        &mut self,
        provider_id: i64,
        show: bool,
    ) -> Result<(), StoreError> {
        let statement = if show {
            "INSERT INTO provider_course_display (provider_id) VALUES ($1)
             ON CONFLICT (provider_id) DO NOTHING"
        } else {
            "DELETE FROM provider_course_display WHERE provider_id = $1"
        };
        sqlx::query(statement)
            .bind(provider_id)
            .execute(self.conn())
            .await?;
        Ok(())
    }
}
