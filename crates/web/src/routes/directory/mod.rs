//! The directory of providers: search page, profile page, exports.

pub mod cards;
pub mod contact;
pub mod export_csv;
pub mod export_geojson;
pub mod facets;
pub mod full_records;
pub mod labels;
pub mod params;
pub mod profile;
pub mod search;
#[cfg(test)]
mod speed;
pub mod views;
