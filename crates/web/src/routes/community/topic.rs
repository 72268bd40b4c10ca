//! `GET /communaute/t/{id}` (a slug may follow): a topic with its posts,
//! the answer shown under the question, what each reader may do on each
//! post, the reply form (with a draft kept, or a quotation asked with
//! `?citer=N`), and the moderators' panel. Opening it marks it read.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{Html, IntoResponse, Response};
use essaim_app::community::draft::{self, Place};
use essaim_app::community::{moderates, read, visible_topic};
use essaim_domain::community::following::Watch;
use essaim_domain::community::quotation;
use essaim_domain::i18n::static_text;
use essaim_domain::problems::FieldProblem;
use essaim_store::PostRow;
use serde::Deserialize;

use super::compose::ReplyForm;
use super::topic_path;
use super::view::PostView;
use crate::i18n::translate_with;
use crate::kit::Problems;
use crate::page::{Layout, render, write_page};
use crate::{AppError, AppState};

#[derive(Template)]
#[template(path = "community/topic.html")]
pub struct TopicPage {
    pub l: Layout,
    pub id: i64,
    pub path: String,
    pub title: String,
    pub category: String,
    pub category_path: String,
    pub pinned: bool,
    pub closed: bool,
    pub hidden: bool,
    pub question: Option<PostView>,
    pub replies: Vec<PostView>,
    /// The answer, shown again under the question.
    pub solution: Option<PostView>,
    /// The reader asked the question (or moderates): they mark the answer.
    pub may_solve: bool,
    /// Posts past this number are new to the reader.
    pub new_after: Option<i64>,
    pub form: ReplyForm,
    /// The reader has no name on the forum yet: the form asks for one.
    pub needs_name: bool,
    pub errors: Problems,
    pub draft_saved: bool,
    pub categories: Vec<(String, String, bool)>,
    /// The reader's level on the topic (empty: as its category).
    pub watch: &'static str,
    pub watch_levels: Vec<(&'static str, &'static str)>,
    pub watch_saved: bool,
    /// The reply just written waits for a moderator.
    pub held_reply: bool,
}

#[derive(Deserialize, Default)]
pub struct TopicQuery {
    /// The number of a post to quote in the reply.
    citer: Option<i64>,
    /// `brouillon` once a draft is saved.
    fait: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    l: Layout,
    Path(id): Path<i64>,
    Query(query): Query<TopicQuery>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    show_page(&state, l, id, &query, &headers).await
}

pub async fn show_with_slug(
    State(state): State<AppState>,
    l: Layout,
    Path((id, _slug)): Path<(i64, String)>,
    Query(query): Query<TopicQuery>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    show_page(&state, l, id, &query, &headers).await
}

/// A visitor without an account, who asked nothing of the page, gets the
/// page this node keeps for everyone (`community_pages`); anyone else gets
/// theirs.
async fn show_page(
    state: &AppState,
    l: Layout,
    id: i64,
    query: &TopicQuery,
    headers: &HeaderMap,
) -> Result<Response, AppError> {
    let for_everyone = l.is_shared() && query.citer.is_none() && query.fait.is_none();
    if !for_everyone {
        return Ok(render(&page(state, l, id, None, Vec::new(), query).await?));
    }
    let pages = state.community_pages();
    let (locale, path, instance) = (l.locale, l.current.clone(), l.instance.clone());
    if let Some(kept) = pages.get(state.app(), id, locale, &path, &instance).await {
        return kept.response(headers).map_err(AppError::internal);
    }
    let topic = page(state, l, id, None, Vec::new(), query).await?;
    let html = write_page(&topic, 24 * 1024)?;
    if !topic.l.is_shared() {
        return Ok(Html(html).into_response());
    }
    pages
        .keep(id, locale, &path, instance, &html)
        .and_then(|kept| kept.response(headers))
        .map_err(AppError::internal)
}

/// The page of a topic; `form` and `problems` when a reply was refused.
pub async fn page(
    state: &AppState,
    l: Layout,
    id: i64,
    form: Option<ReplyForm>,
    problems: Vec<FieldProblem>,
    query: &TopicQuery,
) -> Result<TopicPage, AppError> {
    let viewer = l.viewer.clone();
    let account = viewer.as_ref().map(|v| &v.account);
    let topic = visible_topic(state.app(), account, id).await?;
    let posts = state.db().community_posts(topic.id).await?;
    let thanked = match account {
        Some(account) => state.db().community_thanked(account.id, topic.id).await?,
        None => Vec::new(),
    };
    let view =
        |post: &PostRow| PostView::of(&l, post, topic.solution_id, thanked.contains(&post.id));
    let mut views: Vec<PostView> = posts.iter().map(view).collect();
    let solution = topic
        .solution_id
        .and_then(|s| posts.iter().find(|p| p.id == s))
        .map(view);
    let question = (!views.is_empty()).then(|| views.remove(0));
    let needs_name = match account {
        Some(account) => state.db().community_member(account.id).await?.is_none(),
        None => false,
    };
    let form = match (form, account) {
        (Some(form), _) => form,
        (None, Some(account)) => {
            let mut form = ReplyForm::default();
            if let Some(draft) = draft::find(state.app(), account, Place::Reply(topic.id)).await? {
                form.body = draft.body;
            }
            if let Some(quoted) = query
                .citer
                .and_then(|n| posts.iter().find(|p| p.number == n))
                .filter(|p| p.deleted_at.is_none() && p.hidden_at.is_none())
            {
                form.body.push_str(&quote(&l, quoted));
            }
            form
        }
        (None, None) => ReplyForm::default(),
    };
    let may_solve = account.is_some_and(|a| {
        a.role.can_moderate() || topic.author.as_ref().map(|x| x.account_id) == Some(a.id)
    });
    let new_after = account.map(|_| topic.last_read.unwrap_or(0));
    let watch = match account {
        Some(account) => state
            .db()
            .community_watch_of(account.id, Some(topic.id), topic.category_id)
            .await?
            .0
            .map_or("", |w| w.slug()),
        None => "",
    };
    if let Some(account) = account {
        read::mark_read(state.app(), account, topic.id, topic.post_count).await?;
    }
    let categories = if moderates(account) {
        state
            .db()
            .community_category_list()
            .await?
            .into_iter()
            .map(|c| {
                let current = c.id == topic.category_id;
                (c.slug, c.name, current)
            })
            .collect()
    } else {
        Vec::new()
    };
    Ok(TopicPage {
        id: topic.id,
        path: topic_path(topic.id, &topic.title),
        title: topic.title.clone(),
        category: topic.category_name.clone(),
        category_path: format!("/communaute/c/{}", topic.category_slug),
        pinned: topic.pinned.is_some(),
        closed: topic.closed_at.is_some(),
        hidden: topic.hidden_at.is_some(),
        question,
        replies: views,
        solution,
        may_solve,
        new_after,
        form,
        needs_name,
        errors: Problems::new(l.locale, &problems),
        draft_saved: query.fait.as_deref() == Some("brouillon"),
        watch_saved: query.fait.as_deref() == Some("suivi"),
        held_reply: query.fait.as_deref() == Some("attente"),
        watch,
        watch_levels: Watch::FOR_TOPIC
            .iter()
            .map(|w| (w.slug(), static_text(l.locale, w.label_key())))
            .collect(),
        categories,
        l,
    })
}

/// The Markdown that quotes a post in the reader's language.
fn quote(l: &Layout, post: &PostRow) -> String {
    let name = post
        .author
        .as_ref()
        .map(|a| a.display_name.clone())
        .unwrap_or_else(|| l.text("community-gone").into_owned());
    quotation(
        &translate_with(l.locale, "community-quote-wrote", &[("name", name.into())]),
        &post.body,
    )
}
