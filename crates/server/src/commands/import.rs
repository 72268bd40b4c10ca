use std::io::Read;
use std::path::Path;

use crate::cli::Dataset;
use essaim_domain::providers::transfer::ExportDocument;
use essaim_server::{Config, prepare_database};

use super::Failure;

/// Reads a whole file (`-`: standard input) and imports it; the first bad
/// record stops it with nothing written.
pub async fn run(config: &Config, what: Dataset, file: &Path) -> Result<(), Failure> {
    let text = if file == Path::new("-") {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Failure::new(1, format!("entrée standard illisible : {e}")))?;
        text
    } else {
        std::fs::read_to_string(file)
            .map_err(|e| Failure::new(1, format!("fichier {} illisible : {e}", file.display())))?
    };
    match what {
        Dataset::Prestataires => providers(config, &text).await,
        Dataset::Catalogue => super::catalogue::import(config, &text).await,
    }
}

async fn providers(config: &Config, text: &str) -> Result<(), Failure> {
    let refused =
        |reason: String| Failure::new(1, format!("import refusé, rien n'a été écrit : {reason}"));
    let db = prepare_database(config)
        .await
        .map_err(|e| Failure::new(e.exit_code() as u8, e))?;
    // Profiles name the free tools of the instance's catalogue.
    let outcome = match essaim_app::catalogue::current(&db).await {
        Err(e) => Err(refused(e.to_string())),
        Ok(catalogue) => match ExportDocument::parse(text, &catalogue) {
            Err(e) => Err(refused(e.to_string())),
            Ok(document) => db
                .import_providers(&document)
                .await
                .map_err(|e| refused(e.to_string())),
        },
    };
    db.close().await;
    println!("{} prestataire(s) importé(s).", outcome?);
    Ok(())
}
