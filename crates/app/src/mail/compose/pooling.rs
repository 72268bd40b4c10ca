//! The emails of a pooled need's campaign: the goal reached with the final
//! ledger, the pledges released, the reminder a week before the deadline.

use serde::{Deserialize, Serialize};

use super::Content;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "pooling", rename_all = "kebab-case")]
pub enum PoolingMail {
    /// To every pledger and the provider: the goal is reached, who commits
    /// what; the provider invoices each association.
    Reached {
        need: String,
        goal: String,
        provider: String,
        /// One line per association: its name and its amount.
        ledger: Vec<String>,
        /// Written to the provider's managers rather than to a pledger.
        to_provider: bool,
        link: String,
    },
    /// To every pledger, the provider and the need's author: the deadline
    /// passed first, every pledge is released.
    Released {
        need: String,
        goal: String,
        total: String,
        link: String,
    },
    /// To the joined associations' responsables, a week before the
    /// deadline.
    Reminder {
        need: String,
        goal: String,
        total: String,
        deadline: String,
        link: String,
    },
}

pub(super) fn content(mail: &PoolingMail) -> Content {
    match mail {
        PoolingMail::Reached {
            need,
            goal,
            provider,
            ledger,
            to_provider,
            link,
        } => Content {
            subject_key: "mail-pooling-reached-subject",
            paragraph_keys: if *to_provider {
                &[
                    "mail-pooling-reached-intro",
                    "mail-pooling-reached-provider",
                ]
            } else {
                &["mail-pooling-reached-intro", "mail-pooling-reached-pledger"]
            },
            action: Some(("mail-pooling-action", link.clone())),
            extra: Some(("mail-pooling-reached-ledger", ledger.join("\n"))),
            name: Some(need.clone()),
            reason_key: None,
            more: vec![("goal", goal.clone()), ("provider", provider.clone())],
        },
        PoolingMail::Released {
            need,
            goal,
            total,
            link,
        } => Content {
            subject_key: "mail-pooling-released-subject",
            paragraph_keys: &["mail-pooling-released-intro", "mail-pooling-released-next"],
            action: Some(("mail-pooling-action", link.clone())),
            extra: None,
            name: Some(need.clone()),
            reason_key: None,
            more: vec![("goal", goal.clone()), ("total", total.clone())],
        },
        PoolingMail::Reminder {
            need,
            goal,
            total,
            deadline,
            link,
        } => Content {
            subject_key: "mail-pooling-reminder-subject",
            paragraph_keys: &["mail-pooling-reminder-intro", "mail-pooling-reminder-how"],
            action: Some(("mail-pooling-action", link.clone())),
            extra: None,
            name: Some(need.clone()),
            reason_key: None,
            more: vec![
                ("goal", goal.clone()),
                ("total", total.clone()),
                ("deadline", deadline.clone()),
            ],
        },
    }
}
