//! Provider profiles as their managers and moderators work on them: the
//! working copy, its review state and the published version.

mod managers;
mod transfer;

pub use managers::Invitation;

use essaim_domain::moderation::{Target, TargetKind};
use essaim_domain::providers::ProviderRecord;
use essaim_domain::taxonomy::ProviderStatus;
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::{Database, StoreError, Tx};

/// One profile with everything the provider space and moderation need.
#[derive(Debug, Clone)]
pub struct ProviderRow {
    pub id: i64,
    pub slug: String,
    pub status: ProviderStatus,
    /// The working copy (the pending version when it differs from
    /// `published`).
    pub profile: ProviderRecord,
    pub published: Option<ProviderRecord>,
    pub created_at: i64,
    pub updated_at: i64,
    pub published_at: Option<i64>,
    pub submitted_at: Option<i64>,
    /// The network's last message: changes asked, reason of a refusal or a
    /// suspension.
    pub decision_message: Option<String>,
    pub verified_at: Option<i64>,
    pub contact_count: i64,
    /// The version a moderator last sent back or refused, until the next
    /// approval: what a resubmission is compared with.
    pub sent_back: Option<ProviderRecord>,
}

impl ProviderRow {
    /// The name the public knows it by: its published version's, else
    /// its working copy's.
    pub fn name(&self) -> &str {
        &self.published.as_ref().unwrap_or(&self.profile).name
    }

    /// Whether the directory shows it: published and not suspended.
    pub fn is_listed(&self) -> bool {
        self.published.is_some() && self.status != ProviderStatus::Suspended
    }

    /// The profile as moderation names it.
    pub fn target(&self) -> Target {
        Target {
            kind: TargetKind::Provider,
            id: self.id,
        }
    }
}

const COLUMNS: &str = "id, slug, status, profile, published, created_at, updated_at, published_at, \
                       submitted_at, decision_message, verified_at, contact_count, sent_back";

/// A profile as the JSON text stored in `providers.profile` and
/// `providers.published`.
pub(crate) fn record_to_json(record: &ProviderRecord) -> String {
    serde_json::to_string(record).expect("a record always serialises")
}

pub(crate) fn record_from_json(slug: &str, text: &str) -> Result<ProviderRecord, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(format!("profil {slug} : {e}")))
}

fn row_to_provider(row: &AnyRow) -> Result<ProviderRow, StoreError> {
    let slug: String = row.try_get("slug")?;
    let status: String = row.try_get("status")?;
    let parse = |text: &str| record_from_json(&slug, text);
    Ok(ProviderRow {
        id: row.try_get("id")?,
        status: ProviderStatus::from_slug(&status)
            .ok_or_else(|| StoreError::Corrupt(format!("profil {slug} : statut « {status} »")))?,
        profile: parse(&row.try_get::<String, _>("profile")?)?,
        published: row
            .try_get::<Option<String>, _>("published")?
            .map(|text| parse(&text))
            .transpose()?,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
        published_at: row.try_get("published_at")?,
        submitted_at: row.try_get("submitted_at")?,
        decision_message: row.try_get("decision_message")?,
        verified_at: row.try_get("verified_at")?,
        contact_count: row.try_get("contact_count")?,
        sent_back: row
            .try_get::<Option<String>, _>("sent_back")?
            .map(|text| parse(&text))
            .transpose()?,
        slug,
    })
}

/// What a change does to the public directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PublicEffect {
    None,
    /// The published version or its visibility changed: nodes rebuild.
    Changed,
}

/// A change to write to a profile in one statement.
#[derive(Debug, Clone)]
pub struct ProviderUpdate<'a> {
    pub status: ProviderStatus,
    pub profile: &'a ProviderRecord,
    /// `Some(x)` replaces the published version with `x`.
    pub published: Option<Option<&'a ProviderRecord>>,
    pub submitted_at: Option<i64>,
    pub decision_message: Option<&'a str>,
    pub verified_at: Option<i64>,
    pub effect: PublicEffect,
    /// An approval: `published_at` becomes now, and the version sent back
    /// is forgotten.
    pub approved: bool,
    /// A moderator answers the submission without publishing it: the
    /// version is kept as the one sent back.
    pub sent_back: bool,
}

impl Database {
    pub async fn provider_by_slug(&self, slug: &str) -> Result<Option<ProviderRow>, StoreError> {
        let row = sqlx::query(&format!("SELECT {COLUMNS} FROM providers WHERE slug = $1"))
            .bind(slug)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(row_to_provider).transpose()
    }

    /// The names of these profiles (the published one, else the working
    /// copy's), by id; ids that no longer exist are left out.
    pub async fn provider_names(
        &self,
        ids: &[i64],
    ) -> Result<std::collections::HashMap<i64, String>, StoreError> {
        const AT_ONCE: usize = 100;
        let mut names = std::collections::HashMap::with_capacity(ids.len());
        for chunk in ids.chunks(AT_ONCE) {
            let placeholders: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
            let sql = format!(
                "SELECT id, slug, profile, published FROM providers WHERE id IN ({})",
                placeholders.join(", ")
            );
            let mut query = sqlx::query(&sql);
            for id in chunk {
                query = query.bind(*id);
            }
            for row in query.fetch_all(self.pool()).await? {
                let slug: String = row.try_get("slug")?;
                let text = row
                    .try_get::<Option<String>, _>("published")?
                    .map_or_else(|| row.try_get::<String, _>("profile"), Ok)?;
                names.insert(row.try_get("id")?, record_from_json(&slug, &text)?.name);
            }
        }
        Ok(names)
    }

    pub async fn provider_by_id(&self, id: i64) -> Result<Option<ProviderRow>, StoreError> {
        let row = sqlx::query(&format!("SELECT {COLUMNS} FROM providers WHERE id = $1"))
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(row_to_provider).transpose()
    }

    pub async fn is_provider_manager(
        &self,
        provider_id: i64,
        account_id: i64,
    ) -> Result<bool, StoreError> {
        Ok(sqlx::query(
            "SELECT 1 FROM provider_managers WHERE provider_id = $1 AND account_id = $2",
        )
        .bind(provider_id)
        .bind(account_id)
        .fetch_optional(self.pool())
        .await?
        .is_some())
    }

    /// The profiles an account manages, most recently changed first.
    pub async fn providers_managed_by(
        &self,
        account_id: i64,
    ) -> Result<Vec<ProviderRow>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM providers
             WHERE id IN (SELECT provider_id FROM provider_managers WHERE account_id = $1)
             ORDER BY updated_at DESC, id DESC"
        ))
        .bind(account_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(row_to_provider).collect()
    }

    /// Submitted versions, oldest first: the moderators' queue.
    pub async fn moderation_queue(&self) -> Result<Vec<ProviderRow>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM providers WHERE status = $1 ORDER BY submitted_at, id"
        ))
        .bind(ProviderStatus::Submitted.slug())
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(row_to_provider).collect()
    }

    /// Published profiles whose last confirmation is older than `before`
    /// and whose managers were not reminded since.
    pub async fn providers_due_for_reminder(
        &self,
        before: i64,
    ) -> Result<Vec<ProviderRow>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM providers
             WHERE published IS NOT NULL AND status <> $1
               AND COALESCE(verified_at, published_at, created_at) < $2
               AND (reminder_sent_at IS NULL
                    OR reminder_sent_at < COALESCE(verified_at, published_at, created_at))
             ORDER BY id"
        ))
        .bind(ProviderStatus::Suspended.slug())
        .bind(before)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(row_to_provider).collect()
    }

    /// Published profiles not confirmed since `before`, oldest first.
    pub async fn stale_providers(&self, before: i64) -> Result<Vec<ProviderRow>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM providers
             WHERE published IS NOT NULL AND status <> $1
               AND COALESCE(verified_at, published_at, created_at) < $2
             ORDER BY COALESCE(verified_at, published_at, created_at), id"
        ))
        .bind(ProviderStatus::Suspended.slug())
        .bind(before)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(row_to_provider).collect()
    }
}

impl Tx {
    /// A new draft managed by `account_id`; `SlugTaken` when the slug is
    /// taken (without spoiling the transaction).
    pub async fn create_provider_draft(
        &mut self,
        record: &ProviderRecord,
        account_id: i64,
        now: i64,
    ) -> Result<i64, StoreError> {
        let taken = sqlx::query("SELECT 1 FROM providers WHERE slug = $1")
            .bind(&record.slug)
            .fetch_optional(self.conn())
            .await?
            .is_some();
        if taken {
            return Err(StoreError::SlugTaken {
                slug: record.slug.clone(),
                position: None,
            });
        }
        let id: i64 = sqlx::query(
            "INSERT INTO providers (slug, status, profile, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $4) RETURNING id",
        )
        .bind(&record.slug)
        .bind(ProviderStatus::Draft.slug())
        .bind(record_to_json(record))
        .bind(now)
        .fetch_one(self.conn())
        .await?
        .try_get(0)?;
        self.add_provider_manager(id, account_id, now).await?;
        Ok(id)
    }

    /// Writes a change of a profile decided when it was in the status
    /// `from`; bumps the directory revision when the public side changed.
    /// Returns `false`, and writes nothing, when the profile left that
    /// status meanwhile (another moderator or manager acted first).
    pub async fn update_provider(
        &mut self,
        id: i64,
        from: ProviderStatus,
        update: &ProviderUpdate<'_>,
        now: i64,
    ) -> Result<bool, StoreError> {
        let changed = sqlx::query(
            "UPDATE providers SET status = $2, profile = $3, updated_at = $4,
                 submitted_at = COALESCE($5, submitted_at),
                 decision_message = $6,
                 verified_at = COALESCE($7, verified_at),
                 sent_back = CASE WHEN $9 THEN $3 WHEN $10 THEN NULL ELSE sent_back END
             WHERE id = $1 AND status = $8",
        )
        .bind(id)
        .bind(update.status.slug())
        .bind(record_to_json(update.profile))
        .bind(now)
        .bind(update.submitted_at)
        .bind(update.decision_message)
        .bind(update.verified_at)
        .bind(from.slug())
        .bind(update.sent_back)
        .bind(update.approved)
        .execute(self.conn())
        .await?
        .rows_affected();
        if changed == 0 {
            return Ok(false);
        }
        if let Some(published) = update.published {
            sqlx::query(
                "UPDATE providers SET published = $2,
                     published_at = CASE WHEN $3 THEN $4 ELSE published_at END
                 WHERE id = $1",
            )
            .bind(id)
            .bind(published.map(record_to_json))
            .bind(update.approved)
            .bind(now)
            .execute(self.conn())
            .await?;
        }
        if update.effect == PublicEffect::Changed {
            sqlx::query("UPDATE directory_state SET revision = revision + 1 WHERE id = 1")
                .execute(self.conn())
                .await?;
        }
        Ok(true)
    }

    pub async fn mark_reminder_sent(&mut self, id: i64, now: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE providers SET reminder_sent_at = $2 WHERE id = $1")
            .bind(id)
            .bind(now)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Counts a message relayed by the contact form ("mises en relation").
    pub async fn count_contact(&mut self, id: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE providers SET contact_count = contact_count + 1 WHERE id = $1")
            .bind(id)
            .execute(self.conn())
            .await?;
        Ok(())
    }
}
