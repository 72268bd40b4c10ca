//! Builds N fictional providers, deterministically from a seed, covering
//! every value of every taxonomy as soon as N reaches a few dozen.

use std::collections::HashSet;

use essaim_domain::Locale;
use essaim_domain::catalogue::Catalogue;
use essaim_domain::date::Date;
use essaim_domain::geo;
use essaim_domain::providers::transfer::{ExportDocument, ExportedProvider};
use essaim_domain::providers::{Contact, Pricing, ProviderRecord, Reference, Zone};
use essaim_domain::taxonomy::{
    AssociationSize, Availability, Modality, PricingFlag, ProviderStatus, Structure, SupportType,
    TeamSize,
};
use essaim_domain::text::slugify;

use super::words::*;

/// A small deterministic pseudo-random generator (PCG-style LCG).
pub(super) struct Dice(pub(super) u64);

impl Dice {
    pub(super) fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n.max(1) as u64) as usize
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub(super) fn one<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// `first`, then up to `extra` other distinct items.
    fn some<T: Copy + PartialEq>(&mut self, items: &[T], first: T, extra: usize) -> Vec<T> {
        let mut chosen = vec![first];
        for _ in 0..self.below(extra + 1) {
            let item = *self.one(items);
            if !chosen.contains(&item) {
                chosen.push(item);
            }
        }
        chosen
    }
}

pub fn generate(count: usize, seed: u64) -> ExportDocument {
    let mut dice = Dice(seed);
    let mut slugs = HashSet::new();
    let today = essaim_domain::date::TimeZone::default().today();
    // A new instance's catalogue: the one the demonstration starts with.
    let catalogue = Catalogue::builtin();
    let providers = (0..count)
        .map(|i| {
            let record = provider(i, &mut dice, &mut slugs, today, &catalogue);
            let stamp = Date::parse(&record.last_updated)
                .map(Date::to_unix)
                .unwrap_or_default();
            ExportedProvider {
                status: ProviderStatus::Published,
                created_at: stamp - 86_400 * 30,
                updated_at: stamp,
                published_at: Some(stamp),
                profile: record.clone(),
                published: Some(record),
            }
        })
        .collect();
    ExportDocument::new(providers)
}

fn provider(
    i: usize,
    dice: &mut Dice,
    slugs: &mut HashSet<String>,
    today: Date,
    catalogue: &Catalogue,
) -> ProviderRecord {
    let commune = geo::find_place(PLACES[i % PLACES.len()]).expect("demonstration places exist");
    let mut name = format!("{} {}", dice.one(NAME_HEADS), dice.one(NAME_TAILS));
    if slugs.contains(&slugify(&name)) {
        name = format!("{name} {}", commune.name());
    }
    let mut n = 2;
    while slugs.contains(&slugify(&name)) {
        name = format!("{} {n}", name.trim_end_matches(char::is_numeric).trim_end());
        n += 1;
    }
    let slug = slugify(&name);
    slugs.insert(slug.clone());

    let support_types = dice.some(
        SupportType::ALL,
        SupportType::ALL[i % SupportType::ALL.len()],
        4,
    );
    let sizes = dice.some(
        AssociationSize::ALL,
        AssociationSize::ALL[i % AssociationSize::ALL.len()],
        2,
    );
    let modalities = dice.some(Modality::ALL, Modality::ALL[i % Modality::ALL.len()], 2);
    let tool_slugs: Vec<&str> = catalogue.tools().iter().map(|t| t.slug.as_str()).collect();
    let mut tools = dice.some(&tool_slugs, tool_slugs[i % tool_slugs.len()], 4);
    if dice.chance(40) && !tools.contains(&"nextcloud") {
        tools.push("nextcloud");
    }
    let structure = Structure::ALL[i % Structure::ALL.len()];
    let team_size = TeamSize::ALL[(i / 2) % TeamSize::ALL.len()];
    let availability = match i % 12 {
        5 | 11 => Availability::Full,
        7 => Availability::Paused,
        _ => Availability::Available,
    };
    let zone = match dice.below(10) {
        0 => Zone {
            nationwide: true,
            ..Zone::default()
        },
        1..=5 => Zone {
            regions: vec![commune.region().to_string()],
            ..Zone::default()
        },
        6 | 7 => {
            let neighbours: Vec<String> = geo::departements()
                .iter()
                .filter(|d| d.region == commune.region())
                .take(3)
                .map(|d| d.code.to_string())
                .collect();
            Zone {
                departements: neighbours,
                ..Zone::default()
            }
        }
        _ => Zone::default(),
    };
    let chatons = dice.chance(30);
    let tool_names: Vec<&str> = tools
        .iter()
        .filter_map(|t| catalogue.tool(t))
        .map(|t| t.name.as_str())
        .collect();
    let support_labels: Vec<String> = support_types
        .iter()
        .map(|s| s.label(Locale::Fr).to_lowercase())
        .collect();
    let description = format!(
        "{intro}\n\nBasée à {place}, notre structure propose : {supports}.\n\n\
         Nous maîtrisons notamment **{tools}**. {approach}\n\n\
         *Fiche de démonstration : cette structure est fictive.*",
        intro = dice.one(INTROS),
        place = commune.name(),
        supports = support_labels.join(", "),
        tools = tool_names.join("**, **"),
        approach = dice.one(APPROACHES),
    );
    let pitch = format!(
        "{} pour les associations{} : {}.",
        match structure {
            Structure::Cooperative => "Coopérative d'accompagnement numérique",
            Structure::Association => "Association d'éducation au numérique libre",
            Structure::Company => "Petite entreprise de services en logiciels libres",
            Structure::Freelance => "Accompagnement indépendant",
            Structure::Collective => "Collectif de bénévoles et de professionnel·les",
            Structure::Other => "Groupement d'employeurs du numérique libre",
        },
        if zone.nationwide {
            " de toute la France".to_string()
        } else {
            format!(" autour de {}", commune.name())
        },
        support_labels
            .iter()
            .take(2)
            .cloned()
            .collect::<Vec<_>>()
            .join(", ")
    );
    let first_association = dice.below(ASSOCIATIONS.len());
    let references = (0..2 + dice.below(2))
        .map(|r| {
            let tool = tools[r % tools.len()];
            let tool_name = catalogue.tool(tool).map_or(tool, |t| t.name.as_str());
            Reference {
                association: capitalise(
                    ASSOCIATIONS[(first_association + r * 5) % ASSOCIATIONS.len()],
                ),
                year: today.year - dice.below(6) as i32,
                summary: format!(
                    "{} vers {tool_name}, avec {} pour l'équipe.",
                    match r % 3 {
                        0 => "Diagnostic des usages puis migration",
                        1 => "Mise en place et paramétrage",
                        _ => "Accompagnement au changement lors du passage",
                    },
                    if dice.chance(50) {
                        "des ateliers de prise en main"
                    } else {
                        "une formation sur deux demi-journées"
                    }
                ),
                support_types: vec![support_types[r % support_types.len()]],
                tools: vec![tool.to_string()],
                outcome: dice.one(OUTCOMES).to_string(),
                referee: Some(format!(
                    "Présidence de l'association, contact-{r}@{slug}.example"
                )),
            }
        })
        .collect();
    // Mostly confirmed within the year; one profile in twelve older, so the
    // "not confirmed" flag shows in the demonstration too.
    let age_days = if i % 12 == 5 {
        430 + dice.below(60)
    } else {
        dice.below(330)
    };
    let updated = Date::from_unix(today.to_unix() - 86_400 * age_days as i64);
    let verified = (!dice.chance(8)).then(|| updated.to_string());
    let flags = dice.some(
        PricingFlag::ALL,
        PricingFlag::ALL[i % PricingFlag::ALL.len()],
        1,
    );
    ProviderRecord {
        logo: None,
        website: Some(format!("https://{slug}.example")),
        founded: Some(today.year - 1 - dice.below(20) as i32),
        structure: Some(structure),
        team_size: Some(team_size),
        chatons,
        chatons_url: chatons.then(|| "https://www.chatons.org/".to_string()),
        networks: if dice.chance(30) {
            vec!["Réseau des fabriques numériques (fictif)".into()]
        } else {
            vec![]
        },
        commune: commune.insee().to_string(),
        address: Some(format!("{} rue des Tilleuls", 1 + dice.below(80))),
        address_public: dice.chance(30),
        zone,
        remote: dice.chance(35),
        support_types,
        association_sizes: sizes,
        modalities,
        tools: tools.into_iter().map(String::from).collect(),
        pricing: Pricing {
            text: dice.one(PRICING).to_string(),
            flags,
        },
        availability,
        references,
        contact: Contact {
            email: dice.chance(60).then(|| format!("bonjour@{slug}.example")),
            phone: dice.chance(30).then(|| {
                format!(
                    "02 99 {:02} {:02} {:02}",
                    dice.below(100),
                    dice.below(100),
                    dice.below(100)
                )
            }),
        },
        last_updated: updated.to_string(),
        last_verified: verified,
        fictional: true,
        slug,
        name,
        pitch,
        description,
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demonstration_places_all_exist() {
        for place in PLACES {
            assert!(geo::find_place(place).is_some(), "{place}");
        }
    }

    #[test]
    fn demo_covers_every_value_and_twelve_regions() {
        let document = generate(super::super::DEMO_PROVIDERS, 2026);
        let records: Vec<&ProviderRecord> = document.providers.iter().map(|p| &p.profile).collect();
        assert!(records.len() >= 60);
        for record in &records {
            assert_eq!(
                record.problems_for_publication(&Catalogue::builtin()),
                vec![],
                "{}",
                record.slug
            );
        }
        let regions: HashSet<&str> = records
            .iter()
            .map(|r| geo::commune_by_insee(&r.commune).unwrap().region())
            .collect();
        assert!(regions.len() >= 12, "{} régions", regions.len());
        assert!(
            SupportType::ALL
                .iter()
                .all(|v| records.iter().any(|r| r.support_types.contains(v)))
        );
        assert!(
            AssociationSize::ALL
                .iter()
                .all(|v| records.iter().any(|r| r.association_sizes.contains(v)))
        );
        assert!(
            Modality::ALL
                .iter()
                .all(|v| records.iter().any(|r| r.modalities.contains(v)))
        );
        assert!(
            Structure::ALL
                .iter()
                .all(|v| records.iter().any(|r| r.structure == Some(*v)))
        );
        assert!(
            TeamSize::ALL
                .iter()
                .all(|v| records.iter().any(|r| r.team_size == Some(*v)))
        );
        assert!(
            Availability::ALL
                .iter()
                .all(|v| records.iter().any(|r| r.availability == *v))
        );
        assert!(
            PricingFlag::ALL
                .iter()
                .all(|v| records.iter().any(|r| r.pricing.flags.contains(v)))
        );
        assert!(
            Catalogue::builtin()
                .tools()
                .iter()
                .all(|t| records.iter().any(|r| r.tools.contains(&t.slug)))
        );
        assert!(records.iter().any(|r| r.chatons) && records.iter().any(|r| r.remote));
        assert!(records.iter().any(|r| r.zone.nationwide));
        // Same seed, same data.
        assert_eq!(generate(10, 1), generate(10, 1));
    }

    #[test]
    fn large_sets_have_unique_valid_slugs() {
        let document = generate(3000, 9);
        let slugs: HashSet<&str> = document
            .providers
            .iter()
            .map(|p| p.profile.slug.as_str())
            .collect();
        assert_eq!(slugs.len(), 3000);
        assert!(
            ExportDocument::parse(
                &serde_json::to_string(&document).unwrap(),
                &Catalogue::builtin()
            )
            .is_ok()
        );
    }
}
