//! Associations as their members' home: who they are (name, size, commune,
//! field, website) and the rules of their membership.

use crate::geo;
use crate::problems::FieldProblem;
use crate::taxonomy::{AssociationField, AssociationSize};
use crate::text::is_slug;
use crate::web_address;

pub const NAME_MAX: usize = 120;

/// What an association says of itself.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AssociationDetails {
    pub name: String,
    pub size: Option<AssociationSize>,
    /// INSEE code of its commune.
    pub commune: String,
    pub field: Option<AssociationField>,
    pub website: Option<String>,
}

impl AssociationDetails {
    /// Every problem that keeps these details from being kept: a missing
    /// name, size or commune, a bad address.
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut problems = Vec::new();
        let name = self.name.trim().chars().count();
        if name == 0 {
            problems.push(FieldProblem::new("name", "associations-check-name-missing"));
        } else if !(2..=NAME_MAX).contains(&name) {
            problems.push(
                FieldProblem::new("name", "associations-check-name-length").with("max", NAME_MAX),
            );
        }
        if self.size.is_none() {
            problems.push(FieldProblem::new("size", "associations-check-size-missing"));
        }
        if self.commune.is_empty() {
            problems.push(FieldProblem::new(
                "commune",
                "associations-check-commune-missing",
            ));
        } else if geo::commune_by_insee(&self.commune).is_none() {
            problems.push(
                FieldProblem::new("commune", "associations-check-commune-unknown")
                    .with("code", &self.commune),
            );
        }
        if let Some(url) = &self.website
            && !web_address::is_valid(url)
        {
            problems.push(
                FieldProblem::new("website", "associations-check-web-address").with("value", url),
            );
        }
        problems
    }
}

/// Addresses the site uses beside the spaces (`/espace-association/invitation`).
const RESERVED_SLUGS: &[&str] = &["invitation"];

pub fn is_reserved(slug: &str) -> bool {
    RESERVED_SLUGS.contains(&slug)
}

/// Checks an address a person chose for the space: `None` when it is a
/// good slug.
pub fn slug_problem(slug: &str) -> Option<FieldProblem> {
    if !is_slug(slug) {
        Some(FieldProblem::new("slug", "associations-check-slug").with("slug", slug))
    } else if is_reserved(slug) {
        Some(FieldProblem::new("slug", "associations-check-slug-reserved").with("slug", slug))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> AssociationDetails {
        AssociationDetails {
            name: "Club de handball de Vitré".into(),
            size: Some(AssociationSize::NoStaff),
            commune: "35360".into(),
            field: Some(AssociationField::Sport),
            website: Some("https://hand-vitre.example.org".into()),
        }
    }

    #[test]
    fn complete_details_have_no_problem() {
        assert_eq!(sample().problems(), vec![]);
    }

    #[test]
    fn each_missing_or_wrong_value_is_named() {
        let keys = |details: AssociationDetails| -> Vec<(String, &'static str)> {
            details
                .problems()
                .into_iter()
                .map(|p| (p.field, p.key))
                .collect()
        };
        assert_eq!(
            keys(AssociationDetails::default()),
            vec![
                ("name".into(), "associations-check-name-missing"),
                ("size".into(), "associations-check-size-missing"),
                ("commune".into(), "associations-check-commune-missing"),
            ]
        );
        let wrong = AssociationDetails {
            name: "X".into(),
            commune: "99999".into(),
            website: Some("javascript:alert(1)".into()),
            ..sample()
        };
        assert_eq!(
            keys(wrong),
            vec![
                ("name".into(), "associations-check-name-length"),
                ("commune".into(), "associations-check-commune-unknown"),
                ("website".into(), "associations-check-web-address"),
            ]
        );
    }

    #[test]
    fn chosen_addresses_are_slugs() {
        assert!(slug_problem("hand-vitre").is_none());
        assert!(slug_problem("Hand Vitré").is_some());
        assert!(slug_problem("-x").is_some());
        assert_eq!(
            slug_problem("invitation").map(|p| p.key),
            Some("associations-check-slug-reserved")
        );
    }
}
