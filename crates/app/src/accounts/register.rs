//! Registration. The request only checks the form, hashes the password and
//! queues a job; the job creates the account or, when the address is
//! already known, tells its owner. The answer is thus the same, and takes
//! the same time, whether the address is known or not.

use essaim_domain::Locale;
use essaim_domain::accounts::Role;
use essaim_store::{NewAccount, StoreError, TokenPurpose, Tx};
use serde::{Deserialize, Serialize};

use super::{VERIFY_EMAIL_SECONDS, check_password, issue_link, parse_email};
use crate::Error;
use crate::mail::{Mail, queue_mail};
use crate::{App, passwords};

pub(crate) const JOB_KIND: &str = "registration";
pub(crate) const RESEND_JOB_KIND: &str = "verification-resend";

#[derive(Serialize, Deserialize)]
struct Registration {
    email: String,
    password_hash: String,
    locale: Locale,
    /// Asked to manage provider profiles from the start.
    #[serde(default)]
    provider: bool,
}

pub async fn request(
    app: &App,
    email: &str,
    password: &str,
    locale: Locale,
    provider: bool,
) -> crate::Result<()> {
    let email = parse_email("email", email)?;
    check_password("password", password, &email)?;
    let password_hash = passwords::hash(password.to_string()).await?;
    let payload = Registration {
        email: email.to_string(),
        password_hash,
        locale,
        provider,
    };
    let payload = serde_json::to_string(&payload).map_err(Error::internal)?;
    let mut tx = app.begin().await?;
    crate::jobs::enqueue(&mut tx, JOB_KIND, &payload).await?;
    app.commit(tx).await
}

pub(crate) async fn process(app: &App, payload: &str) -> crate::Result<()> {
    let registration: Registration = serde_json::from_str(payload).map_err(Error::internal)?;
    let email = essaim_domain::accounts::EmailAddress::parse(&registration.email)
        .ok_or_else(|| Error::internal(anyhow::anyhow!("adresse illisible dans la tâche")))?;
    let mut tx = app.begin().await?;
    match app.db().account_by_email(&email).await? {
        Some(existing) if existing.account.is_verified() => {
            tracing::info!(target: "essaim::auth", event = "registration.known-address", account_id = existing.account.id);
            let mail = Mail::AlreadyRegistered {
                sign_in: app.links().page("/connexion"),
                reset: app.links().page("/mot-de-passe-oublie"),
            };
            queue_mail(&mut tx, email.as_str(), existing.account.locale, mail).await?;
        }
        Some(existing) => {
            // Not yet confirmed: the first password stands; a new link goes out.
            send_verification(
                app,
                &mut tx,
                existing.account.id,
                email.as_str(),
                existing.account.locale,
            )
            .await?;
        }
        None => {
            let new = NewAccount {
                email: &email,
                password_hash: &registration.password_hash,
                role: if registration.provider {
                    Role::Prestataire
                } else {
                    Role::Membre
                },
                locale: registration.locale,
                verified: false,
            };
            let id = match tx.create_account(&new, crate::now()).await {
                Ok(id) => id,
                // Two registrations of one address at once: the other won.
                Err(StoreError::AddressTaken) => return Ok(()),
                Err(e) => return Err(e.into()),
            };
            tracing::info!(target: "essaim::auth", event = "registration.created", account_id = id);
            send_verification(app, &mut tx, id, email.as_str(), registration.locale).await?;
        }
    }
    app.commit(tx).await
}

/// Issues a confirmation link and queues the email that carries it.
pub(crate) async fn send_verification(
    app: &App,
    tx: &mut Tx,
    account_id: i64,
    email: &str,
    locale: Locale,
) -> crate::Result<()> {
    let link = issue_link(
        app,
        tx,
        account_id,
        TokenPurpose::VerifyEmail,
        None,
        VERIFY_EMAIL_SECONDS,
        "/inscription/confirmer",
    )
    .await?;
    queue_mail(tx, email, locale, Mail::VerifyEmail { link }).await
}

#[derive(Serialize, Deserialize)]
struct Resend {
    email: String,
}

/// "Send the link again": answered the same way whatever the address, like
/// registration; the job sends a new link only to an account still waiting
/// for its confirmation.
pub async fn resend(app: &App, email: &str) -> crate::Result<()> {
    let email = parse_email("email", email)?;
    let payload = serde_json::to_string(&Resend {
        email: email.to_string(),
    })
    .map_err(Error::internal)?;
    let mut tx = app.begin().await?;
    crate::jobs::enqueue(&mut tx, RESEND_JOB_KIND, &payload).await?;
    app.commit(tx).await
}

pub(crate) async fn process_resend(app: &App, payload: &str) -> crate::Result<()> {
    let resend: Resend = serde_json::from_str(payload).map_err(Error::internal)?;
    let Some(email) = essaim_domain::accounts::EmailAddress::parse(&resend.email) else {
        return Ok(());
    };
    let Some(existing) = app.db().account_by_email(&email).await? else {
        return Ok(());
    };
    if existing.account.is_verified() {
        return Ok(());
    }
    let mut tx = app.begin().await?;
    send_verification(
        app,
        &mut tx,
        existing.account.id,
        email.as_str(),
        existing.account.locale,
    )
    .await?;
    app.commit(tx).await?;
    tracing::info!(target: "essaim::auth", event = "registration.link-resent", account_id = existing.account.id);
    Ok(())
}
