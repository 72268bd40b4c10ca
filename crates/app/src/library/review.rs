//! Moderators decide on resources: publish a proposal (as proposed or
//! corrected), refuse it with a reason, correct a published resource
//! (which also marks it checked today), or withdraw it with a reason. Each
//! decision is written from the status the moderator saw, and logged.

use essaim_domain::library::{ResourceFields, Status};
use essaim_domain::moderation::{LogKind, Target, TargetKind};
use essaim_store::{Account, ResourceRow};

use crate::moderation::log;
use crate::{App, Error, Result, now};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Publish, or save the corrections of a published resource.
    Publish,
    /// Refuse a proposal, or withdraw a published resource.
    Refuse,
}

pub async fn decide(
    app: &App,
    moderator: &Account,
    id: i64,
    seen: Status,
    decision: Decision,
    fields: &ResourceFields,
    reason: &str,
) -> Result<ResourceRow> {
    if !moderator.role.can_moderate() {
        return Err(Error::Forbidden);
    }
    let row = app
        .db()
        .library_resource(id)
        .await?
        .ok_or(Error::NotFound)?;
    let reason = reason.trim();
    // The file a member attached stays; a review edits the fields only.
    let mut fields = fields.clone();
    fields.file = row.resource.file.clone();
    let (to, kind, resource) = match decision {
        Decision::Publish => {
            let resource = fields
                .check(app.today().year, &app.catalogue())
                .map_err(Error::Invalid)?;
            let kind = if seen == Status::Published {
                LogKind::Edited
            } else {
                LogKind::Approved
            };
            (Status::Published, kind, resource)
        }
        Decision::Refuse => {
            if reason.is_empty() {
                return Err(Error::field("reason", "library-check-reason"));
            }
            (Status::Refused, LogKind::Refused, row.resource.clone())
        }
    };
    let mut tx = app.begin().await?;
    let refusal = if to == Status::Refused { reason } else { "" };
    if !tx
        .decide_library_resource(id, seen, to, &resource, refusal, now())
        .await?
    {
        return Err(Error::Conflict("library-conflict"));
    }
    log(
        &mut tx,
        kind,
        moderator,
        Target {
            kind: TargetKind::LibraryResource,
            id,
        },
        &row.slug,
        reason,
    )
    .await?;
    app.commit(tx).await?;
    app.db().library_resource(id).await?.ok_or(Error::NotFound)
}
