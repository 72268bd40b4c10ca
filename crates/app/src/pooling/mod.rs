//! Pooled needs ("Mutualisation"): associations that share a need find
//! each other, write its specification together, choose a provider's
//! quote and commit together, all or nothing, in a conditional campaign.
//! Essaim never holds money: the provider invoices each association.
//!
//! `needs.rs` (propose, join, specify, move), `quotes.rs` (quote, vote,
//! choose and open the campaign), `pledges.rs` (pledge, change, withdraw;
//! the goal reached), `deadlines.rs` (the background checks of deadlines
//! and reminders, each acting once), `mails.rs` (who hears of what);
//! `maintenance.rs`, shared maintenance pools.

mod deadlines;
mod mails;
pub mod maintenance;
pub mod needs;
pub mod pledges;
pub mod quotes;

pub use deadlines::settle_due;

use essaim_domain::taxonomy::MemberRole;
use essaim_store::{Account, AssociationRow, NeedRow};

use crate::associations::belonging;
use crate::{App, Error, Result};

/// The forum category a need's topic goes in.
pub const CATEGORY: &str = "mutualiser-des-besoins";

/// A need's page.
pub fn need_path(id: i64) -> String {
    format!("/mutualisation/besoins/{id}")
}

pub async fn need(app: &App, id: i64) -> Result<NeedRow> {
    app.db().pooling_need(id).await?.ok_or(Error::NotFound)
}

/// The association `slug`, if the account belongs to it with at least the
/// role `role`, and it joined the need.
async fn joined(
    app: &App,
    account: &Account,
    need: &NeedRow,
    slug: &str,
    role: MemberRole,
) -> Result<AssociationRow> {
    let association = match role {
        MemberRole::Responsable => crate::associations::run_by(app, account, slug).await?,
        MemberRole::Member => belonging(app, account, slug).await?.0,
    };
    let joined = app.db().pooling_joined(need.id).await?;
    if !joined.iter().any(|j| j.association_id == association.id) {
        tracing::warn!(
            target: "essaim::auth",
            event = "pooling.not-joined",
            account_id = account.id,
            need = need.id,
            association = association.slug
        );
        return Err(Error::Forbidden);
    }
    Ok(association)
}

/// Whether the account wrote the need or moderates.
fn author_or_moderator(account: &Account, need: &NeedRow) -> bool {
    need.author_id == Some(account.id) || account.role.can_moderate()
}
