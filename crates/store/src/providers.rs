//! Provider profiles: the published directory, export and import.

use essaim_domain::provider::ProviderRecord;
use essaim_domain::provider_export::{ExportDocument, ExportedProvider};
use essaim_domain::taxonomy::ProviderStatus;
use sqlx::Row;

use crate::{Database, StoreError};

fn to_json(record: &ProviderRecord) -> String {
    serde_json::to_string(record).expect("a record always serialises")
}

fn from_json(slug: &str, text: &str) -> Result<ProviderRecord, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(format!("profil {slug} : {e}")))
}

impl Database {
    /// Whether anything was ever written in the directory.
    pub async fn has_content(&self) -> Result<bool, StoreError> {
        let count: i64 = sqlx::query("SELECT COUNT(*) FROM providers")
            .fetch_one(self.pool())
            .await?
            .get(0);
        Ok(count > 0)
    }

    /// The published version of every profile the public may see.
    pub async fn published_providers(&self) -> Result<Vec<ProviderRecord>, StoreError> {
        let rows = sqlx::query(
            "SELECT slug, published FROM providers
             WHERE published IS NOT NULL AND status <> $1
             ORDER BY slug",
        )
        .bind(ProviderStatus::Suspended.slug())
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| from_json(&row.get::<String, _>(0), &row.get::<String, _>(1)))
            .collect()
    }

    /// The published version of one profile, as the public sees it
    /// (without referees, nor the address unless it is public); `None`
    /// when the public may not see it.
    pub async fn published_provider(
        &self,
        slug: &str,
    ) -> Result<Option<ProviderRecord>, StoreError> {
        let row = sqlx::query(
            "SELECT published FROM providers
             WHERE slug = $1 AND published IS NOT NULL AND status <> $2",
        )
        .bind(slug)
        .bind(ProviderStatus::Suspended.slug())
        .fetch_optional(self.pool())
        .await?;
        row.map(|row| from_json(slug, &row.get::<String, _>(0)).map(|r| r.public()))
            .transpose()
    }

    /// The published versions of these profiles as the public sees them, in
    /// the order given; any the public may no longer see is left out. Read a
    /// hundred at a time: callers with thousands should pass them in batches
    /// so as not to hold every profile at once.
    pub async fn published_in_order(
        &self,
        slugs: &[&str],
    ) -> Result<Vec<ProviderRecord>, StoreError> {
        const AT_ONCE: usize = 100;
        let mut records = Vec::with_capacity(slugs.len());
        for chunk in slugs.chunks(AT_ONCE) {
            let placeholders: Vec<String> =
                (0..chunk.len()).map(|i| format!("${}", i + 2)).collect();
            let sql = format!(
                "SELECT slug, published FROM providers
                 WHERE published IS NOT NULL AND status <> $1 AND slug IN ({})",
                placeholders.join(", ")
            );
            let mut query = sqlx::query(&sql).bind(ProviderStatus::Suspended.slug());
            for slug in chunk {
                query = query.bind(*slug);
            }
            let mut found = std::collections::HashMap::with_capacity(chunk.len());
            for row in query.fetch_all(self.pool()).await? {
                let slug: String = row.get(0);
                let record = from_json(&slug, &row.get::<String, _>(1))?;
                found.insert(slug, record);
            }
            records.extend(
                chunk
                    .iter()
                    .filter_map(|slug| found.remove(*slug))
                    .map(|record| record.public()),
            );
        }
        Ok(records)
    }

    /// Changes whenever what the public directory shows may have changed.
    pub async fn directory_revision(&self) -> Result<i64, StoreError> {
        Ok(
            sqlx::query("SELECT revision FROM directory_state WHERE id = 1")
                .fetch_one(self.pool())
                .await?
                .get(0),
        )
    }

    /// Every profile, in slug order, for `essaim export prestataires`.
    pub async fn export_providers(&self) -> Result<ExportDocument, StoreError> {
        let rows = sqlx::query(
            "SELECT slug, status, created_at, updated_at, published_at, profile, published
             FROM providers ORDER BY slug",
        )
        .fetch_all(self.pool())
        .await?;
        let mut providers = Vec::with_capacity(rows.len());
        for row in rows {
            let slug: String = row.get(0);
            let status: String = row.get(1);
            providers.push(ExportedProvider {
                status: ProviderStatus::from_slug(&status).ok_or_else(|| {
                    StoreError::Corrupt(format!("profil {slug} : statut « {status} »"))
                })?,
                created_at: row.get(2),
                updated_at: row.get(3),
                published_at: row.get(4),
                profile: from_json(&slug, &row.get::<String, _>(5))?,
                published: row
                    .get::<Option<String>, _>(6)
                    .map(|text| from_json(&slug, &text))
                    .transpose()?,
            });
        }
        Ok(ExportDocument::new(providers))
    }

    /// Adds every profile of a checked document in one transaction: all or
    /// nothing. A slug already present stops it.
    pub async fn import_providers(&self, document: &ExportDocument) -> Result<usize, StoreError> {
        let mut tx = self.begin_write().await?;
        for (i, provider) in document.providers.iter().enumerate() {
            let slug = &provider.profile.slug;
            let exists = sqlx::query("SELECT 1 FROM providers WHERE slug = $1")
                .bind(slug)
                .fetch_optional(&mut *tx)
                .await?
                .is_some();
            if exists {
                return Err(StoreError::Conflict(format!(
                    "prestataire n° {}, champ « profile.slug » : « {slug} » existe déjà dans la base",
                    i + 1
                )));
            }
            sqlx::query(
                "INSERT INTO providers (slug, status, profile, published, created_at, updated_at, published_at, verified_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(slug)
            .bind(provider.status.slug())
            .bind(to_json(&provider.profile))
            .bind(provider.published.as_ref().map(to_json))
            .bind(provider.created_at)
            .bind(provider.updated_at)
            .bind(provider.published_at)
            .bind(
                provider
                    .published
                    .as_ref()
                    .and_then(|p| p.last_verified_date())
                    .map(|d| d.to_unix()),
            )
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query("UPDATE directory_state SET revision = revision + 1 WHERE id = 1")
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(document.providers.len())
    }
}
