//! How closely a member follows a topic or a category, and who hears of a
//! new post, of which kind. One notification per member and post: a
//! mention counts more than a reply in one's topic, which counts more
//! than a watched topic.

/// A watching level, on a topic or a category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Watch {
    /// Nothing from it, but mentions.
    Muted,
    /// Mentions and replies in one's own topics.
    Normal,
    /// As normal, with unread counts: what replying sets.
    Tracking,
    /// Every new post.
    Watching,
    /// Every new topic (categories only).
    WatchingFirstPost,
}

impl Watch {
    pub const ALL: [Watch; 5] = [
        Watch::Muted,
        Watch::Normal,
        Watch::Tracking,
        Watch::Watching,
        Watch::WatchingFirstPost,
    ];

    /// The levels a topic offers (a topic has only one first post).
    pub const FOR_TOPIC: [Watch; 4] = [
        Watch::Muted,
        Watch::Normal,
        Watch::Tracking,
        Watch::Watching,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Watch::Muted => "silence",
            Watch::Normal => "normal",
            Watch::Tracking => "suivi",
            Watch::Watching => "surveille",
            Watch::WatchingFirstPost => "premier-message",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Watch> {
        Watch::ALL.into_iter().find(|w| w.slug() == slug)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Watch::Muted => "community-watch-muted",
            Watch::Normal => "community-watch-normal",
            Watch::Tracking => "community-watch-tracking",
            Watch::Watching => "community-watch-watching",
            Watch::WatchingFirstPost => "community-watch-first-post",
        }
    }
}

/// Why a member hears of a post.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum NotificationKind {
    /// A post in a topic or category they watch.
    Watched,
    /// A new topic in a category whose first posts they watch.
    NewTopic,
    /// A reply in a topic they started.
    Reply,
    /// They were mentioned.
    Mention,
}

impl NotificationKind {
    pub const ALL: [NotificationKind; 4] = [
        NotificationKind::Watched,
        NotificationKind::NewTopic,
        NotificationKind::Reply,
        NotificationKind::Mention,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            NotificationKind::Watched => "suivi",
            NotificationKind::NewTopic => "nouveau-sujet",
            NotificationKind::Reply => "reponse",
            NotificationKind::Mention => "mention",
        }
    }

    pub fn from_slug(slug: &str) -> Option<NotificationKind> {
        NotificationKind::ALL.into_iter().find(|k| k.slug() == slug)
    }
}

/// What is known of a new post when deciding who hears of it.
pub struct NewPost<'a> {
    pub author_id: i64,
    /// It opens a topic.
    pub first: bool,
    pub topic_author_id: Option<i64>,
    /// Members it mentions.
    pub mentioned: &'a [i64],
    /// Levels set on the topic, by member.
    pub topic_watches: &'a [(i64, Watch)],
    /// Levels set on its category, by member.
    pub category_watches: &'a [(i64, Watch)],
}

/// Who hears of the post, and why; never its author.
pub fn recipients(post: &NewPost<'_>) -> Vec<(i64, NotificationKind)> {
    let mut heard: Vec<(i64, NotificationKind)> = Vec::new();
    let mut hear = |account: i64, kind: NotificationKind| {
        if account == post.author_id {
            return;
        }
        match heard.iter_mut().find(|(a, _)| *a == account) {
            Some((_, known)) => *known = (*known).max(kind),
            None => heard.push((account, kind)),
        }
    };
    let level = |account: i64| -> Watch {
        if let Some((_, level)) = post.topic_watches.iter().find(|(a, _)| *a == account) {
            return *level;
        }
        match post.category_watches.iter().find(|(a, _)| *a == account) {
            Some((_, Watch::WatchingFirstPost)) | None => Watch::Normal,
            Some((_, level)) => *level,
        }
    };
    for account in post.mentioned {
        hear(*account, NotificationKind::Mention);
    }
    if let Some(author) = post.topic_author_id
        && !post.first
        && level(author) != Watch::Muted
    {
        hear(author, NotificationKind::Reply);
    }
    for (account, _) in post.topic_watches.iter().chain(post.category_watches) {
        if level(*account) == Watch::Watching {
            hear(*account, NotificationKind::Watched);
        }
    }
    if post.first {
        for (account, level) in post.category_watches {
            if matches!(level, Watch::Watching | Watch::WatchingFirstPost) {
                hear(*account, NotificationKind::NewTopic);
            }
        }
    }
    heard
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(post: &NewPost<'_>) -> Vec<(i64, &'static str)> {
        let mut heard: Vec<_> = recipients(post)
            .into_iter()
            .map(|(a, k)| (a, k.slug()))
            .collect();
        heard.sort();
        heard
    }

    #[test]
    fn each_member_hears_once_of_the_strongest_reason() {
        let post = NewPost {
            author_id: 1,
            first: false,
            topic_author_id: Some(2),
            mentioned: &[2, 3, 1],
            topic_watches: &[
                (4, Watch::Watching),
                (5, Watch::Muted),
                (2, Watch::Watching),
            ],
            category_watches: &[
                (5, Watch::Watching),
                (6, Watch::Watching),
                (7, Watch::WatchingFirstPost),
            ],
        };
        assert_eq!(
            kinds(&post),
            [(2, "mention"), (3, "mention"), (4, "suivi"), (6, "suivi")],
            "the author hears nothing, a muted topic wins over its category, first posts only for 7"
        );
    }

    #[test]
    fn a_new_topic_reaches_those_who_watch_first_posts() {
        let post = NewPost {
            author_id: 1,
            first: true,
            topic_author_id: Some(1),
            mentioned: &[],
            topic_watches: &[],
            category_watches: &[
                (6, Watch::Watching),
                (7, Watch::WatchingFirstPost),
                (8, Watch::Tracking),
            ],
        };
        assert_eq!(kinds(&post), [(6, "nouveau-sujet"), (7, "nouveau-sujet")]);
    }

    #[test]
    fn a_muted_topic_still_hears_mentions_but_not_replies() {
        let post = NewPost {
            author_id: 1,
            first: false,
            topic_author_id: Some(2),
            mentioned: &[],
            topic_watches: &[(2, Watch::Muted)],
            category_watches: &[],
        };
        assert!(recipients(&post).is_empty());
        let mentioned = NewPost {
            mentioned: &[2],
            ..post
        };
        assert_eq!(kinds(&mentioned), [(2, "mention")]);
    }

    #[test]
    fn slugs_round_trip() {
        for watch in Watch::ALL {
            assert_eq!(Watch::from_slug(watch.slug()), Some(watch));
        }
        for kind in NotificationKind::ALL {
            assert_eq!(NotificationKind::from_slug(kind.slug()), Some(kind));
        }
    }
}

/// When the weekly digest last fell due at `now`: the latest Monday,
/// 8 a.m. in the instance's time zone, at or before `now`.
pub fn digest_due(zone: &crate::date::TimeZone, now: i64) -> i64 {
    use crate::date::Date;
    let days = zone.date_of(now).to_unix().div_euclid(86_400);
    // 1970-01-01 was a Thursday: three days after a Monday.
    let monday = days - (days + 3).rem_euclid(7);
    let at = |day: i64| zone.start_of(Date::from_unix(day * 86_400)) + 8 * 3600;
    if at(monday) <= now {
        at(monday)
    } else {
        at(monday - 7)
    }
}

#[cfg(test)]
mod digest_tests {
    use super::digest_due;
    use crate::date::TimeZone;

    #[test]
    fn the_digest_falls_due_on_monday_morning_where_the_instance_is() {
        let paris = TimeZone::named("Europe/Paris").unwrap();
        // Wednesday 2 December 2026, 12:00 UTC: due Monday 30 November,
        // 8:00 in Paris (7:00 UTC).
        let wednesday = 1_796_212_800;
        assert_eq!(digest_due(&paris, wednesday), 1_796_022_000);
        // Monday 30 November at 7:59 in Paris: still the week before.
        assert_eq!(
            digest_due(&paris, 1_796_021_999),
            1_796_022_000 - 7 * 86_400
        );
        assert_eq!(digest_due(&paris, 1_796_022_000), 1_796_022_000);
    }
}
