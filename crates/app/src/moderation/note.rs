//! A private note among moderators about a profile.

use essaim_store::Account;

use crate::providers::ProviderError;
use crate::providers::vetting::target;
use crate::{App, now};

pub async fn add_note(
    app: &App,
    moderator: &Account,
    slug: &str,
    body: &str,
) -> Result<(), ProviderError> {
    let body = body.trim();
    if body.is_empty() || body.chars().count() > 5000 {
        return Err(ProviderError::Invalid(vec![
            essaim_domain::providers::FieldError {
                field: "note".into(),
                message: "une note compte de 1 à 5 000 caractères".into(),
            },
        ]));
    }
    let row = target(app, slug).await?;
    app.db()
        .add_moderation_note(row.id, moderator.id, body, now())
        .await?;
    Ok(())
}
