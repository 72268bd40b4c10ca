//! Moderators add to the catalogue and change its entries, one at a time.
//! A change is written from the revision the moderator's form showed, so
//! that two moderators editing at once cannot silently undo each other; it
//! goes to the one moderation log.

use essaim_domain::catalogue::{Catalogue, FreeTool, Need, ProprietaryTool};
use essaim_domain::moderation::{LogKind, Target, TargetKind};
use essaim_domain::problems::FieldProblem;
use essaim_store::{Account, NewLogEntry};

use crate::{App, Error, Result, now};

/// Why a change of the catalogue is not written.
pub const CHANGED: &str = "catalogue-conflict-changed";

/// One entry, as a form sends it.
pub enum Entry {
    Need(Need),
    Proprietary(ProprietaryTool),
    Tool(FreeTool),
}

impl Entry {
    fn slug(&self) -> &str {
        match self {
            Entry::Need(n) => &n.slug,
            Entry::Proprietary(p) => &p.slug,
            Entry::Tool(t) => &t.slug,
        }
    }

    /// Its list in the document, and in addresses (`logiciels/nextcloud`).
    fn list(&self) -> (&'static str, &'static str) {
        match self {
            Entry::Need(_) => ("needs", "besoins"),
            Entry::Proprietary(_) => ("proprietary", "proprietaires"),
            Entry::Tool(_) => ("tools", "logiciels"),
        }
    }
}

/// Writes `entry` into the catalogue as it was at `revision`: a new entry
/// when `editing` is `None`, else the entry of that slug (whose slug does
/// not change: provider profiles and addresses name it). Returns the
/// entry's label (`logiciels/nextcloud`).
pub async fn save(
    app: &App,
    moderator: &Account,
    editing: Option<&str>,
    mut entry: Entry,
    revision: i64,
) -> Result<String> {
    let Some((current, mut document)) = app.db().catalogue().await? else {
        return Err(Error::Conflict(CHANGED));
    };
    if current != revision {
        return Err(Error::Conflict(CHANGED));
    }
    let (list, path) = entry.list();
    let position = match editing {
        Some(slug) => {
            let position = match &entry {
                Entry::Need(_) => document.needs.iter().position(|n| n.slug == slug),
                Entry::Proprietary(_) => document.proprietary.iter().position(|p| p.slug == slug),
                Entry::Tool(_) => document.tools.iter().position(|t| t.slug == slug),
            }
            .ok_or(Error::NotFound)?;
            match &mut entry {
                Entry::Need(n) => n.slug = slug.to_string(),
                Entry::Proprietary(p) => p.slug = slug.to_string(),
                Entry::Tool(t) => t.slug = slug.to_string(),
            }
            position
        }
        None => {
            let taken = match &entry {
                Entry::Need(n) => document.needs.iter().any(|x| x.slug == n.slug),
                Entry::Proprietary(p) => document.proprietary.iter().any(|x| x.slug == p.slug),
                Entry::Tool(t) => document.tools.iter().any(|x| x.slug == t.slug),
            };
            if taken {
                return Err(Error::Invalid(vec![
                    FieldProblem::new("slug", "catalogue-check-slug-taken")
                        .with("slug", entry.slug()),
                ]));
            }
            match &entry {
                Entry::Need(_) => document.needs.len(),
                Entry::Proprietary(_) => document.proprietary.len(),
                Entry::Tool(_) => document.tools.len(),
            }
        }
    };
    let label = format!("{path}/{}", entry.slug());
    match entry {
        Entry::Need(n) if editing.is_some() => document.needs[position] = n,
        Entry::Need(n) => document.needs.push(n),
        Entry::Proprietary(p) if editing.is_some() => document.proprietary[position] = p,
        Entry::Proprietary(p) => document.proprietary.push(p),
        Entry::Tool(t) if editing.is_some() => document.tools[position] = t,
        Entry::Tool(t) => document.tools.push(t),
    }
    let catalogue = Catalogue::new(document)
        .map_err(|problems| Error::Invalid(of_the_entry(problems, list, position)))?;
    let mut tx = app.begin().await?;
    let Some(new_revision) = tx
        .save_catalogue_from(catalogue.document(), revision, now())
        .await?
    else {
        return Err(Error::Conflict(CHANGED));
    };
    tx.log_moderation(
        &NewLogEntry {
            kind: if editing.is_some() {
                LogKind::CatalogueEdited
            } else {
                LogKind::CatalogueAdded
            },
            actor_id: Some(moderator.id),
            target: Target {
                kind: TargetKind::CatalogueEntry,
                id: new_revision,
            },
            target_label: &label,
            reason: "",
        },
        now(),
    )
    .await?;
    app.commit(tx).await?;
    app.catalogue_cache().refresh(app.db()).await?;
    Ok(label)
}

/// The problems of the edited entry, named by its form's fields
/// (`tools[61].website` becomes `website`); problems elsewhere stay whole.
fn of_the_entry(problems: Vec<FieldProblem>, list: &str, position: usize) -> Vec<FieldProblem> {
    let prefix = format!("{list}[{}].", position + 1);
    problems
        .into_iter()
        .map(|mut p| {
            if let Some(field) = p.field.strip_prefix(&prefix) {
                p.field = field.to_string();
            }
            p
        })
        .collect()
}
