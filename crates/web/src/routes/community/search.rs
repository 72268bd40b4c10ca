//! `GET /communaute/recherche`: the forum searched with the directory's
//! French analysis (`economie` finds "économie", plurals, elisions), by
//! category, answered topics, author and period; each result shows an
//! excerpt with the words found marked. All its state is in the address.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use essaim_domain::analyzer::analyze_words;
use essaim_domain::community::excerpt::{Piece, excerpt};
use essaim_domain::markup::markdown_to_text;
use essaim_store::{COMMUNITY_SEARCH_CAP, SearchFilter};
use serde::Deserialize;

use super::topic_path;
use super::view::AuthorView;
use crate::i18n::translate_with;
use crate::kit::Pager;
use crate::page::{Layout, render};
use crate::{AppError, AppState};

const PER_PAGE: i64 = 20;

#[derive(Deserialize, Default)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    categorie: String,
    #[serde(default)]
    resolu: String,
    #[serde(default)]
    auteur: String,
    /// `semaine`, `mois` or `annee`.
    #[serde(default)]
    periode: String,
    page: Option<String>,
}

pub struct Hit {
    pub path: String,
    pub title: String,
    pub category: String,
    pub author: Option<AuthorView>,
    pub date: String,
    pub solved: bool,
    pub pieces: Vec<Piece>,
}

#[derive(Template)]
#[template(path = "community/search.html")]
struct SearchPage {
    l: Layout,
    query: String,
    category: String,
    solved: bool,
    author: String,
    period: String,
    categories: Vec<(String, String)>,
    periods: Vec<(&'static str, &'static str)>,
    hits: Vec<Hit>,
    /// "12 messages trouvés", once something is asked.
    total: Option<String>,
    author_unknown: bool,
    previous: Option<String>,
    next: Option<String>,
}

const PERIODS: [(&str, &str, i64); 3] = [
    ("semaine", "community-period-week", 7),
    ("mois", "community-period-month", 31),
    ("annee", "community-period-year", 366),
];

pub async fn show(
    State(state): State<AppState>,
    l: Layout,
    Query(query): Query<SearchQuery>,
) -> Result<Response, AppError> {
    let categories = state.db().community_category_list().await?;
    let category = categories
        .iter()
        .find(|c| c.slug == query.categorie)
        .map(|c| c.id);
    let handle = query.auteur.trim().trim_start_matches('@').to_lowercase();
    let author = if handle.is_empty() {
        None
    } else {
        state.db().community_member_by_handle(&handle).await?
    };
    let author_unknown = !handle.is_empty() && author.is_none();
    let since = PERIODS
        .iter()
        .find(|(slug, _, _)| *slug == query.periode)
        .map(|(_, _, days)| essaim_app::now() - days * 86_400);
    let words = analyze_words(&query.q);
    let asked = !words.is_empty()
        || category.is_some()
        || query.resolu == "oui"
        || author.is_some()
        || since.is_some();
    let pager = Pager::new(query.page.as_deref(), PER_PAGE);
    let (hits, total) = if asked && !author_unknown {
        let filter = SearchFilter {
            words: words.clone(),
            category_id: category,
            solved: query.resolu == "oui",
            author_id: author.as_ref().map(|a| a.account_id),
            since,
        };
        state
            .db()
            .community_search(&filter, PER_PAGE, pager.offset())
            .await?
    } else {
        (Vec::new(), 0)
    };
    let terms: Vec<String> = words.into_iter().flatten().collect();
    let hits = hits
        .into_iter()
        .map(|hit| Hit {
            path: format!(
                "{}#m{}",
                topic_path(hit.post.topic_id, &hit.topic_title),
                hit.post.number
            ),
            title: hit.topic_title,
            category: hit.category_name,
            author: AuthorView::of_optional(hit.post.author.as_ref()),
            date: l.date(hit.post.created_at),
            solved: hit.solved,
            pieces: excerpt(&markdown_to_text(&hit.post.body), &terms),
        })
        .collect();
    let path = format!(
        "/communaute/recherche?q={}&categorie={}&resolu={}&auteur={}&periode={}",
        encode(&query.q),
        encode(&query.categorie),
        encode(&query.resolu),
        encode(&handle),
        encode(&query.periode)
    );
    Ok(render(&SearchPage {
        total: (asked || author_unknown).then(|| {
            let (key, count) = if total > COMMUNITY_SEARCH_CAP {
                ("community-search-count-more", COMMUNITY_SEARCH_CAP)
            } else {
                ("community-search-count", total)
            };
            translate_with(l.locale, key, &[("count", count.into())])
        }),
        previous: pager.previous(&path),
        next: pager.next(&path, total),
        query: query.q,
        category: query.categorie,
        solved: query.resolu == "oui",
        author: handle,
        period: query.periode,
        categories: categories.into_iter().map(|c| (c.slug, c.name)).collect(),
        periods: PERIODS.iter().map(|(slug, key, _)| (*slug, *key)).collect(),
        hits,
        author_unknown,
        l,
    }))
}

fn encode(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes()).collect()
}
