//! Who belongs to an association: a responsable invites an address with a
//! role, the person with that address accepts while signed in; a
//! responsable changes roles or removes a member; anyone may leave, as long
//! as a responsable remains.

use essaim_domain::accounts::EmailAddress;
use essaim_domain::taxonomy::MemberRole;
use essaim_store::{Account, AssociationInvitation, AssociationMember};

use super::{belonging, run_by};
use crate::mail::{Mail, queue_mail};
use crate::secrets::{hash_token, looks_like_token, new_token};
use crate::{App, Error, Result, now};

pub const INVITATION_SECONDS: i64 = 7 * 24 * 3600;

/// The members and the invitations still pending, for the members' eyes.
pub async fn members(
    app: &App,
    account: &Account,
    slug: &str,
) -> Result<(Vec<AssociationMember>, Vec<AssociationInvitation>)> {
    let (row, _) = belonging(app, account, slug).await?;
    Ok((
        app.db().association_members(row.id).await?,
        app.db().association_invitations(row.id, now()).await?,
    ))
}

/// Invites an address; inviting it again replaces the pending invitation
/// (a new link, a new week).
pub async fn invite(
    app: &App,
    account: &Account,
    slug: &str,
    email: &str,
    role: Option<MemberRole>,
) -> Result<()> {
    let row = run_by(app, account, slug).await?;
    let Some(email) = EmailAddress::parse(email) else {
        return Err(Error::field(
            "invite_email",
            "associations-invite-email-invalid",
        ));
    };
    let Some(role) = role else {
        return Err(Error::field(
            "invite_role",
            "associations-invite-role-missing",
        ));
    };
    let members = app.db().association_members(row.id).await?;
    if members.iter().any(|m| m.person.email == email.as_str()) {
        return Err(Error::field(
            "invite_email",
            "associations-invite-already-member",
        ));
    }
    let token = new_token();
    let now = now();
    let mut tx = app.begin().await?;
    tx.cancel_association_invitations(row.id, email.as_str())
        .await?;
    tx.create_association_invitation(
        &hash_token(&token),
        &AssociationInvitation {
            association_id: row.id,
            email: email.as_str().to_string(),
            role,
            expires_at: now + INVITATION_SECONDS,
        },
        account.id,
        now,
    )
    .await?;
    let link = app
        .links()
        .with_token("/espace-association/invitation", &token);
    queue_mail(
        &mut tx,
        email.as_str(),
        account.locale,
        Mail::AssociationInvitation {
            name: row.details.name.clone(),
            responsable: role == MemberRole::Responsable,
            link,
        },
    )
    .await?;
    app.commit(tx).await
}

/// Withdraws a pending invitation: its link stops working.
pub async fn cancel_invitation(
    app: &App,
    account: &Account,
    slug: &str,
    email: &str,
) -> Result<()> {
    let row = run_by(app, account, slug).await?;
    let mut tx = app.begin().await?;
    if tx.cancel_association_invitations(row.id, email).await? == 0 {
        return Err(Error::NotFound);
    }
    app.commit(tx).await
}

pub enum Acceptance {
    /// The slug of the association joined.
    Joined(String),
    LinkInvalid,
    /// Signed in with another address than the one invited.
    OtherAddress,
}

/// The name of the association an invitation opens, for the page the link
/// leads to.
pub async fn describe_invitation(app: &App, token: &str) -> Result<Option<String>> {
    if !looks_like_token(token) {
        return Ok(None);
    }
    let Some(invitation) = app
        .db()
        .peek_association_invitation(&hash_token(token), now())
        .await?
    else {
        return Ok(None);
    };
    Ok(app
        .db()
        .association_by_id(invitation.association_id)
        .await?
        .map(|row| row.details.name))
}

pub async fn accept(app: &App, account: &Account, token: &str) -> Result<Acceptance> {
    if !looks_like_token(token) {
        return Ok(Acceptance::LinkInvalid);
    }
    let hash = hash_token(token);
    let Some(invitation) = app.db().peek_association_invitation(&hash, now()).await? else {
        return Ok(Acceptance::LinkInvalid);
    };
    if invitation.email != account.email {
        return Ok(Acceptance::OtherAddress);
    }
    let Some(row) = app
        .db()
        .association_by_id(invitation.association_id)
        .await?
    else {
        return Ok(Acceptance::LinkInvalid);
    };
    let mut tx = app.begin().await?;
    if tx
        .accept_association_invitation(&hash, account.id, now())
        .await?
        .is_none()
    {
        return Ok(Acceptance::LinkInvalid);
    }
    app.commit(tx).await?;
    tracing::info!(target: "essaim::associations", event = "member.joined", account_id = account.id, association = row.slug);
    Ok(Acceptance::Joined(row.slug))
}

/// Leaves the association, unless the account is its last responsable.
pub async fn leave(app: &App, account: &Account, slug: &str) -> Result<()> {
    let (row, _) = belonging(app, account, slug).await?;
    let mut tx = app.begin().await?;
    if !tx.remove_association_member(row.id, account.id).await? {
        return Err(Error::field("leave", "associations-leave-last-responsable"));
    }
    app.commit(tx).await
}

/// A responsable gives a member another role; the last responsable cannot
/// step down before naming another.
pub async fn set_role(
    app: &App,
    account: &Account,
    slug: &str,
    member_id: i64,
    role: Option<MemberRole>,
) -> Result<()> {
    let row = run_by(app, account, slug).await?;
    let Some(role) = role else {
        return Err(Error::field("members", "associations-invite-role-missing"));
    };
    if app
        .db()
        .association_role(row.id, member_id)
        .await?
        .is_none()
    {
        return Err(Error::NotFound);
    }
    let mut tx = app.begin().await?;
    if !tx.set_association_role(row.id, member_id, role).await? {
        return Err(Error::field(
            "members",
            "associations-role-last-responsable",
        ));
    }
    app.commit(tx).await
}

/// A responsable removes a member (another responsable too, but never the
/// last one).
pub async fn remove(app: &App, account: &Account, slug: &str, member_id: i64) -> Result<()> {
    let row = run_by(app, account, slug).await?;
    if app
        .db()
        .association_role(row.id, member_id)
        .await?
        .is_none()
    {
        return Err(Error::NotFound);
    }
    let mut tx = app.begin().await?;
    if !tx.remove_association_member(row.id, member_id).await? {
        return Err(Error::field(
            "members",
            "associations-role-last-responsable",
        ));
    }
    app.commit(tx).await
}
