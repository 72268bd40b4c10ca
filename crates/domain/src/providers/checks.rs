//! What makes a profile invalid (never stored, even in a draft) or
//! incomplete (not submitted nor published).

use super::{DESCRIPTION_MAX, MIN_REFERENCES, PITCH_MAX, ProviderRecord, is_logo_name};
use crate::catalogue::Catalogue;
use crate::date::Date;
use crate::geo;
use crate::problems::FieldProblem;
use crate::text::is_slug;
use crate::web_address;

impl ProviderRecord {
    /// Every problem of a profile meant to be complete: invalid values and
    /// missing ones.
    pub fn problems(&self, catalogue: &Catalogue) -> Vec<FieldProblem> {
        let mut errors = self.draft_problems(catalogue);
        let mut missing =
            |field: &str, key: &'static str| errors.push(FieldProblem::new(field, key));
        if self.name.trim().is_empty() {
            missing("name", "providers-check-name-missing");
        }
        if self.pitch.trim().is_empty() {
            missing("pitch", "providers-check-pitch-missing");
        }
        if self.structure.is_none() {
            missing("structure", "providers-check-structure-missing");
        }
        if self.team_size.is_none() {
            missing("team_size", "providers-check-team-size-missing");
        }
        if self.commune.trim().is_empty() {
            missing("commune", "providers-check-commune-missing");
        }
        if self.support_types.is_empty() {
            missing("support_types", "providers-check-support-types-missing");
        }
        if self.association_sizes.is_empty() {
            missing("association_sizes", "providers-check-sizes-missing");
        }
        if self.modalities.is_empty() {
            missing("modalities", "providers-check-modalities-missing");
        }
        errors
    }

    /// Values that may never be stored, even in a draft: a bad address, an
    /// unknown code, a text too long. A draft may still be incomplete.
    pub fn draft_problems(&self, catalogue: &Catalogue) -> Vec<FieldProblem> {
        let mut errors = Vec::new();
        let mut add = |problem: FieldProblem| errors.push(problem);
        fn problem(field: impl Into<String>, key: &'static str) -> FieldProblem {
            FieldProblem::new(field, key)
        }
        if !is_slug(&self.slug) {
            add(problem("slug", "providers-check-slug").with("slug", &self.slug));
        }
        let name_len = self.name.trim().chars().count();
        if !(2..=120).contains(&name_len) {
            add(problem("name", "providers-check-name-length"));
        }
        let pitch_len = self.pitch.trim().chars().count();
        if pitch_len > PITCH_MAX {
            add(problem("pitch", "providers-check-pitch-too-long")
                .with("max", PITCH_MAX)
                .with("length", pitch_len));
        }
        if self.description.chars().count() > DESCRIPTION_MAX {
            add(problem(
                "description",
                "providers-check-description-too-long",
            ));
        }
        if let Some(url) = &self.website
            && !web_address::is_valid(url)
        {
            add(problem("website", "providers-check-web-address").with("value", url));
        }
        if let Some(logo) = &self.logo
            && !is_logo_name(logo)
        {
            add(problem("logo", "providers-check-logo-name").with("value", logo));
        }
        if let Some(year) = self.founded
            && !(1800..=Date::latest_today().year).contains(&year)
        {
            add(problem("founded", "providers-check-founded").with("year", year));
        }
        if let Some(url) = &self.chatons_url
            && !web_address::is_valid(url)
        {
            add(problem("chatons_url", "providers-check-web-address").with("value", url));
        }
        if !self.commune.is_empty() && geo::commune_by_insee(&self.commune).is_none() {
            add(problem("commune", "providers-check-commune-unknown").with("code", &self.commune));
        }
        for code in &self.zone.regions {
            if geo::region(code).is_none() {
                add(problem("zone.regions", "providers-check-region-unknown").with("code", code));
            }
        }
        for code in &self.zone.departements {
            if geo::departement(code).is_none() {
                add(
                    problem("zone.departements", "providers-check-departement-unknown")
                        .with("code", code),
                );
            }
        }
        for (field, repeated) in [
            ("support_types", has_duplicates(&self.support_types)),
            ("association_sizes", has_duplicates(&self.association_sizes)),
            ("modalities", has_duplicates(&self.modalities)),
            ("tools", has_duplicates(&self.tools)),
            ("zone.regions", has_duplicates(&self.zone.regions)),
            ("zone.departements", has_duplicates(&self.zone.departements)),
            ("pricing.flags", has_duplicates(&self.pricing.flags)),
        ] {
            if repeated {
                add(problem(field, "providers-check-repeated"));
            }
        }
        for tool in &self.tools {
            if catalogue.tool(tool).is_none() {
                add(problem("tools", "providers-check-tool-unknown").with("tool", tool));
            }
        }
        for (i, reference) in self.references.iter().enumerate() {
            let field = |name: &str| format!("references[{}].{name}", i + 1);
            if reference.association.trim().is_empty() {
                add(problem(
                    field("association"),
                    "providers-check-reference-association",
                ));
            }
            if !(1990..=Date::latest_today().year).contains(&reference.year) {
                add(problem(field("year"), "providers-check-reference-year")
                    .with("year", reference.year));
            }
            if reference.summary.trim().is_empty() {
                add(problem(
                    field("summary"),
                    "providers-check-reference-summary",
                ));
            }
            for tool in &reference.tools {
                if catalogue.tool(tool).is_none() {
                    add(problem(field("tools"), "providers-check-tool-unknown").with("tool", tool));
                }
            }
        }
        if let Some(email) = &self.contact.email
            && !crate::email::looks_like_email(email)
        {
            add(problem("contact.email", "providers-check-email").with("value", email));
        }
        if let Some(phone) = &self.contact.phone
            && !is_phone_number(phone)
        {
            add(problem("contact.phone", "providers-check-phone").with("value", phone));
        }
        if Date::parse(&self.last_updated).is_none() {
            add(problem("last_updated", "providers-check-date").with("value", &self.last_updated));
        }
        if let Some(date) = &self.last_verified
            && Date::parse(date).is_none()
        {
            add(problem("last_verified", "providers-check-date").with("value", date));
        }
        errors
    }

    /// Problems, plus what the network requires before publication: proof of
    /// at least two support projects with associations.
    pub fn problems_for_publication(&self, catalogue: &Catalogue) -> Vec<FieldProblem> {
        let mut errors = self.problems(catalogue);
        if self.references.len() < MIN_REFERENCES {
            errors.push(
                FieldProblem::new("references", "providers-check-references-too-few")
                    .with("min", MIN_REFERENCES)
                    .with("count", self.references.len()),
            );
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

/// "02 99 00 00 00", "+33 2 99 00 00 00", "(0)2.99.00.00.00": digits with
/// the usual separators, 6 to 20 digits.
fn is_phone_number(text: &str) -> bool {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    (6..=20).contains(&digits)
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '.' | '-' | '(' | ')' | '/'))
        && text.chars().filter(|c| *c == '+').count() <= 1
}
