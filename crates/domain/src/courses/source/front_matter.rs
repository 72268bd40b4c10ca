//! A page's front matter: the TOML between its two `+++` lines, read field
//! by field with the line of each problem.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{SourceFile, SourceProblem};
use crate::courses::{Answer, Question};
use crate::problems::FieldProblem;

/// The line (from 1) of a byte offset.
pub(super) fn line_at(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// A Markdown file cut at its front matter.
pub(super) struct FrontMatter<'a> {
    pub(super) file: &'a str,
    toml: &'a str,
    /// The line of the file where the TOML starts.
    toml_first_line: usize,
    pub(super) body: &'a str,
    pub(super) body_first_line: usize,
}

impl<'a> FrontMatter<'a> {
    pub(super) fn split(
        file: &'a SourceFile,
        problems: &mut Vec<SourceProblem>,
    ) -> Option<FrontMatter<'a>> {
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

    pub(super) fn table(&self, problems: &mut Vec<SourceProblem>) -> Option<DeTable<'a>> {
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

    pub(super) fn line_of(&self, offset: usize) -> usize {
        self.toml_first_line + line_at(self.toml, offset) - 1
    }
}

/// Reads the fields of one front matter, writing down each problem with
/// its line.
pub(super) struct Fields<'m, 't> {
    matter: &'m FrontMatter<'m>,
    table: &'t DeTable<'t>,
    problems: &'m mut Vec<SourceProblem>,
}

impl<'m, 't> Fields<'m, 't> {
    pub(super) fn new(
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

    pub(super) fn has(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    pub(super) fn line_of(&self, key: &str) -> Option<usize> {
        self.get(key)
            .map(|value| self.matter.line_of(value.span().start))
    }

    pub(super) fn problem(&mut self, line: Option<usize>, problem: FieldProblem) {
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

    pub(super) fn text(&mut self, key: &str, required: bool) -> Option<String> {
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

    pub(super) fn texts(&mut self, key: &str) -> Option<Vec<String>> {
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

    pub(super) fn integer(&mut self, key: &str, required: bool) -> Option<i64> {
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

    pub(super) fn order(&mut self) -> Option<i64> {
        let order = self.integer("ordre", true)?;
        if order < 1 {
            let line = self.line_of("ordre");
            self.problem(line, FieldProblem::new("ordre", "courses-source-bad-order"));
            return None;
        }
        Some(order)
    }

    pub(super) fn refuse_others(&mut self, known: &[&str]) {
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
    pub(super) fn questions(&mut self) -> Option<Vec<Question>> {
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
