//! The catalogue, kept as one document with a revision (see
//! `migrations/*/0008_catalogue.sql`).

use essaim_domain::catalogue::CatalogueDocument;
use sqlx::Row;

use crate::{Database, StoreError, Tx};

impl Database {
    /// The catalogue in force and its revision; `None` before the instance
    /// first wrote one.
    pub async fn catalogue(&self) -> Result<Option<(i64, CatalogueDocument)>, StoreError> {
        let row = sqlx::query("SELECT revision, document FROM catalogue WHERE id = 1")
            .fetch_optional(self.pool())
            .await?;
        row.map(|row| {
            let document = serde_json::from_str(&row.try_get::<String, _>(1)?)
                .map_err(|e| StoreError::Corrupt(format!("catalogue : {e}")))?;
            Ok((row.try_get(0)?, document))
        })
        .transpose()
    }

    /// Moves at every change of the catalogue; 0 before the first.
    pub async fn catalogue_revision(&self) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT revision FROM catalogue WHERE id = 1")
            .fetch_optional(self.pool())
            .await?;
        Ok(row.map(|r| r.try_get(0)).transpose()?.unwrap_or(0))
    }
}

impl Tx {
    /// Writes the first catalogue, unless another node did already; returns
    /// whether this one did.
    pub async fn seed_catalogue(
        &mut self,
        document: &CatalogueDocument,
        now: i64,
    ) -> Result<bool, StoreError> {
        let written = sqlx::query(
            "INSERT INTO catalogue (id, revision, document, updated_at) VALUES (1, 1, $1, $2)
             ON CONFLICT (id) DO NOTHING",
        )
        .bind(serde_json::to_string(document).expect("a catalogue always serialises"))
        .bind(now)
        .execute(self.conn())
        .await?
        .rows_affected();
        Ok(written == 1)
    }

    /// Replaces the catalogue. The directory's index is built with it (its
    /// tool facet, the words that find a tool), so its revision moves too.
    pub async fn save_catalogue(
        &mut self,
        document: &CatalogueDocument,
        now: i64,
    ) -> Result<(), StoreError> {
        let json = serde_json::to_string(document).expect("a catalogue always serialises");
        sqlx::query(
            "INSERT INTO catalogue (id, revision, document, updated_at) VALUES (1, 1, $1, $2)
             ON CONFLICT (id) DO UPDATE SET revision = catalogue.revision + 1,
                 document = excluded.document, updated_at = excluded.updated_at",
        )
        .bind(json)
        .bind(now)
        .execute(self.conn())
        .await?;
        sqlx::query("UPDATE directory_state SET revision = revision + 1 WHERE id = 1")
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Replaces the catalogue as it was at `revision`; `None`, and nothing
    /// written, when someone changed it since. Returns the new revision.
    pub async fn save_catalogue_from(
        &mut self,
        document: &CatalogueDocument,
        revision: i64,
        now: i64,
    ) -> Result<Option<i64>, StoreError> {
        let row = sqlx::query(
            "UPDATE catalogue SET revision = revision + 1, document = $1, updated_at = $2
             WHERE id = 1 AND revision = $3 RETURNING revision",
        )
        .bind(serde_json::to_string(document).expect("a catalogue always serialises"))
        .bind(now)
        .bind(revision)
        .fetch_optional(self.conn())
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        sqlx::query("UPDATE directory_state SET revision = revision + 1 WHERE id = 1")
            .execute(self.conn())
            .await?;
        Ok(Some(row.try_get(0)?))
    }
}
