//! The instance's own settings, as administrators set them in its
//! interface: held by each node and read again when the database says they
//! changed (another node may have saved them).

pub mod logo;
pub mod save;

use std::sync::{Arc, RwLock};
use std::time::Duration;

use essaim_domain::instance::InstanceSettings;
use essaim_store::Database;

use crate::Result;

/// The settings in force on this node.
pub struct InstanceCache {
    /// What the configuration file says, until an administrator saves.
    defaults: InstanceSettings,
    current: RwLock<(i64, Arc<InstanceSettings>)>,
}

impl InstanceCache {
    pub fn new(defaults: InstanceSettings) -> InstanceCache {
        InstanceCache {
            current: RwLock::new((-1, Arc::new(defaults.clone()))),
            defaults,
        }
    }

    pub fn get(&self) -> Arc<InstanceSettings> {
        self.current.read().expect("instance lock").1.clone()
    }

    /// Reads the settings again when their revision moved.
    pub async fn refresh(&self, db: &Database) -> Result<bool> {
        let revision = db.instance_revision().await?;
        if revision == self.current.read().expect("instance lock").0 {
            return Ok(false);
        }
        let settings = db
            .instance_settings()
            .await?
            .unwrap_or_else(|| self.defaults.clone());
        *self.current.write().expect("instance lock") = (revision, Arc::new(settings));
        Ok(true)
    }

    /// Polls the revision until the database is closed.
    pub async fn keep_fresh(self: Arc<Self>, db: Database, every: Duration) {
        let reader = db.clone();
        crate::polling::until_closed(db, every, "réglages de l'instance illisibles", || async {
            self.refresh(&reader).await.map(|_| ())
        })
        .await;
    }
}
