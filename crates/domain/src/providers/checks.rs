//! What makes a profile invalid (never stored, even in a draft) or
//! incomplete (not submitted nor published).

use super::{FieldError, MIN_REFERENCES, PITCH_MAX, ProviderRecord, check_slug, is_logo_name};
use crate::catalogue::tool_by_slug;
use crate::date::Date;
use crate::geo;

impl ProviderRecord {
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
