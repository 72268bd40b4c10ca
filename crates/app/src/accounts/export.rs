//! Everything Essaim holds about a person, as one JSON document (RGPD
//! art. 15 and 20): the account, its sessions, the associations it belongs
//! to, the profiles it manages (each version, the references written in
//! them, the logos, the network's messages), the reports it filed, the notes
//! it wrote and the decisions it took, and what it wrote on the forum. Dates are written in the instance's time zone (RFC 3339).

use serde::Serialize;

use essaim_domain::date::TimeZone;
use essaim_domain::providers::ProviderRecord;
use essaim_store::Account;

use crate::{App, Result, now};

#[derive(Serialize)]
pub struct AccountExport {
    pub format: &'static str,
    pub version: u32,
    pub exported_at: String,
    pub account: ExportedAccount,
    /// Open sessions (times only; the tokens are never stored in clear).
    pub sessions: Vec<ExportedSession>,
    pub provider_profiles: Vec<ExportedProfile>,
    /// The associations the person belongs to, with their role.
    pub associations: Vec<ExportedAssociation>,
    /// Reports filed, notes written, decisions taken in moderation.
    pub moderation: Vec<ExportedTrace>,
    /// The name taken on the forum, what was written there, the email
    /// choices; `None` for someone who never wrote there.
    pub forum: Option<ExportedForum>,
}

#[derive(Serialize)]
pub struct ExportedForum {
    pub handle: String,
    pub display_name: String,
    pub since: String,
    pub notification_emails: bool,
    pub weekly_digest: bool,
    pub posts: Vec<ExportedPost>,
}

#[derive(Serialize)]
pub struct ExportedPost {
    pub topic: String,
    pub topic_id: i64,
    pub number: i64,
    /// As written, in Markdown.
    pub body: String,
    pub created_at: String,
    pub edited_at: Option<String>,
    pub hidden_by_moderation: bool,
}

#[derive(Serialize)]
pub struct ExportedAccount {
    pub email: String,
    pub role: &'static str,
    pub language: &'static str,
    pub email_verified_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Serialize)]
pub struct ExportedSession {
    pub created_at: String,
    pub last_seen_at: String,
    pub expires_at: String,
}

/// A profile the person manages, as it is kept.
#[derive(Serialize)]
pub struct ExportedProfile {
    pub slug: String,
    pub status: &'static str,
    pub manager_since: String,
    pub created_at: String,
    pub updated_at: String,
    pub published_at: Option<String>,
    /// The version being edited, with the references written in it and
    /// the referees' contacts.
    pub working_copy: ProviderRecord,
    /// What the public sees, if it is published.
    pub published: Option<ProviderRecord>,
    /// The version the network last sent back or refused, kept until the
    /// next approval.
    pub sent_back: Option<ProviderRecord>,
    /// The network's last message about it (changes asked, a reason).
    pub message_from_the_network: Option<String>,
    /// Addresses of its logos on this instance.
    pub logos: Vec<String>,
    pub contact_messages_relayed: i64,
}

/// An association the person belongs to, as it is kept.
#[derive(Serialize)]
pub struct ExportedAssociation {
    pub slug: String,
    pub name: String,
    pub role: &'static str,
    pub member_since: String,
    pub size: Option<&'static str>,
    /// INSEE code.
    pub commune: String,
    pub field: Option<&'static str>,
    pub website: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    /// Its roadmap, which the person shares with the other members.
    pub roadmap: Vec<ExportedItem>,
}

/// An item of an association's roadmap, with the statuses it took.
#[derive(Serialize)]
pub struct ExportedItem {
    pub need: String,
    pub current_tool: Option<String>,
    pub current_other: Option<String>,
    pub chosen_tool: Option<String>,
    pub priority: &'static str,
    pub status: &'static str,
    pub reason: Option<String>,
    pub target_date: Option<String>,
    pub notes: String,
    /// (status, reason, when)
    pub history: Vec<(&'static str, Option<String>, String)>,
}

#[derive(Serialize)]
pub struct ExportedTrace {
    /// `report`, `note` or `decision`.
    pub kind: &'static str,
    pub target_kind: String,
    pub target: String,
    pub text: String,
    pub at: String,
    pub closed_at: Option<String>,
}

pub async fn export(app: &App, account: &Account) -> Result<AccountExport> {
    let zone: &TimeZone = &app.settings().time_zone;
    let at = |seconds: i64| zone.timestamp(seconds);
    let sessions = app
        .db()
        .sessions_of(account.id)
        .await?
        .into_iter()
        .map(|s| ExportedSession {
            created_at: at(s.created_at),
            last_seen_at: at(s.last_seen_at),
            expires_at: at(s.expires_at),
        })
        .collect();
    let provider_profiles = app
        .db()
        .memberships_of(account.id)
        .await?
        .into_iter()
        .map(|membership| {
            let row = membership.row;
            // The logos kept on disk: those the working copy and the
            // published version show.
            let mut logos: Vec<String> = [Some(&row.profile), row.published.as_ref()]
                .into_iter()
                .flatten()
                .filter_map(|record| record.logo.as_ref())
                .map(|name| app.links().page(&format!("/medias/logos/{name}")))
                .collect();
            logos.dedup();
            ExportedProfile {
                status: row.status.slug(),
                manager_since: at(membership.since),
                created_at: at(row.created_at),
                updated_at: at(row.updated_at),
                published_at: row.published_at.map(at),
                message_from_the_network: row.decision_message.clone(),
                contact_messages_relayed: row.contact_count,
                logos,
                working_copy: row.profile,
                published: row.published,
                sent_back: row.sent_back,
                slug: row.slug,
            }
        })
        .collect();
    let mut associations = Vec::new();
    for membership in app.db().associations_of(account.id).await? {
        let row = membership.association;
        let mut roadmap = Vec::new();
        for item in app.db().roadmap_items(row.id).await? {
            let history = app
                .db()
                .roadmap_history(item.id)
                .await?
                .into_iter()
                .map(|h| (h.status.slug(), h.reason, at(h.at)))
                .collect();
            let item = item.item;
            roadmap.push(ExportedItem {
                need: item.need,
                current_tool: item.current_tool,
                current_other: item.current_other,
                chosen_tool: item.chosen_tool,
                priority: item.priority.slug(),
                status: item.status.slug(),
                reason: item.reason,
                target_date: item.target_date.map(|d| d.to_string()),
                notes: item.notes,
                history,
            });
        }
        associations.push(ExportedAssociation {
            role: membership.role.slug(),
            member_since: at(membership.since),
            size: row.details.size.map(|s| s.slug()),
            field: row.details.field.map(|f| f.slug()),
            commune: row.details.commune,
            website: row.details.website,
            name: row.details.name,
            created_at: at(row.created_at),
            updated_at: at(row.updated_at),
            slug: row.slug,
            roadmap,
        });
    }
    let moderation = app
        .db()
        .traces_of(account.id)
        .await?
        .into_iter()
        .map(|t| ExportedTrace {
            kind: t.kind,
            target_kind: t.target_kind,
            target: t.target_label,
            text: t.text,
            at: at(t.created_at),
            closed_at: t.closed_at.map(at),
        })
        .collect();
    let forum = match app.db().community_member(account.id).await? {
        None => None,
        Some(member) => {
            let settings = crate::community::email::settings_of(app, account).await?;
            let posts = app
                .db()
                .community_writings_of(account.id)
                .await?
                .into_iter()
                .map(|(post, topic)| ExportedPost {
                    topic,
                    topic_id: post.topic_id,
                    number: post.number,
                    body: post.body,
                    created_at: at(post.created_at),
                    edited_at: post.edited_at.map(at),
                    hidden_by_moderation: post.hidden_at.is_some(),
                })
                .collect();
            Some(ExportedForum {
                handle: member.handle,
                display_name: member.display_name,
                since: at(member.created_at),
                notification_emails: settings.notifications,
                weekly_digest: settings.digest,
                posts,
            })
        }
    };
    Ok(AccountExport {
        format: "essaim-account",
        version: 4,
        exported_at: at(now()),
        account: ExportedAccount {
            email: account.email.clone(),
            role: account.role.slug(),
            language: account.locale.code(),
            email_verified_at: account.email_verified_at.map(at),
            created_at: at(account.created_at),
            updated_at: at(account.updated_at),
        },
        sessions,
        provider_profiles,
        associations,
        moderation,
        forum,
    })
}
