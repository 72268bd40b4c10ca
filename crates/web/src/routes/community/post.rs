//! What a member does to one post: change it (`…/modifier`), read its
//! earlier versions (`…/historique`), delete it, say "merci"; and what the
//! author of a question does: mark the answer (`/communaute/t/{id}/solution`).

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use essaim_app::community::{edit as editing, solve as solving, thank as thanking, visible_topic};
use essaim_domain::problems::FieldProblem;

use super::view::{Renderer, post_html};
use crate::auth::CurrentUser;
use crate::kit::{FormFields, Problems, field_problems, refused, see_other};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

#[derive(Template)]
#[template(path = "community/edit.html")]
struct EditPage {
    l: Layout,
    id: i64,
    topic_path: String,
    topic_title: String,
    /// Only the first post carries the topic's title.
    title: Option<String>,
    body: String,
    errors: Problems,
}

async fn edit_page(
    state: &AppState,
    l: Layout,
    id: i64,
    form: Option<(Option<String>, String)>,
    problems: Vec<FieldProblem>,
) -> Result<EditPage, AppError> {
    let account = l.viewer.clone().ok_or(AppError::NotFound)?;
    let post = state
        .db()
        .community_post(id)
        .await?
        .filter(|p| p.deleted_at.is_none())
        .ok_or(AppError::NotFound)?;
    let topic = visible_topic(state.app(), Some(&account.account), post.topic_id).await?;
    if post.author.as_ref().map(|a| a.account_id) != Some(account.account.id) {
        return Err(AppError::Forbidden);
    }
    let (title, body) = form.unwrap_or_else(|| {
        (
            (post.number == 1).then(|| topic.title.clone()),
            post.body.clone(),
        )
    });
    Ok(EditPage {
        id,
        topic_path: super::topic_path(topic.id, &topic.title),
        topic_title: topic.title,
        title,
        body,
        errors: Problems::new(l.locale, &problems),
        l,
    })
}

pub async fn edit_form(
    State(state): State<AppState>,
    _user: CurrentUser,
    l: Layout,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    Ok(render(&edit_page(&state, l, id, None, Vec::new()).await?))
}

pub async fn edit(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Path(id): Path<i64>,
    fields: FormFields,
) -> Result<Response, AppError> {
    let title = fields.has("title").then(|| fields.text("title"));
    let body = fields.raw("body");
    let problems = match editing::edit(state.app(), &user.account, id, title.as_deref(), &body)
        .await
    {
        Ok((topic, number)) => return Ok(see_other(&format!("/communaute/t/{topic}#m{number}"))),
        Err(error) => field_problems(error)?,
    };
    let page = edit_page(&state, l, id, Some((title, body)), problems).await?;
    Ok(refused(&page))
}

pub async fn delete(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (topic, number) = editing::delete(state.app(), &user.account, id).await?;
    Ok(see_other(&format!("/communaute/t/{topic}#m{number}")))
}

pub async fn thank(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    fields: FormFields,
) -> Result<Response, AppError> {
    let thanked = fields.text("merci") != "0";
    let (topic, number) = thanking::thank(state.app(), &user.account, id, thanked).await?;
    Ok(see_other(&format!("/communaute/t/{topic}#m{number}")))
}

pub async fn solve(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    fields: FormFields,
) -> Result<Response, AppError> {
    let post = match fields.text("message") {
        empty if empty.is_empty() => None,
        id => Some(id.parse().map_err(|_| AppError::BadRequest("message"))?),
    };
    let topic = solving::solve(state.app(), &user.account, id, post).await?;
    Ok(see_other(&format!("/communaute/t/{topic}")))
}

pub struct VersionView {
    pub label: String,
    /// The topic's title in this version, for a topic's first post.
    pub title: Option<String>,
    pub html: essaim_domain::markup::SafeHtml,
}

#[derive(Template)]
#[template(path = "community/history.html")]
struct HistoryPage {
    l: Layout,
    topic_path: String,
    topic_title: String,
    number: i64,
    versions: Vec<VersionView>,
}

/// The versions of a post, the current first: anyone who can read the
/// post can read what it said before.
pub async fn history(
    State(state): State<AppState>,
    l: Layout,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let viewer = l.viewer.clone();
    let post = state
        .db()
        .community_post(id)
        .await?
        .filter(|p| p.deleted_at.is_none() && (p.hidden_at.is_none() || l.can_moderate()))
        .ok_or(AppError::NotFound)?;
    let topic = visible_topic(
        state.app(),
        viewer.as_ref().map(|v| &v.account),
        post.topic_id,
    )
    .await?;
    let revisions = state.db().community_revisions(post.id).await?;
    let renderer =
        Renderer::for_posts(state.db(), revisions.iter().map(|r| r.body.as_str())).await?;
    let mut versions = vec![VersionView {
        label: l.text("community-history-current").into_owned(),
        title: (post.number == 1).then(|| topic.title.clone()),
        html: post_html(&post),
    }];
    for revision in &revisions {
        versions.push(VersionView {
            label: crate::i18n::translate_with(
                l.locale,
                "community-history-until",
                &[(
                    "date",
                    l.zone.long_time(revision.replaced_at, l.locale).into(),
                )],
            ),
            title: revision.title.clone(),
            html: renderer.html(&revision.body),
        });
    }
    Ok(render(&HistoryPage {
        topic_path: super::topic_path(topic.id, &topic.title),
        topic_title: topic.title,
        number: post.number,
        versions,
        l,
    }))
}
