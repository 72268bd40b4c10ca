//! An email received (RFC 5322), read with mail-parser into what the
//! forum needs of it.

use mail_parser::MessageParser;
use sha2::{Digest, Sha256};

/// What Essaim reads of a received email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    /// Its Message-ID, or the SHA-256 of the message when it has none.
    pub message_id: String,
    /// The sender's address, in lower case.
    pub from: Option<String>,
    /// Every address it was delivered to: To, Cc and the headers the
    /// receiving server adds (Delivered-To, X-Original-To, Envelope-To).
    pub recipients: Vec<String>,
    pub subject: String,
    /// The plain text (from the HTML part when there is no other).
    pub text: String,
    /// Sent by a machine (an autoresponder, a bounce, a list): never
    /// answered, or two robots would answer each other forever.
    pub automatic: bool,
}

/// Reads a message; `None` when it is not one.
pub fn parse(raw: &[u8]) -> Option<Received> {
    let message = MessageParser::default().parse(raw)?;
    let raw_headers: Vec<(String, String)> = message
        .headers_raw()
        .map(|(name, value)| (name.to_ascii_lowercase(), value.trim().to_string()))
        .collect();
    let raw_header = |name: &'static str| {
        raw_headers
            .iter()
            .filter(move |(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    let from = message
        .from()
        .and_then(|a| a.first())
        .and_then(|a| a.address())
        .map(|a| a.trim().to_ascii_lowercase());
    let mut recipients: Vec<String> = [message.to(), message.cc()]
        .into_iter()
        .flatten()
        .flat_map(|a| a.iter())
        .filter_map(|a| a.address())
        .map(|a| a.trim().to_ascii_lowercase())
        .collect();
    for name in ["delivered-to", "x-original-to", "envelope-to"] {
        recipients
            .extend(raw_header(name).map(|v| v.trim_matches(['<', '>', ' ']).to_ascii_lowercase()));
    }
    let automatic = raw_header("auto-submitted").any(|v| !v.eq_ignore_ascii_case("no"))
        || raw_header("precedence").any(|v| {
            ["bulk", "junk", "list", "auto_reply"]
                .iter()
                .any(|p| v.eq_ignore_ascii_case(p))
        })
        || raw_header("content-type")
            .any(|v| v.to_ascii_lowercase().starts_with("multipart/report"))
        || raw_header("x-autoreply").next().is_some()
        || from.as_deref().is_none_or(|f| {
            let local = f.split('@').next().unwrap_or_default();
            ["mailer-daemon", "postmaster", "noreply", "no-reply"].contains(&local)
        });
    let message_id = message
        .message_id()
        .map(|id| id.trim().to_string())
        .filter(|id| !id.is_empty() && id.len() <= 250)
        .unwrap_or_else(|| format!("sha256:{}", hex::encode(Sha256::digest(raw))));
    Some(Received {
        message_id,
        from,
        recipients,
        subject: message.subject().unwrap_or_default().to_string(),
        text: message
            .body_text(0)
            .map(|t| t.into_owned())
            .unwrap_or_default(),
        automatic,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reply_gives_its_sender_recipients_and_text() {
        let raw = "From: Camille Martin <Camille@Exemple.org>\r\nTo: Essaim <reponse+abc@forum.exemple.org>\r\nDelivered-To: reponse+abc@forum.exemple.org\r\nSubject: Re: [Essaim] Nextcloud\r\nMessage-ID: <123@exemple.org>\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nC'est r=C3=A9gl=C3=A9.\r\n";
        let received = parse(raw.as_bytes()).unwrap();
        assert_eq!(received.from.as_deref(), Some("camille@exemple.org"));
        assert!(
            received
                .recipients
                .contains(&"reponse+abc@forum.exemple.org".to_string())
        );
        assert_eq!(received.message_id, "123@exemple.org");
        assert_eq!(received.text.trim(), "C'est réglé.");
        assert!(!received.automatic);
    }

    #[test]
    fn robots_are_recognised_and_a_message_without_id_gets_one() {
        let raw = "From: vacances@exemple.org\r\nTo: reponse+abc@forum.exemple.org\r\nAuto-Submitted: auto-replied\r\n\r\nJe suis absente.\r\n";
        let received = parse(raw.as_bytes()).unwrap();
        assert!(received.automatic);
        assert!(received.message_id.starts_with("sha256:"));
        let bounce = "From: MAILER-DAEMON@exemple.org\r\nTo: reponse+abc@forum.exemple.org\r\n\r\nUndeliverable\r\n";
        assert!(parse(bounce.as_bytes()).unwrap().automatic);
    }
}
