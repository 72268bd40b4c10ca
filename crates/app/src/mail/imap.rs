//! Fetching received emails from an IMAP mailbox (`imap_url`): each
//! message is handed over, then deleted once it was handled. A message
//! whose handling failed for a reason of ours (the database is down)
//! stays for the next round.

use std::sync::Arc;

use async_imap::Client;
use futures_util::StreamExt;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use url::Url;

/// Where the mailbox is: `imaps://user:password@host:993/INBOX` (TLS),
/// `imap://…?tls=required` (STARTTLS) or `imap://…` (plain, for a server
/// on the same machine).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImapMailbox {
    host: String,
    port: u16,
    security: Security,
    user: String,
    password: String,
    folder: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Security {
    Tls,
    StartTls,
    Plain,
}

impl ImapMailbox {
    /// Reads the setting; the reason is in French, for the start-up error.
    pub fn parse(text: &str) -> Result<ImapMailbox, String> {
        let url = Url::parse(text).map_err(|_| {
            "attendu imaps://utilisateur:motdepasse@hote:993/INBOX ou imap://…".to_string()
        })?;
        let security = match (url.scheme(), url.query()) {
            ("imaps", _) => Security::Tls,
            ("imap", Some("tls=required")) => Security::StartTls,
            ("imap", None) => Security::Plain,
            ("imap", Some(_)) => return Err("seule l'option ?tls=required est connue".into()),
            _ => {
                return Err(
                    "attendu imaps://utilisateur:motdepasse@hote:993/INBOX ou imap://…".into(),
                );
            }
        };
        let host = url
            .host_str()
            .filter(|h| !h.is_empty())
            .ok_or("il manque l'hôte")?
            .to_string();
        let decode = |s: &str| {
            percent_decode(s).ok_or_else(|| "identifiant ou mot de passe mal encodé".to_string())
        };
        let user = decode(url.username())?;
        let password = decode(url.password().unwrap_or_default())?;
        if user.is_empty() {
            return Err("il manque l'utilisateur (imaps://utilisateur:motdepasse@hote)".into());
        }
        let folder = match url.path().trim_matches('/') {
            "" => "INBOX".to_string(),
            path => decode(path)?,
        };
        let port = url.port().unwrap_or(match security {
            Security::Tls => 993,
            _ => 143,
        });
        Ok(ImapMailbox {
            host,
            port,
            security,
            user,
            password,
            folder,
        })
    }

    /// Hands over every message of the folder, oldest first, and deletes
    /// those for which `handle` returned true. Returns how many were
    /// deleted.
    pub async fn drain<F, Fut>(&self, mut handle: F) -> anyhow::Result<usize>
    where
        F: FnMut(Vec<u8>) -> Fut,
        Fut: Future<Output = bool>,
    {
        let tcp = TcpStream::connect((self.host.as_str(), self.port)).await?;
        match self.security {
            Security::Plain => self.drain_on(greeted(tcp).await?, &mut handle).await,
            Security::Tls => {
                let tls = self.tls(tcp).await?;
                self.drain_on(greeted(tls).await?, &mut handle).await
            }
            Security::StartTls => {
                let mut client = greeted(tcp).await?;
                client.run_command_and_check_ok("STARTTLS", None).await?;
                let tls = self.tls(client.into_inner()).await?;
                self.drain_on(Client::new(tls), &mut handle).await
            }
        }
    }

    async fn tls(
        &self,
        tcp: TcpStream,
    ) -> anyhow::Result<tokio_rustls::client::TlsStream<TcpStream>> {
        let roots = tokio_rustls::rustls::RootCertStore::from_iter(
            webpki_roots::TLS_SERVER_ROOTS.iter().cloned(),
        );
        let config = tokio_rustls::rustls::ClientConfig::builder_with_provider(Arc::new(
            tokio_rustls::rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()?
        .with_root_certificates(roots)
        .with_no_client_auth();
        let name = tokio_rustls::rustls::pki_types::ServerName::try_from(self.host.clone())?;
        Ok(tokio_rustls::TlsConnector::from(Arc::new(config))
            .connect(name, tcp)
            .await?)
    }

    async fn drain_on<S, F, Fut>(&self, client: Client<S>, handle: &mut F) -> anyhow::Result<usize>
    where
        S: AsyncRead + AsyncWrite + Unpin + std::fmt::Debug + Send,
        F: FnMut(Vec<u8>) -> Fut,
        Fut: Future<Output = bool>,
    {
        let mut session = client
            .login(&self.user, &self.password)
            .await
            .map_err(|(error, _)| error)?;
        session.select(&self.folder).await?;
        let mut uids: Vec<u32> = session.uid_search("ALL").await?.into_iter().collect();
        uids.sort_unstable();
        let mut handled = Vec::new();
        for uid in uids {
            let raw = {
                let mut fetches = session.uid_fetch(uid.to_string(), "BODY.PEEK[]").await?;
                let mut raw = None;
                while let Some(fetch) = fetches.next().await {
                    if let Some(body) = fetch?.body() {
                        raw = Some(body.to_vec());
                    }
                }
                raw
            };
            if let Some(raw) = raw
                && handle(raw).await
            {
                handled.push(uid.to_string());
            }
        }
        if !handled.is_empty() {
            let set = handled.join(",");
            let stored: Vec<_> = session
                .uid_store(&set, "+FLAGS.SILENT (\\Deleted)")
                .await?
                .collect()
                .await;
            for result in stored {
                result?;
            }
            let expunged: Vec<_> = session.expunge().await?.collect().await;
            for result in expunged {
                result?;
            }
        }
        session.logout().await?;
        Ok(handled.len())
    }
}

/// A connection past the server's greeting.
async fn greeted<S>(stream: S) -> anyhow::Result<Client<S>>
where
    S: AsyncRead + AsyncWrite + Unpin + std::fmt::Debug + Send,
{
    let mut client = Client::new(stream);
    client
        .read_response()
        .await?
        .ok_or_else(|| anyhow::anyhow!("le serveur IMAP a fermé la connexion"))?;
    Ok(client)
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mailbox_address_names_its_security_and_folder() {
        let mailbox =
            ImapMailbox::parse("imaps://forum%40exemple.org:s%C3%A9same@imap.exemple.org/Forum")
                .unwrap();
        assert_eq!(mailbox.security, Security::Tls);
        assert_eq!(mailbox.port, 993);
        assert_eq!(mailbox.user, "forum@exemple.org");
        assert_eq!(mailbox.password, "sésame");
        assert_eq!(mailbox.folder, "Forum");
        let plain = ImapMailbox::parse("imap://forum:secret@127.0.0.1:1143").unwrap();
        assert_eq!(
            (plain.security, plain.port, plain.folder.as_str()),
            (Security::Plain, 1143, "INBOX")
        );
        assert!(ImapMailbox::parse("pop3://forum@exemple.org").is_err());
        assert!(ImapMailbox::parse("imaps://imap.exemple.org").is_err());
        assert!(ImapMailbox::parse("imap://u:p@h?tls=maybe").is_err());
    }
}
