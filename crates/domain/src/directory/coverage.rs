//! Which parts of the territory a provider covers, as bit sets over the 18
//! régions and 101 départements.

use crate::geo;
use crate::providers::ProviderRecord;

/// Position of a région or département in the reference lists.
pub fn region_bit(code: &str) -> Option<usize> {
    geo::regions().iter().position(|r| r.code == code)
}

pub fn departement_bit(code: &str) -> Option<usize> {
    geo::departements().iter().position(|d| d.code == code)
}

#[derive(Debug, Clone, Default)]
pub struct Coverage {
    /// All of France.
    pub nationwide: bool,
    /// Works remotely anywhere.
    pub remote: bool,
    pub regions: u32,
    pub departements: [u64; 2],
}

impl Coverage {
    /// A provider covers a département where it is based, which its zone
    /// lists, or whose région its zone lists; a région where it is based,
    /// which its zone lists, or one of whose départements it lists.
    pub fn of(record: &ProviderRecord) -> Coverage {
        let mut coverage = Coverage {
            nationwide: record.zone.nationwide,
            remote: record.remote,
            ..Coverage::default()
        };
        if let Some(commune) = geo::commune_by_insee(&record.commune) {
            coverage.add_departement(commune.departement());
            coverage.add_region(commune.region());
        }
        for code in &record.zone.regions {
            coverage.add_region(code);
            for dep in geo::departements().iter().filter(|d| d.region == code) {
                coverage.add_departement(dep.code);
            }
        }
        for code in &record.zone.departements {
            coverage.add_departement(code);
            if let Some(dep) = geo::departement(code) {
                coverage.add_region(dep.region);
            }
        }
        coverage
    }

    fn add_region(&mut self, code: &str) {
        if let Some(bit) = region_bit(code) {
            self.regions |= 1 << bit;
        }
    }

    fn add_departement(&mut self, code: &str) {
        if let Some(bit) = departement_bit(code) {
            self.departements[bit / 64] |= 1 << (bit % 64);
        }
    }

    pub fn has_region_bit(&self, bit: usize) -> bool {
        self.regions & (1 << bit) != 0
    }

    pub fn has_departement_bit(&self, bit: usize) -> bool {
        self.departements[bit / 64] & (1 << (bit % 64)) != 0
    }
}
