use std::io::Read;
use std::path::Path;

use essaim_domain::providers::transfer::ExportDocument;
use essaim_server::{Config, prepare_database};

use super::Failure;

/// Reads a whole export; the first bad record stops it with nothing written.
pub async fn run(config: &Config, file: &Path) -> Result<(), Failure> {
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
    let document = ExportDocument::parse(&text)
        .map_err(|e| Failure::new(1, format!("import refusé, rien n'a été écrit : {e}")))?;
    let db = prepare_database(config)
        .await
        .map_err(|e| Failure::new(e.exit_code() as u8, e))?;
    let outcome = db.import_providers(&document).await;
    db.close().await;
    let count =
        outcome.map_err(|e| Failure::new(1, format!("import refusé, rien n'a été écrit : {e}")))?;
    println!("{count} prestataire(s) importé(s).");
    Ok(())
}
