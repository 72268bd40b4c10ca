//! French reference geography, built into the binary from the
//! administration's open data (see `scripts/build_communes.py`): the 18
//! régions, 101 départements and every commune with its postcodes and centre.

use std::sync::LazyLock;

use crate::text::fold;

const REGIONS_TSV: &str = include_str!("../data/regions.tsv");
const DEPARTEMENTS_TSV: &str = include_str!("../data/departements.tsv");
const COMMUNES_TSV: &str = include_str!("../data/communes.tsv");

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

/// One commune, kept small: there are 35,000 of them in memory.
#[derive(Debug)]
pub struct Commune {
    pub insee: &'static str,
    pub name: &'static str,
    postcodes: &'static str,
    /// Index in `departements()`.
    departement: u8,
    /// Centre in hundred-thousandths of a degree; `i32::MIN` when unknown.
    lat_e5: i32,
    lon_e5: i32,
    pub population: u32,
}

impl Commune {
    pub fn departement(&self) -> &'static str {
        GEOGRAPHY.departements[usize::from(self.departement)].code
    }

    pub fn region(&self) -> &'static str {
        GEOGRAPHY.departements[usize::from(self.departement)].region
    }

    pub fn position(&self) -> Option<LatLon> {
        (self.lat_e5 != i32::MIN).then(|| LatLon {
            lat: f64::from(self.lat_e5) / 1e5,
            lon: f64::from(self.lon_e5) / 1e5,
        })
    }

    pub fn postcodes(&self) -> impl Iterator<Item = &'static str> {
        self.postcodes.split(',').filter(|p| !p.is_empty())
    }

    pub fn main_postcode(&self) -> &'static str {
        self.postcodes().next().unwrap_or_default()
    }
}

struct Geography {
    regions: Vec<Region>,
    departements: Vec<Departement>,
    /// Sorted by INSEE code.
    communes: Vec<Commune>,
    /// (postcode, commune index), sorted.
    by_postcode: Vec<(u32, u32)>,
    /// Folded names end to end, in name order, and where each starts: one
    /// allocation instead of 35,000.
    name_keys: String,
    /// (start of the key in `name_keys`, commune index), in name order.
    by_name: Vec<(u32, u32)>,
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
    let departements: Vec<Departement> = DEPARTEMENTS_TSV
        .lines()
        .map(fields)
        .map(|f| Departement {
            code: f[0],
            region: f[1],
            name: f[2],
        })
        .collect();
    let fixed = |text: &str| text.parse::<f64>().map(|v| (v * 1e5).round() as i32).ok();
    let communes: Vec<Commune> = COMMUNES_TSV
        .lines()
        .map(fields)
        .map(|f| {
            let (lat, lon) = match (fixed(f[5]), fixed(f[6])) {
                (Some(lat), Some(lon)) => (lat, lon),
                _ => (i32::MIN, i32::MIN),
            };
            Commune {
                insee: f[0],
                name: f[1],
                postcodes: f[2],
                departement: departements
                    .iter()
                    .position(|d| d.code == f[3])
                    .expect("every commune's département is listed")
                    as u8,
                lat_e5: lat,
                lon_e5: lon,
                population: f[7].parse().unwrap_or(0),
            }
        })
        .collect();
    let mut by_postcode: Vec<(u32, u32)> = communes
        .iter()
        .enumerate()
        .flat_map(|(i, c)| {
            c.postcodes()
                .filter_map(move |p| Some((p.parse().ok()?, i as u32)))
        })
        .collect();
    by_postcode.sort_unstable();
    let keys: Vec<String> = communes.iter().map(|c| place_key(c.name)).collect();
    let mut order: Vec<u32> = (0..communes.len() as u32).collect();
    order.sort_by(|a, b| keys[*a as usize].cmp(&keys[*b as usize]));
    let mut name_keys = String::new();
    let mut by_name = Vec::with_capacity(order.len());
    for index in order {
        by_name.push((name_keys.len() as u32, index));
        name_keys.push_str(&keys[index as usize]);
    }
    Geography {
        regions,
        departements,
        communes,
        by_postcode,
        name_keys,
        by_name,
    }
});

/// Folded name with the usual abbreviations spelt out.
fn place_key(name: &str) -> String {
    fold(name)
        .split(' ')
        .map(|w| match w {
            "st" => "saint",
            "ste" => "sainte",
            other => other,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

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
    &GEOGRAPHY.communes
}

pub fn commune_count() -> usize {
    GEOGRAPHY.communes.len()
}

pub fn commune_by_insee(code: &str) -> Option<&'static Commune> {
    let communes = &GEOGRAPHY.communes;
    communes
        .binary_search_by(|c| c.insee.cmp(code))
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
    let geo = &*GEOGRAPHY;
    let start = geo.by_postcode.partition_point(|(p, _)| *p < code);
    let mut found: Vec<&Commune> = geo.by_postcode[start..]
        .iter()
        .take_while(|(p, _)| *p == code)
        .map(|(_, i)| &geo.communes[*i as usize])
        .collect();
    found.sort_by_key(|c| std::cmp::Reverse(c.population));
    found
}

/// The communes of that name (case, accents, hyphens and `St` ignored), most
/// populous first.
pub fn communes_by_name(name: &str) -> Vec<&'static Commune> {
    let key = place_key(name);
    let geo = &*GEOGRAPHY;
    let key_at = |position: usize| {
        let start = geo.by_name[position].0 as usize;
        let end = geo
            .by_name
            .get(position + 1)
            .map_or(geo.name_keys.len(), |next| next.0 as usize);
        &geo.name_keys[start..end]
    };
    let first = {
        let (mut low, mut high) = (0, geo.by_name.len());
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
    let mut found: Vec<&Commune> = (first..geo.by_name.len())
        .take_while(|position| key_at(*position) == key)
        .map(|position| &geo.communes[geo.by_name[position].1 as usize])
        .collect();
    found.sort_by_key(|c| std::cmp::Reverse(c.population));
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
        assert_eq!(rennes.name, "Rennes");
        assert_eq!((rennes.departement(), rennes.region()), ("35", "53"));
        assert_eq!(communes_by_postcode("35000")[0].insee, "35238");
        assert_eq!(
            find_place("plouneour menez").unwrap().name,
            "Plounéour-Ménez"
        );
        assert_eq!(find_place("PLOUNÉOUR-MÉNEZ").unwrap().insee, "29202");
        assert_eq!(find_place("St Malo").unwrap().name, "Saint-Malo");
        assert_eq!(find_place("75011").unwrap().name, "Paris");
        assert_eq!(find_place("2A004").unwrap().name, "Ajaccio");
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
    fn rennes_to_saint_malo_is_about_65_km() {
        let rennes = commune_by_insee("35238").unwrap().position().unwrap();
        let saint_malo = commune_by_insee("35288").unwrap().position().unwrap();
        let d = rennes.distance_km(saint_malo);
        assert!((60.0..70.0).contains(&d), "{d}");
    }
}
