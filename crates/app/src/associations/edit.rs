//! A responsable changes what the association says of itself.

use essaim_domain::associations::AssociationDetails;
use essaim_store::Account;

use super::run_by;
use crate::{App, Error, Result, now};

pub async fn edit(
    app: &App,
    account: &Account,
    slug: &str,
    details: &AssociationDetails,
) -> Result<()> {
    let row = run_by(app, account, slug).await?;
    let problems = details.problems();
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    let mut tx = app.begin().await?;
    tx.update_association(row.id, details, now()).await?;
    app.commit(tx).await
}
