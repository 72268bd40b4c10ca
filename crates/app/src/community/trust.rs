//! How far the forum trusts a member (`essaim_domain::community::trust`):
//! their level, the limits a new member's post must keep, and a
//! moderator's decision on someone's level, in the one log.

use essaim_domain::community::trust::{Standing, Trust, limits, trust};
use essaim_domain::markup::markdown_to_html;
use essaim_domain::moderation::{LogKind, Target, TargetKind};
use essaim_store::{Account, CommunityMember};

use crate::{App, Error, Result, now};

/// A member's level now; `member` is `None` for someone who has not
/// written yet (they join the forum with this post).
pub async fn level(
    app: &App,
    account: &Account,
    member: Option<&CommunityMember>,
) -> Result<Trust> {
    let standing = Standing {
        set: member.and_then(|m| m.trust),
        moderator: account.role.can_moderate(),
        joined_at: member.map_or(now(), |m| m.created_at),
        topics_read: app.db().community_topics_read(account.id).await?,
    };
    Ok(trust(&standing, &app.settings().trust, now()))
}

/// What a post must keep, given who writes it; returns whether it is the
/// first post of a new member whom the instance asks to be approved.
pub(crate) async fn check_post(
    app: &App,
    account: &Account,
    body: &str,
    opens_topic: bool,
) -> Result<bool> {
    let member = app.db().community_member(account.id).await?;
    let level = level(app, account, member.as_ref()).await?;
    let joined_at = member.as_ref().map_or(now(), |m| m.created_at);
    let recent = app.db().community_recent(account.id, joined_at).await?;
    let links = markdown_to_html(body).as_str().matches("<a ").count();
    let problems = limits(level, links, opens_topic, &recent, now());
    if !problems.is_empty() {
        tracing::info!(target: "essaim::community", event = "post.limited", account_id = account.id);
        return Err(Error::Invalid(problems));
    }
    Ok(app.settings().hold_first_post && level == Trust::New && recent.posts == 0)
}

/// Whether flags from this member count towards hiding a post.
pub(crate) async fn counts_for_flags(app: &App, account_id: i64) -> Result<bool> {
    let Some(account) = app.db().account_by_id(account_id).await? else {
        return Ok(false);
    };
    let member = app.db().community_member(account_id).await?;
    Ok(level(app, &account, member.as_ref()).await? > Trust::New)
}

/// A moderator sets a member's level (`None`: the forum decides again).
pub async fn set_level(
    app: &App,
    moderator: &Account,
    handle: &str,
    level: Option<Trust>,
    reason: &str,
) -> Result<()> {
    if !moderator.role.can_moderate() {
        return Err(Error::Forbidden);
    }
    let member = app
        .db()
        .community_member_by_handle(handle)
        .await?
        .ok_or(Error::NotFound)?;
    let mut tx = app.begin().await?;
    tx.set_community_trust(member.account_id, level).await?;
    crate::moderation::log(
        &mut tx,
        LogKind::TrustChanged,
        moderator,
        Target {
            kind: TargetKind::CommunityMember,
            id: member.account_id,
        },
        &member.handle,
        &format!(
            "{}{}{}",
            level.map_or("automatique", Trust::slug),
            if reason.trim().is_empty() {
                ""
            } else {
                " — "
            },
            reason.trim()
        ),
    )
    .await?;
    app.commit(tx).await
}
