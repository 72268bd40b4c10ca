//! Facet counts as labelled lists, in the reader's language; shared by the
//! search page and the API.

use essaim_domain::catalogue::TOOLS;
use essaim_domain::directory::{Facets, SearchQuery};
use essaim_domain::taxonomy::{AssociationSize, Availability, Modality, Structure, SupportType};
use essaim_domain::{Locale, geo};

pub struct FacetOption {
    pub value: String,
    pub label: String,
    pub count: u32,
    pub selected: bool,
}

pub struct FacetGroup {
    /// The URL parameter.
    pub param: &'static str,
    /// Fluent key of the group's title.
    pub title_key: &'static str,
    pub options: Vec<FacetOption>,
    /// A Fluent key shown above the options, when some are left out.
    pub note_key: Option<&'static str>,
}

impl FacetGroup {
    pub fn selected_count(&self) -> usize {
        self.options.iter().filter(|o| o.selected).count()
    }
}

fn group<T: Copy + PartialEq>(
    param: &'static str,
    title_key: &'static str,
    all: &[T],
    counts: &[u32],
    selected: &[T],
    value: impl Fn(T) -> String,
    label: impl Fn(T) -> String,
) -> FacetGroup {
    FacetGroup {
        param,
        title_key,
        options: all
            .iter()
            .zip(counts)
            .map(|(term, count)| FacetOption {
                value: value(*term),
                label: label(*term),
                count: *count,
                selected: selected.contains(term),
            })
            .collect(),
        note_key: None,
    }
}

/// On the page, 101 départements are too many to tick through on a phone:
/// only those of the chosen régions (and any already chosen) are offered.
pub fn trim_departements_for_the_page(groups: &mut [FacetGroup], query: &SearchQuery) {
    let Some(group) = groups.iter_mut().find(|g| g.param == "departement") else {
        return;
    };
    // The options follow `geo::departements()`, one for one.
    let mut departements = geo::departements().iter();
    group.options.retain(|o| {
        let region = departements.next().map(|d| d.region).unwrap_or_default();
        o.selected || query.regions.contains(&region)
    });
    if query.regions.is_empty() {
        group.note_key = Some("directory-departement-pick-region");
    }
}

pub fn groups(facets: &Facets, query: &SearchQuery, locale: Locale) -> Vec<FacetGroup> {
    let tools: Vec<&'static str> = TOOLS.iter().map(|t| t.slug).collect();
    let regions: Vec<&'static str> = geo::regions().iter().map(|r| r.code).collect();
    let departements: Vec<&'static str> = geo::departements().iter().map(|d| d.code).collect();
    vec![
        group(
            SupportType::PARAM,
            "directory-facet-support",
            SupportType::ALL,
            &facets.support_types,
            &query.support_types,
            |t| t.slug().into(),
            |t| t.label(locale).into(),
        ),
        group(
            AssociationSize::PARAM,
            "directory-facet-size",
            AssociationSize::ALL,
            &facets.sizes,
            &query.sizes,
            |t| t.slug().into(),
            |t| t.label(locale).into(),
        ),
        group(
            Modality::PARAM,
            "directory-facet-modality",
            Modality::ALL,
            &facets.modalities,
            &query.modalities,
            |t| t.slug().into(),
            |t| t.label(locale).into(),
        ),
        group(
            Structure::PARAM,
            "directory-facet-structure",
            Structure::ALL,
            &facets.structures,
            &query.structures,
            |t| t.slug().into(),
            |t| t.label(locale).into(),
        ),
        group(
            "outil",
            "directory-facet-tool",
            &tools,
            &facets.tools,
            &query.tools,
            |t| t.into(),
            |t| {
                essaim_domain::catalogue::tool_by_slug(t)
                    .map(|t| t.name)
                    .unwrap_or(t)
                    .into()
            },
        ),
        group(
            "region",
            "directory-facet-region",
            &regions,
            &facets.regions,
            &query.regions,
            |c| c.into(),
            |c| geo::region(c).map(|r| r.name).unwrap_or(c).into(),
        ),
        group(
            "departement",
            "directory-facet-departement",
            &departements,
            &facets.departements,
            &query.departements,
            |c| c.into(),
            |c| {
                geo::departement(c)
                    .map(|d| format!("{} ({c})", d.name))
                    .unwrap_or_else(|| c.into())
            },
        ),
        FacetGroup {
            param: "chatons",
            title_key: "directory-facet-chatons",
            options: vec![FacetOption {
                value: "1".into(),
                label: crate::i18n::translate(locale, "directory-chatons-member", None),
                count: facets.chatons,
                selected: query.chatons_only,
            }],
            note_key: None,
        },
        group(
            Availability::PARAM,
            "directory-facet-availability",
            Availability::ALL,
            &facets.availability,
            &query.availability,
            |t| t.slug().into(),
            |t| t.label(locale).into(),
        ),
    ]
}
