//! A provider's managers choose whether its profile shows the courses
//! they completed, each with its attestation's code.

use essaim_store::Account;

use crate::providers::managed;
use crate::{App, Result};

pub async fn show_on_profile(app: &App, manager: &Account, slug: &str, show: bool) -> Result<()> {
    let profile = managed(app, manager, slug).await?;
    let mut tx = app.begin().await?;
    tx.set_provider_course_display(profile.id, show).await?;
    app.commit(tx).await
}
