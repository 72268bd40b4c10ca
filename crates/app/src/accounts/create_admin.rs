//! `essaim admin create`: an account made from the command line, with its
//! address taken as confirmed (the operator typed it).

use essaim_domain::Locale;
use essaim_domain::accounts::{EmailAddress, Role, check_new_password};
use essaim_domain::i18n::text;
use essaim_store::{Database, NewAccount, StoreError};

use crate::{now, passwords};

#[derive(Debug, thiserror::Error)]
pub enum CreateAccountError {
    #[error("adresse « {0} » invalide")]
    Email(String),
    #[error("mot de passe refusé : {0}")]
    Password(String),
    #[error("un compte existe déjà avec l'adresse {0}")]
    Exists(String),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

pub async fn create_account(
    db: &Database,
    email: &str,
    role: Role,
    password: &str,
) -> Result<i64, CreateAccountError> {
    let email =
        EmailAddress::parse(email).ok_or_else(|| CreateAccountError::Email(email.to_string()))?;
    check_new_password(password, &email).map_err(|problem| {
        CreateAccountError::Password(text(Locale::Fr, problem.message_key()).into_owned())
    })?;
    let password_hash = passwords::hash(password.to_string()).await?;
    let new = NewAccount {
        email: &email,
        password_hash: &password_hash,
        role,
        locale: Locale::Fr,
        verified: true,
    };
    let internal = |e: StoreError| CreateAccountError::Internal(e.into());
    let mut tx = db.begin().await.map_err(internal)?;
    let id = match tx.create_account(&new, now()).await {
        Ok(id) => id,
        Err(StoreError::AddressTaken) => return Err(CreateAccountError::Exists(email.to_string())),
        Err(e) => return Err(internal(e)),
    };
    tx.commit().await.map_err(internal)?;
    tracing::info!(target: "essaim::auth", event = "account.created-by-operator", account_id = id, role = role.slug());
    Ok(id)
}
