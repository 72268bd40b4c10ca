//! The catalogue in force on this node: read from the database, and read
//! again when its revision moves (a moderator on another node may have
//! changed it). A new instance starts with the catalogue compiled in.

pub mod edit;
pub mod replace;

use std::sync::{Arc, RwLock};
use std::time::Duration;

use essaim_domain::catalogue::Catalogue;
use essaim_store::Database;

use crate::{App, Error, Result, now};

pub struct CatalogueCache {
    current: RwLock<(i64, Arc<Catalogue>)>,
}

impl Default for CatalogueCache {
    fn default() -> Self {
        CatalogueCache {
            current: RwLock::new((-1, Arc::new(Catalogue::builtin()))),
        }
    }
}

impl CatalogueCache {
    pub fn get(&self) -> Arc<Catalogue> {
        self.current.read().expect("catalogue lock").1.clone()
    }

    /// Reads the catalogue again when its revision moved.
    pub async fn refresh(&self, db: &Database) -> Result<bool> {
        let revision = db.catalogue_revision().await?;
        if revision == self.current.read().expect("catalogue lock").0 {
            return Ok(false);
        }
        let catalogue = current(db).await?;
        *self.current.write().expect("catalogue lock") = (revision, catalogue);
        Ok(true)
    }

    /// Polls the revision until the database is closed.
    pub async fn keep_fresh(self: Arc<Self>, db: Database, every: Duration) {
        let reader = db.clone();
        crate::polling::until_closed(db, every, "catalogue illisible", || async {
            self.refresh(&reader).await.map(|_| ())
        })
        .await;
    }
}

/// The catalogue the database holds (the built-in one before the first
/// start wrote it).
pub async fn current(db: &Database) -> Result<Arc<Catalogue>> {
    Ok(Arc::new(match db.catalogue().await? {
        None => Catalogue::builtin(),
        Some((_, document)) => Catalogue::new(document).map_err(|problems| {
            Error::internal(anyhow::anyhow!(
                "le catalogue de la base ne tient pas : {}",
                problems
                    .iter()
                    .map(|p| format!("{} ({})", p.field, p.key))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        })?,
    }))
}

/// Writes the built-in catalogue into a database that has none yet.
pub async fn seed(app: &App) -> Result<()> {
    let mut tx = app.begin().await?;
    if tx
        .seed_catalogue(Catalogue::builtin().document(), now())
        .await?
    {
        tracing::info!("catalogue initial enregistré");
    }
    app.commit(tx).await
}
