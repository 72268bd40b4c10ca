//! An association's roadmap, which every member of the association may
//! read and change, and nobody else: items (need → tool used today → tool
//! chosen, with a priority, a status, a target date, an owner, notes), the
//! dated history of their statuses, and the steps of a transition ticked.

pub mod diagnostic;
pub mod summary;

use essaim_domain::roadmap::Item;
use essaim_domain::taxonomy::TransitionStep;
use essaim_store::{Account, AssociationRow, ItemRow};

use crate::associations::belonging;
use crate::{App, Error, Result, now};

/// The item `id`, if it belongs to the association `slug` and the account
/// is one of its members. An item of another association is refused as
/// that association's space would be.
pub async fn item_of(
    app: &App,
    account: &Account,
    slug: &str,
    id: i64,
) -> Result<(AssociationRow, ItemRow)> {
    let (association, _) = belonging(app, account, slug).await?;
    let row = app.db().roadmap_item(id).await?.ok_or(Error::NotFound)?;
    if row.association_id != association.id {
        tracing::warn!(
            target: "essaim::auth",
            event = "roadmap.access-refused",
            account_id = account.id,
            item = id
        );
        return Err(Error::Forbidden);
    }
    Ok((association, row))
}

/// The checks of an item, and that its owner belongs to the association.
async fn check(
    app: &App,
    association: &AssociationRow,
    item: &Item,
    new_target: bool,
) -> Result<()> {
    let mut problems = item.problems(&app.catalogue(), app.today(), new_target);
    if let Some(owner) = item.owner_id
        && app
            .db()
            .association_role(association.id, owner)
            .await?
            .is_none()
    {
        problems.push(essaim_domain::problems::FieldProblem::new(
            "owner",
            "roadmap-check-owner",
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::Invalid(problems))
    }
}

pub async fn add(app: &App, account: &Account, slug: &str, item: &Item) -> Result<i64> {
    let (association, _) = belonging(app, account, slug).await?;
    check(app, &association, item, item.target_date.is_some()).await?;
    let mut tx = app.begin().await?;
    let id = tx
        .add_roadmap_item(association.id, item, account.id, now())
        .await?;
    app.commit(tx).await?;
    Ok(id)
}

pub async fn update(app: &App, account: &Account, slug: &str, id: i64, item: &Item) -> Result<()> {
    let (association, before) = item_of(app, account, slug, id).await?;
    check(
        app,
        &association,
        item,
        item.target_date != before.item.target_date,
    )
    .await?;
    let mut tx = app.begin().await?;
    tx.update_roadmap_item(&before, item, account.id, now())
        .await?;
    app.commit(tx).await
}

pub async fn remove(app: &App, account: &Account, slug: &str, id: i64) -> Result<()> {
    let (_, row) = item_of(app, account, slug, id).await?;
    let mut tx = app.begin().await?;
    tx.delete_roadmap_item(row.id).await?;
    app.commit(tx).await
}

pub async fn set_step(
    app: &App,
    account: &Account,
    slug: &str,
    step: Option<TransitionStep>,
    done: bool,
) -> Result<()> {
    let (association, _) = belonging(app, account, slug).await?;
    let step = step.ok_or(Error::NotFound)?;
    let mut tx = app.begin().await?;
    tx.set_roadmap_step(association.id, step, done, account.id, now())
        .await?;
    app.commit(tx).await
}

/// A responsable puts an item on the association's public page ("Nos
/// choix numériques"), or takes it off; the plan stays private otherwise.
pub async fn publish(
    app: &App,
    account: &Account,
    slug: &str,
    id: i64,
    public: bool,
) -> Result<()> {
    crate::associations::run_by(app, account, slug).await?;
    let (_, row) = item_of(app, account, slug, id).await?;
    let mut tx = app.begin().await?;
    tx.publish_roadmap_item(row.id, public.then(now)).await?;
    app.commit(tx).await
}
