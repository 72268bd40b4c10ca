//! The language of an account: its pages after sign-in and its emails.

use essaim_domain::Locale;
use essaim_store::Account;

use crate::{App, now};

pub async fn set_locale(app: &App, account: &Account, locale: Locale) -> crate::Result<()> {
    let mut tx = app.begin().await?;
    tx.set_account_locale(account.id, locale, now()).await?;
    app.commit(tx).await
}
