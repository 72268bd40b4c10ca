//! The published directory held in memory by each node. The database is the
//! source of truth: a node rebuilds its index when the database's directory
//! revision changes, whichever node made the change.

use std::sync::{Arc, RwLock};
use std::time::Duration;

use essaim_domain::catalogue::Catalogue;
use essaim_domain::directory::Directory;
use essaim_domain::providers::ProviderRecord;
use essaim_store::{Database, StoreError};

use crate::routes::directory::cards::{self, Card};
use crate::routes::directory::labels::{self, Label};

/// The index, the text of its results and the labels of its tool facet,
/// built together from the same catalogue.
pub struct Published {
    pub index: Directory,
    /// By entry number.
    pub cards: Vec<Card>,
    /// In the order of the tool facet's counts.
    pub tool_labels: Vec<Label>,
}

impl Published {
    pub fn new(records: Vec<ProviderRecord>, catalogue: Arc<Catalogue>) -> Published {
        let tool_labels = labels::tools(&catalogue);
        let index = Directory::new(records, catalogue);
        let cards = cards::of_directory(&index);
        Published {
            index,
            cards,
            tool_labels,
        }
    }
}

pub struct DirectoryCache {
    current: RwLock<(i64, Arc<Published>)>,
    rebuilding: tokio::sync::Mutex<()>,
    /// Gives memory freed by a rebuild back to the system (set by the
    /// binary, which chooses the allocator).
    release_freed_memory: fn(),
}

impl DirectoryCache {
    pub fn empty(release_freed_memory: fn()) -> DirectoryCache {
        DirectoryCache {
            current: RwLock::new((
                -1,
                Arc::new(Published::new(Vec::new(), Arc::new(Catalogue::builtin()))),
            )),
            rebuilding: tokio::sync::Mutex::new(()),
            release_freed_memory,
        }
    }

    pub fn release_freed_memory(&self) {
        (self.release_freed_memory)();
    }

    /// The index as of the last refresh.
    pub fn get(&self) -> Arc<Published> {
        self.current.read().expect("directory lock").1.clone()
    }

    /// Rebuilds the index when the database holds a newer revision.
    pub async fn refresh(&self, db: &Database) -> Result<bool, StoreError> {
        // One build at a time: the poller and an explicit refresh building
        // together could otherwise install the older index last.
        let _one_at_a_time = self.rebuilding.lock().await;
        let revision = db.directory_revision().await?;
        if revision == self.current.read().expect("directory lock").0 {
            return Ok(false);
        }
        let records = db.published_providers().await?;
        // The catalogue moves the directory's revision when it changes.
        let catalogue = essaim_app::catalogue::current(db)
            .await
            .map_err(|e| StoreError::Corrupt(format!("catalogue : {e}")))?;
        let published = tokio::task::spawn_blocking(move || Published::new(records, catalogue))
            .await
            .map_err(|e| StoreError::Corrupt(format!("construction de l'index : {e}")))?;
        tracing::info!(
            revision,
            prestataires = published.index.len(),
            "index de l'annuaire reconstruit"
        );
        *self.current.write().expect("directory lock") = (revision, Arc::new(published));
        (self.release_freed_memory)();
        Ok(true)
    }

    /// Polls the revision until the database is closed.
    pub async fn keep_fresh(self: Arc<Self>, db: Database, every: Duration) {
        let reader = db.clone();
        essaim_app::polling::until_closed(
            db,
            every,
            "rafraîchissement de l'annuaire impossible",
            || async { self.refresh(&reader).await.map(|_| ()) },
        )
        .await;
    }
}
