use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("adresse de base de données non reconnue : {0}")]
    UnsupportedUrl(String),
    #[error("base de données injoignable : {0}")]
    Unreachable(#[source] sqlx::Error),
    #[error(
        "la sauvegarde en ligne n'est prise en charge que pour SQLite ; pour PostgreSQL, utilisez pg_dump"
    )]
    BackupNeedsSqlite,
    #[error("le fichier de sauvegarde {0} existe déjà")]
    BackupTargetExists(String),
    #[error("migration {name} : {source}")]
    Migration {
        name: String,
        #[source]
        source: sqlx::Error,
    },
    #[error("donnée illisible dans la base : {0}")]
    Corrupt(String),
    #[error("{0}")]
    Conflict(String),
    #[error(transparent)]
    Sql(#[from] sqlx::Error),
}
