//! The library: members propose resources (`propose.rs`), moderators
//! publish, edit or refuse them (`review.rs`), and each node keeps the
//! published ones in memory to search them (`LibraryCache`), read again
//! when the database's library revision moves.

pub mod links;
pub mod propose;
pub mod review;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use essaim_domain::library::Status;
use essaim_domain::library::shelf::{Shelf, ShelfEntry};
use essaim_store::{Database, ResourceRow};

use crate::{App, Result};

#[derive(Default)]
pub struct LibraryCache {
    current: RwLock<(i64, Arc<Shelf>)>,
    /// This node's commits that the last refresh followed.
    commits_seen: AtomicU64,
}

impl LibraryCache {
    /// The shelf, read again first when this node committed something
    /// since the last look: a moderator sees their decision at once.
    pub async fn get(&self, app: &App) -> Result<Arc<Shelf>> {
        let commits = app.commits();
        if self.commits_seen.load(Ordering::Acquire) != commits {
            self.refresh(app.db()).await?;
            self.commits_seen.fetch_max(commits, Ordering::AcqRel);
        }
        Ok(self.current.read().expect("library lock").1.clone())
    }

    /// Reads the published resources again when the revision moved.
    pub async fn refresh(&self, db: &Database) -> Result<bool> {
        let revision = db.library_revision().await?;
        if revision == self.current.read().expect("library lock").0 {
            return Ok(false);
        }
        let entries = db
            .library_resources(Status::Published)
            .await?
            .into_iter()
            .map(entry)
            .collect();
        *self.current.write().expect("library lock") = (revision, Arc::new(Shelf::new(entries)));
        Ok(true)
    }

    /// Polls the revision until the database is closed.
    pub async fn keep_fresh(self: Arc<Self>, db: Database, every: Duration) {
        let reader = db.clone();
        crate::polling::until_closed(db, every, "bibliothèque illisible", || async {
            self.refresh(&reader).await.map(|_| ())
        })
        .await;
    }
}

fn entry(row: ResourceRow) -> ShelfEntry {
    let published_at = row.published_at.unwrap_or(row.proposed_at);
    ShelfEntry::new(row.id, row.slug, published_at, row.resource)
}
