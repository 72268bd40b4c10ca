//! Several managers per profile: a manager invites an address, the person
//! with that address accepts while signed in, and a manager may leave as
//! long as another one remains.

use essaim_domain::accounts::EmailAddress;
use essaim_domain::moderation::LogKind;
use essaim_store::{Account, Recipient};

use super::{log, managed};
use crate::mail::{Mail, queue_mail};
use crate::secrets::{hash_token, looks_like_token, new_token};
use crate::{App, Error, Result, now};

pub const INVITATION_SECONDS: i64 = 7 * 24 * 3600;

pub async fn managers(app: &App, account: &Account, slug: &str) -> Result<Vec<Recipient>> {
    let row = managed(app, account, slug).await?;
    Ok(app.db().provider_managers(row.id).await?)
}

pub async fn invite(app: &App, account: &Account, slug: &str, email: &str) -> Result<()> {
    let row = managed(app, account, slug).await?;
    let Some(email) = EmailAddress::parse(email) else {
        return Err(Error::field(
            "invite_email",
            "providers-invite-email-invalid",
        ));
    };
    let current = app.db().provider_managers(row.id).await?;
    if current.iter().any(|m| m.email == email.as_str()) {
        return Err(Error::field(
            "invite_email",
            "providers-invite-already-manager",
        ));
    }
    let token = new_token();
    let now = now();
    let mut tx = app.begin().await?;
    tx.create_provider_invitation(
        &hash_token(&token),
        row.id,
        email.as_str(),
        account.id,
        now,
        now + INVITATION_SECONDS,
    )
    .await?;
    log(
        &mut tx,
        LogKind::ManagerInvited,
        account,
        &row,
        email.as_str(),
    )
    .await?;
    let link = app
        .links()
        .with_token("/espace-prestataire/invitation", &token);
    queue_mail(
        &mut tx,
        email.as_str(),
        account.locale,
        Mail::ManagerInvitation {
            name: row.profile.name.clone(),
            link,
        },
    )
    .await?;
    app.commit(tx).await
}

pub enum Acceptance {
    /// The slug of the profile now managed.
    Joined(String),
    LinkInvalid,
    /// Signed in with another address than the one invited.
    OtherAddress,
}

/// The invited address and profile name, for the page the link opens.
pub async fn describe_invitation(app: &App, token: &str) -> Result<Option<(String, String)>> {
    if !looks_like_token(token) {
        return Ok(None);
    }
    let Some(invitation) = app
        .db()
        .peek_provider_invitation(&hash_token(token), now())
        .await?
    else {
        return Ok(None);
    };
    let name = app
        .db()
        .provider_by_id(invitation.provider_id)
        .await?
        .map(|r| r.profile.name)
        .unwrap_or_default();
    Ok(Some((invitation.email, name)))
}

pub async fn accept(app: &App, account: &Account, token: &str) -> Result<Acceptance> {
    if !looks_like_token(token) {
        return Ok(Acceptance::LinkInvalid);
    }
    let hash = hash_token(token);
    let Some(invitation) = app.db().peek_provider_invitation(&hash, now()).await? else {
        return Ok(Acceptance::LinkInvalid);
    };
    if invitation.email != account.email {
        return Ok(Acceptance::OtherAddress);
    }
    let Some(row) = app.db().provider_by_id(invitation.provider_id).await? else {
        return Ok(Acceptance::LinkInvalid);
    };
    let mut tx = app.begin().await?;
    if tx
        .accept_provider_invitation(&hash, account.id, now())
        .await?
        .is_none()
    {
        return Ok(Acceptance::LinkInvalid);
    }
    super::become_provider::become_provider_in(&mut tx, account).await?;
    log(
        &mut tx,
        LogKind::ManagerJoined,
        account,
        &row,
        &account.email,
    )
    .await?;
    app.commit(tx).await?;
    Ok(Acceptance::Joined(row.slug))
}

pub async fn leave(app: &App, account: &Account, slug: &str) -> Result<()> {
    let row = managed(app, account, slug).await?;
    let mut tx = app.begin().await?;
    if !tx.remove_provider_manager(row.id, account.id).await? {
        return Err(Error::field("leave", "providers-leave-last-manager"));
    }
    log(&mut tx, LogKind::ManagerLeft, account, &row, &account.email).await?;
    app.commit(tx).await
}
