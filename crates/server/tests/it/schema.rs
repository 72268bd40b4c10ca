//! The two backends must end up with the same schema.

use essaim_store::{Database, PoolSettings};

#[tokio::test]
async fn sqlite_and_postgresql_schemas_have_the_same_columns() {
    let app = crate::app!(crate::harness::Backend::Postgres);
    let dir = tempfile::tempdir().unwrap();
    let sqlite = Database::connect(
        &Database::sqlite_url_for_file(&dir.path().join("s.db")),
        &PoolSettings::default(),
    )
    .await
    .unwrap();
    sqlite.migrate().await.unwrap();

    let postgres = app.db();
    assert_eq!(
        sqlite.schema_columns().await.unwrap(),
        postgres.schema_columns().await.unwrap()
    );
    assert_eq!(
        sqlite.applied_migrations().await.unwrap(),
        postgres.applied_migrations().await.unwrap()
    );
    sqlite.close().await;
    app.stop().await;
}
