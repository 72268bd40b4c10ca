//! The weekly digest: on Monday morning where the instance is, each
//! verified member who has not said no gets the week's active topics —
//! of the categories they follow, or of all but those they muted — the
//! liveliest first. Each node's hourly housekeeping looks; a member's
//! digest is claimed in the unit of work that queues it, so that two
//! nodes never send it twice.

use essaim_domain::community::following::{Watch, digest_due};
use essaim_store::TopicRow;

use crate::mail::{Mail, MailHeaders, queue_list_mail};
use crate::secrets::new_token;
use crate::{App, Result, now};

/// Topics a digest lists at most.
const TOPICS: usize = 10;

/// Queues the digests due; returns how many.
pub async fn send_due(app: &App) -> Result<usize> {
    let at = now();
    let due = digest_due(&app.settings().time_zone, at);
    let accounts = app.db().community_digest_due(due).await?;
    if accounts.is_empty() {
        return Ok(0);
    }
    let active = app
        .db()
        .community_active_topics(at - 7 * 86_400, 100)
        .await?;
    let mut sent = 0;
    for account_id in accounts {
        let Some(account) = app.db().account_by_id(account_id).await? else {
            continue;
        };
        let followed = app.db().community_followed_categories(account.id).await?;
        let topics = for_member(&active, &followed);
        let mut tx = app.begin().await?;
        let Some(token) = tx
            .claim_community_digest(account.id, &new_token(), due, at)
            .await?
        else {
            continue;
        };
        if topics.is_empty() {
            // Nothing this week: claimed all the same, not sent.
            app.commit(tx).await?;
            continue;
        }
        let lines = topics
            .iter()
            .map(|(topic, recent)| {
                format!(
                    "{} ({})\n{}",
                    topic.title,
                    essaim_domain::i18n::translate_with(
                        account.locale,
                        "community-digest-posts",
                        &[("count", (*recent).into())]
                    ),
                    app.links().page(&essaim_domain::community::topic_path(
                        topic.id,
                        &topic.title
                    ))
                )
            })
            .collect();
        let settings = app.links().page(&super::email::settings_path(&token));
        queue_list_mail(
            &mut tx,
            &account.email,
            account.locale,
            Mail::CommunityDigest {
                topics: lines,
                link: app.links().page("/communaute"),
                settings: settings.clone(),
            },
            MailHeaders {
                list: Some("communaute".into()),
                unsubscribe: Some(settings),
                ..MailHeaders::default()
            },
        )
        .await?;
        app.commit(tx).await?;
        sent += 1;
    }
    if sent > 0 {
        tracing::info!(target: "essaim::community", event = "digest.queued", count = sent);
    }
    Ok(sent)
}

/// The topics of the week for one member: those of the categories they
/// follow if they follow some, else all but the muted ones.
fn for_member<'a>(
    active: &'a [(TopicRow, i64)],
    followed: &[(i64, Watch)],
) -> Vec<&'a (TopicRow, i64)> {
    let following: Vec<i64> = followed
        .iter()
        .filter(|(_, w)| !matches!(w, Watch::Muted | Watch::Normal))
        .map(|(c, _)| *c)
        .collect();
    let muted: Vec<i64> = followed
        .iter()
        .filter(|(_, w)| *w == Watch::Muted)
        .map(|(c, _)| *c)
        .collect();
    active
        .iter()
        .filter(|(t, _)| {
            if following.is_empty() {
                !muted.contains(&t.category_id)
            } else {
                following.contains(&t.category_id)
            }
        })
        .take(TOPICS)
        .collect()
}
