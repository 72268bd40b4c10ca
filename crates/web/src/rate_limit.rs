//! Limits per action (sign-in, registration, password reset), kept in this
//! node's memory. Each limit is one or more rules such as "6 per minute and
//! 30 per hour", checked per key (an IP address, an account).

use std::num::NonZeroU32;
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

/// One rule: at most `count` in `period`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub count: u32,
    pub period: Duration,
}

/// Reads `"6/min, 30/h"`: counts per `s`, `min`, `h` or `j` (day).
pub fn parse_rules(text: &str) -> Result<Vec<Rule>, String> {
    let mut rules = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (count, unit) = part
            .split_once('/')
            .ok_or_else(|| format!("« {part} » : attendu nombre/unité, par exemple 6/min"))?;
        let count: u32 = count
            .trim()
            .parse()
            .ok()
            .filter(|c| *c > 0)
            .ok_or_else(|| format!("« {part} » : le nombre doit être un entier positif"))?;
        let seconds = match unit.trim() {
            "s" => 1,
            "min" => 60,
            "h" => 3600,
            "j" | "d" => 86_400,
            other => return Err(format!("« {other} » : unité inconnue (s, min, h ou j)")),
        };
        let rule = Rule {
            count,
            period: Duration::from_secs(seconds),
        };
        if rule.period / rule.count < Duration::from_micros(1) {
            return Err(format!("« {part} » : au plus 1 000 000 par seconde"));
        }
        rules.push(rule);
    }
    if rules.is_empty() {
        return Err("au moins une règle est attendue, par exemple 6/min".into());
    }
    Ok(rules)
}

/// The same rules, `factor` times as permissive.
fn times(rules: &[Rule], factor: u32) -> Vec<Rule> {
    rules
        .iter()
        .map(|rule| Rule {
            count: rule.count.saturating_mul(factor),
            period: rule.period,
        })
        .collect()
}

/// A limit made of several rules; a request passes when every rule lets it.
pub struct Limit {
    rules: Vec<DefaultKeyedRateLimiter<String>>,
}

impl Limit {
    pub fn new(rules: &[Rule]) -> Limit {
        Limit {
            rules: rules
                .iter()
                .map(|rule| {
                    let burst = NonZeroU32::new(rule.count).expect("positive count");
                    let quota = Quota::with_period(rule.period / rule.count)
                        .expect("non-zero period")
                        .allow_burst(burst);
                    RateLimiter::keyed(quota)
                })
                .collect(),
        }
    }

    /// Counts one attempt for `key`; `Err` gives how long to wait.
    pub fn check(&self, key: &str) -> Result<(), Duration> {
        let key = key.to_string();
        let clock = DefaultClock::default();
        let mut wait = Duration::ZERO;
        for limiter in &self.rules {
            if let Err(not_until) = limiter.check_key(&key) {
                wait = wait.max(not_until.wait_time_from(clock.now()));
            }
        }
        if wait.is_zero() { Ok(()) } else { Err(wait) }
    }

    fn forget_idle(&self) {
        for limiter in &self.rules {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    }
}

/// Every limit of the instance.
pub struct RateLimits {
    pub login_per_ip: Limit,
    /// Attempts on one address from one IP address: the configured rules.
    /// A stranger who guesses from elsewhere spends their own allowance, not
    /// the owner's.
    pub login_per_address_and_ip: Limit,
    /// Attempts on one address from anywhere: ten times the configured
    /// rules, so that guessing from many addresses stays slow without one
    /// stranger locking the owner out.
    pub login_per_address: Limit,
    /// Password checks of a signed-in account before a sensitive change
    /// (address, deletion, new password): the sign-in rules.
    pub password_checks_per_account: Limit,
    pub registration_per_ip: Limit,
    pub reset_per_ip: Limit,
    pub reset_per_address: Limit,
    pub contact_per_ip: Limit,
    /// Reports to the moderators, by account, with the contact rules.
    pub reports_per_account: Limit,
}

/// The configured rules of each action.
#[derive(Debug, Clone)]
pub struct RateSettings {
    pub login: Vec<Rule>,
    pub registration: Vec<Rule>,
    pub password_reset: Vec<Rule>,
    pub contact: Vec<Rule>,
}

impl RateLimits {
    pub fn new(settings: &RateSettings) -> RateLimits {
        RateLimits {
            login_per_ip: Limit::new(&settings.login),
            login_per_address_and_ip: Limit::new(&settings.login),
            login_per_address: Limit::new(&times(&settings.login, 10)),
            password_checks_per_account: Limit::new(&settings.login),
            registration_per_ip: Limit::new(&settings.registration),
            reset_per_ip: Limit::new(&settings.password_reset),
            reset_per_address: Limit::new(&settings.password_reset),
            contact_per_ip: Limit::new(&settings.contact),
            reports_per_account: Limit::new(&settings.contact),
        }
    }

    /// Counts a check of a signed-in account's password (before a change
    /// of address, of password, or a deletion): a stolen session cannot
    /// guess the password faster than a sign-in could.
    pub fn check_password_attempt(
        &self,
        account: &essaim_store::Account,
    ) -> Result<(), crate::AppError> {
        self.password_checks_per_account
            .check(&account.id.to_string())
            .map_err(|wait| {
                tracing::warn!(target: "essaim::auth", event = "password-check.limited", account_id = account.id);
                crate::kit::too_many(wait)
            })
    }

    /// Drops the keys that are back to a full allowance, so memory stays
    /// bounded.
    pub fn forget_idle(&self) {
        for limit in [
            &self.login_per_ip,
            &self.login_per_address_and_ip,
            &self.login_per_address,
            &self.password_checks_per_account,
            &self.registration_per_ip,
            &self.reset_per_ip,
            &self.reset_per_address,
            &self.contact_per_ip,
            &self.reports_per_account,
        ] {
            limit.forget_idle();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_are_read_with_french_errors() {
        assert_eq!(
            parse_rules("6/min, 30/h").unwrap(),
            vec![
                Rule {
                    count: 6,
                    period: Duration::from_secs(60)
                },
                Rule {
                    count: 30,
                    period: Duration::from_secs(3600)
                },
            ]
        );
        assert!(parse_rules("6").unwrap_err().contains("nombre/unité"));
        assert!(parse_rules("0/min").unwrap_err().contains("entier positif"));
        assert!(
            parse_rules("6/semaine")
                .unwrap_err()
                .contains("unité inconnue")
        );
        assert!(parse_rules("").is_err());
        assert!(
            parse_rules("4294967295/s")
                .unwrap_err()
                .contains("au plus 1 000 000 par seconde")
        );
        assert!(parse_rules("1000000/s").is_ok());
    }

    #[test]
    fn the_seventh_attempt_in_a_minute_waits() {
        let limit = Limit::new(&parse_rules("6/min,30/h").unwrap());
        for _ in 0..6 {
            assert!(limit.check("203.0.113.9").is_ok());
        }
        let wait = limit.check("203.0.113.9").unwrap_err();
        assert!(
            wait > Duration::ZERO && wait <= Duration::from_secs(10),
            "{wait:?}"
        );
        assert!(
            limit.check("198.51.100.7").is_ok(),
            "other keys are not affected"
        );
    }
}
