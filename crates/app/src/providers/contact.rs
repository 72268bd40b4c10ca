//! The contact form of a public profile: the visitor's message is relayed
//! by email to the profile's managers, with the visitor as Reply-To, so the
//! provider's address is never shown. The message itself is not kept: it
//! lives in the email queue until sent, then its payload is wiped. Only a
//! count of contacts stays.

use essaim_domain::Locale;
use essaim_domain::accounts::EmailAddress;
use essaim_domain::providers::FieldError;

use super::{Access, ProviderError};
use crate::App;
use crate::mail::{Mail, queue_mail, queue_mail_replying_to};

pub struct ContactForm<'a> {
    pub name: &'a str,
    pub email: &'a str,
    pub association: &'a str,
    pub message: &'a str,
    pub copy: bool,
    pub locale: Locale,
}

pub async fn send(app: &App, slug: &str, form: &ContactForm<'_>) -> Result<(), ProviderError> {
    let mut problems = Vec::new();
    let mut problem = |field: &str, message: &str| {
        problems.push(FieldError {
            field: field.into(),
            message: message.into(),
        })
    };
    let name = form.name.trim();
    if name.is_empty() || name.chars().count() > 120 {
        problem(
            "contact_name",
            "indiquez votre nom (120 caractères au plus)",
        );
    }
    let email = EmailAddress::parse(form.email);
    if email.is_none() {
        problem(
            "contact_sender",
            "indiquez une adresse électronique valide pour recevoir la réponse",
        );
    }
    if form.association.chars().count() > 200 {
        problem(
            "contact_association",
            "le nom de l'association dépasse 200 caractères",
        );
    }
    let message = form.message.trim();
    if message.chars().count() < 10 || message.chars().count() > 5000 {
        problem(
            "contact_message",
            "écrivez votre message (de 10 à 5 000 caractères)",
        );
    }
    if !problems.is_empty() {
        return Err(ProviderError::Invalid(problems));
    }
    let email = email.expect("checked above");
    let row = app
        .db()
        .provider_by_slug(slug)
        .await?
        .filter(|r| {
            r.published.is_some() && r.status != essaim_domain::taxonomy::ProviderStatus::Suspended
        })
        .ok_or(ProviderError::Access(Access::NotFound))?;
    let mail = |copy: bool| Mail::ContactMessage {
        name: row.profile.name.clone(),
        sender: name.to_string(),
        sender_email: email.to_string(),
        association: form.association.trim().to_string(),
        message: message.to_string(),
        copy,
    };
    for manager in app.db().provider_managers(row.id).await? {
        queue_mail_replying_to(
            app,
            &manager.email,
            manager.locale,
            mail(false),
            Some(email.as_str()),
        )
        .await?;
    }
    if form.copy {
        queue_mail(app, email.as_str(), form.locale, mail(true)).await?;
    }
    app.db().count_contact(row.id).await?;
    tracing::info!(target: "essaim::providers", event = "contact.relayed", provider = row.slug);
    Ok(())
}
