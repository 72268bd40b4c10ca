//! Distances and radii checked on real communes.

use super::with_text;
use crate::directory::{Near, SearchQuery, Sort};
use crate::geo;
use crate::providers::ProviderRecord;

#[test]
fn proximity_filters_sorts_and_measures() {
    let mut rennes = with_text("rennes", "À Rennes", "");
    rennes.commune = "35238".into();
    let mut malo = with_text("malo", "À Saint-Malo", "");
    malo.commune = "35288".into();
    let mut paris = with_text("paris", "À Paris", "");
    paris.commune = "75056".into();
    let directory = super::indexed(vec![paris, malo, rennes]);
    let near = |radius| SearchQuery {
        near: Some(Near {
            commune: geo::commune_by_insee("35238").unwrap(),
            radius_km: radius,
        }),
        page: 1,
        ..SearchQuery::default()
    };
    let result = directory.search(&near(Some(80.0)));
    let found: Vec<(&str, f64)> = result
        .hits
        .iter()
        .map(|h| (h.entry.slug.as_ref(), h.distance_km.unwrap()))
        .collect();
    assert_eq!(found.len(), 2);
    assert_eq!(found[0], ("rennes", 0.0));
    assert_eq!(found[1].0, "malo");
    assert!((60.0..70.0).contains(&found[1].1), "{}", found[1].1);
    assert_eq!(directory.search(&near(Some(50.0))).total, 1);
    let everyone = directory.search(&near(None));
    assert_eq!(everyone.sort, Sort::Distance);
    assert_eq!(everyone.hits.last().unwrap().entry.slug.as_ref(), "paris");
}

#[test]
fn a_radius_keeps_exactly_the_places_within_it() {
    // Every 97th commune of France, overseas included.
    let places: Vec<&geo::Commune> = geo::communes()
        .iter()
        .step_by(97)
        .filter(|c| c.position().is_some())
        .collect();
    let all: Vec<ProviderRecord> = places
        .iter()
        .map(|c| {
            let mut record = with_text(&format!("p-{}", c.insee()), "Ici", "");
            record.commune = c.insee().to_string();
            record
        })
        .collect();
    let directory = super::indexed(all);
    for origin in ["35238", "29019", "2A004", "97411", "59350", "13055"] {
        let commune = geo::commune_by_insee(origin).unwrap();
        let centre = commune.position().unwrap();
        for radius in [5.0, 30.0, 120.0, 700.0, 20_000.0] {
            let result = directory.search_all(&SearchQuery {
                near: Some(Near {
                    commune,
                    radius_km: Some(radius),
                }),
                ..SearchQuery::default()
            });
            let mut found: Vec<&str> = result.hits.iter().map(|h| &h.entry.slug[2..]).collect();
            found.sort_unstable();
            let mut expected: Vec<&str> = places
                .iter()
                .filter(|c| centre.distance_km(c.position().unwrap()) <= radius)
                .map(|c| c.insee())
                .collect();
            expected.sort_unstable();
            assert_eq!(found, expected, "{origin} within {radius} km");
        }
    }
}
