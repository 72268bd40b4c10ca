//! An administrator changes an account's role. The last administrator
//! cannot demote themselves: the instance would have no one to manage it.

use essaim_domain::accounts::Role;
use essaim_store::Account;

use super::FormError;
use crate::{App, now};

pub async fn set_role(
    app: &App,
    actor: &Account,
    target_id: i64,
    role: Role,
) -> Result<(), FormError> {
    let Some(target) = app.db().account_by_id(target_id).await? else {
        return Err(FormError::field("role", "admin-account-missing"));
    };
    if target.role == Role::Admin
        && role != Role::Admin
        && app.db().count_accounts_with_role(Role::Admin).await? <= 1
    {
        return Err(FormError::field("role", "form-last-admin"));
    }
    app.db().set_role(target.id, role, now()).await?;
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
