//! Shared maintenance: a provider offers a pool (a technician's days each
//! month at a day rate, and services the pool shares, each with its
//! monthly cost); associations subscribe for some days while days remain.
//! Each month, an association owes its days × the rate, plus its equal
//! share of the shared services.

use super::money::{Cents, parse_amount};
use crate::geo;
use crate::problems::FieldProblem;

/// The most days a month a pool may offer (a full-time technician).
pub const DAYS_MAX: i64 = 23;
pub const TITLE_MAX: usize = 120;
pub const DESCRIPTION_MIN: usize = 30;
pub const DESCRIPTION_MAX: usize = 5_000;
pub const SERVICES_MAX: usize = 20;

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

/// A pool as the provider's form sends it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PoolFields {
    pub title: String,
    pub description: String,
    pub days_per_month: String,
    pub day_rate: String,
    /// One service a line: "what : monthly cost".
    pub services: String,
    /// Département codes, separated by spaces or commas.
    pub departements: String,
}

/// A pool offered, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoolOffer {
    pub title: String,
    pub description: String,
    pub pool: Pool,
    pub departements: Vec<String>,
}

impl PoolFields {
    pub fn check(&self) -> Result<PoolOffer, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let title = self.title.split_whitespace().collect::<Vec<_>>().join(" ");
        let length = title.chars().count();
        if !(8..=TITLE_MAX).contains(&length) {
            problems.push(
                FieldProblem::new("titre", "pooling-pool-title")
                    .with("min", 8)
                    .with("max", TITLE_MAX),
            );
        }
        let description = self.description.trim().to_string();
        let length = description.chars().count();
        if !(DESCRIPTION_MIN..=DESCRIPTION_MAX).contains(&length) {
            problems.push(
                FieldProblem::new("description", "pooling-pool-description")
                    .with("min", DESCRIPTION_MIN)
                    .with("max", DESCRIPTION_MAX),
            );
        }
        let days = match self.days_per_month.trim().parse::<i64>() {
            Ok(days) if (1..=DAYS_MAX).contains(&days) => Some(days),
            _ => {
                problems.push(
                    FieldProblem::new("jours_par_mois", "pooling-pool-days").with("max", DAYS_MAX),
                );
                None
            }
        };
        let day_rate = parse_amount("tarif", &self.day_rate)
            .map_err(|p| problems.push(p))
            .ok();
        let mut services = Vec::new();
        for (index, line) in self
            .services
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .enumerate()
        {
            let line_number = index + 1;
            match line.rsplit_once(':') {
                Some((name, cost)) if !name.trim().is_empty() => {
                    match parse_amount("services", cost) {
                        Ok(cost) => services.push((name.trim().to_string(), cost)),
                        Err(_) => problems.push(
                            FieldProblem::new("services", "pooling-pool-service")
                                .with("line", line_number),
                        ),
                    }
                }
                _ => problems.push(
                    FieldProblem::new("services", "pooling-pool-service").with("line", line_number),
                ),
            }
        }
        if services.len() > SERVICES_MAX {
            problems.push(
                FieldProblem::new("services", "pooling-pool-services-many")
                    .with("max", SERVICES_MAX),
            );
        }
        let mut departements: Vec<String> = Vec::new();
        for code in self
            .departements
            .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
            .filter(|c| !c.is_empty())
        {
            let code = code.to_uppercase();
            if geo::departement(&code).is_none() {
                problems.push(
                    FieldProblem::new("departements", "pooling-pool-departement")
                        .with("code", code.as_str()),
                );
            } else if !departements.contains(&code) {
                departements.push(code);
            }
        }
        if departements.is_empty() && !problems.iter().any(|p| p.field == "departements") {
            problems.push(FieldProblem::new(
                "departements",
                "pooling-pool-departements",
            ));
        }
        match (days, day_rate) {
            (Some(days_per_month), Some(day_rate)) if problems.is_empty() => Ok(PoolOffer {
                title,
                description,
                pool: Pool {
                    days_per_month,
                    day_rate,
                    services,
                },
                departements,
            }),
            _ => Err(problems),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields() -> PoolFields {
        PoolFields {
            title: "Maintenance partagée en Ille-et-Vilaine".into(),
            description:
                "Un technicien passe chaque mois dans vos locaux : postes, réseau, sauvegardes."
                    .into(),
            days_per_month: "6".into(),
            day_rate: "320".into(),
            services: "Sauvegardes chiffrées : 40\nSupervision : 60,01".into(),
            departements: "35, 22 2a".into(),
        }
    }

    #[test]
    fn an_offer_reads_its_services_and_departements() {
        let offer = fields().check().unwrap();
        assert_eq!(offer.pool.days_per_month, 6);
        assert_eq!(offer.pool.day_rate, Cents::euros(320));
        assert_eq!(offer.pool.services_cost(), Cents(10_001));
        assert_eq!(offer.departements, ["35", "22", "2A"]);
    }

    #[test]
    fn a_bad_offer_names_each_problem() {
        let bad = PoolFields {
            title: "Court".into(),
            description: "Trop court".into(),
            days_per_month: "40".into(),
            day_rate: "0".into(),
            services: "Sauvegardes 40\nSupervision : beaucoup".into(),
            departements: "35 99".into(),
        }
        .check()
        .unwrap_err();
        let keys: Vec<(&str, &str)> = bad.iter().map(|p| (p.field.as_str(), p.key)).collect();
        assert_eq!(
            keys,
            [
                ("titre", "pooling-pool-title"),
                ("description", "pooling-pool-description"),
                ("jours_par_mois", "pooling-pool-days"),
                ("tarif", "pooling-amount-positive"),
                ("services", "pooling-pool-service"),
                ("services", "pooling-pool-service"),
                ("departements", "pooling-pool-departement"),
            ]
        );
        let empty = PoolFields {
            departements: String::new(),
            ..fields()
        };
        assert_eq!(
            empty.check().unwrap_err()[0].key,
            "pooling-pool-departements"
        );
    }

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
