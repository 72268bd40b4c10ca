//! The problems of a submitted form, shown beside their fields and in a
//! summary at the top of the form.

use essaim_domain::Locale;
use essaim_domain::problems::FieldProblem;

use crate::AppError;

/// The problems of a submitted form, translated, in field order, each with
/// the id of the input it is about.
#[derive(Debug, Default)]
pub struct Problems {
    items: Vec<(String, String)>,
}

impl Problems {
    pub fn none() -> Problems {
        Problems::default()
    }

    /// Each problem beside the input named like its field (`contact.email`
    /// is typed in `contact_email`).
    pub fn new(locale: Locale, problems: &[FieldProblem]) -> Problems {
        Problems::with_ids(locale, problems, |field| field.replace('.', "_"))
    }

    /// Each problem beside the input `input_id` gives for its field.
    pub fn with_ids(
        locale: Locale,
        problems: &[FieldProblem],
        input_id: impl Fn(&str) -> String,
    ) -> Problems {
        Problems {
            items: problems
                .iter()
                .map(|p| (input_id(&p.field), p.message(locale)))
                .collect(),
        }
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.items
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn all(&self) -> &[(String, String)] {
        &self.items
    }
}

/// The one path from a use case's refusal to a form shown again: its field
/// problems, or the error page for any other refusal.
pub fn field_problems(error: essaim_app::Error) -> Result<Vec<FieldProblem>, AppError> {
    match error {
        essaim_app::Error::Invalid(problems) => Ok(problems),
        other => Err(other.into()),
    }
}

/// The same, translated for a form whose inputs are named like its fields.
pub fn problems_of(error: essaim_app::Error, locale: Locale) -> Result<Problems, AppError> {
    Ok(Problems::new(locale, &field_problems(error)?))
}
