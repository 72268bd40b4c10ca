//! The lessons an association's plan page suggests, from its items'
//! statuses and the steps it has not ticked (see
//! `essaim_domain::courses::suggest`).

use essaim_domain::courses::suggest::{Fit, Reason, suggest};
use essaim_domain::taxonomy::{ItemStatus, TransitionStep};
use essaim_store::SuggestedUnit;

use crate::{App, Result};

/// How many lessons a plan suggests at most.
pub const SUGGESTED: usize = 3;

pub async fn for_plan(
    app: &App,
    statuses: &[ItemStatus],
    steps_done: &[TransitionStep],
) -> Result<Vec<(SuggestedUnit, Reason)>> {
    let units = app.db().suggestable_course_units().await?;
    let fits: Vec<Fit> = units
        .iter()
        .map(|u| Fit {
            step: TransitionStep::from_slug(&u.step),
            statuses: u
                .statuses
                .split_whitespace()
                .filter_map(ItemStatus::from_slug)
                .collect(),
        })
        .collect();
    Ok(suggest(&fits, statuses, steps_done, SUGGESTED)
        .into_iter()
        .map(|(index, reason)| (units[index].clone(), reason))
        .collect())
}
