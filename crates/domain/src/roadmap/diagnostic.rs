//! The diagnostic: for each need, the tool used today, by how many, how
//! much it matters and what holds it in place; from it, per need, the free
//! alternatives ranked by fit, and an order for the plan (impact × ease),
//! each with its reasons as message keys.

use serde::{Deserialize, Serialize};

use crate::catalogue::Catalogue;
use crate::problems::FieldProblem;
use crate::taxonomy::{Criticality, Hold, PeopleCount};

/// One need as the association answered it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub need: String,
    /// A proprietary or free tool's slug…
    pub current_tool: Option<String>,
    /// …or the tool in the association's words.
    pub current_other: Option<String>,
    pub people: PeopleCount,
    pub criticality: Criticality,
    pub holds: Vec<Hold>,
}

/// The answers, kept as a draft until they become a roadmap.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub answers: Vec<Answer>,
}

/// A free alternative for a need, with why it fits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternative {
    pub tool: String,
    pub fit: u32,
    pub reasons: Vec<&'static str>,
}

/// What the diagnostic proposes for one need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub answer: Answer,
    /// The best first.
    pub alternatives: Vec<Alternative>,
    /// Impact × ease, for the plan's order.
    pub score: u32,
    /// Why it comes where it does, as message keys.
    pub reasons: Vec<&'static str>,
}

impl Diagnostic {
    /// Answers that name something unknown to the catalogue.
    pub fn problems(&self, catalogue: &Catalogue) -> Vec<FieldProblem> {
        let mut problems = Vec::new();
        for answer in &self.answers {
            if catalogue.need(&answer.need).is_none() {
                problems.push(
                    FieldProblem::new("need", "roadmap-check-need").with("value", &answer.need),
                );
            }
            if let Some(tool) = &answer.current_tool
                && catalogue.proprietary_tool(tool).is_none()
                && catalogue.tool(tool).is_none()
            {
                problems.push(
                    FieldProblem::new(format!("current-{}", answer.need), "roadmap-check-tool")
                        .with("value", tool),
                );
            }
            if answer
                .current_other
                .as_ref()
                .is_some_and(|t| t.chars().count() > super::TEXT_MAX)
            {
                problems.push(
                    FieldProblem::new(format!("other-{}", answer.need), "roadmap-check-too-long")
                        .with("max", super::TEXT_MAX),
                );
            }
        }
        problems
    }

    /// The needs to change, the most worthwhile first: those already met
    /// by a free tool are left out.
    pub fn propose(&self, catalogue: &Catalogue) -> Vec<Proposal> {
        let mut proposals: Vec<Proposal> = self
            .answers
            .iter()
            .filter(|a| {
                a.current_tool.is_some()
                    || a.current_other
                        .as_deref()
                        .is_some_and(|t| !t.trim().is_empty())
            })
            .filter(|a| {
                a.current_tool
                    .as_deref()
                    .is_none_or(|t| catalogue.tool(t).is_none())
            })
            .map(|answer| proposal(answer, catalogue))
            .collect();
        proposals.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then(a.answer.need.cmp(&b.answer.need))
        });
        proposals
    }
}

fn proposal(answer: &Answer, catalogue: &Catalogue) -> Proposal {
    // The proprietary tool's own list, in its order, else every free tool
    // that meets the need. Of the tool's list, those that meet the need
    // answered come first (Excel used for the accounts: Paheko before
    // LibreOffice).
    let mut listed: Vec<String> = answer
        .current_tool
        .as_deref()
        .and_then(|t| catalogue.proprietary_tool(t))
        .map(|p| p.alternatives.clone())
        .filter(|a| !a.is_empty())
        .unwrap_or_else(|| {
            catalogue
                .tools_for_need(&answer.need)
                .map(|t| t.slug.clone())
                .collect()
        });
    listed.sort_by_key(|slug| {
        !catalogue
            .tool(slug)
            .is_some_and(|t| t.needs.contains(&answer.need))
    });
    let mut alternatives: Vec<Alternative> = listed
        .iter()
        .enumerate()
        .filter_map(|(rank, slug)| catalogue.tool(slug).map(|t| (rank, t)))
        .map(|(rank, tool)| {
            let mut fit = 0;
            let mut reasons = Vec::new();
            if rank == 0 && answer.current_tool.is_some() {
                fit += 3;
                reasons.push("diagnostic-fit-first");
            }
            fit += 3 - u32::from(tool.use_difficulty.min(3));
            if tool.use_difficulty == 1 {
                reasons.push("diagnostic-fit-easy");
            }
            if tool.hosted_offers {
                fit += 2;
                reasons.push("diagnostic-fit-hosted");
            }
            if tool.needs.len() > 1 {
                fit += 1;
                reasons.push("diagnostic-fit-several");
            }
            Alternative {
                tool: tool.slug.clone(),
                fit,
                reasons,
            }
        })
        .collect();
    // Stable: the catalogue's order among equals.
    alternatives.sort_by_key(|a| std::cmp::Reverse(a.fit));

    let people = answer.people.index() as u32 + 1; // 1 to 4
    let criticality = answer.criticality.index() as u32 + 1; // 1 to 3
    let impact = people * criticality; // 1 to 12
    let best_use = alternatives
        .first()
        .and_then(|a| catalogue.tool(&a.tool))
        .map_or(3, |t| u32::from(t.use_difficulty));
    let ease = (4 - best_use) + (3 - answer.holds.len().min(3) as u32); // 1 to 6
    let mut reasons = Vec::new();
    reasons.push(match impact {
        8.. => "diagnostic-impact-high",
        4..=7 => "diagnostic-impact-medium",
        _ => "diagnostic-impact-low",
    });
    reasons.push(match ease {
        5.. => "diagnostic-ease-high",
        3..=4 => "diagnostic-ease-medium",
        _ => "diagnostic-ease-low",
    });
    if answer.holds.contains(&Hold::Partners) {
        reasons.push("diagnostic-hold-partners");
    }
    if answer.criticality == Criticality::Vital {
        reasons.push("diagnostic-vital");
    }
    Proposal {
        answer: answer.clone(),
        alternatives,
        score: impact * ease,
        reasons,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(
        need: &str,
        tool: &str,
        people: PeopleCount,
        criticality: Criticality,
        holds: Vec<Hold>,
    ) -> Answer {
        Answer {
            need: need.into(),
            current_tool: Some(tool.into()),
            current_other: None,
            people,
            criticality,
            holds,
        }
    }

    #[test]
    fn the_plan_starts_where_impact_and_ease_are_greatest() {
        let catalogue = Catalogue::builtin();
        let diagnostic = Diagnostic {
            answers: vec![
                // Few people, secondary, held by partners: last.
                answer(
                    "reseaux-sociaux",
                    "facebook",
                    PeopleCount::One,
                    Criticality::Low,
                    vec![Hold::Partners, Hold::Habits],
                ),
                // Everyone, vital, nothing holds it: first.
                answer(
                    "messagerie",
                    "gmail",
                    PeopleCount::Many,
                    Criticality::Vital,
                    vec![],
                ),
                // Already free: not proposed.
                answer(
                    "bureautique",
                    "libreoffice",
                    PeopleCount::Many,
                    Criticality::Vital,
                    vec![],
                ),
            ],
        };
        let proposals = diagnostic.propose(&catalogue);
        let needs: Vec<&str> = proposals.iter().map(|p| p.answer.need.as_str()).collect();
        assert_eq!(needs, ["messagerie", "reseaux-sociaux"]);
        assert!(proposals[0].reasons.contains(&"diagnostic-impact-high"));
        assert!(proposals[1].reasons.contains(&"diagnostic-hold-partners"));
        // Gmail's first alternative leads, with its reasons.
        assert_eq!(proposals[0].alternatives[0].tool, "roundcube");
        assert!(
            proposals[0].alternatives[0]
                .reasons
                .contains(&"diagnostic-fit-first")
        );
    }

    #[test]
    fn the_alternatives_that_meet_the_need_answered_come_first() {
        let catalogue = Catalogue::builtin();
        let diagnostic = Diagnostic {
            answers: vec![answer(
                "adherents-compta",
                "excel",
                PeopleCount::Few,
                Criticality::Vital,
                vec![],
            )],
        };
        let proposals = diagnostic.propose(&catalogue);
        assert_eq!(proposals[0].alternatives[0].tool, "paheko");
    }

    #[test]
    fn a_tool_in_words_gets_the_tools_of_its_need_and_unknown_slugs_are_named() {
        let catalogue = Catalogue::builtin();
        let diagnostic = Diagnostic {
            answers: vec![Answer {
                need: "adherents-compta".into(),
                current_tool: None,
                current_other: Some("Un cahier et un tableur".into()),
                people: PeopleCount::Few,
                criticality: Criticality::Important,
                holds: vec![Hold::Habits],
            }],
        };
        let proposals = diagnostic.propose(&catalogue);
        let tools: Vec<&str> = proposals[0]
            .alternatives
            .iter()
            .map(|a| a.tool.as_str())
            .collect();
        assert!(
            tools.contains(&"paheko") && tools.contains(&"galette"),
            "{tools:?}"
        );
        let wrong = Diagnostic {
            answers: vec![answer(
                "teleportation",
                "minitel",
                PeopleCount::One,
                Criticality::Low,
                vec![],
            )],
        };
        let keys: Vec<_> = wrong
            .problems(&catalogue)
            .into_iter()
            .map(|p| p.key)
            .collect();
        assert_eq!(keys, ["roadmap-check-need", "roadmap-check-tool"]);
    }
}
