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
    /// Another account already has this address.
    #[error("un compte existe déjà avec cette adresse")]
    AddressTaken,
    /// Another profile already has this identifier; `position` is the
    /// profile's number in an imported file.
    #[error("{}« {slug} » existe déjà dans la base", position.map(|p| format!("prestataire n° {p}, champ « profile.slug » : ")).unwrap_or_default())]
    SlugTaken {
        slug: String,
        position: Option<usize>,
    },
    #[error(transparent)]
    Sql(#[from] sqlx::Error),
}
