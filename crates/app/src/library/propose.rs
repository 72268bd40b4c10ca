//! A member proposes a resource: checked, kept as a proposal, and put in
//! the moderation queue, with its entry in the log.

use essaim_domain::library::{ResourceFields, Status};
use essaim_domain::moderation::{LogKind, Target, TargetKind};
use essaim_domain::text::slugify;
use essaim_store::{Account, ResourceRow};

use crate::moderation::log;
use crate::{App, Error, Result, now};

pub async fn propose(app: &App, member: &Account, fields: &ResourceFields) -> Result<ResourceRow> {
    let resource = fields
        .check(app.today().year, &app.catalogue())
        .map_err(Error::Invalid)?;
    let slug = free_slug(app, &resource.title).await?;
    let mut tx = app.begin().await?;
    let id = tx
        .insert_library_resource(&slug, &resource, Status::Proposed, Some(member.id), now())
        .await?;
    log(
        &mut tx,
        LogKind::Submitted,
        member,
        Target {
            kind: TargetKind::LibraryResource,
            id,
        },
        &slug,
        "",
    )
    .await?;
    app.commit(tx).await?;
    app.db()
        .library_resource(id)
        .await?
        .ok_or_else(|| Error::internal(anyhow::anyhow!("ressource {id} introuvable")))
}

/// The title's slug, numbered when another resource has it.
pub(crate) async fn free_slug(app: &App, title: &str) -> Result<String> {
    let base = match slugify(title) {
        slug if slug.len() >= 2 => slug,
        _ => "ressource".to_string(),
    };
    let mut slug = base.clone();
    let mut n = 2;
    // `/ressources/proposer` is the proposal form.
    while slug == "proposer" || app.db().library_slug_taken(&slug).await? {
        slug = format!("{base}-{n}");
        n += 1;
    }
    Ok(slug)
}
