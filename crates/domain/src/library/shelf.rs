//! The published resources, searched in memory by each node: the words of
//! a query with the French analysis of the directory and the forum, facets
//! that combine as people expect (any of the ticked values of one facet, all
//! the facets together), and counts per value that say how many results
//! ticking it would give.

use std::cmp::Reverse;

use super::{Audience, Format, Resource, Theme};
use crate::analyzer::analyze;

/// A published resource, with its words analysed once.
#[derive(Debug, Clone)]
pub struct ShelfEntry {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub audience: Audience,
    pub themes: Vec<Theme>,
    pub format: Format,
    pub language: String,
    pub source: String,
    pub year: Option<i32>,
    pub published_at: i64,
    /// Sorted, once each.
    title_terms: Vec<String>,
    /// Title, summary and source, sorted, once each.
    terms: Vec<String>,
    /// For sorting by title.
    title_key: String,
}

impl ShelfEntry {
    /// A published resource, kept under its id and slug.
    pub fn new(id: i64, slug: String, published_at: i64, resource: Resource) -> ShelfEntry {
        let sorted = |mut terms: Vec<String>| {
            terms.sort_unstable();
            terms.dedup();
            terms
        };
        let title_terms = sorted(analyze(&resource.title));
        let terms = sorted(analyze(&format!(
            "{} {} {}",
            resource.title, resource.summary, resource.source
        )));
        ShelfEntry {
            title_key: crate::text::fold(&resource.title),
            id,
            slug,
            title: resource.title,
            summary: resource.summary,
            audience: resource.audience,
            themes: resource.themes,
            format: resource.format,
            language: resource.language,
            source: resource.source,
            year: resource.year,
            published_at,
            title_terms,
            terms,
        }
    }

    /// How well the entry matches every word (each one of its stems), or
    /// `None` when a word is missing: a word in the title counts more.
    fn score(&self, words: &[Vec<String>]) -> Option<u32> {
        let mut score = 0;
        for stems in words {
            let has = |terms: &[String]| stems.iter().any(|s| terms.binary_search(s).is_ok());
            if has(&self.title_terms) {
                score += 3;
            } else if has(&self.terms) {
                score += 1;
            } else {
                return None;
            }
        }
        Some(score)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Best matches first; newest first without words.
    #[default]
    Relevance,
    Recent,
    Title,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Relevance, Sort::Recent, Sort::Title];

    pub fn slug(self) -> &'static str {
        match self {
            Sort::Relevance => "pertinence",
            Sort::Recent => "recent",
            Sort::Title => "titre",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.slug() == slug)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Sort::Relevance => "library-sort-relevance",
            Sort::Recent => "library-sort-recent",
            Sort::Title => "library-sort-title",
        }
    }
}

/// What a search asks.
#[derive(Debug, Clone, Default)]
pub struct ShelfQuery {
    /// The query's words, each as its stems (`analyzer::analyze_words`).
    pub words: Vec<Vec<String>>,
    pub audiences: Vec<Audience>,
    pub themes: Vec<Theme>,
    pub formats: Vec<Format>,
    pub languages: Vec<String>,
    pub sort: Sort,
    pub offset: usize,
    pub limit: usize,
}

/// What a search found: a page of it, how many in all, and the count each
/// facet value would give.
#[derive(Debug)]
pub struct ShelfResults<'a> {
    pub hits: Vec<&'a ShelfEntry>,
    pub total: usize,
    pub audiences: Vec<(Audience, usize)>,
    pub themes: Vec<(Theme, usize)>,
    pub formats: Vec<(Format, usize)>,
    pub languages: Vec<(String, usize)>,
}

#[derive(Debug, Default)]
pub struct Shelf {
    entries: Vec<ShelfEntry>,
}

impl Shelf {
    pub fn new(entries: Vec<ShelfEntry>) -> Shelf {
        Shelf { entries }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn search(&self, query: &ShelfQuery) -> ShelfResults<'_> {
        let mut audiences = [0usize; 3];
        let mut themes = [0usize; 7];
        let mut formats = [0usize; 6];
        let mut languages: Vec<(String, usize)> = Vec::new();
        let mut found: Vec<(u32, &ShelfEntry)> = Vec::new();
        for entry in &self.entries {
            let Some(score) = entry.score(&query.words) else {
                continue;
            };
            let audience = query.audiences.is_empty()
                || query.audiences.iter().any(|a| entry.audience.serves(*a));
            let theme =
                query.themes.is_empty() || query.themes.iter().any(|t| entry.themes.contains(t));
            let format = query.formats.is_empty() || query.formats.contains(&entry.format);
            let language = query.languages.is_empty() || query.languages.contains(&entry.language);
            // Each facet counts what the other facets let through.
            if theme && format && language {
                for (i, wanted) in Audience::ALL.iter().enumerate() {
                    if entry.audience.serves(*wanted) {
                        audiences[i] += 1;
                    }
                }
            }
            if audience && format && language {
                for (i, t) in Theme::ALL.iter().enumerate() {
                    if entry.themes.contains(t) {
                        themes[i] += 1;
                    }
                }
            }
            if audience && theme && language {
                formats[Format::ALL
                    .iter()
                    .position(|f| *f == entry.format)
                    .unwrap_or(0)] += 1;
            }
            if audience && theme && format {
                match languages
                    .iter_mut()
                    .find(|(code, _)| *code == entry.language)
                {
                    Some((_, count)) => *count += 1,
                    None => languages.push((entry.language.clone(), 1)),
                }
            }
            if audience && theme && format && language {
                found.push((score, entry));
            }
        }
        match query.sort {
            Sort::Relevance => {
                found.sort_by_key(|(score, e)| (Reverse(*score), Reverse(e.published_at), e.id))
            }
            Sort::Recent => found.sort_by_key(|(_, e)| (Reverse(e.published_at), e.id)),
            Sort::Title => {
                found.sort_by(|(_, a), (_, b)| a.title_key.cmp(&b.title_key).then(a.id.cmp(&b.id)))
            }
        }
        languages.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        ShelfResults {
            total: found.len(),
            hits: found
                .into_iter()
                .skip(query.offset)
                .take(query.limit)
                .map(|(_, e)| e)
                .collect(),
            audiences: Audience::ALL.into_iter().zip(audiences).collect(),
            themes: Theme::ALL.into_iter().zip(themes).collect(),
            formats: Format::ALL.into_iter().zip(formats).collect(),
            languages,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyzer::analyze_words;

    fn entry(
        id: i64,
        title: &str,
        summary: &str,
        audience: Audience,
        themes: &[Theme],
        format: Format,
        language: &str,
    ) -> ShelfEntry {
        ShelfEntry::new(
            id,
            format!("r{id}"),
            id * 100,
            Resource {
                title: title.into(),
                url: "https://exemple.org".into(),
                summary: summary.into(),
                audience,
                themes: themes.to_vec(),
                format,
                language: language.into(),
                source: "Source".into(),
                licence: String::new(),
                year: None,
            },
        )
    }

    fn shelf() -> Shelf {
        Shelf::new(vec![
            entry(
                1,
                "Guide de l'économie sociale",
                "Les associations et leurs outils libres.",
                Audience::Associations,
                &[Theme::Strategy],
                Format::Guide,
                "fr",
            ),
            entry(
                2,
                "Héberger Nextcloud",
                "Installer et sauvegarder un serveur pour une association.",
                Audience::Providers,
                &[Theme::Tools],
                Format::Sheet,
                "fr",
            ),
            entry(
                3,
                "Digital sobriety",
                "Reduce the footprint of an association.",
                Audience::Everyone,
                &[Theme::Sobriety, Theme::Strategy],
                Format::Video,
                "en",
            ),
            entry(
                4,
                "Financer sa transition",
                "Subventions pour l'économie numérique des associations.",
                Audience::Associations,
                &[Theme::Funding],
                Format::Article,
                "fr",
            ),
        ])
    }

    fn ids(results: &ShelfResults) -> Vec<i64> {
        results.hits.iter().map(|e| e.id).collect()
    }

    fn query(q: &str) -> ShelfQuery {
        ShelfQuery {
            words: analyze_words(q),
            limit: 20,
            ..ShelfQuery::default()
        }
    }

    #[test]
    fn words_match_without_accents_and_plurals_with_titles_first() {
        let shelf = shelf();
        // "economie" meets "économie"; the title match comes first.
        assert_eq!(ids(&shelf.search(&query("economie"))), vec![1, 4]);
        assert_eq!(ids(&shelf.search(&query("serveurs nextcloud"))), vec![2]);
        assert!(shelf.search(&query("introuvable")).hits.is_empty());
        // Without words: newest first.
        assert_eq!(ids(&shelf.search(&query(""))), vec![4, 3, 2, 1]);
    }

    #[test]
    fn facets_combine_and_count_what_ticking_would_give() {
        let shelf = shelf();
        let mut q = query("");
        q.audiences = vec![Audience::Associations];
        q.themes = vec![Theme::Strategy, Theme::Funding];
        let results = shelf.search(&q);
        // Associations include what is for everyone.
        assert_eq!(ids(&results), vec![4, 3, 1]);
        // The audience counts ignore the audience ticked, not the themes.
        assert_eq!(
            results.audiences,
            vec![
                (Audience::Associations, 3),
                (Audience::Providers, 1),
                (Audience::Everyone, 1)
            ]
        );
        let tools = results
            .themes
            .iter()
            .find(|(t, _)| *t == Theme::Tools)
            .unwrap();
        assert_eq!(tools.1, 0, "the tools sheet is for providers only");
        assert_eq!(
            results.languages,
            vec![("fr".to_string(), 2), ("en".to_string(), 1)]
        );
        q.languages = vec!["en".into()];
        assert_eq!(ids(&shelf.search(&q)), vec![3]);
    }

    #[test]
    fn sorts_and_pages() {
        let shelf = shelf();
        let mut q = query("");
        q.sort = Sort::Title;
        assert_eq!(ids(&shelf.search(&q)), vec![3, 4, 1, 2]);
        q.offset = 3;
        let results = shelf.search(&q);
        assert_eq!((ids(&results), results.total), (vec![2], 4));
    }
}
