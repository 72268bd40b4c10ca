//! An administrator changes an account's role. The last administrator
//! cannot demote themselves: the instance would have no one to manage it.

use essaim_domain::accounts::Role;
use essaim_store::Account;

use crate::Error;
use crate::{App, now};

/// Why the last administrator cannot step down.
pub const LAST_ADMIN: &str = "form-last-admin";

pub async fn set_role(app: &App, actor: &Account, target_id: i64, role: Role) -> crate::Result<()> {
    let Some(target) = app.db().account_by_id(target_id).await? else {
        return Err(Error::NotFound);
    };
    if target.role == Role::Admin
        && role != Role::Admin
        && app.db().count_accounts_with_role(Role::Admin).await? <= 1
    {
        return Err(Error::Conflict(LAST_ADMIN));
    }
    let mut tx = app.begin().await?;
    tx.set_role(target.id, role, now()).await?;
    app.commit(tx).await?;
    tracing::info!(
        target: "essaim::auth",
        event = "role.changed",
        account_id = target.id,
        by = actor.id,
        from = target.role.slug(),
        to = role.slug()
    );
    Ok(())
}
