//! The public directory's reads: the published version of every profile
//! the public may see, and the revision that tells nodes to rebuild.

use essaim_domain::providers::ProviderRecord;
use essaim_domain::taxonomy::ProviderStatus;
use sqlx::Row;

use crate::providers::record_from_json;
use crate::{Database, StoreError};

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
            .map(|row| record_from_json(&row.get::<String, _>(0), &row.get::<String, _>(1)))
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
        row.map(|row| record_from_json(slug, &row.get::<String, _>(0)).map(|r| r.public()))
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
                let record = record_from_json(&slug, &row.get::<String, _>(1))?;
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
}
