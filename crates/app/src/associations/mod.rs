//! Associations as their members' home: a signed-in person creates one and
//! runs it as `responsable`, invites others, and may belong to several.
//! Everything here is private to the association's members.

pub mod create;
pub mod edit;
pub mod hand_over;
pub mod members;

use essaim_domain::taxonomy::MemberRole;
use essaim_store::{Account, AssociationRow};

use crate::{App, Error, Result};

/// The association `slug` and the account's role in it, if it belongs to
/// it; a stranger gets `Forbidden`, as for a private page.
pub async fn belonging(
    app: &App,
    account: &Account,
    slug: &str,
) -> Result<(AssociationRow, MemberRole)> {
    let row = app
        .db()
        .association_by_slug(slug)
        .await?
        .ok_or(Error::NotFound)?;
    match app.db().association_role(row.id, account.id).await? {
        Some(role) => Ok((row, role)),
        None => {
            tracing::warn!(
                target: "essaim::auth",
                event = "association.access-refused",
                account_id = account.id,
                association = row.slug
            );
            Err(Error::Forbidden)
        }
    }
}

/// The association `slug`, if the account is one of its responsables.
pub async fn run_by(app: &App, account: &Account, slug: &str) -> Result<AssociationRow> {
    match belonging(app, account, slug).await? {
        (row, MemberRole::Responsable) => Ok(row),
        (row, MemberRole::Member) => {
            tracing::warn!(
                target: "essaim::auth",
                event = "association.responsable-only",
                account_id = account.id,
                association = row.slug
            );
            Err(Error::Forbidden)
        }
    }
}

/// Address of an association's space, for emails.
pub(crate) fn space_link(app: &App, slug: &str) -> String {
    app.links().page(&format!("/espace-association/{slug}"))
}
