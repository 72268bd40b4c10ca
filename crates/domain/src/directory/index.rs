use std::collections::HashMap;
use std::sync::Arc;

use super::coverage::Coverage;
use crate::analyzer::analyze;
use crate::catalogue::{tool_by_slug, tool_index};
use crate::date::Date;
use crate::geo::{self, Commune};
use crate::provider::ProviderRecord;
use crate::text::fold;

/// One published profile, ready to be searched.
pub(super) struct Entry {
    pub record: Arc<ProviderRecord>,
    pub commune: Option<&'static Commune>,
    pub coverage: Coverage,
    /// Bit sets over the taxonomies' `ALL` order and the tool catalogue.
    pub support_types: u32,
    pub sizes: u32,
    pub modalities: u32,
    pub tools: u64,
    pub sort_name: String,
    pub updated: Date,
}

/// Term weights by field: a word in the name counts more than one in the
/// description.
const NAME_WEIGHT: f32 = 4.0;
const PITCH_WEIGHT: f32 = 2.0;
const TOOL_WEIGHT: f32 = 2.0;
const TEXT_WEIGHT: f32 = 1.0;

/// The entries where a term occurs, with its weight there, by entry.
pub(super) type Postings = Vec<(u32, f32)>;

/// The published directory, searchable in memory. Cheap to share behind an
/// `Arc`; rebuilt whole when the database changes.
pub struct Directory {
    pub(super) entries: Vec<Entry>,
    /// Sorted by term, for exact and prefix look-ups.
    pub(super) terms: Vec<(Box<str>, Postings)>,
}

impl Directory {
    pub fn new(records: Vec<ProviderRecord>) -> Directory {
        let entries: Vec<Entry> = records.into_iter().map(entry).collect();
        let mut postings: HashMap<String, HashMap<u32, f32>> = HashMap::new();
        for (i, entry) in entries.iter().enumerate() {
            for (text, weight) in searchable_texts(&entry.record) {
                for term in analyze(&text) {
                    *postings
                        .entry(term)
                        .or_default()
                        .entry(i as u32)
                        .or_default() += weight;
                }
            }
        }
        let count = entries.len().max(1) as f32;
        let mut terms: Vec<(Box<str>, Postings)> = postings
            .into_iter()
            .map(|(term, docs)| {
                // Rare terms weigh more (inverse document frequency), and a
                // term repeated in one field saturates.
                let idf = (1.0 + count / docs.len() as f32).ln();
                let mut list: Vec<(u32, f32)> = docs
                    .into_iter()
                    .map(|(doc, weight)| (doc, idf * weight / (weight + 1.0) * 2.0))
                    .collect();
                list.sort_unstable_by_key(|(doc, _)| *doc);
                (term.into_boxed_str(), list)
            })
            .collect();
        terms.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Directory { entries, terms }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn get(&self, slug: &str) -> Option<&Arc<ProviderRecord>> {
        self.entries
            .iter()
            .find(|e| e.record.slug == slug)
            .map(|e| &e.record)
    }

    /// Every record, in name order.
    pub fn records(&self) -> impl Iterator<Item = &Arc<ProviderRecord>> {
        self.entries.iter().map(|e| &e.record)
    }
}

fn entry(record: ProviderRecord) -> Entry {
    let bits =
        |indexes: &mut dyn Iterator<Item = usize>| indexes.fold(0u64, |acc, i| acc | (1 << i));
    Entry {
        commune: geo::commune_by_insee(&record.commune),
        coverage: Coverage::of(&record),
        support_types: bits(&mut record.support_types.iter().map(|t| t.index())) as u32,
        sizes: bits(&mut record.association_sizes.iter().map(|t| t.index())) as u32,
        modalities: bits(&mut record.modalities.iter().map(|t| t.index())) as u32,
        tools: bits(&mut record.tools.iter().filter_map(|t| tool_index(t))),
        sort_name: fold(&record.name),
        updated: record.last_updated_date().unwrap_or(Date {
            year: 1970,
            month: 1,
            day: 1,
        }),
        record: Arc::new(record),
    }
}

/// The texts of a profile that full-text search reads, with their weight.
fn searchable_texts(record: &ProviderRecord) -> Vec<(String, f32)> {
    let mut texts = vec![
        (record.name.clone(), NAME_WEIGHT),
        (record.pitch.clone(), PITCH_WEIGHT),
        (record.description.clone(), TEXT_WEIGHT),
    ];
    for tool in record.tools.iter().filter_map(|t| tool_by_slug(t)) {
        texts.push((tool.name.to_string(), TOOL_WEIGHT));
    }
    for reference in &record.references {
        texts.push((reference.summary.clone(), TEXT_WEIGHT));
        texts.push((reference.outcome.clone(), TEXT_WEIGHT));
    }
    if let Some(commune) = geo::commune_by_insee(&record.commune) {
        texts.push((commune.name.to_string(), TEXT_WEIGHT));
    }
    for support in &record.support_types {
        texts.push((support.label(crate::Locale::Fr).to_string(), TEXT_WEIGHT));
    }
    texts
}
