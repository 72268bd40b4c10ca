use essaim_server::{Config, prepare_database};

use super::Failure;

/// Writes every profile, with its review state, as JSON on standard output.
pub async fn run(config: &Config) -> Result<(), Failure> {
    let db = prepare_database(config)
        .await
        .map_err(|e| Failure::new(e.exit_code() as u8, e))?;
    let document = db
        .export_providers()
        .await
        .map_err(|e| Failure::new(1, e))?;
    db.close().await;
    let text = serde_json::to_string_pretty(&document).map_err(|e| Failure::new(1, e))?;
    println!("{text}");
    Ok(())
}
