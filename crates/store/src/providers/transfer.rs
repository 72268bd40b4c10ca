//! Every profile at once, for `essaim export prestataires` and `essaim
//! import prestataires`.

use essaim_domain::providers::transfer::{ExportDocument, ExportedProvider};
use essaim_domain::taxonomy::ProviderStatus;
use sqlx::Row;

use crate::providers::{record_from_json, record_to_json};
use crate::{Database, StoreError};

impl Database {
    /// The logo file names any version of any profile points to.
    pub async fn logo_names(&self) -> Result<std::collections::HashSet<String>, StoreError> {
        let rows = sqlx::query("SELECT slug, profile, published FROM providers")
            .fetch_all(self.pool())
            .await?;
        let mut names = std::collections::HashSet::new();
        for row in rows {
            let slug: String = row.get(0);
            let versions = [
                Some(row.get::<String, _>(1)),
                row.get::<Option<String>, _>(2),
            ];
            for text in versions.into_iter().flatten() {
                if let Some(logo) = record_from_json(&slug, &text)?.logo {
                    names.insert(logo);
                }
            }
        }
        Ok(names)
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
                profile: record_from_json(&slug, &row.get::<String, _>(5))?,
                published: row
                    .get::<Option<String>, _>(6)
                    .map(|text| record_from_json(&slug, &text))
                    .transpose()?,
            });
        }
        Ok(ExportDocument::new(providers))
    }

    /// Adds every profile of a checked document in one transaction: all or
    /// nothing. A slug already present stops it.
    pub async fn import_providers(&self, document: &ExportDocument) -> Result<usize, StoreError> {
        let mut tx = self.begin().await?;
        for (i, provider) in document.providers.iter().enumerate() {
            let slug = &provider.profile.slug;
            let exists = sqlx::query("SELECT 1 FROM providers WHERE slug = $1")
                .bind(slug)
                .fetch_optional(tx.conn())
                .await?
                .is_some();
            if exists {
                return Err(StoreError::SlugTaken {
                    slug: slug.clone(),
                    position: Some(i + 1),
                });
            }
            sqlx::query(
                "INSERT INTO providers (slug, status, profile, published, created_at, updated_at, published_at, verified_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(slug)
            .bind(provider.status.slug())
            .bind(record_to_json(&provider.profile))
            .bind(provider.published.as_ref().map(record_to_json))
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
            .execute(tx.conn())
            .await?;
        }
        sqlx::query("UPDATE directory_state SET revision = revision + 1 WHERE id = 1")
            .execute(tx.conn())
            .await?;
        tx.commit().await?;
        Ok(document.providers.len())
    }
}
