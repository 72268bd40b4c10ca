//! The fields of a resource as its forms send them and show them again:
//! shared by the member's proposal and the moderator's review.

use essaim_domain::catalogue::Catalogue;
use essaim_domain::library::{
    Audience, CatalogueLinks, Format, LANGUAGES, Resource, ResourceFields, Theme, language_key,
    parse_year,
};
use essaim_domain::problems::FieldProblem;
use essaim_domain::taxonomy::TransitionStep;

use crate::kit::FormFields;
use crate::page::Layout;

/// What the form shows: the values typed and every choice with its label.
pub struct FieldsView {
    pub title: String,
    pub url: String,
    pub summary: String,
    pub source: String,
    pub licence: String,
    pub year: String,
    /// (slug, label, chosen)
    pub audiences: Vec<(&'static str, String, bool)>,
    pub themes: Vec<(&'static str, String, bool)>,
    pub formats: Vec<(&'static str, String, bool)>,
    pub languages: Vec<(&'static str, String, bool)>,
    pub steps: Vec<(&'static str, String, bool)>,
    pub needs: Vec<(String, String, bool)>,
    pub tools: Vec<(String, String, bool)>,
    /// Some needs or tools are ticked: their lists open.
    pub links_open: bool,
}

/// Reads a posted form; a year that is not a number is a problem of its own.
pub fn read(form: &FormFields) -> (ResourceFields, String, Option<FieldProblem>) {
    let year_text = form.text("year");
    let (year, problem) = match parse_year(&year_text) {
        Ok(year) => (year, None),
        Err(problem) => (None, Some(problem)),
    };
    let fields = ResourceFields {
        title: form.text("title"),
        url: form.text("url"),
        summary: form.raw("summary"),
        audience: Audience::from_slug(&form.text("audience")),
        themes: form
            .all("themes")
            .iter()
            .filter_map(|t| Theme::from_slug(t))
            .collect(),
        format: Format::from_slug(&form.text("format")),
        language: form.text("language"),
        source: form.text("source"),
        licence: form.text("licence"),
        year,
        links: CatalogueLinks {
            needs: form.all("needs"),
            tools: form.all("tools"),
            steps: form
                .all("steps")
                .iter()
                .filter_map(|s| TransitionStep::from_slug(s))
                .collect(),
        },
        // An upload is read apart; a review keeps the file it has.
        file: None,
    };
    (fields, year_text, problem)
}

/// The fields of a resource already kept, as a form takes them.
pub fn of_resource(resource: &Resource) -> ResourceFields {
    ResourceFields {
        title: resource.title.clone(),
        url: resource.url.clone(),
        summary: resource.summary.clone(),
        audience: Some(resource.audience),
        themes: resource.themes.clone(),
        format: Some(resource.format),
        language: resource.language.clone(),
        source: resource.source.clone(),
        licence: resource.licence.clone(),
        year: resource.year,
        links: resource.links.clone(),
        file: resource.file.clone(),
    }
}

pub fn view(
    l: &Layout,
    fields: &ResourceFields,
    year_text: Option<String>,
    catalogue: &Catalogue,
) -> FieldsView {
    let links = &fields.links;
    FieldsView {
        steps: TransitionStep::ALL
            .iter()
            .map(|s| {
                (
                    s.slug(),
                    s.label(l.locale).to_string(),
                    links.steps.contains(s),
                )
            })
            .collect(),
        needs: catalogue
            .needs()
            .iter()
            .map(|n| {
                (
                    n.slug.clone(),
                    n.name(l.locale).to_string(),
                    links.needs.contains(&n.slug),
                )
            })
            .collect(),
        tools: catalogue
            .tools()
            .iter()
            .map(|t| {
                (
                    t.slug.clone(),
                    t.name.clone(),
                    links.tools.contains(&t.slug),
                )
            })
            .collect(),
        links_open: !links.needs.is_empty() || !links.tools.is_empty(),
        title: fields.title.clone(),
        url: fields.url.clone(),
        summary: fields.summary.clone(),
        source: fields.source.clone(),
        licence: fields.licence.clone(),
        year: year_text.unwrap_or_else(|| fields.year.map(|y| y.to_string()).unwrap_or_default()),
        audiences: Audience::ALL
            .iter()
            .map(|a| {
                (
                    a.slug(),
                    l.text(a.label_key()).into_owned(),
                    fields.audience == Some(*a),
                )
            })
            .collect(),
        themes: Theme::ALL
            .iter()
            .map(|t| {
                (
                    t.slug(),
                    l.text(t.label_key()).into_owned(),
                    fields.themes.contains(t),
                )
            })
            .collect(),
        formats: Format::ALL
            .iter()
            .map(|f| {
                (
                    f.slug(),
                    l.text(f.label_key()).into_owned(),
                    fields.format == Some(*f),
                )
            })
            .collect(),
        languages: LANGUAGES
            .iter()
            .map(|code| {
                (
                    *code,
                    l.text(language_key(code)).into_owned(),
                    fields.language == *code,
                )
            })
            .collect(),
    }
}

/// A new proposal's fields: in the reader's language, for everyone.
pub fn blank(l: &Layout) -> ResourceFields {
    ResourceFields {
        title: String::new(),
        url: String::new(),
        summary: String::new(),
        audience: None,
        themes: Vec::new(),
        format: None,
        language: l.lang().to_string(),
        source: String::new(),
        licence: String::new(),
        year: None,
        links: CatalogueLinks::default(),
        file: None,
    }
}
