//! `GET /communaute/membres/{handle}`: a member's public page — their name
//! on the forum, their avatar of initials, the associations they belong
//! to, what they wrote lately. Never their address.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;

use super::topic_path;
use super::view::AuthorView;
use crate::i18n::translate_with;
use crate::page::{Layout, render};
use crate::{AppError, AppState};

const RECENT: i64 = 20;

pub struct RecentPost {
    pub path: String,
    pub title: String,
    pub date: String,
}

#[derive(Template)]
#[template(path = "community/member.html")]
struct MemberPage {
    l: Layout,
    member: AuthorView,
    handle: String,
    since: String,
    counts: String,
    associations: Vec<String>,
    posts: Vec<RecentPost>,
}

pub async fn show(
    State(state): State<AppState>,
    l: Layout,
    Path(handle): Path<String>,
) -> Result<Response, AppError> {
    let member = state
        .db()
        .community_member_by_handle(&handle.to_lowercase())
        .await?
        .ok_or(AppError::NotFound)?;
    let (posts, thanks) = state
        .db()
        .community_member_counts(member.account_id)
        .await?;
    let associations = state
        .db()
        .associations_of(member.account_id)
        .await?
        .into_iter()
        .map(|m| m.association.details.name)
        .collect();
    let recent = state
        .db()
        .community_posts_by(member.account_id, RECENT)
        .await?
        .into_iter()
        .map(|(post, title)| RecentPost {
            path: format!("{}#m{}", topic_path(post.topic_id, &title), post.number),
            title,
            date: l.date(post.created_at),
        })
        .collect();
    Ok(render(&MemberPage {
        member: AuthorView::of(&essaim_store::Author {
            account_id: member.account_id,
            handle: member.handle.clone(),
            display_name: member.display_name.clone(),
        }),
        since: translate_with(
            l.locale,
            "community-member-since",
            &[("date", l.date(member.created_at).into())],
        ),
        counts: translate_with(
            l.locale,
            "community-member-counts",
            &[("posts", posts.into()), ("thanks", thanks.into())],
        ),
        handle: member.handle,
        associations,
        posts: recent,
        l,
    }))
}
