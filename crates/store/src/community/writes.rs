//! Every change to the forum, inside a unit of work.

use essaim_domain::analyzer::analyze;
use essaim_domain::markup::SafeHtml;
use essaim_domain::markup::markdown_to_text;
use sqlx::Row;

use crate::{StoreError, Tx};

/// Rows of terms written per statement.
const TERMS_PER_INSERT: usize = 400;

/// A post's new words, and what the change keeps of the old ones.
#[derive(Debug, Clone, Copy)]
pub struct PostEdit<'a> {
    pub post_id: i64,
    pub previous_body: &'a str,
    /// The topic's title before the change, when the post is its first.
    pub previous_title: Option<&'a str>,
    /// A new title for the topic, when the post is its first.
    pub title: Option<(i64, &'a str)>,
    pub body: &'a str,
    pub html: &'a SafeHtml,
    /// The replaced words go to the post's history.
    pub keep_previous: bool,
}

impl Tx {
    /// The member's name on the forum; `SlugTaken` when another member has
    /// the handle (without spoiling the transaction).
    pub async fn create_community_member(
        &mut self,
        account_id: i64,
        handle: &str,
        display_name: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        let taken = sqlx::query("SELECT 1 FROM community_members WHERE handle = $1")
            .bind(handle)
            .fetch_optional(self.conn())
            .await?
            .is_some();
        if taken {
            return Err(StoreError::SlugTaken {
                slug: handle.to_string(),
                position: None,
            });
        }
        sqlx::query(
            "INSERT INTO community_members (account_id, handle, display_name, created_at)
             VALUES ($1, $2, $3, $4)",
        )
        .bind(account_id)
        .bind(handle)
        .bind(display_name.trim())
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// A new topic and its first post; returns (topic, post).
    pub async fn start_community_topic(
        &mut self,
        category_id: i64,
        title: &str,
        author_id: i64,
        body: &str,
        html: &SafeHtml,
        now: i64,
    ) -> Result<(i64, i64), StoreError> {
        let topic_id: i64 = sqlx::query(
            "INSERT INTO community_topics (category_id, title, author_id, post_count, last_post_at, created_at)
             VALUES ($1, $2, $3, 1, $4, $4) RETURNING id",
        )
        .bind(category_id)
        .bind(title.trim())
        .bind(author_id)
        .bind(now)
        .fetch_one(self.conn())
        .await?
        .try_get(0)?;
        let post_id = self
            .insert_post(topic_id, 1, author_id, body, html, now)
            .await?;
        self.index_community_post(post_id, Some(title), body)
            .await?;
        Ok((topic_id, post_id))
    }

    /// A reply at the end of a topic; returns (post, its number). The
    /// topic's row is updated first, so that two replies at once take
    /// two numbers.
    pub async fn add_community_post(
        &mut self,
        topic_id: i64,
        author_id: i64,
        body: &str,
        html: &SafeHtml,
        now: i64,
    ) -> Result<(i64, i64), StoreError> {
        let number: i64 = sqlx::query(
            "UPDATE community_topics SET post_count = post_count + 1, last_post_at = $2
             WHERE id = $1 RETURNING post_count",
        )
        .bind(topic_id)
        .bind(now)
        .fetch_one(self.conn())
        .await?
        .try_get(0)?;
        let post_id = self
            .insert_post(topic_id, number, author_id, body, html, now)
            .await?;
        self.index_community_post(post_id, None, body).await?;
        Ok((post_id, number))
    }

    async fn insert_post(
        &mut self,
        topic_id: i64,
        number: i64,
        author_id: i64,
        body: &str,
        html: &SafeHtml,
        now: i64,
    ) -> Result<i64, StoreError> {
        Ok(sqlx::query(
            "INSERT INTO community_posts (topic_id, number, author_id, body, html, created_at)
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(topic_id)
        .bind(number)
        .bind(author_id)
        .bind(body.trim())
        .bind(html.as_str())
        .bind(now)
        .fetch_one(self.conn())
        .await?
        .try_get(0)?)
    }

    /// New words for a post (and a new title for its topic when it is the
    /// first). With `keep_previous`, the words replaced go to its history.
    pub async fn edit_community_post(
        &mut self,
        edit: &PostEdit<'_>,
        now: i64,
    ) -> Result<(), StoreError> {
        let PostEdit {
            post_id,
            previous_body,
            previous_title,
            title,
            body,
            html,
            keep_previous,
        } = *edit;
        if keep_previous {
            sqlx::query(
                "INSERT INTO community_revisions (post_id, body, title, replaced_at) VALUES ($1, $2, $3, $4)",
            )
            .bind(post_id)
            .bind(previous_body)
            .bind(previous_title)
            .bind(now)
            .execute(self.conn())
            .await?;
            sqlx::query(
                "UPDATE community_posts SET body = $2, html = $3, edited_at = $4 WHERE id = $1",
            )
            .bind(post_id)
            .bind(body.trim())
            .bind(html.as_str())
            .bind(now)
            .execute(self.conn())
            .await?;
        } else {
            sqlx::query("UPDATE community_posts SET body = $2, html = $3 WHERE id = $1")
                .bind(post_id)
                .bind(body.trim())
                .bind(html.as_str())
                .execute(self.conn())
                .await?;
        }
        if let Some((topic_id, title)) = title {
            sqlx::query("UPDATE community_topics SET title = $2 WHERE id = $1")
                .bind(topic_id)
                .bind(title.trim())
                .execute(self.conn())
                .await?;
        }
        self.index_community_post(post_id, title.map(|(_, t)| t), body)
            .await
    }

    /// The author deletes a post: a placeholder stays in its place, its
    /// words and their history go, and it is no longer a topic's answer.
    pub async fn delete_community_post(
        &mut self,
        post_id: i64,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE community_posts SET body = '', html = '', deleted_at = $2 WHERE id = $1",
        )
        .bind(post_id)
        .bind(now)
        .execute(self.conn())
        .await?;
        for statement in [
            "DELETE FROM community_revisions WHERE post_id = $1",
            "DELETE FROM community_terms WHERE post_id = $1",
            "UPDATE community_topics SET solution_id = NULL WHERE solution_id = $1",
        ] {
            sqlx::query(statement)
                .bind(post_id)
                .execute(self.conn())
                .await?;
        }
        Ok(())
    }

    /// Says "merci" for a post, or takes it back.
    pub async fn set_community_thanks(
        &mut self,
        post_id: i64,
        account_id: i64,
        thanked: bool,
        now: i64,
    ) -> Result<(), StoreError> {
        if thanked {
            sqlx::query(
                "INSERT INTO community_thanks (post_id, account_id, created_at) VALUES ($1, $2, $3)
                 ON CONFLICT (post_id, account_id) DO NOTHING",
            )
            .bind(post_id)
            .bind(account_id)
            .bind(now)
            .execute(self.conn())
            .await?;
        } else {
            sqlx::query("DELETE FROM community_thanks WHERE post_id = $1 AND account_id = $2")
                .bind(post_id)
                .bind(account_id)
                .execute(self.conn())
                .await?;
        }
        Ok(())
    }

    pub async fn set_community_solution(
        &mut self,
        topic_id: i64,
        post_id: Option<i64>,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE community_topics SET solution_id = $2 WHERE id = $1")
            .bind(topic_id)
            .bind(post_id)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// The member has seen a topic up to post `number` (never less than
    /// they had seen).
    pub async fn mark_community_read(
        &mut self,
        account_id: i64,
        topic_id: i64,
        number: i64,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO community_reads (account_id, topic_id, last_number, read_at)
             VALUES ($1, $2, $3, $4)
             ON CONFLICT (account_id, topic_id) DO UPDATE SET
               last_number = CASE WHEN excluded.last_number > community_reads.last_number
                             THEN excluded.last_number ELSE community_reads.last_number END,
               read_at = excluded.read_at",
        )
        .bind(account_id)
        .bind(topic_id)
        .bind(number)
        .bind(now)
        .execute(self.conn())
        .await?;
        self.read_community_notifications(account_id, topic_id, number, now)
            .await
    }

    pub async fn save_community_draft(
        &mut self,
        account_id: i64,
        place: &str,
        draft: &super::Draft,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO community_drafts (account_id, place, category, title, body, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (account_id, place) DO UPDATE SET category = excluded.category,
               title = excluded.title, body = excluded.body, updated_at = excluded.updated_at",
        )
        .bind(account_id)
        .bind(place)
        .bind(&draft.category)
        .bind(&draft.title)
        .bind(&draft.body)
        .bind(draft.updated_at)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    pub async fn delete_community_draft(
        &mut self,
        account_id: i64,
        place: &str,
    ) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM community_drafts WHERE account_id = $1 AND place = $2")
            .bind(account_id)
            .bind(place)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Writes a category (`id`: the one it replaces); `SlugTaken` when
    /// another category has the address.
    pub async fn save_community_category(
        &mut self,
        id: Option<i64>,
        draft: &essaim_domain::community::CategoryDraft,
    ) -> Result<i64, StoreError> {
        let taken = sqlx::query("SELECT id FROM community_categories WHERE slug = $1")
            .bind(&draft.slug)
            .fetch_optional(self.conn())
            .await?
            .map(|r| r.try_get::<i64, _>(0))
            .transpose()?;
        if taken.is_some() && taken != id {
            return Err(StoreError::SlugTaken {
                slug: draft.slug.clone(),
                position: None,
            });
        }
        let row = match id {
            Some(id) => sqlx::query(
                "UPDATE community_categories SET slug = $2, name = $3, description = $4,
                   position = $5, starters = $6 WHERE id = $1 RETURNING id",
            )
            .bind(id),
            None => sqlx::query(
                "INSERT INTO community_categories (slug, name, description, position, starters)
                 VALUES ($1, $2, $3, $4, $5) RETURNING id",
            ),
        }
        .bind(&draft.slug)
        .bind(draft.name.trim())
        .bind(draft.description.trim())
        .bind(draft.position)
        .bind(&draft.starters)
        .fetch_one(self.conn())
        .await?;
        Ok(row.try_get(0)?)
    }

    /// Writes the search terms of a post: the French analysis of its text
    /// (and of its topic's title, for the first post).
    async fn index_community_post(
        &mut self,
        post_id: i64,
        title: Option<&str>,
        body: &str,
    ) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM community_terms WHERE post_id = $1")
            .bind(post_id)
            .execute(self.conn())
            .await?;
        let mut terms = analyze(&markdown_to_text(body));
        if let Some(title) = title {
            terms.extend(analyze(title));
        }
        terms.sort_unstable();
        terms.dedup();
        for chunk in terms.chunks(TERMS_PER_INSERT) {
            let rows: Vec<String> = (0..chunk.len())
                .map(|i| format!("(${}, $1)", i + 2))
                .collect();
            let sql = format!(
                "INSERT INTO community_terms (term, post_id) VALUES {}",
                rows.join(", ")
            );
            let mut query = sqlx::query(&sql).bind(post_id);
            for term in chunk {
                query = query.bind(term);
            }
            query.execute(self.conn()).await?;
        }
        Ok(())
    }

    /// Keeps the HTML of a post written before HTML was kept.
    pub async fn cook_community_post(
        &mut self,
        post_id: i64,
        html: &SafeHtml,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE community_posts SET html = $2 WHERE id = $1 AND html IS NULL")
            .bind(post_id)
            .bind(html.as_str())
            .execute(self.conn())
            .await?;
        Ok(())
    }
}
