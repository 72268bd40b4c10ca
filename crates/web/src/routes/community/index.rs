//! `GET /communaute`: the categories with their counts and the latest
//! topics; `GET /communaute/c/{category}`: one category's topics, pinned
//! first, filtered by answered or not, page by page.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use essaim_domain::community::following::Watch;
use essaim_domain::i18n::static_text;
use essaim_store::TopicFilter;
use serde::Deserialize;

use super::view::TopicLine;
use crate::i18n::translate_with;
use crate::kit::Pager;
use crate::page::{Layout, render};
use crate::{AppError, AppState};

const LATEST: i64 = 20;
const PER_PAGE: i64 = 30;

pub struct CategoryLine {
    pub path: String,
    pub name: String,
    pub description: String,
    pub counts: String,
}

#[derive(Template)]
#[template(path = "community/home.html")]
struct HomePage {
    l: Layout,
    categories: Vec<CategoryLine>,
    topics: Vec<TopicLine>,
    query: String,
}

pub async fn home(State(state): State<AppState>, l: Layout) -> Result<Response, AppError> {
    let reader = l.viewer.as_ref().map_or(0, |v| v.account.id);
    let categories = state
        .db()
        .community_categories()
        .await?
        .into_iter()
        .map(|c| CategoryLine {
            path: format!("/communaute/c/{}", c.category.slug),
            name: c.category.name,
            description: c.category.description,
            counts: translate_with(
                l.locale,
                "community-category-counts",
                &[("topics", c.topics.into()), ("posts", c.posts.into())],
            ),
        })
        .collect();
    let filter = TopicFilter {
        with_hidden: l.can_moderate(),
        ..TopicFilter::default()
    };
    let topics = state
        .db()
        .community_topics(&filter, reader, LATEST, 0)
        .await?;
    Ok(render(&HomePage {
        categories,
        topics: topics.iter().map(|t| TopicLine::of(&l, t)).collect(),
        query: String::new(),
        l,
    }))
}

#[derive(Deserialize)]
pub struct CategoryQuery {
    page: Option<String>,
    /// `oui` for answered topics only, `non` for those waiting.
    resolu: Option<String>,
    fait: Option<String>,
}

#[derive(Template)]
#[template(path = "community/category.html")]
struct CategoryPage {
    l: Layout,
    slug: String,
    name: String,
    description: String,
    topics: Vec<TopicLine>,
    solved: &'static str,
    previous: Option<String>,
    next: Option<String>,
    total: String,
    query: String,
    watch: &'static str,
    watch_levels: Vec<(&'static str, &'static str)>,
    watch_saved: bool,
}

pub async fn category(
    State(state): State<AppState>,
    l: Layout,
    Path(slug): Path<String>,
    Query(query): Query<CategoryQuery>,
) -> Result<Response, AppError> {
    let category = state
        .db()
        .community_category(&slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let reader = l.viewer.as_ref().map_or(0, |v| v.account.id);
    let (solved, solved_slug) = match query.resolu.as_deref() {
        Some("oui") => (Some(true), "oui"),
        Some("non") => (Some(false), "non"),
        _ => (None, ""),
    };
    let pager = Pager::new(query.page.as_deref(), PER_PAGE);
    let filter = TopicFilter {
        category_id: Some(category.id),
        with_hidden: l.can_moderate(),
        solved,
        ..TopicFilter::default()
    };
    let topics = state
        .db()
        .community_topics(&filter, reader, PER_PAGE, pager.offset())
        .await?;
    let total = state.db().community_topic_count(&filter).await?;
    let path = if solved_slug.is_empty() {
        format!("/communaute/c/{slug}")
    } else {
        format!("/communaute/c/{slug}?resolu={solved_slug}")
    };
    let watch = match l.viewer.as_ref() {
        Some(viewer) => state
            .db()
            .community_watch_of(viewer.account.id, None, category.id)
            .await?
            .1
            .unwrap_or(Watch::Normal)
            .slug(),
        None => Watch::Normal.slug(),
    };
    Ok(render(&CategoryPage {
        watch,
        watch_levels: Watch::ALL
            .iter()
            .map(|w| (w.slug(), static_text(l.locale, w.label_key())))
            .collect(),
        watch_saved: query.fait.as_deref() == Some("suivi"),
        previous: pager.previous(&path),
        next: pager.next(&path, total),
        total: translate_with(
            l.locale,
            "community-topic-count",
            &[("count", total.into())],
        ),
        topics: topics.iter().map(|t| TopicLine::of(&l, t)).collect(),
        slug: category.slug,
        name: category.name,
        description: category.description,
        solved: solved_slug,
        query: String::new(),
        l,
    }))
}
