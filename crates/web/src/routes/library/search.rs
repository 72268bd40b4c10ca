//! `GET /ressources`: the library searched. Every choice is in the address
//! (`q`, `public`, `theme`, `format`, `langue`, `tri`, `page`), so that a
//! search can be shared and works without JavaScript; a value the library
//! does not know is ignored and named.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::response::Response;
use essaim_domain::analyzer::analyze_words;
use essaim_domain::library::shelf::{ShelfEntry, ShelfQuery, Sort};
use essaim_domain::library::{Audience, Format, LANGUAGES, Theme, language_key};

use crate::i18n::translate_with;
use crate::page::{Layout, render};
use crate::{AppError, AppState};

pub const PER_PAGE: usize = 20;
/// Characters of a summary shown in the results.
const EXCERPT: usize = 240;

pub struct FacetOption {
    pub value: &'static str,
    pub label: String,
    pub count: usize,
    pub selected: bool,
}

pub struct FacetGroup {
    pub param: &'static str,
    pub title: String,
    pub options: Vec<FacetOption>,
}

pub struct Hit {
    pub path: String,
    pub title: String,
    pub excerpt: String,
    pub meta: String,
    pub themes: Vec<String>,
}

#[derive(Template)]
#[template(path = "library/search.html")]
pub struct SearchPage {
    pub l: Layout,
    pub q: String,
    pub sort: &'static str,
    pub sorts: Vec<(&'static str, String)>,
    pub facets: Vec<FacetGroup>,
    pub hits: Vec<Hit>,
    pub total_line: String,
    pub ignored: Vec<String>,
    pub previous: Option<String>,
    pub next: Option<String>,
    pub page_line: Option<String>,
    pub has_filters: bool,
    /// `?…` with the search's filters, or empty, for the exports' links.
    pub export_query: String,
}

/// The search as the address says it, and what it could not read.
pub struct Asked {
    pub q: String,
    pub query: ShelfQuery,
    pub page: usize,
    /// (parameter, value) the library does not know.
    pub ignored: Vec<(String, String)>,
}

/// Shared by the page, the exports and the API.
pub fn read(raw: Option<&str>) -> Asked {
    let mut asked = Asked {
        q: String::new(),
        query: ShelfQuery {
            limit: PER_PAGE,
            ..ShelfQuery::default()
        },
        page: 1,
        ignored: Vec::new(),
    };
    for (key, value) in url::form_urlencoded::parse(raw.unwrap_or_default().as_bytes()) {
        let value = value.trim().to_string();
        if value.is_empty() {
            continue;
        }
        let known = match key.as_ref() {
            "q" => {
                asked.q = value.clone();
                true
            }
            "public" => Audience::from_slug(&value)
                .map(|a| asked.query.audiences.push(a))
                .is_some(),
            "theme" => Theme::from_slug(&value)
                .map(|t| asked.query.themes.push(t))
                .is_some(),
            "format" => Format::from_slug(&value)
                .map(|f| asked.query.formats.push(f))
                .is_some(),
            "langue" => {
                let known = LANGUAGES.contains(&value.as_str());
                if known {
                    asked.query.languages.push(value.clone());
                }
                known
            }
            "tri" => Sort::from_slug(&value)
                .map(|s| asked.query.sort = s)
                .is_some(),
            "page" => match value.parse::<usize>() {
                Ok(page) if page >= 1 => {
                    asked.page = page;
                    true
                }
                _ => false,
            },
            _ => true,
        };
        if !known {
            asked.ignored.push((key.into_owned(), value));
        }
    }
    asked.query.words = analyze_words(&asked.q);
    asked.query.offset = (asked.page - 1).saturating_mul(PER_PAGE);
    asked
}

/// The address of this search with another page (or none for the first).
fn address(asked: &Asked, page: usize) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    if !asked.q.is_empty() {
        query.append_pair("q", &asked.q);
    }
    for a in &asked.query.audiences {
        query.append_pair("public", a.slug());
    }
    for t in &asked.query.themes {
        query.append_pair("theme", t.slug());
    }
    for f in &asked.query.formats {
        query.append_pair("format", f.slug());
    }
    for code in &asked.query.languages {
        query.append_pair("langue", code);
    }
    if asked.query.sort != Sort::Relevance {
        query.append_pair("tri", asked.query.sort.slug());
    }
    if page > 1 {
        query.append_pair("page", &page.to_string());
    }
    let query = query.finish();
    if query.is_empty() {
        "/ressources".into()
    } else {
        format!("/ressources?{query}")
    }
}

pub async fn show(
    State(state): State<AppState>,
    l: Layout,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let asked = read(raw.as_deref());
    let shelf = state.app().library_cache().get(state.app()).await?;
    let results = shelf.search(&asked.query);
    let pages = results.total.div_ceil(PER_PAGE).max(1);
    let q = &asked.query;
    let facets = vec![
        FacetGroup {
            param: "public",
            title: l.text("library-facet-audience").into_owned(),
            options: results
                .audiences
                .iter()
                .map(|(a, count)| {
                    option(&l, a.slug(), a.label_key(), *count, q.audiences.contains(a))
                })
                .collect(),
        },
        FacetGroup {
            param: "theme",
            title: l.text("library-facet-theme").into_owned(),
            options: results
                .themes
                .iter()
                .map(|(t, count)| option(&l, t.slug(), t.label_key(), *count, q.themes.contains(t)))
                .collect(),
        },
        FacetGroup {
            param: "format",
            title: l.text("library-facet-format").into_owned(),
            options: results
                .formats
                .iter()
                .map(|(f, count)| {
                    option(&l, f.slug(), f.label_key(), *count, q.formats.contains(f))
                })
                .collect(),
        },
        FacetGroup {
            param: "langue",
            title: l.text("library-facet-language").into_owned(),
            options: LANGUAGES
                .iter()
                .map(|code| {
                    let count = results
                        .languages
                        .iter()
                        .find(|(c, _)| c == code)
                        .map_or(0, |(_, n)| *n);
                    option(
                        &l,
                        code,
                        language_key(code),
                        count,
                        q.languages.iter().any(|c| c == code),
                    )
                })
                .collect(),
        },
    ];
    let hits = results.hits.iter().map(|e| hit(&l, e)).collect();
    Ok(render(&SearchPage {
        q: asked.q.clone(),
        sort: q.sort.slug(),
        sorts: Sort::ALL
            .iter()
            .map(|s| (s.slug(), l.text(s.label_key()).into_owned()))
            .collect(),
        facets,
        hits,
        total_line: translate_with(
            l.locale,
            "library-results",
            &[("count", results.total.into())],
        ),
        ignored: asked
            .ignored
            .iter()
            .map(|(param, value)| {
                translate_with(
                    l.locale,
                    "library-ignored-filter",
                    &[
                        ("param", param.clone().into()),
                        ("value", value.clone().into()),
                    ],
                )
            })
            .collect(),
        previous: (asked.page > 1).then(|| address(&asked, asked.page - 1)),
        next: (asked.page < pages).then(|| address(&asked, asked.page + 1)),
        page_line: (pages > 1).then(|| {
            translate_with(
                l.locale,
                "library-page-of",
                &[("page", asked.page.into()), ("pages", pages.into())],
            )
        }),
        has_filters: raw.as_deref().is_some_and(|r| !r.is_empty()),
        export_query: address(&asked, 1)
            .strip_prefix("/ressources")
            .unwrap_or_default()
            .to_string(),
        l,
    }))
}

fn option(
    l: &Layout,
    value: &'static str,
    key: &'static str,
    count: usize,
    selected: bool,
) -> FacetOption {
    FacetOption {
        value,
        label: l.text(key).into_owned(),
        count,
        selected,
    }
}

fn hit(l: &Layout, entry: &ShelfEntry) -> Hit {
    let mut excerpt: String = entry.summary.chars().take(EXCERPT).collect();
    if excerpt.len() < entry.summary.len() {
        excerpt.push('…');
    }
    let mut meta = vec![
        l.text(entry.format.label_key()).into_owned(),
        l.text(language_key(&entry.language)).into_owned(),
        entry.source.clone(),
    ];
    if let Some(year) = entry.year {
        meta.push(year.to_string());
    }
    Hit {
        path: format!("/ressources/{}", entry.slug),
        title: entry.title.clone(),
        excerpt,
        meta: meta.join(" · "),
        themes: entry
            .themes
            .iter()
            .map(|t| l.text(t.label_key()).into_owned())
            .collect(),
    }
}
