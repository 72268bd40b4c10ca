use std::sync::Arc;

use essaim_store::Database;
use url::Url;

use crate::directory_cache::DirectoryCache;

/// What the instance's operator configured and the pages need.
#[derive(Debug, Clone)]
pub struct SiteSettings {
    pub instance_name: String,
    /// The address people reach; decides HSTS and `Secure` cookies.
    pub public_url: Option<Url>,
    /// Tile URL template with `{z}`, `{x}`, `{y}`.
    pub map_tile_url: String,
    pub map_attribution: String,
    pub data_licence: String,
}

impl SiteSettings {
    pub fn is_https(&self) -> bool {
        self.public_url
            .as_ref()
            .is_some_and(|u| u.scheme() == "https")
    }

    /// The origin of the map tiles, the one third party a page may load from.
    pub fn tile_origin(&self) -> Option<String> {
        let url = Url::parse(&self.map_tile_url.replace(['{', '}'], "")).ok()?;
        let origin = url.origin();
        origin.is_tuple().then(|| origin.ascii_serialization())
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
    directory: Arc<DirectoryCache>,
    content_security_policy: String,
}

impl AppState {
    pub fn new(db: Database, site: SiteSettings) -> AppState {
        let content_security_policy =
            crate::middleware::content_security_policy(site.tile_origin().as_deref());
        AppState {
            inner: Arc::new(Inner {
                db,
                site,
                directory: Arc::new(DirectoryCache::empty()),
                content_security_policy,
            }),
        }
    }

    pub fn db(&self) -> &Database {
        &self.inner.db
    }

    pub fn site(&self) -> &SiteSettings {
        &self.inner.site
    }

    pub fn directory(&self) -> &Arc<DirectoryCache> {
        &self.inner.directory
    }

    pub fn content_security_policy(&self) -> &str {
        &self.inner.content_security_policy
    }
}
