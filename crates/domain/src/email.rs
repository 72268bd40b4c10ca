//! Email addresses.

/// A plausible address: one `@`, a local part, a domain with a dot, no
/// spaces or angle brackets, at most 254 characters.
pub fn looks_like_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    text.len() <= 254
        && !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && !text.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | ',' | ';' | '"')
        })
}

#[cfg(test)]
mod tests {
    use super::looks_like_email;

    #[test]
    fn accepts_plausible_addresses_only() {
        assert!(looks_like_email("contact@coop.example.org"));
        assert!(!looks_like_email("contact@localhost"));
        assert!(!looks_like_email("a b@example.org"));
        assert!(!looks_like_email("a@b@example.org"));
        assert!(!looks_like_email("@example.org"));
    }
}
