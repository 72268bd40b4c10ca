//! Where a resource leads: needs and free tools of the catalogue, steps of
//! a transition.

use crate::catalogue::Catalogue;
use crate::problems::FieldProblem;
use crate::taxonomy::TransitionStep;

/// Where a resource leads in the catalogue and in a transition.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CatalogueLinks {
    pub needs: Vec<String>,
    pub tools: Vec<String>,
    pub steps: Vec<TransitionStep>,
}

impl CatalogueLinks {
    /// The problems of slugs the catalogue does not know.
    pub(super) fn problems(&self, catalogue: &Catalogue) -> Vec<FieldProblem> {
        let mut problems = Vec::new();
        for need in self.needs.iter().filter(|n| catalogue.need(n).is_none()) {
            problems.push(FieldProblem::new("needs", "library-check-need").with("slug", need));
        }
        for tool in self.tools.iter().filter(|t| catalogue.tool(t).is_none()) {
            problems.push(FieldProblem::new("tools", "library-check-tool").with("slug", tool));
        }
        problems
    }

    pub(super) fn sorted(&self) -> CatalogueLinks {
        let mut links = self.clone();
        links.needs.sort_unstable();
        links.needs.dedup();
        links.tools.sort_unstable();
        links.tools.dedup();
        links.steps.sort_unstable();
        links.steps.dedup();
        links
    }

    /// Slugs separated by spaces, as they are kept.
    pub fn steps_text(&self) -> String {
        self.steps
            .iter()
            .map(|s| s.slug())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// From the kept text; a slug no longer known is dropped.
    pub fn parse_steps(text: &str) -> Vec<TransitionStep> {
        text.split_whitespace()
            .filter_map(TransitionStep::from_slug)
            .collect()
    }
}
