//! `GET /annuaire`: search, facets, results, all state in the URL.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::response::Response;

use essaim_domain::date::Date;
use essaim_domain::directory::{DepartementCounts, Entry, Sort};

use super::cards::Card;
use super::facets::{FacetGroup, groups, trim_departements_for_the_page};
use super::labels;
use super::params;
use super::views;
use crate::AppState;
use crate::directory_cache::Published;
use crate::html::{Code, Escaped};
use crate::i18n::translate_with;
use crate::page::{Layout, render_sized};
use crate::state::SiteSettings;

/// One result: the index's entry, its text escaped beforehand, and what the
/// page adds.
pub struct HitView<'a> {
    pub entry: &'a Entry,
    pub card: &'a Card,
    pub distance: Option<String>,
    /// The first four kinds of support.
    pub supports: [Option<Escaped<'static>>; 4],
    pub availability: Escaped<'static>,
    pub availability_class: Code,
    pub verified: Escaped<'a>,
    /// Not confirmed within the instance's delay.
    pub stale: bool,
}

pub struct PageLink {
    pub number: usize,
    pub href: String,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "directory/search.html")]
pub(super) struct SearchPage<'a> {
    l: Layout,
    text: String,
    near_text: String,
    radius_choices: Vec<(&'static str, bool)>,
    problems: Vec<String>,
    facets: Vec<FacetGroup<'a>>,
    exclude_remote: bool,
    count_line: String,
    hits: Vec<HitView<'a>>,
    sorts: Vec<(&'static str, &'static str, bool)>,
    pages: Vec<PageLink>,
    previous: Option<String>,
    next: Option<String>,
    page_line: String,
    map_view: bool,
    list_href: String,
    map_href: String,
    export_query: String,
    tile_url: String,
    attribution: String,
    has_filters: bool,
    past_the_end: bool,
    /// With no result, what to try, for the criteria that are set.
    empty_advice: Vec<&'static str>,
    /// Drawn on the map: the searched commune and the radius around it.
    searched_place: Option<SearchedPlace>,
}

pub struct SearchedPlace {
    pub name: &'static str,
    pub lat: f64,
    pub lon: f64,
    /// In metres, when a radius is chosen.
    pub radius_m: Option<f64>,
}

pub async fn show(State(state): State<AppState>, l: Layout, RawQuery(raw): RawQuery) -> Response {
    let published = state.directory().get();
    render_sized(
        &SearchPage::build(
            &published,
            state.site(),
            state.app().today(),
            l,
            raw.as_deref(),
        ),
        SearchPage::EXPECTED_BYTES,
    )
}

impl<'a> SearchPage<'a> {
    /// A page of 20 results with its filters weighs 40 to 45 KB.
    pub(super) const EXPECTED_BYTES: usize = 48 * 1024;

    /// The page of results of the URL's query `raw`, as of `today`.
    pub(super) fn build(
        published: &'a Published,
        site: &SiteSettings,
        today: Date,
        l: Layout,
        raw: Option<&str>,
    ) -> SearchPage<'a> {
        let mut parsed = params::parse(raw, published.index.catalogue());
        // The page lists only the départements of the chosen régions.
        parsed.query.departement_counts = DepartementCounts::OfChoices;
        let result = published.index.search(&parsed.query);
        let locale = l.locale;
        let p = &parsed.params;

        let past_the_end = result.total > 0 && result.hits.is_empty();
        let hits = result
            .hits
            .iter()
            .map(|hit| {
                let entry = hit.entry;
                let card = &published.cards[hit.number];
                HitView {
                    distance: hit.distance_km.map(|km| views::distance(km, locale)),
                    supports: std::array::from_fn(|k| {
                        entry
                            .support_types
                            .get(k)
                            .map(|s| labels::support_type(*s, locale))
                    }),
                    availability: labels::availability(entry.availability, locale),
                    availability_class: views::availability_class(entry.availability),
                    verified: card.verified(locale),
                    stale: views::is_stale(entry.last_verified, today, site.stale_after_days),
                    entry,
                    card,
                }
            })
            .collect();

        // Links differ from the page's address by one parameter: the others
        // are encoded once.
        let other_than_page = p.without(&["page"]);
        let page_href = |n: usize| search_href(&other_than_page, Some(("page", &n.to_string())));
        let other_than_view = p.without(&["vue"]);
        let pages = page_numbers(result.page, result.pages)
            .into_iter()
            .map(|n| PageLink {
                number: n,
                href: page_href(n),
                current: n == result.page,
            })
            .collect();
        let map_view = p.first("vue") == Some("carte");
        let export_query = p.without(&["page", "vue"]);
        let selected_radius = p.first("rayon").unwrap_or_default().to_string();
        let sort = result.sort;
        let has_filters = p.has_other_than(&["page", "vue", "tri"]);
        let empty_advice = empty_advice(&parsed.query);
        let searched_place = parsed.query.near.and_then(|near| {
            near.commune.position().map(|at| SearchedPlace {
                name: near.commune.name(),
                lat: at.lat,
                lon: at.lon,
                radius_m: near.radius_km.map(|km| km * 1000.0),
            })
        });

        SearchPage {
            text: parsed.query.text.clone(),
            near_text: p.first("pres_de").unwrap_or_default().to_string(),
            radius_choices: ["10", "25", "50", "100", "200"]
                .into_iter()
                .map(|r| (r, r == selected_radius))
                .collect(),
            problems: parsed.problems.iter().map(|e| e.message(locale)).collect(),
            facets: {
                let mut facets = groups(
                    &result.facets,
                    &parsed.query,
                    locale,
                    &published.tool_labels,
                );
                trim_departements_for_the_page(&mut facets, &parsed.query);
                facets
            },
            exclude_remote: parsed.query.exclude_remote,
            count_line: translate_with(
                locale,
                "directory-count",
                &[("count", result.total.into())],
            ),
            hits,
            // The default order follows the search (relevance with words,
            // distance near a place, else name) and is not written in the
            // address: a chosen order is, and stays chosen.
            sorts: std::iter::once(("", default_sort_key(sort), parsed.query.sort.is_none()))
                .chain(
                    Sort::ALL
                        .into_iter()
                        .filter(|s| *s != Sort::Distance || parsed.query.near.is_some())
                        .filter(|s| *s != Sort::Relevance || !parsed.query.text.trim().is_empty())
                        .map(|s| (s.slug(), sort_key(s), parsed.query.sort == Some(s))),
                )
                .collect(),
            previous: (result.page > 1).then(|| page_href(result.page - 1)),
            next: (result.page < result.pages).then(|| page_href(result.page + 1)),
            page_line: translate_with(
                locale,
                "directory-page-of",
                &[("page", result.page.into()), ("pages", result.pages.into())],
            ),
            pages,
            map_view,
            list_href: search_href(&other_than_view, None),
            map_href: search_href(&other_than_view, Some(("vue", "carte"))),
            export_query,
            tile_url: site.map_tile_url.clone(),
            attribution: site.map_attribution.clone(),
            has_filters,
            past_the_end,
            empty_advice,
            searched_place,
            l,
        }
    }
}

/// `/annuaire?` with an encoded query and one more parameter, which needs
/// no encoding.
fn search_href(encoded: &str, extra: Option<(&str, &str)>) -> String {
    let mut href = String::with_capacity(encoded.len() + 32);
    href.push_str("/annuaire?");
    href.push_str(encoded);
    if let Some((name, value)) = extra {
        if !encoded.is_empty() {
            href.push('&');
        }
        href.push_str(name);
        href.push('=');
        href.push_str(value);
    }
    href
}

/// Advice for a search without results, only about what the search set.
fn empty_advice(query: &essaim_domain::directory::SearchQuery) -> Vec<&'static str> {
    let ticked = !(query.support_types.is_empty()
        && query.sizes.is_empty()
        && query.modalities.is_empty()
        && query.structures.is_empty()
        && query.tools.is_empty()
        && query.regions.is_empty()
        && query.departements.is_empty()
        && query.availability.is_empty()
        && !query.chatons_only);
    let mut advice = Vec::new();
    if !query.text.trim().is_empty() {
        advice.push("directory-empty-words");
    }
    if ticked {
        advice.push("directory-empty-remove-filter");
    }
    if query
        .near
        .as_ref()
        .is_some_and(|near| near.radius_km.is_some())
    {
        advice.push("directory-empty-widen");
    }
    if query.exclude_remote {
        advice.push("directory-empty-remote");
    }
    // Nothing asked and nothing found: the directory has no profile yet.
    if advice.is_empty() {
        advice.push("directory-empty-nothing-yet");
    }
    advice
}

/// "By relevance (default)", naming the order the search falls back to.
fn default_sort_key(sort: Sort) -> &'static str {
    match sort {
        Sort::Relevance => "directory-sort-default-relevance",
        Sort::Distance => "directory-sort-default-distance",
        Sort::Recent | Sort::Name => "directory-sort-default-name",
    }
}

fn sort_key(sort: Sort) -> &'static str {
    match sort {
        Sort::Relevance => "directory-sort-relevance",
        Sort::Distance => "directory-sort-distance",
        Sort::Recent => "directory-sort-recent",
        Sort::Name => "directory-sort-name",
    }
}

/// First, last, and the pages around the current one.
fn page_numbers(current: usize, last: usize) -> Vec<usize> {
    let mut numbers: Vec<usize> = (1..=last)
        .filter(|n| *n == 1 || *n == last || n.abs_diff(current) <= 2)
        .collect();
    numbers.dedup();
    numbers
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_add_their_parameter_to_the_others() {
        assert_eq!(
            search_href("q=nextcloud&taille=1-9", Some(("page", "3"))),
            "/annuaire?q=nextcloud&taille=1-9&page=3"
        );
        assert_eq!(
            search_href("", Some(("vue", "carte"))),
            "/annuaire?vue=carte"
        );
        assert_eq!(search_href("q=a%27b", None), "/annuaire?q=a%27b");
        assert_eq!(page_numbers(5, 9), vec![1, 3, 4, 5, 6, 7, 9]);
    }
}
