//! Search checked against a naive implementation of the same rules.

use super::*;
use std::sync::{Arc, LazyLock};

use crate::catalogue::Catalogue;
use crate::geo;
use crate::providers::{ProviderRecord, Zone};
use crate::taxonomy::*;

mod proximity;
mod text;

/// The built-in catalogue, which the tests' profiles take their tools from.
static CATALOGUE: LazyLock<Arc<Catalogue>> = LazyLock::new(|| Arc::new(Catalogue::builtin()));

fn indexed(records: Vec<ProviderRecord>) -> Directory {
    Directory::new(records, CATALOGUE.clone())
}

fn tool_slugs() -> Vec<&'static str> {
    CATALOGUE.tools().iter().map(|t| t.slug.as_str()).collect()
}

/// A small deterministic pseudo-random generator.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }

    fn pick<T: Copy>(&mut self, all: &[T], max: usize) -> Vec<T> {
        let mut out: Vec<T> = Vec::new();
        let count = 1 + self.next(max);
        for _ in 0..count {
            let item = all[self.next(all.len())];
            out.push(item);
        }
        out
    }
}

const COMMUNES: &[&str] = &[
    "35238", "35288", "29019", "75056", "69123", "13055", "97411", "2A004", "33063", "59350",
];

fn records(n: usize) -> Vec<ProviderRecord> {
    let mut rng = Lcg(42);
    (0..n)
        .map(|i| {
            let mut record = crate::providers::tests::sample();
            record.slug = format!("p-{i}");
            record.name = format!("Prestataire {}", n - i);
            record.commune = COMMUNES[rng.next(COMMUNES.len())].to_string();
            record.support_types = dedup(rng.pick(SupportType::ALL, 3));
            record.association_sizes = dedup(rng.pick(AssociationSize::ALL, 2));
            record.modalities = dedup(rng.pick(Modality::ALL, 2));
            record.structure = Some(Structure::ALL[rng.next(Structure::ALL.len())]);
            record.tools = dedup(rng.pick(&tool_slugs(), 3))
                .into_iter()
                .map(String::from)
                .collect();
            record.chatons = rng.next(3) == 0;
            record.remote = rng.next(4) == 0;
            record.availability = Availability::ALL[rng.next(3)];
            record.zone = Zone {
                nationwide: rng.next(10) == 0,
                regions: if rng.next(3) == 0 {
                    vec![geo::regions()[rng.next(18)].code.to_string()]
                } else {
                    vec![]
                },
                departements: if rng.next(3) == 0 {
                    vec![geo::departements()[rng.next(101)].code.to_string()]
                } else {
                    vec![]
                },
            };
            record.last_updated = format!("2026-0{}-1{}", 1 + rng.next(9), rng.next(10));
            record
        })
        .collect()
}

fn dedup<T: PartialEq + Copy>(items: Vec<T>) -> Vec<T> {
    let mut out = Vec::new();
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// The zone rule written plainly from the specification.
fn covers_departement(r: &ProviderRecord, dep: &str, remote_counts: bool) -> bool {
    let base = geo::commune_by_insee(&r.commune).unwrap();
    r.zone.nationwide
        || (r.remote && remote_counts)
        || base.departement() == dep
        || r.zone.departements.iter().any(|d| d == dep)
        || r.zone
            .regions
            .iter()
            .any(|reg| geo::departement(dep).unwrap().region == reg)
}

fn covers_region(r: &ProviderRecord, region: &str, remote_counts: bool) -> bool {
    let base = geo::commune_by_insee(&r.commune).unwrap();
    r.zone.nationwide
        || (r.remote && remote_counts)
        || base.region() == region
        || r.zone.regions.iter().any(|reg| reg == region)
        || r.zone
            .departements
            .iter()
            .any(|d| geo::departement(d).unwrap().region == region)
}

/// Based or intervening there, without counting remote or nationwide work.
fn covers_region_locally(r: &ProviderRecord, region: &str) -> bool {
    let base = geo::commune_by_insee(&r.commune).unwrap();
    base.region() == region
        || r.zone.regions.iter().any(|reg| reg == region)
        || r.zone
            .departements
            .iter()
            .any(|d| geo::departement(d).unwrap().region == region)
}

/// Which facet a naive filter is about, to leave it out for its own counts.
#[derive(PartialEq, Clone, Copy)]
enum Group {
    Support,
    Size,
    Structure,
    Tool,
    Region,
    Departement,
    Availability,
}

fn naive_match(r: &ProviderRecord, q: &SearchQuery, except: Option<Group>) -> bool {
    let remote = !q.exclude_remote;
    let ok = |g: Group, test: bool| except == Some(g) || test;
    ok(
        Group::Support,
        q.support_types.is_empty() || q.support_types.iter().any(|t| r.support_types.contains(t)),
    ) && ok(
        Group::Size,
        q.sizes.is_empty() || q.sizes.iter().any(|t| r.association_sizes.contains(t)),
    ) && (q.modalities.is_empty() || q.modalities.iter().any(|t| r.modalities.contains(t)))
        && ok(
            Group::Structure,
            q.structures.is_empty() || r.structure.is_some_and(|s| q.structures.contains(&s)),
        )
        && ok(
            Group::Tool,
            q.tools.is_empty() || q.tools.iter().any(|t| r.tools.iter().any(|x| x == t)),
        )
        && ok(
            Group::Region,
            q.regions.is_empty() || q.regions.iter().any(|reg| covers_region(r, reg, remote)),
        )
        && ok(
            Group::Departement,
            q.departements.is_empty()
                || q.departements
                    .iter()
                    .any(|d| covers_departement(r, d, remote)),
        )
        && (!q.chatons_only || r.chatons)
        && ok(
            Group::Availability,
            if q.availability.is_empty() {
                r.availability != Availability::Paused
            } else {
                q.availability.contains(&r.availability)
            },
        )
}

fn queries() -> Vec<SearchQuery> {
    let mut rng = Lcg(7);
    (0..60)
        .map(|_| SearchQuery {
            support_types: if rng.next(2) == 0 {
                rng.pick(SupportType::ALL, 2)
            } else {
                vec![]
            },
            sizes: if rng.next(2) == 0 {
                rng.pick(AssociationSize::ALL, 2)
            } else {
                vec![]
            },
            structures: if rng.next(3) == 0 {
                rng.pick(Structure::ALL, 2)
            } else {
                vec![]
            },
            tools: if rng.next(3) == 0 {
                vec![tool_slugs()[rng.next(CATALOGUE.tools().len())].to_string()]
            } else {
                vec![]
            },
            regions: if rng.next(3) == 0 {
                vec![geo::regions()[rng.next(18)].code]
            } else {
                vec![]
            },
            departements: if rng.next(3) == 0 {
                vec!["35", "29", "75", "2A"][rng.next(4)..].to_vec()
            } else {
                vec![]
            },
            availability: if rng.next(3) == 0 {
                vec![Availability::ALL[rng.next(3)]]
            } else {
                vec![]
            },
            chatons_only: rng.next(4) == 0,
            exclude_remote: rng.next(3) == 0,
            page: 1,
            ..SearchQuery::default()
        })
        .collect()
}

#[test]
fn totals_and_disjunctive_facet_counts_match_a_brute_force_count() {
    let all = records(400);
    let directory = indexed(all.clone());
    for query in queries() {
        let result = directory.search(&query);
        let expected = all.iter().filter(|r| naive_match(r, &query, None)).count();
        assert_eq!(result.total, expected, "total");
        for (i, term) in SupportType::ALL.iter().enumerate() {
            let naive = all
                .iter()
                .filter(|r| {
                    naive_match(r, &query, Some(Group::Support)) && r.support_types.contains(term)
                })
                .count();
            assert_eq!(
                result.facets.support_types[i] as usize,
                naive,
                "accompagnement={}",
                term.slug()
            );
        }
        for (i, size) in AssociationSize::ALL.iter().enumerate() {
            let naive = all
                .iter()
                .filter(|r| {
                    naive_match(r, &query, Some(Group::Size)) && r.association_sizes.contains(size)
                })
                .count();
            assert_eq!(result.facets.sizes[i] as usize, naive, "taille");
        }
        for (i, structure) in Structure::ALL.iter().enumerate() {
            let naive = all
                .iter()
                .filter(|r| {
                    naive_match(r, &query, Some(Group::Structure))
                        && r.structure == Some(*structure)
                })
                .count();
            assert_eq!(result.facets.structures[i] as usize, naive, "structure");
        }
        for (i, tool) in CATALOGUE.tools().iter().enumerate() {
            let naive = all
                .iter()
                .filter(|r| {
                    naive_match(r, &query, Some(Group::Tool)) && r.tools.contains(&tool.slug)
                })
                .count();
            assert_eq!(
                result.facets.tools[i] as usize, naive,
                "outil={}",
                tool.slug
            );
        }
        for (i, region) in geo::regions().iter().enumerate() {
            let naive = all
                .iter()
                .filter(|r| {
                    naive_match(r, &query, Some(Group::Region))
                        && covers_region(r, region.code, !query.exclude_remote)
                })
                .count();
            assert_eq!(
                result.facets.regions[i] as usize, naive,
                "region={}",
                region.code
            );
            let from_afar = all
                .iter()
                .filter(|r| {
                    naive_match(r, &query, Some(Group::Region))
                        && covers_region(r, region.code, !query.exclude_remote)
                        && !covers_region_locally(r, region.code)
                })
                .count();
            assert_eq!(
                result.facets.regions_from_afar[i] as usize, from_afar,
                "region={} from afar",
                region.code
            );
        }
        for (i, dep) in geo::departements().iter().enumerate() {
            let naive = all
                .iter()
                .filter(|r| {
                    naive_match(r, &query, Some(Group::Departement))
                        && covers_departement(r, dep.code, !query.exclude_remote)
                })
                .count();
            assert_eq!(
                result.facets.departements[i] as usize, naive,
                "departement={}",
                dep.code
            );
        }
        for (i, availability) in Availability::ALL.iter().enumerate() {
            let naive = all
                .iter()
                .filter(|r| {
                    naive_match(r, &query, Some(Group::Availability))
                        && r.availability == *availability
                })
                .count();
            assert_eq!(
                result.facets.availability[i] as usize, naive,
                "disponibilite"
            );
        }
    }
}

fn with_text(slug: &str, name: &str, description: &str) -> ProviderRecord {
    let mut record = crate::providers::tests::sample();
    record.slug = slug.into();
    record.name = name.into();
    record.pitch = "Accompagnement numérique".into();
    record.description = description.into();
    record.tools = vec![];
    record.references.iter_mut().for_each(|r| {
        r.summary = "Un projet".into();
        r.tools = vec![];
    });
    record.support_types = vec![SupportType::Diagnostic];
    record.zone = Zone::default();
    record
}

#[test]
fn zone_semantics() {
    let mut based = with_text("based", "Basé à Rennes", "");
    based.commune = "35238".into();
    let mut listed = with_text("listed", "Zone 35", "");
    listed.commune = "75056".into();
    listed.zone = Zone {
        departements: vec!["35".into()],
        ..Zone::default()
    };
    let mut region = with_text("region", "Zone Bretagne", "");
    region.commune = "75056".into();
    region.zone = Zone {
        regions: vec!["53".into()],
        ..Zone::default()
    };
    let mut france = with_text("france", "Toute la France", "");
    france.commune = "13055".into();
    france.zone = Zone {
        nationwide: true,
        ..Zone::default()
    };
    let mut remote = with_text("remote", "À distance", "");
    remote.commune = "69123".into();
    remote.remote = true;
    let mut elsewhere = with_text("elsewhere", "Ailleurs", "");
    elsewhere.commune = "69123".into();
    elsewhere.zone = Zone::default();
    let directory = indexed(vec![based, listed, region, france, remote, elsewhere]);

    let slugs = |query: SearchQuery| {
        let mut s: Vec<String> = directory
            .search(&query)
            .hits
            .iter()
            .map(|h| h.entry.slug.to_string())
            .collect();
        s.sort();
        s
    };
    let q35 = SearchQuery {
        departements: vec!["35"],
        page: 1,
        ..SearchQuery::default()
    };
    assert_eq!(
        slugs(q35.clone()),
        ["based", "france", "listed", "region", "remote"]
    );
    assert_eq!(
        slugs(SearchQuery {
            exclude_remote: true,
            ..q35
        }),
        ["based", "france", "listed", "region"]
    );
    let q29 = SearchQuery {
        departements: vec!["29"],
        exclude_remote: true,
        page: 1,
        ..SearchQuery::default()
    };
    assert_eq!(slugs(q29), ["france", "region"]);
}

#[test]
fn pagination() {
    let available = records(45)
        .into_iter()
        .map(|mut r| {
            r.availability = Availability::Available;
            r
        })
        .collect();
    let directory = indexed(available);
    let page = |n| {
        directory.search(&SearchQuery {
            page: n,
            ..SearchQuery::default()
        })
    };
    assert_eq!(
        (page(1).hits.len(), page(2).hits.len(), page(3).hits.len()),
        (20, 20, 5)
    );
    assert_eq!(page(1).pages, 3);
    assert!(page(4).hits.is_empty());
    assert_eq!(page(1).sort, Sort::Name);
    let names: Vec<String> = page(1)
        .hits
        .iter()
        .map(|h| h.entry.name.to_string())
        .collect();
    let mut sorted = names.clone();
    sorted.sort_by_key(|n| crate::text::fold(n));
    assert_eq!(names, sorted);
}

#[test]
fn paused_profiles_are_hidden_unless_asked_for() {
    let mut all = records(30);
    for (i, r) in all.iter_mut().enumerate() {
        r.availability = if i < 4 {
            Availability::Paused
        } else {
            Availability::Available
        };
    }
    let directory = indexed(all);
    let default = directory.search(&SearchQuery::default());
    assert_eq!(default.total, 26);
    let paused = Availability::Paused.index();
    assert_eq!(
        default.facets.availability[paused], 4,
        "the facet still offers them"
    );
    let asked = directory.search(&SearchQuery {
        availability: vec![Availability::Paused],
        ..SearchQuery::default()
    });
    assert_eq!(asked.total, 4);
}
