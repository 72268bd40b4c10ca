//! The course ("Parcours"): modules of lessons and quizzes, authored as a
//! folder of Markdown files (`source.rs` reads one), answered question by
//! question (`quiz.rs`), and followed by members whose progress counts
//! what they finished (`progress.rs`).

pub mod progress;
pub mod quiz;
pub mod source;
pub mod suggest;

use serde::{Deserialize, Serialize};

use crate::problems::FieldProblem;
use crate::taxonomy::{ItemStatus, TransitionStep};

/// A course as its folder describes it.
#[derive(Debug, Clone, PartialEq)]
pub struct Course {
    pub slug: String,
    pub title: String,
    pub summary: String,
    /// The introduction, in Markdown.
    pub intro: String,
    pub modules: Vec<Module>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    /// The folder's name without its order prefix (`01-`).
    pub slug: String,
    /// Its `module.md`'s path, to find its images.
    pub path: String,
    pub title: String,
    pub intro: String,
    pub units: Vec<Unit>,
}

/// A lesson or a quiz: one page of the course.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// The file's name without its order prefix and `.md`.
    pub slug: String,
    /// The file's path in the folder, to find its images.
    pub path: String,
    pub title: String,
    /// How long it takes, in minutes, when the author said.
    pub minutes: Option<u32>,
    /// The step of a transition it teaches.
    pub step: Option<TransitionStep>,
    /// The statuses of a roadmap's items it helps with: an association
    /// with items "en test" is pointed to the lesson on leading change.
    pub statuses: Vec<ItemStatus>,
    /// The text, in Markdown (a quiz's introduction).
    pub body: String,
    /// Its questions, for a quiz.
    pub questions: Option<Vec<Question>>,
}

impl Unit {
    pub fn kind(&self) -> UnitKind {
        if self.questions.is_some() {
            UnitKind::Quiz
        } else {
            UnitKind::Lesson
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    Lesson,
    Quiz,
}

impl UnitKind {
    pub fn slug(self) -> &'static str {
        match self {
            UnitKind::Lesson => "lecon",
            UnitKind::Quiz => "quiz",
        }
    }

    pub fn from_slug(slug: &str) -> Option<UnitKind> {
        [UnitKind::Lesson, UnitKind::Quiz]
            .into_iter()
            .find(|k| k.slug() == slug)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            UnitKind::Lesson => "courses-kind-lesson",
            UnitKind::Quiz => "courses-kind-quiz",
        }
    }
}

/// A quiz's question: one right answer, or several to tick all of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub text: String,
    pub multiple: bool,
    pub answers: Vec<Answer>,
}

/// An answer and why it is right or wrong, shown once the quiz is answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub text: String,
    pub correct: bool,
    pub explanation: String,
}

/// The longest name an attestation carries.
pub const NAME_MAX: usize = 80;

/// The name to write on an attestation, trimmed, or what is wrong with it.
pub fn check_attestation_name(name: &str) -> Result<String, FieldProblem> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let length = name.chars().count();
    if length < 2 {
        return Err(FieldProblem::new("nom", "courses-name-missing"));
    }
    if length > NAME_MAX {
        return Err(FieldProblem::new("nom", "courses-name-too-long")
            .with("max", NAME_MAX)
            .with("length", length));
    }
    if name.chars().any(char::is_control) {
        return Err(FieldProblem::new("nom", "courses-name-control"));
    }
    Ok(name)
}

/// Letters of an attestation's code: no 0/O or 1/I/L to misread.
const CODE_ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/// An attestation's code from random bytes: `XXXX-XXXX-XXXX`.
pub fn attestation_code(random: [u8; 12]) -> String {
    let letters: Vec<char> = random
        .iter()
        .map(|b| CODE_ALPHABET[usize::from(*b) % CODE_ALPHABET.len()] as char)
        .collect();
    letters
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// A code as someone typed it (lower case, spaces), in its written form;
/// `None` when it cannot be one.
pub fn normalize_code(typed: &str) -> Option<String> {
    let letters: Vec<char> = typed
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if letters.len() != 12 || letters.iter().any(|c| !CODE_ALPHABET.contains(&(*c as u8))) {
        return None;
    }
    Some(
        letters
            .chunks(4)
            .map(|c| c.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join("-"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_trimmed_and_bounded() {
        assert_eq!(
            check_attestation_name("  Camille   Martin ").unwrap(),
            "Camille Martin"
        );
        assert_eq!(
            check_attestation_name(" ").unwrap_err().key,
            "courses-name-missing"
        );
        assert_eq!(
            check_attestation_name(&"a".repeat(81)).unwrap_err().key,
            "courses-name-too-long"
        );
    }

    #[test]
    fn a_code_reads_back_however_it_is_typed() {
        let code = attestation_code([7; 12]);
        assert_eq!(code.len(), 14);
        assert_eq!(
            normalize_code(&code.to_lowercase().replace('-', " ")),
            Some(code)
        );
        assert_eq!(normalize_code("0000-0000-0000"), None);
        assert_eq!(normalize_code("ABC"), None);
    }
}
