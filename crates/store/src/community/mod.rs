//! The forum: members' names on it, categories, topics, posts with their
//! earlier versions, thanks, how far each member read, drafts, and the
//! search index (`search.rs`). Reads are in `reads.rs` (lists of topics
//! in `lists.rs`), writes in `writes.rs` (moderators' in `moderation.rs`),
//! following in `following.rs`, replies by email in `email_in.rs`, the
//! changes that outdate the pages nodes keep in `page_changes.rs`.

mod email_in;
mod following;
mod lists;
mod moderation;
mod page_changes;
mod reads;
mod search;
mod writes;

pub use email_in::ReplyKey;
pub use following::{EmailSettings, NotificationRow};
pub use page_changes::PageChanges;

pub use search::{COUNT_CAP, SearchFilter, SearchHit};
pub use writes::PostEdit;

use essaim_domain::community::trust::Trust;
use essaim_domain::community::{Pin, Starters};
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::StoreError;

/// How a member appears on the forum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommunityMember {
    pub account_id: i64,
    pub handle: String,
    pub display_name: String,
    pub created_at: i64,
    /// The level a moderator set, if one did.
    pub trust: Option<Trust>,
}

/// The author of a topic or post, as pages name them; `None` where the
/// account was deleted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Author {
    pub account_id: i64,
    pub handle: String,
    pub display_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Category {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub description: String,
    pub position: i64,
    pub starters: Starters,
}

/// A category with how many visible topics and posts it holds.
#[derive(Debug, Clone)]
pub struct CategoryCounts {
    pub category: Category,
    pub topics: i64,
    pub posts: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicRow {
    pub id: i64,
    pub category_id: i64,
    pub category_slug: String,
    pub category_name: String,
    pub title: String,
    pub author: Option<Author>,
    pub solution_id: Option<i64>,
    pub pinned: Option<Pin>,
    pub closed_at: Option<i64>,
    pub hidden_at: Option<i64>,
    pub post_count: i64,
    pub last_post_at: i64,
    pub created_at: i64,
    /// The highest post number the member reading the list has seen;
    /// `None` when they never opened it (or nobody is signed in).
    pub last_read: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostRow {
    pub id: i64,
    pub topic_id: i64,
    pub number: i64,
    pub author: Option<Author>,
    pub body: String,
    pub created_at: i64,
    pub edited_at: Option<i64>,
    pub deleted_at: Option<i64>,
    pub hidden_at: Option<i64>,
    pub thanks: i64,
    /// Waiting for a moderator's approval (hidden meanwhile).
    pub held_at: Option<i64>,
    /// Its words as HTML, rendered when they were written; `None` for a
    /// post written before HTML was kept, until the server renders it.
    pub html: Option<essaim_domain::markup::SafeHtml>,
}

/// An earlier version of a post, replaced at `replaced_at`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    pub body: String,
    /// The topic's title then, for a topic's first post.
    pub title: Option<String>,
    pub replaced_at: i64,
}

/// Words a member kept with "save draft".
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Draft {
    pub category: String,
    pub title: String,
    pub body: String,
    pub updated_at: i64,
}

/// Which topics a list shows.
#[derive(Debug, Clone, Default)]
pub struct TopicFilter {
    /// For each word asked, its stems: a topic matches when, for every
    /// word, one of its visible posts has one of the stems.
    pub words: Vec<Vec<String>>,
    pub category_id: Option<i64>,
    /// Moderators see hidden topics too.
    pub with_hidden: bool,
    /// Only topics with (`Some(true)`) or without an answer.
    pub solved: Option<bool>,
}

const TOPIC_COLUMNS: &str = "t.id, t.category_id, c.slug, c.name, t.title, t.author_id, m.handle, m.display_name, t.solution_id, t.pinned, t.closed_at, t.hidden_at, t.post_count, t.last_post_at, t.created_at, r.last_number";
const TOPIC_FROM: &str = "community_topics t
    JOIN community_categories c ON c.id = t.category_id
    LEFT JOIN community_members m ON m.account_id = t.author_id
    LEFT JOIN community_reads r ON r.topic_id = t.id AND r.account_id = $1";

const POST_COLUMNS: &str = "p.id, p.topic_id, p.number, p.author_id, m.handle, m.display_name, p.body, p.created_at, p.edited_at, p.deleted_at, p.hidden_at,
    (SELECT COUNT(*) FROM community_thanks k WHERE k.post_id = p.id), p.held_at, p.html";
/// The columns [`POST_COLUMNS`] takes; what a query adds comes after.
const POST_WIDTH: usize = 14;
const POST_FROM: &str =
    "community_posts p LEFT JOIN community_members m ON m.account_id = p.author_id";

fn author(row: &AnyRow, id: usize) -> Result<Option<Author>, StoreError> {
    let account_id: Option<i64> = row.try_get(id)?;
    let handle: Option<String> = row.try_get(id + 1)?;
    let display_name: Option<String> = row.try_get(id + 2)?;
    Ok(match (account_id, handle, display_name) {
        (Some(account_id), Some(handle), Some(display_name)) => Some(Author {
            account_id,
            handle,
            display_name,
        }),
        _ => None,
    })
}

fn topic_from_row(row: &AnyRow) -> Result<TopicRow, StoreError> {
    let pinned: Option<String> = row.try_get(9)?;
    Ok(TopicRow {
        id: row.try_get(0)?,
        category_id: row.try_get(1)?,
        category_slug: row.try_get(2)?,
        category_name: row.try_get(3)?,
        title: row.try_get(4)?,
        author: author(row, 5)?,
        solution_id: row.try_get(8)?,
        pinned: pinned.as_deref().and_then(Pin::from_slug),
        closed_at: row.try_get(10)?,
        hidden_at: row.try_get(11)?,
        post_count: row.try_get(12)?,
        last_post_at: row.try_get(13)?,
        created_at: row.try_get(14)?,
        last_read: row.try_get(15)?,
    })
}

pub(crate) fn post_from_row(row: &AnyRow) -> Result<PostRow, StoreError> {
    Ok(PostRow {
        id: row.try_get(0)?,
        topic_id: row.try_get(1)?,
        number: row.try_get(2)?,
        author: author(row, 3)?,
        body: row.try_get(6)?,
        created_at: row.try_get(7)?,
        edited_at: row.try_get(8)?,
        deleted_at: row.try_get(9)?,
        hidden_at: row.try_get(10)?,
        thanks: row.try_get(11)?,
        held_at: row.try_get(12)?,
        html: row
            .try_get::<Option<String>, _>(13)?
            .map(essaim_domain::markup::SafeHtml::from_stored),
    })
}

fn category_from_row(row: &AnyRow) -> Result<Category, StoreError> {
    let starters: String = row.try_get(5)?;
    Ok(Category {
        id: row.try_get(0)?,
        slug: row.try_get(1)?,
        name: row.try_get(2)?,
        description: row.try_get(3)?,
        position: row.try_get(4)?,
        starters: Starters::from_slug(&starters)
            .ok_or_else(|| StoreError::Corrupt(format!("catégorie du forum : {starters}")))?,
    })
}

const CATEGORY_COLUMNS: &str = "c.id, c.slug, c.name, c.description, c.position, c.starters";

fn member_from_row(row: &AnyRow) -> Result<CommunityMember, StoreError> {
    Ok(CommunityMember {
        account_id: row.try_get(0)?,
        handle: row.try_get(1)?,
        display_name: row.try_get(2)?,
        created_at: row.try_get(3)?,
        trust: row
            .try_get::<Option<String>, _>(4)?
            .as_deref()
            .and_then(Trust::from_slug),
    })
}
