use std::collections::HashMap;

use super::bits::Bits;
use super::coverage::Coverage;
use super::entry::Entry;
use crate::analyzer::analyze;
use std::sync::Arc;

use crate::catalogue::Catalogue;
use crate::geo;
use crate::providers::ProviderRecord;
use crate::taxonomy::{AssociationSize, Availability, Modality, Structure, SupportType};
use crate::text::fold;

/// Term weights by field: a word in the name counts more than one in the
/// description.
const NAME_WEIGHT: f32 = 4.0;
const PITCH_WEIGHT: f32 = 2.0;
const TOOL_WEIGHT: f32 = 2.0;
const TEXT_WEIGHT: f32 = 1.0;
/// What a mastered tool replaces and the needs it meets, in the users'
/// words: "google drive" and "visio" find the providers of the free
/// alternative.
const TOOL_WORDS_WEIGHT: f32 = 1.0;

/// A term found in at least one entry in this many is kept as a bit set and
/// a weight for every entry: a search reads those directly instead of
/// walking thousands of postings.
const FREQUENT: usize = 8;

/// Where a term occurs and its weight there.
pub(super) enum Occurrences {
    /// The entries, in order, each with the weight.
    Few(Vec<(u32, f32)>),
    /// The entries as a set, and the weight by entry (0 where absent).
    Many { members: Bits, weights: Box<[f32]> },
}

/// For each facet value, the entries that have it.
pub(super) struct FacetBits {
    pub support_types: Vec<Bits>,
    pub sizes: Vec<Bits>,
    pub modalities: Vec<Bits>,
    pub structures: Vec<Bits>,
    pub tools: Vec<Bits>,
    /// Entries covering a région or département by their base or their
    /// zone (not counting nationwide or remote, kept apart below).
    pub regions: Vec<Bits>,
    pub departements: Vec<Bits>,
    pub nationwide: Bits,
    pub remote: Bits,
    pub chatons: Bits,
    pub availability: Vec<Bits>,
}

/// The published directory, searchable in memory. Cheap to share behind an
/// `Arc`; rebuilt whole when the database changes.
pub struct Directory {
    pub(super) entries: Vec<Entry>,
    pub(super) facets: FacetBits,
    /// Entry numbers in name order, and most recently updated first.
    pub(super) by_name: Vec<u32>,
    pub(super) by_recent: Vec<u32>,
    /// Position in name order and in recent order, by entry.
    pub(super) name_rank: Vec<u32>,
    pub(super) recent_rank: Vec<u32>,
    /// Unit vectors of the entries' places: the straight-line (chord)
    /// distance between two of them orders places like the distance on
    /// Earth, without trigonometry at search time.
    /// `NaN` where the place is unknown. Single precision is a few
    /// decimetres on Earth, and halves what each search reads.
    pub(super) unit: Vec<[f32; 3]>,
    /// The entries with a known place, by the third coordinate of their unit
    /// vector (the sine of the latitude): a radius search reads only the
    /// band of latitudes the circle spans, in order, each vector beside its
    /// entry's number.
    pub(super) by_z: Vec<Placed>,
    /// The commune of each entry, looked up once.
    pub(super) places: Vec<Option<&'static geo::Commune>>,
    /// Sorted by term, for exact and prefix look-ups.
    pub(super) terms: Vec<(Box<str>, Occurrences)>,
    /// The catalogue the index was built with: its tools are the tool
    /// facet's values, in its order.
    pub(super) catalogue: Arc<Catalogue>,
}

/// An entry with a known place, and the unit vector of that place.
pub(super) struct Placed {
    pub unit: [f32; 3],
    pub entry: u32,
}

pub(super) fn unit_vector(position: geo::LatLon) -> [f32; 3] {
    let (lat, lon) = (position.lat.to_radians(), position.lon.to_radians());
    [
        (lat.cos() * lon.cos()) as f32,
        (lat.cos() * lon.sin()) as f32,
        lat.sin() as f32,
    ]
}

impl Directory {
    /// Builds the index of published profiles. Only a summary of each is
    /// kept ([`Entry`]); the records are dropped once indexed.
    pub fn new(records: Vec<ProviderRecord>, catalogue: Arc<Catalogue>) -> Directory {
        let n = records.len();
        let all = |count: usize| vec![Bits::empty(n); count];
        let mut facets = FacetBits {
            support_types: all(SupportType::ALL.len()),
            sizes: all(AssociationSize::ALL.len()),
            modalities: all(Modality::ALL.len()),
            structures: all(Structure::ALL.len()),
            tools: all(catalogue.tools().len()),
            regions: all(geo::regions().len()),
            departements: all(geo::departements().len()),
            nationwide: Bits::empty(n),
            remote: Bits::empty(n),
            chatons: Bits::empty(n),
            availability: all(Availability::ALL.len()),
        };
        let mut unit = Vec::with_capacity(n);
        let mut places = Vec::with_capacity(n);
        for (i, record) in records.iter().enumerate() {
            record
                .support_types
                .iter()
                .for_each(|t| facets.support_types[t.index()].set(i));
            record
                .association_sizes
                .iter()
                .for_each(|t| facets.sizes[t.index()].set(i));
            record
                .modalities
                .iter()
                .for_each(|t| facets.modalities[t.index()].set(i));
            if let Some(structure) = record.structure {
                facets.structures[structure.index()].set(i);
            }
            record
                .tools
                .iter()
                .filter_map(|t| catalogue.tool_index(t))
                .for_each(|t| facets.tools[t].set(i));
            facets.availability[record.availability.index()].set(i);
            if record.chatons {
                facets.chatons.set(i);
            }
            let coverage = Coverage::of(record);
            if coverage.nationwide {
                facets.nationwide.set(i);
            }
            if coverage.remote {
                facets.remote.set(i);
            }
            for (bit, set) in facets.regions.iter_mut().enumerate() {
                if coverage.has_region_bit(bit) {
                    set.set(i);
                }
            }
            for (bit, set) in facets.departements.iter_mut().enumerate() {
                if coverage.has_departement_bit(bit) {
                    set.set(i);
                }
            }
            let place = geo::commune_by_insee(&record.commune);
            unit.push(
                place
                    .and_then(|c| c.position())
                    .map_or([f32::NAN; 3], unit_vector),
            );
            places.push(place);
        }

        let names: Vec<String> = records.iter().map(|r| fold(&r.name)).collect();
        let mut by_name: Vec<u32> = (0..n as u32).collect();
        by_name.sort_by(|a, b| {
            let (a, b) = (*a as usize, *b as usize);
            names[a]
                .cmp(&names[b])
                .then_with(|| records[a].slug.cmp(&records[b].slug))
        });
        let mut name_rank = vec![0u32; n];
        for (rank, entry) in by_name.iter().enumerate() {
            name_rank[*entry as usize] = rank as u32;
        }
        let mut by_recent = by_name.clone();
        by_recent.sort_by(|a, b| {
            records[*b as usize]
                .last_updated
                .cmp(&records[*a as usize].last_updated)
        });

        let mut by_z: Vec<Placed> = unit
            .iter()
            .enumerate()
            .filter(|(_, u)| !u[2].is_nan())
            .map(|(i, u)| Placed {
                unit: *u,
                entry: i as u32,
            })
            .collect();
        by_z.sort_unstable_by(|a, b| a.unit[2].total_cmp(&b.unit[2]).then(a.entry.cmp(&b.entry)));

        let mut recent_rank = vec![0u32; n];
        for (rank, entry) in by_recent.iter().enumerate() {
            recent_rank[*entry as usize] = rank as u32;
        }

        Directory {
            terms: text_index(&records, &catalogue),
            entries: records.iter().map(Entry::of).collect(),
            recent_rank,
            facets,
            by_name,
            by_recent,
            name_rank,
            unit,
            by_z,
            places,
            catalogue,
        }
    }

    /// The catalogue of the tool facet.
    pub fn catalogue(&self) -> &Arc<Catalogue> {
        &self.catalogue
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries, by entry number (the order of [`Hit::number`]).
    ///
    /// [`Hit::number`]: super::Hit::number
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The commune of entry `number`, looked up when the index was built.
    pub fn place(&self, number: usize) -> Option<&'static geo::Commune> {
        self.places[number]
    }
}

fn text_index(records: &[ProviderRecord], catalogue: &Catalogue) -> Vec<(Box<str>, Occurrences)> {
    let mut postings: HashMap<String, HashMap<u32, f32>> = HashMap::new();
    for (i, record) in records.iter().enumerate() {
        for (text, weight) in searchable_texts(record, catalogue) {
            for term in analyze(&text) {
                *postings
                    .entry(term)
                    .or_default()
                    .entry(i as u32)
                    .or_default() += weight;
            }
        }
    }
    let n = records.len();
    let count = n.max(1) as f32;
    let mut terms: Vec<(Box<str>, Occurrences)> = postings
        .into_iter()
        .map(|(term, docs)| {
            // Rare terms weigh more (inverse document frequency), and a term
            // repeated in one field saturates.
            let idf = (1.0 + count / docs.len() as f32).ln();
            let mut list: Vec<(u32, f32)> = docs
                .into_iter()
                .map(|(doc, weight)| (doc, idf * weight / (weight + 1.0) * 2.0))
                .collect();
            list.sort_unstable_by_key(|(doc, _)| *doc);
            let occurrences = if list.len() * FREQUENT >= n {
                let mut members = Bits::empty(n);
                let mut weights = vec![0.0; n].into_boxed_slice();
                for (doc, weight) in list {
                    members.set(doc as usize);
                    weights[doc as usize] = weight;
                }
                Occurrences::Many { members, weights }
            } else {
                Occurrences::Few(list)
            };
            (term.into_boxed_str(), occurrences)
        })
        .collect();
    terms.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    terms
}

/// The texts of a profile that full-text search reads, with their weight.
fn searchable_texts(record: &ProviderRecord, catalogue: &Catalogue) -> Vec<(String, f32)> {
    let mut texts = vec![
        (record.name.clone(), NAME_WEIGHT),
        (record.pitch.clone(), PITCH_WEIGHT),
        (record.description.clone(), TEXT_WEIGHT),
    ];
    for tool in record.tools.iter().filter_map(|t| catalogue.tool(t)) {
        texts.push((tool.name.clone(), TOOL_WEIGHT));
        for words in catalogue.tool_words(tool) {
            texts.push((words.to_string(), TOOL_WORDS_WEIGHT));
        }
    }
    for reference in &record.references {
        texts.push((reference.summary.clone(), TEXT_WEIGHT));
        texts.push((reference.outcome.clone(), TEXT_WEIGHT));
    }
    if let Some(commune) = geo::commune_by_insee(&record.commune) {
        texts.push((commune.name().to_string(), TEXT_WEIGHT));
    }
    for support in &record.support_types {
        texts.push((support.label(crate::Locale::Fr).to_string(), TEXT_WEIGHT));
    }
    texts
}
