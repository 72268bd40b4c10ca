//! Search over the bit sets of the index: filters are intersections of
//! unions, facet counts are population counts.

use std::borrow::Cow;
use std::f64::consts::FRAC_PI_2;

use super::PER_PAGE;
use super::bits::Bits;
use super::coverage::{departement_bit, region_bit};
use super::entry::Entry;
use super::index::{Directory, unit_vector};
use super::query::{DepartementCounts, SearchQuery, Sort};
use crate::geo::Commune;
use crate::taxonomy::Availability;

pub struct Hit<'a> {
    /// The entry's number in the index, for what is kept beside it.
    pub number: usize,
    pub entry: &'a Entry,
    /// The commune the provider is based in.
    pub place: Option<&'static Commune>,
    pub distance_km: Option<f64>,
    pub score: f32,
}

/// How many results each facet value would give, ignoring that facet's own
/// selection (disjunctive facets). Indexes follow the taxonomies' `ALL`, the
/// tool catalogue, `geo::regions()` and `geo::departements()`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facets {
    pub support_types: Vec<u32>,
    pub sizes: Vec<u32>,
    pub modalities: Vec<u32>,
    pub structures: Vec<u32>,
    pub tools: Vec<u32>,
    pub regions: Vec<u32>,
    pub departements: Vec<u32>,
    /// Of each région's and département's count, the providers counted
    /// only because they work remotely or nationwide.
    pub regions_from_afar: Vec<u32>,
    pub departements_from_afar: Vec<u32>,
    pub chatons: u32,
    pub availability: Vec<u32>,
}

pub struct SearchResult<'a> {
    /// Matching profiles, all pages together.
    pub total: usize,
    pub page: usize,
    pub pages: usize,
    pub hits: Vec<Hit<'a>>,
    pub facets: Facets,
    pub sort: Sort,
}

const EARTH_RADIUS_KM: f64 = 6371.0088;

/// Straight-line distance between two points of the unit sphere that are
/// `km` apart on Earth, squared.
fn chord_squared_for_km(km: f64) -> f64 {
    (2.0 * (km / (2.0 * EARTH_RADIUS_KM))
        .min(std::f64::consts::FRAC_PI_2)
        .sin())
    .powi(2)
}

fn km_for_chord_squared(chord_squared: f64) -> f64 {
    2.0 * EARTH_RADIUS_KM * (chord_squared.sqrt() / 2.0).min(1.0).asin()
}

/// NaN when either place is unknown.
fn chord_squared(a: [f32; 3], b: [f32; 3]) -> f32 {
    (a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)
}

/// The union of the sets of the selected values, or `None` when nothing is
/// selected in that facet.
fn union<'a>(sets: impl Iterator<Item = &'a Bits>, len: usize) -> Option<Bits> {
    let mut result: Option<Bits> = None;
    for set in sets {
        result.get_or_insert_with(|| Bits::empty(len)).or_with(set);
    }
    result
}

/// The facets of a search. Each one's selection narrows the results; its
/// counts ignore its own selection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Facet {
    SupportType,
    Size,
    Modality,
    Structure,
    Tool,
    Region,
    Departement,
    Chatons,
    Availability,
}

impl Facet {
    const ALL: [Facet; 9] = [
        Facet::SupportType,
        Facet::Size,
        Facet::Modality,
        Facet::Structure,
        Facet::Tool,
        Facet::Region,
        Facet::Departement,
        Facet::Chatons,
        Facet::Availability,
    ];

    /// A place also matches whoever works everywhere.
    fn is_zone(self) -> bool {
        matches!(self, Facet::Region | Facet::Departement)
    }
}

/// What is selected in each facet: `None` when nothing is.
struct Selections([Option<Bits>; Facet::ALL.len()]);

impl Selections {
    fn of(&self, facet: Facet) -> Option<&Bits> {
        self.0[facet as usize].as_ref()
    }

    fn all(&self) -> impl Iterator<Item = (Facet, &Bits)> {
        Facet::ALL
            .into_iter()
            .filter_map(|facet| self.of(facet).map(|bits| (facet, bits)))
    }
}

impl Directory {
    /// One page of results, with facets.
    pub fn search(&self, query: &SearchQuery) -> SearchResult<'_> {
        self.search_with_page_size(query, PER_PAGE)
    }

    /// Every result on one page, for exports and maps.
    pub fn search_all(&self, query: &SearchQuery) -> SearchResult<'_> {
        let query = SearchQuery {
            page: 1,
            ..query.clone()
        };
        self.search_with_page_size(&query, usize::MAX)
    }

    fn search_with_page_size(&self, query: &SearchQuery, per_page: usize) -> SearchResult<'_> {
        let n = self.entries.len();
        let f = &self.facets;

        // What every facet count also obeys: the text and the radius.
        let text = self.text_match(&query.text);
        let mut base = match &text {
            Some(text) => text.matching.clone(),
            None => Bits::full(n),
        };
        let score = |i: usize| text.as_ref().map_or(0.0, |t| t.score(i));
        let origin = query
            .near
            .and_then(|near| near.commune.position())
            .map(unit_vector);
        if let (Some(origin), Some(radius)) = (origin, query.near.and_then(|near| near.radius_km)) {
            base.and_with(&self.within(origin, radius));
        }

        // Everywhere: nationwide, and remote unless the visitor excluded it.
        let mut everywhere = f.nationwide.clone();
        if !query.exclude_remote {
            everywhere.or_with(&f.remote);
        }
        let zone = |sets: &[Bits], bits: Vec<usize>| {
            union(bits.iter().map(|b| &sets[*b]), n).map(|mut covered| {
                covered.or_with(&everywhere);
                covered
            })
        };
        let selection = |facet: Facet| -> Option<Bits> {
            match facet {
                Facet::SupportType => union(
                    query
                        .support_types
                        .iter()
                        .map(|t| &f.support_types[t.index()]),
                    n,
                ),
                Facet::Size => union(query.sizes.iter().map(|t| &f.sizes[t.index()]), n),
                Facet::Modality => {
                    union(query.modalities.iter().map(|t| &f.modalities[t.index()]), n)
                }
                Facet::Structure => {
                    union(query.structures.iter().map(|t| &f.structures[t.index()]), n)
                }
                Facet::Tool => union(
                    query
                        .tools
                        .iter()
                        .filter_map(|t| self.catalogue.tool_index(t))
                        .map(|t| &f.tools[t]),
                    n,
                ),
                Facet::Region => zone(
                    &f.regions,
                    query.regions.iter().filter_map(|c| region_bit(c)).collect(),
                ),
                Facet::Departement => zone(
                    &f.departements,
                    query
                        .departements
                        .iter()
                        .filter_map(|c| departement_bit(c))
                        .collect(),
                ),
                Facet::Chatons => query.chatons_only.then(|| f.chatons.clone()),
                // Paused profiles are hidden unless the visitor asks for them.
                Facet::Availability if query.availability.is_empty() => union(
                    Availability::ALL
                        .iter()
                        .filter(|a| **a != Availability::Paused)
                        .map(|a| &f.availability[a.index()]),
                    n,
                ),
                Facet::Availability => union(
                    query
                        .availability
                        .iter()
                        .map(|t| &f.availability[t.index()]),
                    n,
                ),
            }
        };
        let selections = Selections(Facet::ALL.map(selection));

        let mut result = base.clone();
        for (_, selection) in selections.all() {
            result.and_with(selection);
        }
        // A facet's counts ignore its own selection.
        let ignoring = |facet: Facet| -> Cow<Bits> {
            if selections.of(facet).is_none() {
                return Cow::Borrowed(&result);
            }
            let mut set = base.clone();
            for (other, selection) in selections.all() {
                if other != facet {
                    set.and_with(selection);
                }
            }
            Cow::Owned(set)
        };
        let counts = |facet: Facet, sets: &[Bits]| -> Vec<u32> {
            let scope = ignoring(facet);
            if facet.is_zone() {
                sets.iter()
                    .map(|s| scope.count_and_either(s, &everywhere))
                    .collect()
            } else {
                sets.iter().map(|s| scope.count_and(s)).collect()
            }
        };
        // Of a zone's count, those there only by working from afar.
        let from_afar = |facet: Facet, sets: &[Bits], totals: &[u32]| -> Vec<u32> {
            let scope = ignoring(facet);
            sets.iter()
                .zip(totals)
                .map(|(s, total)| match total {
                    0 => 0,
                    total => total - scope.count_and(s),
                })
                .collect()
        };
        let regions = counts(Facet::Region, &f.regions);
        let regions_from_afar = from_afar(Facet::Region, &f.regions, &regions);
        let facets = Facets {
            support_types: counts(Facet::SupportType, &f.support_types),
            sizes: counts(Facet::Size, &f.sizes),
            modalities: counts(Facet::Modality, &f.modalities),
            structures: counts(Facet::Structure, &f.structures),
            tools: counts(Facet::Tool, &f.tools),
            regions,
            regions_from_afar,
            departements: match query.departement_counts {
                DepartementCounts::All => counts(Facet::Departement, &f.departements),
                DepartementCounts::OfChoices => {
                    let scope = ignoring(Facet::Departement);
                    crate::geo::departements()
                        .iter()
                        .zip(&f.departements)
                        .map(|(d, set)| {
                            let wanted = query.regions.contains(&d.region)
                                || query.departements.contains(&d.code);
                            if wanted {
                                scope.count_and_either(set, &everywhere)
                            } else {
                                0
                            }
                        })
                        .collect()
                }
            },
            departements_from_afar: Vec::new(),
            chatons: ignoring(Facet::Chatons).count_and(&f.chatons),
            availability: counts(Facet::Availability, &f.availability),
        };
        let facets = Facets {
            departements_from_afar: from_afar(
                Facet::Departement,
                &f.departements,
                &facets.departements,
            ),
            ..facets
        };

        let sort = query.effective_sort();
        let total = result.count() as usize;
        let pages = total.div_ceil(per_page).max(1);
        let page = query.page.max(1);
        let skip = (page - 1).saturating_mul(per_page);
        let wanted = skip.saturating_add(per_page).min(total);
        let entries: Vec<usize> = match sort {
            Sort::Name => self.in_order(
                (&self.by_name, &self.name_rank),
                &result,
                total,
                skip,
                per_page,
            ),
            Sort::Recent => self.in_order(
                (&self.by_recent, &self.recent_rank),
                &result,
                total,
                skip,
                per_page,
            ),
            Sort::Relevance => self.best(
                result.ones().map(|i| ranked(-score(i), self.name_rank[i])),
                total,
                skip,
                wanted,
            ),
            Sort::Distance => self.best(
                result.ones().map(|i| {
                    let d = origin.map_or(f32::NAN, |o| chord_squared(o, self.unit[i]));
                    // Unknown places go last.
                    ranked(if d.is_nan() { f32::MAX } else { d }, self.name_rank[i])
                }),
                total,
                skip,
                wanted,
            ),
        };
        let hits = entries
            .into_iter()
            .map(|i| Hit {
                number: i,
                entry: &self.entries[i],
                place: self.places[i],
                distance_km: origin
                    .map(|o| chord_squared(o, self.unit[i]))
                    .filter(|d| !d.is_nan())
                    .map(|d| km_for_chord_squared(f64::from(d))),
                score: score(i),
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

    /// The entries at most `radius` km from `origin`. Only those whose
    /// latitude is within the radius's angle of the origin's are measured;
    /// entries without a known place are not in `by_z`, so never within.
    fn within(&self, origin: [f32; 3], radius: f64) -> Bits {
        let limit = chord_squared_for_km(radius) as f32;
        let angle = radius / EARTH_RADIUS_KM;
        let latitude = f64::from(origin[2]).clamp(-1.0, 1.0).asin();
        let bound = |lat: f64| lat.clamp(-FRAC_PI_2, FRAC_PI_2).sin() as f32;
        // A little slack for single precision; the exact test follows.
        let (low, high) = (
            bound(latitude - angle) - 1e-5,
            bound(latitude + angle) + 1e-5,
        );
        let start = self.by_z.partition_point(|p| p.unit[2] < low);
        let end = self.by_z.partition_point(|p| p.unit[2] <= high);
        let mut within = Bits::empty(self.entries.len());
        for placed in &self.by_z[start..end] {
            if chord_squared(origin, placed.unit) <= limit {
                within.set(placed.entry as usize);
            }
        }
        within
    }

    /// A page of the members of `set` in a precomputed order: walked in
    /// that order when the set is dense, else its members are ranked.
    fn in_order(
        &self,
        (order, ranks): (&[u32], &[u32]),
        set: &Bits,
        members: usize,
        skip: usize,
        take: usize,
    ) -> Vec<usize> {
        if members.saturating_mul(16) >= order.len() {
            return order
                .iter()
                .map(|i| *i as usize)
                .filter(|i| set.contains(*i))
                .skip(skip)
                .take(take)
                .collect();
        }
        let mut ranked: Vec<(u32, usize)> = Vec::with_capacity(members);
        ranked.extend(set.ones().map(|i| (ranks[i], i)));
        ranked.sort_unstable();
        ranked
            .into_iter()
            .skip(skip)
            .take(take)
            .map(|(_, i)| i)
            .collect()
    }
}

/// An entry's place in an order: a key, then the entry's place in name
/// order, packed in one integer that compares as that pair does (the key
/// by `f32::total_cmp`).
fn ranked(key: f32, name_rank: u32) -> u64 {
    let bits = key.to_bits();
    let ordered = if bits >> 31 == 1 {
        !bits
    } else {
        bits | 1 << 31
    };
    u64::from(ordered) << 32 | u64::from(name_rank)
}

impl Directory {
    /// Entries `skip..wanted` of `count` ranked entries, in order. A page
    /// near the start keeps only the best seen so far in a small heap;
    /// exports sort all.
    fn best(
        &self,
        items: impl Iterator<Item = u64>,
        count: usize,
        skip: usize,
        wanted: usize,
    ) -> Vec<usize> {
        let sorted: Vec<u64> = if wanted.saturating_mul(8) < count {
            let mut heap = std::collections::BinaryHeap::with_capacity(wanted + 1);
            for item in items {
                if heap.len() < wanted {
                    heap.push(item);
                } else if let Some(mut worst) = heap.peek_mut()
                    && item < *worst
                {
                    // Replaced in place: one sift down instead of two.
                    *worst = item;
                }
            }
            heap.into_sorted_vec()
        } else {
            let mut all: Vec<u64> = Vec::with_capacity(count);
            all.extend(items);
            all.sort_unstable();
            all.truncate(wanted);
            all
        };
        sorted
            .into_iter()
            .skip(skip)
            .map(|r| self.by_name[r as u32 as usize] as usize)
            .collect()
    }
}

#[cfg(test)]
mod order_tests {
    use super::ranked;

    #[test]
    fn packed_ranks_order_like_the_key_then_the_name() {
        let keys = [f32::NEG_INFINITY, -3.5, -0.0, 0.0, 1e-30, 2.0, f32::MAX];
        for (a, ka) in keys.iter().enumerate() {
            for (b, kb) in keys.iter().enumerate() {
                for (ra, rb) in [(0, 1), (1, 0), (7, 7)] {
                    assert_eq!(
                        ranked(*ka, ra).cmp(&ranked(*kb, rb)),
                        ka.total_cmp(kb).then(ra.cmp(&rb)),
                        "{a} {b}"
                    );
                }
            }
        }
    }
}
