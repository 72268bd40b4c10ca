//! What is wrong with one field of a form, an import or an API call: the
//! field, a message key and its arguments. The words come from the
//! catalogues, in the reader's language, only when the problem is shown.

use std::fmt;

use fluent_bundle::FluentValue;

use crate::Locale;
use crate::i18n::translate_with;

#[derive(Debug, Clone, PartialEq)]
pub struct FieldProblem {
    /// The field as the document names it: `name`, `zone.regions`,
    /// `references[2].year`.
    pub field: String,
    /// The Fluent key of the explanation.
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// A value in a problem's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_string())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

impl From<i64> for Arg {
    fn from(number: i64) -> Arg {
        Arg::Number(number)
    }
}

impl From<i32> for Arg {
    fn from(number: i32) -> Arg {
        Arg::Number(number.into())
    }
}

impl From<usize> for Arg {
    fn from(number: usize) -> Arg {
        Arg::Number(i64::try_from(number).unwrap_or(i64::MAX))
    }
}

impl FieldProblem {
    pub fn new(field: impl Into<String>, key: &'static str) -> FieldProblem {
        FieldProblem {
            field: field.into(),
            key,
            args: Vec::new(),
        }
    }

    /// Adds the argument `$name` of the message.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> FieldProblem {
        self.args.push((name, value.into()));
        self
    }

    /// The explanation in `locale`.
    pub fn message(&self, locale: Locale) -> String {
        let args: Vec<(&str, FluentValue<'_>)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Text(text) => FluentValue::from(text.as_str()),
                    Arg::Number(number) => FluentValue::from(*number),
                };
                (*name, value)
            })
            .collect();
        translate_with(locale, self.key, &args)
    }
}

/// In French, for the command line and the logs.
impl fmt::Display for FieldProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Locale::Fr))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_reads_in_each_language_with_its_arguments() {
        let problem = FieldProblem::new("pitch", "providers-check-pitch-too-long")
            .with("max", 280)
            .with("length", 300);
        let fr = problem.message(Locale::Fr);
        let en = problem.message(Locale::En);
        assert!(fr.contains("280") && fr.contains("300"), "{fr}");
        assert!(en.contains("280") && en.contains("300"), "{en}");
        assert_ne!(fr, en);
    }
}
