//! The course: imported from a folder (`import.rs`) and written back
//! (`export.rs`), published by moderators (`publish.rs`), followed by
//! members (`progress.rs`: lessons done, quizzes, attestations), and
//! shown on providers' profiles when their managers choose
//! (`showcase.rs`). Reading needs no account.

pub mod export;
pub mod import;
pub mod progress;
pub mod publish;
pub mod showcase;
pub mod suggest;

use essaim_domain::courses::progress::{percent, resume_at};
use essaim_store::{Account, CourseProgress, CourseRow, ModuleRow, UnitRow};

use crate::{App, Error, Result};

/// A course the reader may see: published, or any for moderators.
pub async fn visible(app: &App, slug: &str, moderator: bool) -> Result<CourseRow> {
    app.db()
        .course_by_slug(slug)
        .await?
        .filter(|c| c.published_at.is_some() || moderator)
        .ok_or(Error::NotFound)
}

/// A course's modules and units, with what the reader finished.
pub struct Outline {
    pub modules: Vec<(ModuleRow, Vec<UnitRow>)>,
    pub progress: CourseProgress,
}

impl Outline {
    pub async fn read(app: &App, course: &CourseRow, reader: Option<&Account>) -> Result<Outline> {
        let modules = app.db().course_modules(course.id).await?;
        let mut units = app.db().course_units(course.id).await?;
        let progress = match reader {
            Some(account) => app.db().course_progress(account.id, course.id).await?,
            None => CourseProgress::default(),
        };
        let modules = modules
            .into_iter()
            .map(|module| {
                let (mine, rest) = units.drain(..).partition(|u| u.module_id == module.id);
                units = rest;
                (module, mine)
            })
            .collect();
        Ok(Outline { modules, progress })
    }

    /// Every unit, in reading order.
    pub fn units(&self) -> impl Iterator<Item = &UnitRow> {
        self.modules.iter().flat_map(|(_, units)| units)
    }

    /// How many lessons and how many quizzes.
    pub fn counts(&self) -> (usize, usize) {
        let quizzes = self.units().filter(|u| u.kind == "quiz").count();
        (self.units().count() - quizzes, quizzes)
    }

    pub fn finished(&self, unit: &UnitRow) -> bool {
        self.progress.finished(unit.id)
    }

    /// The share of the course finished, in percent.
    pub fn percent(&self) -> u8 {
        let total = self.units().count();
        percent(self.units().filter(|u| self.finished(u)).count(), total)
    }

    pub fn module_percent(&self, units: &[UnitRow]) -> u8 {
        percent(
            units.iter().filter(|u| self.finished(u)).count(),
            units.len(),
        )
    }

    pub fn complete(&self) -> bool {
        self.units().next().is_some() && self.units().all(|u| self.finished(u))
    }

    /// Where "reprendre" leads; `None` when all is finished.
    pub fn resume_at(&self) -> Option<&UnitRow> {
        let states: Vec<(i64, bool)> = self.units().map(|u| (u.id, self.finished(u))).collect();
        let id = resume_at(&states, self.progress.last_opened)?;
        self.units().find(|u| u.id == id)
    }

    /// The unit by its slug, with the ones before and after it.
    pub fn around(&self, slug: &str) -> Option<(Option<&UnitRow>, &UnitRow, Option<&UnitRow>)> {
        let units: Vec<&UnitRow> = self.units().collect();
        let at = units.iter().position(|u| u.slug == slug)?;
        Some((
            at.checked_sub(1).map(|i| units[i]),
            units[at],
            units.get(at + 1).copied(),
        ))
    }
}
