//! Facet counts as labelled lists, in the reader's language; shared by the
//! search page and the API.

use essaim_domain::catalogue::TOOLS;
use essaim_domain::directory::{Facets, SearchQuery};
use essaim_domain::taxonomy::{AssociationSize, Availability, Modality, Structure, SupportType};
use essaim_domain::{Locale, geo};

use super::labels::{self, Label};
use crate::html::Code;

pub struct FacetOption {
    pub value: Code,
    pub label: &'static Label,
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

/// `all`, `labels` and `counts` are in the same order.
fn group<T: Copy + PartialEq>(
    param: &'static str,
    title_key: &'static str,
    all: &[T],
    labels: &'static [Label],
    counts: &[u32],
    selected: &[T],
    value: impl Fn(T) -> &'static str,
) -> FacetGroup {
    FacetGroup {
        param: Code::new(param),
        title_key,
        options: all
            .iter()
            .zip(labels)
            .zip(counts)
            .map(|((term, label), count)| FacetOption {
                value: Code::new(value(*term)),
                label,
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
    let labels = labels::of(locale);
    vec![
        group(
            SupportType::PARAM,
            "directory-facet-support",
            SupportType::ALL,
            &labels.support_types,
            &facets.support_types,
            &query.support_types,
            |t| t.slug(),
        ),
        group(
            AssociationSize::PARAM,
            "directory-facet-size",
            AssociationSize::ALL,
            &labels.sizes,
            &facets.sizes,
            &query.sizes,
            |t| t.slug(),
        ),
        group(
            Modality::PARAM,
            "directory-facet-modality",
            Modality::ALL,
            &labels.modalities,
            &facets.modalities,
            &query.modalities,
            |t| t.slug(),
        ),
        group(
            Structure::PARAM,
            "directory-facet-structure",
            Structure::ALL,
            &labels.structures,
            &facets.structures,
            &query.structures,
            |t| t.slug(),
        ),
        group(
            "outil",
            "directory-facet-tool",
            &tools,
            &labels.tools,
            &facets.tools,
            &selected_tools,
            |i| TOOLS[i].slug,
        ),
        group(
            "region",
            "directory-facet-region",
            &regions,
            &labels.regions,
            &facets.regions,
            &selected_regions,
            |i| geo::regions()[i].code,
        ),
        group(
            "departement",
            "directory-facet-departement",
            &departements,
            &labels.departements,
            &facets.departements,
            &selected_departements,
            |i| geo::departements()[i].code,
        ),
        FacetGroup {
            param: Code::new("chatons"),
            title_key: "directory-facet-chatons",
            options: vec![FacetOption {
                value: Code::new("1"),
                label: &labels.chatons_member,
                count: facets.chatons,
                selected: query.chatons_only,
            }],
            note_key: None,
        },
        group(
            Availability::PARAM,
            "directory-facet-availability",
            Availability::ALL,
            &labels.availability,
            &facets.availability,
            &query.availability,
            |t| t.slug(),
        ),
    ]
}
