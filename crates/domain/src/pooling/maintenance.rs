//! Shared maintenance: a provider offers a pool (a technician's days each
//! month at a day rate, and services the pool shares, each with its
//! monthly cost); associations subscribe for some days while days remain.
//! Each month, an association owes its days × the rate, plus its equal
//! share of the shared services.

use super::money::Cents;
use crate::problems::FieldProblem;

/// A pool as the provider offers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pool {
    pub days_per_month: i64,
    pub day_rate: Cents,
    /// (what, monthly cost)
    pub services: Vec<(String, Cents)>,
}

impl Pool {
    pub fn services_cost(&self) -> Cents {
        Cents(self.services.iter().map(|(_, cost)| cost.0).sum())
    }

    /// The days not taken by `subscribed`.
    pub fn remaining(&self, subscribed: &[i64]) -> i64 {
        self.days_per_month - subscribed.iter().sum::<i64>()
    }

    /// A subscription for `days` a month, or why not: a whole number of
    /// days, at least one, at most what remains (`None`: take the waiting
    /// list instead).
    pub fn check_subscription(&self, subscribed: &[i64], typed: &str) -> Result<i64, FieldProblem> {
        let days: i64 = typed
            .trim()
            .parse()
            .map_err(|_| FieldProblem::new("jours", "pooling-days-number"))?;
        if days < 1 {
            return Err(FieldProblem::new("jours", "pooling-days-number"));
        }
        let remaining = self.remaining(subscribed);
        if days > remaining {
            return Err(
                FieldProblem::new("jours", "pooling-days-over").with("remaining", remaining.max(0))
            );
        }
        Ok(days)
    }

    /// What each subscriber owes for a month, in the subscribers' order:
    /// its days × the rate, plus its share of the services. The services
    /// are split in whole cents; the cents left over go one each to the
    /// first subscribers, so that the shares add up to the cost exactly.
    pub fn monthly_ledger(&self, subscribed: &[i64]) -> Vec<Cents> {
        let count = subscribed.len() as i64;
        if count == 0 {
            return Vec::new();
        }
        let services = self.services_cost().0;
        let (share, left_over) = (services / count, services % count);
        subscribed
            .iter()
            .enumerate()
            .map(|(index, days)| {
                let extra = i64::from((index as i64) < left_over);
                Cents(days * self.day_rate.0 + share + extra)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pool() -> Pool {
        Pool {
            days_per_month: 4,
            day_rate: Cents::euros(300),
            services: vec![
                ("Sauvegardes".into(), Cents::euros(40)),
                ("Supervision".into(), Cents(6001)),
            ],
        }
    }

    #[test]
    fn each_owes_its_days_and_an_equal_share_to_the_cent() {
        let ledger = pool().monthly_ledger(&[1, 2, 1]);
        // 100.01 € of services over three: 33.34, 33.34, 33.33.
        assert_eq!(
            ledger,
            [
                Cents(30_000 + 3_334),
                Cents(60_000 + 3_334),
                Cents(30_000 + 3_333)
            ]
        );
        let services: i64 = ledger.iter().map(|c| c.0).sum::<i64>() - 4 * 30_000;
        assert_eq!(services, pool().services_cost().0);
        assert!(pool().monthly_ledger(&[]).is_empty());
    }

    #[test]
    fn subscriptions_take_only_the_days_that_remain() {
        let pool = pool();
        assert_eq!(pool.check_subscription(&[1, 2], "1"), Ok(1));
        let over = pool.check_subscription(&[1, 2], "2").unwrap_err();
        assert_eq!(over.key, "pooling-days-over");
        for typed in ["0", "-1", "1,5", "deux"] {
            assert_eq!(
                pool.check_subscription(&[], typed).unwrap_err().key,
                "pooling-days-number",
                "{typed}"
            );
        }
    }
}
