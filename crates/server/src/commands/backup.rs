use std::path::Path;

use essaim_server::Config;
use essaim_store::{Database, PoolSettings};

use super::Failure;

/// Copies the live database without stopping the server.
pub async fn run(config: &Config, file: &Path) -> Result<(), Failure> {
    // Connecting would create an empty database where none was found.
    if let Some(file) = config.default_sqlite_file()
        && !file.exists()
    {
        return Err(Failure::new(
            2,
            format!(
                "réglage « data_dir » : aucune base trouvée ({})",
                file.display()
            ),
        ));
    }
    let db = Database::connect(&config.database_url(), &PoolSettings::default())
        .await
        .map_err(|e| Failure::new(2, format!("réglage « database_url » : {e}")))?;
    let outcome = db.backup_sqlite(file).await;
    db.close().await;
    outcome.map_err(|e| Failure::new(1, e))?;
    println!("Sauvegarde écrite dans {}.", file.display());
    Ok(())
}
