//! The background check of the library's links. Each round takes the
//! published resources not tried for `link_check_days`, claims each one
//! (so that two nodes never try the same), and asks every address once:
//! a few hosts at a time, one request at a time per host, with a pause
//! between two requests to the same host. What an answer means is
//! `essaim_domain::library::links`.

use std::collections::BTreeMap;
use std::time::Duration;

use essaim_domain::library::links::Answer;
use essaim_store::DueLink;
use futures_util::StreamExt;

use crate::{App, Result};

/// Hosts asked at the same time.
const HOSTS_AT_ONCE: usize = 3;
/// Between two requests to the same host.
const PAUSE_PER_HOST: Duration = Duration::from_secs(2);
/// Links taken in one round.
const ROUND: i64 = 200;

/// The HTTP client of the checks: it names itself, follows a few
/// redirections and gives up after `timeout`.
pub fn client(timeout: Duration) -> reqwest::Client {
    reqwest::Client::builder()
        .user_agent(concat!(
            "Essaim/",
            env!("CARGO_PKG_VERSION"),
            " (vérification des liens de la bibliothèque)"
        ))
        .redirect(reqwest::redirect::Policy::limited(5))
        .timeout(timeout)
        .build()
        .expect("a client without custom TLS settings builds")
}

/// What a round did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Round {
    pub checked: usize,
    /// Found broken in this round.
    pub broken: usize,
}

/// Checks the links due at `now`; `pause` between two requests to one host.
pub async fn check_due(
    app: &App,
    client: &reqwest::Client,
    now: i64,
    pause: Duration,
) -> Result<Round> {
    let before = now - app.settings().link_check_days * 24 * 3600;
    let mut hosts: BTreeMap<String, Vec<DueLink>> = BTreeMap::new();
    for due in app.db().library_links_due(before, ROUND).await? {
        if !app
            .db()
            .claim_library_link(due.id, due.link.checked_at, now)
            .await?
        {
            continue;
        }
        let host = url::Url::parse(&due.url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_string))
            .unwrap_or_default();
        hosts.entry(host).or_default().push(due);
    }
    let outcomes: Vec<Result<Round>> = futures_util::stream::iter(hosts.into_values())
        .map(|links| check_host(app, client, links, now, pause))
        .buffer_unordered(HOSTS_AT_ONCE)
        .collect()
        .await;
    let mut round = Round::default();
    for outcome in outcomes {
        let host = outcome?;
        round.checked += host.checked;
        round.broken += host.broken;
    }
    Ok(round)
}

async fn check_host(
    app: &App,
    client: &reqwest::Client,
    links: Vec<DueLink>,
    now: i64,
    pause: Duration,
) -> Result<Round> {
    let mut round = Round::default();
    for (i, due) in links.into_iter().enumerate() {
        if i > 0 {
            tokio::time::sleep(pause).await;
        }
        let status = match client.get(&due.url).send().await {
            Ok(response) => Some(response.status().as_u16()),
            Err(error) => {
                tracing::info!(url = %due.url, %error, "lien de la bibliothèque sans réponse");
                None
            }
        };
        let state = due.link.state.after(Answer::of(status), now);
        if state.is_broken() && !due.link.state.is_broken() {
            round.broken += 1;
            tracing::info!(url = %due.url, "lien de la bibliothèque cassé");
        }
        app.db()
            .record_library_link(due.id, status.map(i64::from), state)
            .await?;
        round.checked += 1;
    }
    Ok(round)
}

/// Checks every `every` what is due, until the database is closed; the
/// first round waits `every` too, so that a start is not a burst of
/// requests.
pub async fn keep_checking(app: App, every: Duration) {
    let client = client(Duration::from_secs(15));
    let mut ticker = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticker.tick().await;
        if app.db().pool().is_closed() {
            return;
        }
        match check_due(&app, &client, crate::now(), PAUSE_PER_HOST).await {
            Ok(round) if round.checked > 0 => {
                tracing::info!(
                    verifies = round.checked,
                    casses = round.broken,
                    "liens de la bibliothèque vérifiés"
                );
            }
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, "vérification des liens impossible"),
        }
    }
}
