//! Several managers per profile: a manager invites an address, the person
//! with that address accepts while signed in, and a manager may leave as
//! long as another one remains.

use essaim_domain::accounts::EmailAddress;
use essaim_domain::moderation::{LogKind, TARGET_PROVIDER};
use essaim_domain::providers::FieldError;
use essaim_store::{Account, NewLogEntry, Recipient};

use super::{ProviderError, managed};
use crate::mail::{Mail, queue_mail};
use crate::secrets::{hash_token, looks_like_token, new_token};
use crate::{App, now};

pub const INVITATION_SECONDS: i64 = 7 * 24 * 3600;

fn field(name: &str, message: &str) -> ProviderError {
    ProviderError::Invalid(vec![FieldError {
        field: name.into(),
        message: message.into(),
    }])
}

pub async fn managers(
    app: &App,
    account: &Account,
    slug: &str,
) -> Result<Vec<Recipient>, ProviderError> {
    let row = managed(app, account, slug).await?;
    Ok(app.db().provider_managers(row.id).await?)
}

pub async fn invite(
    app: &App,
    account: &Account,
    slug: &str,
    email: &str,
) -> Result<(), ProviderError> {
    let row = managed(app, account, slug).await?;
    let Some(email) = EmailAddress::parse(email) else {
        return Err(field(
            "invite_email",
            "cette adresse électronique n'est pas valide",
        ));
    };
    let current = app.db().provider_managers(row.id).await?;
    if current.iter().any(|m| m.email == email.as_str()) {
        return Err(field("invite_email", "cette personne gère déjà la fiche"));
    }
    let token = new_token();
    let now = now();
    app.db()
        .create_provider_invitation(
            &hash_token(&token),
            row.id,
            email.as_str(),
            account.id,
            now,
            now + INVITATION_SECONDS,
        )
        .await?;
    app.db()
        .log_moderation(
            &NewLogEntry {
                kind: LogKind::ManagerInvited.slug(),
                actor_id: Some(account.id),
                target_kind: TARGET_PROVIDER,
                target_id: row.id,
                target_label: &row.slug,
                reason: email.as_str(),
            },
            now,
        )
        .await?;
    let link = app
        .links()
        .with_token("/espace-prestataire/invitation", &token);
    queue_mail(
        app,
        email.as_str(),
        account.locale,
        Mail::ManagerInvitation {
            name: row.profile.name.clone(),
            link,
        },
    )
    .await?;
    Ok(())
}

pub enum Acceptance {
    /// The slug of the profile now managed.
    Joined(String),
    LinkInvalid,
    /// Signed in with another address than the one invited.
    OtherAddress(String),
}

/// The invited address and profile name, for the page the link opens.
pub async fn describe_invitation(
    app: &App,
    token: &str,
) -> anyhow::Result<Option<(String, String)>> {
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

pub async fn accept(app: &App, account: &Account, token: &str) -> anyhow::Result<Acceptance> {
    if !looks_like_token(token) {
        return Ok(Acceptance::LinkInvalid);
    }
    let hash = hash_token(token);
    let Some(invitation) = app.db().peek_provider_invitation(&hash, now()).await? else {
        return Ok(Acceptance::LinkInvalid);
    };
    if invitation.email != account.email {
        return Ok(Acceptance::OtherAddress(invitation.email));
    }
    let Some(provider_id) = app
        .db()
        .accept_provider_invitation(&hash, account.id, now())
        .await?
    else {
        return Ok(Acceptance::LinkInvalid);
    };
    super::become_provider::become_provider(app, account).await?;
    let row = app
        .db()
        .provider_by_id(provider_id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("fiche disparue"))?;
    app.db()
        .log_moderation(
            &NewLogEntry {
                kind: LogKind::ManagerJoined.slug(),
                actor_id: Some(account.id),
                target_kind: TARGET_PROVIDER,
                target_id: row.id,
                target_label: &row.slug,
                reason: &account.email,
            },
            now(),
        )
        .await?;
    Ok(Acceptance::Joined(row.slug))
}

pub async fn leave(app: &App, account: &Account, slug: &str) -> Result<(), ProviderError> {
    let row = managed(app, account, slug).await?;
    if !app.db().remove_provider_manager(row.id, account.id).await? {
        return Err(field(
            "leave",
            "vous êtes la seule personne à gérer cette fiche : invitez-en une autre avant de partir",
        ));
    }
    app.db()
        .log_moderation(
            &NewLogEntry {
                kind: LogKind::ManagerLeft.slug(),
                actor_id: Some(account.id),
                target_kind: TARGET_PROVIDER,
                target_id: row.id,
                target_label: &row.slug,
                reason: &account.email,
            },
            now(),
        )
        .await?;
    Ok(())
}
