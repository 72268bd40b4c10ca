//! Turns the communes of `data/communes.tsv` into tables the binary reads
//! in place (see `src/geo.rs`): fixed-size records, their texts end to end,
//! and the orders by postcode and by name. Nothing is parsed or copied at
//! start, and only the pages a look-up touches are loaded.

use std::collections::HashMap;
use std::env;
use std::fs;
use std::path::Path;

#[allow(dead_code)]
#[path = "src/text.rs"]
mod text;

/// One commune, as `geo::Commune` reads it: 28 bytes, little-endian.
const RECORD: usize = 28;

fn main() {
    println!("cargo::rerun-if-changed=data/communes.tsv");
    println!("cargo::rerun-if-changed=data/departements.tsv");
    println!("cargo::rerun-if-changed=src/text.rs");
    let departements = fs::read_to_string("data/departements.tsv").expect("departements.tsv");
    let departement_index: HashMap<&str, u8> = departements
        .lines()
        .enumerate()
        .map(|(i, line)| {
            let code = line.split('\t').next().expect("a code");
            (code, u8::try_from(i).expect("fewer than 256 départements"))
        })
        .collect();
    let communes = fs::read_to_string("data/communes.tsv").expect("communes.tsv");
    let mut rows: Vec<Vec<&str>> = communes
        .lines()
        .map(|line| line.split('\t').collect())
        .collect();
    rows.sort_by(|a, b| a[0].cmp(b[0]));

    let mut records = Vec::with_capacity(rows.len() * RECORD);
    let mut texts = String::new();
    let mut by_postcode: Vec<(u32, u32)> = Vec::new();
    for (index, f) in rows.iter().enumerate() {
        let [
            insee,
            name,
            postcodes,
            departement,
            _region,
            lat,
            lon,
            population,
        ] = f[..]
        else {
            panic!("communes.tsv: 8 fields expected, line {}", index + 1);
        };
        assert!(insee.len() == 5 && insee.is_ascii(), "INSEE code {insee:?}");
        let index = u32::try_from(index).expect("fewer than 2³² communes");
        let fixed = |text: &str| text.parse::<f64>().map(|v| (v * 1e5).round() as i32).ok();
        let (lat, lon) = match (fixed(lat), fixed(lon)) {
            (Some(lat), Some(lon)) => (lat, lon),
            _ => (i32::MIN, i32::MIN),
        };
        let mut text = |value: &str| {
            let start = u32::try_from(texts.len()).expect("texts under 4 GB");
            texts.push_str(value);
            (
                start,
                u8::try_from(value.len()).expect("names and postcode lists under 256 bytes"),
            )
        };
        let (name_start, name_len) = text(name);
        let (postcodes_start, postcodes_len) = text(postcodes);
        records.extend_from_slice(insee.as_bytes());
        records.push(departement_index[departement]);
        records.push(name_len);
        records.push(postcodes_len);
        records.extend_from_slice(&name_start.to_le_bytes());
        records.extend_from_slice(&postcodes_start.to_le_bytes());
        records.extend_from_slice(&lat.to_le_bytes());
        records.extend_from_slice(&lon.to_le_bytes());
        records.extend_from_slice(&population.parse::<u32>().unwrap_or(0).to_le_bytes());
        by_postcode.extend(
            postcodes
                .split(',')
                .filter_map(|p| p.parse::<u32>().ok())
                .map(|p| (p, index)),
        );
    }
    assert_eq!(records.len(), rows.len() * RECORD);
    by_postcode.sort_unstable();

    // Names folded end to end in their order, each with its commune.
    let keys: Vec<String> = rows.iter().map(|f| text::place_key(f[1])).collect();
    let mut order: Vec<u32> = (0..rows.len() as u32).collect();
    order.sort_by(|a, b| keys[*a as usize].cmp(&keys[*b as usize]));
    let mut name_keys = String::new();
    let mut by_name: Vec<(u32, u32)> = Vec::with_capacity(order.len());
    for index in order {
        by_name.push((name_keys.len() as u32, index));
        name_keys.push_str(&keys[index as usize]);
    }

    let pairs = |pairs: &[(u32, u32)]| -> Vec<u8> {
        pairs
            .iter()
            .flat_map(|(a, b)| a.to_le_bytes().into_iter().chain(b.to_le_bytes()))
            .collect()
    };
    let out = env::var("OUT_DIR").expect("OUT_DIR");
    let out = Path::new(&out);
    let write = |name: &str, bytes: &[u8]| fs::write(out.join(name), bytes).expect(name);
    write("communes.bin", &records);
    write("commune_texts.txt", texts.as_bytes());
    write("communes_by_postcode.bin", &pairs(&by_postcode));
    write("commune_name_keys.txt", name_keys.as_bytes());
    write("communes_by_name.bin", &pairs(&by_name));
}
