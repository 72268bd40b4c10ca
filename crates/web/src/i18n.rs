//! The catalogues live in `essaim_domain::i18n`, shared with the emails of
//! `essaim_app`; this module re-exports them for the handlers and checks
//! that every key is used somewhere.

pub use essaim_domain::i18n::*;

use std::collections::HashMap;
use std::sync::LazyLock;

use essaim_domain::Locale;

use crate::html::{Code, Escaped, EscapedText, is_code};

/// Keys are our own literals, not visitors' input: a fast hash will do.
type Messages = HashMap<&'static str, EscapedText, foldhash::fast::FixedState>;

/// The messages without arguments of each language, escaped for HTML once:
/// a page shows dozens of them.
static ESCAPED: LazyLock<[Messages; 2]> = LazyLock::new(|| {
    Locale::ALL.map(|locale| {
        plain_texts(locale)
            .map(|(key, text)| (key, EscapedText::new(&text)))
            .collect()
    })
});

/// The text of a message without arguments, ready for a page. A missing key
/// shows itself, as in [`text`].
pub fn escaped(locale: Locale, key: &'static str) -> Escaped<'static> {
    let escaped: &'static Messages = &ESCAPED[locale.index()];
    escaped.get(key).map(EscapedText::html).unwrap_or_else(|| {
        tracing::warn!(key, lang = locale.code(), "clé de traduction absente");
        Code::new(if is_code(key) { key } else { "cle-absente" }).into()
    })
}

#[cfg(test)]
mod tests {
    use essaim_domain::Locale;
    use std::path::Path;

    #[test]
    fn page_texts_are_the_messages_escaped() {
        assert_eq!(
            super::escaped(Locale::Fr, "directory-facet-support").as_str(),
            "Type d&#39;accompagnement"
        );
        assert_eq!(
            super::escaped(Locale::En, "directory-facet-support").as_str(),
            super::text(Locale::En, "directory-facet-support")
        );
        assert_eq!(
            super::escaped(Locale::Fr, "no-such-key").as_str(),
            "no-such-key"
        );
    }

    /// A key is used when it appears quoted in the source or the templates
    /// of the crates that show text: this one, `app` (emails) and `domain`
    /// (keys of roles and password rules).
    #[test]
    fn no_key_is_unused() {
        let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut corpus = String::new();
        for dir in ["web/src", "web/templates", "app/src", "domain/src"] {
            collect_text(&crates.join(dir), &mut corpus);
        }
        let unused: Vec<_> = super::keys(Locale::Fr)
            .iter()
            .filter(|k| !corpus.contains(&format!("\"{k}\"")))
            .collect();
        assert!(unused.is_empty(), "unused translation keys: {unused:?}");
    }

    /// A key written in the code or a template that no catalogue holds would
    /// show as its key to the reader. Every quoted string shaped like a key
    /// (`prefix-words`) whose prefix is one the catalogues use must exist.
    #[test]
    fn every_key_used_exists() {
        let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut code = String::new();
        for dir in ["web/src", "app/src", "domain/src"] {
            collect_text(&crates.join(dir), &mut code);
        }
        let mut templates = String::new();
        collect_text(&crates.join("web/templates"), &mut templates);
        let keys: std::collections::BTreeSet<&str> =
            super::keys(Locale::Fr).iter().map(String::as_str).collect();
        let prefixes: std::collections::BTreeSet<&str> = keys
            .iter()
            .filter_map(|k| k.split_once('-').map(|(p, _)| p))
            .collect();
        // Quoted strings of the code that are shaped like keys but are not.
        const NOT_KEYS: &[&str] = &["password-reset" /* a job's kind */];
        // In the code, every text between two quotes: the strings, and what
        // separates them, which is never shaped like a key. In templates,
        // what `l.t(…)` is given (class names look like keys too).
        let in_code = code.split('"');
        let in_templates = templates
            .split(".t(\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next());
        let missing: std::collections::BTreeSet<&str> = in_code
            .chain(in_templates)
            .filter(|s| looks_like_key(s) && !NOT_KEYS.contains(s))
            .filter(|s| s.split_once('-').is_some_and(|(p, _)| prefixes.contains(p)))
            .filter(|s| !keys.contains(s))
            .collect();
        assert!(
            missing.is_empty(),
            "keys used but in no catalogue: {missing:?}"
        );
    }

    fn looks_like_key(text: &str) -> bool {
        text.contains('-')
            && text.starts_with(|c: char| c.is_ascii_lowercase())
            && !text.ends_with('-')
            && text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    }

    fn collect_text(dir: &Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                collect_text(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs" || e == "html") {
                out.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
}
