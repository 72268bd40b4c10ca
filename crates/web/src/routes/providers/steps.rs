//! The profile form, in six steps a provider can fill on a phone and leave
//! halfway: each step saves the draft.

use essaim_domain::problems::FieldProblem;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Identity,
    Structure,
    Place,
    Offer,
    References,
    Contact,
}

impl Step {
    pub const ALL: [Step; 6] = [
        Step::Identity,
        Step::Structure,
        Step::Place,
        Step::Offer,
        Step::References,
        Step::Contact,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Step::Identity => "identite",
            Step::Structure => "structure",
            Step::Place => "lieu",
            Step::Offer => "offre",
            Step::References => "references",
            Step::Contact => "contact",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    pub fn title_key(self) -> &'static str {
        match self {
            Step::Identity => "providers-step-identity",
            Step::Structure => "providers-step-structure",
            Step::Place => "providers-step-place",
            Step::Offer => "providers-step-offer",
            Step::References => "providers-step-references",
            Step::Contact => "providers-step-contact",
        }
    }

    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.number()).copied()
    }

    /// The step where a field of the record is filled in.
    pub fn of_field(field: &str) -> Step {
        let root = field.split(['.', '[']).next().unwrap_or_default();
        match root {
            "structure" | "team_size" | "chatons" | "chatons_url" | "networks" => Step::Structure,
            "commune" | "address" | "address_public" | "zone" | "remote" => Step::Place,
            "support_types" | "association_sizes" | "modalities" | "tools" | "pricing" => {
                Step::Offer
            }
            "references" => Step::References,
            "contact" | "availability" => Step::Contact,
            _ => Step::Identity,
        }
    }
}

/// The problems of one step.
pub fn problems_of(step: Step, problems: &[FieldProblem]) -> Vec<FieldProblem> {
    problems
        .iter()
        .filter(|p| Step::of_field(&p.field) == step)
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::Step;

    #[test]
    fn every_field_belongs_to_a_step() {
        assert_eq!(Step::of_field("references[3].year"), Step::References);
        assert_eq!(Step::of_field("zone.regions"), Step::Place);
        assert_eq!(Step::of_field("contact.email"), Step::Contact);
        assert_eq!(Step::of_field("pitch"), Step::Identity);
        assert_eq!(Step::Identity.next(), Some(Step::Structure));
        assert_eq!(Step::Contact.next(), None);
        for step in Step::ALL {
            assert_eq!(Step::from_slug(step.slug()), Some(step));
        }
    }
}
