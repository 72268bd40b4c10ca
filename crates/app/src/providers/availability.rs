//! Availability (available, fully booked, paused) is the provider's to
//! change at any time, without review: it applies to the published version
//! at once. A paused profile is hidden from search until it resumes.

use essaim_domain::moderation::LogKind;
use essaim_domain::taxonomy::{Availability, ProviderStatus};
use essaim_store::{Account, ProviderUpdate, PublicEffect};

use super::{conflict, log, managed};
use crate::{App, Error, Result, now};

pub async fn set_availability(
    app: &App,
    account: &Account,
    slug: &str,
    availability: Availability,
) -> Result<()> {
    let row = managed(app, account, slug).await?;
    if row.status == ProviderStatus::Suspended {
        return Err(Error::Conflict(conflict::SUSPENDED));
    }
    let before = row.published.as_ref().unwrap_or(&row.profile).availability;
    let mut profile = row.profile.clone();
    profile.availability = availability;
    let published = row.published.clone().map(|mut p| {
        p.availability = availability;
        p
    });
    let now = now();
    let mut tx = app.begin().await?;
    let update = ProviderUpdate {
        status: row.status,
        profile: &profile,
        published: published.as_ref().map(Some),
        submitted_at: None,
        decision_message: row.decision_message.as_deref(),
        verified_at: None,
        effect: if published.is_some() {
            PublicEffect::Changed
        } else {
            PublicEffect::None
        },
        approved: false,
        sent_back: false,
    };
    if !tx.update_provider(row.id, row.status, &update, now).await? {
        return Err(Error::Conflict(conflict::CHANGED));
    }
    let kind = match (before, availability) {
        (a, Availability::Paused) if a != Availability::Paused => Some(LogKind::Paused),
        (Availability::Paused, a) if a != Availability::Paused => Some(LogKind::Resumed),
        _ => None,
    };
    if let Some(kind) = kind {
        log(&mut tx, kind, account, &row, "").await?;
    }
    app.commit(tx).await
}
