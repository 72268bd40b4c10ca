//! The excerpt a search result shows: a window of a post's text around the
//! first word that matched, with every matching word marked. A word
//! matches when the French analysis gives it a stem the query has, so
//! "économie" is marked for `economie`.

use crate::analyzer::analyze_words;

/// A piece of an excerpt; `marked` when the query found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub marked: bool,
}

/// About this many characters are shown.
const WINDOW: usize = 220;
/// Characters kept before the first match, for context.
const LEAD: usize = 60;

/// The excerpt of `text` for a query whose stems are `terms`; the start
/// of the text when no word matches.
pub fn excerpt(text: &str, terms: &[String]) -> Vec<Piece> {
    let words = words(text);
    let matches = |word: &str| {
        analyze_words(word)
            .iter()
            .flatten()
            .any(|stem| terms.contains(stem))
    };
    let first = words
        .iter()
        .find(|(start, end)| matches(&text[*start..*end]))
        .map_or(0, |(start, _)| *start);
    let mut from = first.saturating_sub(LEAD);
    // Start at a word, not inside one.
    if from > 0 {
        from = words
            .iter()
            .map(|(start, _)| *start)
            .find(|start| *start >= from)
            .unwrap_or(first);
    }
    let mut to = (from + WINDOW).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    if to < text.len() {
        // End after a whole word.
        to = words
            .iter()
            .map(|(_, end)| *end)
            .rfind(|end| *end <= to && *end > from)
            .unwrap_or(to);
    }
    let mut pieces = Vec::new();
    let mut plain = String::new();
    if from > 0 {
        plain.push('…');
    }
    let mut at = from;
    for (start, end) in words.iter().filter(|(s, e)| *s >= from && *e <= to) {
        if matches(&text[*start..*end]) {
            plain.push_str(&text[at..*start]);
            if !plain.is_empty() {
                pieces.push(Piece {
                    text: std::mem::take(&mut plain),
                    marked: false,
                });
            }
            pieces.push(Piece {
                text: text[*start..*end].to_string(),
                marked: true,
            });
            at = *end;
        }
    }
    plain.push_str(&text[at..to]);
    if to < text.len() {
        plain.push('…');
    }
    if !plain.is_empty() {
        pieces.push(Piece {
            text: plain,
            marked: false,
        });
    }
    pieces
}

/// Where each word of a text starts and ends (bytes).
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut words = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices() {
        let inside = c.is_alphanumeric() || c == '\'' || c == '’';
        match (inside, start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                words.push((s, at));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, text.len()));
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyzer::analyze;

    fn marked(pieces: &[Piece]) -> Vec<&str> {
        pieces
            .iter()
            .filter(|p| p.marked)
            .map(|p| p.text.as_str())
            .collect()
    }

    #[test]
    fn marks_words_in_any_form_and_keeps_the_rest() {
        let text = "Notre association parle d'économie sociale ; les économies d'énergie aussi.";
        let pieces = excerpt(text, &analyze("economie"));
        assert_eq!(marked(&pieces), ["d'économie", "économies"]);
        let joined: String = pieces.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn a_long_text_is_cut_around_the_first_match() {
        let text = format!(
            "{} Nextcloud partagé {}",
            "avant ".repeat(100),
            "après ".repeat(100)
        );
        let pieces = excerpt(&text, &analyze("nextcloud"));
        let joined: String = pieces.iter().map(|p| p.text.as_str()).collect();
        assert!(joined.starts_with('…') && joined.ends_with('…'), "{joined}");
        assert!(joined.chars().count() < 240);
        assert_eq!(marked(&pieces), ["Nextcloud"]);
    }

    #[test]
    fn no_match_shows_the_start() {
        let pieces = excerpt("Bonjour à tous", &analyze("zoom"));
        assert_eq!(
            pieces,
            [Piece {
                text: "Bonjour à tous".into(),
                marked: false
            }]
        );
    }
}
