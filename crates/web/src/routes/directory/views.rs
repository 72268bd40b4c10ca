//! How a profile reads on the page: place, distance, labels, dates.

use essaim_domain::date::Date;
use essaim_domain::geo::Commune;
use essaim_domain::providers::ProviderRecord;
use essaim_domain::taxonomy::Availability;
use essaim_domain::{Locale, geo};

use crate::html::Code;
use crate::i18n::{translate, translate_with};

/// "Rennes (35)".
pub fn place(commune: Option<&Commune>) -> String {
    commune
        .map(|c| format!("{} ({})", c.name(), c.departement()))
        .unwrap_or_default()
}

/// The place of a profile read from the database.
pub fn place_of(record: &ProviderRecord) -> String {
    place(geo::commune_by_insee(&record.commune))
}

/// "12 km", rounded as a person would say it.
pub fn distance(km: f64, locale: Locale) -> String {
    if km < 1.0 {
        translate(locale, "directory-distance-under-one", None)
    } else {
        translate_with(
            locale,
            "directory-distance-km",
            &[("km", (km.round() as i64).into())],
        )
    }
}

/// The intervention zone in words.
pub fn zone(record: &ProviderRecord, locale: Locale) -> String {
    if record.zone.nationwide {
        return translate(locale, "directory-zone-nationwide", None);
    }
    let mut parts: Vec<String> = record
        .zone
        .regions
        .iter()
        .filter_map(|code| geo::region(code).map(|r| r.name.to_string()))
        .collect();
    parts.extend(
        record
            .zone
            .departements
            .iter()
            .filter_map(|code| geo::departement(code).map(|d| format!("{} ({code})", d.name))),
    );
    if parts.is_empty() {
        parts.push(place_of(record));
    }
    parts.join(", ")
}

/// "vérifiée le 3 mars 2026", or that it has not been verified.
pub fn verified(last_verified: Option<Date>, locale: Locale) -> String {
    match last_verified {
        Some(date) => translate_with(
            locale,
            "directory-verified-on",
            &[("date", date.long(locale).into())],
        ),
        None => translate(locale, "directory-not-verified", None),
    }
}

/// Not confirmed by its provider nor the network for `days` days before
/// `today`: flagged in search results and in the moderation queue.
pub fn is_stale(last_verified: Option<Date>, today: Date, days: i64) -> bool {
    match last_verified {
        Some(date) => date.days_until(today) > days,
        None => true,
    }
}

pub fn updated(record: &ProviderRecord, locale: Locale) -> String {
    record
        .last_updated_date()
        .map(|d: Date| {
            translate_with(
                locale,
                "directory-updated-on",
                &[("date", d.long(locale).into())],
            )
        })
        .unwrap_or_default()
}

/// CSS modifier of an availability badge.
/// The class of an availability's badge (`badge-complet`).
pub fn availability_class(availability: Availability) -> Code {
    match availability {
        Availability::Available => const { Code::new("disponible") },
        Availability::Full => const { Code::new("complet") },
        Availability::Paused => const { Code::new("en-pause") },
    }
}
