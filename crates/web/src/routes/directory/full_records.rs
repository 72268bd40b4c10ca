//! The whole published profiles behind some results, read from the
//! database: the index keeps only what a result shows.

use essaim_domain::directory::Hit;
use essaim_domain::providers::ProviderRecord;
use essaim_store::{Database, StoreError};

use crate::AppState;

/// Profiles held at once by an export.
const BATCH: usize = 200;

/// Each result's profile as the public sees it, with its distance, in the
/// results' order. A profile withdrawn since the index was built is left out.
pub async fn of_hits(
    db: &Database,
    hits: &[Hit<'_>],
) -> Result<Vec<(ProviderRecord, Option<f64>)>, StoreError> {
    let slugs: Vec<&str> = hits.iter().map(|h| h.entry.slug.as_ref()).collect();
    let records = db.published_in_order(&slugs).await?;
    // Both lists are in the results' order, the records a subset.
    let mut hits = hits.iter();
    Ok(records
        .into_iter()
        .filter_map(|record| {
            let hit = hits.find(|h| *h.entry.slug == *record.slug)?;
            Some((record, hit.distance_km))
        })
        .collect())
}

/// Calls `each` with the results' profiles in order, a batch at a time, so
/// that an export of thousands never holds them all; gives the memory back
/// to the system at the end.
pub async fn in_batches<E: From<StoreError>>(
    state: &AppState,
    hits: &[Hit<'_>],
    mut each: impl FnMut(Vec<(ProviderRecord, Option<f64>)>) -> Result<(), E>,
) -> Result<(), E> {
    for batch in hits.chunks(BATCH) {
        each(of_hits(state.db(), batch).await?)?;
    }
    state.release_freed_memory();
    Ok(())
}
