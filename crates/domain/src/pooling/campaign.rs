//! A conditional campaign: associations pledge "X € if the goal is reached
//! by the deadline". The goal is the chosen quote's amount; the deadline is
//! at most 60 days away. Reached, it closes and every pledge stands;
//! the deadline passed first, every pledge is released. Essaim holds no
//! money: the provider invoices each association. Every event goes in a
//! public ledger.

use super::money::Cents;
use crate::date::Date;
use crate::problems::FieldProblem;

/// How far away a deadline may be.
pub const DEADLINE_MAX_DAYS: i64 = 60;

/// The deadline typed, or what is wrong with it: after today, and at most
/// [`DEADLINE_MAX_DAYS`] days away.
pub fn check_deadline(today: Date, typed: &str) -> Result<Date, FieldProblem> {
    let deadline = Date::parse(typed.trim())
        .ok_or_else(|| FieldProblem::new("echeance", "pooling-deadline-date"))?;
    let days = today.days_until(deadline);
    if days < 1 {
        return Err(FieldProblem::new("echeance", "pooling-deadline-past"));
    }
    if days > DEADLINE_MAX_DAYS {
        return Err(FieldProblem::new("echeance", "pooling-deadline-far")
            .with("max", DEADLINE_MAX_DAYS)
            .with("days", days));
    }
    Ok(deadline)
}

/// Where a campaign stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CampaignState {
    /// Pledges are taken, changed and withdrawn.
    Open,
    /// The goal was reached: closed, every pledge stands.
    Reached,
    /// The deadline passed first: every pledge is released.
    Released,
}

impl CampaignState {
    pub fn slug(self) -> &'static str {
        match self {
            CampaignState::Open => "ouverte",
            CampaignState::Reached => "atteinte",
            CampaignState::Released => "liberee",
        }
    }

    pub fn from_slug(slug: &str) -> Option<CampaignState> {
        [
            CampaignState::Open,
            CampaignState::Reached,
            CampaignState::Released,
        ]
        .into_iter()
        .find(|s| s.slug() == slug)
    }
}

/// One line of the public ledger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LedgerEvent {
    Pledged,
    Changed,
    Withdrawn,
    Reached,
    Released,
}

impl LedgerEvent {
    pub fn slug(self) -> &'static str {
        match self {
            LedgerEvent::Pledged => "engagement",
            LedgerEvent::Changed => "modification",
            LedgerEvent::Withdrawn => "retrait",
            LedgerEvent::Reached => "objectif-atteint",
            LedgerEvent::Released => "liberation",
        }
    }

    pub fn from_slug(slug: &str) -> Option<LedgerEvent> {
        [
            LedgerEvent::Pledged,
            LedgerEvent::Changed,
            LedgerEvent::Withdrawn,
            LedgerEvent::Reached,
            LedgerEvent::Released,
        ]
        .into_iter()
        .find(|e| e.slug() == slug)
    }
}

/// What a pledge asked of an open campaign does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PledgeOutcome {
    /// The ledger's line for it.
    pub event: LedgerEvent,
    /// The total of the pledges afterwards.
    pub total: Cents,
    /// This pledge reaches the goal: the campaign closes with it.
    pub reaches_goal: bool,
}

/// An association's pledge set to `amount` (`None`: withdrawn), from
/// `before` (its pledge until now) with `total` pledged by all, on
/// `today`: refused once the campaign is no longer open or its deadline
/// passed.
pub fn pledge(
    state: CampaignState,
    goal: Cents,
    deadline: Date,
    today: Date,
    total: Cents,
    before: Option<Cents>,
    amount: Option<Cents>,
) -> Result<PledgeOutcome, FieldProblem> {
    match state {
        CampaignState::Reached => {
            return Err(FieldProblem::new("montant", "pooling-pledge-reached"));
        }
        CampaignState::Released => {
            return Err(FieldProblem::new("montant", "pooling-pledge-released"));
        }
        CampaignState::Open => {}
    }
    if today.days_until(deadline) < 0 {
        return Err(FieldProblem::new("montant", "pooling-pledge-late"));
    }
    let event = match (before, amount) {
        (None, Some(_)) => LedgerEvent::Pledged,
        (Some(_), Some(_)) => LedgerEvent::Changed,
        (Some(_), None) => LedgerEvent::Withdrawn,
        (None, None) => return Err(FieldProblem::new("montant", "pooling-pledge-none")),
    };
    let total = Cents(total.0 - before.map_or(0, |b| b.0) + amount.map_or(0, |a| a.0));
    Ok(PledgeOutcome {
        event,
        total,
        reaches_goal: total >= goal,
    })
}

/// Whether a campaign still open must be released on `today`: its
/// deadline is past.
pub fn due_for_release(state: CampaignState, deadline: Date, today: Date) -> bool {
    state == CampaignState::Open && today.days_until(deadline) < 0
}

/// Whether a reminder is due on `today`: seven days before the deadline.
pub fn reminder_due(state: CampaignState, deadline: Date, today: Date) -> bool {
    state == CampaignState::Open && today.days_until(deadline) == 7
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn a_deadline_is_ahead_and_at_most_sixty_days_away() {
        let today = day("2026-12-03");
        assert_eq!(check_deadline(today, "2027-01-31"), Ok(day("2027-01-31")));
        assert_eq!(check_deadline(today, "2027-02-01"), Ok(day("2027-02-01")));
        assert_eq!(
            check_deadline(today, "2027-02-02").unwrap_err().key,
            "pooling-deadline-far"
        );
        assert_eq!(
            check_deadline(today, "2026-12-03").unwrap_err().key,
            "pooling-deadline-past"
        );
        assert_eq!(
            check_deadline(today, "31/01/2027").unwrap_err().key,
            "pooling-deadline-date"
        );
    }

    #[test]
    fn pledges_add_up_to_the_goal_and_close_it() {
        let goal = Cents::euros(2400);
        let deadline = day("2026-12-24");
        let today = day("2026-12-03");
        let open = CampaignState::Open;
        let first = pledge(
            open,
            goal,
            deadline,
            today,
            Cents(0),
            None,
            Some(Cents::euros(500)),
        )
        .unwrap();
        assert_eq!(first.event, LedgerEvent::Pledged);
        assert!(!first.reaches_goal);
        let changed = pledge(
            open,
            goal,
            deadline,
            today,
            Cents::euros(2000),
            Some(Cents::euros(500)),
            Some(Cents::euros(900)),
        )
        .unwrap();
        assert_eq!(changed.event, LedgerEvent::Changed);
        assert_eq!(changed.total, Cents::euros(2400));
        assert!(changed.reaches_goal);
        let withdrawn = pledge(
            open,
            goal,
            deadline,
            today,
            Cents::euros(2000),
            Some(Cents::euros(500)),
            None,
        )
        .unwrap();
        assert_eq!(
            (withdrawn.event, withdrawn.total),
            (LedgerEvent::Withdrawn, Cents::euros(1500))
        );
    }

    #[test]
    fn nothing_moves_once_reached_released_or_late() {
        let goal = Cents::euros(2400);
        let deadline = day("2026-12-24");
        let amount = Some(Cents::euros(100));
        for (state, today, key) in [
            (
                CampaignState::Reached,
                day("2026-12-10"),
                "pooling-pledge-reached",
            ),
            (
                CampaignState::Released,
                day("2026-12-10"),
                "pooling-pledge-released",
            ),
            (
                CampaignState::Open,
                day("2026-12-25"),
                "pooling-pledge-late",
            ),
        ] {
            assert_eq!(
                pledge(state, goal, deadline, today, Cents(0), None, amount)
                    .unwrap_err()
                    .key,
                key
            );
        }
        // The deadline's own day still takes pledges.
        assert!(
            pledge(
                CampaignState::Open,
                goal,
                deadline,
                deadline,
                Cents(0),
                None,
                amount
            )
            .is_ok()
        );
        assert!(due_for_release(
            CampaignState::Open,
            deadline,
            day("2026-12-25")
        ));
        assert!(!due_for_release(CampaignState::Open, deadline, deadline));
        assert!(!due_for_release(
            CampaignState::Reached,
            deadline,
            day("2027-01-01")
        ));
        assert!(reminder_due(
            CampaignState::Open,
            deadline,
            day("2026-12-17")
        ));
        assert!(!reminder_due(
            CampaignState::Open,
            deadline,
            day("2026-12-16")
        ));
    }
}
