//! How far a member is: a lesson counts once marked done, a quiz once all
//! its questions were right in one attempt (attempts are unlimited).

/// The share of `finished` in `total`, rounded down so that 100 % means
/// everything.
pub fn percent(finished: usize, total: usize) -> u8 {
    if total == 0 {
        return 0;
    }
    u8::try_from(finished * 100 / total).unwrap_or(100)
}

/// Where "reprendre" leads, among the course's units in order
/// (`(id, finished)`): the last unit opened if it is not finished, else the
/// first unfinished one after it, else the first unfinished one at all;
/// `None` when everything is finished.
pub fn resume_at(units: &[(i64, bool)], last_opened: Option<i64>) -> Option<i64> {
    let start = last_opened
        .and_then(|id| units.iter().position(|(unit, _)| *unit == id))
        .unwrap_or(0);
    units[start..]
        .iter()
        .chain(&units[..start])
        .find(|(_, finished)| !finished)
        .map(|(id, _)| *id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_reaches_100_only_when_all_is_finished() {
        assert_eq!(percent(0, 0), 0);
        assert_eq!(percent(11, 12), 91);
        assert_eq!(percent(2, 3), 66);
        assert_eq!(percent(12, 12), 100);
    }

    #[test]
    fn resume_opens_where_the_member_stopped() {
        let units = [(1, true), (2, false), (3, true), (4, false)];
        assert_eq!(resume_at(&units, None), Some(2));
        assert_eq!(resume_at(&units, Some(4)), Some(4));
        assert_eq!(resume_at(&units, Some(3)), Some(4));
        // After the last unfinished one, back to the first left behind.
        let units = [(1, true), (2, false), (3, true)];
        assert_eq!(resume_at(&units, Some(3)), Some(2));
        assert_eq!(resume_at(&[(1, true)], Some(1)), None);
        // A unit removed since: from the start.
        assert_eq!(resume_at(&units, Some(99)), Some(2));
    }
}
