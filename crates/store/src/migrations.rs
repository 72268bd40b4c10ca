//! Schema migrations, one SQL file per step and per backend, with the same
//! names in `migrations/sqlite/` and `migrations/postgres/`. They are built
//! into the binary and applied at start and by `essaim migrate`.

use sqlx::{Connection, Executor, Row};

use crate::{Backend, Database, StoreError, dialect, now_unix};

pub struct Migration {
    pub name: &'static str,
    pub sql: &'static str,
}

macro_rules! migrations {
    ($($name:literal),* $(,)?) => {
        /// Migrations of the SQLite schema, in order.
        pub static SQLITE: &[Migration] = &[$(Migration {
            name: $name,
            sql: include_str!(concat!("../migrations/sqlite/", $name, ".sql")),
        }),*];
        /// Migrations of the PostgreSQL schema, in order.
        pub static POSTGRES: &[Migration] = &[$(Migration {
            name: $name,
            sql: include_str!(concat!("../migrations/postgres/", $name, ".sql")),
        }),*];
    };
}

migrations![
    "0001_socle",
    "0002_annuaire",
    "0003_comptes",
    "0004_referencement",
    "0005_moderation",
    "0006_providers",
    "0007_associations",
    "0008_catalogue",
    "0009_roadmap",
    "0010_community",
    "0011_community_following",
    "0012_community_trust",
    "0013_community_email_in",
    "0014_community_cooked",
    "0015_community_title_history",
    "0016_community_category_counts",
    "0017_community_page_changes",
    "0018_library",
    "0019_library_links",
    "0020_courses",
    "0021_library_catalogue",
    "0022_library_files",
    "0023_pooling",
    "0024_pooling_maintenance",
];

pub fn for_backend(backend: Backend) -> &'static [Migration] {
    match backend {
        Backend::Sqlite => SQLITE,
        Backend::Postgres => POSTGRES,
    }
}

impl Database {
    /// Applies the migrations not applied yet, all in one transaction that
    /// excludes other nodes; returns the names of those applied now.
    pub async fn migrate(&self) -> Result<Vec<&'static str>, StoreError> {
        let backend = self.backend();
        let mut conn = self.pool().acquire().await?;
        conn.execute(sqlx::raw_sql(dialect::begin_exclusive(backend)))
            .await?;
        let outcome = apply_pending(&mut conn, backend).await;
        let end = if outcome.is_ok() {
            "COMMIT"
        } else {
            "ROLLBACK"
        };
        conn.execute(sqlx::raw_sql(end)).await?;
        if outcome.is_err() {
            // A failed transaction can leave the connection unusable.
            let _ = conn.detach().close().await;
        }
        outcome
    }

    /// The names of the migrations already applied, in order.
    pub async fn applied_migrations(&self) -> Result<Vec<String>, StoreError> {
        let rows = sqlx::query("SELECT name FROM schema_migrations ORDER BY name")
            .fetch_all(self.pool())
            .await?;
        Ok(rows.iter().map(|r| r.get::<String, _>(0)).collect())
    }

    /// Every `table.column` of the schema, sorted: equal on both backends.
    pub async fn schema_columns(&self) -> Result<Vec<String>, StoreError> {
        let rows = sqlx::query(dialect::list_columns(self.backend()))
            .fetch_all(self.pool())
            .await?;
        Ok(rows.iter().map(|r| r.get::<String, _>(0)).collect())
    }
}

async fn apply_pending(
    conn: &mut sqlx::AnyConnection,
    backend: Backend,
) -> Result<Vec<&'static str>, StoreError> {
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
            name TEXT PRIMARY KEY,
            applied_at BIGINT NOT NULL
        )",
    )
    .await?;
    let done: Vec<String> = sqlx::query("SELECT name FROM schema_migrations")
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|r| r.get::<String, _>(0))
        .collect();
    let mut applied = Vec::new();
    for migration in for_backend(backend) {
        if done.iter().any(|d| d == migration.name) {
            continue;
        }
        let failed = |source| StoreError::Migration {
            name: migration.name.to_string(),
            source,
        };
        conn.execute(sqlx::raw_sql(migration.sql))
            .await
            .map_err(failed)?;
        sqlx::query("INSERT INTO schema_migrations (name, applied_at) VALUES ($1, $2)")
            .bind(migration.name)
            .bind(now_unix())
            .execute(&mut *conn)
            .await
            .map_err(failed)?;
        tracing::info!(migration = migration.name, "migration appliquée");
        applied.push(migration.name);
    }
    Ok(applied)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn files_in(dir: &str) -> Vec<String> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        let mut names: Vec<String> = std::fs::read_dir(path)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter_map(|n| n.strip_suffix(".sql").map(str::to_string))
            .collect();
        names.sort();
        names
    }

    #[test]
    fn both_backends_have_the_same_migrations_and_all_are_embedded() {
        let sqlite = files_in("migrations/sqlite");
        let postgres = files_in("migrations/postgres");
        assert_eq!(sqlite, postgres, "migration files differ between backends");
        let embedded: Vec<String> = SQLITE.iter().map(|m| m.name.to_string()).collect();
        assert_eq!(
            embedded, sqlite,
            "a migration file is not listed in migrations!"
        );
    }

    #[tokio::test]
    async fn migrating_twice_applies_nothing_the_second_time() {
        let dir = std::env::temp_dir().join(format!("essaim-mig-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let url = Database::sqlite_url_for_file(&dir.join("t.db"));
        let db = Database::connect(&url, &Default::default()).await.unwrap();
        assert_eq!(db.migrate().await.unwrap().len(), SQLITE.len());
        assert!(db.migrate().await.unwrap().is_empty());
        assert_eq!(db.applied_migrations().await.unwrap().len(), SQLITE.len());
        db.close().await;
        std::fs::remove_dir_all(dir).unwrap();
    }
}
