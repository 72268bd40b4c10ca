//! A provider profile (fiche prestataire) as one document: the unit that is
//! edited, reviewed, published, exported and imported. Keys are English
//! snake_case; taxonomy values are the stable slugs.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::taxonomy::{
    AssociationSize, Availability, Modality, PricingFlag, Structure, SupportType, TeamSize,
};

mod checks;
pub mod transfer;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderRecord {
    pub slug: String,
    pub name: String,
    /// At most 280 characters.
    pub pitch: String,
    /// Markdown.
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub website: Option<String>,
    /// File name of the logo in the instance's uploads (32 hex digits and
    /// `.png`), set by the upload, never typed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
    #[serde(default)]
    pub founded: Option<i32>,
    /// Unset only in a draft.
    #[serde(default)]
    pub structure: Option<Structure>,
    /// Unset only in a draft.
    #[serde(default)]
    pub team_size: Option<TeamSize>,
    #[serde(default)]
    pub chatons: bool,
    #[serde(default)]
    pub chatons_url: Option<String>,
    /// Other networks the provider belongs to.
    #[serde(default)]
    pub networks: Vec<String>,
    /// INSEE code of the commune where the provider is based (empty only
    /// in a draft).
    #[serde(default)]
    pub commune: String,
    /// Street address; shown only when `address_public`.
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub address_public: bool,
    #[serde(default)]
    pub zone: Zone,
    /// Works remotely anywhere.
    #[serde(default)]
    pub remote: bool,
    #[serde(default)]
    pub support_types: Vec<SupportType>,
    #[serde(default)]
    pub association_sizes: Vec<AssociationSize>,
    #[serde(default)]
    pub modalities: Vec<Modality>,
    #[serde(default)]
    pub tools: Vec<String>,
    #[serde(default)]
    pub pricing: Pricing,
    pub availability: Availability,
    #[serde(default)]
    pub references: Vec<Reference>,
    #[serde(default)]
    pub contact: Contact,
    /// `YYYY-MM-DD`.
    pub last_updated: String,
    /// `YYYY-MM-DD`, the last confirmation by the provider or the network.
    #[serde(default)]
    pub last_verified: Option<String>,
    /// Demonstration profile, not a real provider.
    #[serde(default)]
    pub fictional: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Zone {
    #[serde(default)]
    pub nationwide: bool,
    /// Région codes.
    #[serde(default)]
    pub regions: Vec<String>,
    /// Département codes.
    #[serde(default)]
    pub departements: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pricing {
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub flags: Vec<PricingFlag>,
}

/// A past support project with an association: the proof the network asks for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    /// Its name, or a description ("une association de 12 salarié·es du
    /// secteur médico-social").
    pub association: String,
    pub year: i32,
    /// What was done.
    pub summary: String,
    #[serde(default)]
    pub support_types: Vec<SupportType>,
    #[serde(default)]
    pub tools: Vec<String>,
    #[serde(default)]
    pub outcome: String,
    /// Who the network may call; visible to moderators only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referee: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Public address; without it, messages go through the contact form.
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
}

pub const PITCH_MAX: usize = 280;
pub const DESCRIPTION_MAX: usize = 20_000;
pub const MIN_REFERENCES: usize = 2;

impl ProviderRecord {
    /// What anyone may see: no referee contact, no private address.
    pub fn public(&self) -> ProviderRecord {
        let mut public = self.clone();
        for reference in &mut public.references {
            reference.referee = None;
        }
        if !public.address_public {
            public.address = None;
        }
        public
    }

    pub fn last_updated_date(&self) -> Option<Date> {
        Date::parse(&self.last_updated)
    }

    pub fn last_verified_date(&self) -> Option<Date> {
        self.last_verified.as_deref().and_then(Date::parse)
    }
}

/// The names the upload gives: 32 hex digits and `.png`.
pub fn is_logo_name(name: &str) -> bool {
    name.strip_suffix(".png")
        .is_some_and(|stem| stem.len() == 32 && stem.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn sample() -> ProviderRecord {
        ProviderRecord {
            slug: "coop-exemple".into(),
            name: "Coop Exemple".into(),
            pitch: "Nous accompagnons les associations bretonnes.".into(),
            description: "Une **coopérative**.".into(),
            website: Some("https://coop.example.org".into()),
            founded: Some(2015),
            logo: None,
            structure: Some(Structure::Cooperative),
            team_size: Some(TeamSize::UpToFive),
            chatons: true,
            chatons_url: None,
            networks: vec![],
            commune: "35238".into(),
            address: Some("1 rue de la Paix".into()),
            address_public: false,
            zone: Zone {
                nationwide: false,
                regions: vec!["53".into()],
                departements: vec![],
            },
            remote: false,
            support_types: vec![SupportType::Training],
            association_sizes: vec![AssociationSize::NoStaff],
            modalities: vec![Modality::OnSite],
            tools: vec!["nextcloud".into()],
            pricing: Pricing::default(),
            availability: Availability::Available,
            references: vec![
                Reference {
                    association: "Les Amis du Vélo".into(),
                    year: 2023,
                    summary: "Migration vers Nextcloud".into(),
                    support_types: vec![SupportType::Migration],
                    tools: vec!["nextcloud".into()],
                    outcome: String::new(),
                    referee: Some("Camille, 06 00 00 00 00".into()),
                };
                2
            ],
            contact: Contact::default(),
            last_updated: "2026-01-15".into(),
            last_verified: None,
            fictional: true,
        }
    }

    #[test]
    fn phone_numbers_are_digits_with_their_usual_separators() {
        let mut record = sample();
        for good in [
            "02 99 00 00 00",
            "+33 2 99 00 00 00",
            "02.99.00.00.00",
            "(0)2-99-00-00-00",
        ] {
            record.contact.phone = Some(good.into());
            assert!(
                record
                    .draft_problems(&crate::catalogue::Catalogue::builtin())
                    .is_empty(),
                "{good}"
            );
        }
        for bad in ["abc", "12", "02 99 00 00 00 poste 4", "++33 299000000"] {
            record.contact.phone = Some(bad.into());
            assert_eq!(
                record.draft_problems(&crate::catalogue::Catalogue::builtin())[0].key,
                "providers-check-phone",
                "{bad}"
            );
        }
    }

    #[test]
    fn a_complete_profile_has_no_problem() {
        assert_eq!(
            sample().problems_for_publication(&crate::catalogue::Catalogue::builtin()),
            vec![]
        );
    }

    #[test]
    fn public_view_hides_referees_and_private_address() {
        let public = sample().public();
        assert!(public.references.iter().all(|r| r.referee.is_none()));
        assert_eq!(public.address, None);
    }

    #[test]
    fn problems_name_their_field() {
        let mut record = sample();
        record.pitch = "x".repeat(281);
        record.commune = "99999".into();
        record.tools.push("photoshop".into());
        record.references[1].year = 1800;
        record.website = Some("javascript:alert(1)".into());
        let fields: Vec<String> = record
            .problems(&crate::catalogue::Catalogue::builtin())
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            ["pitch", "website", "commune", "tools", "references[2].year"]
        );
        record.references.truncate(1);
        assert!(
            record
                .problems_for_publication(&crate::catalogue::Catalogue::builtin())
                .iter()
                .any(|e| e.field == "references")
        );
    }
}
