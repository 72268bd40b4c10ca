//! The contact form of a public profile: the visitor's message is relayed
//! by email to the profile's managers, with the visitor as Reply-To, so the
//! provider's address is never shown. The message itself is not kept: it
//! lives in the email queue until sent, then its payload is wiped. Only a
//! count of contacts stays.

use essaim_domain::Locale;
use essaim_domain::accounts::EmailAddress;
use essaim_domain::problems::FieldProblem;

use crate::mail::{Mail, queue_mail, queue_mail_replying_to};
use crate::{App, Error, Result};

pub struct ContactForm<'a> {
    pub name: &'a str,
    pub email: &'a str,
    pub association: &'a str,
    pub message: &'a str,
    pub copy: bool,
    pub locale: Locale,
}

pub async fn send(app: &App, slug: &str, form: &ContactForm<'_>) -> Result<()> {
    let mut problems = Vec::new();
    let name = form.name.trim();
    if name.is_empty() || name.chars().count() > 120 {
        problems.push(FieldProblem::new("contact_name", "contact-problem-name"));
    }
    let email = EmailAddress::parse(form.email);
    if email.is_none() {
        problems.push(FieldProblem::new("contact_sender", "contact-problem-email"));
    }
    if form.association.chars().count() > 200 {
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
    let row = app
        .db()
        .provider_by_slug(slug)
        .await?
        .filter(|r| {
            r.published.is_some() && r.status != essaim_domain::taxonomy::ProviderStatus::Suspended
        })
        .ok_or(Error::NotFound)?;
    let mail = |copy: bool| Mail::ContactMessage {
        name: row.profile.name.clone(),
        sender: name.to_string(),
        sender_email: email.to_string(),
        association: form.association.trim().to_string(),
        message: message.to_string(),
        copy,
    };
    let mut tx = app.begin().await?;
    for manager in app.db().provider_managers(row.id).await? {
        queue_mail_replying_to(
            &mut tx,
            &manager.email,
            manager.locale,
            mail(false),
            Some(email.as_str()),
        )
        .await?;
    }
    if form.copy {
        queue_mail(&mut tx, email.as_str(), form.locale, mail(true)).await?;
    }
    tx.count_contact(row.id).await?;
    app.commit(tx).await?;
    tracing::info!(target: "essaim::providers", event = "contact.relayed", provider = row.slug);
    Ok(())
}
