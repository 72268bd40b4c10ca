//! The instance's logo, shown in the header of every page (see
//! `crate::images` for what is accepted and how it is re-encoded).

use std::path::PathBuf;

use essaim_domain::instance::InstanceSettings;
use essaim_store::Account;

use crate::images::store_logo;
use crate::{App, Result};

/// Where the instance's logo lives.
pub fn logo_dir(app: &App) -> PathBuf {
    app.settings().uploads_dir.join("instance")
}

pub async fn upload_logo(app: &App, admin: &Account, bytes: Vec<u8>) -> Result<()> {
    let dir = logo_dir(app);
    let name = store_logo(&dir, "logo", bytes).await?;
    let current = app.instance();
    let settings = InstanceSettings {
        logo: Some(name.clone()),
        ..(*current).clone()
    };
    if let Err(error) = super::save::write(app, &settings).await {
        let _ = tokio::fs::remove_file(dir.join(&name)).await;
        return Err(error);
    }
    if let Some(old) = &current.logo {
        let _ = tokio::fs::remove_file(dir.join(old)).await;
    }
    tracing::info!(target: "essaim::admin", event = "instance.logo", account_id = admin.id);
    Ok(())
}

/// Takes the logo away: the header shows the name alone.
pub async fn remove_logo(app: &App, admin: &Account) -> Result<()> {
    let current = app.instance();
    let Some(old) = current.logo.clone() else {
        return Ok(());
    };
    let settings = InstanceSettings {
        logo: None,
        ..(*current).clone()
    };
    super::save::write(app, &settings).await?;
    let _ = tokio::fs::remove_file(logo_dir(app).join(old)).await;
    tracing::info!(target: "essaim::admin", event = "instance.logo-removed", account_id = admin.id);
    Ok(())
}
