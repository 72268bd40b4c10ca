//! An association's roadmap: for each need, the tool used today, the tool
//! chosen, how soon, where it stands, by when and who carries it; and the
//! eight steps of a transition as a checklist.

pub mod diagnostic;

use crate::catalogue::Catalogue;
use crate::date::Date;
use crate::problems::FieldProblem;
use crate::taxonomy::{ItemStatus, Priority};

pub const NOTES_MAX: usize = 2000;
pub const TEXT_MAX: usize = 200;

/// One step of the plan, as a form sends it and the store keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// A need's slug from the catalogue.
    pub need: String,
    /// The tool used today, from the catalogue (a proprietary or free
    /// tool's slug)…
    pub current_tool: Option<String>,
    /// …or in the association's words.
    pub current_other: Option<String>,
    /// A free tool's slug from the catalogue.
    pub chosen_tool: Option<String>,
    pub priority: Priority,
    pub status: ItemStatus,
    /// Why a tool is kept (`conserve`); required then.
    pub reason: Option<String>,
    pub target_date: Option<Date>,
    /// A member of the association.
    pub owner_id: Option<i64>,
    pub notes: String,
}

impl Item {
    /// Every problem of the item. `new_target` says the target date was
    /// set or moved by this change: only then may it not be in the past
    /// (a date already passed stays, as the plan's history).
    pub fn problems(
        &self,
        catalogue: &Catalogue,
        today: Date,
        new_target: bool,
    ) -> Vec<FieldProblem> {
        let mut problems = Vec::new();
        if catalogue.need(&self.need).is_none() {
            problems
                .push(FieldProblem::new("need", "roadmap-check-need").with("value", &self.need));
        }
        if let Some(tool) = &self.current_tool
            && catalogue.proprietary_tool(tool).is_none()
            && catalogue.tool(tool).is_none()
        {
            problems
                .push(FieldProblem::new("current_tool", "roadmap-check-tool").with("value", tool));
        }
        if let Some(tool) = &self.chosen_tool
            && catalogue.tool(tool).is_none()
        {
            problems.push(
                FieldProblem::new("chosen_tool", "roadmap-check-free-tool").with("value", tool),
            );
        }
        for (field, text) in [
            ("current_other", &self.current_other),
            ("reason", &self.reason),
        ] {
            if text.as_ref().is_some_and(|t| t.chars().count() > TEXT_MAX) {
                problems
                    .push(FieldProblem::new(field, "roadmap-check-too-long").with("max", TEXT_MAX));
            }
        }
        if self.status == ItemStatus::Kept
            && self.reason.as_deref().is_none_or(|r| r.trim().is_empty())
        {
            problems.push(FieldProblem::new("reason", "roadmap-check-reason"));
        }
        if new_target
            && let Some(date) = self.target_date
            && date < today
        {
            problems.push(
                FieldProblem::new("target_date", "roadmap-check-date-past")
                    .with("date", date.to_string()),
            );
        }
        if self.notes.chars().count() > NOTES_MAX {
            problems
                .push(FieldProblem::new("notes", "roadmap-check-too-long").with("max", NOTES_MAX));
        }
        problems
    }
}

/// How many items stand at each status, in `ItemStatus::ALL`'s order.
pub fn progress(statuses: impl IntoIterator<Item = ItemStatus>) -> Vec<usize> {
    let mut counts = vec![0; ItemStatus::ALL.len()];
    for status in statuses {
        counts[status.index()] += 1;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item() -> Item {
        Item {
            need: "partage-fichiers".into(),
            current_tool: Some("google-drive".into()),
            current_other: None,
            chosen_tool: Some("nextcloud".into()),
            priority: Priority::High,
            status: ItemStatus::InProgress,
            reason: None,
            target_date: Date::parse("2027-03-01"),
            owner_id: None,
            notes: String::new(),
        }
    }

    fn keys(item: &Item, new_target: bool) -> Vec<&'static str> {
        let today = Date::parse("2026-12-02").unwrap();
        item.problems(&Catalogue::builtin(), today, new_target)
            .into_iter()
            .map(|p| p.key)
            .collect()
    }

    #[test]
    fn a_sound_item_has_no_problem() {
        assert!(keys(&item(), true).is_empty());
    }

    #[test]
    fn unknown_tools_a_kept_tool_without_reason_and_a_past_date_are_named() {
        let wrong = Item {
            need: "teleportation".into(),
            current_tool: Some("minitel".into()),
            chosen_tool: Some("gmail".into()),
            status: ItemStatus::Kept,
            reason: Some("  ".into()),
            target_date: Date::parse("2020-01-01"),
            ..item()
        };
        assert_eq!(
            keys(&wrong, true),
            [
                "roadmap-check-need",
                "roadmap-check-tool",
                "roadmap-check-free-tool",
                "roadmap-check-reason",
                "roadmap-check-date-past"
            ]
        );
        // A date that has passed since it was set stays.
        let kept = Item {
            status: ItemStatus::Kept,
            reason: Some("Facebook, pour toucher notre public".into()),
            target_date: Date::parse("2020-01-01"),
            ..item()
        };
        assert!(keys(&kept, false).is_empty());
    }

    #[test]
    fn progress_counts_by_status() {
        let counts = progress([ItemStatus::Done, ItemStatus::Done, ItemStatus::Kept]);
        assert_eq!(counts[ItemStatus::Done.index()], 2);
        assert_eq!(counts[ItemStatus::Kept.index()], 1);
        assert_eq!(counts.iter().sum::<usize>(), 3);
    }
}
