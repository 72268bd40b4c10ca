//! Replying to the forum by email. A received email (from the IMAP
//! mailbox or `essaim mail receive`) whose address carries a key becomes
//! a post of the member the key was made for, in that topic, without the
//! quoted message and the signature. Every other case gets an answer
//! saying why, with the member's words, and nothing is posted; robots
//! get no answer. Each email is handled once, by its Message-ID.

use essaim_domain::Locale;
use essaim_domain::accounts::EmailAddress;
use essaim_domain::community::email_reply::{KEY_DAYS, reply_text};
use essaim_domain::community::topic_path;

use super::post::{Receipt, write_reply};
use crate::mail::inbound::{Received, parse};
use crate::mail::{Mail, MailHeaders, queue_list_mail};
use crate::secrets::hash_token;
use crate::{App, Error, Result, now};

/// Answered refusals per sender and 24 hours, at most.
const REFUSALS_ANSWERED_PER_DAY: i64 = 5;

/// What became of an email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Posted {
        topic_id: i64,
        number: i64,
    },
    /// Not posted; the sender was told why (unless they were told too
    /// often today).
    Refused(Refusal),
    /// Not posted and not answered.
    Ignored(Ignored),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// No key, or a key the forum never made.
    UnknownKey,
    /// The key is older than 90 days.
    Expired,
    /// The email does not come from the address the key was sent to.
    Sender,
    Closed,
    /// The topic or the account is gone or hidden.
    Unavailable,
    /// Nothing above the quoted message.
    Empty,
    /// The forum's rules refused the post (a new member's limits…).
    Rules,
}

impl Refusal {
    pub fn slug(self) -> &'static str {
        match self {
            Refusal::UnknownKey => "inconnue",
            Refusal::Expired => "expiree",
            Refusal::Sender => "expediteur",
            Refusal::Closed => "ferme",
            Refusal::Unavailable => "indisponible",
            Refusal::Empty => "vide",
            Refusal::Rules => "refusee",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ignored {
    /// Not an email, or without a sender.
    Unreadable,
    /// An autoresponder, a bounce, a mailing list.
    Automatic,
    /// Already handled (fetched twice).
    Duplicate,
}

impl Outcome {
    /// For logs and `essaim mail receive`.
    pub fn slug(&self) -> &'static str {
        match self {
            Outcome::Posted { .. } => "publie",
            Outcome::Refused(refusal) => refusal.slug(),
            Outcome::Ignored(Ignored::Unreadable) => "illisible",
            Outcome::Ignored(Ignored::Automatic) => "automatique",
            Outcome::Ignored(Ignored::Duplicate) => "deja-traite",
        }
    }
}

/// Handles one received email. An error means a fault of ours (the
/// database is unreachable): the email should be tried again later.
pub async fn receive(app: &App, raw: &[u8]) -> Result<Outcome> {
    let Some(received) = parse(raw) else {
        return Ok(Outcome::Ignored(Ignored::Unreadable));
    };
    let Some(sender) = received.from.clone() else {
        return Ok(Outcome::Ignored(Ignored::Unreadable));
    };
    let db = app.db();
    if db
        .community_inbound_outcome(&received.message_id)
        .await?
        .is_some()
    {
        return Ok(Outcome::Ignored(Ignored::Duplicate));
    }
    if received.automatic {
        let mut tx = app.begin().await?;
        tx.claim_community_inbound(&received.message_id, &sender, "automatique", now())
            .await?;
        app.commit(tx).await?;
        return Ok(Outcome::Ignored(Ignored::Automatic));
    }
    let outcome = post_or_refuse(app, &received, &sender).await?;
    tracing::info!(target: "essaim::community", event = "email.received", outcome = outcome.slug());
    Ok(outcome)
}

async fn post_or_refuse(app: &App, received: &Received, sender: &str) -> Result<Outcome> {
    let db = app.db();
    let key = app.settings().reply_address.as_ref().and_then(|address| {
        received
            .recipients
            .iter()
            .find_map(|recipient| address.key_in(recipient))
    });
    let bound = match key {
        Some(key) => db.community_reply_key(&hash_token(&key)).await?,
        None => None,
    };
    let Some(bound) = bound else {
        return refuse(
            app,
            received,
            sender,
            Refusal::UnknownKey,
            None,
            String::new(),
        )
        .await;
    };
    let topic = db.community_topic(bound.topic_id, 0).await?;
    let title = topic.as_ref().map(|t| (t.id, t.title.clone()));
    let reason = |refusal| refuse(app, received, sender, refusal, title.clone(), String::new());
    if bound.created_at < now() - KEY_DAYS * 86_400 {
        return reason(Refusal::Expired).await;
    }
    let account = db.account_by_id(bound.account_id).await?;
    let Some(account) = account else {
        return reason(Refusal::Unavailable).await;
    };
    if account.email.to_lowercase() != sender {
        return reason(Refusal::Sender).await;
    }
    let Some(topic) = topic.filter(|t| t.hidden_at.is_none()) else {
        return reason(Refusal::Unavailable).await;
    };
    if topic.closed_at.is_some() {
        return reason(Refusal::Closed).await;
    }
    let text = reply_text(&received.text);
    if text.trim().is_empty() {
        return reason(Refusal::Empty).await;
    }
    let receipt = Receipt {
        message_id: &received.message_id,
        sender,
    };
    match write_reply(app, &account, topic.id, &text, None, Some(receipt)).await {
        Ok(Some(posted)) => Ok(Outcome::Posted {
            topic_id: posted.topic_id,
            number: posted.number,
        }),
        Ok(None) => Ok(Outcome::Ignored(Ignored::Duplicate)),
        Err(Error::Conflict("community-topic-closed")) => reason(Refusal::Closed).await,
        Err(Error::NotFound | Error::Forbidden) => reason(Refusal::Unavailable).await,
        Err(Error::Invalid(problems)) => {
            let problem = problems
                .iter()
                .map(|p| p.message(account.locale))
                .collect::<Vec<_>>()
                .join(" ");
            refuse(app, received, sender, Refusal::Rules, title, problem).await
        }
        Err(Error::Conflict(key)) => {
            let problem = essaim_domain::i18n::text(account.locale, key).into_owned();
            refuse(app, received, sender, Refusal::Rules, title, problem).await
        }
        Err(error @ Error::Internal(_)) => Err(error),
    }
}

/// Records the refusal and answers the sender with their words, in the
/// language of their account if they have one (French otherwise).
async fn refuse(
    app: &App,
    received: &Received,
    sender: &str,
    refusal: Refusal,
    topic: Option<(i64, String)>,
    problem: String,
) -> Result<Outcome> {
    let db = app.db();
    let answered_today = db.community_refusals_to(sender, now() - 86_400).await?;
    let locale = match EmailAddress::parse(sender) {
        Some(address) => db
            .account_by_email(&address)
            .await?
            .map_or(Locale::Fr, |a| a.account.locale),
        None => Locale::Fr,
    };
    let mut tx = app.begin().await?;
    if !tx
        .claim_community_inbound(&received.message_id, sender, refusal.slug(), now())
        .await?
    {
        return Ok(Outcome::Ignored(Ignored::Duplicate));
    }
    if answered_today < REFUSALS_ANSWERED_PER_DAY {
        // Their words, so that nothing is lost (all of it when the quote
        // could not be told apart).
        let text = match refusal {
            Refusal::Empty => String::new(),
            _ => Some(reply_text(&received.text))
                .filter(|t| !t.is_empty())
                .unwrap_or_else(|| received.text.trim().to_string()),
        };
        queue_list_mail(
            &mut tx,
            sender,
            locale,
            Mail::CommunityReplyRefused {
                reason: refusal.slug().to_string(),
                topic: topic.as_ref().map(|(_, t)| t.clone()).unwrap_or_default(),
                problem,
                text,
                link: match &topic {
                    Some((id, title)) => app.links().page(&topic_path(*id, title)),
                    None => app.links().page("/communaute"),
                },
            },
            MailHeaders {
                answering: (!received.message_id.starts_with("sha256:"))
                    .then(|| received.message_id.clone()),
                ..MailHeaders::default()
            },
        )
        .await?;
    } else {
        tracing::info!(target: "essaim::community", event = "email.refusal_unanswered", refusal = refusal.slug());
    }
    app.commit(tx).await?;
    Ok(Outcome::Refused(refusal))
}

/// Days the keys and the record of received emails are kept: past 90
/// days a key only earns a refusal, and after this it is forgotten.
const KEEP_DAYS: i64 = 2 * KEY_DAYS;

/// Housekeeping: forgets old keys and received emails.
pub async fn forget_old(app: &App) -> Result<()> {
    let mut tx = app.begin().await?;
    tx.forget_community_email_in(now() - KEEP_DAYS * 86_400)
        .await?;
    app.commit(tx).await
}
