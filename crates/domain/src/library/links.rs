//! What a check of a resource's link means. A link is broken only when the
//! page is said to be gone (404 or 410) twice, days apart: a site down for
//! an afternoon, a firewall that refuses robots (403), a rate limit (429),
//! a timeout or a network error never mark it, since the page may well be
//! there for people.

/// Two answers "gone" this far apart confirm it.
pub const CONFIRM_AFTER_SECONDS: i64 = 2 * 24 * 3600;

/// What one request said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// 2xx or 3xx: the page is there.
    Found,
    /// 404 or 410.
    Gone,
    /// Anything else, or no answer: says nothing of the page.
    Inconclusive,
}

impl Answer {
    /// The answer of an HTTP status, or of none (timeout, network error).
    pub fn of(status: Option<u16>) -> Answer {
        match status {
            Some(200..=399) => Answer::Found,
            Some(404 | 410) => Answer::Gone,
            _ => Answer::Inconclusive,
        }
    }
}

/// What the checks said so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LinkState {
    /// The first "gone" of the current run of them.
    pub missing_since: Option<i64>,
    /// When the link was found broken, if it is.
    pub broken_at: Option<i64>,
}

impl LinkState {
    /// The state after `answer` at `now`.
    pub fn after(self, answer: Answer, now: i64) -> LinkState {
        match answer {
            Answer::Found => LinkState::default(),
            Answer::Inconclusive => self,
            Answer::Gone => match self.missing_since {
                None => LinkState {
                    missing_since: Some(now),
                    broken_at: self.broken_at,
                },
                Some(since) if now - since >= CONFIRM_AFTER_SECONDS => LinkState {
                    missing_since: Some(since),
                    broken_at: self.broken_at.or(Some(now)),
                },
                Some(_) => self,
            },
        }
    }

    pub fn is_broken(&self) -> bool {
        self.broken_at.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = 24 * 3600;

    #[test]
    fn only_a_page_gone_twice_days_apart_is_broken() {
        let first = LinkState::default().after(Answer::of(Some(404)), 0);
        assert!(!first.is_broken());
        // Again the same day: not yet.
        let same_day = first.after(Answer::of(Some(410)), DAY / 2);
        assert!(!same_day.is_broken());
        let confirmed = same_day.after(Answer::of(Some(404)), 3 * DAY);
        assert_eq!(confirmed.broken_at, Some(3 * DAY));
        // Found again: clean.
        assert_eq!(
            confirmed.after(Answer::of(Some(200)), 4 * DAY),
            LinkState::default()
        );
    }

    #[test]
    fn refusals_limits_errors_and_timeouts_never_break_a_link() {
        for status in [Some(403), Some(429), Some(500), Some(503), Some(401), None] {
            let mut state = LinkState::default();
            for day in 0..30 {
                state = state.after(Answer::of(status), day * DAY);
            }
            assert_eq!(state, LinkState::default(), "{status:?}");
        }
        // Nor do they reset a run of "gone".
        let gone = LinkState::default().after(Answer::Gone, 0);
        let after_timeout = gone.after(Answer::of(None), DAY);
        assert_eq!(after_timeout, gone);
        assert!(after_timeout.after(Answer::Gone, 2 * DAY).is_broken());
        assert_eq!(Answer::of(Some(301)), Answer::Found);
    }
}
