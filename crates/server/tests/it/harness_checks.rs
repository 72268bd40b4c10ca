//! The harness checks itself: a test that leaves a job undone fails, and a
//! test that fails still drops its PostgreSQL database.

use crate::harness::{Backend, TestApp};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_end_of_a_test_fails_when_a_job_is_left_undone() {
    let Some(app) = TestApp::start(Backend::Sqlite).await else {
        return;
    };
    // A job no worker knows: it fails, and waits for a retry.
    let mut tx = app.db().begin().await.unwrap();
    tx.enqueue_job("inconnue", "{}", essaim_store::now_unix())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let end = tokio::spawn(app.stop()).await;
    let panic = end.expect_err("the end must fail").into_panic();
    let message = panic.downcast_ref::<String>().cloned().unwrap_or_default();
    assert!(
        message.contains("not done at the end of the test"),
        "{message}"
    );
    assert!(
        message.contains("inconnue") && message.contains("pending"),
        "{message}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_test_still_drops_its_postgres_database() {
    let (sender, name) = tokio::sync::oneshot::channel();
    let failing = tokio::spawn(async move {
        let Some(app) = TestApp::start(Backend::Postgres).await else {
            return;
        };
        let url = url::Url::parse(&app.database_url).unwrap();
        sender
            .send(url.path().trim_start_matches('/').to_string())
            .unwrap();
        panic!("a test that fails on purpose");
    });
    let outcome = failing.await;
    let Ok(name) = name.await else {
        return; // PostgreSQL is not available here (said once already).
    };
    assert!(outcome.expect_err("the test failed").is_panic());
    let admin = sqlx::postgres::PgPoolOptions::new()
        .max_connections(1)
        .connect(&std::env::var("ESSAIM_TEST_DATABASE_URL").unwrap())
        .await
        .unwrap();
    let left = sqlx::query("SELECT 1 FROM pg_database WHERE datname = $1")
        .bind(&name)
        .fetch_optional(&admin)
        .await
        .unwrap();
    assert!(left.is_none(), "{name} was left behind");
}
