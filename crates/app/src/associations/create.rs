//! A new association space, run by the person who creates it.

use essaim_domain::associations::{AssociationDetails, is_reserved, slug_problem};
use essaim_domain::problems::FieldProblem;
use essaim_domain::text::{is_slug, slugify};
use essaim_store::{Account, StoreError};

use crate::{App, Error, Result, now};

/// Creates the association; `chosen_slug` is the address the person typed,
/// empty to make one from the name. Returns the slug.
pub async fn create(
    app: &App,
    account: &Account,
    details: &AssociationDetails,
    chosen_slug: &str,
) -> Result<String> {
    let mut problems = details.problems();
    let chosen_slug = chosen_slug.trim();
    if !chosen_slug.is_empty() {
        problems.extend(slug_problem(chosen_slug));
    }
    let base = if chosen_slug.is_empty() {
        slugify(&details.name)
    } else {
        chosen_slug.to_string()
    };
    // "!!!" leaves no letter for an address: say so in the name's terms.
    if chosen_slug.is_empty() && !is_slug(&base) && problems.is_empty() {
        problems.push(FieldProblem::new(
            "name",
            "associations-create-name-no-letters",
        ));
    }
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    let mut tx = app.begin().await?;
    // An address typed by the person is theirs to change when it is taken;
    // one made from the name becomes "club-2", "club-3"…
    let attempts = if chosen_slug.is_empty() { 50 } else { 1 };
    for attempt in 1..=attempts {
        let slug = if attempt == 1 {
            base.clone()
        } else {
            format!("{base}-{attempt}")
        };
        if is_reserved(&slug) {
            continue;
        }
        match tx
            .create_association(&slug, details, account.id, now())
            .await
        {
            Ok(_) => {
                app.commit(tx).await?;
                tracing::info!(target: "essaim::associations", event = "association.created", account_id = account.id, association = slug);
                return Ok(slug);
            }
            Err(StoreError::SlugTaken { .. }) => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(if chosen_slug.is_empty() {
        Error::field("name", "associations-create-name-overused")
    } else {
        Error::Invalid(vec![
            FieldProblem::new("slug", "associations-create-slug-taken").with("slug", chosen_slug),
        ])
    })
}
