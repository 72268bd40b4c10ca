//! An administrator shapes the forum: each category's name, address,
//! description, order and who may start topics there ("Annonces" for
//! moderators only, say), or a new category.

use essaim_domain::community::CategoryDraft;
use essaim_store::{Account, StoreError};

use crate::{App, Error, Result};

/// Writes the category now at `current` (`None`: a new one); returns its
/// address.
pub async fn save(
    app: &App,
    admin: &Account,
    current: Option<&str>,
    draft: &CategoryDraft,
) -> Result<String> {
    if !admin.role.is_admin() {
        return Err(Error::Forbidden);
    }
    let id = match current {
        None => None,
        Some(slug) => Some(
            app.db()
                .community_category(slug)
                .await?
                .ok_or(Error::NotFound)?
                .id,
        ),
    };
    let problems = draft.problems();
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    let mut tx = app.begin().await?;
    match tx.save_community_category(id, draft).await {
        Err(StoreError::SlugTaken { .. }) => {
            return Err(Error::field("slug", "community-check-category-slug-taken"));
        }
        other => other?,
    };
    app.commit(tx).await?;
    tracing::info!(target: "essaim::community", event = "category.saved", slug = draft.slug, account_id = admin.id);
    Ok(draft.slug.clone())
}
