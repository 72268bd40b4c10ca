//! Facet counts as labelled lists, in the reader's language; shared by the
//! search page and the API.

use std::borrow::Cow;
use std::sync::LazyLock;

use essaim_domain::catalogue::TOOLS;
use essaim_domain::directory::{Facets, SearchQuery};
use essaim_domain::taxonomy::{AssociationSize, Availability, Modality, Structure, SupportType};
use essaim_domain::{Locale, geo};

use crate::html::Code;

pub struct FacetOption {
    pub value: Code,
    pub label: Cow<'static, str>,
    pub count: u32,
    pub selected: bool,
}

pub struct FacetGroup {
    /// The URL parameter.
    pub param: Code,
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
    value: impl Fn(T) -> &'static str,
    label: impl Fn(T) -> Cow<'static, str>,
) -> FacetGroup {
    FacetGroup {
        param: Code::new(param),
        title_key,
        options: all
            .iter()
            .zip(counts)
            .map(|(term, count)| FacetOption {
                value: Code::new(value(*term)),
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
    let Some(group) = groups
        .iter_mut()
        .find(|g| g.param.as_str() == "departement")
    else {
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

/// "Ille-et-Vilaine (35)", built once.
static DEPARTEMENT_LABELS: LazyLock<Vec<String>> = LazyLock::new(|| {
    geo::departements()
        .iter()
        .map(|d| format!("{} ({})", d.name, d.code))
        .collect()
});

pub fn groups(facets: &Facets, query: &SearchQuery, locale: Locale) -> Vec<FacetGroup> {
    // The lists are walked in their own order, which is the order of the
    // counts: no look-up by code, no string built per request.
    let tools: Vec<usize> = (0..TOOLS.len()).collect();
    let regions: Vec<usize> = (0..geo::regions().len()).collect();
    let departements: Vec<usize> = (0..geo::departements().len()).collect();
    let selected_tools: Vec<usize> = (0..TOOLS.len())
        .filter(|i| query.tools.contains(&TOOLS[*i].slug))
        .collect();
    let selected_regions: Vec<usize> = regions
        .iter()
        .copied()
        .filter(|i| query.regions.contains(&geo::regions()[*i].code))
        .collect();
    let selected_departements: Vec<usize> = departements
        .iter()
        .copied()
        .filter(|i| query.departements.contains(&geo::departements()[*i].code))
        .collect();
    let taxonomy_label = |label: &'static str| Cow::Borrowed(label);
    vec![
        group(
            SupportType::PARAM,
            "directory-facet-support",
            SupportType::ALL,
            &facets.support_types,
            &query.support_types,
            |t| t.slug(),
            |t| taxonomy_label(t.label(locale)),
        ),
        group(
            AssociationSize::PARAM,
            "directory-facet-size",
            AssociationSize::ALL,
            &facets.sizes,
            &query.sizes,
            |t| t.slug(),
            |t| taxonomy_label(t.label(locale)),
        ),
        group(
            Modality::PARAM,
            "directory-facet-modality",
            Modality::ALL,
            &facets.modalities,
            &query.modalities,
            |t| t.slug(),
            |t| taxonomy_label(t.label(locale)),
        ),
        group(
            Structure::PARAM,
            "directory-facet-structure",
            Structure::ALL,
            &facets.structures,
            &query.structures,
            |t| t.slug(),
            |t| taxonomy_label(t.label(locale)),
        ),
        group(
            "outil",
            "directory-facet-tool",
            &tools,
            &facets.tools,
            &selected_tools,
            |i| TOOLS[i].slug,
            |i| Cow::Borrowed(TOOLS[i].name),
        ),
        group(
            "region",
            "directory-facet-region",
            &regions,
            &facets.regions,
            &selected_regions,
            |i| geo::regions()[i].code,
            |i| Cow::Borrowed(geo::regions()[i].name),
        ),
        group(
            "departement",
            "directory-facet-departement",
            &departements,
            &facets.departements,
            &selected_departements,
            |i| geo::departements()[i].code,
            |i| Cow::Borrowed(DEPARTEMENT_LABELS[i].as_str()),
        ),
        FacetGroup {
            param: Code::new("chatons"),
            title_key: "directory-facet-chatons",
            options: vec![FacetOption {
                value: Code::new("1"),
                label: crate::i18n::text(locale, "directory-chatons-member"),
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
            |t| t.slug(),
            |t| taxonomy_label(t.label(locale)),
        ),
    ]
}
