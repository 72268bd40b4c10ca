//! `essaim export catalogue` and `essaim import catalogue`: the catalogue
//! of needs, proprietary tools and free tools as one JSON document.

use essaim_domain::Locale;
use essaim_domain::catalogue::CatalogueDocument;
use essaim_server::{Config, prepare_database};

use super::Failure;

pub async fn export(config: &Config) -> Result<(), Failure> {
    let db = prepare_database(config)
        .await
        .map_err(|e| Failure::new(e.exit_code() as u8, e))?;
    let catalogue = essaim_app::catalogue::current(&db)
        .await
        .map_err(|e| Failure::new(1, e));
    db.close().await;
    let text =
        serde_json::to_string_pretty(catalogue?.document()).map_err(|e| Failure::new(1, e))?;
    println!("{text}");
    Ok(())
}

/// Replaces the catalogue with the document in `text`; the first problems
/// stop it with nothing written.
pub async fn import(config: &Config, text: &str) -> Result<(), Failure> {
    let refused =
        |reason: String| Failure::new(1, format!("import refusé, rien n'a été écrit : {reason}"));
    let document = CatalogueDocument::parse(text).map_err(refused)?;
    let db = prepare_database(config)
        .await
        .map_err(|e| Failure::new(e.exit_code() as u8, e))?;
    let outcome = essaim_app::catalogue::replace::replace(&db, document).await;
    db.close().await;
    match outcome {
        Ok(()) => {
            println!("Catalogue remplacé.");
            Ok(())
        }
        Err(essaim_app::Error::Invalid(problems)) => Err(refused(
            problems
                .iter()
                .map(|p| format!("{} : {}", p.field, p.message(Locale::Fr)))
                .collect::<Vec<_>>()
                .join(" ; "),
        )),
        Err(e) => Err(refused(e.to_string())),
    }
}
