//! `/moderation/fiches/{slug}`: one profile for moderators — what changed
//! since the published version, referee contacts, private notes, past
//! decisions, and the decision forms.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use essaim_domain::date::Date;
use essaim_domain::moderation::TARGET_PROVIDER;
use essaim_domain::taxonomy::ProviderStatus;
use essaim_store::ProviderRow;

use super::describe::{DiffRow, diff};
use crate::auth::Moderator;
use crate::kit::{Problems, refused};
use crate::page::{Layout, render};
use crate::routes::moderation::{LogLine, log_line};
use crate::routes::providers::status_key;
use crate::{AppError, AppState};

pub struct NoteLine {
    pub author: String,
    pub date: String,
    pub body: String,
}

#[derive(Template)]
#[template(path = "providers/review.html")]
struct ReviewPage {
    l: Layout,
    name: String,
    slug: String,
    status: String,
    is_update: bool,
    rows: Vec<DiffRow>,
    problems: Vec<String>,
    notes: Vec<NoteLine>,
    log: Vec<LogLine>,
    can_decide: bool,
    can_suspend: bool,
    can_reinstate: bool,
    errors: Problems,
    message: String,
    done: bool,
    stale: bool,
    contacts_line: String,
}

async fn render_review(
    state: &AppState,
    l: Layout,
    row: &ProviderRow,
    errors: Problems,
    message: String,
    done: bool,
) -> Result<ReviewPage, AppError> {
    let locale = l.locale;
    let notes = state
        .db()
        .moderation_notes(row.id)
        .await?
        .into_iter()
        .map(|n| NoteLine {
            author: n
                .author_email
                .unwrap_or_else(|| l.text("moderation-deleted-account").into_owned()),
            date: Date::from_unix(n.created_at).long(locale),
            body: n.body,
        })
        .collect();
    let log = state
        .db()
        .moderation_log(Some((TARGET_PROVIDER, row.id)), 50, 0)
        .await?
        .iter()
        .map(|e| log_line(e, locale))
        .collect();
    Ok(ReviewPage {
        name: row.profile.name.clone(),
        slug: row.slug.clone(),
        status: l.text(status_key(row.status)).into_owned(),
        is_update: row.published.is_some(),
        rows: diff(row.published.as_ref(), &row.profile, locale),
        problems: row
            .profile
            .problems_for_publication()
            .into_iter()
            .map(|p| p.message(locale))
            .collect(),
        notes,
        log,
        can_decide: row.status == ProviderStatus::Submitted,
        can_suspend: row.published.is_some() && row.status != ProviderStatus::Suspended,
        can_reinstate: row.status == ProviderStatus::Suspended,
        errors,
        message,
        done,
        contacts_line: crate::i18n::translate_with(
            locale,
            "providers-contacts",
            &[("count", row.contact_count.into())],
        ),
        stale: row.published.as_ref().is_some_and(|p| {
            crate::routes::directory::views::is_stale(
                p.last_verified_date(),
                essaim_domain::date::Date::today(),
                state.site().stale_after_days,
            )
        }),
        l,
    })
}

#[derive(serde::Deserialize)]
pub struct Done {
    fait: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    _moderator: Moderator,
    l: Layout,
    Path(slug): Path<String>,
    axum::extract::Query(done): axum::extract::Query<Done>,
) -> Result<Response, AppError> {
    let row = state
        .db()
        .provider_by_slug(&slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let page = render_review(
        &state,
        l,
        &row,
        Problems::none(),
        String::new(),
        done.fait.is_some(),
    )
    .await?;
    Ok(render(&page))
}

/// The page again with what was wrong in a decision form.
pub async fn with_problems(
    state: &AppState,
    l: Layout,
    slug: &str,
    errors: Problems,
    message: String,
) -> Result<Response, AppError> {
    let row = state
        .db()
        .provider_by_slug(slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let page = render_review(state, l, &row, errors, message, false).await?;
    Ok(refused(&page))
}
