//! The directory searched in memory: the published profiles with everything
//! a search needs precomputed (terms, coverage of the territory, position).
//! The database stays the source of truth; an index is rebuilt from it.

mod bits;
mod coverage;
mod entry;
mod index;
mod query;
mod search;
mod text_match;

pub use entry::Entry;
pub use index::Directory;
pub use query::{DepartementCounts, Near, SearchQuery, Sort};
pub use search::{Facets, Hit, SearchResult};

/// Results per page.
pub const PER_PAGE: usize = 20;

#[cfg(test)]
mod tests;
