//! Following the forum: watching levels on topics and categories, the
//! notifications members get, and their email choices.

use essaim_domain::community::following::{NotificationKind, Watch};
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::{Database, StoreError, Tx};

/// A notification as its lists and emails show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotificationRow {
    pub id: i64,
    pub account_id: i64,
    pub kind: NotificationKind,
    pub topic_id: i64,
    pub topic_title: String,
    pub post_id: i64,
    pub post_number: i64,
    /// Who wrote the post, as the forum names them.
    pub actor: Option<String>,
    pub created_at: i64,
    pub read_at: Option<i64>,
    pub emailed_at: Option<i64>,
}

/// A member's email choices for the forum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailSettings {
    pub account_id: i64,
    pub notifications: bool,
    pub digest: bool,
    pub unsubscribe_token: String,
    pub last_digest_at: Option<i64>,
}

const NOTIFICATION_COLUMNS: &str = "n.id, n.account_id, n.kind, n.topic_id, t.title, n.post_id, n.post_number, m.display_name, n.created_at, n.read_at, n.emailed_at";
const NOTIFICATION_FROM: &str = "community_notifications n
    JOIN community_topics t ON t.id = n.topic_id
    LEFT JOIN community_members m ON m.account_id = n.actor_id";

fn notification_from_row(row: &AnyRow) -> Result<NotificationRow, StoreError> {
    let kind: String = row.try_get(2)?;
    Ok(NotificationRow {
        id: row.try_get(0)?,
        account_id: row.try_get(1)?,
        kind: NotificationKind::from_slug(&kind)
            .ok_or_else(|| StoreError::Corrupt(format!("notification : {kind}")))?,
        topic_id: row.try_get(3)?,
        topic_title: row.try_get(4)?,
        post_id: row.try_get(5)?,
        post_number: row.try_get(6)?,
        actor: row.try_get(7)?,
        created_at: row.try_get(8)?,
        read_at: row.try_get(9)?,
        emailed_at: row.try_get(10)?,
    })
}

fn watches(rows: &[AnyRow]) -> Vec<(i64, Watch)> {
    rows.iter()
        .filter_map(|r| {
            let level: String = r.try_get(1).ok()?;
            Some((r.try_get(0).ok()?, Watch::from_slug(&level)?))
        })
        .collect()
}

fn settings_from_row(row: &AnyRow) -> Result<EmailSettings, StoreError> {
    Ok(EmailSettings {
        account_id: row.try_get(0)?,
        notifications: row.try_get::<i64, _>(1)? != 0,
        digest: row.try_get::<i64, _>(2)? != 0,
        unsubscribe_token: row.try_get(3)?,
        last_digest_at: row.try_get(4)?,
    })
}

const SETTINGS_COLUMNS: &str =
    "account_id, notifications, digest, unsubscribe_token, last_digest_at";

impl Database {
    /// The levels members set on a topic.
    pub async fn community_topic_watches(
        &self,
        topic_id: i64,
    ) -> Result<Vec<(i64, Watch)>, StoreError> {
        let rows = sqlx::query(
            "SELECT account_id, level FROM community_topic_watches WHERE topic_id = $1",
        )
        .bind(topic_id)
        .fetch_all(self.pool())
        .await?;
        Ok(watches(&rows))
    }

    /// The levels members set on a category.
    pub async fn community_category_watches(
        &self,
        category_id: i64,
    ) -> Result<Vec<(i64, Watch)>, StoreError> {
        let rows = sqlx::query(
            "SELECT account_id, level FROM community_category_watches WHERE category_id = $1",
        )
        .bind(category_id)
        .fetch_all(self.pool())
        .await?;
        Ok(watches(&rows))
    }

    /// The level a member set on a topic, and on its category.
    pub async fn community_watch_of(
        &self,
        account_id: i64,
        topic_id: Option<i64>,
        category_id: i64,
    ) -> Result<(Option<Watch>, Option<Watch>), StoreError> {
        let row = sqlx::query(
            "SELECT
               (SELECT level FROM community_topic_watches WHERE account_id = $1 AND topic_id = $2),
               (SELECT level FROM community_category_watches WHERE account_id = $1 AND category_id = $3)",
        )
        .bind(account_id)
        .bind(topic_id.unwrap_or_default())
        .bind(category_id)
        .fetch_one(self.pool())
        .await?;
        let level = |i: usize| -> Result<Option<Watch>, StoreError> {
            let slug: Option<String> = row.try_get(i)?;
            Ok(slug.as_deref().and_then(Watch::from_slug))
        };
        Ok((level(0)?, level(1)?))
    }

    /// A page of a member's notifications, the latest first, and how many.
    pub async fn community_notifications(
        &self,
        account_id: i64,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<NotificationRow>, i64), StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {NOTIFICATION_COLUMNS} FROM {NOTIFICATION_FROM}
             WHERE n.account_id = $1 ORDER BY n.created_at DESC, n.id DESC LIMIT $2 OFFSET $3"
        ))
        .bind(account_id)
        .bind(limit)
        .bind(offset)
        .fetch_all(self.pool())
        .await?;
        let total: i64 =
            sqlx::query("SELECT COUNT(*) FROM community_notifications WHERE account_id = $1")
                .bind(account_id)
                .fetch_one(self.pool())
                .await?
                .try_get(0)?;
        Ok((
            rows.iter()
                .map(notification_from_row)
                .collect::<Result<_, _>>()?,
            total,
        ))
    }

    pub async fn community_notification(
        &self,
        id: i64,
    ) -> Result<Option<NotificationRow>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {NOTIFICATION_COLUMNS} FROM {NOTIFICATION_FROM} WHERE n.id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(notification_from_row).transpose()
    }

    /// How many forum emails a member was sent since then.
    pub async fn community_emails_since(
        &self,
        account_id: i64,
        since: i64,
    ) -> Result<i64, StoreError> {
        Ok(sqlx::query(
            "SELECT COUNT(*) FROM community_notifications
             WHERE account_id = $1 AND emailed_at >= $2",
        )
        .bind(account_id)
        .bind(since)
        .fetch_one(self.pool())
        .await?
        .try_get(0)?)
    }

    pub async fn community_email_settings(
        &self,
        account_id: i64,
    ) -> Result<Option<EmailSettings>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {SETTINGS_COLUMNS} FROM community_email_settings WHERE account_id = $1"
        ))
        .bind(account_id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(settings_from_row).transpose()
    }

    pub async fn community_email_settings_by_token(
        &self,
        token: &str,
    ) -> Result<Option<EmailSettings>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {SETTINGS_COLUMNS} FROM community_email_settings WHERE unsubscribe_token = $1"
        ))
        .bind(token)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(settings_from_row).transpose()
    }
}

impl Database {
    /// The verified accounts whose weekly digest is due: digest wanted (or
    /// never chosen) and none sent since `due`.
    pub async fn community_digest_due(&self, due: i64) -> Result<Vec<i64>, StoreError> {
        let rows = sqlx::query(
            "SELECT a.id FROM accounts a
             LEFT JOIN community_email_settings s ON s.account_id = a.id
             WHERE a.email_verified_at IS NOT NULL
               AND (s.account_id IS NULL
                    OR (s.digest = 1 AND (s.last_digest_at IS NULL OR s.last_digest_at < $1)))
             ORDER BY a.id",
        )
        .bind(due)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| r.try_get(0).map_err(StoreError::from))
            .collect()
    }

    /// The categories a member follows (tracking or more) and mutes.
    pub async fn community_followed_categories(
        &self,
        account_id: i64,
    ) -> Result<Vec<(i64, Watch)>, StoreError> {
        let rows = sqlx::query(
            "SELECT category_id, level FROM community_category_watches WHERE account_id = $1",
        )
        .bind(account_id)
        .fetch_all(self.pool())
        .await?;
        Ok(watches(&rows))
    }
}

impl Tx {
    /// Claims this week's digest of a member: true once, for the one node
    /// that sends it. A member without choices yet gets them, with `token`.
    pub async fn claim_community_digest(
        &mut self,
        account_id: i64,
        token: &str,
        due: i64,
        now: i64,
    ) -> Result<Option<String>, StoreError> {
        let claimed = sqlx::query(
            "INSERT INTO community_email_settings
               (account_id, notifications, digest, unsubscribe_token, last_digest_at)
             VALUES ($1, 1, 1, $2, $4)
             ON CONFLICT (account_id) DO UPDATE SET last_digest_at = $4
             WHERE community_email_settings.digest = 1
               AND (community_email_settings.last_digest_at IS NULL
                    OR community_email_settings.last_digest_at < $3)",
        )
        .bind(account_id)
        .bind(token)
        .bind(due)
        .bind(now)
        .execute(self.conn())
        .await?
        .rows_affected()
            == 1;
        if !claimed {
            return Ok(None);
        }
        let row = sqlx::query(
            "SELECT unsubscribe_token FROM community_email_settings WHERE account_id = $1",
        )
        .bind(account_id)
        .fetch_one(self.conn())
        .await?;
        Ok(Some(row.try_get(0)?))
    }

    /// Sets a member's level on a topic (`None`: back to its category's).
    pub async fn set_community_topic_watch(
        &mut self,
        account_id: i64,
        topic_id: i64,
        level: Option<Watch>,
    ) -> Result<(), StoreError> {
        self.set_watch(
            "community_topic_watches",
            "topic_id",
            account_id,
            topic_id,
            level,
        )
        .await
    }

    pub async fn set_community_category_watch(
        &mut self,
        account_id: i64,
        category_id: i64,
        level: Option<Watch>,
    ) -> Result<(), StoreError> {
        self.set_watch(
            "community_category_watches",
            "category_id",
            account_id,
            category_id,
            level,
        )
        .await
    }

    async fn set_watch(
        &mut self,
        table: &'static str,
        column: &'static str,
        account_id: i64,
        id: i64,
        level: Option<Watch>,
    ) -> Result<(), StoreError> {
        match level {
            None => {
                sqlx::query(&format!(
                    "DELETE FROM {table} WHERE account_id = $1 AND {column} = $2"
                ))
                .bind(account_id)
                .bind(id)
                .execute(self.conn())
                .await?;
            }
            Some(level) => {
                sqlx::query(&format!(
                    "INSERT INTO {table} (account_id, {column}, level) VALUES ($1, $2, $3)
                     ON CONFLICT (account_id, {column}) DO UPDATE SET level = excluded.level"
                ))
                .bind(account_id)
                .bind(id)
                .bind(level.slug())
                .execute(self.conn())
                .await?;
            }
        }
        Ok(())
    }

    /// The level a member set on a topic, read inside the unit of work.
    pub async fn community_topic_watch(
        &mut self,
        account_id: i64,
        topic_id: i64,
    ) -> Result<Option<Watch>, StoreError> {
        let row = sqlx::query(
            "SELECT level FROM community_topic_watches WHERE account_id = $1 AND topic_id = $2",
        )
        .bind(account_id)
        .bind(topic_id)
        .fetch_optional(self.conn())
        .await?;
        Ok(row
            .and_then(|r| r.try_get::<String, _>(0).ok())
            .and_then(|s| Watch::from_slug(&s)))
    }

    /// A notification, unless the member already has one for this post;
    /// returns its id when it is new.
    #[allow(clippy::too_many_arguments)]
    pub async fn add_community_notification(
        &mut self,
        account_id: i64,
        kind: NotificationKind,
        topic_id: i64,
        post_id: i64,
        post_number: i64,
        actor_id: i64,
        now: i64,
    ) -> Result<Option<i64>, StoreError> {
        let row = sqlx::query(
            "INSERT INTO community_notifications
               (account_id, kind, topic_id, post_id, post_number, actor_id, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (account_id, post_id) DO NOTHING RETURNING id",
        )
        .bind(account_id)
        .bind(kind.slug())
        .bind(topic_id)
        .bind(post_id)
        .bind(post_number)
        .bind(actor_id)
        .bind(now)
        .fetch_optional(self.conn())
        .await?;
        row.map(|r| r.try_get(0).map_err(StoreError::from))
            .transpose()
    }

    /// Notifications about posts of a topic up to `number`, now read.
    pub(crate) async fn read_community_notifications(
        &mut self,
        account_id: i64,
        topic_id: i64,
        number: i64,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE community_notifications SET read_at = $4
             WHERE account_id = $1 AND topic_id = $2 AND post_number <= $3 AND read_at IS NULL",
        )
        .bind(account_id)
        .bind(topic_id)
        .bind(number)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Every notification of a member, read.
    pub async fn read_all_community_notifications(
        &mut self,
        account_id: i64,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE community_notifications SET read_at = $2 WHERE account_id = $1 AND read_at IS NULL",
        )
        .bind(account_id)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Claims the email of a notification: true once, for the one caller
    /// that may send it, if it is still unread.
    pub async fn claim_community_email(&mut self, id: i64, now: i64) -> Result<bool, StoreError> {
        Ok(sqlx::query(
            "UPDATE community_notifications SET emailed_at = $2
             WHERE id = $1 AND emailed_at IS NULL AND read_at IS NULL",
        )
        .bind(id)
        .bind(now)
        .execute(self.conn())
        .await?
        .rows_affected()
            == 1)
    }

    pub async fn save_community_email_settings(
        &mut self,
        settings: &EmailSettings,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO community_email_settings (account_id, notifications, digest, unsubscribe_token, last_digest_at)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (account_id) DO UPDATE SET notifications = excluded.notifications,
               digest = excluded.digest",
        )
        .bind(settings.account_id)
        .bind(i64::from(settings.notifications))
        .bind(i64::from(settings.digest))
        .bind(&settings.unsubscribe_token)
        .bind(settings.last_digest_at)
        .execute(self.conn())
        .await?;
        Ok(())
    }
}
