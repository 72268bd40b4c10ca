//! Each Markdown page of a course's folder read: `course.md`, a module's
//! `module.md`, a lesson or a quiz, with the images it shows.

use std::collections::BTreeSet;

use pulldown_cmark::{Event, Parser, Tag};

use super::front_matter::{Fields, FrontMatter, line_at};
use super::{RESERVED_SLUGS, SourceFile, SourceProblem, resolve_image};
use crate::courses::{Course, Module, Unit};
use crate::problems::FieldProblem;
use crate::taxonomy::{ItemStatus, TransitionStep};

/// A folder's or file's name without its order prefix: `01-comprendre` →
/// `comprendre`.
fn slug_of(name: &str) -> &str {
    let name = name.strip_suffix(".md").unwrap_or(name);
    match name.split_once('-') {
        Some((prefix, rest)) if prefix.chars().all(|c| c.is_ascii_digit()) && !rest.is_empty() => {
            rest
        }
        _ => name,
    }
}

fn is_slug(slug: &str) -> bool {
    (2..=60).contains(&slug.len())
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !RESERVED_SLUGS.contains(&slug)
}

/// The slug a folder's or a file's name gives, or its problem.
fn slug_named<'n>(
    file: &SourceFile,
    field: &str,
    name: &'n str,
    problems: &mut Vec<SourceProblem>,
) -> Option<&'n str> {
    let slug = slug_of(name);
    if is_slug(slug) {
        return Some(slug);
    }
    problems.push(SourceProblem::new(
        &file.path,
        None,
        FieldProblem::new(field, "courses-source-bad-name").with("slug", slug),
    ));
    None
}

pub(super) fn read_course_file(
    file: &SourceFile,
    images: &BTreeSet<&str>,
    problems: &mut Vec<SourceProblem>,
) -> Option<Course> {
    let matter = FrontMatter::split(file, problems)?;
    check_images(file, &matter, images, problems);
    let table = matter.table(problems)?;
    let mut fields = Fields::new(&matter, &table, problems);
    let slug = fields.text("slug", true);
    let title = fields.text("titre", true);
    let summary = fields.text("resume", true);
    fields.refuse_others(&["slug", "titre", "resume"]);
    let slug = slug?;
    if !is_slug(&slug) {
        let line = fields.line_of("slug");
        problems.push(SourceProblem::new(
            &file.path,
            line,
            FieldProblem::new("slug", "courses-source-bad-slug").with("slug", slug),
        ));
        return None;
    }
    Some(Course {
        slug,
        title: title?,
        summary: summary?,
        intro: matter.body.to_string(),
        modules: Vec::new(),
    })
}

pub(super) fn read_module_file(
    folder: &str,
    file: &SourceFile,
    images: &BTreeSet<&str>,
    problems: &mut Vec<SourceProblem>,
) -> Option<(i64, Module)> {
    let slug = slug_named(file, "dossier", folder, problems)?;
    let matter = FrontMatter::split(file, problems)?;
    check_images(file, &matter, images, problems);
    let table = matter.table(problems)?;
    let mut fields = Fields::new(&matter, &table, problems);
    let order = fields.order();
    let title = fields.text("titre", true);
    fields.refuse_others(&["ordre", "titre"]);
    Some((
        order?,
        Module {
            slug: slug.to_string(),
            path: file.path.clone(),
            title: title?,
            intro: matter.body.to_string(),
            units: Vec::new(),
        },
    ))
}

pub(super) fn read_unit_file(
    file: &SourceFile,
    images: &BTreeSet<&str>,
    problems: &mut Vec<SourceProblem>,
) -> Option<(i64, Unit)> {
    let name = file.path.rsplit('/').next().unwrap_or(&file.path);
    let slug = slug_named(file, "fichier", name, problems)?;
    let matter = FrontMatter::split(file, problems)?;
    let table = matter.table(problems)?;
    let mut fields = Fields::new(&matter, &table, problems);
    let order = fields.order();
    let title = fields.text("titre", true);
    let kind = fields.text("type", false);
    let step = fields.text("etape", false);
    let statuses = fields.texts("statuts");
    let minutes = fields.integer("duree", false);
    let is_quiz = match kind.as_deref() {
        None | Some("lecon") => false,
        Some("quiz") => true,
        Some(other) => {
            let line = fields.line_of("type");
            fields.problem(
                line,
                FieldProblem::new("type", "courses-source-bad-kind").with("kind", other),
            );
            false
        }
    };
    let step = step.and_then(|step| match TransitionStep::from_slug(&step) {
        Some(step) => Some(step),
        None => {
            let line = fields.line_of("etape");
            fields.problem(
                line,
                FieldProblem::new("etape", "courses-source-bad-step")
                    .with("step", step)
                    .with("steps", TransitionStep::slugs()),
            );
            None
        }
    });
    let mut known_statuses = Vec::new();
    for status in statuses.unwrap_or_default() {
        match ItemStatus::from_slug(&status) {
            Some(known) => known_statuses.push(known),
            None => {
                let line = fields.line_of("statuts");
                fields.problem(
                    line,
                    FieldProblem::new("statuts", "courses-source-bad-status")
                        .with("status", status)
                        .with("statuses", ItemStatus::slugs()),
                );
            }
        }
    }
    let minutes = minutes.and_then(|m| match u32::try_from(m) {
        Ok(m) if (1..=600).contains(&m) => Some(m),
        _ => {
            let line = fields.line_of("duree");
            fields.problem(
                line,
                FieldProblem::new("duree", "courses-source-bad-minutes"),
            );
            None
        }
    });
    let questions = if is_quiz {
        fields.questions()
    } else {
        if fields.has("questions") {
            let line = fields.line_of("questions");
            fields.problem(
                line,
                FieldProblem::new("questions", "courses-source-questions-not-quiz"),
            );
        }
        None
    };
    fields.refuse_others(&[
        "ordre",
        "titre",
        "type",
        "etape",
        "statuts",
        "duree",
        "questions",
    ]);
    check_images(file, &matter, images, problems);
    if is_quiz && questions.is_none() {
        return None;
    }
    Some((
        order?,
        Unit {
            slug: slug.to_string(),
            path: file.path.clone(),
            title: title?,
            minutes,
            step,
            statuses: known_statuses,
            body: matter.body.to_string(),
            questions,
        },
    ))
}

/// Each image a lesson shows must be one of the course's files: a course
/// makes no visitor's browser ask another site.
fn check_images(
    file: &SourceFile,
    matter: &FrontMatter<'_>,
    images: &BTreeSet<&str>,
    problems: &mut Vec<SourceProblem>,
) {
    for (event, range) in Parser::new(matter.body).into_offset_iter() {
        if let Event::Start(Tag::Image { dest_url, .. }) = event {
            let found = resolve_image(&file.path, &dest_url)
                .filter(|path| images.contains(path.as_str()))
                .is_some();
            if !found {
                let line = matter.body_first_line + line_at(matter.body, range.start) - 1;
                problems.push(SourceProblem::new(
                    &file.path,
                    Some(line),
                    FieldProblem::new("image", "courses-source-image-missing")
                        .with("image", dest_url.to_string()),
                ));
            }
        }
    }
}
