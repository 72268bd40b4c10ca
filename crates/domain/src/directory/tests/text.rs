//! French full-text search and relevance.

use super::with_text;
use crate::directory::{Directory, SearchQuery};

fn text_search(directory: &Directory, text: &str) -> Vec<String> {
    let query = SearchQuery {
        text: text.into(),
        page: 1,
        ..SearchQuery::default()
    };
    directory
        .search(&query)
        .hits
        .iter()
        .map(|h| h.entry.slug.to_string())
        .collect()
}

#[test]
fn french_full_text_search() {
    let directory = super::indexed(vec![
        with_text(
            "eco",
            "Atelier Un",
            "Spécialistes de l'économie sociale et solidaire.",
        ),
        with_text(
            "heb",
            "Atelier Deux",
            "Hébergement de services libres pour les associations.",
        ),
        with_text(
            "form",
            "Atelier Trois",
            "Nous proposons des formations à Nextcloud.",
        ),
    ]);
    assert_eq!(text_search(&directory, "economie"), ["eco"]);
    assert_eq!(text_search(&directory, "ÉCONOMIE SOCIALE"), ["eco"]);
    assert_eq!(text_search(&directory, "hebergements"), ["heb"]);
    assert_eq!(text_search(&directory, "association"), ["heb"]);
    assert_eq!(text_search(&directory, "l'hébergement"), ["heb"]);
    assert_eq!(text_search(&directory, "formation nextcloud"), ["form"]);
    assert_eq!(
        text_search(&directory, "formation de la nextcloud"),
        ["form"],
        "stop words ignored"
    );
    assert_eq!(
        text_search(&directory, "nextcl"),
        ["form"],
        "last word as a prefix"
    );
    assert!(
        text_search(&directory, "formation wordpress").is_empty(),
        "every word must match"
    );
    assert_eq!(text_search(&directory, "Atelier").len(), 3);
}

#[test]
fn relevance_prefers_the_name() {
    let directory = super::indexed(vec![
        with_text("b", "Bidule", "Nous parlons un peu de Matomo."),
        with_text("a", "Matomo Conseil", "Conseil."),
    ]);
    assert_eq!(text_search(&directory, "matomo"), ["a", "b"]);
}

fn with_tools(slug: &str, tools: &[&str]) -> crate::providers::ProviderRecord {
    let mut record = with_text(slug, "Atelier", "Accompagnement des associations.");
    record.tools = tools.iter().map(|t| t.to_string()).collect();
    record
}

#[test]
fn proprietary_names_and_everyday_needs_find_the_free_alternatives() {
    let directory = super::indexed(vec![
        with_tools("cloud", &["nextcloud"]),
        with_tools("visio", &["jitsi-meet", "bigbluebutton"]),
        with_tools("compta", &["paheko"]),
        with_tools("site", &["wordpress"]),
        with_tools("docs", &["collabora-online"]),
    ]);
    for (words, expected) in [
        ("google drive", vec!["cloud"]),
        ("remplacer google drive", vec!["cloud"]),
        ("alternative à Zoom", vec!["visio"]),
        ("zoom", vec!["visio"]),
        ("visio", vec!["visio"]),
        ("comptabilite", vec!["compta"]),
        ("site web", vec!["site"]),
        ("site internet", vec!["site"]),
    ] {
        assert_eq!(text_search(&directory, words), expected, "{words}");
    }
    let mut google = text_search(&directory, "google");
    google.sort();
    assert_eq!(google, ["cloud", "docs", "visio"], "Drive, Docs and Meet");
    assert_eq!(
        text_search(&directory, "remplacer").len(),
        0,
        "a search of intent words alone still needs them"
    );
}

#[test]
fn a_one_letter_typo_in_a_long_word_still_matches() {
    let directory = super::indexed(vec![
        with_tools("cloud", &["nextcloud"]),
        with_text("eco", "Atelier", "Économie sociale et solidaire."),
    ]);
    assert_eq!(
        text_search(&directory, "nexcloud"),
        ["cloud"],
        "a letter missing"
    );
    assert_eq!(
        text_search(&directory, "nextclood"),
        ["cloud"],
        "a letter wrong"
    );
    assert_eq!(
        text_search(&directory, "nexttcloud"),
        ["cloud"],
        "a letter extra"
    );
    assert_eq!(text_search(&directory, "solidaira"), ["eco"]);
    assert!(
        text_search(&directory, "nxtclod").is_empty(),
        "two letters off is another word"
    );
    assert!(
        text_search(&directory, "ecx").is_empty(),
        "short words are exact"
    );
}
