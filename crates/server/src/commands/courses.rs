//! `essaim import parcours DIR` and `essaim export parcours SLUG DIR`.

use std::path::Path;

use essaim_app::courses::import::{ImportError, import as import_course};
use essaim_server::{Config, app_for_command, course_folder};

use super::Failure;

/// Loads or updates a course from its folder; any problem, each named
/// with its file and line, leaves everything as it was.
pub async fn import(config: &Config, dir: &Path, publish: bool) -> Result<(), Failure> {
    let files = course_folder::read(dir)
        .map_err(|e| Failure::new(1, format!("import refusé, rien n'a été écrit : {e}")))?;
    let app = app_for_command(config)
        .await
        .map_err(|e| Failure::new(e.exit_code() as u8, e))?;
    let outcome = import_course(&app, &files, publish).await;
    app.db().close().await;
    match outcome {
        Ok(imported) => {
            let state = if imported.created {
                "créé"
            } else {
                "mis à jour"
            };
            println!(
                "Parcours « {} » {state} : {} leçon(s), {} quiz.",
                imported.slug, imported.lessons, imported.quizzes
            );
            Ok(())
        }
        Err(ImportError::Refused(problems)) => Err(Failure::new(
            1,
            format!(
                "import refusé, rien n'a été écrit :\n{}",
                problems
                    .iter()
                    .map(|p| format!("  {p}"))
                    .collect::<Vec<_>>()
                    .join("\n")
            ),
        )),
        Err(ImportError::Failed(e)) => Err(Failure::new(1, format!("import impossible : {e}"))),
    }
}

/// Writes a course's files back into a new or empty folder.
pub async fn export(config: &Config, slug: &str, dir: &Path) -> Result<(), Failure> {
    let app = app_for_command(config)
        .await
        .map_err(|e| Failure::new(e.exit_code() as u8, e))?;
    let files = essaim_app::courses::export::files(&app, slug).await;
    app.db().close().await;
    let files = match files {
        Ok(files) => files,
        Err(essaim_app::Error::NotFound) => {
            return Err(Failure::new(
                1,
                format!("aucun parcours n'a l'adresse « {slug} »"),
            ));
        }
        Err(e) => return Err(Failure::new(1, e)),
    };
    course_folder::write(dir, &files).map_err(|e| Failure::new(1, e))?;
    println!("{} fichier(s) écrits dans {}.", files.len(), dir.display());
    Ok(())
}
