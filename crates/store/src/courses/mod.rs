//! Courses as imported: their files kept as they came, their modules and
//! units as pages show them, and whether moderators published them.
//! `progress.rs` holds what members did.

mod progress;

pub use progress::{AttestationRow, CourseProgress, QuizScore, SuggestedUnit};

use sqlx::Row;
use sqlx::any::AnyRow;

use crate::{Database, StoreError, Tx};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CourseRow {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub intro_html: String,
    pub published_at: Option<i64>,
    pub imported_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleRow {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub intro_html: String,
}

/// A lesson or a quiz without its text, for outlines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitRow {
    pub id: i64,
    pub module_id: i64,
    pub slug: String,
    /// `lecon` or `quiz`.
    pub kind: String,
    pub title: String,
    pub minutes: Option<i64>,
}

/// What a unit's page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitContent {
    pub body_html: String,
    /// A quiz's questions as JSON; empty for a lesson.
    pub questions: String,
}

/// A unit as an import writes it.
pub struct NewUnit<'a> {
    pub module_id: i64,
    pub slug: &'a str,
    pub position: i64,
    pub kind: &'a str,
    pub title: &'a str,
    pub body_html: &'a str,
    pub minutes: Option<i64>,
    pub step: &'a str,
    pub statuses: &'a str,
    pub questions: &'a str,
}

const COURSE_COLUMNS: &str = "id, slug, title, summary, intro_html, published_at, imported_at";

fn course_from_row(row: &AnyRow) -> Result<CourseRow, StoreError> {
    Ok(CourseRow {
        id: row.try_get(0)?,
        slug: row.try_get(1)?,
        title: row.try_get(2)?,
        summary: row.try_get(3)?,
        intro_html: row.try_get(4)?,
        published_at: row.try_get(5)?,
        imported_at: row.try_get(6)?,
    })
}

impl Database {
    pub async fn course(&self, id: i64) -> Result<Option<CourseRow>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {COURSE_COLUMNS} FROM courses WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(course_from_row).transpose()
    }

    pub async fn course_by_slug(&self, slug: &str) -> Result<Option<CourseRow>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {COURSE_COLUMNS} FROM courses WHERE slug = $1"
        ))
        .bind(slug)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(course_from_row).transpose()
    }

    /// Every course, or the published ones only, by title.
    pub async fn courses(&self, published_only: bool) -> Result<Vec<CourseRow>, StoreError> {
        let only = if published_only {
            "WHERE published_at IS NOT NULL"
        } else {
            ""
        };
        let rows = sqlx::query(&format!(
            "SELECT {COURSE_COLUMNS} FROM courses {only} ORDER BY title, id"
        ))
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(course_from_row).collect()
    }

    pub async fn course_modules(&self, course_id: i64) -> Result<Vec<ModuleRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, slug, title, intro_html FROM course_modules
             WHERE course_id = $1 ORDER BY position",
        )
        .bind(course_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(ModuleRow {
                    id: row.try_get(0)?,
                    slug: row.try_get(1)?,
                    title: row.try_get(2)?,
                    intro_html: row.try_get(3)?,
                })
            })
            .collect()
    }

    /// The course's units in reading order: module by module.
    pub async fn course_units(&self, course_id: i64) -> Result<Vec<UnitRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT u.id, u.module_id, u.slug, u.kind, u.title, u.minutes
             FROM course_units u JOIN course_modules m ON m.id = u.module_id
             WHERE u.course_id = $1 ORDER BY m.position, u.position",
        )
        .bind(course_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(UnitRow {
                    id: row.try_get(0)?,
                    module_id: row.try_get(1)?,
                    slug: row.try_get(2)?,
                    kind: row.try_get(3)?,
                    title: row.try_get(4)?,
                    minutes: row.try_get(5)?,
                })
            })
            .collect()
    }

    pub async fn course_unit_content(
        &self,
        unit_id: i64,
    ) -> Result<Option<UnitContent>, StoreError> {
        let row = sqlx::query("SELECT body_html, questions FROM course_units WHERE id = $1")
            .bind(unit_id)
            .fetch_optional(self.pool())
            .await?;
        row.map(|row| {
            Ok(UnitContent {
                body_html: row.try_get(0)?,
                questions: row.try_get(1)?,
            })
        })
        .transpose()
    }

    /// The files of a course's folder, by path.
    pub async fn course_files(&self, course_id: i64) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        let rows = sqlx::query(
            "SELECT path, content FROM course_files WHERE course_id = $1 ORDER BY path",
        )
        .bind(course_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| Ok((row.try_get(0)?, row.try_get(1)?)))
            .collect()
    }

    pub async fn course_file(
        &self,
        course_id: i64,
        path: &str,
    ) -> Result<Option<Vec<u8>>, StoreError> {
        let row =
            sqlx::query("SELECT content FROM course_files WHERE course_id = $1 AND path = $2")
                .bind(course_id)
                .bind(path)
                .fetch_optional(self.pool())
                .await?;
        Ok(row.map(|row| row.try_get(0)).transpose()?)
    }
}

impl Tx {
    /// Writes a course's own fields, creating it unpublished when new;
    /// returns its id.
    pub async fn upsert_course(
        &mut self,
        slug: &str,
        title: &str,
        summary: &str,
        intro_html: &str,
        now: i64,
    ) -> Result<i64, StoreError> {
        Ok(sqlx::query(
            "INSERT INTO courses (slug, title, summary, intro_html, imported_at)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (slug) DO UPDATE SET title = $2, summary = $3, intro_html = $4,
                 imported_at = $5
             RETURNING id",
        )
        .bind(slug)
        .bind(title)
        .bind(summary)
        .bind(intro_html)
        .bind(now)
        .fetch_one(self.conn())
        .await?
        .try_get(0)?)
    }

    /// Keeps exactly these files for the course.
    pub async fn replace_course_files(
        &mut self,
        course_id: i64,
        files: &[(&str, &[u8])],
    ) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM course_files WHERE course_id = $1")
            .bind(course_id)
            .execute(self.conn())
            .await?;
        for (path, content) in files {
            sqlx::query("INSERT INTO course_files (course_id, path, content) VALUES ($1, $2, $3)")
                .bind(course_id)
                .bind(*path)
                .bind(content.to_vec())
                .execute(self.conn())
                .await?;
        }
        Ok(())
    }

    pub async fn upsert_course_module(
        &mut self,
        course_id: i64,
        slug: &str,
        position: i64,
        title: &str,
        intro_html: &str,
    ) -> Result<i64, StoreError> {
        Ok(sqlx::query(
            "INSERT INTO course_modules (course_id, slug, position, title, intro_html)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (course_id, slug) DO UPDATE SET position = $3, title = $4,
                 intro_html = $5
             RETURNING id",
        )
        .bind(course_id)
        .bind(slug)
        .bind(position)
        .bind(title)
        .bind(intro_html)
        .fetch_one(self.conn())
        .await?
        .try_get(0)?)
    }

    /// Writes a unit; when a quiz's questions changed, the scores of the
    /// old ones go. Returns its id.
    pub async fn upsert_course_unit(
        &mut self,
        course_id: i64,
        unit: &NewUnit<'_>,
    ) -> Result<i64, StoreError> {
        let before: Option<(i64, String)> = sqlx::query(
            "SELECT id, questions FROM course_units WHERE course_id = $1 AND slug = $2",
        )
        .bind(course_id)
        .bind(unit.slug)
        .fetch_optional(self.conn())
        .await?
        .map(|row| Ok::<_, StoreError>((row.try_get(0)?, row.try_get(1)?)))
        .transpose()?;
        let id: i64 = sqlx::query(
            "INSERT INTO course_units (course_id, module_id, slug, position, kind, title,
                 body_html, minutes, step, statuses, questions)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
             ON CONFLICT (course_id, slug) DO UPDATE SET module_id = $2, position = $4,
                 kind = $5, title = $6, body_html = $7, minutes = $8, step = $9,
                 statuses = $10, questions = $11
             RETURNING id",
        )
        .bind(course_id)
        .bind(unit.module_id)
        .bind(unit.slug)
        .bind(unit.position)
        .bind(unit.kind)
        .bind(unit.title)
        .bind(unit.body_html)
        .bind(unit.minutes)
        .bind(unit.step)
        .bind(unit.statuses)
        .bind(unit.questions)
        .fetch_one(self.conn())
        .await?
        .try_get(0)?;
        if let Some((_, questions)) = before
            && questions != unit.questions
        {
            sqlx::query("DELETE FROM course_quiz_scores WHERE unit_id = $1")
                .bind(id)
                .execute(self.conn())
                .await?;
        }
        Ok(id)
    }

    /// Removes the modules and units a new import no longer has, with what
    /// members did in them.
    pub async fn prune_course(
        &mut self,
        course_id: i64,
        module_ids: &[i64],
        unit_ids: &[i64],
    ) -> Result<(), StoreError> {
        for (table, ids) in [("course_units", unit_ids), ("course_modules", module_ids)] {
            let kept: Vec<String> = ids.iter().map(i64::to_string).collect();
            let kept = if kept.is_empty() {
                "-1".to_string()
            } else {
                kept.join(", ")
            };
            // The ids are numbers this import just read back: nothing typed.
            sqlx::query(&format!(
                "DELETE FROM {table} WHERE course_id = $1 AND id NOT IN ({kept})"
            ))
            .bind(course_id)
            .execute(self.conn())
            .await?;
        }
        Ok(())
    }

    /// Publishes (`Some(now)`) or withdraws (`None`) a course, from the
    /// state the moderator saw; `false` when another moderator acted first.
    pub async fn set_course_published(
        &mut self,
        course_id: i64,
        was_published: bool,
        published_at: Option<i64>,
    ) -> Result<bool, StoreError> {
        Ok(sqlx::query(
            "UPDATE courses SET published_at = $3
             WHERE id = $1 AND (CASE WHEN published_at IS NULL THEN 0 ELSE 1 END) = $2",
        )
        .bind(course_id)
        .bind(i64::from(was_published))
        .bind(published_at)
        .execute(self.conn())
        .await?
        .rows_affected()
            == 1)
    }
}
