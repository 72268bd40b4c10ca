use std::fmt;

use crate::email::looks_like_email;

/// An email address as accounts store it: trimmed and lower-cased, so that
/// `Camille@Example.org` and `camille@example.org` are one account.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn parse(text: &str) -> Option<EmailAddress> {
        let text = text.trim().to_lowercase();
        looks_like_email(&text).then_some(EmailAddress(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The part before `@`, to check that a password does not repeat it.
    pub fn local_part(&self) -> &str {
        self.0.split('@').next().unwrap_or_default()
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::EmailAddress;

    #[test]
    fn addresses_are_normalised() {
        let address = EmailAddress::parse("  Camille.Durand@Exemple.ORG ").unwrap();
        assert_eq!(address.as_str(), "camille.durand@exemple.org");
        assert_eq!(address.local_part(), "camille.durand");
    }

    #[test]
    fn malformed_addresses_are_refused() {
        for text in [
            "",
            "camille",
            "camille@",
            "@exemple.org",
            "a b@exemple.org",
            "camille@exemple",
        ] {
            assert!(EmailAddress::parse(text).is_none(), "{text}");
        }
    }
}
