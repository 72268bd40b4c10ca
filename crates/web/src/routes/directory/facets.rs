//! Facet counts as labelled lists, in the reader's language; shared by the
//! search page and the API.

use essaim_domain::directory::{Facets, SearchQuery};
use essaim_domain::i18n::translate_with;
use essaim_domain::taxonomy::{AssociationSize, Availability, Modality, Structure, SupportType};
use essaim_domain::{Locale, geo};

use super::labels::{self, CHATONS_PARAM, DEPARTEMENT_PARAM, Label, REGION_PARAM, TOOL_PARAM};
use crate::html::Code;

pub struct FacetOption<'a> {
    /// Its value in URLs and its label.
    pub label: &'a Label,
    pub count: u32,
    pub selected: bool,
    /// For a région or département: how many of `count` are there only by
    /// working remotely or nationwide.
    pub from_afar: Option<u32>,
}

impl FacetOption<'_> {
    /// Beside a zone's count, how many work there from afar ("dont 29 à
    /// distance ou partout en France"), when some do: otherwise "Guadeloupe
    /// 29" reads as 29 providers in Guadeloupe. Written only where shown.
    pub fn note(&self, locale: Locale) -> Option<String> {
        let far = self.from_afar.filter(|far| *far > 0)?;
        let key = if far == self.count {
            "directory-count-all-from-afar"
        } else {
            "directory-count-from-afar"
        };
        Some(translate_with(locale, key, &[("count", far.into())]))
    }
}

pub struct FacetGroup<'a> {
    /// The URL parameter.
    pub param: Code,
    /// Fluent key of the group's title.
    pub title_key: &'static str,
    pub options: Vec<FacetOption<'a>>,
    /// A Fluent key shown above the options, when some are left out.
    pub note_key: Option<&'static str>,
}

impl FacetGroup<'_> {
    pub fn selected_count(&self) -> usize {
        self.options.iter().filter(|o| o.selected).count()
    }
}

/// `all`, `labels` and `counts` are in the same order.
fn group<'a, T: Copy + PartialEq>(
    param: Code,
    title_key: &'static str,
    all: &[T],
    labels: &'a [Label],
    counts: &[u32],
    selected: &[T],
) -> FacetGroup<'a> {
    FacetGroup {
        param,
        title_key,
        options: all
            .iter()
            .zip(labels)
            .zip(counts)
            .map(|((term, label), count)| FacetOption {
                label,
                count: *count,
                selected: selected.contains(term),
                from_afar: None,
            })
            .collect(),
        note_key: None,
    }
}

/// A zone group with, for each option, how many work there from afar.
fn with_from_afar<'a>(mut group: FacetGroup<'a>, from_afar: &[u32]) -> FacetGroup<'a> {
    for (option, far) in group.options.iter_mut().zip(from_afar) {
        option.from_afar = Some(*far);
    }
    group
}

/// On the page, 101 départements are too many to tick through on a phone:
/// only those of the chosen régions (and any already chosen) are offered.
pub fn trim_departements_for_the_page(groups: &mut [FacetGroup<'_>], query: &SearchQuery) {
    let Some(group) = groups
        .iter_mut()
        .find(|g| g.param.as_str() == DEPARTEMENT_PARAM)
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

/// `tools` are the labels of the index's catalogue (`labels::tools`).
pub fn groups<'a>(
    facets: &Facets,
    query: &SearchQuery,
    locale: Locale,
    tools: &'a [Label],
) -> Vec<FacetGroup<'a>> {
    // The lists are walked in their own order, which is the order of the
    // counts: no look-up by code, no string built per request.
    let tool_labels = tools;
    let tools: Vec<usize> = (0..tool_labels.len()).collect();
    let regions: Vec<usize> = (0..geo::regions().len()).collect();
    let departements: Vec<usize> = (0..geo::departements().len()).collect();
    let selected_tools: Vec<usize> = (0..tool_labels.len())
        .filter(|i| query.tools.iter().any(|t| t == tool_labels[*i].code()))
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
            const { Code::new(SupportType::PARAM) },
            "directory-facet-support",
            SupportType::ALL,
            &labels.support_types,
            &facets.support_types,
            &query.support_types,
        ),
        group(
            const { Code::new(AssociationSize::PARAM) },
            "directory-facet-size",
            AssociationSize::ALL,
            &labels.sizes,
            &facets.sizes,
            &query.sizes,
        ),
        group(
            const { Code::new(Modality::PARAM) },
            "directory-facet-modality",
            Modality::ALL,
            &labels.modalities,
            &facets.modalities,
            &query.modalities,
        ),
        group(
            const { Code::new(Structure::PARAM) },
            "directory-facet-structure",
            Structure::ALL,
            &labels.structures,
            &facets.structures,
            &query.structures,
        ),
        group(
            const { Code::new(TOOL_PARAM) },
            "directory-facet-tool",
            &tools,
            tool_labels,
            &facets.tools,
            &selected_tools,
        ),
        with_from_afar(
            group(
                const { Code::new(REGION_PARAM) },
                "directory-facet-region",
                &regions,
                &labels.regions,
                &facets.regions,
                &selected_regions,
            ),
            &facets.regions_from_afar,
        ),
        with_from_afar(
            group(
                const { Code::new(DEPARTEMENT_PARAM) },
                "directory-facet-departement",
                &departements,
                &labels.departements,
                &facets.departements,
                &selected_departements,
            ),
            &facets.departements_from_afar,
        ),
        FacetGroup {
            param: const { Code::new(CHATONS_PARAM) },
            title_key: "directory-facet-chatons",
            options: vec![FacetOption {
                label: &labels.chatons_member,
                count: facets.chatons,
                selected: query.chatons_only,
                from_afar: None,
            }],
            note_key: None,
        },
        group(
            const { Code::new(Availability::PARAM) },
            "directory-facet-availability",
            Availability::ALL,
            &labels.availability,
            &facets.availability,
            &query.availability,
        ),
    ]
}

#[cfg(test)]
mod tests {
    use essaim_domain::catalogue::Catalogue;
    use essaim_domain::directory::SearchQuery;

    use super::*;

    #[test]
    fn every_group_offers_its_values_and_ticks_the_chosen_ones() {
        let catalogue = Catalogue::builtin();
        let tool_labels = labels::tools(&catalogue);
        let fourth = &catalogue.tools()[3];
        let query = SearchQuery {
            support_types: vec![SupportType::Migration],
            tools: vec![fourth.slug.clone()],
            regions: vec![geo::regions()[2].code],
            chatons_only: true,
            ..SearchQuery::default()
        };
        let facets = Facets {
            support_types: vec![1; SupportType::ALL.len()],
            sizes: vec![1; AssociationSize::ALL.len()],
            modalities: vec![1; Modality::ALL.len()],
            structures: vec![1; Structure::ALL.len()],
            tools: vec![1; catalogue.tools().len()],
            regions: vec![1; geo::regions().len()],
            departements: vec![1; geo::departements().len()],
            regions_from_afar: vec![1; geo::regions().len()],
            departements_from_afar: vec![0; geo::departements().len()],
            chatons: 1,
            availability: vec![1; Availability::ALL.len()],
        };
        for locale in Locale::ALL {
            let groups = groups(&facets, &query, locale, &tool_labels);
            assert_eq!(groups.len(), 9);
            let tools = groups.iter().find(|g| g.param.as_str() == "outil").unwrap();
            assert_eq!(tools.options[3].label.text(), fourth.name);
            let ticked: Vec<&str> = groups
                .iter()
                .flat_map(|g| &g.options)
                .filter(|o| o.selected)
                .map(|o| o.label.code())
                .collect();
            assert_eq!(
                ticked,
                [
                    "migration",
                    fourth.slug.as_str(),
                    geo::regions()[2].code,
                    "1"
                ]
            );
            let region = groups
                .iter()
                .find(|g| g.param.as_str() == "region")
                .unwrap();
            assert_eq!(region.options[0].from_afar, Some(1));
            assert!(
                region.options[0].note(locale).is_some(),
                "said beside the count"
            );
        }
    }
}
