//! The published resources, searched in memory by each node: the words of
//! a query with the French analysis of the directory and the forum, facets
//! that combine as people expect (any of the ticked values of one facet, all
//! the facets together), and counts per value that say how many results
//! ticking it would give.
//!
//! Words are found through an inverted index built with the shelf: each
//! term numbered once, each term's entries listed, so that a search reads
//! the lists of its words rather than every entry's words (comparing
//! strings for each of 5,000 entries took 5 ms a search).

use std::cmp::Reverse;
use std::collections::HashMap;

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
    /// The free tools of the catalogue it is about.
    pub tools: Vec<String>,
    /// The analysed words of the title, and of the title, summary and source.
    title_terms: Vec<String>,
    terms: Vec<String>,
    /// For sorting by title.
    title_key: String,
}

impl ShelfEntry {
    /// A published resource, kept under its id and slug.
    pub fn new(id: i64, slug: String, published_at: i64, resource: Resource) -> ShelfEntry {
        let title_terms = analyze(&resource.title);
        let terms = analyze(&format!(
            "{} {} {}",
            resource.title, resource.summary, resource.source
        ));
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
            tools: resource.links.tools,
            published_at,
            title_terms,
            terms,
        }
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
    /// Each term's number.
    dictionary: HashMap<String, usize>,
    /// By term number: the entries (positions, ascending) whose title, or
    /// whose title, summary or source, has the term.
    in_titles: Vec<Vec<u32>>,
    in_texts: Vec<Vec<u32>>,
}

impl Shelf {
    pub fn new(mut entries: Vec<ShelfEntry>) -> Shelf {
        let mut dictionary = HashMap::new();
        let mut in_titles: Vec<Vec<u32>> = Vec::new();
        let mut in_texts: Vec<Vec<u32>> = Vec::new();
        for (position, entry) in entries.iter_mut().enumerate() {
            let position = position as u32;
            for (in_title, terms) in [
                (true, std::mem::take(&mut entry.title_terms)),
                (false, std::mem::take(&mut entry.terms)),
            ] {
                for term in terms {
                    let next = dictionary.len();
                    let number = *dictionary.entry(term).or_insert(next);
                    if number >= in_texts.len() {
                        in_titles.resize(number + 1, Vec::new());
                        in_texts.resize(number + 1, Vec::new());
                    }
                    let list = if in_title {
                        &mut in_titles[number]
                    } else {
                        &mut in_texts[number]
                    };
                    if list.last() != Some(&position) {
                        list.push(position);
                    }
                }
            }
        }
        Shelf {
            entries,
            dictionary,
            in_titles,
            in_texts,
        }
    }

    /// The entries (positions) that have every word, each with its score:
    /// 3 for a word in the title, 1 elsewhere. `None`: no word, all match.
    fn matching(&self, words: &[Vec<String>]) -> Option<Vec<(u32, u32)>> {
        let mut found: Option<Vec<(u32, u32)>> = None;
        for stems in words {
            let numbers: Vec<usize> = stems
                .iter()
                .filter_map(|stem| self.dictionary.get(stem).copied())
                .collect();
            let mut having: Vec<u32> = numbers
                .iter()
                .flat_map(|n| self.in_texts[*n].iter().copied())
                .collect();
            having.sort_unstable();
            having.dedup();
            let in_title = |position: u32| {
                numbers
                    .iter()
                    .any(|n| self.in_titles[*n].binary_search(&position).is_ok())
            };
            let weight = |position: u32| if in_title(position) { 3 } else { 1 };
            found = Some(match found {
                None => having.into_iter().map(|p| (p, weight(p))).collect(),
                Some(before) => before
                    .into_iter()
                    .filter(|(p, _)| having.binary_search(p).is_ok())
                    .map(|(p, score)| (p, score + weight(p)))
                    .collect(),
            });
        }
        found
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// The resources about a free tool of the catalogue, newest first.
    pub fn about_tool<'a>(&'a self, tool: &'a str) -> Vec<&'a ShelfEntry> {
        let mut found: Vec<&ShelfEntry> = self
            .entries
            .iter()
            .filter(|e| e.tools.iter().any(|t| t == tool))
            .collect();
        found.sort_by_key(|e| std::cmp::Reverse(e.published_at));
        found
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
        let candidates: Box<dyn Iterator<Item = (u32, &ShelfEntry)>> =
            match self.matching(&query.words) {
                None => Box::new(self.entries.iter().map(|e| (0, e))),
                Some(matching) => Box::new(
                    matching
                        .into_iter()
                        .map(|(p, score)| (score, &self.entries[p as usize])),
                ),
            };
        for (score, entry) in candidates {
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
                links: Default::default(),
                file: None,
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
