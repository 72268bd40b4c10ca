//! `essaim backup` copies a live SQLite database while it is being written.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use essaim_store::{Database, PoolSettings};
use sqlx::Row;

use crate::app;
use crate::cli::essaim;
use crate::harness::Backend;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn backup_of_a_live_database_is_consistent() {
    let app = app!(Backend::Sqlite);
    let pool = app.db().pool().clone();
    for table in ["probe_a", "probe_b"] {
        sqlx::query(&format!(
            "CREATE TABLE {table} (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)"
        ))
        .execute(&pool)
        .await
        .unwrap();
    }
    // Each transaction writes one row in each table: any consistent copy
    // has as many rows in both.
    let writing = Arc::new(AtomicBool::new(true));
    let writer = {
        let (pool, writing) = (pool.clone(), writing.clone());
        tokio::spawn(async move {
            let mut written = 0i64;
            while writing.load(Ordering::Relaxed) {
                let mut tx = pool.begin().await.unwrap();
                for table in ["probe_a", "probe_b"] {
                    sqlx::query(&format!("INSERT INTO {table} (payload) VALUES ($1)"))
                        .bind("x".repeat(200))
                        .execute(&mut *tx)
                        .await
                        .unwrap();
                }
                tx.commit().await.unwrap();
                written += 1;
            }
            written
        })
    };
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;

    let target = app.data_dir.path().join("copie.db");
    let data_dir = app.data_dir.path().display().to_string();
    let output = {
        let target = target.clone();
        tokio::task::spawn_blocking(move || {
            essaim(std::path::Path::new("/"))
                .args(["backup", target.to_str().unwrap(), "--data-dir", &data_dir])
                .output()
                .unwrap()
        })
        .await
        .unwrap()
    };
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    writing.store(false, Ordering::Relaxed);
    let written = writer.await.unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );

    let copy = Database::connect(
        &Database::sqlite_url_for_file(&target),
        &PoolSettings::default(),
    )
    .await
    .unwrap();
    let integrity: String = sqlx::query("PRAGMA integrity_check")
        .fetch_one(copy.pool())
        .await
        .unwrap()
        .get(0);
    assert_eq!(integrity, "ok");
    let count = |table: &'static str| {
        let pool = copy.pool().clone();
        async move {
            sqlx::query(&format!("SELECT COUNT(*) FROM {table}"))
                .fetch_one(&pool)
                .await
                .unwrap()
                .get::<i64, _>(0)
        }
    };
    let (a, b) = (count("probe_a").await, count("probe_b").await);
    assert_eq!(a, b, "the copy is one consistent snapshot");
    assert!(
        a > 0 && a < written,
        "copied {a} of {written} while writing"
    );
    assert_eq!(
        copy.applied_migrations().await.unwrap(),
        app.db().applied_migrations().await.unwrap()
    );
    copy.close().await;

    // A second backup never overwrites the first.
    let again = essaim(std::path::Path::new("/"))
        .args([
            "backup",
            target.to_str().unwrap(),
            "--data-dir",
            &app.data_dir.path().display().to_string(),
        ])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("existe déjà"));
    app.stop().await;
}
