use std::sync::Arc;

use axum::http::HeaderValue;
use essaim_app::App;
use essaim_store::Database;
use url::Url;

use crate::community_pages::CommunityPages;
use crate::directory_cache::DirectoryCache;
use crate::rate_limit::{RateLimits, RateSettings};

/// What the instance's operator configured and the pages need.
#[derive(Debug, Clone)]
pub struct SiteSettings {
    /// The address people reach; decides HSTS and `Secure` cookies.
    pub public_url: Option<Url>,
    /// Tile URL template with `{z}`, `{x}`, `{y}`.
    pub map_tile_url: String,
    pub map_attribution: String,
    /// A profile not confirmed for this many days is flagged as stale.
    pub stale_after_days: i64,
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

/// The account-related settings of the instance.
#[derive(Debug, Clone)]
pub struct SecuritySettings {
    pub rates: RateSettings,
    /// Trust the last `X-Forwarded-For` address (set behind a reverse proxy).
    pub behind_proxy: bool,
}

struct Inner {
    app: App,
    limits: RateLimits,
    behind_proxy: bool,
    site: SiteSettings,
    directory: Arc<DirectoryCache>,
    community_pages: Arc<CommunityPages>,
    content_security_policy: HeaderValue,
}

impl AppState {
    /// `release_freed_memory` gives memory freed by large work (an index
    /// rebuilt, an export) back to the system; the binary, which chooses the
    /// allocator, knows how.
    pub fn new(
        app: App,
        site: SiteSettings,
        security: &SecuritySettings,
        release_freed_memory: fn(),
    ) -> AppState {
        let content_security_policy =
            crate::middleware::content_security_policy(site.tile_origin().as_deref());
        AppState {
            inner: Arc::new(Inner {
                limits: RateLimits::new(&security.rates),
                behind_proxy: security.behind_proxy,
                app,
                site,
                directory: Arc::new(DirectoryCache::empty(release_freed_memory)),
                community_pages: Arc::default(),
                content_security_policy,
            }),
        }
    }

    pub fn release_freed_memory(&self) {
        self.inner.directory.release_freed_memory();
    }

    pub fn db(&self) -> &Database {
        self.inner.app.db()
    }

    pub fn app(&self) -> &App {
        &self.inner.app
    }

    pub fn limits(&self) -> &RateLimits {
        &self.inner.limits
    }

    pub fn behind_proxy(&self) -> bool {
        self.inner.behind_proxy
    }

    pub fn site(&self) -> &SiteSettings {
        &self.inner.site
    }

    pub fn directory(&self) -> &Arc<DirectoryCache> {
        &self.inner.directory
    }

    /// The forum's topic pages kept for visitors without an account.
    pub fn community_pages(&self) -> &Arc<CommunityPages> {
        &self.inner.community_pages
    }

    pub fn content_security_policy(&self) -> &HeaderValue {
        &self.inner.content_security_policy
    }
}
