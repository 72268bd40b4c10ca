//! The directory in the API: `/api/v1/prestataires` and one profile.

pub mod list;
pub mod show;

use essaim_domain::geo;
use essaim_domain::providers::ProviderRecord;
use serde::Serialize;

/// A provider as the API and the exports give it: the public record (the
/// index holds only public records), plus where it is and, near a place,
/// how far.
#[derive(Serialize)]
pub struct ApiProvider<'a> {
    #[serde(flatten)]
    record: &'a ProviderRecord,
    #[serde(skip_serializing_if = "Option::is_none")]
    place: Option<Place>,
    url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    distance_km: Option<f64>,
}

#[derive(Serialize)]
struct Place {
    commune_name: &'static str,
    postcode: &'static str,
    departement: &'static str,
    region: &'static str,
    latitude: Option<f64>,
    longitude: Option<f64>,
}

impl<'a> ApiProvider<'a> {
    pub fn new(record: &'a ProviderRecord, distance_km: Option<f64>) -> ApiProvider<'a> {
        let place = geo::commune_by_insee(&record.commune).map(|c| Place {
            commune_name: c.name(),
            postcode: c.main_postcode(),
            departement: c.departement(),
            region: c.region(),
            latitude: c.position().map(|p| p.lat),
            longitude: c.position().map(|p| p.lon),
        });
        ApiProvider {
            record,
            place,
            url: format!("/annuaire/{}", record.slug),
            distance_km: distance_km.map(|km| (km * 10.0).round() / 10.0),
        }
    }
}
