//! A member asks to manage provider profiles: the role is granted at once,
//! since every profile is reviewed before it is published anyway.

use essaim_domain::accounts::Role;
use essaim_store::Account;

use crate::{App, now};

pub async fn become_provider(app: &App, account: &Account) -> anyhow::Result<()> {
    if account.role == Role::Membre {
        app.db()
            .set_role(account.id, Role::Prestataire, now())
            .await?;
        tracing::info!(target: "essaim::auth", event = "role.provider-requested", account_id = account.id);
    }
    Ok(())
}
