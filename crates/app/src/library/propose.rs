//! A member proposes a resource: checked, kept as a proposal, and put in
//! the moderation queue, with its entry in the log.

use essaim_domain::library::files::check_file;
use essaim_domain::library::{AttachedFile, ResourceFields, Status};
use essaim_domain::moderation::{LogKind, Target, TargetKind};
use essaim_domain::text::slugify;
use essaim_store::{Account, ResourceRow};

use crate::moderation::log;
use crate::secrets::new_reply_key;
use crate::{App, Error, Result, now};

/// A file sent with a proposal, as its sender named it.
pub struct Upload {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Keeps a proposal, with the file sent instead of a link if any: checked
/// by its content, kept under a generated name.
pub async fn propose(
    app: &App,
    member: &Account,
    fields: &ResourceFields,
    upload: Option<Upload>,
) -> Result<ResourceRow> {
    let mut fields = fields.clone();
    let mut file_problem = None;
    let mut content = None;
    if let Some(upload) = upload {
        match check_file(&upload.name, &upload.bytes) {
            Ok(kind) => {
                fields.file = Some(AttachedFile {
                    name: format!("{}.{}", new_reply_key(), kind.extension()),
                    kind,
                    size: i64::try_from(upload.bytes.len()).unwrap_or(i64::MAX),
                });
                content = Some(upload.bytes);
            }
            Err(problem) => file_problem = Some(problem),
        }
    }
    let checked = fields.check(app.today().year, &app.catalogue());
    let resource = match (checked, file_problem) {
        (Ok(resource), None) => resource,
        (Ok(_), Some(problem)) => return Err(Error::Invalid(vec![problem])),
        (Err(mut problems), problem) => {
            if let Some(problem) = problem {
                // A file was sent: asking for a link or a file is noise.
                problems.retain(|p| p.key != "library-check-url-or-file");
                problems.push(problem);
            }
            return Err(Error::Invalid(problems));
        }
    };
    let slug = free_slug(app, &resource.title).await?;
    let mut tx = app.begin().await?;
    if let (Some(file), Some(content)) = (&resource.file, &content) {
        tx.insert_library_file(&file.name, content, now()).await?;
    }
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
