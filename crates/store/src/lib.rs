//! Storage of Essaim. Every query is written once and runs on SQLite and
//! PostgreSQL through sqlx's `Any` driver; `$1`-style parameters are understood
//! by both. What must differ between the two dialects lives in [`dialect`].

mod account_tokens;
mod accounts;
mod database;
pub mod dialect;
mod error;
mod jobs;
pub mod migrations;
mod moderation;
mod provider_managers;
mod provider_space;
mod providers;
mod sessions;

pub use account_tokens::{TokenPurpose, TokenUse};
pub use accounts::{Account, AccountCredentials, NewAccount};
pub use database::{Backend, Database, PoolSettings, redact_url};
pub use error::StoreError;
pub use jobs::ClaimedJob;
pub use moderation::{LogEntry, NewLogEntry, Note, Recipient};
pub use provider_managers::Invitation;
pub use provider_space::{ProviderRow, ProviderUpdate, PublicEffect};
pub use sessions::{SessionRecord, SessionSummary};

/// Seconds since the Unix epoch: the one representation of time in the schema,
/// identical on both backends.
pub fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}
