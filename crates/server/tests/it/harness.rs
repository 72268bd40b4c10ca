//! `TestApp` starts Essaim as `serve` does, on a fresh database and a free
//! loopback port. `on_both_backends!` runs a test on SQLite and PostgreSQL.

use std::io::Write;
use std::sync::atomic::{AtomicU32, Ordering};

use essaim_domain::provider_export::ExportDocument;
use essaim_server::config::Layers;
use essaim_server::{RunningServer, start};
use essaim_store::Database;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Tells once, outside the captured output, that a suite was skipped; in CI
/// a skipped suite is a failure.
pub fn skip(what: &str, why: &str) {
    static ONCE: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{what} requis en CI : {why}");
    }
    let mut told = ONCE.lock().unwrap();
    if !told.iter().any(|t| t == what) {
        told.push(what.to_string());
        let _ = writeln!(std::io::stderr(), "IGNORÉ : {what} ({why})");
    }
}

pub struct TestApp {
    pub database_url: String,
    pub base: String,
    pub client: reqwest::Client,
    pub data_dir: tempfile::TempDir,
    server: Option<RunningServer>,
    postgres: Option<PostgresDatabase>,
}

impl TestApp {
    /// Starts an app, or returns `None` (after saying so) when the backend is
    /// not available on this machine.
    pub async fn start(backend: Backend) -> Option<TestApp> {
        TestApp::start_with(backend, &[]).await
    }

    /// Same, with extra settings as `(key, value)` command-line flags.
    pub async fn start_with(
        backend: Backend,
        settings: &[(&'static str, &str)],
    ) -> Option<TestApp> {
        let postgres = match backend {
            Backend::Sqlite => None,
            Backend::Postgres => Some(PostgresDatabase::create().await?),
        };
        TestApp::start_on(postgres, settings, None).await
    }

    /// A second node on the same database, as behind a load balancer.
    pub async fn start_another_node(&self) -> TestApp {
        let url = self.database_url.clone();
        TestApp::start_on(None, &[], Some(url))
            .await
            .expect("second node")
    }

    async fn start_on(
        postgres: Option<PostgresDatabase>,
        settings: &[(&'static str, &str)],
        database_url: Option<String>,
    ) -> Option<TestApp> {
        let data_dir = tempfile::tempdir().expect("temporary folder");
        let mut layers = Layers::from_environment(Vec::new(), None).unwrap();
        layers.flag("listen", Some("127.0.0.1:0".into()));
        layers.flag("data_dir", Some(data_dir.path().display().to_string()));
        layers.flag("log", Some("warn".into()));
        if let Some(url) = database_url
            .clone()
            .or_else(|| postgres.as_ref().map(|pg| pg.url.clone()))
        {
            layers.flag("database_url", Some(url));
        }
        for (key, value) in settings {
            layers.flag(key, Some(value.to_string()));
        }
        let config = layers.resolve().expect("valid test configuration");
        let database_url = config.database_url();
        let server = start(&config).await.expect("server starts");
        let base = format!("http://{}", server.addr);
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .cookie_store(true)
            .build()
            .unwrap();
        Some(TestApp {
            database_url,
            base,
            client,

            data_dir,
            server: Some(server),
            postgres,
        })
    }

    pub fn db(&self) -> &Database {
        &self.server.as_ref().expect("running").db
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("request sent")
    }

    /// GET with extra headers, for language and encoding negotiation.
    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
        let mut request = self.client.get(self.url(path));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request.send().await.expect("request sent")
    }

    /// Adds profiles (in the export format) and refreshes the index.
    pub async fn import(&self, document: &ExportDocument) {
        self.db().import_providers(document).await.expect("import");
        self.refresh().await;
    }

    pub async fn refresh(&self) {
        self.server
            .as_ref()
            .expect("running")
            .refresh_directory()
            .await
            .expect("refresh");
    }

    /// GET returning JSON, with the status.
    pub async fn get_json(&self, path: &str) -> (u16, serde_json::Value) {
        let response = self.get(path).await;
        let status = response.status().as_u16();
        (status, response.json().await.expect("JSON body"))
    }

    /// Stops the server and drops its database.
    pub async fn stop(mut self) {
        if let Some(server) = self.server.take() {
            server.stop().await;
        }
        if let Some(pg) = self.postgres.take() {
            pg.drop_database().await;
        }
    }
}

/// A PostgreSQL database made for one test, dropped at its end.
struct PostgresDatabase {
    admin_url: String,
    name: String,
    url: String,
}

impl PostgresDatabase {
    async fn create() -> Option<PostgresDatabase> {
        let Ok(admin_url) = std::env::var("ESSAIM_TEST_DATABASE_URL") else {
            skip(
                "tests PostgreSQL",
                "ESSAIM_TEST_DATABASE_URL n'est pas défini",
            );
            return None;
        };
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let name = format!(
            "essaim_t{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        );
        let admin = admin_connection(&admin_url).await;
        sqlx::query(&format!("DROP DATABASE IF EXISTS {name}"))
            .execute(&admin)
            .await
            .unwrap();
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&admin)
            .await
            .expect("CREATE DATABASE (the role needs CREATEDB)");
        admin.close().await;
        let mut url = url::Url::parse(&admin_url).expect("ESSAIM_TEST_DATABASE_URL is a URL");
        url.set_path(&name);
        Some(PostgresDatabase {
            admin_url,
            name,
            url: url.to_string(),
        })
    }

    async fn drop_database(self) {
        let admin = admin_connection(&self.admin_url).await;
        let _ = sqlx::query(&format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            self.name
        ))
        .execute(&admin)
        .await;
        admin.close().await;
    }
}

async fn admin_connection(url: &str) -> sqlx::PgPool {
    sqlx::postgres::PgPoolOptions::new()
        .max_connections(1)
        .connect(url)
        .await
        .expect("ESSAIM_TEST_DATABASE_URL answers")
}

/// Declares, for each `async fn name(backend: Backend)`, a test on SQLite
/// and one on PostgreSQL.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$name($crate::harness::Backend::Sqlite).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                super::$name($crate::harness::Backend::Postgres).await
            }
        }
    )*};
}

/// Runs the test body with a started app, or returns when the backend is
/// skipped.
#[macro_export]
macro_rules! app {
    ($backend:expr) => {
        match $crate::harness::TestApp::start($backend).await {
            Some(app) => app,
            None => return,
        }
    };
    ($backend:expr, $settings:expr) => {
        match $crate::harness::TestApp::start_with($backend, $settings).await {
            Some(app) => app,
            None => return,
        }
    };
}
