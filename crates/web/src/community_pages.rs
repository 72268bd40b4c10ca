//! The forum's topic pages as visitors without an account read them, kept
//! by each node, compressed, so that such a visit reads nothing from the
//! database. Nothing is personal on them: a page that gave its reader an
//! anti-forgery token is never kept (`Layout::is_shared`).
//!
//! A page goes when the database says its topic changed: triggers write
//! every change to what these pages show (`community_page_changes`), and
//! each node reads the recent ones every second, and before serving a page
//! when it committed something itself since, so that a node sees its own
//! writes at once. Each read looks back over a window of seconds: a change
//! committed a little after the time it carries is still seen, and a page
//! kept by a visit that read the database just before a change goes at the
//! next read.

use std::io::{Read, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use essaim_app::App;
use essaim_domain::Locale;
use essaim_domain::instance::InstanceSettings;
use essaim_store::{Database, StoreError};
use flate2::Compression;
use flate2::read::GzDecoder;
use flate2::write::GzEncoder;

/// Kept pages weigh their compressed size: about 4 KB for twenty posts,
/// so this holds some 6,000 pages, a large forum in both languages.
const CAPACITY_BYTES: u64 = 24 * 1024 * 1024;
/// How far back each read of the changes looks, in seconds.
const WINDOW_SECONDS: i64 = 10;

/// A topic's page in one language.
type Key = (i64, Locale);

pub struct CommunityPages {
    pages: quick_cache::sync::Cache<Key, Arc<KeptPage>, ByBytes>,
    /// Where the next read of the changes starts; `None` before the first.
    since: tokio::sync::Mutex<Option<i64>>,
    /// This node's commits that the last read of the changes followed.
    commits_seen: AtomicU64,
}

/// A page as it was written for a visitor.
pub struct KeptPage {
    /// The address it was written for: its language switch leads back there.
    path: Box<str>,
    /// The settings it was written with: the instance's name, logo, footer.
    instance: Arc<InstanceSettings>,
    gzip: Bytes,
    plain_length: usize,
}

#[derive(Clone)]
struct ByBytes;

impl quick_cache::Weighter<Key, Arc<KeptPage>> for ByBytes {
    fn weight(&self, _key: &Key, page: &Arc<KeptPage>) -> u64 {
        (page.gzip.len() + page.path.len() + 128) as u64
    }
}

impl Default for CommunityPages {
    fn default() -> Self {
        CommunityPages {
            pages: quick_cache::sync::Cache::with_weighter(8_192, CAPACITY_BYTES, ByBytes),
            since: tokio::sync::Mutex::new(None),
            commits_seen: AtomicU64::new(0),
        }
    }
}

impl CommunityPages {
    /// The page kept for this topic, language and address, if it is still
    /// the one to show; after this node's own writes, once the changes are
    /// read.
    pub async fn get(
        &self,
        app: &App,
        topic: i64,
        locale: Locale,
        path: &str,
        instance: &Arc<InstanceSettings>,
    ) -> Option<Arc<KeptPage>> {
        let commits = app.commits();
        if self.commits_seen.load(Ordering::Acquire) != commits
            && let Err(error) = self.catch_up(app.db(), commits).await
        {
            tracing::warn!(%error, "changements du forum illisibles");
            return None;
        }
        self.pages
            .get(&(topic, locale))
            .filter(|page| &*page.path == path && Arc::ptr_eq(&page.instance, instance))
    }

    /// Keeps a page just written; hands it back ready to serve.
    pub fn keep(
        &self,
        topic: i64,
        locale: Locale,
        path: &str,
        instance: Arc<InstanceSettings>,
        html: &str,
    ) -> std::io::Result<Arc<KeptPage>> {
        let mut encoder = GzEncoder::new(Vec::with_capacity(html.len() / 4), Compression::new(6));
        encoder.write_all(html.as_bytes())?;
        let page = Arc::new(KeptPage {
            path: path.into(),
            instance,
            // Exactly its size: kept for long, among thousands.
            gzip: Bytes::from(encoder.finish()?.into_boxed_slice()),
            plain_length: html.len(),
        });
        self.pages.insert((topic, locale), page.clone());
        Ok(page)
    }

    /// Reads the changes since the last read and drops their pages.
    pub async fn catch_up(&self, db: &Database, commits: u64) -> Result<(), StoreError> {
        let mut since = self.since.lock().await;
        let changes = db.community_page_changes(*since).await?;
        if changes.every_topic {
            self.pages.clear();
        }
        for topic in changes.topics {
            for locale in Locale::ALL {
                self.pages.remove(&(topic, locale));
            }
        }
        *since = Some(changes.now - WINDOW_SECONDS);
        self.commits_seen.fetch_max(commits, Ordering::AcqRel);
        Ok(())
    }

    /// Reads the changes every `every` until the database is closed.
    pub async fn keep_fresh(self: Arc<Self>, app: App, every: Duration) {
        essaim_app::polling::until_closed(
            app.db().clone(),
            every,
            "changements du forum illisibles",
            || self.catch_up(app.db(), app.commits()),
        )
        .await;
    }
}

impl KeptPage {
    /// The page as this request asked for it: compressed as kept when the
    /// client accepts gzip (every browser does), else plain.
    pub fn response(&self, request: &HeaderMap) -> std::io::Result<Response> {
        let html = HeaderValue::from_static("text/html; charset=utf-8");
        let vary = HeaderValue::from_static("accept-encoding");
        if accepts_gzip(request) {
            let headers = [
                (header::CONTENT_TYPE, html),
                (header::CONTENT_ENCODING, HeaderValue::from_static("gzip")),
                (header::VARY, vary),
            ];
            return Ok((headers, self.gzip.clone()).into_response());
        }
        let mut plain = String::with_capacity(self.plain_length);
        GzDecoder::new(&self.gzip[..]).read_to_string(&mut plain)?;
        Ok(([(header::CONTENT_TYPE, html), (header::VARY, vary)], plain).into_response())
    }
}

/// `Accept-Encoding` names gzip (or anything) with a weight above zero.
fn accepts_gzip(request: &HeaderMap) -> bool {
    request
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .any(|coding| {
            let mut parts = coding.split(';');
            let name = parts.next().unwrap_or("").trim();
            let weight = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (name.eq_ignore_ascii_case("gzip") || name == "*") && weight > 0.0
        })
}

#[cfg(test)]
mod tests {
    use axum::http::{HeaderMap, HeaderValue, header};

    use super::accepts_gzip;

    fn asking(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_str(value).unwrap(),
        );
        headers
    }

    #[test]
    fn gzip_is_sent_to_clients_that_accept_it_and_only_to_them() {
        assert!(accepts_gzip(&asking("gzip, deflate, br, zstd")));
        assert!(accepts_gzip(&asking("br;q=1.0, GZIP;q=0.5")));
        assert!(accepts_gzip(&asking("*")));
        assert!(!accepts_gzip(&asking("gzip;q=0, br")));
        assert!(!accepts_gzip(&asking("br")));
        assert!(!accepts_gzip(&asking("identity")));
        assert!(!accepts_gzip(&HeaderMap::new()));
    }
}
