//! Where emails go: an SMTP server, a folder of `.eml` files (the default,
//! so a newcomer can open the links), or memory (tests).

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use lettre::Address;
use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Body, Mailbox, MultiPart, SinglePart, header};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use serde::{Deserialize, Serialize};

use super::ComposedEmail;

/// An email as the memory backend keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentEmail {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub message_id: String,
    pub reply_to: Option<String>,
    pub headers: MailHeaders,
}

/// What an email says beyond its sender, recipient and words.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailHeaders {
    /// Where replies go instead of the sender (the contact form relays a
    /// visitor's message this way).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<String>,
    /// The conversation it belongs to (`communaute-sujet-12`): its root
    /// goes in `In-Reply-To` and `References`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thread: Option<String>,
    /// The list it comes from (`communaute`), for `List-Id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list: Option<String>,
    /// The one-click unsubscribe address (RFC 8058).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unsubscribe: Option<String>,
    /// The Message-ID of a received email this one answers automatically
    /// (`Auto-Submitted: auto-replied`, RFC 3834, so that robots do not
    /// answer back).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answering: Option<String>,
}

#[derive(Clone)]
pub enum Mailer {
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        from: Mailbox,
    },
    File {
        dir: PathBuf,
        from: Mailbox,
    },
    Memory {
        sent: Arc<Mutex<Vec<SentEmail>>>,
        from: Mailbox,
    },
}

/// The sender: the configured `mail_from`, or `ne-pas-repondre@` the public
/// host. Without a name of its own, it takes the instance's at each send.
pub fn sender(configured: &str, host: &str) -> Result<Mailbox, String> {
    if configured.trim().is_empty() {
        let address = Address::new("ne-pas-repondre", host).map_err(|e| e.to_string())?;
        return Ok(Mailbox::new(None, address));
    }
    configured
        .trim()
        .parse::<Mailbox>()
        .map_err(|_| format!("« {configured} » n'est pas une adresse d'expédition (exemple : Essaim <ne-pas-repondre@exemple.org>)"))
}

/// Checks an SMTP URL without connecting.
pub fn check_smtp_url(url: &str) -> Result<(), String> {
    if !(url.starts_with("smtp://") || url.starts_with("smtps://")) {
        return Err(
            "attendu smtp://hote:port (avec ?tls=required pour STARTTLS) ou smtps://hote:port"
                .into(),
        );
    }
    AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

impl Mailer {
    /// `url` as lettre reads it: `smtp://host:25` (plain, for a local
    /// relay), `smtp://user:pass@host:587?tls=required` (STARTTLS) or
    /// `smtps://user:pass@host:465` (TLS).
    pub fn smtp(url: &str, from: Mailbox) -> Result<Mailer, String> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| e.to_string())?
            .build();
        Ok(Mailer::Smtp { transport, from })
    }

    pub fn file(dir: PathBuf, from: Mailbox) -> Mailer {
        Mailer::File { dir, from }
    }

    pub fn memory(from: Mailbox) -> Mailer {
        Mailer::Memory {
            sent: Arc::default(),
            from,
        }
    }

    /// The backend's name, for the start-up log.
    pub fn describe(&self) -> String {
        match self {
            Mailer::Smtp { .. } => "SMTP".into(),
            Mailer::File { dir, .. } => format!("fichiers dans {}", dir.display()),
            Mailer::Memory { .. } => "mémoire".into(),
        }
    }

    /// What the memory backend holds (empty for the others).
    pub fn sent(&self) -> Vec<SentEmail> {
        match self {
            Mailer::Memory { sent, .. } => sent.lock().expect("mailbox lock").clone(),
            _ => Vec::new(),
        }
    }

    fn from(&self) -> &Mailbox {
        match self {
            Mailer::Smtp { from, .. } | Mailer::File { from, .. } | Mailer::Memory { from, .. } => {
                from
            }
        }
    }

    /// Sends one email. `key` identifies the job: the Message-ID and the
    /// outbox file name derive from it, so a retry after a crash replaces
    /// rather than duplicates.
    pub async fn send(
        &self,
        instance_name: &str,
        to: &str,
        email: &ComposedEmail,
        key: &str,
        headers: &MailHeaders,
    ) -> anyhow::Result<()> {
        let reply_to = headers.reply_to.as_deref();
        let domain = self.from().email.domain().to_string();
        let message_id = format!("<{key}@{domain}>");
        let from = Mailbox::new(
            self.from()
                .name
                .clone()
                .or_else(|| Some(instance_name.to_string())),
            self.from().email.clone(),
        );
        let mut builder = Message::builder().from(from);
        if let Some(reply_to) = reply_to {
            builder = builder.reply_to(reply_to.parse::<Mailbox>()?);
        }
        if let Some(thread) = &headers.thread {
            // Every email of a forum topic answers the same root, so that
            // mail clients show them as one conversation.
            let root = format!("<{thread}@{domain}>");
            builder = builder
                .in_reply_to(root.clone())
                .references(root)
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Id"),
                    format!(
                        "{instance_name} <{}.{domain}>",
                        headers.list.as_deref().unwrap_or("liste")
                    ),
                ));
        }
        if let Some(answering) = &headers.answering {
            let id = format!("<{}>", answering.trim_matches(['<', '>']));
            builder = builder
                .in_reply_to(id.clone())
                .references(id)
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("Auto-Submitted"),
                    "auto-replied".to_string(),
                ));
        }
        if let Some(unsubscribe) = &headers.unsubscribe {
            builder = builder
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe"),
                    format!("<{unsubscribe}>"),
                ))
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                    "List-Unsubscribe=One-Click".to_string(),
                ));
        }
        let message = builder
            .to(to.parse::<Mailbox>()?)
            .subject(&email.subject)
            .message_id(Some(message_id.clone()))
            .header(header::Date::now())
            .multipart(
                MultiPart::alternative()
                    .singlepart(readable_part(ContentType::TEXT_PLAIN, &email.text))
                    .singlepart(readable_part(ContentType::TEXT_HTML, &email.html)),
            )?;
        match self {
            Mailer::Smtp { transport, .. } => {
                transport.send(message).await?;
            }
            Mailer::File { dir, .. } => {
                tokio::fs::create_dir_all(dir).await?;
                let path = dir.join(format!("{key}.eml"));
                let partial = dir.join(format!(".{key}.eml.part"));
                tokio::fs::write(&partial, message.formatted()).await?;
                tokio::fs::rename(&partial, &path).await?;
            }
            Mailer::Memory { sent, .. } => {
                sent.lock().expect("mailbox lock").push(SentEmail {
                    to: to.to_string(),
                    subject: email.subject.clone(),
                    text: email.text.clone(),
                    html: email.html.clone(),
                    message_id,
                    reply_to: reply_to.map(str::to_string),
                    headers: headers.clone(),
                });
            }
        }
        Ok(())
    }
}

/// A part in plain 8-bit text, so that links stay whole and readable in an
/// `.eml` file. lettre only picks 8-bit for lines under 76 characters, but
/// RFC 2045 allows 998, which our links fit; otherwise lettre chooses.
fn readable_part(content_type: ContentType, text: &str) -> SinglePart {
    let crlf = text.replace("\r\n", "\n").replace('\n', "\r\n");
    let fits = !crlf.contains('\0') && crlf.split("\r\n").all(|line| line.len() <= 998);
    let body = if fits {
        Body::dangerous_pre_encoded(crlf.into_bytes(), ContentTransferEncoding::EightBit)
    } else {
        Body::new(text.to_string())
    };
    SinglePart::builder().header(content_type).body(body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mail::{Mail, compose};
    use essaim_domain::Locale;

    #[tokio::test]
    async fn the_outbox_file_shows_the_link_whole_and_a_retry_replaces_it() {
        let dir = tempfile::tempdir().unwrap();
        let from = sender("", "exemple.org").unwrap();
        let mailer = Mailer::file(dir.path().to_path_buf(), from);
        let link = format!(
            "https://exemple.org/inscription/confirmer?jeton={}",
            "ab".repeat(32)
        );
        let email = compose(
            &Mail::VerifyEmail { link: link.clone() },
            Locale::Fr,
            "Essaim",
        );
        mailer
            .send(
                "Essaim",
                "camille@exemple.org",
                &email,
                "essaim-000007",
                &MailHeaders::default(),
            )
            .await
            .unwrap();
        mailer
            .send(
                "Essaim",
                "camille@exemple.org",
                &email,
                "essaim-000007",
                &MailHeaders::default(),
            )
            .await
            .unwrap();
        let files: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(files.len(), 1, "a retry overwrites the same file");
        let text = std::fs::read_to_string(dir.path().join("essaim-000007.eml")).unwrap();
        assert!(text.contains(&link), "{text}");
        assert!(text.contains("Message-ID: <essaim-000007@exemple.org>"));
        assert!(text.contains("text/html"));
    }
}
