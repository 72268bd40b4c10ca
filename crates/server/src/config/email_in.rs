//! The settings of replies by email: where replies go, and the mailbox
//! polled for them.

use std::collections::BTreeMap;

use super::ConfigError;

/// How replies to forum emails come back.
#[derive(Debug, Clone)]
pub struct EmailIn {
    pub reply_address: Option<essaim_domain::community::email_reply::ReplyAddress>,
    /// The `imap_url` setting as given, for `print-config` (masked there).
    pub imap_url: String,
    pub imap: Option<essaim_app::mail::ImapMailbox>,
    pub imap_interval: std::time::Duration,
}

/// `reply_address`, `imap_url` and `imap_interval`: a mailbox to poll
/// needs the address its replies are sent to.
pub(super) fn parse(
    raw: &BTreeMap<&'static str, String>,
    invalid: &dyn Fn(&'static str, String) -> ConfigError,
) -> Result<EmailIn, ConfigError> {
    use essaim_domain::community::email_reply::{ReplyAddress, ReplyAddressProblem};
    let reply_address = match raw["reply_address"].as_str() {
        "" => None,
        text => Some(ReplyAddress::parse(text).map_err(|problem| {
            invalid(
                "reply_address",
                match problem {
                    ReplyAddressProblem::Placeholder => format!(
                        "« {text} » : attendu {{cle}} une fois, à la place de la clé (exemple : reponse+{{cle}}@forum.exemple.org)"
                    ),
                    ReplyAddressProblem::Shape => format!(
                        "« {text} » n'est pas une adresse électronique avec {{cle}} avant l'arobase (exemple : reponse+{{cle}}@forum.exemple.org)"
                    ),
                },
            )
        })?),
    };
    let imap_url = raw["imap_url"].clone();
    let imap = match imap_url.as_str() {
        "" => None,
        text => Some(
            essaim_app::mail::ImapMailbox::parse(text).map_err(|reason| {
                invalid(
                    "imap_url",
                    format!("« {} » : {reason}", essaim_store::redact_url(text)),
                )
            })?,
        ),
    };
    if imap.is_some() && reply_address.is_none() {
        return Err(invalid(
            "imap_url",
            "la relève des réponses demande aussi le réglage reply_address (l'adresse où elles arrivent)".into(),
        ));
    }
    let imap_interval = raw["imap_interval"]
        .parse::<u64>()
        .ok()
        .filter(|s| (1..=86_400).contains(s))
        .map(std::time::Duration::from_secs)
        .ok_or_else(|| {
            invalid(
                "imap_interval",
                format!(
                    "« {} » : attendu un nombre de secondes de 1 à 86400",
                    raw["imap_interval"]
                ),
            )
        })?;
    Ok(EmailIn {
        reply_address,
        imap_url,
        imap,
        imap_interval,
    })
}
