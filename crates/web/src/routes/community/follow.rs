//! Following the forum: the level on a topic (`POST /communaute/t/{id}/suivi`)
//! or a category (`POST /communaute/c/{category}/suivi`), the list of
//! notifications (`/communaute/notifications`), and what the forum sends
//! by email (`/communaute/preferences`, and `/communaute/courriels/{token}`
//! from any email, without signing in; one click stops everything).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use essaim_app::community::{email, follow};
use essaim_domain::community::following::{NotificationKind, Watch};
use serde::Deserialize;

use super::topic_path;
use crate::auth::CurrentUser;
use crate::i18n::translate_with;
use crate::kit::{Done, FormFields, Pager, see_other};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

const PER_PAGE: i64 = 30;

/// The level a form names; empty means "as its category".
fn level_of(fields: &FormFields) -> Result<Option<Watch>, AppError> {
    match fields.text("level").as_str() {
        "" => Ok(None),
        slug => Watch::from_slug(slug)
            .map(Some)
            .ok_or(AppError::BadRequest("level")),
    }
}

pub async fn topic(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<i64>,
    fields: FormFields,
) -> Result<Response, AppError> {
    follow::watch_topic(state.app(), &user.account, id, level_of(&fields)?).await?;
    Ok(see_other(&format!("/communaute/t/{id}?fait=suivi#suivre")))
}

pub async fn category(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(slug): Path<String>,
    fields: FormFields,
) -> Result<Response, AppError> {
    follow::watch_category(state.app(), &user.account, &slug, level_of(&fields)?).await?;
    Ok(see_other(&format!(
        "/communaute/c/{slug}?fait=suivi#suivre"
    )))
}

pub struct NotificationLine {
    pub text: String,
    pub path: String,
    pub date: String,
    pub unread: bool,
}

#[derive(Template)]
#[template(path = "community/notifications.html")]
struct NotificationsPage {
    l: Layout,
    lines: Vec<NotificationLine>,
    any_unread: bool,
    previous: Option<String>,
    next: Option<String>,
}

#[derive(Deserialize)]
pub struct PageQuery {
    page: Option<String>,
}

pub async fn notifications(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Query(query): Query<PageQuery>,
) -> Result<Response, AppError> {
    let pager = Pager::new(query.page.as_deref(), PER_PAGE);
    let (rows, total) = state
        .db()
        .community_notifications(user.account.id, PER_PAGE, pager.offset())
        .await?;
    let lines = rows
        .iter()
        .map(|n| {
            let key = match n.kind {
                NotificationKind::Mention => "community-notification-mention",
                NotificationKind::Reply => "community-notification-reply",
                NotificationKind::NewTopic => "community-notification-new-topic",
                NotificationKind::Watched => "community-notification-watched",
            };
            let author = n
                .actor
                .clone()
                .unwrap_or_else(|| l.text("community-gone").into_owned());
            NotificationLine {
                text: translate_with(
                    l.locale,
                    key,
                    &[
                        ("author", author.into()),
                        ("title", n.topic_title.as_str().into()),
                    ],
                ),
                path: format!(
                    "{}#m{}",
                    topic_path(n.topic_id, &n.topic_title),
                    n.post_number
                ),
                date: l.zone.long_time(n.created_at, l.locale),
                unread: n.read_at.is_none(),
            }
        })
        .collect::<Vec<_>>();
    Ok(render(&NotificationsPage {
        any_unread: lines.iter().any(|n| n.unread),
        lines,
        previous: pager.previous("/communaute/notifications"),
        next: pager.next("/communaute/notifications", total),
        l,
    }))
}

pub async fn read_all(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
) -> Result<Response, AppError> {
    follow::read_all(state.app(), &user.account).await?;
    Ok(see_other("/communaute/notifications"))
}

pub struct CategoryChoice {
    pub slug: String,
    pub name: String,
    pub level: &'static str,
}

#[derive(Template)]
#[template(path = "community/preferences.html")]
struct PreferencesPage {
    l: Layout,
    notifications: bool,
    digest: bool,
    categories: Vec<CategoryChoice>,
    levels: Vec<(&'static str, &'static str)>,
    saved: bool,
    /// Reached from an email's link: no account needed, no categories.
    token: Option<String>,
    unsubscribed: bool,
}

fn levels(l: &Layout) -> Vec<(&'static str, &'static str)> {
    Watch::ALL
        .iter()
        .map(|w| {
            (
                w.slug(),
                essaim_domain::i18n::static_text(l.locale, w.label_key()),
            )
        })
        .collect()
}

pub async fn preferences(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Query(done): Query<Done>,
) -> Result<Response, AppError> {
    let settings = email::settings_of(state.app(), &user.account).await?;
    let mut categories = Vec::new();
    for counts in state.db().community_category_list().await? {
        let (_, level) = state
            .db()
            .community_watch_of(user.account.id, None, counts.id)
            .await?;
        categories.push(CategoryChoice {
            slug: counts.slug,
            name: counts.name,
            level: level.unwrap_or(Watch::Normal).slug(),
        });
    }
    Ok(render(&PreferencesPage {
        notifications: settings.notifications,
        digest: settings.digest,
        categories,
        levels: levels(&l),
        saved: done.fait.as_deref() == Some("enregistre"),
        token: None,
        unsubscribed: false,
        l,
    }))
}

pub async fn save_preferences(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    fields: FormFields,
) -> Result<Response, AppError> {
    email::choose(
        state.app(),
        &user.account,
        fields.checked("notifications"),
        fields.checked("digest"),
    )
    .await?;
    for counts in state.db().community_category_list().await? {
        let field = format!("categorie-{}", counts.slug);
        if fields.has(&field) {
            let level =
                Watch::from_slug(&fields.text(&field)).ok_or(AppError::BadRequest("level"))?;
            follow::watch_category(state.app(), &user.account, &counts.slug, Some(level)).await?;
        }
    }
    Ok(see_other("/communaute/preferences?fait=enregistre"))
}

/// From an email: the member's choices, without signing in.
pub async fn by_token(
    State(state): State<AppState>,
    l: Layout,
    Path(token): Path<String>,
    Query(done): Query<Done>,
) -> Result<Response, AppError> {
    let settings = email::by_token(state.app(), &token).await?;
    Ok(render(&PreferencesPage {
        notifications: settings.notifications,
        digest: settings.digest,
        categories: Vec::new(),
        levels: levels(&l),
        saved: done.fait.as_deref() == Some("enregistre"),
        unsubscribed: done.fait.as_deref() == Some("desabonne"),
        token: Some(token),
        l,
    }))
}

/// The one-click unsubscribe (the mail client posts
/// `List-Unsubscribe=One-Click`, RFC 8058), or the page's own form.
pub async fn save_by_token(
    State(state): State<AppState>,
    Path(token): Path<String>,
    fields: FormFields,
) -> Result<Response, AppError> {
    let path = email::settings_path(&token);
    if fields.has("List-Unsubscribe") || fields.has("tout") {
        email::unsubscribe(state.app(), &token).await?;
        return Ok(see_other(&format!("{path}?fait=desabonne")));
    }
    email::choose_by_token(
        state.app(),
        &token,
        fields.checked("notifications"),
        fields.checked("digest"),
    )
    .await?;
    Ok(see_other(&format!("{path}?fait=enregistre")))
}
