//! An administrator saves the instance's settings (the logo has its own
//! form: `logo.rs`).

use essaim_domain::instance::InstanceSettings;
use essaim_store::Account;

use crate::{App, Error, Result, now};

/// What the settings form sends.
pub struct SettingsForm<'a> {
    pub name: &'a str,
    pub description: &'a str,
    pub accent: &'a str,
    pub contact_email: &'a str,
    pub legal_notice: &'a str,
    pub charter: &'a str,
    pub data_licence: &'a str,
}

pub async fn save(app: &App, admin: &Account, form: &SettingsForm<'_>) -> Result<()> {
    let current = app.instance();
    let optional = |text: &str| (!text.trim().is_empty()).then(|| text.trim().to_string());
    let settings = InstanceSettings {
        name: form.name.trim().to_string(),
        description: form.description.trim().to_string(),
        logo: current.logo.clone(),
        accent: form.accent.trim().to_ascii_lowercase(),
        contact_email: optional(form.contact_email).map(|e| e.to_ascii_lowercase()),
        legal_notice: form.legal_notice.trim().to_string(),
        charter: form.charter.trim().to_string(),
        data_licence: form.data_licence.trim().to_string(),
    };
    let problems = settings.problems();
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    write(app, &settings).await?;
    tracing::info!(target: "essaim::admin", event = "instance.saved", account_id = admin.id);
    Ok(())
}

/// Saves the settings and takes them in use on this node at once.
pub(crate) async fn write(app: &App, settings: &InstanceSettings) -> Result<()> {
    let mut tx = app.begin().await?;
    tx.save_instance_settings(settings, now()).await?;
    app.commit(tx).await?;
    app.instance_cache().refresh(app.db()).await?;
    Ok(())
}
