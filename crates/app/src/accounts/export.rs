//! Everything Essaim holds about a person, as one JSON document (RGPD
//! art. 15 and 20).

use serde::Serialize;

use essaim_store::{Account, SessionSummary};

use crate::{App, now};

#[derive(Serialize)]
pub struct AccountExport {
    pub format: &'static str,
    pub version: u32,
    pub exported_at: i64,
    pub account: ExportedAccount,
    /// Open sessions (times only; the tokens are never stored in clear).
    pub sessions: Vec<SessionSummary>,
}

#[derive(Serialize)]
pub struct ExportedAccount {
    pub email: String,
    pub role: &'static str,
    pub language: &'static str,
    pub email_verified_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

pub async fn export(app: &App, account: &Account) -> crate::Result<AccountExport> {
    Ok(AccountExport {
        format: "essaim-account",
        version: 1,
        exported_at: now(),
        account: ExportedAccount {
            email: account.email.clone(),
            role: account.role.slug(),
            language: account.locale.code(),
            email_verified_at: account.email_verified_at,
            created_at: account.created_at,
            updated_at: account.updated_at,
        },
        sessions: app.db().sessions_of(account.id).await?,
    })
}
