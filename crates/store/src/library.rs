//! The library's resources: proposals, publications, refusals, and the
//! revision that tells nodes to reload the published ones.

use essaim_domain::library::files::FileKind;
use essaim_domain::library::links::LinkState;
use essaim_domain::library::{
    AttachedFile, Audience, CatalogueLinks, Format, Resource, Status, Theme,
};
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::{Database, StoreError, Tx};

/// A resource as it is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceRow {
    pub id: i64,
    pub slug: String,
    pub resource: Resource,
    pub status: Status,
    pub proposed_by: Option<i64>,
    pub proposed_at: i64,
    pub published_at: Option<i64>,
    pub verified_at: Option<i64>,
    pub refusal: String,
    pub link: LinkRecord,
}

/// What the background checks of the link found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LinkRecord {
    /// When it was last tried (or claimed, about to be).
    pub checked_at: Option<i64>,
    /// The HTTP status of the last answer; `None` without one.
    pub status: Option<i64>,
    pub state: LinkState,
}

/// A link due for a check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueLink {
    pub id: i64,
    pub url: String,
    pub link: LinkRecord,
}

const COLUMNS: &str = "id, slug, title, url, summary, audience, themes, format, language, source, licence, year, status, proposed_by, proposed_at, published_at, verified_at, refusal,
    link_checked_at, link_status, link_missing_since, link_broken_at, needs, tools, steps, file_name, file_kind, file_size";

fn link_from_row(row: &AnyRow, first: usize) -> Result<LinkRecord, StoreError> {
    Ok(LinkRecord {
        checked_at: row.try_get(first)?,
        status: row.try_get(first + 1)?,
        state: LinkState {
            missing_since: row.try_get(first + 2)?,
            broken_at: row.try_get(first + 3)?,
        },
    })
}

fn resource_from_row(row: &AnyRow) -> Result<ResourceRow, StoreError> {
    let id: i64 = row.try_get(0)?;
    let corrupt = |what: &str| StoreError::Corrupt(format!("ressource {id} : {what}"));
    let audience: String = row.try_get(5)?;
    let themes: String = row.try_get(6)?;
    let format: String = row.try_get(7)?;
    let status: String = row.try_get(12)?;
    let year: Option<i64> = row.try_get(11)?;
    let words = |index: usize| -> Result<Vec<String>, StoreError> {
        let text: String = row.try_get(index)?;
        Ok(text.split_whitespace().map(str::to_string).collect())
    };
    let steps: String = row.try_get(24)?;
    let file_name: Option<String> = row.try_get(25)?;
    let file_kind: Option<String> = row.try_get(26)?;
    let file_size: Option<i64> = row.try_get(27)?;
    let file = match (file_name, file_kind) {
        (Some(name), Some(kind)) => Some(AttachedFile {
            name,
            kind: FileKind::from_extension(&kind).ok_or_else(|| corrupt(&kind))?,
            size: file_size.unwrap_or(0),
        }),
        _ => None,
    };
    Ok(ResourceRow {
        id,
        slug: row.try_get(1)?,
        resource: Resource {
            title: row.try_get(2)?,
            url: row.try_get(3)?,
            summary: row.try_get(4)?,
            audience: Audience::from_slug(&audience).ok_or_else(|| corrupt(&audience))?,
            themes: Theme::parse_list(&themes),
            format: Format::from_slug(&format).ok_or_else(|| corrupt(&format))?,
            language: row.try_get(8)?,
            source: row.try_get(9)?,
            licence: row.try_get(10)?,
            year: year.and_then(|y| i32::try_from(y).ok()),
            links: CatalogueLinks {
                needs: words(22)?,
                tools: words(23)?,
                steps: CatalogueLinks::parse_steps(&steps),
            },
            file,
        },
        status: Status::from_slug(&status).ok_or_else(|| corrupt(&status))?,
        proposed_by: row.try_get(13)?,
        proposed_at: row.try_get(14)?,
        published_at: row.try_get(15)?,
        verified_at: row.try_get(16)?,
        refusal: row.try_get(17)?,
        link: link_from_row(row, 18)?,
    })
}

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

/// Binds a resource's ten fields, one after the other, in the order both
/// statements below name them (title … year).
fn bind_resource<'q>(query: AnyQuery<'q>, resource: &'q Resource) -> AnyQuery<'q> {
    query
        .bind(&resource.title)
        .bind(&resource.url)
        .bind(&resource.summary)
        .bind(resource.audience.slug())
        .bind(Theme::list_text(&resource.themes))
        .bind(resource.format.slug())
        .bind(&resource.language)
        .bind(&resource.source)
        .bind(&resource.licence)
        .bind(resource.year.map(i64::from))
}

impl Database {
    pub async fn library_revision(&self) -> Result<i64, StoreError> {
        Ok(
            sqlx::query("SELECT revision FROM library_state WHERE id = 1")
                .fetch_one(self.pool())
                .await?
                .try_get(0)?,
        )
    }

    pub async fn library_resource(&self, id: i64) -> Result<Option<ResourceRow>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM library_resources WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(resource_from_row).transpose()
    }

    pub async fn library_resource_by_slug(
        &self,
        slug: &str,
    ) -> Result<Option<ResourceRow>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM library_resources WHERE slug = $1"
        ))
        .bind(slug)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(resource_from_row).transpose()
    }

    /// The resources in a status, oldest proposal first.
    pub async fn library_resources(&self, status: Status) -> Result<Vec<ResourceRow>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM library_resources WHERE status = $1 ORDER BY proposed_at, id"
        ))
        .bind(status.slug())
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(resource_from_row).collect()
    }

    /// Published resources whose link was not tried since `before`, the
    /// longest waiting first.
    pub async fn library_links_due(
        &self,
        before: i64,
        limit: i64,
    ) -> Result<Vec<DueLink>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, url, link_checked_at, link_status, link_missing_since, link_broken_at
             FROM library_resources
             WHERE status = 'publiee' AND url <> ''
               AND (link_checked_at IS NULL OR link_checked_at < $1)
             ORDER BY COALESCE(link_checked_at, 0), id LIMIT $2",
        )
        .bind(before)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(DueLink {
                    id: row.try_get(0)?,
                    url: row.try_get(1)?,
                    link: link_from_row(row, 2)?,
                })
            })
            .collect()
    }

    /// Takes a due link for this node: `false` when another node took it
    /// since it was read.
    pub async fn claim_library_link(
        &self,
        id: i64,
        seen: Option<i64>,
        now: i64,
    ) -> Result<bool, StoreError> {
        Ok(sqlx::query(
            "UPDATE library_resources SET link_checked_at = $3
             WHERE id = $1 AND COALESCE(link_checked_at, -1) = $2",
        )
        .bind(id)
        .bind(seen.unwrap_or(-1))
        .bind(now)
        .execute(self.pool())
        .await?
        .rows_affected()
            == 1)
    }

    /// Writes what a check found.
    pub async fn record_library_link(
        &self,
        id: i64,
        status: Option<i64>,
        state: LinkState,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE library_resources
             SET link_status = $2, link_missing_since = $3, link_broken_at = $4 WHERE id = $1",
        )
        .bind(id)
        .bind(status)
        .bind(state.missing_since)
        .bind(state.broken_at)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Published resources whose link is broken, or that no moderator
    /// checked since `checked_before`: what moderators should look at.
    pub async fn library_to_review(
        &self,
        checked_before: i64,
    ) -> Result<Vec<ResourceRow>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM library_resources
             WHERE status = 'publiee'
               AND (link_broken_at IS NOT NULL OR COALESCE(verified_at, 0) < $1)
             ORDER BY link_broken_at IS NULL, COALESCE(verified_at, 0), id"
        ))
        .bind(checked_before)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(resource_from_row).collect()
    }

    /// Whether a slug is free.
    /// A kept file with its resource's slug and status, by its name.
    pub async fn library_file(
        &self,
        name: &str,
    ) -> Result<Option<(Vec<u8>, String, Status)>, StoreError> {
        let row = sqlx::query(
            "SELECT f.content, r.slug, r.status FROM library_files f
             JOIN library_resources r ON r.file_name = f.name WHERE f.name = $1",
        )
        .bind(name)
        .fetch_optional(self.pool())
        .await?;
        row.map(|row| {
            let status: String = row.try_get(2)?;
            Ok((
                row.try_get(0)?,
                row.try_get(1)?,
                Status::from_slug(&status)
                    .ok_or_else(|| StoreError::Corrupt(format!("statut « {status} »")))?,
            ))
        })
        .transpose()
    }

    pub async fn library_slug_taken(&self, slug: &str) -> Result<bool, StoreError> {
        Ok(
            sqlx::query("SELECT 1 FROM library_resources WHERE slug = $1")
                .bind(slug)
                .fetch_optional(self.pool())
                .await?
                .is_some(),
        )
    }
}

impl Tx {
    pub async fn insert_library_resource(
        &mut self,
        slug: &str,
        resource: &Resource,
        status: Status,
        proposed_by: Option<i64>,
        now: i64,
    ) -> Result<i64, StoreError> {
        let published = (status == Status::Published).then_some(now);
        let query = sqlx::query(
            "INSERT INTO library_resources (slug, title, url, summary, audience, themes, format,
                 language, source, licence, year, status, proposed_by, proposed_at, published_at,
                 verified_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15)
             RETURNING id",
        )
        .bind(slug);
        let id: i64 = bind_resource(query, resource)
            .bind(status.slug())
            .bind(proposed_by)
            .bind(now)
            .bind(published)
            .fetch_one(self.conn())
            .await?
            .try_get(0)?;
        self.write_library_links(id, &resource.links).await?;
        self.write_library_file(id, resource.file.as_ref()).await?;
        if status == Status::Published {
            self.move_library_revision().await?;
        }
        Ok(id)
    }

    /// Writes a moderator's decision from the status the moderator saw;
    /// `false` when another moderator decided first. Publishing or editing
    /// marks the resource checked now.
    pub async fn decide_library_resource(
        &mut self,
        id: i64,
        from: Status,
        to: Status,
        resource: &Resource,
        refusal: &str,
        now: i64,
    ) -> Result<bool, StoreError> {
        let query = sqlx::query(
            "UPDATE library_resources SET title = $3, url = $4, summary = $5, audience = $6,
                 themes = $7, format = $8, language = $9, source = $10, licence = $11, year = $12,
                 status = $13, refusal = $14,
                 published_at = CASE WHEN $13 = 'publiee' THEN COALESCE(published_at, $15) ELSE published_at END,
                 verified_at = CASE WHEN $13 = 'publiee' THEN $15 ELSE verified_at END,
                 link_checked_at = CASE WHEN url = $4 THEN link_checked_at ELSE NULL END,
                 link_status = CASE WHEN url = $4 THEN link_status ELSE NULL END,
                 link_missing_since = CASE WHEN url = $4 THEN link_missing_since ELSE NULL END,
                 link_broken_at = CASE WHEN url = $4 THEN link_broken_at ELSE NULL END
             WHERE id = $1 AND status = $2",
        )
        .bind(id)
        .bind(from.slug());
        let changed = bind_resource(query, resource)
            .bind(to.slug())
            .bind(refusal)
            .bind(now)
            .execute(self.conn())
            .await?
            .rows_affected()
            == 1;
        if changed {
            self.write_library_links(id, &resource.links).await?;
            self.write_library_file(id, resource.file.as_ref()).await?;
        }
        if changed && (from == Status::Published || to == Status::Published) {
            self.move_library_revision().await?;
        }
        Ok(changed)
    }

    async fn write_library_links(
        &mut self,
        id: i64,
        links: &CatalogueLinks,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE library_resources SET needs = $2, tools = $3, steps = $4 WHERE id = $1",
        )
        .bind(id)
        .bind(links.needs.join(" "))
        .bind(links.tools.join(" "))
        .bind(links.steps_text())
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Keeps a file sent for a resource, under its generated name.
    pub async fn insert_library_file(
        &mut self,
        name: &str,
        content: &[u8],
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO library_files (name, content, uploaded_at) VALUES ($1, $2, $3)")
            .bind(name)
            .bind(content.to_vec())
            .bind(now)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    async fn write_library_file(
        &mut self,
        id: i64,
        file: Option<&AttachedFile>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE library_resources SET file_name = $2, file_kind = $3, file_size = $4
             WHERE id = $1",
        )
        .bind(id)
        .bind(file.map(|f| f.name.clone()))
        .bind(file.map(|f| f.kind.extension()))
        .bind(file.map(|f| f.size))
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Tells every node to reload the published resources.
    async fn move_library_revision(&mut self) -> Result<(), StoreError> {
        sqlx::query("UPDATE library_state SET revision = revision + 1 WHERE id = 1")
            .execute(self.conn())
            .await?;
        Ok(())
    }
}
