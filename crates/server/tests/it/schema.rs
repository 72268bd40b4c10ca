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

/// Debian's cluster has TLS on (with its own certificate): a node told to
/// require it connects, and its connections are encrypted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgresql_over_tls_when_required() {
    let app = crate::app!(crate::harness::Backend::Postgres);
    let separator = if app.database_url.contains('?') {
        '&'
    } else {
        '?'
    };
    let node = app
        .start_another_node_at(format!("{}{separator}sslmode=require", app.database_url))
        .await;
    let encrypted: bool =
        sqlx::query_scalar("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            .fetch_one(node.db().pool())
            .await
            .unwrap();
    assert!(encrypted, "the connection is encrypted");
    assert_eq!(node.get("/annuaire").await.status(), 200);
    node.stop().await;
    app.stop().await;
}
