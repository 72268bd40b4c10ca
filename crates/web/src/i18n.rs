//! The catalogues live in `essaim_domain::i18n`, shared with the emails of
//! `essaim_app`; this module re-exports them for the handlers and checks
//! that every key is used somewhere.

pub use essaim_domain::i18n::*;

#[cfg(test)]
mod tests {
    use essaim_domain::Locale;
    use std::path::Path;

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
