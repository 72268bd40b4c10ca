//! The forum by email: each notification's email waits
//! `notification_delay`, then goes only if the member has not read the
//! post meanwhile, still wants emails, and is under the daily cap. It is
//! threaded by topic and carries a one-click unsubscribe address (RFC
//! 8058). Members choose here what the forum sends them.

use essaim_domain::community::topic_path;
use essaim_domain::markup::markdown_to_text;
use essaim_store::{Account, EmailSettings, Tx};
use serde::{Deserialize, Serialize};

use crate::mail::{Mail, MailHeaders, queue_list_mail};
use crate::secrets::{hash_token, looks_like_token, new_reply_key, new_token};
use crate::{App, Error, Result, now};

pub const JOB_KIND: &str = "forum-email";

#[derive(Serialize, Deserialize)]
struct Payload {
    notification: i64,
}

/// Where a member's one-click unsubscribe and email choices are.
pub fn settings_path(token: &str) -> String {
    format!("/communaute/courriels/{token}")
}

/// Queues the email of a notification, to be decided on after the delay.
pub(crate) async fn queue(app: &App, tx: &mut Tx, notification: i64) -> Result<()> {
    let payload = serde_json::to_string(&Payload { notification }).map_err(Error::internal)?;
    let at = now();
    tx.enqueue_job_after(
        JOB_KIND,
        &payload,
        at + app.settings().notification_delay_seconds,
        at,
    )
    .await?;
    Ok(())
}

/// The job: sends the email if it should still go, through the outbox.
pub async fn process(app: &App, payload: &str) -> Result<()> {
    let Payload { notification } = serde_json::from_str(payload).map_err(Error::internal)?;
    let db = app.db();
    let Some(n) = db.community_notification(notification).await? else {
        return Ok(());
    };
    if n.read_at.is_some() || n.emailed_at.is_some() {
        return Ok(());
    }
    let Some(account) = db.account_by_id(n.account_id).await? else {
        return Ok(());
    };
    let settings = db.community_email_settings(account.id).await?;
    if !account.is_verified() || settings.as_ref().is_some_and(|s| !s.notifications) {
        return Ok(());
    }
    let post = db.community_post(n.post_id).await?;
    let topic = db.community_topic(n.topic_id, 0).await?;
    let (Some(post), Some(topic)) = (post, topic) else {
        return Ok(());
    };
    if post.deleted_at.is_some() || post.hidden_at.is_some() || topic.hidden_at.is_some() {
        return Ok(());
    }
    let day_ago = now() - 86_400;
    if db.community_emails_since(account.id, day_ago).await?
        >= app.settings().notification_daily_cap
    {
        tracing::info!(target: "essaim::community", event = "email.capped", account_id = account.id, notification);
        return Ok(());
    }
    let mut tx = app.begin().await?;
    if !tx.claim_community_email(n.id, now()).await? {
        return Ok(());
    }
    let token = token_of(&mut tx, &account, settings).await?;
    let reply_to = match &app.settings().reply_address {
        Some(address) => {
            let key = new_reply_key();
            tx.add_community_reply_key(&hash_token(&key), account.id, post.id, now())
                .await?;
            Some(address.with_key(&key))
        }
        None => None,
    };
    let settings_link = app.links().page(&settings_path(&token));
    let link = app.links().page(&format!(
        "{}#m{}",
        topic_path(topic.id, &topic.title),
        post.number
    ));
    queue_list_mail(
        &mut tx,
        &account.email,
        account.locale,
        Mail::CommunityPost {
            reason: n.kind.slug().to_string(),
            topic: topic.title.clone(),
            author: n.actor.clone().unwrap_or_default(),
            text: markdown_to_text(&post.body),
            link,
            settings: settings_link.clone(),
            reply_by_email: reply_to.is_some(),
        },
        MailHeaders {
            reply_to,
            thread: Some(format!("communaute-sujet-{}", topic.id)),
            list: Some("communaute".into()),
            unsubscribe: Some(settings_link),
            ..MailHeaders::default()
        },
    )
    .await?;
    app.commit(tx).await
}

/// The member's unsubscribe token, made the first time it is needed.
async fn token_of(
    tx: &mut Tx,
    account: &Account,
    settings: Option<EmailSettings>,
) -> Result<String> {
    if let Some(settings) = settings {
        return Ok(settings.unsubscribe_token);
    }
    let settings = EmailSettings {
        account_id: account.id,
        notifications: true,
        digest: true,
        unsubscribe_token: new_token(),
        last_digest_at: None,
    };
    tx.save_community_email_settings(&settings).await?;
    Ok(settings.unsubscribe_token)
}

/// A member's email choices, as they stand (defaults without a row).
pub async fn settings_of(app: &App, account: &Account) -> Result<EmailSettings> {
    if let Some(settings) = app.db().community_email_settings(account.id).await? {
        return Ok(settings);
    }
    Ok(EmailSettings {
        account_id: account.id,
        notifications: true,
        digest: true,
        unsubscribe_token: String::new(),
        last_digest_at: None,
    })
}

/// A signed-in member chooses what the forum sends them.
pub async fn choose(app: &App, account: &Account, notifications: bool, digest: bool) -> Result<()> {
    let current = app.db().community_email_settings(account.id).await?;
    let mut tx = app.begin().await?;
    let token = token_of(&mut tx, account, current).await?;
    tx.save_community_email_settings(&EmailSettings {
        account_id: account.id,
        notifications,
        digest,
        unsubscribe_token: token,
        last_digest_at: None,
    })
    .await?;
    app.commit(tx).await
}

/// The member a link's token names, if it is one.
pub async fn by_token(app: &App, token: &str) -> Result<EmailSettings> {
    if !looks_like_token(token) {
        return Err(Error::NotFound);
    }
    app.db()
        .community_email_settings_by_token(token)
        .await?
        .ok_or(Error::NotFound)
}

/// One click (or the mail client, RFC 8058): no more forum emails.
pub async fn unsubscribe(app: &App, token: &str) -> Result<()> {
    let mut settings = by_token(app, token).await?;
    settings.notifications = false;
    settings.digest = false;
    let mut tx = app.begin().await?;
    tx.save_community_email_settings(&settings).await?;
    app.commit(tx).await?;
    tracing::info!(target: "essaim::community", event = "email.unsubscribed", account_id = settings.account_id);
    Ok(())
}

/// From the link of an email: choices without signing in.
pub async fn choose_by_token(
    app: &App,
    token: &str,
    notifications: bool,
    digest: bool,
) -> Result<()> {
    let mut settings = by_token(app, token).await?;
    settings.notifications = notifications;
    settings.digest = digest;
    let mut tx = app.begin().await?;
    tx.save_community_email_settings(&settings).await?;
    app.commit(tx).await
}
