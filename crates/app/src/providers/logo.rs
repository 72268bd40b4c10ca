//! A profile's logo (see `crate::images` for what is accepted and how it
//! is re-encoded).

use std::path::PathBuf;

use essaim_domain::taxonomy::ProviderStatus;
use essaim_store::Account;

use super::{conflict, managed};
use crate::images::store_logo;
use crate::{App, Error, Result};

/// Where logos live.
pub fn logos_dir(app: &App) -> PathBuf {
    app.settings().uploads_dir.join("logos")
}

pub async fn upload_logo(app: &App, account: &Account, slug: &str, bytes: Vec<u8>) -> Result<()> {
    let row = managed(app, account, slug).await?;
    if row.status == ProviderStatus::Suspended {
        return Err(Error::Conflict(conflict::SUSPENDED));
    }
    let dir = logos_dir(app);
    let name = store_logo(&dir, "logo", bytes).await?;
    let mut record = row.profile.clone();
    record.logo = Some(name.clone());
    let mut tx = app.begin().await?;
    let saved = match super::save::save_in(app, &mut tx, &row, record).await {
        Ok(()) => app.commit(tx).await,
        Err(error) => Err(error),
    };
    if let Err(error) = saved {
        // The profile does not point to it: nothing would ever serve it.
        let _ = tokio::fs::remove_file(dir.join(&name)).await;
        return Err(error);
    }
    // The previous draft logo goes, unless the public still shows it.
    let published_logo = row.published.as_ref().and_then(|p| p.logo.as_deref());
    if let Some(old) = row.profile.logo.as_deref()
        && Some(old) != published_logo
    {
        let _ = tokio::fs::remove_file(dir.join(old)).await;
    }
    Ok(())
}
