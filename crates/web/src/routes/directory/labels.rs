//! The labels of the taxonomies, tools, régions and départements in each
//! language, as text (for the API) and escaped for HTML once (for pages,
//! where a search repeats a hundred of them).

use std::sync::LazyLock;

use essaim_domain::catalogue::Catalogue;
use essaim_domain::taxonomy::{AssociationSize, Availability, Modality, Structure, SupportType};
use essaim_domain::{Locale, geo};

use crate::html::{Escaped, EscapedText};
use crate::i18n;

/// One value of a facet: its code in URLs and its label.
pub struct Label {
    code: Box<str>,
    value: EscapedText,
    text: Box<str>,
    html: EscapedText,
}

impl Label {
    pub fn new(code: &str, text: &str) -> Label {
        Label {
            code: code.into(),
            value: EscapedText::new(code),
            text: text.into(),
            html: EscapedText::new(text),
        }
    }

    /// The value in URLs (`accompagnement=migration`).
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The same, for an attribute.
    pub fn value(&self) -> Escaped<'_> {
        self.value.html()
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn html(&self) -> Escaped<'_> {
        self.html.html()
    }
}

/// The tool facet's labels: the catalogue's free tools, in its order. Built
/// with each directory index, whose counts follow the same order.
pub fn tools(catalogue: &Catalogue) -> Vec<Label> {
    catalogue
        .tools()
        .iter()
        .map(|t| Label::new(&t.slug, &t.name))
        .collect()
}

pub const TOOL_PARAM: &str = "outil";
pub const REGION_PARAM: &str = "region";
pub const DEPARTEMENT_PARAM: &str = "departement";
pub const CHATONS_PARAM: &str = "chatons";

/// The labels of one language, each list in the order of the counts.
pub struct Labels {
    pub support_types: Vec<Label>,
    pub sizes: Vec<Label>,
    pub modalities: Vec<Label>,
    pub structures: Vec<Label>,
    pub availability: Vec<Label>,
    pub regions: Vec<Label>,
    /// "Ille-et-Vilaine (35)".
    pub departements: Vec<Label>,
    pub chatons_member: Label,
}

static LABELS: LazyLock<[Labels; 2]> = LazyLock::new(|| {
    Locale::ALL.map(|locale| Labels {
        support_types: SupportType::ALL
            .iter()
            .map(|t| Label::new(t.slug(), t.label(locale)))
            .collect(),
        sizes: AssociationSize::ALL
            .iter()
            .map(|t| Label::new(t.slug(), t.label(locale)))
            .collect(),
        modalities: Modality::ALL
            .iter()
            .map(|t| Label::new(t.slug(), t.label(locale)))
            .collect(),
        structures: Structure::ALL
            .iter()
            .map(|t| Label::new(t.slug(), t.label(locale)))
            .collect(),
        availability: Availability::ALL
            .iter()
            .map(|t| Label::new(t.slug(), t.label(locale)))
            .collect(),
        regions: geo::regions()
            .iter()
            .map(|r| Label::new(r.code, r.name))
            .collect(),
        departements: geo::departements()
            .iter()
            .map(|d| Label::new(d.code, &format!("{} ({})", d.name, d.code)))
            .collect(),
        chatons_member: Label::new("1", &i18n::text(locale, "directory-chatons-member")),
    })
});

pub fn of(locale: Locale) -> &'static Labels {
    &LABELS[locale.index()]
}

pub fn support_type(support: SupportType, locale: Locale) -> Escaped<'static> {
    of(locale).support_types[support.index()].html()
}

pub fn availability(availability: Availability, locale: Locale) -> Escaped<'static> {
    of(locale).availability[availability.index()].html()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_follow_the_taxonomies_and_are_escaped() {
        let fr = of(Locale::Fr);
        assert_eq!(
            fr.support_types[SupportType::Migration.index()].text(),
            SupportType::Migration.label(Locale::Fr)
        );
        assert_eq!(fr.departements[0].text(), "Ain (01)");
        let apostrophes: Vec<_> = fr
            .regions
            .iter()
            .filter(|l| l.text().contains('\''))
            .map(|l| l.html().as_str())
            .collect();
        assert!(!apostrophes.is_empty());
        assert!(
            apostrophes
                .iter()
                .all(|h| h.contains("&#39;") && !h.contains('\''))
        );
    }
}
