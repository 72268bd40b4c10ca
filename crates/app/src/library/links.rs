//! The background check of the library's links. Each round takes the
//! published resources not tried for `link_check_days`, claims each one
//! (so that two nodes never try the same), and asks every address once:
//! a few hosts at a time, one request at a time per host, with a pause
//! between two requests to the same host. What an answer means is
//! `essaim_domain::library::links`.
//!
//! The checks ask addresses that members typed: by default they never
//! reach the instance's own network. A name is resolved by `PublicOnly`,
//! which keeps only public addresses; an address written as an IP, or a
//! redirection to one, is refused before any request.

use std::collections::BTreeMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
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

/// Which addresses the checks may ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// Public addresses only: what an instance does.
    Public,
    /// Loopback and private networks too: for tests against a local server.
    Any,
}

/// The HTTP client of the checks, and what it may reach.
pub struct LinkClient {
    http: reqwest::Client,
    reach: Reach,
}

/// The client of the checks: it names itself, follows a few redirections
/// (never to a private address written as an IP, with `Reach::Public`) and
/// gives up after `timeout`.
pub fn client(timeout: Duration, reach: Reach) -> LinkClient {
    let redirections = match reach {
        Reach::Any => reqwest::redirect::Policy::limited(5),
        Reach::Public => reqwest::redirect::Policy::custom(|attempt| {
            if attempt.previous().len() >= 5 || !may_ask(attempt.url()) {
                attempt.stop()
            } else {
                attempt.follow()
            }
        }),
    };
    let builder = reqwest::Client::builder()
        .user_agent(concat!(
            "Essaim/",
            env!("CARGO_PKG_VERSION"),
            " (vérification des liens de la bibliothèque)"
        ))
        .redirect(redirections)
        .timeout(timeout);
    let http = match reach {
        Reach::Any => builder,
        Reach::Public => builder.dns_resolver(Arc::new(PublicOnly)),
    }
    .build()
    .expect("a client without custom TLS settings builds");
    LinkClient { http, reach }
}

/// Whether an address may be asked: not one written as a private IP.
fn may_ask(url: &reqwest::Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => is_public(IpAddr::V4(ip)),
        Some(url::Host::Ipv6(ip)) => is_public(IpAddr::V6(ip)),
        Some(url::Host::Domain(_)) => true,
        None => false,
    }
}

/// Loopback, private, link-local, shared (CGNAT), unspecified, multicast
/// and documentation addresses are not public.
fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(ip) => {
            let [a, b, ..] = ip.octets();
            !(ip.is_loopback()
                || ip.is_private()
                || ip.is_link_local()
                || ip.is_unspecified()
                || ip.is_multicast()
                || ip.is_broadcast()
                || ip.is_documentation()
                || a == 0
                || (a == 100 && (64..128).contains(&b)))
        }
        IpAddr::V6(ip) => match ip.to_ipv4_mapped() {
            Some(v4) => is_public(IpAddr::V4(v4)),
            None => {
                let first = ip.segments()[0];
                !(ip.is_loopback()
                    || ip.is_unspecified()
                    || ip.is_multicast()
                    || (first & 0xfe00) == 0xfc00
                    || (first & 0xffc0) == 0xfe80)
            }
        },
    }
}

/// Resolves a name to its public addresses only.
struct PublicOnly;

impl reqwest::dns::Resolve for PublicOnly {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let host = name.as_str().to_string();
        Box::pin(async move {
            let public: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0))
                .await?
                .filter(|address| is_public(address.ip()))
                .collect();
            if public.is_empty() {
                return Err(format!("{host} : aucune adresse publique").into());
            }
            Ok(Box::new(public.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

/// What a round did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Round {
    pub checked: usize,
    /// Found broken in this round.
    pub broken: usize,
}

/// Checks the links due at `now`; `pause` between two requests to one host.
pub async fn check_due(app: &App, client: &LinkClient, now: i64, pause: Duration) -> Result<Round> {
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
    client: &LinkClient,
    links: Vec<DueLink>,
    now: i64,
    pause: Duration,
) -> Result<Round> {
    let mut round = Round::default();
    for (i, due) in links.into_iter().enumerate() {
        if i > 0 {
            tokio::time::sleep(pause).await;
        }
        let allowed = client.reach == Reach::Any
            || reqwest::Url::parse(&due.url).is_ok_and(|url| may_ask(&url));
        let answer = if allowed {
            client.http.get(&due.url).send().await
        } else {
            tracing::info!(url = %due.url, "lien de la bibliothèque vers une adresse privée : non vérifié");
            round.checked += 1;
            continue;
        };
        let status = match answer {
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
    let client = client(Duration::from_secs(15), Reach::Public);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_public_addresses_are_asked() {
        for private in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fd00::1",
            "fe80::1",
            "::ffff:127.0.0.1",
        ] {
            assert!(!is_public(private.parse().unwrap()), "{private}");
        }
        for public in ["80.67.169.12", "2001:910:800::12"] {
            assert!(is_public(public.parse().unwrap()), "{public}");
        }
        let url = |text: &str| reqwest::Url::parse(text).unwrap();
        assert!(!may_ask(&url("http://10.0.0.5/admin")));
        assert!(!may_ask(&url("http://[::1]:5432/")));
        assert!(may_ask(&url("https://www.cnil.fr/fr")));
    }
}
