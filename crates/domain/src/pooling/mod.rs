//! Pooling ("Mutualisation"): associations that want the same feature,
//! tool or support find each other around a need, agree on a provider's
//! quote and commit together, all or nothing (`campaign.rs`), with amounts
//! in whole cents (`money.rs`); or share a maintenance technician
//! (`maintenance.rs`). Essaim holds no money.

pub mod campaign;
pub mod maintenance;
pub mod money;

use crate::catalogue::Catalogue;
use crate::date::Date;
use crate::problems::FieldProblem;

/// What a need asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NeedKind {
    Feature,
    Tool,
    Translation,
    Accessibility,
    Hosting,
    Maintenance,
}

impl NeedKind {
    pub const ALL: [NeedKind; 6] = [
        NeedKind::Feature,
        NeedKind::Tool,
        NeedKind::Translation,
        NeedKind::Accessibility,
        NeedKind::Hosting,
        NeedKind::Maintenance,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            NeedKind::Feature => "fonctionnalite",
            NeedKind::Tool => "outil",
            NeedKind::Translation => "traduction",
            NeedKind::Accessibility => "accessibilite",
            NeedKind::Hosting => "hebergement",
            NeedKind::Maintenance => "maintenance",
        }
    }

    pub fn from_slug(slug: &str) -> Option<NeedKind> {
        NeedKind::ALL.into_iter().find(|k| k.slug() == slug)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            NeedKind::Feature => "pooling-kind-feature",
            NeedKind::Tool => "pooling-kind-tool",
            NeedKind::Translation => "pooling-kind-translation",
            NeedKind::Accessibility => "pooling-kind-accessibility",
            NeedKind::Hosting => "pooling-kind-hosting",
            NeedKind::Maintenance => "pooling-kind-maintenance",
        }
    }
}

/// Where a need stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NeedStatus {
    Idea,
    Specification,
    Funding,
    InDevelopment,
    Delivered,
    Abandoned,
}

impl NeedStatus {
    pub const ALL: [NeedStatus; 6] = [
        NeedStatus::Idea,
        NeedStatus::Specification,
        NeedStatus::Funding,
        NeedStatus::InDevelopment,
        NeedStatus::Delivered,
        NeedStatus::Abandoned,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            NeedStatus::Idea => "idee",
            NeedStatus::Specification => "cahier-des-charges",
            NeedStatus::Funding => "financement",
            NeedStatus::InDevelopment => "en-developpement",
            NeedStatus::Delivered => "livre",
            NeedStatus::Abandoned => "abandonne",
        }
    }

    pub fn from_slug(slug: &str) -> Option<NeedStatus> {
        NeedStatus::ALL.into_iter().find(|s| s.slug() == slug)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            NeedStatus::Idea => "pooling-status-idea",
            NeedStatus::Specification => "pooling-status-specification",
            NeedStatus::Funding => "pooling-status-funding",
            NeedStatus::InDevelopment => "pooling-status-in-development",
            NeedStatus::Delivered => "pooling-status-delivered",
            NeedStatus::Abandoned => "pooling-status-abandoned",
        }
    }

    /// Whether its author or a moderator may move a need from `self` to
    /// `to`: one step on, one step back before the funding, or abandoned at
    /// any time before delivery. Funding itself starts with a quote chosen,
    /// not by hand.
    pub fn may_move_to(self, to: NeedStatus) -> bool {
        use NeedStatus::*;
        matches!(
            (self, to),
            (Idea, Specification)
                | (Specification, Idea)
                | (Funding, InDevelopment)
                | (InDevelopment, Delivered)
                | (Idea | Specification | Funding | InDevelopment, Abandoned)
                | (Abandoned, Idea)
        )
    }
}

/// As a forum topic's, since the need's title is its topic's.
pub const TITLE_MIN: usize = crate::community::TITLE_MIN;
pub const TITLE_MAX: usize = 120;
pub const DESCRIPTION_MIN: usize = 30;
pub const DESCRIPTION_MAX: usize = 10_000;

/// A need as an association's responsable describes it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NeedFields {
    pub title: String,
    /// Markdown.
    pub description: String,
    /// A free tool of the catalogue, when the need is about one.
    pub tool: Option<String>,
    pub kind: Option<NeedKind>,
}

/// A need whose fields passed their checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Need {
    pub title: String,
    pub description: String,
    pub tool: Option<String>,
    pub kind: NeedKind,
}

impl NeedFields {
    pub fn check(&self, catalogue: &Catalogue) -> Result<Need, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let title = self.title.split_whitespace().collect::<Vec<_>>().join(" ");
        let length = title.chars().count();
        if length < TITLE_MIN {
            problems.push(FieldProblem::new("titre", "pooling-need-title").with("min", TITLE_MIN));
        } else if length > TITLE_MAX {
            problems
                .push(FieldProblem::new("titre", "pooling-need-title-long").with("max", TITLE_MAX));
        }
        let description = self.description.trim();
        let length = description.chars().count();
        if length < DESCRIPTION_MIN {
            problems.push(
                FieldProblem::new("description", "pooling-need-description")
                    .with("min", DESCRIPTION_MIN),
            );
        } else if length > DESCRIPTION_MAX {
            problems.push(
                FieldProblem::new("description", "pooling-need-description-long")
                    .with("max", DESCRIPTION_MAX)
                    .with("length", length),
            );
        }
        let tool = self
            .tool
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty());
        if let Some(tool) = tool
            && catalogue.tool(tool).is_none()
        {
            problems.push(FieldProblem::new("logiciel", "pooling-need-tool").with("slug", tool));
        }
        if self.kind.is_none() {
            problems.push(FieldProblem::new("type", "pooling-need-kind"));
        }
        match (problems.is_empty(), self.kind) {
            (true, Some(kind)) => Ok(Need {
                title,
                description: description.to_string(),
                tool: tool.map(str::to_string),
                kind,
            }),
            _ => Err(problems),
        }
    }
}

/// A provider's quote as its form sends it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QuoteFields {
    pub amount: String,
    /// What is delivered, in Markdown.
    pub deliverables: String,
    /// The milestones, one a line.
    pub milestones: String,
    pub valid_until: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    pub amount: money::Cents,
    pub deliverables: String,
    pub milestones: Vec<String>,
    pub valid_until: Date,
}

impl QuoteFields {
    /// The quote, or every problem of its fields; valid at least until
    /// tomorrow.
    pub fn check(&self, today: Date) -> Result<Quote, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let amount = money::parse_amount("montant", &self.amount)
            .map_err(|p| problems.push(p))
            .ok();
        let deliverables = self.deliverables.trim();
        if deliverables.chars().count() < DESCRIPTION_MIN {
            problems.push(
                FieldProblem::new("livrables", "pooling-quote-deliverables")
                    .with("min", DESCRIPTION_MIN),
            );
        }
        let milestones: Vec<String> = self
            .milestones
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect();
        let valid_until = match Date::parse(self.valid_until.trim()) {
            Some(date) if today.days_until(date) >= 1 => Some(date),
            Some(_) => {
                problems.push(FieldProblem::new("validite", "pooling-quote-expired"));
                None
            }
            None => {
                problems.push(FieldProblem::new("validite", "pooling-quote-date"));
                None
            }
        };
        match (amount, valid_until) {
            (Some(amount), Some(valid_until)) if problems.is_empty() => Ok(Quote {
                amount,
                deliverables: deliverables.to_string(),
                milestones,
                valid_until,
            }),
            _ => Err(problems),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_need_names_every_problem_at_once() {
        let catalogue = Catalogue::builtin();
        let need = NeedFields {
            title: "  Adhésions   en ligne dans Paheko ".into(),
            description: "Que les adhérents renouvellent leur adhésion en ligne, paiement compris."
                .into(),
            tool: Some("paheko".into()),
            kind: Some(NeedKind::Feature),
        }
        .check(&catalogue)
        .unwrap();
        assert_eq!(need.title, "Adhésions en ligne dans Paheko");
        let keys: Vec<&str> = NeedFields {
            title: "Ah".into(),
            description: "Court.".into(),
            tool: Some("gmail".into()),
            kind: None,
        }
        .check(&catalogue)
        .unwrap_err()
        .iter()
        .map(|p| p.key)
        .collect();
        assert_eq!(
            keys,
            [
                "pooling-need-title",
                "pooling-need-description",
                "pooling-need-tool",
                "pooling-need-kind"
            ]
        );
    }

    #[test]
    fn statuses_move_one_step_at_a_time_and_funding_comes_from_a_quote() {
        use NeedStatus::*;
        assert!(Idea.may_move_to(Specification));
        assert!(
            !Idea.may_move_to(Funding),
            "a quote chosen opens the funding"
        );
        assert!(!Specification.may_move_to(Funding));
        assert!(InDevelopment.may_move_to(Delivered));
        assert!(Funding.may_move_to(Abandoned));
        assert!(!Delivered.may_move_to(Abandoned));
        assert!(!Idea.may_move_to(Delivered));
        for status in NeedStatus::ALL {
            assert_eq!(NeedStatus::from_slug(status.slug()), Some(status));
        }
    }

    #[test]
    fn a_quote_has_an_exact_amount_and_a_future_validity() {
        let today = Date::parse("2026-12-03").unwrap();
        let quote = QuoteFields {
            amount: "2 400,00".into(),
            deliverables: "Le module d'adhésion en ligne, documenté et publié sous licence libre."
                .into(),
            milestones: "Maquettes\n\nVersion de test\nPublication".into(),
            valid_until: "2027-01-15".into(),
        }
        .check(today)
        .unwrap();
        assert_eq!(quote.amount, money::Cents::euros(2400));
        assert_eq!(quote.milestones.len(), 3);
        let keys: Vec<&str> = QuoteFields {
            amount: "12,345".into(),
            deliverables: "Tout".into(),
            milestones: String::new(),
            valid_until: "2026-12-03".into(),
        }
        .check(today)
        .unwrap_err()
        .iter()
        .map(|p| p.key)
        .collect();
        assert_eq!(
            keys,
            [
                "pooling-amount-decimals",
                "pooling-quote-deliverables",
                "pooling-quote-expired"
            ]
        );
    }
}
