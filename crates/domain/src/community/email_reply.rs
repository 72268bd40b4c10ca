//! Replying to the forum by email: the reply address that carries a key,
//! and what of an email's text is the member's reply (not the quoted
//! message below it, not their signature).

/// Where the key goes in the `reply_address` setting.
pub const KEY_PLACEHOLDER: &str = "{cle}";

/// Keys are 128 random bits in hex: the address stays within the 64
/// characters a local part may have.
pub const KEY_LENGTH: usize = 32;

/// Days a reply address accepts replies.
pub const KEY_DAYS: i64 = 90;

/// The `reply_address` setting: an address with `{cle}` where each
/// email's key goes (`reponse+{cle}@forum.exemple.org`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplyAddress {
    before: String,
    after: String,
}

/// Why a `reply_address` setting is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyAddressProblem {
    /// `{cle}` is missing or appears more than once.
    Placeholder,
    /// `{cle}` is in the domain, or the rest is not an address.
    Shape,
}

impl ReplyAddress {
    pub fn parse(template: &str) -> Result<ReplyAddress, ReplyAddressProblem> {
        let template = template.trim().to_ascii_lowercase();
        if template.matches(KEY_PLACEHOLDER).count() != 1 {
            return Err(ReplyAddressProblem::Placeholder);
        }
        let (before, after) = template
            .split_once(KEY_PLACEHOLDER)
            .ok_or(ReplyAddressProblem::Placeholder)?;
        let sample = format!("{before}{}{after}", "0".repeat(KEY_LENGTH));
        let (local, domain) = sample.split_once('@').ok_or(ReplyAddressProblem::Shape)?;
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !before.contains('@')
            && local
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"+-._".contains(&b));
        let domain_ok = !domain.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && domain
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-.".contains(&b));
        if !(local_ok && domain_ok) {
            return Err(ReplyAddressProblem::Shape);
        }
        Ok(ReplyAddress {
            before: before.to_string(),
            after: after.to_string(),
        })
    }

    /// The address of one key.
    pub fn with_key(&self, key: &str) -> String {
        format!("{}{key}{}", self.before, self.after)
    }

    /// The key an address carries, if it is one of ours.
    pub fn key_in(&self, address: &str) -> Option<String> {
        let address = address.trim().to_ascii_lowercase();
        let key = address
            .strip_prefix(&self.before)?
            .strip_suffix(&self.after)?;
        (key.len() == KEY_LENGTH && key.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| key.to_string())
    }

    /// Whether an address is ours, with a key or not (a reply that lost
    /// its key still reaches the mailbox).
    pub fn is_ours(&self, address: &str) -> bool {
        let address = address.trim().to_ascii_lowercase();
        let domain = self.after.rsplit('@').next().unwrap_or_default();
        address.ends_with(&format!("@{domain}")) && address.starts_with(&self.before)
    }
}

/// The member's own words in a reply: the text above the quoted message
/// and above the signature, without trailing blank lines.
pub fn reply_text(body: &str) -> String {
    let body = body.replace("\r\n", "\n");
    let lines: Vec<&str> = body.lines().collect();
    let mut kept: Vec<&str> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim();
        if line.trim_end() == "--" || line == &"-- " || is_quote_start(&lines, i) {
            break;
        }
        if trimmed.starts_with('>') || is_sent_from(trimmed) {
            continue;
        }
        kept.push(line.trim_end());
    }
    while kept.last().is_some_and(|l| l.is_empty()) {
        kept.pop();
    }
    while kept.first().is_some_and(|l| l.is_empty()) {
        kept.remove(0);
    }
    kept.join("\n")
}

/// Where the quoted message begins: an attribution line ("Le … a écrit :",
/// "On … wrote:"), possibly folded over two lines, a separator of Outlook
/// ("-----Original Message-----"), or a header block of a forwarded or
/// quoted message ("De : …" then "Envoyé : …" or "Objet : …").
fn is_quote_start(lines: &[&str], i: usize) -> bool {
    let line = lines[i].trim();
    let lower = line.to_lowercase();
    let attribution = |text: &str| {
        (text.starts_with("le ") && (text.ends_with("a écrit :") || text.ends_with("a écrit:")))
            || (text.starts_with("on ") && text.ends_with("wrote:"))
    };
    if attribution(&lower) {
        return true;
    }
    if let Some(next) = lines.get(i + 1) {
        let joined = format!("{lower} {}", next.trim().to_lowercase());
        if (lower.starts_with("le ") || lower.starts_with("on ")) && attribution(&joined) {
            return true;
        }
    }
    if lower.starts_with("-----") && (lower.contains("original") || lower.contains("d'origine")) {
        return true;
    }
    let header = |text: &str, names: &[&str]| {
        names
            .iter()
            .any(|name| text.starts_with(name) && text[name.len()..].trim_start().starts_with(':'))
    };
    if header(&lower, &["de", "from"]) {
        return lines[i + 1..].iter().take(4).any(|next| {
            header(
                &next.trim().to_lowercase(),
                &["envoyé", "sent", "date", "objet", "subject", "à", "to"],
            )
        });
    }
    false
}

/// The line a phone adds ("Envoyé de mon iPhone", "Sent from my …").
fn is_sent_from(line: &str) -> bool {
    let lower = line.to_lowercase();
    (lower.starts_with("envoyé de mon ") || lower.starts_with("sent from my ")) && lower.len() < 60
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_carries_a_key_and_gives_it_back() {
        let address = ReplyAddress::parse("Reponse+{cle}@Forum.Exemple.org").unwrap();
        let key = "0123456789abcdef0123456789abcdef";
        let full = address.with_key(key);
        assert_eq!(full, format!("reponse+{key}@forum.exemple.org"));
        assert_eq!(address.key_in(&full.to_uppercase()), Some(key.to_string()));
        assert_eq!(address.key_in("reponse+123@forum.exemple.org"), None);
        assert_eq!(
            address.key_in(&format!("autre+{key}@forum.exemple.org")),
            None
        );
        assert!(address.is_ours("reponse+perdue@forum.exemple.org"));
        assert!(!address.is_ours("camille@exemple.org"));
    }

    #[test]
    fn a_reply_address_without_its_key_or_outside_an_address_is_refused() {
        assert_eq!(
            ReplyAddress::parse("reponse@forum.exemple.org"),
            Err(ReplyAddressProblem::Placeholder)
        );
        assert_eq!(
            ReplyAddress::parse("{cle}+{cle}@exemple.org"),
            Err(ReplyAddressProblem::Placeholder)
        );
        assert_eq!(
            ReplyAddress::parse("reponse@{cle}.exemple.org"),
            Err(ReplyAddressProblem::Shape)
        );
        assert_eq!(
            ReplyAddress::parse("reponse+{cle}"),
            Err(ReplyAddressProblem::Shape)
        );
        assert_eq!(
            ReplyAddress::parse("ré ponse+{cle}@exemple.org"),
            Err(ReplyAddressProblem::Shape)
        );
    }

    #[test]
    fn quoted_text_and_signatures_are_removed() {
        let thunderbird = "Merci, ça marche !\n\nJe mets la procédure dans le wiki.\n\nLe 02/12/2026 à 10:14, Essaim a écrit :\n> Camille a répondu\n> à votre sujet";
        assert_eq!(
            reply_text(thunderbird),
            "Merci, ça marche !\n\nJe mets la procédure dans le wiki."
        );
        let gmail = "Oui, nous aussi.\r\n\r\nOn Wed, Dec 2, 2026 at 10:14 AM Essaim <\r\nne-pas-repondre@exemple.org> wrote:\r\n\r\n> Hello";
        assert_eq!(reply_text(gmail), "Oui, nous aussi.");
        let signed = "Bonne idée.\n-- \nDominique\nTrésorière, Les Amis du Quartier";
        assert_eq!(reply_text(signed), "Bonne idée.");
        let phone = "D'accord pour jeudi.\n\nEnvoyé de mon iPhone";
        assert_eq!(reply_text(phone), "D'accord pour jeudi.");
        let outlook = "Je confirme.\n\nDe : Essaim <ne-pas-repondre@exemple.org>\nEnvoyé : mercredi 2 décembre 2026 10:14\nÀ : moi@exemple.org\nObjet : [Essaim] Nextcloud";
        assert_eq!(reply_text(outlook), "Je confirme.");
        let inline = "> Vous utilisez quelle version ?\nLa 29.\n> Et l'hébergeur ?\nUn chaton.";
        assert_eq!(reply_text(inline), "La 29.\nUn chaton.");
    }

    #[test]
    fn words_that_look_like_headers_stay() {
        let text = "De : notre côté, tout va bien.\nÀ bientôt";
        assert_eq!(reply_text(text), text);
        assert_eq!(reply_text("Le local est prêt."), "Le local est prêt.");
    }
}
