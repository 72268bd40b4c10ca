//! Full-text matching of a search: the query's words, each as its stems,
//! looked up in the sorted vocabulary of the index (the last one also as a
//! prefix, a long one also one typo away), and a score per entry.

use std::sync::LazyLock;

use super::bits::Bits;
use super::index::{Directory, Occurrences};
use crate::analyzer::{analyze, analyze_words};

impl Directory {
    /// The entries matching every term of the text (the last one also as a
    /// prefix, for a word still being typed; a long word also one typo
    /// away when it matches nothing as typed), and how to score them;
    /// `None` when the text has no term.
    pub(super) fn text_match(&self, text: &str) -> Option<TextMatch> {
        let terms = search_terms(text);
        let n = self.entries.len();
        let mut text_match = TextMatch {
            matching: Bits::full(n),
            scores: vec![0.0; n],
        };
        let mut typo_scans = 0;
        for (k, variants) in terms.iter().enumerate() {
            let is_last = k + 1 == terms.len();
            let mut found = Bits::empty(n);
            for term in variants {
                let start = self
                    .terms
                    .partition_point(|(t, _)| t.as_ref() < term.as_str());
                for (candidate, occurrences) in &self.terms[start..] {
                    let exact = candidate.as_ref() == term.as_str();
                    let prefix = is_last && term.len() >= 3 && candidate.starts_with(term.as_str());
                    if !(exact || prefix) {
                        break;
                    }
                    let share = if exact { 1.0 } else { 0.5 };
                    text_match.add(occurrences, share, &mut found);
                }
            }
            let term = &variants[0];
            if found.is_empty()
                && term.chars().count() >= TYPO_MIN_CHARS
                && typo_scans < TYPO_MAX_WORDS
            {
                typo_scans += 1;
                // Rare (only a word that matches nothing), so a plain pass
                // over the vocabulary is enough.
                for (candidate, occurrences) in &self.terms {
                    if within_one_edit(candidate, term) {
                        text_match.add(occurrences, TYPO_SHARE, &mut found);
                    }
                }
            }
            text_match.matching.and_with(&found);
        }
        (!terms.is_empty()).then_some(text_match)
    }
}

/// A word this long or longer still matches with one letter wrong, missing
/// or extra ("nexcloud").
const TYPO_MIN_CHARS: usize = 5;
/// A match through a typo counts for less than the word as typed.
const TYPO_SHARE: f32 = 0.4;
/// Each typo look-up reads the whole vocabulary: a query gets a few, so
/// that thirty made-up words cost no more than three.
const TYPO_MAX_WORDS: usize = 3;

/// Words that say what the visitor wants to do with a tool rather than
/// which ("remplacer google drive", "alternative à zoom"): the search
/// keeps the rest, unless nothing else is left.
const INTENT_WORDS: &[&str] = &[
    "remplacer",
    "remplacement",
    "alternative",
    "alternatives",
    "équivalent",
    "quitter",
    "outil",
    "outils",
    "logiciel",
    "logiciels",
];

static INTENT_TERMS: LazyLock<Vec<String>> =
    LazyLock::new(|| INTENT_WORDS.iter().flat_map(|w| analyze(w)).collect());

/// The words of a query, each as its stems.
fn search_terms(text: &str) -> Vec<Vec<String>> {
    let mut words = analyze_words(text);
    words.truncate(32);
    let is_intent = |stems: &Vec<String>| INTENT_TERMS.contains(&stems[0]);
    if words.iter().any(|w| !is_intent(w)) {
        words.retain(|w| !is_intent(w));
    }
    words
}

/// Whether `a` becomes `b` by changing, adding or removing one character
/// (or is `b`). Bounded to one edit, it runs in one pass, unlike a full
/// edit distance; folded terms are ASCII, compared without allocating.
fn within_one_edit(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        one_edit_apart(a.as_bytes(), b.as_bytes())
    } else {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        one_edit_apart(&a, &b)
    }
}

fn one_edit_apart<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let same_start = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if same_start == short.len() {
        return true;
    }
    let skip = usize::from(short.len() == long.len());
    short[same_start + skip..] == long[same_start + 1..]
}

/// The entries a text matches, and their score.
pub(super) struct TextMatch {
    pub(super) matching: Bits,
    /// By entry.
    scores: Vec<f32>,
}

impl TextMatch {
    pub(super) fn score(&self, i: usize) -> f32 {
        self.scores[i]
    }

    /// Adds a term's entries to `found` and their weight, times `share`, to
    /// their score.
    fn add(&mut self, occurrences: &Occurrences, share: f32, found: &mut Bits) {
        match occurrences {
            Occurrences::Few(postings) => {
                for &(doc, weight) in postings {
                    self.scores[doc as usize] += weight * share;
                    found.set(doc as usize);
                }
            }
            Occurrences::Many { members, weights } => {
                found.or_with(members);
                // Whole arrays, which the compiler turns into vector code:
                // faster than reading the weights entry by entry.
                for (score, weight) in self.scores.iter_mut().zip(weights) {
                    *score += weight * share;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::within_one_edit;

    #[test]
    fn one_edit_means_one_letter_changed_added_or_removed() {
        for (a, b) in [
            ("nextcloud", "nextcloud"),
            ("nextcloud", "nexcloud"),
            ("nextcloud", "nextclood"),
            ("nextcloud", "nexttcloud"),
            ("nextcloud", "nextclouds"),
            ("écologie", "ecologie"),
        ] {
            assert!(within_one_edit(a, b) && within_one_edit(b, a), "{a} / {b}");
        }
        for (a, b) in [
            ("nextcloud", "nxtcloud2"),
            ("nextcloud", "cloudnext"),
            ("abcde", "abc"),
        ] {
            assert!(!within_one_edit(a, b), "{a} / {b}");
        }
    }
}
