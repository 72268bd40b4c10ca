//! French text analysis, the same at indexing and at query time: lower case,
//! elisions dropped (`l'association` → `association`), stop words dropped,
//! Snowball French stem (`associations` → `associ`), accents removed
//! (`économie` and `economie` meet).
//!
//! The stemmer reads accents ("-ité" is a suffix, "-ite" is not), and
//! people often type without them: a word whose stem differs once its
//! accents are dropped gets both stems, so "comptabilite" meets
//! "comptabilité".

use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

use crate::text::strip_accents;

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::French));

/// Articles and pronouns that elide before a vowel.
const ELISIONS: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
];

/// Frequent words that carry no meaning for search (accents removed).
const STOP_WORDS: &[&str] = &[
    "a", "au", "aux", "avec", "ce", "ces", "cet", "cette", "dans", "de", "des", "du", "elle",
    "elles", "en", "est", "et", "etre", "il", "ils", "je", "la", "le", "les", "leur", "leurs",
    "lui", "ma", "mais", "me", "mes", "moi", "mon", "ne", "nos", "notre", "nous", "on", "ou",
    "par", "pas", "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sont", "sur", "ta", "te",
    "tes", "toi", "ton", "tu", "un", "une", "vos", "votre", "vous", "y",
];

/// The search terms of a text, in order, duplicates kept: each word's
/// stems, one after the other.
pub fn analyze(text: &str) -> Vec<String> {
    analyze_words(text).into_iter().flatten().collect()
}

/// The stems of each word of a text, in order: one, or two when the word
/// stems differently without its accents. A query word matches either.
pub fn analyze_words(text: &str) -> Vec<Vec<String>> {
    text.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter_map(|chunk| stems(&without_elision(chunk)))
        .collect()
}

/// `l'association` → `association`; an apostrophe inside another word
/// (`aujourd'hui`) just joins it.
fn without_elision(chunk: &str) -> String {
    match chunk.split_once(['\'', '’']) {
        Some((head, tail)) if ELISIONS.contains(&head) => tail.replace(['\'', '’'], ""),
        _ => chunk.replace(['\'', '’'], ""),
    }
}

fn stems(word: &str) -> Option<Vec<String>> {
    if word.is_empty() {
        return None;
    }
    let folded = strip_accents(word);
    if STOP_WORDS.contains(&folded.as_str()) {
        return None;
    }
    // Stem with accents (Snowball French expects them), then fold.
    let stem = strip_accents(&STEMMER.stem(word));
    let without_accents = STEMMER.stem(&folded);
    Some(if without_accents == stem.as_str() {
        vec![stem]
    } else {
        vec![stem, without_accents.into_owned()]
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(a: &str, b: &str) {
        assert_eq!(analyze(a), analyze(b), "{a} / {b}");
        assert!(!analyze(a).is_empty(), "{a} gives terms");
    }

    #[test]
    fn a_word_typed_without_accents_shares_a_stem_with_the_written_one() {
        for (written, typed) in [("comptabilité", "comptabilite"), ("créée", "creee")] {
            let typed = &analyze_words(typed)[0];
            assert!(
                analyze_words(written)[0].iter().any(|s| typed.contains(s)),
                "{written} / {typed:?}"
            );
        }
    }

    #[test]
    fn accents_and_case_do_not_matter() {
        same("économie", "economie");
        same("ÉCONOMIE", "Economie");
        same("hébergement", "hebergement");
    }

    #[test]
    fn plurals_and_variants_meet() {
        same("associations", "association");
        same("formations", "formation");
        same("hébergements", "hébergement");
        same("accompagnements", "accompagnement");
    }

    #[test]
    fn elisions_are_dropped() {
        same("l'accompagnement", "accompagnement");
        same("d’association", "association");
        same("qu'économie", "économie");
        assert_eq!(analyze("aujourd'hui").len(), 1);
    }

    #[test]
    fn stop_words_are_dropped() {
        assert_eq!(
            analyze("la formation des bénévoles"),
            analyze("formation bénévoles")
        );
        assert!(analyze("le la les de des").is_empty());
    }

    #[test]
    fn tool_names_survive() {
        assert_eq!(analyze("Nextcloud"), analyze("nextcloud"));
        assert_eq!(analyze("PeerTube, Jitsi").len(), 2);
        assert_eq!(analyze("PeerTube"), analyze("peertube"));
    }
}
