//! The emails Essaim sends, written in the recipient's language from the
//! Fluent catalogues, each with a plain-text and an HTML part.

use essaim_domain::Locale;
use essaim_domain::i18n::translate_with;
use serde::{Deserialize, Serialize};

mod pooling;
pub use pooling::PoolingMail;

/// Every email, with what it needs to be written. Stored as JSON in the
/// jobs table until it is sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Mail {
    /// Confirms the address given at registration.
    VerifyEmail {
        link: String,
    },
    /// Someone registered with an address that already has an account.
    AlreadyRegistered {
        sign_in: String,
        reset: String,
    },
    ResetPassword {
        link: String,
    },
    /// Sent to the new address before it replaces the old one.
    ConfirmNewEmail {
        link: String,
    },
    /// Sent to the old address once the change is done.
    EmailChanged {
        new_email: String,
    },
    PasswordChanged {
        reset: String,
    },
    AccountDeleted,
    /// To moderators: a profile (or a new version) waits for review.
    ProfileSubmitted {
        name: String,
        link: String,
    },
    /// To a profile's managers: what the network decided.
    ProfileDecision {
        name: String,
        decision: Decision,
        /// The moderator's message or reason, when there is one.
        message: Option<String>,
        link: String,
    },
    /// To a profile's managers: it is a year since it was last verified.
    ProfileReminder {
        name: String,
        link: String,
    },
    /// To someone invited to manage a profile.
    ManagerInvitation {
        name: String,
        link: String,
    },
    /// To someone invited to join an association.
    AssociationInvitation {
        name: String,
        /// Invited as a responsable rather than a member.
        responsable: bool,
        link: String,
    },
    /// To the member who now runs an association, because its last
    /// responsable deleted their account.
    AssociationHandedOver {
        name: String,
        link: String,
    },
    /// To moderators: a member reported something.
    ReportFiled {
        name: String,
        /// The reason's slug (`essaim_domain::moderation::ReportReason`).
        reason: String,
        comment: String,
        link: String,
    },
    /// To the member who reported: what the network made of it.
    ReportClosed {
        name: String,
        resolved: bool,
        note: Option<String>,
    },
    /// A visitor's message through the contact form, relayed to the
    /// managers (replies go to the visitor) or copied to the visitor.
    ContactMessage {
        name: String,
        sender: String,
        sender_email: String,
        association: String,
        message: String,
        copy: bool,
        /// To the network's team, because nobody manages the profile.
        #[serde(default)]
        network: bool,
    },
    /// A forum post the member hears of, with its words.
    CommunityPost {
        /// Why the member hears of it: the notification's kind
        /// (`essaim_domain::community::following`).
        reason: String,
        topic: String,
        author: String,
        /// The post as plain text.
        text: String,
        link: String,
        /// Where the member sets what the forum sends them.
        settings: String,
        /// A reply to this email becomes a post (an inbound path is set).
        #[serde(default)]
        reply_by_email: bool,
    },
    /// A reply by email that was not published, and why; the member's
    /// words come back with it so that nothing is lost.
    CommunityReplyRefused {
        /// `inconnue`, `expiree`, `expediteur`, `ferme`, `indisponible`,
        /// `vide` or `refusee`.
        reason: String,
        /// The topic's title, when the key named one.
        topic: String,
        /// What the forum objected to (`refusee`), in the member's language.
        problem: String,
        text: String,
        link: String,
    },
    /// A new member's first post waits for a moderator's approval.
    CommunityPostHeld {
        topic: String,
        author: String,
        text: String,
        link: String,
    },
    /// The week on the forum: the topics of the categories a member
    /// follows, the most active first.
    CommunityDigest {
        /// One line per topic: its title, its replies and its address.
        topics: Vec<String>,
        link: String,
        settings: String,
    },
    /// A pooled need's campaign: reached, released, or a week from its
    /// deadline.
    Pooling(PoolingMail),
}

/// Decisions of the network that its managers hear about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Decision {
    Approved,
    ChangesRequested,
    Refused,
    Suspended,
    Reinstated,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComposedEmail {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// The parts of an email before layout: paragraphs and at most one action.
struct Content {
    subject_key: &'static str,
    paragraph_keys: &'static [&'static str],
    action: Option<(&'static str, String)>,
    extra: Option<(&'static str, String)>,
    /// The `$name` of the messages (a profile's name).
    name: Option<String>,
    /// The `$reason` of the messages: the key of a report's reason.
    reason_key: Option<&'static str>,
    /// Other arguments of the messages (`$author` of a forum post).
    more: Vec<(&'static str, String)>,
}

fn content(mail: &Mail) -> Content {
    match mail {
        Mail::Pooling(mail) => pooling::content(mail),
        Mail::CommunityPost {
            reason,
            topic,
            author,
            text,
            link,
            settings,
            reply_by_email,
        } => Content {
            subject_key: "mail-community-post-subject",
            paragraph_keys: community_post_paragraphs(reason, *reply_by_email),
            action: Some(("mail-community-post-action", link.clone())),
            extra: Some(("mail-community-post-label", text.clone())),
            name: Some(topic.clone()),
            reason_key: None,
            more: vec![("author", author.clone()), ("settings", settings.clone())],
        },
        Mail::CommunityReplyRefused {
            reason,
            topic,
            problem,
            text,
            link,
        } => Content {
            subject_key: "mail-community-refused-subject",
            paragraph_keys: match reason.as_str() {
                "inconnue" => &[
                    "mail-community-refused-unknown",
                    "mail-community-refused-nothing",
                ],
                "expiree" => &[
                    "mail-community-refused-expired",
                    "mail-community-refused-nothing",
                ],
                "expediteur" => &[
                    "mail-community-refused-sender",
                    "mail-community-refused-nothing",
                ],
                "ferme" => &[
                    "mail-community-refused-closed",
                    "mail-community-refused-nothing",
                ],
                "indisponible" => &[
                    "mail-community-refused-unavailable",
                    "mail-community-refused-nothing",
                ],
                "vide" => &["mail-community-refused-empty"],
                _ => &[
                    "mail-community-refused-problem",
                    "mail-community-refused-nothing",
                ],
            },
            action: Some(("mail-community-refused-action", link.clone())),
            extra: (!text.trim().is_empty())
                .then(|| ("mail-community-refused-label", text.clone())),
            name: Some(topic.clone()),
            reason_key: None,
            more: vec![("problem", problem.clone())],
        },
        Mail::CommunityPostHeld {
            topic,
            author,
            text,
            link,
        } => Content {
            subject_key: "mail-community-held-subject",
            paragraph_keys: &["mail-community-held-intro"],
            action: Some(("mail-community-held-action", link.clone())),
            extra: Some(("mail-community-post-label", text.clone())),
            name: Some(topic.clone()),
            reason_key: None,
            more: vec![("author", author.clone())],
        },
        Mail::CommunityDigest {
            topics,
            link,
            settings,
        } => Content {
            subject_key: "mail-community-digest-subject",
            paragraph_keys: &["mail-community-digest-intro", "mail-community-why-digest"],
            action: Some(("mail-community-digest-action", link.clone())),
            extra: Some(("mail-community-digest-label", topics.join("\n\n"))),
            name: None,
            reason_key: None,
            more: vec![("settings", settings.clone())],
        },
        Mail::ReportFiled {
            name,
            reason,
            comment,
            link,
        } => Content {
            subject_key: "mail-report-filed-subject",
            paragraph_keys: &["mail-report-filed-intro"],
            action: Some(("mail-report-filed-action", link.clone())),
            extra: (!comment.is_empty()).then(|| ("mail-report-filed-comment", comment.clone())),
            name: Some(name.clone()),
            reason_key: Some(
                essaim_domain::moderation::ReportReason::from_slug(reason)
                    .unwrap_or(essaim_domain::moderation::ReportReason::Other)
                    .label_key(),
            ),
            more: Vec::new(),
        },
        Mail::ReportClosed {
            name,
            resolved,
            note,
        } => Content {
            subject_key: "mail-report-closed-subject",
            paragraph_keys: if *resolved {
                &["mail-report-resolved-intro", "mail-report-thanks"]
            } else {
                &["mail-report-dismissed-intro", "mail-report-thanks"]
            },
            action: None,
            extra: note
                .as_ref()
                .map(|n| ("mail-report-closed-note", n.clone())),
            name: Some(name.clone()),
            reason_key: None,
            more: Vec::new(),
        },
        Mail::VerifyEmail { link } => Content {
            subject_key: "mail-verify-subject",
            paragraph_keys: &["mail-verify-intro", "mail-verify-expiry", "mail-ignore"],
            action: Some(("mail-verify-action", link.clone())),
            extra: None,
            name: None,
            reason_key: None,
            more: Vec::new(),
        },
        Mail::AlreadyRegistered { sign_in, reset } => Content {
            subject_key: "mail-already-registered-subject",
            paragraph_keys: &["mail-already-registered-intro", "mail-ignore"],
            action: Some(("mail-already-registered-action", sign_in.clone())),
            extra: Some(("mail-already-registered-reset", reset.clone())),
            name: None,
            reason_key: None,
            more: Vec::new(),
        },
        Mail::ResetPassword { link } => Content {
            subject_key: "mail-reset-subject",
            paragraph_keys: &["mail-reset-intro", "mail-reset-expiry", "mail-ignore"],
            action: Some(("mail-reset-action", link.clone())),
            extra: None,
            name: None,
            reason_key: None,
            more: Vec::new(),
        },
        Mail::ConfirmNewEmail { link } => Content {
            subject_key: "mail-new-email-subject",
            paragraph_keys: &[
                "mail-new-email-intro",
                "mail-new-email-expiry",
                "mail-ignore",
            ],
            action: Some(("mail-new-email-action", link.clone())),
            extra: None,
            name: None,
            reason_key: None,
            more: Vec::new(),
        },
        Mail::EmailChanged { new_email } => Content {
            subject_key: "mail-email-changed-subject",
            paragraph_keys: &["mail-email-changed-intro", "mail-not-you"],
            action: None,
            extra: Some(("mail-email-changed-new", new_email.clone())),
            name: None,
            reason_key: None,
            more: Vec::new(),
        },
        Mail::PasswordChanged { reset } => Content {
            subject_key: "mail-password-changed-subject",
            paragraph_keys: &["mail-password-changed-intro", "mail-not-you"],
            action: Some(("mail-password-changed-action", reset.clone())),
            extra: None,
            name: None,
            reason_key: None,
            more: Vec::new(),
        },
        Mail::AccountDeleted => Content {
            subject_key: "mail-deleted-subject",
            paragraph_keys: &["mail-deleted-intro"],
            action: None,
            extra: None,
            name: None,
            reason_key: None,
            more: Vec::new(),
        },
        Mail::ProfileReminder { name, link } => Content {
            subject_key: "mail-profile-reminder-subject",
            paragraph_keys: &["mail-profile-reminder-intro", "mail-profile-reminder-why"],
            action: Some(("mail-profile-reminder-action", link.clone())),
            extra: None,
            name: Some(name.clone()),
            reason_key: None,
            more: Vec::new(),
        },
        Mail::ManagerInvitation { name, link } => Content {
            subject_key: "mail-manager-invitation-subject",
            paragraph_keys: &[
                "mail-manager-invitation-intro",
                "mail-manager-invitation-expiry",
                "mail-ignore",
            ],
            action: Some(("mail-manager-invitation-action", link.clone())),
            extra: None,
            name: Some(name.clone()),
            reason_key: None,
            more: Vec::new(),
        },
        Mail::AssociationInvitation {
            name,
            responsable,
            link,
        } => Content {
            subject_key: "mail-association-invitation-subject",
            paragraph_keys: if *responsable {
                &[
                    "mail-association-invitation-intro",
                    "mail-association-invitation-responsable",
                    "mail-association-invitation-expiry",
                    "mail-ignore",
                ]
            } else {
                &[
                    "mail-association-invitation-intro",
                    "mail-association-invitation-expiry",
                    "mail-ignore",
                ]
            },
            action: Some(("mail-association-invitation-action", link.clone())),
            extra: None,
            name: Some(name.clone()),
            reason_key: None,
            more: Vec::new(),
        },
        Mail::AssociationHandedOver { name, link } => Content {
            subject_key: "mail-association-handed-over-subject",
            paragraph_keys: &[
                "mail-association-handed-over-intro",
                "mail-association-handed-over-what",
            ],
            action: Some(("mail-association-handed-over-action", link.clone())),
            extra: None,
            name: Some(name.clone()),
            reason_key: None,
            more: Vec::new(),
        },
        Mail::ContactMessage {
            name,
            sender,
            sender_email,
            association,
            message,
            copy,
            network,
        } => Content {
            subject_key: match (copy, network) {
                (true, _) => "mail-contact-copy-subject",
                (false, true) => "mail-contact-network-subject",
                (false, false) => "mail-contact-subject",
            },
            paragraph_keys: match (copy, network) {
                (true, _) => &["mail-contact-copy-intro"],
                (false, true) => &["mail-contact-network-intro", "mail-contact-network-reply"],
                (false, false) => &["mail-contact-intro", "mail-contact-reply"],
            },
            action: None,
            extra: Some((
                "mail-contact-message",
                format!(
                    "{sender} <{sender_email}>{}\n\n{message}",
                    if association.is_empty() {
                        String::new()
                    } else {
                        format!(" — {association}")
                    }
                ),
            )),
            name: Some(name.clone()),
            reason_key: None,
            more: Vec::new(),
        },
        Mail::ProfileSubmitted { name, link } => Content {
            subject_key: "mail-profile-submitted-subject",
            paragraph_keys: &["mail-profile-submitted-intro"],
            action: Some(("mail-profile-review-action", link.clone())),
            extra: None,
            name: Some(name.clone()),
            reason_key: None,
            more: Vec::new(),
        },
        Mail::ProfileDecision {
            name,
            decision,
            message,
            link,
        } => {
            let (subject_key, paragraph_keys): (&'static str, &'static [&'static str]) =
                match decision {
                    Decision::Approved => (
                        "mail-profile-approved-subject",
                        &["mail-profile-approved-intro"],
                    ),
                    Decision::ChangesRequested => (
                        "mail-profile-changes-subject",
                        &["mail-profile-changes-intro"],
                    ),
                    Decision::Refused => (
                        "mail-profile-refused-subject",
                        &["mail-profile-refused-intro"],
                    ),
                    Decision::Suspended => (
                        "mail-profile-suspended-subject",
                        &["mail-profile-suspended-intro"],
                    ),
                    Decision::Reinstated => (
                        "mail-profile-reinstated-subject",
                        &["mail-profile-reinstated-intro"],
                    ),
                };
            let action_key = match decision {
                Decision::Approved | Decision::Reinstated => "mail-profile-public-action",
                _ => "mail-profile-open-action",
            };
            Content {
                subject_key,
                paragraph_keys,
                action: Some((action_key, link.clone())),
                extra: message
                    .as_ref()
                    .map(|m| ("mail-profile-message", m.clone())),
                name: Some(name.clone()),
                reason_key: None,
                more: Vec::new(),
            }
        }
    }
}

/// Why a member hears of a post, and whether they may answer by email.
fn community_post_paragraphs(reason: &str, reply_by_email: bool) -> &'static [&'static str] {
    match (reason, reply_by_email) {
        ("mention", false) => &["mail-community-mention-intro", "mail-community-why-mention"],
        ("mention", true) => &[
            "mail-community-mention-intro",
            "mail-community-reply-by-email",
            "mail-community-why-mention",
        ],
        ("reponse", false) => &["mail-community-reply-intro", "mail-community-why-reply"],
        ("reponse", true) => &[
            "mail-community-reply-intro",
            "mail-community-reply-by-email",
            "mail-community-why-reply",
        ],
        ("nouveau-sujet", false) => &["mail-community-new-topic-intro", "mail-community-why-watch"],
        ("nouveau-sujet", true) => &[
            "mail-community-new-topic-intro",
            "mail-community-reply-by-email",
            "mail-community-why-watch",
        ],
        (_, false) => &["mail-community-watched-intro", "mail-community-why-watch"],
        (_, true) => &[
            "mail-community-watched-intro",
            "mail-community-reply-by-email",
            "mail-community-why-watch",
        ],
    }
}

/// The HTML part: paragraphs, a button for the action, the extra block.
#[derive(askama::Template)]
#[template(path = "mail/message.html")]
struct HtmlPart<'a> {
    lang: &'static str,
    subject: &'a str,
    greeting: &'a str,
    first: &'a str,
    action: Option<(&'a str, &'a str)>,
    /// A label, then blocks of lines (a relayed message keeps its paragraphs
    /// and line breaks).
    extra: Option<(&'a str, Vec<Vec<&'a str>>)>,
    rest: &'a [String],
    signature: &'a str,
}

/// The plain-text part, with the same content.
#[derive(askama::Template)]
#[template(path = "mail/message.txt")]
struct TextPart<'a> {
    greeting: &'a str,
    first: &'a str,
    /// French puts a space before a colon.
    colon: &'static str,
    action: Option<(&'a str, &'a str)>,
    extra: Option<(&'a str, Vec<Vec<&'a str>>)>,
    rest: &'a [String],
    signature: &'a str,
}

/// Whether French elides "de" before the instance's name ("d'Essaim"), for
/// the messages' `$instance_elides` selector.
fn elides(instance: &str) -> &'static str {
    let starts_with_vowel = instance
        .chars()
        .next()
        .and_then(|c| c.to_lowercase().next())
        .is_some_and(|c| "aeiouyàâäéèêëîïôöùûü".contains(c));
    if starts_with_vowel { "yes" } else { "no" }
}

pub fn compose(mail: &Mail, locale: Locale, instance: &str) -> ComposedEmail {
    let content = content(mail);
    let name = content.name.clone().unwrap_or_default();
    let reason = content
        .reason_key
        .map(|key| essaim_domain::i18n::text(locale, key).into_owned())
        .unwrap_or_default();
    let t = |key: &str| {
        let mut args: Vec<(&str, essaim_domain::i18n::FluentValue<'_>)> = vec![
            ("instance", instance.into()),
            ("instance_elides", elides(instance).into()),
            ("name", name.as_str().into()),
            ("reason", reason.as_str().into()),
        ];
        for (arg, value) in &content.more {
            args.push((arg, value.as_str().into()));
        }
        translate_with(locale, key, &args)
    };
    let subject = t(content.subject_key);
    let paragraphs: Vec<String> = content.paragraph_keys.iter().map(|k| t(k)).collect();
    let greeting = t("mail-greeting");
    let signature = t("mail-signature");
    let action = content
        .action
        .as_ref()
        .map(|(label_key, url)| (t(label_key), url.as_str()));
    let extra = content.extra.as_ref().map(|(label_key, value)| {
        let blocks = value
            .split("\n\n")
            .map(|block| block.lines().collect())
            .collect();
        (t(label_key), blocks)
    });
    let action = action.as_ref().map(|(label, url)| (label.as_str(), *url));
    let extra = extra
        .as_ref()
        .map(|(label, blocks): &(String, Vec<Vec<&str>>)| (label.as_str(), blocks.clone()));
    let html = HtmlPart {
        lang: locale.code(),
        subject: &subject,
        greeting: &greeting,
        first: &paragraphs[0],
        action,
        extra: extra.clone(),
        rest: &paragraphs[1..],
        signature: &signature,
    };
    let text = TextPart {
        greeting: &greeting,
        first: &paragraphs[0],
        colon: if locale == Locale::Fr { " :" } else { ":" },
        action,
        extra,
        rest: &paragraphs[1..],
        signature: &signature,
    };
    use askama::Template;
    ComposedEmail {
        html: html.render().expect("an email template always renders"),
        text: text.render().expect("an email template always renders"),
        subject,
    }
}

#[cfg(test)]
mod tests;
