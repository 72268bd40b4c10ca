//! A course's folder loaded into the database, or updated: the files are
//! kept as they came, the pages rendered once. Units keep their identity
//! by slug, so that members keep what they finished; a quiz whose
//! questions changed loses its scores. A folder with any problem changes
//! nothing.

use essaim_domain::courses::source::{SourceFile, SourceProblem, read_course, resolve_image};
use essaim_domain::markup::{SafeHtml, lesson_markdown_to_html};
use essaim_store::NewUnit;

use crate::{App, Error, now};

#[derive(Debug)]
pub enum ImportError {
    /// The folder's problems, each with its file and line.
    Refused(Vec<SourceProblem>),
    Failed(Error),
}

impl<E: Into<Error>> From<E> for ImportError {
    fn from(error: E) -> ImportError {
        ImportError::Failed(error.into())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub slug: String,
    pub created: bool,
    pub lessons: usize,
    pub quizzes: usize,
}

/// Imports a course; a new one is published at once when `publish`.
pub async fn import(
    app: &App,
    files: &[SourceFile],
    publish: bool,
) -> Result<Imported, ImportError> {
    let course = read_course(files).map_err(ImportError::Refused)?;
    let render = |path: &str, markdown: &str| rendered(&course.slug, path, markdown);
    let created = app.db().course_by_slug(&course.slug).await?.is_none();
    let mut tx = app.begin().await?;
    let now = now();
    let id = tx
        .upsert_course(
            &course.slug,
            &course.title,
            &course.summary,
            render("course.md", &course.intro).as_str(),
            now,
        )
        .await?;
    let kept: Vec<(&str, &[u8])> = files
        .iter()
        .map(|f| (f.path.as_str(), f.bytes.as_slice()))
        .collect();
    tx.replace_course_files(id, &kept).await?;
    let (mut module_ids, mut unit_ids) = (Vec::new(), Vec::new());
    let (mut lessons, mut quizzes) = (0, 0);
    for (position, module) in (1i64..).zip(&course.modules) {
        let module_id = tx
            .upsert_course_module(
                id,
                &module.slug,
                position,
                &module.title,
                render(&module.path, &module.intro).as_str(),
            )
            .await?;
        module_ids.push(module_id);
        for (position, unit) in (1i64..).zip(&module.units) {
            let questions = match &unit.questions {
                Some(questions) => {
                    quizzes += 1;
                    serde_json::to_string(questions).map_err(Error::internal)?
                }
                None => {
                    lessons += 1;
                    String::new()
                }
            };
            let statuses: Vec<&str> = unit.statuses.iter().map(|s| s.slug()).collect();
            let body = render(&unit.path, &unit.body);
            let unit_id = tx
                .upsert_course_unit(
                    id,
                    &NewUnit {
                        module_id,
                        slug: &unit.slug,
                        position,
                        kind: unit.kind().slug(),
                        title: &unit.title,
                        body_html: body.as_str(),
                        minutes: unit.minutes.map(i64::from),
                        step: unit.step.map_or("", |s| s.slug()),
                        statuses: &statuses.join(" "),
                        questions: &questions,
                    },
                )
                .await?;
            unit_ids.push(unit_id);
        }
    }
    tx.prune_course(id, &module_ids, &unit_ids).await?;
    if publish && created {
        tx.set_course_published(id, false, Some(now)).await?;
    }
    app.commit(tx).await?;
    Ok(Imported {
        slug: course.slug,
        created,
        lessons,
        quizzes,
    })
}

/// A page's Markdown as HTML, its images served from the course's files.
fn rendered(course: &str, from_file: &str, markdown: &str) -> SafeHtml {
    lesson_markdown_to_html(markdown, &|target| {
        let path = resolve_image(from_file, target)?;
        Some(format!("/parcours/{course}/fichiers/{}", url_path(&path)))
    })
}

/// A file's path as it goes in an address: each byte outside the few
/// that need no escaping written `%XX`.
pub fn url_path(path: &str) -> String {
    let mut encoded = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._/".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}
