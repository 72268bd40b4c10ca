//! A provider profile (fiche prestataire) as one document: the unit that is
//! edited, reviewed, published, exported and imported. Keys are English
//! snake_case; taxonomy values are the stable slugs.

use serde::{Deserialize, Serialize};

use crate::catalogue::tool_by_slug;
use crate::date::Date;
use crate::geo;
use crate::taxonomy::{
    AssociationSize, Availability, Modality, PricingFlag, Structure, SupportType, TeamSize,
};

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

/// A problem with one field, in French, for forms, imports and the API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    fn new(field: impl Into<String>, message: impl Into<String>) -> FieldError {
        FieldError {
            field: field.into(),
            message: message.into(),
        }
    }
}

pub const PITCH_MAX: usize = 280;
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

    /// Every problem of a profile meant to be complete: invalid values and
    /// missing ones.
    pub fn problems(&self) -> Vec<FieldError> {
        let mut errors = self.draft_problems();
        let mut add = |field: &str, message: String| errors.push(FieldError::new(field, message));
        let name_len = self.name.trim().chars().count();
        if name_len == 0 {
            add("name", "le nom est obligatoire".into());
        }
        if self.pitch.trim().is_empty() {
            add("pitch", "la présentation courte est obligatoire".into());
        }
        if self.structure.is_none() {
            add("structure", "choisissez une forme juridique".into());
        }
        if self.team_size.is_none() {
            add("team_size", "choisissez la taille de l'équipe".into());
        }
        if self.commune.trim().is_empty() {
            add(
                "commune",
                "indiquez la commune où la structure est installée".into(),
            );
        }
        if self.support_types.is_empty() {
            add(
                "support_types",
                "choisissez au moins un type d'accompagnement".into(),
            );
        }
        if self.association_sizes.is_empty() {
            add(
                "association_sizes",
                "choisissez au moins une taille d'association".into(),
            );
        }
        if self.modalities.is_empty() {
            add("modalities", "choisissez au moins une modalité".into());
        }
        errors
    }

    /// Values that may never be stored, even in a draft: a bad address, an
    /// unknown code, a text too long. A draft may still be incomplete.
    pub fn draft_problems(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let mut add = |field: &str, message: String| errors.push(FieldError::new(field, message));
        if let Err(message) = check_slug(&self.slug) {
            add("slug", message);
        }
        let name_len = self.name.trim().chars().count();
        if !(2..=120).contains(&name_len) {
            add("name", "le nom doit compter de 2 à 120 caractères".into());
        }
        let pitch_len = self.pitch.trim().chars().count();
        if pitch_len > PITCH_MAX {
            add(
                "pitch",
                format!("la présentation courte dépasse {PITCH_MAX} caractères ({pitch_len})"),
            );
        }
        if self.description.chars().count() > 20_000 {
            add(
                "description",
                "la description dépasse 20 000 caractères".into(),
            );
        }
        if let Some(url) = &self.website
            && !is_web_url(url)
        {
            add(
                "website",
                format!("« {url} » n'est pas une adresse web http:// ou https://"),
            );
        }
        if let Some(logo) = &self.logo
            && !is_logo_name(logo)
        {
            add("logo", format!("nom de logo invalide : « {logo} »"));
        }
        if let Some(year) = self.founded
            && !(1800..=Date::today().year).contains(&year)
        {
            add("founded", format!("année de création invalide : {year}"));
        }
        if let Some(url) = &self.chatons_url
            && !is_web_url(url)
        {
            add(
                "chatons_url",
                format!("« {url} » n'est pas une adresse web"),
            );
        }
        if !self.commune.is_empty() && geo::commune_by_insee(&self.commune).is_none() {
            add(
                "commune",
                format!("code INSEE de commune inconnu : « {} »", self.commune),
            );
        }
        for code in &self.zone.regions {
            if geo::region(code).is_none() {
                add(
                    "zone.regions",
                    format!("code de région inconnu : « {code} »"),
                );
            }
        }
        for code in &self.zone.departements {
            if geo::departement(code).is_none() {
                add(
                    "zone.departements",
                    format!("code de département inconnu : « {code} »"),
                );
            }
        }
        for (field, list) in [
            ("support_types", has_duplicates(&self.support_types)),
            ("association_sizes", has_duplicates(&self.association_sizes)),
            ("modalities", has_duplicates(&self.modalities)),
        ] {
            if list {
                add(field, "une valeur est répétée".into());
            }
        }
        for tool in &self.tools {
            if tool_by_slug(tool).is_none() {
                add("tools", format!("outil inconnu : « {tool} »"));
            }
        }
        for (i, reference) in self.references.iter().enumerate() {
            let field = |name: &str| format!("references[{}].{name}", i + 1);
            if reference.association.trim().is_empty() {
                add(
                    &field("association"),
                    "indiquez l'association accompagnée".into(),
                );
            }
            if !(1990..=Date::today().year).contains(&reference.year) {
                add(
                    &field("year"),
                    format!("année invalide : {}", reference.year),
                );
            }
            if reference.summary.trim().is_empty() {
                add(&field("summary"), "décrivez ce qui a été fait".into());
            }
            for tool in &reference.tools {
                if tool_by_slug(tool).is_none() {
                    add(&field("tools"), format!("outil inconnu : « {tool} »"));
                }
            }
        }
        if let Some(email) = &self.contact.email
            && !crate::email::looks_like_email(email)
        {
            add(
                "contact.email",
                format!("« {email} » n'est pas une adresse électronique"),
            );
        }
        if Date::parse(&self.last_updated).is_none() {
            add(
                "last_updated",
                format!(
                    "date invalide « {} » (attendu AAAA-MM-JJ)",
                    self.last_updated
                ),
            );
        }
        if let Some(date) = &self.last_verified
            && Date::parse(date).is_none()
        {
            add(
                "last_verified",
                format!("date invalide « {date} » (attendu AAAA-MM-JJ)"),
            );
        }
        errors
    }

    /// Problems, plus what the network requires before publication: proof of
    /// at least two support projects with associations.
    pub fn problems_for_publication(&self) -> Vec<FieldError> {
        let mut errors = self.problems();
        if self.references.len() < MIN_REFERENCES {
            errors.push(FieldError::new(
                "references",
                format!(
                    "au moins {MIN_REFERENCES} accompagnements d'associations sont nécessaires ({} renseigné(s))",
                    self.references.len()
                ),
            ));
        }
        errors
    }
}

/// The names the upload gives: 32 hex digits and `.png`.
pub fn is_logo_name(name: &str) -> bool {
    name.strip_suffix(".png")
        .is_some_and(|stem| stem.len() == 32 && stem.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn has_duplicates<T: PartialEq>(items: &[T]) -> bool {
    items
        .iter()
        .enumerate()
        .any(|(i, a)| items[..i].contains(a))
}

fn is_web_url(text: &str) -> bool {
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or_default();
        host.contains('.') && !host.contains(char::is_whitespace) && !r.contains(['<', '>', '"'])
    })
}

/// Lower-case letters, digits and single hyphens, 2 to 80 characters.
pub fn check_slug(slug: &str) -> Result<(), String> {
    let valid_chars = slug
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !(2..=80).contains(&slug.len())
        || !valid_chars
        || slug.starts_with('-')
        || slug.ends_with('-')
        || slug.contains("--")
    {
        return Err(format!(
            "identifiant « {slug} » invalide : 2 à 80 lettres minuscules sans accent, chiffres et tirets simples"
        ));
    }
    Ok(())
}

/// A slug made from a name: "Coop'Numérique Bretagne" → "coop-numerique-bretagne".
pub fn slugify(name: &str) -> String {
    let folded = crate::text::fold(name);
    let slug: String = folded
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(80)
        .collect();
    slug.trim_matches('-').to_string()
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
    fn a_complete_profile_has_no_problem() {
        assert_eq!(sample().problems_for_publication(), vec![]);
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
        let fields: Vec<String> = record.problems().into_iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            ["pitch", "website", "commune", "tools", "references[2].year"]
        );
        record.references.truncate(1);
        assert!(
            record
                .problems_for_publication()
                .iter()
                .any(|e| e.field == "references")
        );
    }

    #[test]
    fn slugs() {
        assert_eq!(
            slugify("Coop'Numérique  Bretagne !"),
            "coop-numerique-bretagne"
        );
        assert!(check_slug("ok-slug-2").is_ok());
        assert!(
            check_slug("Pas-OK").is_err()
                && check_slug("-x").is_err()
                && check_slug("a--b").is_err()
        );
    }
}
