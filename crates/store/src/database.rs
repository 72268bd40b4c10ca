use std::path::Path;
use std::time::Duration;

use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Executor};

use crate::{StoreError, dialect};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn from_url(url: &str) -> Result<Backend, StoreError> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            Err(StoreError::UnsupportedUrl(redact_url(url)))
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgresql",
        }
    }
}

#[derive(Debug, Clone)]
pub struct PoolSettings {
    pub max_connections: u32,
    pub connect_timeout: Duration,
}

impl Default for PoolSettings {
    fn default() -> Self {
        PoolSettings {
            max_connections: 8,
            connect_timeout: Duration::from_secs(5),
        }
    }
}

/// A pool of connections to the one database of an instance.
#[derive(Clone, Debug)]
pub struct Database {
    pool: AnyPool,
    backend: Backend,
}

impl Database {
    /// Opens a pool and checks that the database answers.
    pub async fn connect(url: &str, settings: &PoolSettings) -> Result<Database, StoreError> {
        install_default_drivers();
        let backend = Backend::from_url(url)?;
        let max = match backend {
            // One writer at a time anyway; a few readers keep memory low.
            Backend::Sqlite => settings.max_connections.min(4),
            Backend::Postgres => settings.max_connections,
        };
        let pool = AnyPoolOptions::new()
            .max_connections(max)
            .min_connections(0)
            .acquire_timeout(settings.connect_timeout)
            .idle_timeout(Some(Duration::from_secs(300)))
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    conn.execute(sqlx::raw_sql(dialect::session_setup(backend)))
                        .await?;
                    Ok(())
                })
            })
            .connect(url)
            .await
            .map_err(StoreError::Unreachable)?;
        Ok(Database { pool, backend })
    }

    /// The SQLite URL of a database file, created when missing.
    pub fn sqlite_url_for_file(path: &Path) -> String {
        format!("sqlite://{}?mode=rwc", path.display())
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// A unit of work: what is written through the returned [`Tx`] becomes
    /// visible all at once at [`Tx::commit`], or not at all if it is
    /// dropped first (an error in the middle of a use case). SQLite takes
    /// its write lock at the start (see `dialect::begin_write`).
    pub async fn begin(&self) -> Result<Tx, StoreError> {
        Ok(Tx {
            inner: self
                .pool()
                .begin_with(crate::dialect::begin_write(self.backend()))
                .await?,
            queued_jobs: 0,
        })
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// A trivial round trip, for health checks.
    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// Waits for connections in use to be returned, then closes them all.
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Writes a consistent copy of a live SQLite database to `target` while
    /// other connections keep writing (SQLite's `VACUUM INTO` reads one
    /// snapshot). The copy appears under its final name only when complete.
    pub async fn backup_sqlite(&self, target: &Path) -> Result<(), StoreError> {
        if self.backend != Backend::Sqlite {
            return Err(StoreError::BackupNeedsSqlite);
        }
        if target.exists() {
            return Err(StoreError::BackupTargetExists(target.display().to_string()));
        }
        let partial = target.with_extension("partial");
        let _ = std::fs::remove_file(&partial);
        sqlx::query("VACUUM INTO $1")
            .bind(partial.display().to_string())
            .execute(&self.pool)
            .await?;
        std::fs::rename(&partial, target).map_err(|e| StoreError::Sql(sqlx::Error::Io(e)))?;
        Ok(())
    }
}

/// A write transaction (see [`Database::begin`]). Every statement that
/// changes the application's data is a method of this type.
pub struct Tx {
    inner: sqlx::Transaction<'static, sqlx::Any>,
    queued_jobs: usize,
}

impl Tx {
    pub async fn commit(self) -> Result<(), StoreError> {
        self.inner.commit().await?;
        Ok(())
    }

    /// How many jobs this transaction queued, so that the caller can wake a
    /// worker once they are committed.
    pub fn queued_jobs(&self) -> usize {
        self.queued_jobs
    }

    pub(crate) fn job_queued(&mut self) {
        self.queued_jobs += 1;
    }

    pub(crate) fn conn(&mut self) -> &mut sqlx::AnyConnection {
        &mut self.inner
    }
}

/// The URL with its password replaced by `***`, for messages and logs.
pub fn redact_url(raw: &str) -> String {
    match url::Url::parse(raw) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        _ => raw.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_backends_by_scheme() {
        assert_eq!(Backend::from_url("sqlite://x.db").unwrap(), Backend::Sqlite);
        assert_eq!(
            Backend::from_url("postgres://u@h/db").unwrap(),
            Backend::Postgres
        );
        assert!(Backend::from_url("mysql://h/db").is_err());
    }

    #[test]
    fn redacts_passwords() {
        assert_eq!(
            redact_url("postgres://essaim:secret@db:5432/essaim"),
            "postgres://essaim:***@db:5432/essaim"
        );
        assert_eq!(
            redact_url("sqlite://data/essaim.db"),
            "sqlite://data/essaim.db"
        );
    }
}
