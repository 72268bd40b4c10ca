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

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use pulldown_cmark::{Event, Parser, Tag};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{Answer, Course, Module, Question, Unit};
use crate::Locale;
use crate::i18n::translate_with;
use crate::problems::FieldProblem;
use crate::taxonomy::{ItemStatus, TransitionStep};

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

fn read_course_file(
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

fn read_module_file(
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

fn read_unit_file(
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

/// The line (from 1) of a byte offset.
fn line_at(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// A Markdown file cut at its front matter.
struct FrontMatter<'a> {
    file: &'a str,
    toml: &'a str,
    /// The line of the file where the TOML starts.
    toml_first_line: usize,
    body: &'a str,
    body_first_line: usize,
}

impl<'a> FrontMatter<'a> {
    fn split(file: &'a SourceFile, problems: &mut Vec<SourceProblem>) -> Option<FrontMatter<'a>> {
        let Ok(text) = std::str::from_utf8(&file.bytes) else {
            problems.push(SourceProblem::new(
                &file.path,
                None,
                FieldProblem::new("fichier", "courses-source-not-utf8"),
            ));
            return None;
        };
        let missing = || {
            SourceProblem::new(
                &file.path,
                Some(1),
                FieldProblem::new("fichier", "courses-source-no-front-matter"),
            )
        };
        let Some(rest) = text
            .strip_prefix("+++\n")
            .or_else(|| text.strip_prefix("+++\r\n"))
        else {
            problems.push(missing());
            return None;
        };
        let mut offset = 0;
        for line in rest.split_inclusive('\n') {
            if line.trim_end() == "+++" {
                let toml = &rest[..offset];
                let body = &rest[offset + line.len()..];
                let toml_lines = toml.matches('\n').count();
                return Some(FrontMatter {
                    file: &file.path,
                    toml,
                    toml_first_line: 2,
                    body,
                    body_first_line: 3 + toml_lines,
                });
            }
            offset += line.len();
        }
        problems.push(SourceProblem::new(
            &file.path,
            Some(1),
            FieldProblem::new("fichier", "courses-source-unclosed-front-matter"),
        ));
        None
    }

    fn table(&self, problems: &mut Vec<SourceProblem>) -> Option<DeTable<'a>> {
        match DeTable::parse(self.toml) {
            Ok(table) => Some(table.into_inner()),
            Err(error) => {
                let line = error.span().map(|span| self.line_of(span.start));
                problems.push(SourceProblem::new(
                    self.file,
                    line,
                    FieldProblem::new("fichier", "courses-source-bad-toml"),
                ));
                None
            }
        }
    }

    fn line_of(&self, offset: usize) -> usize {
        self.toml_first_line + line_at(self.toml, offset) - 1
    }
}

/// Reads the fields of one front matter, writing down each problem with
/// its line.
struct Fields<'m, 't> {
    matter: &'m FrontMatter<'m>,
    table: &'t DeTable<'t>,
    problems: &'m mut Vec<SourceProblem>,
}

impl<'m, 't> Fields<'m, 't> {
    fn new(
        matter: &'m FrontMatter<'m>,
        table: &'t DeTable<'t>,
        problems: &'m mut Vec<SourceProblem>,
    ) -> Self {
        Fields {
            matter,
            table,
            problems,
        }
    }

    fn get(&self, key: &str) -> Option<&'t Spanned<DeValue<'t>>> {
        self.table.get(key)
    }

    fn has(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    fn line_of(&self, key: &str) -> Option<usize> {
        self.get(key)
            .map(|value| self.matter.line_of(value.span().start))
    }

    fn problem(&mut self, line: Option<usize>, problem: FieldProblem) {
        self.problems
            .push(SourceProblem::new(self.matter.file, line, problem));
    }

    fn wrong_type(&mut self, key: &str, expected: &'static str) {
        let line = self.line_of(key);
        self.problem(
            line,
            FieldProblem::new(key, "courses-source-wrong-type")
                .with("key", key)
                .with("expected", expected),
        );
    }

    fn text(&mut self, key: &str, required: bool) -> Option<String> {
        match self.get(key).map(|v| v.get_ref()) {
            None if required => {
                self.problem(
                    None,
                    FieldProblem::new(key, "courses-source-missing").with("key", key),
                );
                None
            }
            None => None,
            Some(DeValue::String(text)) if !text.trim().is_empty() => Some(text.trim().to_string()),
            Some(_) => {
                self.wrong_type(key, "texte");
                None
            }
        }
    }

    fn texts(&mut self, key: &str) -> Option<Vec<String>> {
        let value = self.get(key)?;
        let texts = match value.get_ref() {
            DeValue::Array(items) => items
                .iter()
                .map(|item| item.get_ref().as_str().map(str::to_string))
                .collect::<Option<Vec<_>>>(),
            _ => None,
        };
        if texts.is_none() {
            self.wrong_type(key, "liste de textes");
        }
        texts
    }

    fn integer(&mut self, key: &str, required: bool) -> Option<i64> {
        match self.get(key).map(|v| v.get_ref()) {
            None if required => {
                self.problem(
                    None,
                    FieldProblem::new(key, "courses-source-missing").with("key", key),
                );
                None
            }
            None => None,
            Some(DeValue::Integer(number)) => {
                match i64::from_str_radix(number.as_str(), number.radix()) {
                    Ok(number) => Some(number),
                    Err(_) => {
                        self.wrong_type(key, "nombre");
                        None
                    }
                }
            }
            Some(_) => {
                self.wrong_type(key, "nombre");
                None
            }
        }
    }

    fn order(&mut self) -> Option<i64> {
        let order = self.integer("ordre", true)?;
        if order < 1 {
            let line = self.line_of("ordre");
            self.problem(line, FieldProblem::new("ordre", "courses-source-bad-order"));
            return None;
        }
        Some(order)
    }

    fn refuse_others(&mut self, known: &[&str]) {
        let unknown: Vec<(String, usize)> = self
            .table
            .iter()
            .filter(|(key, _)| !known.contains(&key.get_ref().as_ref()))
            .map(|(key, _)| {
                (
                    key.get_ref().to_string(),
                    self.matter.line_of(key.span().start),
                )
            })
            .collect();
        for (key, line) in unknown {
            self.problem(
                Some(line),
                FieldProblem::new(key.clone(), "courses-source-unknown-key")
                    .with("key", key)
                    .with("known", known.join(", ")),
            );
        }
    }

    /// A quiz's `[[questions]]`, each with its `[[questions.reponses]]`.
    fn questions(&mut self) -> Option<Vec<Question>> {
        let Some(value) = self.get("questions") else {
            self.problem(
                None,
                FieldProblem::new("questions", "courses-source-no-questions"),
            );
            return None;
        };
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type("questions", "[[questions]]");
            return None;
        };
        let mut questions = Vec::new();
        let mut valid = true;
        for (index, item) in items.iter().enumerate() {
            match self.question(index + 1, item) {
                Some(question) => questions.push(question),
                None => valid = false,
            }
        }
        if questions.is_empty() && valid {
            self.problem(
                self.line_of("questions"),
                FieldProblem::new("questions", "courses-source-no-questions"),
            );
            return None;
        }
        valid.then_some(questions)
    }

    fn question(&mut self, number: usize, item: &Spanned<DeValue<'_>>) -> Option<Question> {
        let line = Some(self.matter.line_of(item.span().start));
        let problem = |key: &'static str| {
            FieldProblem::new(format!("questions[{number}]"), key).with("question", number)
        };
        let Some(table) = item.get_ref().as_table() else {
            self.problem(line, problem("courses-source-bad-question"));
            return None;
        };
        let text = table
            .get("texte")
            .and_then(|t| t.get_ref().as_str())
            .map(str::trim)
            .filter(|t| !t.is_empty());
        let multiple = match table.get("plusieurs").map(|v| v.get_ref()) {
            None => Some(false),
            Some(DeValue::Boolean(b)) => Some(*b),
            Some(_) => None,
        };
        let answers = table.get("reponses").and_then(|v| v.get_ref().as_array());
        let unknown = table
            .iter()
            .find(|(k, _)| !["texte", "plusieurs", "reponses"].contains(&k.get_ref().as_ref()));
        if let Some((key, _)) = unknown {
            let line = Some(self.matter.line_of(key.span().start));
            self.problem(
                line,
                problem("courses-source-question-unknown-key").with("key", key.get_ref().as_ref()),
            );
            return None;
        }
        let (Some(text), Some(multiple), Some(answers)) = (text, multiple, answers) else {
            self.problem(line, problem("courses-source-bad-question"));
            return None;
        };
        let mut read = Vec::new();
        for (index, answer) in answers.iter().enumerate() {
            let line = Some(self.matter.line_of(answer.span().start));
            let table = answer.get_ref().as_table();
            let field = |key: &str| {
                table
                    .and_then(|t| t.get(key))
                    .and_then(|v| v.get_ref().as_str())
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .map(str::to_string)
            };
            let correct = table
                .and_then(|t| t.get("correcte"))
                .map(|v| v.get_ref().as_bool());
            match (field("texte"), field("explication"), correct) {
                (Some(text), Some(explanation), None | Some(Some(_))) => read.push(Answer {
                    text,
                    correct: correct.flatten().unwrap_or(false),
                    explanation,
                }),
                _ => {
                    self.problem(
                        line,
                        problem("courses-source-bad-answer").with("answer", index + 1),
                    );
                    return None;
                }
            }
        }
        let correct = read.iter().filter(|a| a.correct).count();
        let key = if read.len() < 2 {
            Some("courses-source-few-answers")
        } else if correct == 0 {
            Some("courses-source-no-correct-answer")
        } else if !multiple && correct > 1 {
            Some("courses-source-several-correct")
        } else {
            None
        };
        if let Some(key) = key {
            self.problem(line, problem(key));
            return None;
        }
        Some(Question {
            text: text.to_string(),
            multiple,
            answers: read,
        })
    }
}

#[cfg(test)]
mod tests;
