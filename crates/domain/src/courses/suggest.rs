//! Which lessons an association's plan points to: those written for the
//! statuses its items stand at (items "en test" lead to the lesson on
//! leading change), then those teaching a step of the transition it has
//! not ticked yet.

use crate::taxonomy::{ItemStatus, TransitionStep};

/// What a lesson says it helps with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fit {
    pub step: Option<TransitionStep>,
    pub statuses: Vec<ItemStatus>,
}

/// Why a lesson is suggested.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// Some items stand at this status.
    Status(ItemStatus),
    /// This step is not ticked yet.
    Step(TransitionStep),
}

/// The lessons to suggest, best first, at most `limit`, as indexes into
/// `lessons` with their reason; a lesson that fits nothing is left out.
pub fn suggest(
    lessons: &[Fit],
    statuses: &[ItemStatus],
    steps_done: &[TransitionStep],
    limit: usize,
) -> Vec<(usize, Reason)> {
    let mut ranked: Vec<(usize, usize, Reason)> = lessons
        .iter()
        .enumerate()
        .filter_map(|(index, fit)| {
            let status = fit.statuses.iter().find(|s| statuses.contains(s));
            let step = fit.step.filter(|s| !steps_done.contains(s));
            match (status, step) {
                (Some(status), Some(_)) => Some((3, index, Reason::Status(*status))),
                (Some(status), None) => Some((2, index, Reason::Status(*status))),
                (None, Some(step)) => Some((1, index, Reason::Step(step))),
                (None, None) => None,
            }
        })
        .collect();
    // Best fit first; among equals, the course's own order.
    ranked.sort_by_key(|(score, index, _)| (std::cmp::Reverse(*score), *index));
    ranked
        .into_iter()
        .take(limit)
        .map(|(_, index, reason)| (index, reason))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fit(step: Option<TransitionStep>, statuses: &[ItemStatus]) -> Fit {
        Fit {
            step,
            statuses: statuses.to_vec(),
        }
    }

    #[test]
    fn items_in_test_lead_to_the_lesson_on_leading_change() {
        let lessons = [
            fit(Some(TransitionStep::Needs), &[ItemStatus::ToDo]),
            fit(Some(TransitionStep::Training), &[ItemStatus::Testing]),
            fit(Some(TransitionStep::Continuous), &[]),
            fit(None, &[]),
        ];
        let all_done = TransitionStep::ALL;
        assert_eq!(
            suggest(&lessons, &[ItemStatus::Testing], all_done, 3),
            [(1, Reason::Status(ItemStatus::Testing))]
        );
        // Steps not ticked come after the statuses, in the course's order.
        assert_eq!(
            suggest(&lessons, &[ItemStatus::Testing], &[], 3),
            [
                (1, Reason::Status(ItemStatus::Testing)),
                (0, Reason::Step(TransitionStep::Needs)),
                (2, Reason::Step(TransitionStep::Continuous)),
            ]
        );
        assert_eq!(suggest(&lessons, &[], all_done, 3), []);
    }
}
