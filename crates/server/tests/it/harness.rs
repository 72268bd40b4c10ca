//! `TestApp` starts Essaim as `serve` does, on a fresh database and a free
//! loopback port, and checks at its end that every job it queued was done.
//! `on_both_backends!` runs a test on SQLite and PostgreSQL; `once!` runs a
//! test that does not depend on the database on SQLite alone.

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
    /// Jobs the test leaves unfinished on purpose (a send that must fail).
    unfinished_on_purpose: usize,
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
        self.start_another_node_at(self.database_url.clone()).await
    }

    /// A second node on the same database, with settings of its own.
    pub async fn start_another_node_with(&self, settings: &[(&'static str, &str)]) -> TestApp {
        TestApp::start_on(None, settings, Some(self.database_url.clone()))
            .await
            .expect("second node")
    }

    /// A second node reaching the same database at another address (the
    /// same with TLS required, say).
    pub async fn start_another_node_at(&self, database_url: String) -> TestApp {
        TestApp::start_on(None, &[], Some(database_url))
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
        // Forum emails at once, unless a test says otherwise.
        layers.flag("notification_delay", Some("0".into()));
        // Members trusted from the start, unless a test says otherwise.
        layers.flag("trust_topics_read", Some("0".into()));
        layers.flag("trust_days", Some("0".into()));
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
            unfinished_on_purpose: 0,
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
        wait_until_no_job_is_due(self.db()).await;
    }

    /// Says that the test leaves `count` jobs unfinished on purpose (a send
    /// that cannot succeed), so that its end does not fail for them.
    pub fn expect_unfinished_jobs(&mut self, count: usize) {
        self.unfinished_on_purpose = count;
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

    /// Checks that every job was done, stops the server and drops its
    /// database.
    pub async fn stop(mut self) {
        if self.server.is_some()
            && let Some(problem) = end_check(&self.database_url, self.unfinished_on_purpose).await
        {
            panic!("{problem}");
        }
        if let Some(server) = self.server.take() {
            server.stop().await;
        }
        if let Some(pg) = self.postgres.take() {
            pg.drop_database().await;
        }
    }
}

/// A test that returns without `stop()` is checked the same way; one that
/// already fails is not (its failure says more), but its PostgreSQL
/// database is dropped all the same.
impl Drop for TestApp {
    fn drop(&mut self) {
        let check = (self.server.is_some() && !std::thread::panicking())
            .then(|| (self.database_url.clone(), self.unfinished_on_purpose));
        let postgres = self.postgres.take();
        if check.is_none() && postgres.is_none() {
            return;
        }
        // Drop cannot wait for futures: a thread of its own does, while the
        // test's runtime keeps serving (the worker may still be sending).
        let problem = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime for the end of the test");
            runtime.block_on(async move {
                let mut problem = None;
                if let Some((url, on_purpose)) = check {
                    problem = end_check(&url, on_purpose).await;
                }
                if let Some(pg) = postgres {
                    pg.drop_database().await;
                }
                problem
            })
        })
        .join()
        .expect("the end of the test ran");
        if let Some(problem) = problem {
            panic!("{problem}");
        }
    }
}

/// What is wrong with the jobs at the end of a test, read through a
/// connection of its own (a test may have closed the server's on purpose).
async fn end_check(url: &str, on_purpose: usize) -> Option<String> {
    let db = Database::connect(url, &essaim_store::PoolSettings::default())
        .await
        .expect("the test's database answers");
    // The server's own start (its hourly housekeeping runs at once) may
    // queue a job a moment after the last one was done: look again before
    // calling a job forgotten.
    let mut problem = None;
    for _ in 0..3 {
        wait_until_no_job_is_due(&db).await;
        problem = unfinished_jobs(&db, on_purpose).await;
        if problem.is_none() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    db.close().await;
    problem
}

/// Waits until no job is due, or fails the test.
async fn wait_until_no_job_is_due(db: &Database) {
    let due = || async {
        db.due_job_count(essaim_store::now_unix())
            .await
            .expect("the jobs table answers")
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
    panic!("jobs left unprocessed: {:?}", db.unfinished_jobs().await);
}

/// What is wrong with the jobs left at the end of a test: any job pending
/// (waiting, retrying) or abandoned, beyond those left on purpose.
async fn unfinished_jobs(db: &Database, on_purpose: usize) -> Option<String> {
    let unfinished = db.unfinished_jobs().await.expect("the jobs table answers");
    (unfinished.len() != on_purpose).then(|| {
        format!(
            "{} job(s) not done at the end of the test ({on_purpose} expected), \
             as (id, kind, state, attempts, last error): {unfinished:?}",
            unfinished.len()
        )
    })
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

    /// A form a setup step expects to be accepted: fails the test at once,
    /// with the page, when it is not (303, the answer to an accepted form).
    pub async fn submit(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let response = self.post_form(path, fields).await;
        let status = response.status();
        if status != 303 {
            let page = response.text().await.unwrap_or_default();
            panic!("{path} answered {status}, not 303: {page}");
        }
        response
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

/// The migrated schema, made once and copied for each test: `CREATE
/// DATABASE … TEMPLATE` copies files, which is much faster than migrating.
/// Its name carries a hash of the migrations, so a changed schema gets a
/// new template.
static TEMPLATE: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();

impl PostgresDatabase {
    async fn create() -> Option<PostgresDatabase> {
        let Ok(admin_url) = std::env::var("ESSAIM_TEST_DATABASE_URL") else {
            skip(
                "tests PostgreSQL",
                "ESSAIM_TEST_DATABASE_URL n'est pas défini",
            );
            return None;
        };
        let template = TEMPLATE.get_or_init(|| migrated_template(&admin_url)).await;
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
        sqlx::query(&format!("CREATE DATABASE {name} TEMPLATE {template}"))
            .execute(&admin)
            .await
            .expect("CREATE DATABASE (the role needs CREATEDB)");
        admin.close().await;
        Some(PostgresDatabase {
            url: database_url(&admin_url, &name),
            admin_url,
            name,
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

fn database_url(admin_url: &str, name: &str) -> String {
    let mut url = url::Url::parse(admin_url).expect("ESSAIM_TEST_DATABASE_URL is a URL");
    url.set_path(name);
    url.to_string()
}

/// The name of the migrated template, made if missing. An advisory lock
/// keeps two test processes from making it at once; templates of older
/// schemas are dropped.
async fn migrated_template(admin_url: &str) -> String {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    for migration in essaim_store::migrations::POSTGRES {
        migration.name.hash(&mut hasher);
        migration.sql.hash(&mut hasher);
    }
    let name = format!("essaim_tpl_{:016x}", hasher.finish());
    let admin = admin_connection(admin_url).await;
    let mut lock = admin.acquire().await.unwrap();
    sqlx::query("SELECT pg_advisory_lock(7236512837)")
        .execute(&mut *lock)
        .await
        .unwrap();
    let exists = sqlx::query("SELECT 1 FROM pg_database WHERE datname = $1")
        .bind(&name)
        .fetch_optional(&mut *lock)
        .await
        .unwrap()
        .is_some();
    if !exists {
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&mut *lock)
            .await
            .expect("CREATE DATABASE (the role needs CREATEDB)");
        let db = Database::connect(
            &database_url(admin_url, &name),
            &essaim_store::PoolSettings::default(),
        )
        .await
        .expect("the template answers");
        db.migrate().await.expect("the template migrates");
        db.close().await;
        let older: Vec<String> = sqlx::query_scalar(
            "SELECT datname FROM pg_database WHERE datname LIKE 'essaim\\_tpl\\_%' AND datname <> $1",
        )
        .bind(&name)
        .fetch_all(&mut *lock)
        .await
        .unwrap();
        for old in older {
            let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {old} WITH (FORCE)"))
                .execute(&mut *lock)
                .await;
        }
    }
    sqlx::query("SELECT pg_advisory_unlock(7236512837)")
        .execute(&mut *lock)
        .await
        .unwrap();
    drop(lock);
    admin.close().await;
    name
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

/// Declares, for each `async fn name(backend: Backend)` that does not
/// depend on the database (pages, headers, middleware), one test on SQLite.
#[macro_export]
macro_rules! once {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$name($crate::harness::Backend::Sqlite).await
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
