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
    let directory = Directory::new(vec![
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
    let directory = Directory::new(vec![
        with_text("b", "Bidule", "Nous parlons un peu de Matomo."),
        with_text("a", "Matomo Conseil", "Conseil."),
    ]);
    assert_eq!(text_search(&directory, "matomo"), ["a", "b"]);
}
