//! The problems of a submitted form, shown beside their fields and in a
//! summary at the top of the form.

use essaim_app::accounts::{FieldProblem, FormError};
use essaim_domain::Locale;

use crate::{AppError, i18n};

/// The problems of a submitted form, translated, in field order.
#[derive(Debug, Default)]
pub struct Problems {
    items: Vec<(String, String)>,
}

impl Problems {
    pub fn none() -> Problems {
        Problems::default()
    }

    pub fn new(locale: Locale, problems: &[FieldProblem]) -> Problems {
        Problems {
            items: problems
                .iter()
                .map(|p| (p.field.to_string(), i18n::text(locale, p.key).into_owned()))
                .collect(),
        }
    }

    /// Problems already in French (the record's checks), keyed by field.
    pub fn from_fields(problems: &[essaim_domain::providers::FieldError]) -> Problems {
        Problems {
            items: problems
                .iter()
                .map(|p| (field_id(&p.field), p.message.clone()))
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

/// The id of the input a record field is typed in: `references[2].year`
/// becomes `ref2_year`, `zone.regions` becomes `regions`.
pub fn field_id(field: &str) -> String {
    if let Some(rest) = field.strip_prefix("references[") {
        let (index, name) = rest
            .split_once("].")
            .unwrap_or((rest.trim_end_matches(']'), "association"));
        return format!("ref{index}_{name}");
    }
    match field {
        "zone.regions" => "regions".into(),
        "zone.departements" => "departements".into(),
        "zone" => "nationwide".into(),
        "contact.email" => "contact_email".into(),
        "contact.phone" => "contact_phone".into(),
        "pricing.text" => "pricing_text".into(),
        "references" => "ref1_association".into(),
        other => other.replace('.', "_"),
    }
}

/// Splits a use case's refusal: the form's problems to show again, or an
/// internal error for the error page.
pub fn problems_of(error: FormError, locale: Locale) -> Result<Problems, AppError> {
    match error {
        FormError::Invalid(problems) => Ok(Problems::new(locale, &problems)),
        FormError::Internal(error) => Err(AppError::Internal(error)),
    }
}
