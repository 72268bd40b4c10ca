//! Web addresses as people type them and as pages link to them.

/// What people type for a web address, as a link: "www.coop.fr" and
/// "coop.fr/offre" get "https://"; anything with a scheme stays as typed,
/// for the checks to judge.
pub fn complete(typed: &str) -> String {
    let typed = typed.trim();
    let bare = !typed.is_empty()
        && !typed.contains("://")
        && !typed.contains(char::is_whitespace)
        && !typed.contains('@')
        && typed.split(['/', '?', '#']).next().is_some_and(|host| {
            host.contains('.') && !host.starts_with('.') && !host.ends_with('.')
        });
    if bare {
        format!("https://{typed}")
    } else {
        typed.to_string()
    }
}

/// An `http(s)` address with a host that has a dot, and nothing that could
/// break out of an attribute.
pub fn is_valid(text: &str) -> bool {
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or_default();
        host.contains('.') && !host.contains(char::is_whitespace) && !r.contains(['<', '>', '"'])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_addresses_typed_without_scheme_are_completed() {
        assert_eq!(complete(" www.coop.fr "), "https://www.coop.fr");
        assert_eq!(complete("coop.fr/offre"), "https://coop.fr/offre");
        assert_eq!(complete("http://coop.fr"), "http://coop.fr");
        assert_eq!(complete("coop-libre"), "coop-libre");
        assert_eq!(complete("contact@coop.fr"), "contact@coop.fr");
        assert_eq!(complete(""), "");
    }
}
