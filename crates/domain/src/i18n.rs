//! Fluent catalogues, built into the binary. French is the reference; the
//! English catalogue must hold the same keys (see the parity test).

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use crate::Locale;
pub use fluent_bundle::FluentValue;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

/// The catalogue files of each language, in the same order.
macro_rules! catalogue_files {
    ($($file:literal),* $(,)?) => {
        const FRENCH: &[&str] = &[$(include_str!(concat!("../locales/fr/", $file))),*];
        const ENGLISH: &[&str] = &[$(include_str!(concat!("../locales/en/", $file))),*];
        /// Names of the catalogue files, for the test that finds them all.
        pub const FILE_NAMES: &[&str] = &[$($file),*];
    };
}

catalogue_files![
    "layout.ftl",
    "home.ftl",
    "errors.ftl",
    "directory.ftl",
    "accounts.ftl",
    "emails.ftl",
    "providers.ftl",
    "moderation.ftl",
    "taxonomy.ftl",
    "instance.ftl",
    "forms.ftl",
    "associations.ftl",
    "catalogue.ftl",
    "roadmap.ftl",
    "community.ftl",
    "library.ftl",
    "courses.ftl",
    "pooling.ftl",
];

struct Catalogue {
    bundle: FluentBundle<FluentResource>,
    keys: Vec<String>,
}

fn build(locale: Locale, sources: &[&str]) -> Catalogue {
    let langid = locale.code().parse().expect("static language tag");
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Isolation marks would end up in attributes and page titles.
    bundle.set_use_isolating(false);
    let mut keys = Vec::new();
    for source in sources {
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(_, errors)| {
            panic!("invalid {} catalogue: {errors:?}", locale.code())
        });
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(message) = entry {
                keys.push(message.id.name.to_string());
            }
        }
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("duplicate {} keys: {errors:?}", locale.code()));
    }
    Catalogue { bundle, keys }
}

static FR: LazyLock<Catalogue> = LazyLock::new(|| build(Locale::Fr, FRENCH));
static EN: LazyLock<Catalogue> = LazyLock::new(|| build(Locale::En, ENGLISH));

fn catalogue(locale: Locale) -> &'static Catalogue {
    match locale {
        Locale::Fr => &FR,
        Locale::En => &EN,
    }
}

/// The text of `key` in `locale`, with `args` filled in. A missing key shows
/// itself (and the parity test fails), never an empty string. Plain messages
/// are borrowed from the catalogue: no allocation on every page.
fn format<'a>(locale: Locale, key: &str, args: Option<&'a FluentArgs>) -> Cow<'a, str> {
    let bundle: &'static FluentBundle<FluentResource> = &catalogue(locale).bundle;
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        tracing::warn!(key, lang = locale.code(), "clé de traduction absente");
        return Cow::Owned(key.to_string());
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    if !errors.is_empty() {
        tracing::warn!(key, ?errors, "traduction incomplète");
    }
    text
}

pub fn translate(locale: Locale, key: &str, args: Option<&FluentArgs>) -> String {
    format(locale, key, args).into_owned()
}

/// The text of a message without arguments.
pub fn text(locale: Locale, key: &str) -> Cow<'static, str> {
    format(locale, key, None)
}

/// "Label : value" in French, "Label: value" in English: the spacing of
/// a colon belongs to the language.
pub fn pair(locale: Locale, label: &str, value: impl std::fmt::Display) -> String {
    translate_with(
        locale,
        "layout-pair",
        &[("label", label.into()), ("value", value.to_string().into())],
    )
}

/// Shorthand for a translation with named arguments.
pub fn translate_with(locale: Locale, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    translate(locale, key, Some(&fluent_args))
}

/// The messages without arguments of each language, for [`static_text`].
static PLAIN: LazyLock<[HashMap<&'static str, Box<str>>; 2]> = LazyLock::new(|| {
    Locale::ALL.map(|locale| {
        plain_texts(locale)
            .map(|(key, text)| (key, text.into_owned().into_boxed_str()))
            .collect()
    })
});

/// The text of a message without arguments, for values that live as long as
/// the program (taxonomy labels). A missing key shows itself, as in
/// [`text`].
pub fn static_text(locale: Locale, key: &'static str) -> &'static str {
    let plain: &'static HashMap<&'static str, Box<str>> = &PLAIN[locale.index()];
    match plain.get(key) {
        Some(text) => text,
        None => {
            tracing::warn!(key, lang = locale.code(), "clé de traduction absente");
            key
        }
    }
}

/// Every message of a language that takes no argument, with its text.
pub fn plain_texts(locale: Locale) -> impl Iterator<Item = (&'static str, Cow<'static, str>)> {
    let catalogue = catalogue(locale);
    catalogue.keys.iter().filter_map(move |key| {
        let pattern = catalogue.bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let text = catalogue.bundle.format_pattern(pattern, None, &mut errors);
        errors.is_empty().then_some((key.as_str(), text))
    })
}

/// Every key of a language's catalogue.
pub fn keys(locale: Locale) -> &'static [String] {
    &catalogue(locale).keys
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn a_colon_is_spaced_as_each_language_spaces_it() {
        assert_eq!(pair(Locale::Fr, "Statut", "En test"), "Statut : En test");
        assert_eq!(
            pair(Locale::En, "Status", "Being tested"),
            "Status: Being tested"
        );
    }
    use std::path::Path;

    #[test]
    fn french_and_english_have_the_same_keys() {
        let fr: BTreeSet<_> = keys(Locale::Fr).iter().collect();
        let en: BTreeSet<_> = keys(Locale::En).iter().collect();
        let missing_in_en: Vec<_> = fr.difference(&en).collect();
        let missing_in_fr: Vec<_> = en.difference(&fr).collect();
        assert!(
            missing_in_en.is_empty(),
            "missing in English: {missing_in_en:?}"
        );
        assert!(
            missing_in_fr.is_empty(),
            "missing in French: {missing_in_fr:?}"
        );
    }

    #[test]
    fn every_catalogue_file_is_built_in() {
        for locale in Locale::ALL {
            let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("locales")
                .join(locale.code());
            let mut on_disk: Vec<String> = std::fs::read_dir(dir)
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            on_disk.sort();
            let mut listed: Vec<String> = FILE_NAMES.iter().map(|s| s.to_string()).collect();
            listed.sort();
            assert_eq!(
                on_disk, listed,
                "catalogue_files! must list every .ftl file"
            );
        }
    }

    #[test]
    fn arguments_are_filled_in() {
        let text = translate_with(Locale::Fr, "error-request-id", &[("id", "abc123".into())]);
        assert!(text.contains("abc123"), "{text}");
    }
}
