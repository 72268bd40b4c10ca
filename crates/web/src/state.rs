use std::sync::Arc;

use essaim_store::Database;
use url::Url;

/// What the instance's operator configured and the pages need.
#[derive(Debug, Clone)]
pub struct SiteSettings {
    pub instance_name: String,
    /// The address people reach; decides HSTS and `Secure` cookies.
    pub public_url: Option<Url>,
}

impl SiteSettings {
    pub fn is_https(&self) -> bool {
        self.public_url
            .as_ref()
            .is_some_and(|u| u.scheme() == "https")
    }
}

/// Shared by every request; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    db: Database,
    site: SiteSettings,
}

impl AppState {
    pub fn new(db: Database, site: SiteSettings) -> AppState {
        AppState {
            inner: Arc::new(Inner { db, site }),
        }
    }

    pub fn db(&self) -> &Database {
        &self.inner.db
    }

    pub fn site(&self) -> &SiteSettings {
        &self.inner.site
    }
}
