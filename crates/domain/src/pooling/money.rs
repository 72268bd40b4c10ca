//! Amounts of money as whole cents, never floats: typed as people write
//! them ("2 400", "2400,50 €", "85.5") and shown the French way
//! ("2 400,50 €").

use std::fmt;

use crate::problems::FieldProblem;

/// Euros in cents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Cents(pub i64);

/// The largest amount a form takes: ten million euros.
pub const AMOUNT_MAX: Cents = Cents(1_000_000_000);

impl Cents {
    pub fn euros(euros: i64) -> Cents {
        Cents(euros * 100)
    }

    pub fn checked_add(self, other: Cents) -> Option<Cents> {
        self.0.checked_add(other.0).map(Cents)
    }

    pub fn checked_mul(self, times: i64) -> Option<Cents> {
        self.0.checked_mul(times).map(Cents)
    }
}

/// "2 400,50 €", with narrow no-break spaces between thousands and before
/// the sign, as French typography wants; whole euros show no cents.
impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let cents = self.0.unsigned_abs();
        let digits = (cents / 100).to_string();
        let mut grouped = String::new();
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push('\u{202F}');
            }
            grouped.push(digit);
        }
        match cents % 100 {
            0 => write!(f, "{sign}{grouped}\u{202F}€"),
            rest => write!(f, "{sign}{grouped},{rest:02}\u{202F}€"),
        }
    }
}

/// An amount as typed in `field`: euros, with at most two decimals after a
/// comma or a point, spaces and a euro sign allowed; more than zero and at
/// most [`AMOUNT_MAX`].
pub fn parse_amount(field: &str, typed: &str) -> Result<Cents, FieldProblem> {
    let problem = |key: &'static str| FieldProblem::new(field, key);
    let text: String = typed
        .trim()
        .trim_end_matches('€')
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if text.is_empty() {
        return Err(problem("pooling-amount-missing"));
    }
    if text.starts_with('-') {
        return Err(problem("pooling-amount-positive"));
    }
    let (whole, decimals) = match text.split_once([',', '.']) {
        Some((whole, decimals)) => (whole, decimals),
        None => (text.as_str(), ""),
    };
    if whole.is_empty()
        || !whole.chars().all(|c| c.is_ascii_digit())
        || !decimals.chars().all(|c| c.is_ascii_digit())
    {
        return Err(problem("pooling-amount-number"));
    }
    if decimals.len() > 2 {
        return Err(problem("pooling-amount-decimals"));
    }
    let euros: i64 = whole
        .parse()
        .map_err(|_| problem("pooling-amount-too-large"))?;
    let cents: i64 = format!("{decimals:0<2}").parse().unwrap_or(0);
    let amount = euros
        .checked_mul(100)
        .and_then(|c| c.checked_add(cents))
        .map(Cents)
        .ok_or_else(|| problem("pooling-amount-too-large"))?;
    if amount.0 == 0 {
        return Err(problem("pooling-amount-positive"));
    }
    if amount > AMOUNT_MAX {
        return Err(problem("pooling-amount-too-large").with("max", AMOUNT_MAX.to_string()));
    }
    Ok(amount)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_read_as_people_type_them() {
        for (typed, cents) in [
            ("2400", 240_000),
            ("2 400", 240_000),
            ("2 400,50 €", 240_050),
            ("85.5", 8_550),
            ("0,01", 1),
            ("480,00", 48_000),
        ] {
            assert_eq!(parse_amount("montant", typed), Ok(Cents(cents)), "{typed}");
        }
    }

    #[test]
    fn zero_negative_and_thin_cents_are_refused() {
        for (typed, key) in [
            ("", "pooling-amount-missing"),
            ("0", "pooling-amount-positive"),
            ("0,00", "pooling-amount-positive"),
            ("-50", "pooling-amount-positive"),
            ("12,345", "pooling-amount-decimals"),
            ("douze", "pooling-amount-number"),
            ("1e3", "pooling-amount-number"),
            (",5", "pooling-amount-number"),
            ("20000000", "pooling-amount-too-large"),
            ("99999999999999999999", "pooling-amount-too-large"),
        ] {
            assert_eq!(
                parse_amount("montant", typed).unwrap_err().key,
                key,
                "{typed}"
            );
        }
    }

    #[test]
    fn amounts_show_the_french_way() {
        assert_eq!(Cents(240_000).to_string(), "2\u{202F}400\u{202F}€");
        assert_eq!(Cents(240_050).to_string(), "2\u{202F}400,50\u{202F}€");
        assert_eq!(Cents(5).to_string(), "0,05\u{202F}€");
        assert_eq!(
            Cents(123_456_789).to_string(),
            "1\u{202F}234\u{202F}567,89\u{202F}€"
        );
    }
}
