//! Lists of topics: a page of them, pinned first then the latest active,
//! and how many a filter keeps.

use sqlx::Row;

use super::{TOPIC_COLUMNS, TOPIC_FROM, TopicFilter, TopicRow, topic_from_row};
use crate::{Database, StoreError};

impl Database {
    /// A page of topics, pinned first (in a category, those pinned there
    /// or everywhere; on the forum's home, those pinned everywhere), then
    /// the latest active; with how far `reader` read each (`0`: nobody).
    pub async fn community_topics(
        &self,
        filter: &TopicFilter,
        reader: i64,
        limit: i64,
        offset: i64,
    ) -> Result<Vec<TopicRow>, StoreError> {
        let (condition, stems) = topic_condition(filter);
        // Pinned topics come first: a handful, read apart, so that the
        // others are read newest first straight from an index rather than
        // all sorted at each visit.
        let pinned = match filter.category_id {
            Some(_) => "t.pinned IS NOT NULL",
            None => "t.pinned = 'partout'",
        };
        let numbers = |limit: i64, offset: i64| {
            [
                reader,
                limit,
                offset,
                filter.category_id.unwrap_or_default(),
            ]
        };
        let pinned_rows = bind_all(
            sqlx::query(&format!(
                "SELECT {TOPIC_COLUMNS} FROM {TOPIC_FROM} WHERE {condition} AND {pinned}
                   AND $2 >= 0 AND $3 >= 0
                 ORDER BY t.last_post_at DESC, t.id DESC"
            )),
            &numbers(0, 0),
            &stems,
        )
        .fetch_all(self.pool())
        .await?;
        let pinned_count = pinned_rows.len() as i64;
        let mut topics: Vec<TopicRow> = pinned_rows
            .iter()
            .skip(offset.max(0) as usize)
            .take(limit.max(0) as usize)
            .map(topic_from_row)
            .collect::<Result<_, _>>()?;
        let wanted = limit - topics.len() as i64;
        if wanted > 0 {
            let rows = bind_all(
                sqlx::query(&format!(
                    "SELECT {TOPIC_COLUMNS} FROM {TOPIC_FROM}
                     WHERE {condition} AND (t.pinned IS NULL OR NOT ({pinned}))
                     ORDER BY t.last_post_at DESC, t.id DESC LIMIT $2 OFFSET $3"
                )),
                &numbers(wanted, (offset - pinned_count).max(0)),
                &stems,
            )
            .fetch_all(self.pool())
            .await?;
            for row in &rows {
                topics.push(topic_from_row(row)?);
            }
        }
        Ok(topics)
    }

    /// How many topics a filter keeps, for a list's pages.
    pub async fn community_topic_count(&self, filter: &TopicFilter) -> Result<i64, StoreError> {
        let (condition, stems) = topic_condition(filter);
        // The count needs the topics alone; $1 to $3 are simply not used.
        Ok(bind_all(
            sqlx::query(&format!(
                "SELECT COUNT(*) FROM community_topics t WHERE {condition}
                   AND $1 >= 0 AND $2 >= 0 AND $3 >= 0"
            )),
            &[0, 0, 0, filter.category_id.unwrap_or_default()],
            &stems,
        )
        .fetch_one(self.pool())
        .await?
        .try_get(0)?)
    }
}

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

/// The condition of a list of topics, with $4 for the category and the
/// stems of its words from $5 on.
fn topic_condition(filter: &TopicFilter) -> (String, Vec<&str>) {
    let mut conditions = vec![match filter.category_id {
        Some(_) => "t.category_id = $4".to_string(),
        None => "$4 = 0".to_string(),
    }];
    if !filter.with_hidden {
        conditions.push("t.hidden_at IS NULL".into());
    }
    match filter.solved {
        Some(true) => conditions.push("t.solution_id IS NOT NULL".into()),
        Some(false) => conditions.push("t.solution_id IS NULL".into()),
        None => {}
    }
    let mut stems: Vec<&str> = Vec::new();
    for word in &filter.words {
        let places: Vec<String> = word
            .iter()
            .map(|stem| {
                stems.push(stem);
                format!("${}", 4 + stems.len())
            })
            .collect();
        conditions.push(format!(
            "t.id IN (SELECT p.topic_id FROM community_posts p
               JOIN community_terms k ON k.post_id = p.id
               WHERE p.deleted_at IS NULL AND p.hidden_at IS NULL AND k.term IN ({}))",
            places.join(", ")
        ));
    }
    (conditions.join(" AND "), stems)
}

/// Binds numbers, then texts, in that order.
fn bind_all<'q>(mut query: AnyQuery<'q>, numbers: &[i64], texts: &[&'q str]) -> AnyQuery<'q> {
    for number in numbers {
        query = query.bind(*number);
    }
    for text in texts {
        query = query.bind(*text);
    }
    query
}
