//! Atom feeds, for members who follow the forum in a feed reader: the
//! latest topics (`/communaute/flux.atom`), a category's
//! (`/communaute/c/{category}/flux.atom`), a topic's posts
//! (`/communaute/t/{id}/flux.atom`). Hidden and deleted posts stay out.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use essaim_store::{PostRow, TopicFilter, TopicRow};

use super::topic_path;
use super::view::post_html;
use crate::page::{Layout, write_page};
use crate::{AppError, AppState};

const ENTRIES: i64 = 30;

pub struct Entry {
    pub title: String,
    pub url: String,
    pub published: String,
    pub updated: String,
    pub author: String,
    /// The post as HTML, escaped once more by the template, as Atom wants.
    pub html: String,
}

#[derive(Template)]
#[template(path = "community/feed.xml")]
struct Feed {
    lang: &'static str,
    title: String,
    self_url: String,
    page_url: String,
    updated: String,
    entries: Vec<Entry>,
}

fn respond(feed: &Feed) -> Result<Response, AppError> {
    let body = write_page(feed, 16 * 1024).map_err(|e| AppError::Internal(e.into()))?;
    Ok((
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        body,
    )
        .into_response())
}

/// The latest topics of the forum.
pub async fn latest(State(state): State<AppState>, l: Layout) -> Result<Response, AppError> {
    let title = format!("{} · {}", l.text("community-title"), l.instance.name);
    topics_feed(&state, &l, TopicFilter::default(), title, "/communaute").await
}

pub async fn category(
    State(state): State<AppState>,
    l: Layout,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let category = state
        .db()
        .community_category(&slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let filter = TopicFilter {
        category_id: Some(category.id),
        ..TopicFilter::default()
    };
    let title = format!("{} · {}", category.name, l.instance.name);
    topics_feed(&state, &l, filter, title, &format!("/communaute/c/{slug}")).await
}

async fn topics_feed(
    state: &AppState,
    l: &Layout,
    filter: TopicFilter,
    title: String,
    page: &str,
) -> Result<Response, AppError> {
    let topics = state.db().community_topics(&filter, 0, ENTRIES, 0).await?;
    // Newest first, pinned or not: a reader wants what is new.
    let mut topics: Vec<TopicRow> = topics;
    topics.sort_by_key(|t| std::cmp::Reverse((t.created_at, t.id)));
    let ids: Vec<i64> = topics.iter().map(|t| t.id).collect();
    let firsts = state.db().community_first_posts(&ids).await?;
    let links = state.app().links();
    let entries = topics
        .iter()
        .filter_map(|topic| {
            let post = firsts.iter().find(|p| p.topic_id == topic.id)?;
            Some(entry(
                l,
                &topic.title,
                &links.page(&topic_path(topic.id, &topic.title)),
                post,
            ))
        })
        .collect();
    respond(&Feed {
        lang: l.lang(),
        updated: l
            .zone
            .timestamp(topics.iter().map(|t| t.created_at).max().unwrap_or(0)),
        self_url: links.page(&format!("{page}/flux.atom")),
        page_url: links.page(page),
        title,
        entries,
    })
}

/// The posts of a topic, the latest first.
pub async fn topic(
    State(state): State<AppState>,
    l: Layout,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let topic = essaim_app::community::visible_topic(state.app(), None, id).await?;
    let posts: Vec<PostRow> = state
        .db()
        .community_posts(topic.id)
        .await?
        .into_iter()
        .filter(|p| p.deleted_at.is_none() && p.hidden_at.is_none())
        .rev()
        .take(ENTRIES as usize)
        .collect();
    let links = state.app().links();
    let path = topic_path(topic.id, &topic.title);
    let entries = posts
        .iter()
        .map(|post| {
            let title = if post.number == 1 {
                topic.title.clone()
            } else {
                format!("{} #{}", topic.title, post.number)
            };
            entry(
                &l,
                &title,
                &links.page(&format!("{path}#m{}", post.number)),
                post,
            )
        })
        .collect();
    respond(&Feed {
        lang: l.lang(),
        updated: l.zone.timestamp(topic.last_post_at),
        self_url: links.page(&format!("/communaute/t/{}/flux.atom", topic.id)),
        page_url: links.page(&path),
        title: topic.title.clone(),
        entries,
    })
}

fn entry(l: &Layout, title: &str, url: &str, post: &PostRow) -> Entry {
    Entry {
        title: title.to_string(),
        url: url.to_string(),
        published: l.zone.timestamp(post.created_at),
        updated: l.zone.timestamp(post.edited_at.unwrap_or(post.created_at)),
        author: post
            .author
            .as_ref()
            .map(|a| a.display_name.clone())
            .unwrap_or_else(|| l.text("community-gone").into_owned()),
        html: post_html(post).as_str().to_string(),
    }
}
