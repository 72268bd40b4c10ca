//! Tests in a real headless Chromium, driven through ChromeDriver. Skipped
//! (with one line saying so) when either is missing, except in CI.

mod accounts;
mod associations;
mod catalogue;
mod community;
mod courses;
mod directory;
mod home;
mod library;
mod pooling;
mod providers;
mod roadmap;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

use crate::harness::skip;

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// A browser session with a phone-sized window; closes itself on `close`.
pub struct Browser {
    pub client: Client,
    driver: Child,
    /// A profile of its own, removed with the browser: a port used again
    /// by a later test must not bring back an earlier test's cookies (its
    /// language, its session).
    _profile: tempfile::TempDir,
}

impl Browser {
    pub async fn start() -> Option<Browser> {
        if !std::path::Path::new(CHROMIUM).exists() || !std::path::Path::new(CHROMEDRIVER).exists()
        {
            skip(
                "tests dans le navigateur",
                "/usr/bin/chromium ou /usr/bin/chromedriver absent",
            );
            return None;
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let driver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let profile = tempfile::Builder::new()
            .prefix("essaim-chromium-")
            .tempdir()
            .expect("a profile folder");
        let mut capabilities = serde_json::Map::new();
        capabilities.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": CHROMIUM,
                // A French visitor's browser.
                "prefs": {"intl.accept_languages": "fr-FR,fr"},
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=360,800", "--lang=fr-FR",
                    format!("--user-data-dir={}", profile.path().display()),
                ],
            }),
        );
        let webdriver = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        let client = loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(capabilities.clone())
                .connect(&webdriver)
                .await
            {
                Ok(client) => break client,
                Err(error) if Instant::now() > deadline => panic!("chromedriver: {error}"),
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        };
        Some(Browser {
            client,
            driver,
            _profile: profile,
        })
    }

    pub async fn goto(&self, url: &str) {
        self.client.goto(url).await.expect("page loads");
    }

    pub async fn eval(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .expect("script runs")
    }

    /// Runs axe-core on the current page with the WCAG 2.1 A and AA rules and
    /// returns one line per violation.
    pub async fn accessibility_violations(&self) -> Vec<String> {
        let axe = include_str!("../../../../../e2e/vendor/axe.min.js");
        self.client.execute(axe, vec![]).await.expect("axe loads");
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                    .then(r => done(r.violations.map(v =>
                        v.id + ': ' + v.help + ' → ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                    .catch(e => done(['axe failed: ' + e]));",
                vec![],
            )
            .await
            .expect("axe runs");
        serde_json::from_value(result).expect("a list of violations")
    }

    /// Clicks the element, which must exist.
    pub async fn click(&self, locator: Locator<'_>) {
        let element = self.client.find(locator).await.expect("element to click");
        element.click().await.expect("click");
    }

    /// Types `text` into the field matching `css`, after clearing it.
    pub async fn fill(&self, css: &str, text: &str) {
        let field = self
            .client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("field {css}: {e}"));
        field.clear().await.expect("clear");
        field.send_keys(text).await.expect("type");
    }

    /// Checks the page with axe-core and fails with its findings.
    pub async fn assert_accessible(&self, what: &str) {
        let violations = self.accessibility_violations().await;
        assert!(violations.is_empty(), "{what}: {violations:?}");
    }

    /// Waits (10 s at most) for an element matching `css`.
    pub async fn wait_for(&self, css: &str) {
        self.client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css} never appeared: {e}"));
    }

    /// The text of the first element matching `css`.
    pub async fn text(&self, css: &str) -> String {
        let element = self.client.find(Locator::Css(css)).await.expect("element");
        element.text().await.expect("text")
    }

    /// Waits (10 s at most) until the address contains `part`.
    pub async fn wait_for_url_containing(&self, part: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let url = self.client.current_url().await.expect("current URL");
            if url.as_str().contains(part) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "the address never contained {part}: {url}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits (10 s at most) until `script` returns true.
    pub async fn wait_until(&self, what: &str, script: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while self.eval(script).await != Value::Bool(true) {
            assert!(Instant::now() < deadline, "never happened: {what}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// True when the page is wider than the window (horizontal scrolling).
    pub async fn overflows_horizontally(&self) -> bool {
        self.eval("return document.documentElement.scrollWidth > window.innerWidth;")
            .await
            .as_bool()
            .unwrap_or(true)
    }

    /// The words inside the cells of `css` lists or tables that the layout
    /// splits over two lines ("Diagnos/tic"), and the labels of `css` lists
    /// that do not sit above their value.
    pub async fn squeezed_facts(&self, css: &str) -> Vec<String> {
        let script = format!(
            r#"var found = [];
            document.querySelectorAll({css:?}).forEach(function (list) {{
              list.querySelectorAll('dt, dd, th, td').forEach(function (cell) {{
                var walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                for (var node = walker.nextNode(); node; node = walker.nextNode()) {{
                  var re = /\S+/g, m;
                  while ((m = re.exec(node.data))) {{
                    var range = document.createRange();
                    range.setStart(node, m.index);
                    range.setEnd(node, m.index + m[0].length);
                    var tops = new Set(Array.from(range.getClientRects()).map(function (r) {{ return Math.round(r.top); }}));
                    if (tops.size > 1) found.push('word broken: ' + m[0]);
                  }}
                }}
              }});
              if (window.innerWidth < 640) list.querySelectorAll('dt').forEach(function (dt) {{
                var dd = dt.nextElementSibling;
                if (dd && dd.getBoundingClientRect().top < dt.getBoundingClientRect().bottom - 1)
                  found.push('label beside its value: ' + dt.textContent);
              }});
            }});
            return found;"#
        );
        self.eval(&script)
            .await
            .as_array()
            .map(|found| {
                found
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_else(|| vec!["the check did not run".to_owned()])
    }

    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// Opens a browser or returns from the test when none is available.
#[macro_export]
macro_rules! browser {
    () => {
        match $crate::browser::Browser::start().await {
            Some(browser) => browser,
            None => return,
        }
    };
}
