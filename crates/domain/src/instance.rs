//! What the administrators of an instance set in its interface: its name,
//! description, logo, accent colour, contact address, legal notice, charter
//! and the licence of its open data. Technical settings (database, mail,
//! map tiles) stay in the configuration file.

use serde::{Deserialize, Serialize};

use crate::problems::FieldProblem;

pub const NAME_MAX: usize = 80;
pub const DESCRIPTION_MAX: usize = 300;
pub const TEXT_MAX: usize = 50_000;
pub const LICENCE_MAX: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct InstanceSettings {
    pub name: String,
    /// One or two sentences: the home page and the pages' description.
    pub description: String,
    /// File name of the logo in the instance's uploads, set by the upload.
    pub logo: Option<String>,
    /// `#rrggbb`, dark enough for white text on it.
    pub accent: String,
    /// Where people write to the network's team.
    pub contact_email: Option<String>,
    /// Markdown: `/mentions-legales`.
    pub legal_notice: String,
    /// Markdown: `/charte`, what the network asks of its providers.
    pub charter: String,
    pub data_licence: String,
}

/// The accent of the default style sheet.
pub const DEFAULT_ACCENT: &str = "#7a3e00";

impl Default for InstanceSettings {
    fn default() -> InstanceSettings {
        InstanceSettings {
            name: "Essaim".into(),
            description: String::new(),
            logo: None,
            accent: DEFAULT_ACCENT.into(),
            contact_email: None,
            legal_notice: String::new(),
            charter: String::new(),
            data_licence: "Licence Ouverte / Etalab 2.0".into(),
        }
    }
}

impl InstanceSettings {
    /// What makes the settings impossible to save, field by field.
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut problems = Vec::new();
        let name = self.name.trim().chars().count();
        if name == 0 || name > NAME_MAX {
            problems.push(FieldProblem::new("name", "instance-problem-name"));
        }
        if self.description.chars().count() > DESCRIPTION_MAX {
            problems.push(FieldProblem::new(
                "description",
                "instance-problem-description",
            ));
        }
        match contrast_with_white(&self.accent) {
            None => problems.push(
                FieldProblem::new("accent", "instance-problem-accent-format")
                    .with("value", &self.accent),
            ),
            Some(ratio) if ratio < 4.5 => {
                problems.push(FieldProblem::new("accent", "instance-problem-accent-light"))
            }
            Some(_) => {}
        }
        if let Some(email) = &self.contact_email
            && !crate::email::looks_like_email(email)
        {
            problems.push(
                FieldProblem::new("contact_email", "instance-problem-email").with("value", email),
            );
        }
        for (field, text) in [
            ("legal_notice", &self.legal_notice),
            ("charter", &self.charter),
        ] {
            if text.chars().count() > TEXT_MAX {
                problems.push(FieldProblem::new(field, "instance-problem-text-too-long"));
            }
        }
        let licence = self.data_licence.trim().chars().count();
        if licence == 0 || licence > LICENCE_MAX {
            problems.push(FieldProblem::new(
                "data_licence",
                "instance-problem-licence",
            ));
        }
        problems
    }
}

/// The contrast ratio of white text on `#rrggbb` (WCAG 2.1), or `None`
/// when it is not such a colour. AA asks 4.5 for ordinary text.
pub fn contrast_with_white(colour: &str) -> Option<f64> {
    let hex = colour.strip_prefix('#')?;
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize| {
        let value = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).ok()?) / 255.0;
        Some(if value <= 0.03928 {
            value / 12.92
        } else {
            ((value + 0.055) / 1.055).powf(2.4)
        })
    };
    let luminance = 0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?;
    Some(1.05 / (luminance + 0.05))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_accent_reads_well_under_white_text() {
        assert!(contrast_with_white(DEFAULT_ACCENT).unwrap() >= 4.5);
        assert!(contrast_with_white("#ffff00").unwrap() < 4.5);
        assert_eq!(contrast_with_white("#000000").unwrap(), 21.0);
        assert_eq!(contrast_with_white("rouge"), None);
        assert_eq!(contrast_with_white("#12345"), None);
        assert!(InstanceSettings::default().problems().is_empty());
    }

    #[test]
    fn problems_name_their_field() {
        let settings = InstanceSettings {
            name: " ".into(),
            accent: "#eeeeee".into(),
            contact_email: Some("pas une adresse".into()),
            data_licence: String::new(),
            ..InstanceSettings::default()
        };
        let fields: Vec<String> = settings.problems().into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["name", "accent", "contact_email", "data_licence"]);
    }
}
