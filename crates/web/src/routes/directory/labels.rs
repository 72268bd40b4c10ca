//! The labels of the taxonomies, tools, régions and départements in each
//! language, as text (for the API) and escaped for HTML once (for pages,
//! where a search repeats a hundred of them), with the facet option's
//! checkbox written out once too.

use std::sync::LazyLock;

use essaim_domain::catalogue::TOOLS;
use essaim_domain::taxonomy::{AssociationSize, Availability, Modality, Structure, SupportType};
use essaim_domain::{Locale, geo};

use crate::html::{Escaped, escape, is_code};
use crate::i18n;

pub struct Label {
    text: Box<str>,
    html: Box<str>,
    /// The facet option's HTML up to its count, unticked then ticked: a
    /// search page shows about a hundred options, each otherwise written
    /// in ten pieces.
    option_head: [Box<str>; 2],
}

impl Label {
    /// The label of the value `value` of the URL parameter `param`.
    fn new(param: &str, value: &str, text: &str) -> Label {
        let html = escape(text);
        debug_assert!(is_code(param) && is_code(value));
        let head = |ticked: &str| {
            format!(
                r#"<label class="option"><input type="checkbox" name="{param}" value="{value}"{ticked}><span>{html} <span class="count">"#
            )
            .into_boxed_str()
        };
        Label {
            text: text.into(),
            option_head: [head(""), head(" checked")],
            html,
        }
    }

    pub fn text(&'static self) -> &'static str {
        &self.text
    }

    pub fn html(&'static self) -> Escaped<'static> {
        Escaped::trusted(&self.html)
    }

    /// `<label><input><span>` and the label: the template writes the count
    /// and closes them.
    pub fn option_head(&'static self, ticked: bool) -> Escaped<'static> {
        Escaped::trusted(&self.option_head[usize::from(ticked)])
    }
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
    pub tools: Vec<Label>,
    pub regions: Vec<Label>,
    /// "Ille-et-Vilaine (35)".
    pub departements: Vec<Label>,
    pub chatons_member: Label,
}

static LABELS: LazyLock<[Labels; 2]> = LazyLock::new(|| {
    Locale::ALL.map(|locale| Labels {
        support_types: SupportType::ALL
            .iter()
            .map(|t| Label::new(SupportType::PARAM, t.slug(), t.label(locale)))
            .collect(),
        sizes: AssociationSize::ALL
            .iter()
            .map(|t| Label::new(AssociationSize::PARAM, t.slug(), t.label(locale)))
            .collect(),
        modalities: Modality::ALL
            .iter()
            .map(|t| Label::new(Modality::PARAM, t.slug(), t.label(locale)))
            .collect(),
        structures: Structure::ALL
            .iter()
            .map(|t| Label::new(Structure::PARAM, t.slug(), t.label(locale)))
            .collect(),
        availability: Availability::ALL
            .iter()
            .map(|t| Label::new(Availability::PARAM, t.slug(), t.label(locale)))
            .collect(),
        tools: TOOLS
            .iter()
            .map(|t| Label::new(TOOL_PARAM, t.slug, t.name))
            .collect(),
        regions: geo::regions()
            .iter()
            .map(|r| Label::new(REGION_PARAM, r.code, r.name))
            .collect(),
        departements: geo::departements()
            .iter()
            .map(|d| {
                Label::new(
                    DEPARTEMENT_PARAM,
                    d.code,
                    &format!("{} ({})", d.name, d.code),
                )
            })
            .collect(),
        chatons_member: Label::new(
            CHATONS_PARAM,
            "1",
            &i18n::text(locale, "directory-chatons-member"),
        ),
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
