//! Demonstration data, loaded by `serve --demo` into an empty database only.

use essaim_store::Database;

pub async fn load_if_empty(_db: &Database) -> anyhow::Result<()> {
    tracing::warn!("aucune donnée de démonstration n'est encore définie");
    Ok(())
}
