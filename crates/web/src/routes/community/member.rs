//! `GET /communaute/membres/{handle}`: a member's public page — their name
//! on the forum, their avatar of initials, the associations they belong
//! to, what they wrote lately. Never their address.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;

use super::topic_path;
use super::view::AuthorView;
use crate::auth::Moderator;
use crate::i18n::translate_with;
use crate::kit::{FormFields, see_other};
use crate::page::{Layout, render};
use crate::{AppError, AppState};
use essaim_domain::community::trust::Trust;
use essaim_domain::i18n::static_text;

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
    /// For moderators: the member's level, and the one a moderator set.
    trust_level: Option<&'static str>,
    trust_set: &'static str,
    trust_levels: Vec<(&'static str, &'static str)>,
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
    let trust: Option<(&'static str, &'static str)> = if l.can_moderate() {
        let account = state
            .db()
            .account_by_id(member.account_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let level =
            essaim_app::community::trust::level(state.app(), &account, Some(&member)).await?;
        Some((
            static_text(l.locale, level.label_key()),
            member.trust.map_or("", Trust::slug),
        ))
    } else {
        None
    };
    Ok(render(&MemberPage {
        trust_level: trust.map(|(level, _)| level),
        trust_set: trust.map_or("", |(_, set)| set),
        trust_levels: Trust::ALL
            .iter()
            .map(|t| (t.slug(), static_text(l.locale, t.label_key())))
            .collect(),
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

/// A moderator sets a member's level (empty: the forum decides again).
pub async fn set_trust(
    State(state): State<AppState>,
    Moderator(moderator): Moderator,
    Path(handle): Path<String>,
    fields: FormFields,
) -> Result<Response, AppError> {
    let level = match fields.text("level").as_str() {
        "" => None,
        slug => Some(Trust::from_slug(slug).ok_or(AppError::BadRequest("level"))?),
    };
    essaim_app::community::trust::set_level(
        state.app(),
        &moderator.account,
        &handle,
        level,
        &fields.text("motif"),
    )
    .await?;
    Ok(see_other(&format!(
        "{}#confiance",
        super::member_path(&handle)
    )))
}
