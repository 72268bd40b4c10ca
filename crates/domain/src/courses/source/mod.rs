//! A course as its authors write it: a folder of Markdown files, each
//! opened by TOML front matter between two `+++` lines.
//!
//! ```text
//! course.md                 slug, titre, resume; the introduction
//! 01-comprendre/module.md   ordre, titre; the module's introduction
//! 01-comprendre/01-inventaire.md   ordre, titre, etape, statuts, duree
//! 01-comprendre/03-quiz.md  … type = "quiz", [[questions]] and their
//!                           [[questions.reponses]] (texte, correcte,
//!                           explication)
//! images/etapes.svg         images, linked from a lesson by their path
//! ```
//!
//! Every problem names its file and, when it has one, its line; a folder
//! with any problem gives no course at all.

mod front_matter;
mod pages;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use super::Course;
use crate::Locale;
use crate::i18n::translate_with;
use crate::problems::FieldProblem;
use pages::{read_course_file, read_module_file, read_unit_file};

/// One file of a course's folder; `path` uses `/` whatever the system.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// What is wrong in a course's folder, where.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceProblem {
    pub file: String,
    pub line: Option<usize>,
    pub problem: FieldProblem,
}

impl SourceProblem {
    fn new(file: &str, line: Option<usize>, problem: FieldProblem) -> SourceProblem {
        SourceProblem {
            file: file.to_string(),
            line,
            problem,
        }
    }

    pub fn message(&self, locale: Locale) -> String {
        let problem = self.problem.message(locale);
        match self.line {
            Some(line) => translate_with(
                locale,
                "courses-source-at-line",
                &[
                    ("file", self.file.as_str().into()),
                    ("line", line.into()),
                    ("problem", problem.into()),
                ],
            ),
            None => translate_with(
                locale,
                "courses-source-in-file",
                &[
                    ("file", self.file.as_str().into()),
                    ("problem", problem.into()),
                ],
            ),
        }
    }
}

/// In French, for the command line.
impl fmt::Display for SourceProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Locale::Fr))
    }
}

pub const IMAGE_EXTENSIONS: [&str; 5] = ["png", "jpg", "jpeg", "webp", "svg"];
/// The largest image a course carries.
pub const IMAGE_MAX: usize = 2 * 1024 * 1024;
/// The longest Markdown file.
pub const TEXT_MAX: usize = 200 * 1024;
/// A course's whole folder.
pub const COURSE_MAX: usize = 20 * 1024 * 1024;
/// Slugs the course's own pages take.
const RESERVED_SLUGS: [&str; 3] = ["attestation", "fichiers", "reprendre"];

/// The media type of a course's image, by its extension.
pub fn image_type(path: &str) -> Option<&'static str> {
    let extension = path.rsplit_once('.')?.1.to_ascii_lowercase();
    Some(match extension.as_str() {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "svg" => "image/svg+xml",
        _ => return None,
    })
}

/// Reads a course from all the files of its folder.
pub fn read_course(files: &[SourceFile]) -> Result<Course, Vec<SourceProblem>> {
    let mut problems = Vec::new();
    let total: usize = files.iter().map(|f| f.bytes.len()).sum();
    if total > COURSE_MAX {
        problems.push(SourceProblem::new(
            ".",
            None,
            FieldProblem::new("dossier", "courses-source-too-large")
                .with("max", COURSE_MAX / 1024 / 1024),
        ));
    }
    let images: BTreeSet<&str> = files
        .iter()
        .filter(|f| image_type(&f.path).is_some())
        .map(|f| f.path.as_str())
        .collect();
    let module_folders: BTreeSet<&str> = files
        .iter()
        .filter_map(|f| f.path.strip_suffix("/module.md"))
        .filter(|folder| !folder.contains('/'))
        .collect();

    let mut course_text = None;
    // Module folder → its module.md and its units' files.
    let mut modules: BTreeMap<&str, (Option<&SourceFile>, Vec<&SourceFile>)> = module_folders
        .iter()
        .map(|folder| (*folder, (None, Vec::new())))
        .collect();
    for file in files {
        let parts: Vec<&str> = file.path.split('/').collect();
        let size_max = if image_type(&file.path).is_some() {
            IMAGE_MAX
        } else {
            TEXT_MAX
        };
        if file.bytes.len() > size_max {
            problems.push(SourceProblem::new(
                &file.path,
                None,
                FieldProblem::new("fichier", "courses-source-file-too-large")
                    .with("max", size_max / 1024),
            ));
            continue;
        }
        if parts.iter().any(|p| p.is_empty() || *p == "..") || parts.len() > 2 {
            problems.push(SourceProblem::new(
                &file.path,
                None,
                FieldProblem::new("fichier", "courses-source-too-deep"),
            ));
            continue;
        }
        if image_type(&file.path).is_some() {
            continue;
        }
        if !file.path.ends_with(".md") {
            problems.push(SourceProblem::new(
                &file.path,
                None,
                FieldProblem::new("fichier", "courses-source-unknown-file")
                    .with("kinds", IMAGE_EXTENSIONS.join(", ")),
            ));
            continue;
        }
        match parts.as_slice() {
            ["course.md"] => course_text = Some(file),
            [_] => problems.push(SourceProblem::new(
                &file.path,
                None,
                FieldProblem::new("fichier", "courses-source-stray-text"),
            )),
            [folder, name] => match modules.get_mut(folder) {
                Some(module) if *name == "module.md" => module.0 = Some(file),
                Some(module) => module.1.push(file),
                None => problems.push(SourceProblem::new(
                    &file.path,
                    None,
                    FieldProblem::new("fichier", "courses-source-no-module"),
                )),
            },
            _ => {}
        }
    }

    let Some(course_file) = course_text else {
        problems.push(SourceProblem::new(
            "course.md",
            None,
            FieldProblem::new("fichier", "courses-source-no-course"),
        ));
        return Err(problems);
    };
    let course = read_course_file(course_file, &images, &mut problems);
    if modules.is_empty() {
        problems.push(SourceProblem::new(
            ".",
            None,
            FieldProblem::new("dossier", "courses-source-no-modules"),
        ));
    }

    let mut ordered_modules = Vec::new();
    let mut unit_slugs: BTreeMap<String, String> = BTreeMap::new();
    for (folder, (module_file, unit_files)) in modules {
        let Some(module_file) = module_file else {
            continue;
        };
        let Some((order, mut module)) =
            read_module_file(folder, module_file, &images, &mut problems)
        else {
            continue;
        };
        let mut units = Vec::new();
        for file in unit_files {
            if let Some((unit_order, unit)) = read_unit_file(file, &images, &mut problems) {
                if let Some(other) = unit_slugs.insert(unit.slug.clone(), file.path.clone()) {
                    problems.push(SourceProblem::new(
                        &file.path,
                        None,
                        FieldProblem::new("fichier", "courses-source-same-slug")
                            .with("slug", unit.slug.clone())
                            .with("other", other),
                    ));
                }
                units.push((unit_order, file.path.as_str(), unit));
            }
        }
        if units.is_empty() {
            problems.push(SourceProblem::new(
                &module_file.path,
                None,
                FieldProblem::new("dossier", "courses-source-empty-module"),
            ));
        }
        for pair in sorted_by_order(&mut units) {
            problems.push(same_order(pair));
        }
        module.units = units.into_iter().map(|(_, _, unit)| unit).collect();
        ordered_modules.push((order, module_file.path.as_str(), module));
    }
    for pair in sorted_by_order(&mut ordered_modules) {
        problems.push(same_order(pair));
    }
    match course {
        Some(mut course) if problems.is_empty() => {
            course.modules = ordered_modules.into_iter().map(|(_, _, m)| m).collect();
            Ok(course)
        }
        _ => Err(problems),
    }
}

/// Sorts by order and returns the files of each two that share one.
fn sorted_by_order<'a, T>(items: &mut [(i64, &'a str, T)]) -> Vec<(&'a str, &'a str, i64)> {
    items.sort_by_key(|(order, path, _)| (*order, path.to_string()));
    items
        .windows(2)
        .filter(|pair| pair[0].0 == pair[1].0)
        .map(|pair| (pair[0].1, pair[1].1, pair[0].0))
        .collect()
}

fn same_order((first, second, order): (&str, &str, i64)) -> SourceProblem {
    SourceProblem::new(
        second,
        None,
        FieldProblem::new("ordre", "courses-source-same-order")
            .with("order", order)
            .with("other", first),
    )
}

/// Where an image a lesson shows lives in the folder: its path relative
/// to the lesson's file, resolved; `None` for an address elsewhere.
pub fn resolve_image(from_file: &str, target: &str) -> Option<String> {
    if target.contains(':') || target.starts_with('/') || target.starts_with("//") {
        return None;
    }
    let mut parts: Vec<&str> = from_file.split('/').collect();
    parts.pop();
    for part in target.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            part => parts.push(part),
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests;
