//! French reference geography, built into the binary from the
//! administration's open data (see `scripts/build_communes.py`): the 18
//! régions, 101 départements and every commune with its postcodes and centre.

use std::sync::LazyLock;

use zerocopy::little_endian::{I32, U32};
use zerocopy::{FromBytes, Immutable, KnownLayout, Unaligned};

use crate::text::place_key;

const REGIONS_TSV: &str = include_str!("../data/regions.tsv");
const DEPARTEMENTS_TSV: &str = include_str!("../data/departements.tsv");

// The communes of `data/communes.tsv`, laid out by `build.rs` to be read in
// place: only the pages a look-up touches are loaded, nothing at start.
const COMMUNES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/communes.bin"));
/// Names and postcode lists end to end, where the records point.
const COMMUNE_TEXTS: &str = include_str!(concat!(env!("OUT_DIR"), "/commune_texts.txt"));
const BY_POSTCODE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/communes_by_postcode.bin"));
/// Folded names end to end, in name order.
const NAME_KEYS: &str = include_str!(concat!(env!("OUT_DIR"), "/commune_name_keys.txt"));
const BY_NAME: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/communes_by_name.bin"));

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LatLon {
    pub lat: f64,
    pub lon: f64,
}

impl LatLon {
    /// Great-circle distance in kilometres (haversine, mean Earth radius).
    pub fn distance_km(self, other: LatLon) -> f64 {
        let (phi1, phi2) = (self.lat.to_radians(), other.lat.to_radians());
        let d_phi = (other.lat - self.lat).to_radians();
        let d_lambda = (other.lon - self.lon).to_radians();
        let a =
            (d_phi / 2.0).sin().powi(2) + phi1.cos() * phi2.cos() * (d_lambda / 2.0).sin().powi(2);
        2.0 * 6371.0088 * a.sqrt().asin()
    }
}

#[derive(Debug)]
pub struct Region {
    pub code: &'static str,
    pub name: &'static str,
}

#[derive(Debug)]
pub struct Departement {
    pub code: &'static str,
    pub region: &'static str,
    pub name: &'static str,
}

/// One commune, as `build.rs` writes it: 28 bytes read in place.
#[derive(FromBytes, Immutable, KnownLayout, Unaligned)]
#[repr(C)]
pub struct Commune {
    insee: [u8; 5],
    /// Index in `departements()`.
    departement: u8,
    name_len: u8,
    postcodes_len: u8,
    /// In `COMMUNE_TEXTS`.
    name_start: U32,
    postcodes_start: U32,
    /// Centre in hundred-thousandths of a degree; `i32::MIN` when unknown.
    lat_e5: I32,
    lon_e5: I32,
    population: U32,
}

// The record `build.rs` writes (its `RECORD`).
const _: () = assert!(std::mem::size_of::<Commune>() == 28);

/// A commune number and a key: a postcode, or where a folded name starts
/// in `NAME_KEYS`.
#[derive(FromBytes, Immutable, KnownLayout, Unaligned)]
#[repr(C)]
struct Pair {
    key: U32,
    commune: U32,
}

impl Commune {
    pub fn insee(&self) -> &str {
        std::str::from_utf8(&self.insee).expect("INSEE codes are ASCII")
    }

    pub fn name(&self) -> &'static str {
        text(self.name_start, self.name_len)
    }

    pub fn population(&self) -> u32 {
        self.population.get()
    }

    pub fn departement(&self) -> &'static str {
        GEOGRAPHY.departements[usize::from(self.departement)].code
    }

    pub fn region(&self) -> &'static str {
        GEOGRAPHY.departements[usize::from(self.departement)].region
    }

    pub fn position(&self) -> Option<LatLon> {
        let (lat, lon) = (self.lat_e5.get(), self.lon_e5.get());
        (lat != i32::MIN).then(|| LatLon {
            lat: f64::from(lat) / 1e5,
            lon: f64::from(lon) / 1e5,
        })
    }

    pub fn postcodes(&self) -> impl Iterator<Item = &'static str> {
        text(self.postcodes_start, self.postcodes_len)
            .split(',')
            .filter(|p| !p.is_empty())
    }

    pub fn main_postcode(&self) -> &'static str {
        self.postcodes().next().unwrap_or_default()
    }
}

impl std::fmt::Debug for Commune {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Commune({} {})", self.insee(), self.name())
    }
}

fn text(start: U32, len: u8) -> &'static str {
    let start = start.get() as usize;
    &COMMUNE_TEXTS[start..start + usize::from(len)]
}

fn pairs(bytes: &'static [u8]) -> &'static [Pair] {
    <[Pair]>::ref_from_bytes(bytes).expect("build.rs writes whole pairs")
}

struct Geography {
    regions: Vec<Region>,
    departements: Vec<Departement>,
}

static GEOGRAPHY: LazyLock<Geography> = LazyLock::new(|| {
    let fields = |line: &'static str| line.split('\t').collect::<Vec<_>>();
    let regions = REGIONS_TSV
        .lines()
        .map(fields)
        .map(|f| Region {
            code: f[0],
            name: f[1],
        })
        .collect();
    let departements = DEPARTEMENTS_TSV
        .lines()
        .map(fields)
        .map(|f| Departement {
            code: f[0],
            region: f[1],
            name: f[2],
        })
        .collect();
    Geography {
        regions,
        departements,
    }
});

pub fn regions() -> &'static [Region] {
    &GEOGRAPHY.regions
}

pub fn departements() -> &'static [Departement] {
    &GEOGRAPHY.departements
}

pub fn region(code: &str) -> Option<&'static Region> {
    GEOGRAPHY.regions.iter().find(|r| r.code == code)
}

pub fn departement(code: &str) -> Option<&'static Departement> {
    GEOGRAPHY.departements.iter().find(|d| d.code == code)
}

/// Every commune, in INSEE code order.
pub fn communes() -> &'static [Commune] {
    <[Commune]>::ref_from_bytes(COMMUNES).expect("build.rs writes whole records")
}

pub fn commune_count() -> usize {
    communes().len()
}

pub fn commune_by_insee(code: &str) -> Option<&'static Commune> {
    let communes = communes();
    communes
        .binary_search_by(|c| c.insee().cmp(code))
        .ok()
        .map(|i| &communes[i])
}

/// The communes served by a postcode, most populous first.
pub fn communes_by_postcode(postcode: &str) -> Vec<&'static Commune> {
    let Ok(code) = postcode.trim().parse::<u32>() else {
        return Vec::new();
    };
    if postcode.trim().len() != 5 {
        return Vec::new();
    }
    let by_postcode = pairs(BY_POSTCODE);
    let start = by_postcode.partition_point(|p| p.key.get() < code);
    let mut found: Vec<&Commune> = by_postcode[start..]
        .iter()
        .take_while(|p| p.key.get() == code)
        .map(|p| &communes()[p.commune.get() as usize])
        .collect();
    found.sort_by_key(|c| std::cmp::Reverse(c.population()));
    found
}

/// The communes of that name (case, accents, hyphens and `St` ignored), most
/// populous first.
pub fn communes_by_name(name: &str) -> Vec<&'static Commune> {
    let key = place_key(name);
    let by_name = pairs(BY_NAME);
    let key_at = |position: usize| {
        let start = by_name[position].key.get() as usize;
        let end = by_name
            .get(position + 1)
            .map_or(NAME_KEYS.len(), |next| next.key.get() as usize);
        &NAME_KEYS[start..end]
    };
    let first = {
        let (mut low, mut high) = (0, by_name.len());
        while low < high {
            let middle = (low + high) / 2;
            if key_at(middle) < key.as_str() {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        low
    };
    let mut found: Vec<&Commune> = (first..by_name.len())
        .take_while(|position| key_at(*position) == key)
        .map(|position| &communes()[by_name[position].commune.get() as usize])
        .collect();
    found.sort_by_key(|c| std::cmp::Reverse(c.population()));
    found
}

/// Finds the place a visitor means: a postcode, an INSEE code, or a commune
/// name, optionally followed by its département in brackets
/// (`Saint-Denis (974)`). Homonyms resolve to the most populous.
pub fn find_place(input: &str) -> Option<&'static Commune> {
    let input = input.trim();
    if input.is_empty() {
        return None;
    }
    if input.len() == 5 && input.chars().all(|c| c.is_ascii_digit()) {
        return communes_by_postcode(input)
            .into_iter()
            .next()
            .or_else(|| commune_by_insee(input));
    }
    if input.len() == 5
        && (input.starts_with("2A")
            || input.starts_with("2B")
            || input.starts_with("2a")
            || input.starts_with("2b"))
    {
        return commune_by_insee(&input.to_ascii_uppercase());
    }
    let (name, dep) = match input.strip_suffix(')').and_then(|s| s.rsplit_once('(')) {
        Some((name, dep)) => (name.trim(), Some(dep.trim().to_ascii_uppercase())),
        None => (input, None),
    };
    communes_by_name(name)
        .into_iter()
        .find(|c| dep.as_deref().is_none_or(|d| c.departement() == d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_data_is_complete() {
        assert_eq!(regions().len(), 18);
        assert_eq!(departements().len(), 101);
        assert!(commune_count() > 34_000);
        assert!(departement("2A").is_some() && departement("976").is_some());
        assert!(departements().iter().all(|d| region(d.region).is_some()));
    }

    #[test]
    fn lookup_by_insee_postcode_and_name() {
        let rennes = commune_by_insee("35238").unwrap();
        assert_eq!(rennes.name(), "Rennes");
        assert_eq!((rennes.departement(), rennes.region()), ("35", "53"));
        assert_eq!(communes_by_postcode("35000")[0].insee(), "35238");
        assert_eq!(
            find_place("plouneour menez").unwrap().name(),
            "Plounéour-Ménez"
        );
        assert_eq!(find_place("PLOUNÉOUR-MÉNEZ").unwrap().insee(), "29202");
        assert_eq!(find_place("St Malo").unwrap().name(), "Saint-Malo");
        assert_eq!(find_place("75011").unwrap().name(), "Paris");
        assert_eq!(find_place("2A004").unwrap().name(), "Ajaccio");
        assert_eq!(find_place("Saint-Denis (93)").unwrap().departement(), "93");
        assert_eq!(
            find_place("Saint-Denis").unwrap().departement(),
            "974",
            "most populous"
        );
        assert!(find_place("Nulle-Part-sur-Mer").is_none());
        assert!(find_place("99999").is_none());
    }

    #[test]
    fn the_built_tables_say_what_the_source_file_says() {
        let source = include_str!("../data/communes.tsv");
        let rows: Vec<Vec<&str>> = source.lines().map(|l| l.split('\t').collect()).collect();
        assert_eq!(communes().len(), rows.len());
        for (commune, f) in communes().iter().zip(&rows) {
            assert_eq!(
                (commune.insee(), commune.name(), commune.departement()),
                (f[0], f[1], f[3])
            );
            assert_eq!(commune.postcodes().collect::<Vec<_>>().join(","), f[2]);
            assert_eq!(commune.region(), f[4]);
            assert_eq!(commune.population().to_string(), f[7]);
            match (commune.position(), f[5].parse::<f64>(), f[6].parse::<f64>()) {
                (Some(position), Ok(lat), Ok(lon)) => {
                    assert!((position.lat - lat).abs() < 1e-5, "{commune:?}");
                    assert!((position.lon - lon).abs() < 1e-5, "{commune:?}");
                }
                (None, Err(_), _) | (None, _, Err(_)) => {}
                other => panic!("{commune:?}: {other:?}"),
            }
        }
        // Every commune is found by its name and each of its postcodes.
        for commune in communes().iter().step_by(97) {
            assert!(
                communes_by_name(commune.name())
                    .iter()
                    .any(|c| c.insee() == commune.insee()),
                "{commune:?}"
            );
            for postcode in commune.postcodes() {
                assert!(
                    communes_by_postcode(postcode)
                        .iter()
                        .any(|c| c.insee() == commune.insee()),
                    "{commune:?} {postcode}"
                );
            }
        }
    }

    #[test]
    fn rennes_to_saint_malo_is_about_65_km() {
        let rennes = commune_by_insee("35238").unwrap().position().unwrap();
        let saint_malo = commune_by_insee("35288").unwrap().position().unwrap();
        let d = rennes.distance_km(saint_malo);
        assert!((60.0..70.0).contains(&d), "{d}");
    }
}
