//! Search in the forum: the query's words are analysed as the posts were
//! (`community_terms`), and a post matches when it has, for every word,
//! one of that word's stems. Filters narrow it; the first posts (which
//! hold the titles) come first, then the most recent.

use sqlx::Row;

use super::{POST_COLUMNS, POST_FROM, POST_WIDTH, PostRow, post_from_row};
use crate::{Database, StoreError};

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
    /// A page of the posts a search finds, and how many there are.
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
        for stems in &filter.words {
            let places: Vec<String> = stems
                .iter()
                .map(|stem| place(&mut values, Value::Text(stem.clone())))
                .collect();
            conditions.push(format!(
                "p.id IN (SELECT post_id FROM community_terms WHERE term IN ({}))",
                places.join(", ")
            ));
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
        let condition = conditions.join(" AND ");
        let from = format!(
            "{POST_FROM} JOIN community_topics t ON t.id = p.topic_id
             JOIN community_categories c ON c.id = t.category_id"
        );
        let total: i64 = bind(
            sqlx::query(&format!("SELECT COUNT(*) FROM {from} WHERE {condition}")),
            &values,
        )
        .fetch_one(self.pool())
        .await?
        .try_get(0)?;
        let limit_place = values.len() + 1;
        let sql = format!(
            "SELECT {POST_COLUMNS}, t.title, c.name, t.solution_id FROM {from} WHERE {condition}
             ORDER BY CASE WHEN p.number = 1 THEN 0 ELSE 1 END, p.created_at DESC, p.id DESC
             LIMIT ${limit_place} OFFSET ${}",
            limit_place + 1
        );
        let rows = bind(sqlx::query(&sql), &values)
            .bind(limit)
            .bind(offset)
            .fetch_all(self.pool())
            .await?;
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
