//! `TestApp` starts Essaim as `serve` does, on a fresh database and a free
//! loopback port. `on_both_backends!` runs a test on SQLite and PostgreSQL.

use std::io::Write;
use std::sync::atomic::{AtomicU32, Ordering};

use essaim_domain::providers::transfer::ExportDocument;
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
    config: essaim_server::Config,
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
        layers.flag("mail_backend", Some("memory".into()));
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
        let client = new_client();
        Some(TestApp {
            database_url,
            base,
            client,

            data_dir,
            server: Some(server),
            postgres,
            config,
        })
    }

    pub fn db(&self) -> &Database {
        &self.server.as_ref().expect("running").db
    }

    pub fn app(&self) -> &essaim_app::App {
        &self.server.as_ref().expect("running").app
    }

    /// Another browser, with an empty cookie jar.
    pub fn visitor(&self) -> Visitor {
        Visitor {
            base: self.base.clone(),
            client: new_client(),
        }
    }

    /// Every email the memory backend received so far.
    pub fn emails(&self) -> Vec<essaim_app::SentEmail> {
        self.app().mailer().sent()
    }

    /// Waits for the `n`-th email (counting from 1) sent to `to`.
    pub async fn nth_email_to(&self, to: &str, n: usize) -> essaim_app::SentEmail {
        for _ in 0..200 {
            let sent: Vec<_> = self.emails().into_iter().filter(|e| e.to == to).collect();
            if sent.len() >= n {
                return sent[n - 1].clone();
            }
            tokio::time::sleep(std::time::Duration::from_millis(25)).await;
        }
        panic!("no email #{n} to {to}; sent: {:?}", self.emails());
    }

    /// Lets the worker finish what is due, then the emails sent to `to`.
    pub async fn settled_emails_to(&self, to: &str) -> Vec<essaim_app::SentEmail> {
        self.wait_for_jobs().await;
        self.emails().into_iter().filter(|e| e.to == to).collect()
    }

    /// Waits until no job is due (they run on the server's worker).
    pub async fn wait_for_jobs(&self) {
        // A test that closed the database on purpose has nothing to check.
        let due = || async {
            self.db()
                .due_job_count(essaim_store::now_unix())
                .await
                .unwrap_or(0)
        };
        for _ in 0..400 {
            if due().await == 0 {
                // A job claimed a moment ago may still be sending.
                tokio::time::sleep(std::time::Duration::from_millis(30)).await;
                if due().await == 0 {
                    return;
                }
            }
            tokio::time::sleep(std::time::Duration::from_millis(25)).await;
        }
        panic!("jobs left unprocessed");
    }

    /// Registers through the pages and opens the confirmation link.
    pub async fn register_verified(&self, email: &str, password: &str) -> Visitor {
        let visitor = self.visitor();
        let response = visitor
            .post_form("/inscription", &[("email", email), ("password", password)])
            .await;
        assert_eq!(response.status(), 303, "registration of {email}");
        let mail = self.nth_email_to(email, 1).await;
        let token = token_in(&mail.text, "/inscription/confirmer");
        let response = visitor
            .post_form("/inscription/confirmer", &[("jeton", &token)])
            .await;
        assert_eq!(response.status(), 303, "confirmation of {email}");
        visitor
    }

    /// An account made as `essaim admin create` does, then signed in.
    pub async fn signed_in_as(&self, email: &str, role: essaim_domain::accounts::Role) -> Visitor {
        essaim_app::accounts::create_admin::create_account(self.db(), email, role, PASSWORD)
            .await
            .expect("account created");
        let visitor = self.visitor();
        let response = visitor.sign_in(email, PASSWORD).await;
        assert_eq!(response.status(), 303, "sign-in of {email}");
        visitor
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

    /// Stops the server (letting its worker finish), runs `between` on the
    /// database while nothing is running, then starts it again.
    pub async fn restart<F, Fut>(&mut self, between: F)
    where
        F: FnOnce(Database) -> Fut,
        Fut: std::future::Future<Output = ()>,
    {
        self.server.take().expect("running").stop().await;
        let db = Database::connect(&self.database_url, &essaim_store::PoolSettings::default())
            .await
            .expect("database reachable");
        between(db.clone()).await;
        db.close().await;
        let server = start(&self.config).await.expect("server restarts");
        self.base = format!("http://{}", server.addr);
        self.server = Some(server);
    }

    /// Checks that no job was left behind, stops the server and drops its
    /// database.
    pub async fn stop(mut self) {
        if self.server.is_some() {
            self.wait_for_jobs().await;
        }
        if let Some(server) = self.server.take() {
            server.stop().await;
        }
        if let Some(pg) = self.postgres.take() {
            pg.drop_database().await;
        }
    }
}

/// A password that passes every rule, for accounts made by tests.
pub const PASSWORD: &str = "ruche au soleil de mai";

fn new_client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap()
}

/// The `jeton` of the first link to `path` in an email's text.
pub fn token_in(text: &str, path: &str) -> String {
    let start = text
        .find(&format!("{path}?jeton="))
        .unwrap_or_else(|| panic!("no link to {path} in: {text}"));
    text[start + path.len() + 7..]
        .chars()
        .take_while(|c| c.is_ascii_hexdigit())
        .collect()
}

/// One browser: a cookie jar and the forms it sends.
pub struct Visitor {
    pub base: String,
    pub client: reqwest::Client,
}

impl Visitor {
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

    /// The anti-forgery token this browser's forms carry now.
    pub async fn csrf_token(&self) -> String {
        let page = self.get("/connexion").await.text().await.unwrap();
        let marker = "name=\"csrf_token\" value=\"";
        let start = page.find(marker).expect("a form with a token") + marker.len();
        page[start..].chars().take_while(|c| *c != '"').collect()
    }

    /// Sends a form as a browser on this site does, with its token.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let token = self.csrf_token().await;
        let mut form: Vec<(&str, &str)> = vec![("csrf_token", &token)];
        form.extend_from_slice(fields);
        self.client
            .post(self.url(path))
            .header("origin", &self.base)
            .form(&form)
            .send()
            .await
            .expect("request sent")
    }

    pub async fn sign_in(&self, email: &str, password: &str) -> reqwest::Response {
        self.post_form("/connexion", &[("email", email), ("password", password)])
            .await
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
