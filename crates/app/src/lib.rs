//! Use cases of Essaim, one file per action. Handlers call them with an
//! [`App`]; they talk to the store and queue emails, never to HTTP.

pub mod accounts;
pub mod associations;
pub mod catalogue;
pub mod community;
pub mod courses;
mod error;
pub mod images;
pub mod instance;
pub mod jobs;
pub mod library;
pub mod mail;
pub mod moderation;
mod passwords;
pub mod polling;
pub mod pooling;
pub mod providers;
pub mod roadmap;
pub mod secrets;

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use essaim_store::{Database, Tx};
use tokio::sync::Notify;
use url::Url;

pub use error::{Error, Result};
pub use mail::{Mailer, SentEmail};

/// What every use case needs, shared by the handlers and the job worker.
#[derive(Clone)]
pub struct App {
    inner: Arc<Inner>,
}

struct Inner {
    db: Database,
    mailer: Mailer,
    links: Links,
    instance: Arc<instance::InstanceCache>,
    catalogue: Arc<catalogue::CatalogueCache>,
    library: Arc<library::LibraryCache>,
    settings: AppSettings,
    /// Woken when a job is queued, so this node sends at once instead of at
    /// the next poll.
    jobs_queued: Notify,
    /// Units of work this node committed: what it keeps in memory from the
    /// database may be older than its own writes when this moved.
    commits: AtomicU64,
}

impl App {
    pub fn new(
        db: Database,
        mailer: Mailer,
        links: Links,
        instance_defaults: essaim_domain::instance::InstanceSettings,
        settings: AppSettings,
    ) -> App {
        App {
            inner: Arc::new(Inner {
                db,
                mailer,
                links,
                instance: Arc::new(instance::InstanceCache::new(instance_defaults)),
                catalogue: Arc::default(),
                library: Arc::default(),
                settings,
                jobs_queued: Notify::new(),
                commits: AtomicU64::new(0),
            }),
        }
    }

    pub fn db(&self) -> &Database {
        &self.inner.db
    }

    pub fn mailer(&self) -> &Mailer {
        &self.inner.mailer
    }

    pub fn links(&self) -> &Links {
        &self.inner.links
    }

    /// The instance's settings in force (name, logo, contact, texts…).
    pub fn instance(&self) -> Arc<essaim_domain::instance::InstanceSettings> {
        self.inner.instance.get()
    }

    pub fn instance_cache(&self) -> &Arc<instance::InstanceCache> {
        &self.inner.instance
    }

    /// The catalogue in force (needs, proprietary tools, free tools).
    pub fn catalogue(&self) -> Arc<essaim_domain::catalogue::Catalogue> {
        self.inner.catalogue.get()
    }

    /// The library's published resources, as this node holds them.
    pub fn library_cache(&self) -> &Arc<library::LibraryCache> {
        &self.inner.library
    }

    pub fn catalogue_cache(&self) -> &Arc<catalogue::CatalogueCache> {
        &self.inner.catalogue
    }

    pub fn settings(&self) -> &AppSettings {
        &self.inner.settings
    }

    pub(crate) fn jobs_queued(&self) -> &Notify {
        &self.inner.jobs_queued
    }

    /// Opens a unit of work (see `essaim_store::Tx`).
    pub async fn begin(&self) -> Result<Tx> {
        Ok(self.db().begin().await?)
    }

    /// How many units of work this node committed since it started.
    pub fn commits(&self) -> u64 {
        self.inner.commits.load(Ordering::Acquire)
    }

    /// Commits a unit of work, then wakes this node's worker for the jobs it
    /// queued (other nodes find them at their next poll).
    pub async fn commit(&self, tx: Tx) -> Result<()> {
        let queued = tx.queued_jobs();
        tx.commit().await?;
        self.inner.commits.fetch_add(1, Ordering::Release);
        if queued > 0 {
            self.jobs_queued().notify_one();
        }
        Ok(())
    }
}

/// What the use cases take from the instance's configuration.
#[derive(Debug, Clone)]
pub struct AppSettings {
    /// Managers are asked to confirm a profile this long after its last
    /// verification.
    pub reminder_after_days: i64,
    /// A forum notification's email waits this long, so that edits land
    /// and what is read meanwhile is not sent.
    pub notification_delay_seconds: i64,
    /// Forum notification emails per member and 24 hours, at most.
    pub notification_daily_cap: i64,
    /// When a new member of the forum stops being limited.
    pub trust: essaim_domain::community::trust::TrustRules,
    /// A new member's first post waits for a moderator's approval.
    pub hold_first_post: bool,
    /// The address replies to forum emails go to, with each email's key;
    /// `None` when no inbound path is configured (emails then ask to
    /// reply on the site).
    pub reply_address: Option<essaim_domain::community::email_reply::ReplyAddress>,
    /// Where uploaded files (logos) are kept: `DATA_DIR/uploads`.
    pub uploads_dir: std::path::PathBuf,
    /// Where "today" is read, and the dates people type.
    pub time_zone: essaim_domain::date::TimeZone,
    /// A library link is checked again after this many days.
    pub link_check_days: i64,
}

/// Absolute addresses of the instance, for links in emails.
#[derive(Debug, Clone)]
pub struct Links {
    base: Url,
}

impl Links {
    pub fn new(base: Url) -> Links {
        Links { base }
    }

    /// `path` with `token` as the `jeton` parameter.
    pub fn with_token(&self, path: &str, token: &str) -> String {
        let mut url = self.base.join(path).expect("static path");
        url.query_pairs_mut().append_pair("jeton", token);
        url.to_string()
    }

    pub fn page(&self, path: &str) -> String {
        self.base.join(path).expect("static path").to_string()
    }
}

impl App {
    /// Today in the instance's time zone.
    pub fn today(&self) -> essaim_domain::date::Date {
        self.settings().time_zone.today()
    }

    /// The date of a Unix time in the instance's time zone.
    pub fn date_of(&self, seconds: i64) -> essaim_domain::date::Date {
        self.settings().time_zone.date_of(seconds)
    }
}

/// The clock of every use case, in Unix seconds like the schema.
pub fn now() -> i64 {
    essaim_store::now_unix()
}
