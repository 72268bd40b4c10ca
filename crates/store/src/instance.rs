//! The instance's settings that administrators change at run time: one JSON
//! document in `instance_settings` under the key `instance`, and a revision
//! that every change moves, so that each node knows when to read them again.

use essaim_domain::instance::InstanceSettings;
use sqlx::Row;

use crate::{Database, StoreError, Tx};

const SETTINGS: &str = "instance";
const REVISION: &str = "revision";

impl Database {
    /// The saved settings, if an administrator ever saved them.
    pub async fn instance_settings(&self) -> Result<Option<InstanceSettings>, StoreError> {
        let row = sqlx::query("SELECT value FROM instance_settings WHERE key = $1")
            .bind(SETTINGS)
            .fetch_optional(self.pool())
            .await?;
        row.map(|row| {
            serde_json::from_str(&row.get::<String, _>(0))
                .map_err(|e| StoreError::Corrupt(format!("réglages de l'instance : {e}")))
        })
        .transpose()
    }

    /// Moves at every change of the settings; 0 before the first.
    pub async fn instance_revision(&self) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT value FROM instance_settings WHERE key = $1")
            .bind(REVISION)
            .fetch_optional(self.pool())
            .await?;
        Ok(row
            .and_then(|row| row.get::<String, _>(0).parse().ok())
            .unwrap_or(0))
    }
}

impl Tx {
    pub async fn save_instance_settings(
        &mut self,
        settings: &InstanceSettings,
        now: i64,
    ) -> Result<(), StoreError> {
        let upsert = "INSERT INTO instance_settings (key, value, updated_at) VALUES ($1, $2, $3)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at";
        sqlx::query(upsert)
            .bind(SETTINGS)
            .bind(serde_json::to_string(settings).expect("settings always serialise"))
            .bind(now)
            .execute(self.conn())
            .await?;
        sqlx::query(
            "INSERT INTO instance_settings (key, value, updated_at) VALUES ($1, '1', $2)
             ON CONFLICT (key) DO UPDATE
             SET value = CAST(CAST(instance_settings.value AS BIGINT) + 1 AS TEXT),
                 updated_at = excluded.updated_at",
        )
        .bind(REVISION)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }
}
