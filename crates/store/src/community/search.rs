//! Search in the forum: the query's words are analysed as the posts were
//! (`community_terms`), and a post matches when it has, for every word,
//! one of that word's stems. Filters narrow it; the most recent come
//! first (posts are numbered in the order written, so the database walks
//! them newest first and stops at the page), and the count stops at
//! [`COUNT_CAP`].

use sqlx::Row;

use super::{POST_COLUMNS, POST_FROM, POST_WIDTH, PostRow, post_from_row};
use crate::{Database, StoreError};

/// Beyond this many posts found, a search says "more than".
pub const COUNT_CAP: i64 = 200;

/// What a search keeps.
#[derive(Debug, Clone, Default)]
pub struct SearchFilter {
    /// For each word of the query, its stems (one or two).
    pub words: Vec<Vec<String>>,
    pub category_id: Option<i64>,
    /// Only topics with an answer.
    pub solved: bool,
    pub author_id: Option<i64>,
    /// Only posts written since then.
    pub since: Option<i64>,
}

/// A post found, with its topic.
#[derive(Debug, Clone)]
pub struct SearchHit {
    pub post: PostRow,
    pub topic_title: String,
    pub category_name: String,
    pub solved: bool,
}

impl Database {
    /// A page of the posts a search finds, and how many there are: exactly
    /// up to [`COUNT_CAP`], and more than it otherwise.
    pub async fn community_search(
        &self,
        filter: &SearchFilter,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<SearchHit>, i64), StoreError> {
        let mut conditions = vec![
            "p.deleted_at IS NULL".to_string(),
            "p.hidden_at IS NULL".to_string(),
            "t.hidden_at IS NULL".to_string(),
        ];
        let mut values: Vec<Value> = Vec::new();
        let place = |values: &mut Vec<Value>, value: Value| {
            values.push(value);
            format!("${}", values.len())
        };
        // The first word's postings drive the walk, newest first, straight
        // from the terms' index; each other word is one look-up per post.
        let mut driving = None;
        for (i, stems) in filter.words.iter().enumerate() {
            let places: Vec<String> = stems
                .iter()
                .map(|stem| place(&mut values, Value::Text(stem.clone())))
                .collect();
            if i == 0 {
                driving = Some(format!("a.term IN ({})", places.join(", ")));
            } else {
                conditions.push(format!(
                    "EXISTS (SELECT 1 FROM community_terms w{i} WHERE w{i}.post_id = p.id AND w{i}.term IN ({}))",
                    places.join(", ")
                ));
            }
        }
        if let Some(category) = filter.category_id {
            conditions.push(format!(
                "t.category_id = {}",
                place(&mut values, Value::Number(category))
            ));
        }
        if filter.solved {
            conditions.push("t.solution_id IS NOT NULL".into());
        }
        if let Some(author) = filter.author_id {
            conditions.push(format!(
                "p.author_id = {}",
                place(&mut values, Value::Number(author))
            ));
        }
        if let Some(since) = filter.since {
            conditions.push(format!(
                "p.created_at >= {}",
                place(&mut values, Value::Number(since))
            ));
        }
        // The filters need only the topic; the page's rows are read in full
        // once chosen, so that a common word sorts small rows, not posts.
        let (from, key) = match driving {
            Some(term) => {
                conditions.push(term);
                (
                    "community_terms a JOIN community_posts p ON p.id = a.post_id
                     JOIN community_topics t ON t.id = p.topic_id",
                    "a.post_id",
                )
            }
            None => (
                "community_posts p JOIN community_topics t ON t.id = p.topic_id",
                "p.id",
            ),
        };
        let condition = conditions.join(" AND ");
        // One walk, newest first: it finds the page and counts up to the
        // cap at once (each word's posts are gathered once, not twice).
        // Only a page past the cap walks further, without counting.
        let walk = (offset + limit + 1).max(COUNT_CAP + 1);
        let found: Vec<i64> = bind(
            sqlx::query(&format!(
                "SELECT DISTINCT {key} FROM {from} WHERE {condition}
                 ORDER BY {key} DESC LIMIT ${}",
                values.len() + 1
            )),
            &values,
        )
        .bind(walk)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| r.try_get(0))
        .collect::<Result<_, _>>()?;
        // Past the cap, the total only says "more" and whether a next
        // page exists.
        let total = found.len() as i64;
        let ids: Vec<i64> = found
            .into_iter()
            .skip(offset.max(0) as usize)
            .take(limit.max(0) as usize)
            .collect();
        if ids.is_empty() {
            return Ok((Vec::new(), total));
        }
        let places: Vec<String> = (1..=ids.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT {POST_COLUMNS}, t.title, c.name, t.solution_id FROM {POST_FROM}
             JOIN community_topics t ON t.id = p.topic_id
             JOIN community_categories c ON c.id = t.category_id
             WHERE p.id IN ({})",
            places.join(", ")
        );
        let mut query = sqlx::query(&sql);
        for id in &ids {
            query = query.bind(*id);
        }
        let mut rows = query.fetch_all(self.pool()).await?;
        rows.sort_by_key(|r| {
            let id: i64 = r.try_get(0).unwrap_or_default();
            ids.iter().position(|i| *i == id)
        });
        let hits = rows
            .iter()
            .map(|r| {
                let solution: Option<i64> = r.try_get(POST_WIDTH + 2)?;
                Ok(SearchHit {
                    post: post_from_row(r)?,
                    topic_title: r.try_get(POST_WIDTH)?,
                    category_name: r.try_get(POST_WIDTH + 1)?,
                    solved: solution.is_some(),
                })
            })
            .collect::<Result<_, StoreError>>()?;
        Ok((hits, total))
    }
}

enum Value {
    Text(String),
    Number(i64),
}

fn bind<'q>(
    mut query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    values: &'q [Value],
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    for value in values {
        query = match value {
            Value::Text(text) => query.bind(text.as_str()),
            Value::Number(number) => query.bind(*number),
        };
    }
    query
}
