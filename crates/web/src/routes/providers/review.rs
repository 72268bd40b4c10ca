//! `/moderation/fiches/{slug}`: one profile for moderators — what changed
//! since the published version, referee contacts, the decision forms, and
//! the panels every review page shares (reports, notes, history).

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use essaim_app::moderation::targets::Described;
use essaim_domain::taxonomy::ProviderStatus;
use essaim_store::ProviderRow;

use super::describe::{DiffRow, diff};
use crate::auth::Moderator;
use crate::kit::Done;
use crate::kit::{Problems, refused};
use crate::page::{Layout, render};
use crate::routes::moderation::panels::Panels;
use crate::routes::providers::status_key;
use crate::{AppError, AppState};

/// Any profile, whatever its status: moderators review them all.
async fn reviewed(state: &AppState, slug: &str) -> Result<ProviderRow, AppError> {
    state
        .db()
        .provider_by_slug(slug)
        .await?
        .ok_or(AppError::NotFound)
}

#[derive(Template)]
#[template(path = "providers/review.html")]
struct ReviewPage {
    l: Layout,
    name: String,
    slug: String,
    status: String,
    is_update: bool,
    /// Whether a working copy differs from what the public sees; when not,
    /// the profile shows as one column.
    pending: bool,
    rows: Vec<DiffRow>,
    /// The heading of the version compared with: published, or sent back.
    before_key: &'static str,
    logo: Option<String>,
    problems: Vec<String>,
    panels: Panels,
    can_decide: bool,
    can_suspend: bool,
    can_reinstate: bool,
    errors: Problems,
    message: String,
    /// The key of what was just done.
    done: Option<&'static str>,
    stale: bool,
    contacts_line: String,
}

async fn render_review(
    state: &AppState,
    l: Layout,
    row: &ProviderRow,
    errors: Problems,
    message: String,
    done: Option<&'static str>,
) -> Result<ReviewPage, AppError> {
    let locale = l.locale;
    let catalogue = state.app().catalogue();
    let panels = Panels::of(state, &Described::of_provider(row), locale).await?;
    let compared = match (&row.sent_back, &row.published) {
        (Some(sent_back), _) => (Some(sent_back), "moderation-col-sent-back"),
        (None, published) => (published.as_ref(), "moderation-col-published"),
    };
    Ok(ReviewPage {
        name: row.profile.name.clone(),
        slug: row.slug.clone(),
        status: l.text(status_key(row.status)).into_owned(),
        is_update: row.published.is_some(),
        pending: row.published.as_ref() != Some(&row.profile),
        // A resubmission is compared with what the moderator sent back, so
        // that only what changed since stands out.
        rows: diff(compared.0, &row.profile, locale, &catalogue),
        before_key: compared.1,
        logo: row.profile.logo.clone(),
        problems: row
            .profile
            .problems_for_publication(&catalogue)
            .into_iter()
            .map(|p| p.message(locale))
            .collect(),
        panels,
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
                state.app().today(),
                state.site().stale_after_days,
            )
        }),
        l,
    })
}

pub async fn show(
    State(state): State<AppState>,
    _moderator: Moderator,
    l: Layout,
    Path(slug): Path<String>,
    axum::extract::Query(done): axum::extract::Query<Done>,
) -> Result<Response, AppError> {
    let row = reviewed(&state, &slug).await?;
    let page = render_review(
        &state,
        l,
        &row,
        Problems::none(),
        String::new(),
        match done.fait.as_deref() {
            Some("signalement") => Some("moderation-report-closed"),
            Some(_) => Some("moderation-done"),
            None => None,
        },
    )
    .await?;
    Ok(render(&page))
}

/// `/moderation/fiches/{slug}/apercu`: the working copy as the public page
/// will show it, Markdown rendered and logo in place.
pub async fn preview(
    State(state): State<AppState>,
    _moderator: Moderator,
    l: Layout,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let row = reviewed(&state, &slug).await?;
    let banner = l.text("moderation-preview-banner").into_owned();
    let showcase = crate::routes::directory::profile::showcase(&state, &slug).await?;
    Ok(crate::routes::directory::profile::render_profile(
        &state,
        l,
        std::sync::Arc::new(row.profile.public()),
        Some((banner, format!("/moderation/fiches/{slug}"))),
        crate::routes::directory::profile::ContactForm::default(),
        false,
        showcase,
    ))
}

/// The page again with what was wrong in a decision form.
pub async fn with_problems(
    state: &AppState,
    l: Layout,
    slug: &str,
    errors: Problems,
    message: String,
) -> Result<Response, AppError> {
    let row = reviewed(state, slug).await?;
    let page = render_review(state, l, &row, errors, message, None).await?;
    Ok(refused(&page))
}
