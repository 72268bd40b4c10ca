//! A course written back as the folder it came from, byte for byte.

use crate::{App, Error, Result};

/// The course's files, by path (`01-module/02-lecon.md`).
pub async fn files(app: &App, slug: &str) -> Result<Vec<(String, Vec<u8>)>> {
    let course = app
        .db()
        .course_by_slug(slug)
        .await?
        .ok_or(Error::NotFound)?;
    Ok(app.db().course_files(course.id).await?)
}
