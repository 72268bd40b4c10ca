//! What each node reads again on a timer (its caches of the instance's
//! settings, the catalogue, the directory, the library, the forum's kept
//! pages): one loop for all, which stops with the database.

use std::fmt::Display;
use std::future::Future;
use std::time::Duration;

use essaim_store::Database;

/// Runs `step` every `every` until the database is closed; a step that
/// fails is logged as `failure` and tried again at the next tick.
pub async fn until_closed<F, Fut, E>(db: Database, every: Duration, failure: &str, mut step: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<(), E>>,
    E: Display,
{
    let mut ticker = tokio::time::interval(every);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticker.tick().await;
        if db.pool().is_closed() {
            return;
        }
        if let Err(error) = step().await {
            tracing::warn!(%error, "{failure}");
        }
    }
}
