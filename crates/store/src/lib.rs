//! Storage of Essaim. Every query is written once and runs on SQLite and
//! PostgreSQL through sqlx's `Any` driver; `$1`-style parameters are understood
//! by both. What must differ between the two dialects lives in [`dialect`].

mod accounts;
mod associations;
mod catalogue;
mod community;
mod courses;
mod database;
pub mod dialect;
mod directory;
mod error;
mod instance;
mod jobs;
mod library;
pub mod migrations;
mod moderation;
mod pooling;
mod providers;
mod roadmap;

pub use accounts::{
    Account, AccountCredentials, Membership, NewAccount, PersonalTrace, Recipient, SessionRecord,
    SessionSummary, TokenPurpose, TokenUse,
};
pub use associations::{
    AssociationInvitation, AssociationMember, AssociationMembership, AssociationRow, HandOver,
};
pub use community::{
    Author, COUNT_CAP as COMMUNITY_SEARCH_CAP, Category, CategoryCounts, CommunityMember, Draft,
    EmailSettings, NotificationRow, PageChanges, PostEdit, PostRow, ReplyKey, Revision,
    SearchFilter, SearchHit, TopicFilter, TopicRow,
};
pub use courses::{
    AttestationRow, CourseProgress, CourseRow, ModuleRow, NewUnit, QuizScore, SuggestedUnit,
    UnitContent, UnitRow,
};
pub use database::{Backend, Database, PoolSettings, Tx, redact_url};
pub use error::StoreError;
pub use jobs::ClaimedJob;
pub use library::{DueLink, LinkRecord, ResourceRow};
pub use moderation::{LogEntry, NewLogEntry, NewReport, Note, Report};
pub use pooling::{
    CampaignRow, JoinedAssociation, LedgerLine, NeedFilter, NeedRow, PledgeRow, PoolRow, QuoteRow,
    SpecificationVersion, SubscriptionRow, WaitingRow,
};
pub use providers::{Invitation, ProviderRow, ProviderUpdate, PublicEffect};
pub use roadmap::{ItemRow, StatusChange};

/// Seconds since the Unix epoch: the one representation of time in the schema,
/// identical on both backends.
pub fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}
