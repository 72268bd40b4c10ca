//! What the index keeps of each published profile: enough to show a result.
//! The whole profile (description, references, contact) stays in the
//! database and is read from there by the pages that show it.

use crate::date::Date;
use crate::providers::ProviderRecord;
use crate::taxonomy::{Availability, SupportType};

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub slug: Box<str>,
    pub name: Box<str>,
    pub pitch: Box<str>,
    /// INSEE code of the commune where the provider is based.
    pub commune: Box<str>,
    pub remote: bool,
    pub chatons: bool,
    pub fictional: bool,
    pub support_types: Box<[SupportType]>,
    pub availability: Availability,
    /// The last confirmation by the provider or the network.
    pub last_verified: Option<Date>,
}

impl Entry {
    pub fn of(record: &ProviderRecord) -> Entry {
        Entry {
            slug: record.slug.as_str().into(),
            name: record.name.as_str().into(),
            pitch: record.pitch.as_str().into(),
            commune: record.commune.as_str().into(),
            remote: record.remote,
            chatons: record.chatons,
            fictional: record.fictional,
            support_types: record.support_types.as_slice().into(),
            availability: record.availability,
            last_verified: record.last_verified_date(),
        }
    }
}
