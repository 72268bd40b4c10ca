//! The forum's reads: members, categories, topics with how far the reader
//! read them, posts, revisions, thanks, drafts, what a member wrote.

use essaim_domain::community::trust::Recent;
use sqlx::Row;

use super::{
    CATEGORY_COLUMNS, Category, CategoryCounts, CommunityMember, Draft, POST_COLUMNS, POST_FROM,
    POST_WIDTH, PostRow, Revision, TOPIC_COLUMNS, TOPIC_FROM, TopicRow, category_from_row,
    member_from_row, post_from_row, topic_from_row,
};
use crate::{Database, StoreError};

impl Database {
    pub async fn community_member(
        &self,
        account_id: i64,
    ) -> Result<Option<CommunityMember>, StoreError> {
        let row = sqlx::query(
            "SELECT account_id, handle, display_name, created_at, trust FROM community_members WHERE account_id = $1",
        )
        .bind(account_id)
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| member_from_row(&r)).transpose()
    }

    pub async fn community_member_by_handle(
        &self,
        handle: &str,
    ) -> Result<Option<CommunityMember>, StoreError> {
        let row = sqlx::query(
            "SELECT account_id, handle, display_name, created_at, trust FROM community_members WHERE handle = $1",
        )
        .bind(handle)
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| member_from_row(&r)).transpose()
    }

    /// Of these handles, those members have.
    pub async fn community_members_named(
        &self,
        handles: &[String],
    ) -> Result<Vec<CommunityMember>, StoreError> {
        if handles.is_empty() {
            return Ok(Vec::new());
        }
        let places: Vec<String> = (1..=handles.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT account_id, handle, display_name, created_at, trust FROM community_members WHERE handle IN ({})",
            places.join(", ")
        );
        let mut query = sqlx::query(&sql);
        for handle in handles {
            query = query.bind(handle);
        }
        query
            .fetch_all(self.pool())
            .await?
            .iter()
            .map(member_from_row)
            .collect()
    }

    /// The categories in their order, with their visible topics and posts.
    /// The categories in order, with their visible topics and posts.
    pub async fn community_categories(&self) -> Result<Vec<CategoryCounts>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {CATEGORY_COLUMNS}, COUNT(t.id), CAST(COALESCE(SUM(t.post_count), 0) AS BIGINT)
             FROM community_categories c
             LEFT JOIN community_topics t ON t.category_id = c.id AND t.hidden_at IS NULL
             GROUP BY c.id, c.slug, c.name, c.description, c.position, c.starters
             ORDER BY c.position, c.id"
        ))
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(CategoryCounts {
                    category: category_from_row(r)?,
                    topics: r.try_get(6)?,
                    posts: r.try_get(7)?,
                })
            })
            .collect()
    }

    /// The categories in order, without their counts (for a form's list).
    pub async fn community_category_list(&self) -> Result<Vec<Category>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {CATEGORY_COLUMNS} FROM community_categories c ORDER BY c.position, c.id"
        ))
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(category_from_row).collect()
    }

    pub async fn community_category(&self, slug: &str) -> Result<Option<Category>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {CATEGORY_COLUMNS} FROM community_categories c WHERE c.slug = $1"
        ))
        .bind(slug)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(category_from_row).transpose()
    }

    /// A topic, hidden or not, with how far `reader` read it.
    pub async fn community_topic(
        &self,
        id: i64,
        reader: i64,
    ) -> Result<Option<TopicRow>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {TOPIC_COLUMNS} FROM {TOPIC_FROM} WHERE t.id = $2"
        ))
        .bind(reader)
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(topic_from_row).transpose()
    }

    /// Posts written before HTML was kept: (id, words), at most `limit`.
    pub async fn community_posts_uncooked(
        &self,
        limit: i64,
    ) -> Result<Vec<(i64, String)>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, body FROM community_posts WHERE html IS NULL ORDER BY id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect()
    }

    /// A topic's posts in order, placeholders included.
    pub async fn community_posts(&self, topic_id: i64) -> Result<Vec<PostRow>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {POST_COLUMNS} FROM {POST_FROM} WHERE p.topic_id = $1 ORDER BY p.number"
        ))
        .bind(topic_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(post_from_row).collect()
    }

    pub async fn community_post(&self, id: i64) -> Result<Option<PostRow>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {POST_COLUMNS} FROM {POST_FROM} WHERE p.id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(post_from_row).transpose()
    }

    /// The earlier versions of a post, the latest replaced first.
    pub async fn community_revisions(&self, post_id: i64) -> Result<Vec<Revision>, StoreError> {
        let rows = sqlx::query(
            "SELECT body, replaced_at, title FROM community_revisions WHERE post_id = $1
             ORDER BY replaced_at DESC, id DESC",
        )
        .bind(post_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Revision {
                    body: r.try_get(0)?,
                    replaced_at: r.try_get(1)?,
                    title: r.try_get(2)?,
                })
            })
            .collect()
    }

    /// The posts of a topic a member thanked.
    pub async fn community_thanked(
        &self,
        account_id: i64,
        topic_id: i64,
    ) -> Result<Vec<i64>, StoreError> {
        let rows = sqlx::query(
            "SELECT k.post_id FROM community_thanks k JOIN community_posts p ON p.id = k.post_id
             WHERE k.account_id = $1 AND p.topic_id = $2",
        )
        .bind(account_id)
        .bind(topic_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| r.try_get(0).map_err(StoreError::from))
            .collect()
    }

    pub async fn community_draft(
        &self,
        account_id: i64,
        place: &str,
    ) -> Result<Option<Draft>, StoreError> {
        let row = sqlx::query(
            "SELECT category, title, body, updated_at FROM community_drafts
             WHERE account_id = $1 AND place = $2",
        )
        .bind(account_id)
        .bind(place)
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| {
            Ok(Draft {
                category: r.try_get(0)?,
                title: r.try_get(1)?,
                body: r.try_get(2)?,
                updated_at: r.try_get(3)?,
            })
        })
        .transpose()
    }

    /// The visible topics with posts since `since`, the most posts first,
    /// with how many.
    pub async fn community_active_topics(
        &self,
        since: i64,
        limit: i64,
    ) -> Result<Vec<(TopicRow, i64)>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {TOPIC_COLUMNS},
               (SELECT COUNT(*) FROM community_posts p
                WHERE p.topic_id = t.id AND p.created_at >= $2
                  AND p.deleted_at IS NULL AND p.hidden_at IS NULL) AS recent
             FROM {TOPIC_FROM}
             WHERE t.hidden_at IS NULL AND t.last_post_at >= $2
             ORDER BY recent DESC, t.last_post_at DESC LIMIT $3"
        ))
        .bind(0i64)
        .bind(since)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| Ok((topic_from_row(r)?, r.try_get(16)?)))
            .collect()
    }

    /// The first post of each of these topics.
    pub async fn community_first_posts(
        &self,
        topic_ids: &[i64],
    ) -> Result<Vec<PostRow>, StoreError> {
        if topic_ids.is_empty() {
            return Ok(Vec::new());
        }
        let places: Vec<String> = (1..=topic_ids.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT {POST_COLUMNS} FROM {POST_FROM} WHERE p.number = 1 AND p.topic_id IN ({})",
            places.join(", ")
        );
        let mut query = sqlx::query(&sql);
        for id in topic_ids {
            query = query.bind(*id);
        }
        query
            .fetch_all(self.pool())
            .await?
            .iter()
            .map(post_from_row)
            .collect()
    }

    /// A member's latest visible posts with their topic's id and title.
    pub async fn community_posts_by(
        &self,
        account_id: i64,
        limit: i64,
    ) -> Result<Vec<(PostRow, String)>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {POST_COLUMNS}, t.title FROM {POST_FROM}
             JOIN community_topics t ON t.id = p.topic_id
             WHERE p.author_id = $1 AND p.deleted_at IS NULL AND p.hidden_at IS NULL
               AND t.hidden_at IS NULL
             ORDER BY p.created_at DESC, p.id DESC LIMIT $2"
        ))
        .bind(account_id)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| Ok((post_from_row(r)?, r.try_get(POST_WIDTH)?)))
            .collect()
    }

    /// Everything a member wrote that still has its words, hidden or not,
    /// oldest first, with its topic's title (for their data export).
    pub async fn community_writings_of(
        &self,
        account_id: i64,
    ) -> Result<Vec<(PostRow, String)>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {POST_COLUMNS}, t.title FROM {POST_FROM}
             JOIN community_topics t ON t.id = p.topic_id
             WHERE p.author_id = $1 AND p.deleted_at IS NULL
             ORDER BY p.created_at, p.id"
        ))
        .bind(account_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| Ok((post_from_row(r)?, r.try_get(POST_WIDTH)?)))
            .collect()
    }

    /// How many topics of others a member has read.
    pub async fn community_topics_read(&self, account_id: i64) -> Result<i64, StoreError> {
        Ok(sqlx::query(
            "SELECT COUNT(*) FROM community_reads r
                 JOIN community_topics t ON t.id = r.topic_id
                 WHERE r.account_id = $1 AND (t.author_id IS NULL OR t.author_id <> $1)",
        )
        .bind(account_id)
        .fetch_one(self.pool())
        .await?
        .try_get(0)?)
    }

    /// What a member wrote since joining the forum at `joined_at`, for a
    /// new member's limits.
    pub async fn community_recent(
        &self,
        account_id: i64,
        joined_at: i64,
    ) -> Result<Recent, StoreError> {
        let row = sqlx::query(
            "SELECT
               (SELECT COUNT(*) FROM community_posts WHERE author_id = $1 AND number = 1 AND created_at < $2),
               (SELECT COUNT(*) FROM community_posts WHERE author_id = $1 AND number > 1 AND created_at < $2),
               (SELECT MAX(created_at) FROM community_posts WHERE author_id = $1),
               (SELECT COUNT(*) FROM community_posts WHERE author_id = $1)",
        )
        .bind(account_id)
        .bind(joined_at + 86_400)
        .fetch_one(self.pool())
        .await?;
        Ok(Recent {
            joined_at,
            topics_first_day: row.try_get(0)?,
            replies_first_day: row.try_get(1)?,
            last_post_at: row.try_get(2)?,
            posts: row.try_get(3)?,
        })
    }

    /// The posts waiting for a moderator's approval, oldest first, with
    /// their topic's title.
    pub async fn community_held_posts(&self) -> Result<Vec<(PostRow, String)>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {POST_COLUMNS}, t.title FROM {POST_FROM}
             JOIN community_topics t ON t.id = p.topic_id
             WHERE p.held_at IS NOT NULL ORDER BY p.held_at, p.id"
        ))
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| Ok((post_from_row(r)?, r.try_get(POST_WIDTH)?)))
            .collect()
    }

    /// How many visible posts a member wrote, and how many thanks they got.
    pub async fn community_member_counts(&self, account_id: i64) -> Result<(i64, i64), StoreError> {
        let row = sqlx::query(
            "SELECT
               (SELECT COUNT(*) FROM community_posts WHERE author_id = $1 AND deleted_at IS NULL AND hidden_at IS NULL),
               (SELECT COUNT(*) FROM community_thanks k JOIN community_posts p ON p.id = k.post_id WHERE p.author_id = $1)",
        )
        .bind(account_id)
        .fetch_one(self.pool())
        .await?;
        Ok((row.try_get(0)?, row.try_get(1)?))
    }
}
