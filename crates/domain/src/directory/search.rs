use std::cmp::Ordering;
use std::sync::Arc;

use super::PER_PAGE;
use super::coverage::{departement_bit, region_bit};
use super::index::{Directory, Entry};
use super::query::{SearchQuery, Sort};
use crate::analyzer::analyze;
use crate::catalogue::{TOOLS, tool_index};
use crate::geo;
use crate::provider::ProviderRecord;
use crate::taxonomy::{AssociationSize, Availability, Modality, Structure, SupportType};

pub struct Hit {
    pub record: Arc<ProviderRecord>,
    pub distance_km: Option<f64>,
    pub score: f32,
}

/// How many results each facet value would give, ignoring that facet's own
/// selection (disjunctive facets).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facets {
    pub support_types: Vec<u32>,
    pub sizes: Vec<u32>,
    pub modalities: Vec<u32>,
    pub structures: Vec<u32>,
    pub tools: Vec<u32>,
    pub regions: Vec<u32>,
    pub departements: Vec<u32>,
    pub chatons: u32,
    pub availability: Vec<u32>,
}

/// A facet value and its count, for presentation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCount {
    pub value: &'static str,
    pub count: u32,
}

/// A match before sorting and paging.
struct Candidate {
    entry: usize,
    distance_km: Option<f64>,
    score: f32,
}

pub struct SearchResult {
    /// Matching profiles, all pages together.
    pub total: usize,
    pub page: usize,
    pub pages: usize,
    pub hits: Vec<Hit>,
    pub facets: Facets,
    pub sort: Sort,
}

// Facet groups, one bit each in a "failed filters" mask.
const SUPPORT: u16 = 1 << 0;
const SIZE: u16 = 1 << 1;
const MODALITY: u16 = 1 << 2;
const STRUCTURE: u16 = 1 << 3;
const TOOL: u16 = 1 << 4;
const REGION: u16 = 1 << 5;
const DEPARTEMENT: u16 = 1 << 6;
const CHATONS: u16 = 1 << 7;
const AVAILABILITY: u16 = 1 << 8;

/// The query's selections as bit sets, computed once.
struct Selection {
    support: u32,
    sizes: u32,
    modalities: u32,
    structures: u32,
    tools: u64,
    regions: Vec<usize>,
    departements: Vec<usize>,
    availability: u32,
    chatons: bool,
    remote_counts: bool,
}

impl Selection {
    fn of(query: &SearchQuery) -> Selection {
        let bits = |it: &mut dyn Iterator<Item = usize>| it.fold(0u64, |acc, i| acc | (1 << i));
        Selection {
            support: bits(&mut query.support_types.iter().map(|t| t.index())) as u32,
            sizes: bits(&mut query.sizes.iter().map(|t| t.index())) as u32,
            modalities: bits(&mut query.modalities.iter().map(|t| t.index())) as u32,
            structures: bits(&mut query.structures.iter().map(|t| t.index())) as u32,
            tools: bits(&mut query.tools.iter().filter_map(|t| tool_index(t))),
            regions: query.regions.iter().filter_map(|c| region_bit(c)).collect(),
            departements: query
                .departements
                .iter()
                .filter_map(|c| departement_bit(c))
                .collect(),
            availability: bits(&mut query.availability.iter().map(|t| t.index())) as u32,
            chatons: query.chatons_only,
            remote_counts: !query.exclude_remote,
        }
    }

    /// The groups whose filter the entry fails.
    fn failures(&self, e: &Entry) -> u16 {
        let mut failed = 0;
        let any = |selected: u64, has: u64| selected == 0 || selected & has != 0;
        if !any(self.support.into(), e.support_types.into()) {
            failed |= SUPPORT;
        }
        if !any(self.sizes.into(), e.sizes.into()) {
            failed |= SIZE;
        }
        if !any(self.modalities.into(), e.modalities.into()) {
            failed |= MODALITY;
        }
        if !any(self.structures.into(), 1 << e.record.structure.index()) {
            failed |= STRUCTURE;
        }
        if !any(self.tools, e.tools) {
            failed |= TOOL;
        }
        let everywhere = e.coverage.everywhere(self.remote_counts);
        if !self.regions.is_empty()
            && !everywhere
            && !self.regions.iter().any(|b| e.coverage.has_region_bit(*b))
        {
            failed |= REGION;
        }
        if !self.departements.is_empty()
            && !everywhere
            && !self
                .departements
                .iter()
                .any(|b| e.coverage.has_departement_bit(*b))
        {
            failed |= DEPARTEMENT;
        }
        if self.chatons && !e.record.chatons {
            failed |= CHATONS;
        }
        if !any(self.availability.into(), 1 << e.record.availability.index()) {
            failed |= AVAILABILITY;
        }
        failed
    }
}

impl Facets {
    fn empty() -> Facets {
        Facets {
            support_types: vec![0; SupportType::ALL.len()],
            sizes: vec![0; AssociationSize::ALL.len()],
            modalities: vec![0; Modality::ALL.len()],
            structures: vec![0; Structure::ALL.len()],
            tools: vec![0; TOOLS.len()],
            regions: vec![0; geo::regions().len()],
            departements: vec![0; geo::departements().len()],
            chatons: 0,
            availability: vec![0; Availability::ALL.len()],
        }
    }

    /// Counts the entry in the facets of `groups`.
    fn count(&mut self, e: &Entry, groups: u16, remote_counts: bool) {
        let add_bits = |counts: &mut Vec<u32>, bits: u64| {
            let mut rest = bits;
            while rest != 0 {
                counts[rest.trailing_zeros() as usize] += 1;
                rest &= rest - 1;
            }
        };
        if groups & SUPPORT != 0 {
            add_bits(&mut self.support_types, e.support_types.into());
        }
        if groups & SIZE != 0 {
            add_bits(&mut self.sizes, e.sizes.into());
        }
        if groups & MODALITY != 0 {
            add_bits(&mut self.modalities, e.modalities.into());
        }
        if groups & STRUCTURE != 0 {
            self.structures[e.record.structure.index()] += 1;
        }
        if groups & TOOL != 0 {
            add_bits(&mut self.tools, e.tools);
        }
        let everywhere = e.coverage.everywhere(remote_counts);
        if groups & REGION != 0 {
            if everywhere {
                self.regions.iter_mut().for_each(|c| *c += 1);
            } else {
                add_bits(&mut self.regions, e.coverage.regions.into());
            }
        }
        if groups & DEPARTEMENT != 0 {
            if everywhere {
                self.departements.iter_mut().for_each(|c| *c += 1);
            } else {
                add_bits(&mut self.departements, e.coverage.departements[0]);
                let mut high = e.coverage.departements[1];
                while high != 0 {
                    self.departements[64 + high.trailing_zeros() as usize] += 1;
                    high &= high - 1;
                }
            }
        }
        if groups & CHATONS != 0 && e.record.chatons {
            self.chatons += 1;
        }
        if groups & AVAILABILITY != 0 {
            self.availability[e.record.availability.index()] += 1;
        }
    }
}

impl Directory {
    /// One page of results, with facets.
    pub fn search(&self, query: &SearchQuery) -> SearchResult {
        self.search_with_page_size(query, PER_PAGE)
    }

    /// Every result on one page, for exports and maps.
    pub fn search_all(&self, query: &SearchQuery) -> SearchResult {
        let query = SearchQuery {
            page: 1,
            ..query.clone()
        };
        self.search_with_page_size(&query, usize::MAX)
    }

    fn search_with_page_size(&self, query: &SearchQuery, per_page: usize) -> SearchResult {
        let selection = Selection::of(query);
        let scores = self.text_scores(&query.text);
        let origin = query.near.and_then(|n| n.commune.position());
        let radius = query.near.and_then(|n| n.radius_km);
        let mut facets = Facets::empty();
        let mut matches: Vec<Candidate> = Vec::new();
        const ALL_GROUPS: u16 = 0x1ff;

        for (i, entry) in self.entries.iter().enumerate() {
            let score = match &scores {
                Some(scores) if scores[i] <= 0.0 => continue,
                Some(scores) => scores[i],
                None => 0.0,
            };
            let distance_km = match (origin, entry.commune.and_then(|c| c.position())) {
                (Some(origin), Some(position)) => Some(origin.distance_km(position)),
                _ => None,
            };
            if let Some(radius) = radius
                && distance_km.is_none_or(|d| d > radius)
            {
                continue;
            }
            let failed = selection.failures(entry);
            if failed == 0 {
                facets.count(entry, ALL_GROUPS, selection.remote_counts);
                matches.push(Candidate {
                    entry: i,
                    distance_km,
                    score,
                });
            } else if failed.count_ones() == 1 {
                facets.count(entry, failed, selection.remote_counts);
            }
        }

        let sort = query.effective_sort();
        let by_name = |a: &Candidate, b: &Candidate| {
            self.entries[a.entry]
                .sort_name
                .cmp(&self.entries[b.entry].sort_name)
        };
        match sort {
            Sort::Relevance => matches.sort_by(|a, b| {
                b.score
                    .partial_cmp(&a.score)
                    .unwrap_or(Ordering::Equal)
                    .then_with(|| by_name(a, b))
            }),
            Sort::Distance => matches.sort_by(|a, b| {
                let (da, db) = (
                    a.distance_km.unwrap_or(f64::MAX),
                    b.distance_km.unwrap_or(f64::MAX),
                );
                da.partial_cmp(&db)
                    .unwrap_or(Ordering::Equal)
                    .then_with(|| by_name(a, b))
            }),
            Sort::Recent => matches.sort_by(|a, b| {
                let (ua, ub) = (self.entries[a.entry].updated, self.entries[b.entry].updated);
                ub.cmp(&ua).then_with(|| by_name(a, b))
            }),
            Sort::Name => matches.sort_by(by_name),
        }

        let total = matches.len();
        let pages = total.div_ceil(per_page).max(1);
        let page = query.page.max(1);
        let hits = matches
            .into_iter()
            .skip((page - 1).saturating_mul(per_page))
            .take(per_page)
            .map(|c| Hit {
                record: self.entries[c.entry].record.clone(),
                distance_km: c.distance_km,
                score: c.score,
            })
            .collect();
        SearchResult {
            total,
            page,
            pages,
            hits,
            facets,
            sort,
        }
    }

    /// A score per entry for the text, or `None` when the text has no term.
    /// Every term must match (the last one also as a prefix, for words
    /// still being typed).
    fn text_scores(&self, text: &str) -> Option<Vec<f32>> {
        let mut terms = analyze(text);
        terms.truncate(32);
        if terms.is_empty() {
            return None;
        }
        let mut scores = vec![0.0f32; self.entries.len()];
        let mut matched = vec![0u8; self.entries.len()];
        for (n, term) in terms.iter().enumerate() {
            let is_last = n + 1 == terms.len();
            let start = self
                .terms
                .partition_point(|(t, _)| t.as_ref() < term.as_str());
            let mut seen = vec![false; self.entries.len()];
            for (candidate, postings) in &self.terms[start..] {
                let exact = candidate.as_ref() == term.as_str();
                let prefix = is_last && term.len() >= 3 && candidate.starts_with(term.as_str());
                if !(exact || prefix) {
                    break;
                }
                for &(doc, weight) in postings {
                    let doc = doc as usize;
                    scores[doc] += if exact { weight } else { weight * 0.5 };
                    if !seen[doc] {
                        seen[doc] = true;
                        matched[doc] += 1;
                    }
                }
            }
        }
        let needed = terms.len() as u8;
        for (score, count) in scores.iter_mut().zip(&matched) {
            if *count < needed {
                *score = 0.0;
            }
        }
        Some(scores)
    }
}
