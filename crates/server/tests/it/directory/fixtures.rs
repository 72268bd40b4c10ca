//! Small hand-made directories whose expected answers are known.

use essaim_domain::providers::transfer::{ExportDocument, ExportedProvider};
use essaim_domain::providers::{ProviderRecord, Zone};
use essaim_domain::taxonomy::ProviderStatus;

/// A valid published record, based in `commune`, with the given text.
pub fn record(slug: &str, name: &str, commune: &str, description: &str) -> ProviderRecord {
    let mut record = essaim_server::demo_data(1, 1).providers.remove(0).profile;
    record.slug = slug.into();
    record.name = name.into();
    record.commune = commune.into();
    record.description = description.into();
    record.pitch = "Une structure d'exemple".into();
    record.support_types = vec![essaim_domain::taxonomy::SupportType::Diagnostic];
    record.tools = vec!["wordpress".into()];
    record.zone = Zone::default();
    record.remote = false;
    record.address_public = false;
    record.references.iter_mut().for_each(|r| {
        r.summary = "Un projet mené ensemble".into();
        r.outcome = String::new();
        r.tools = vec![];
    });
    record
}

pub fn published(records: Vec<ProviderRecord>) -> ExportDocument {
    ExportDocument::new(
        records
            .into_iter()
            .map(|r| ExportedProvider {
                status: ProviderStatus::Published,
                created_at: 1_700_000_000,
                updated_at: 1_700_000_000,
                published_at: Some(1_700_000_000),
                published: Some(r.clone()),
                profile: r,
            })
            .collect(),
    )
}

/// Slugs of the items of an API answer, sorted.
pub fn slugs(body: &serde_json::Value) -> Vec<String> {
    let mut slugs: Vec<String> = body["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["slug"].as_str().unwrap().to_string())
        .collect();
    slugs.sort();
    slugs
}

/// How many profiles of a document the public search lists: published, not
/// suspended, not paused.
pub fn listed_count(document: &ExportDocument) -> usize {
    document
        .providers
        .iter()
        .filter(|p| p.status != ProviderStatus::Suspended)
        .filter_map(|p| p.published.as_ref())
        .filter(|r| r.availability != essaim_domain::taxonomy::Availability::Paused)
        .count()
}
