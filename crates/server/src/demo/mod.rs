//! Demonstration data: fictional but realistic providers, loaded by
//! `serve --demo` into an empty database only, and generated in any number
//! for benchmarks (`essaim demo-data --count N`).

mod generator;
mod words;

use essaim_store::Database;

pub use generator::generate;

/// How many providers `serve --demo` loads.
pub const DEMO_PROVIDERS: usize = 72;

pub async fn load_if_empty(db: &Database) -> anyhow::Result<()> {
    if db.has_content().await? {
        tracing::warn!(
            "la base contient déjà des données : les données de démonstration ne sont pas chargées"
        );
        return Ok(());
    }
    let document = generate(DEMO_PROVIDERS, 2026);
    let loaded = db.import_providers(&document).await?;
    tracing::info!(prestataires = loaded, "données de démonstration chargées");
    Ok(())
}
