//! Deleting one's account (RGPD art. 17): after the password is asked
//! again, the account row goes and its sessions and links with it. What the
//! person wrote in public spaces stays, shown under an anonymous name: those
//! tables point to the account with `ON DELETE SET NULL`. Its associations
//! are handed over first (`associations::hand_over`).

use essaim_store::Account;

use super::sign_in::password_matches;
use crate::App;
use crate::Error;
use crate::mail::{Mail, queue_mail};

pub async fn delete_account(app: &App, account: &Account, password: &str) -> crate::Result<()> {
    if !password_matches(app, account.id, password).await? {
        tracing::warn!(target: "essaim::auth", event = "account.delete-refused", account_id = account.id);
        return Err(Error::field("password", "form-password-wrong"));
    }
    if account.role.is_admin()
        && app
            .db()
            .count_accounts_with_role(essaim_domain::accounts::Role::Admin)
            .await?
            <= 1
    {
        return Err(Error::field("password", "form-last-admin"));
    }
    let mut tx = app.begin().await?;
    crate::associations::hand_over::hand_over(app, &mut tx, account).await?;
    tx.delete_account(account.id).await?;
    queue_mail(
        &mut tx,
        &account.email,
        account.locale,
        Mail::AccountDeleted,
    )
    .await?;
    app.commit(tx).await?;
    tracing::info!(target: "essaim::auth", event = "account.deleted", account_id = account.id);
    Ok(())
}
