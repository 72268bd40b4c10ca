//! A member asks to manage provider profiles: the role is granted at once,
//! since every profile is reviewed before it is published anyway.

use essaim_domain::accounts::Role;
use essaim_store::{Account, Tx};

use crate::{App, Result, now};

pub async fn become_provider(app: &App, account: &Account) -> Result<()> {
    let mut tx = app.begin().await?;
    become_provider_in(&mut tx, account).await?;
    app.commit(tx).await
}

/// The same within a larger unit of work (accepting an invitation).
pub(crate) async fn become_provider_in(tx: &mut Tx, account: &Account) -> Result<()> {
    if account.role == Role::Membre {
        tx.set_role(account.id, Role::Prestataire, now()).await?;
        tracing::info!(target: "essaim::auth", event = "role.provider-requested", account_id = account.id);
    }
    Ok(())
}
