//! The contact form of a public profile: the visitor's message is relayed
//! by email with the visitor as Reply-To, so the provider's address is
//! never shown. It reaches someone or is not accepted: the profile's
//! managers, or, when it has none (an imported profile, a manager who left),
//! the network's team, who pass it on. The message itself is not kept: it
//! lives in the email queue until sent, then its payload is wiped. Only a
//! count of contacts stays.

use essaim_domain::Locale;
use essaim_domain::accounts::EmailAddress;
use essaim_domain::problems::FieldProblem;
use essaim_domain::taxonomy::ProviderStatus;
use essaim_store::{Account, ProviderRow};

use crate::mail::{Mail, queue_mail, queue_mail_replying_to};
use crate::{App, Error, Result};

/// Who reads what the contact form of a profile sends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Readers {
    /// The people who manage the profile.
    Managers(Vec<(String, Locale)>),
    /// Nobody manages it: the network's contact address, or its moderators.
    Network(Vec<(String, Locale)>),
    /// Nobody at all: the form is not offered.
    Nobody,
}

impl Readers {
    fn addresses(&self) -> &[(String, Locale)] {
        match self {
            Readers::Managers(addresses) | Readers::Network(addresses) => addresses,
            Readers::Nobody => &[],
        }
    }
}

/// Who would read a message sent to the public profile `slug` now.
pub async fn readers_of(app: &App, slug: &str) -> Result<Readers> {
    let row = public_profile(app, slug).await?;
    readers(app, row.id).await
}

/// Who would read a message sent to the profile now.
pub async fn readers(app: &App, provider_id: i64) -> Result<Readers> {
    let managers = app.db().provider_managers(provider_id).await?;
    if !managers.is_empty() {
        return Ok(Readers::Managers(
            managers.into_iter().map(|m| (m.email, m.locale)).collect(),
        ));
    }
    if let Some(address) = app.instance().contact_email.clone() {
        return Ok(Readers::Network(vec![(address, Locale::Fr)]));
    }
    let moderators = app.db().moderators().await?;
    if moderators.is_empty() {
        return Ok(Readers::Nobody);
    }
    Ok(Readers::Network(
        moderators
            .into_iter()
            .map(|m| (m.email, m.locale))
            .collect(),
    ))
}

pub struct ContactForm<'a> {
    pub name: &'a str,
    pub email: &'a str,
    pub association: &'a str,
    pub message: &'a str,
    /// A copy for the sender, only to the address of a signed-in account
    /// (verified): the form never mails an address nobody proved.
    pub copy_to: Option<&'a Account>,
}

/// One line: a line break in a name would forge a line of the email.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub async fn send(app: &App, slug: &str, form: &ContactForm<'_>) -> Result<()> {
    let mut problems = Vec::new();
    let name = one_line(form.name);
    if name.is_empty() || name.chars().count() > 120 {
        problems.push(FieldProblem::new("contact_name", "contact-problem-name"));
    }
    let email = EmailAddress::parse(form.email);
    if email.is_none() {
        problems.push(FieldProblem::new("contact_sender", "contact-problem-email"));
    }
    let association = one_line(form.association);
    if association.chars().count() > 200 {
        problems.push(FieldProblem::new(
            "contact_association",
            "contact-problem-association",
        ));
    }
    let message = form.message.trim();
    if message.chars().count() < 10 || message.chars().count() > 5000 {
        problems.push(FieldProblem::new(
            "contact_message",
            "contact-problem-message",
        ));
    }
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    let email = email.expect("checked above");
    let row = public_profile(app, slug).await?;
    let readers = readers(app, row.id).await?;
    if readers == Readers::Nobody {
        return Err(Error::Conflict("contact-nobody"));
    }
    let network = matches!(readers, Readers::Network(_));
    let mail = |copy: bool| Mail::ContactMessage {
        name: row.profile.name.clone(),
        sender: name.clone(),
        sender_email: email.to_string(),
        association: association.clone(),
        message: message.to_string(),
        copy,
        network,
    };
    let mut tx = app.begin().await?;
    for (address, locale) in readers.addresses() {
        queue_mail_replying_to(&mut tx, address, *locale, mail(false), Some(email.as_str()))
            .await?;
    }
    if let Some(account) = form.copy_to {
        queue_mail(&mut tx, &account.email, account.locale, mail(true)).await?;
    }
    tx.count_contact(row.id).await?;
    app.commit(tx).await?;
    tracing::info!(target: "essaim::providers", event = "contact.relayed", provider = row.slug, to_network = network);
    Ok(())
}

/// The profile if the public may see it.
async fn public_profile(app: &App, slug: &str) -> Result<ProviderRow> {
    app.db()
        .provider_by_slug(slug)
        .await?
        .filter(|r| r.published.is_some() && r.status != ProviderStatus::Suspended)
        .ok_or(Error::NotFound)
}

#[cfg(test)]
mod tests {
    #[test]
    fn single_line_fields_lose_their_line_breaks() {
        assert_eq!(
            super::one_line("Camille\r\nBcc: tous@exemple.org"),
            "Camille Bcc: tous@exemple.org"
        );
        assert_eq!(
            super::one_line("  Les   Amis\tdu vélo "),
            "Les Amis du vélo"
        );
    }
}
