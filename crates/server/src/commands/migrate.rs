use essaim_server::{Config, prepare_database};

use super::Failure;

pub async fn run(config: &Config) -> Result<(), Failure> {
    let db = prepare_database(config)
        .await
        .map_err(|e| Failure::new(e.exit_code() as u8, e))?;
    let applied = db
        .applied_migrations()
        .await
        .map_err(|e| Failure::new(1, e))?;
    println!(
        "Schéma à jour ({} migration(s) appliquée(s), dernière : {}).",
        applied.len(),
        applied.last().map(String::as_str).unwrap_or("aucune")
    );
    db.close().await;
    Ok(())
}
