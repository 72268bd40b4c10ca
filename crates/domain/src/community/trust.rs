//! Light trust, sized for communities of 20 to 2,000 members: a new member
//! may post few links and not too fast, and not too much on their first
//! day, until they have read some topics over a few days. Moderators may
//! set anyone's level; only members past "new" count when flags hide a
//! post.

use crate::problems::FieldProblem;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Trust {
    New,
    Member,
    /// Set by moderators; moderators themselves count as trusted.
    Trusted,
}

impl Trust {
    pub const ALL: [Trust; 3] = [Trust::New, Trust::Member, Trust::Trusted];

    pub fn slug(self) -> &'static str {
        match self {
            Trust::New => "nouveau",
            Trust::Member => "membre",
            Trust::Trusted => "confiance",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Trust> {
        Trust::ALL.into_iter().find(|t| t.slug() == slug)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Trust::New => "community-trust-new",
            Trust::Member => "community-trust-member",
            Trust::Trusted => "community-trust-trusted",
        }
    }
}

/// When a new member stops being new, and what they may do meanwhile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrustRules {
    /// Topics read…
    pub topics_read: i64,
    /// …over at least this many days since they joined the forum.
    pub days: i64,
}

/// Links a new member's post may hold.
pub const NEW_LINKS: usize = 2;
/// Topics and replies a new member may write on their first day.
pub const NEW_FIRST_DAY_TOPICS: i64 = 3;
pub const NEW_FIRST_DAY_REPLIES: i64 = 10;
/// Seconds a new member waits between two posts.
pub const NEW_PACE_SECONDS: i64 = 30;

/// What is known of a member when deciding their level.
#[derive(Debug, Clone, Copy)]
pub struct Standing {
    /// Set by a moderator.
    pub set: Option<Trust>,
    pub moderator: bool,
    pub joined_at: i64,
    pub topics_read: i64,
}

pub fn trust(standing: &Standing, rules: &TrustRules, now: i64) -> Trust {
    if standing.moderator {
        return Trust::Trusted;
    }
    if let Some(set) = standing.set {
        return set;
    }
    let days = (now - standing.joined_at) / 86_400;
    if standing.topics_read >= rules.topics_read && days >= rules.days {
        Trust::Member
    } else {
        Trust::New
    }
}

/// What a new member has written lately, to check a new post against.
#[derive(Debug, Clone, Copy)]
pub struct Recent {
    pub joined_at: i64,
    pub topics_first_day: i64,
    pub replies_first_day: i64,
    pub last_post_at: Option<i64>,
    /// Everything they ever wrote on the forum.
    pub posts: i64,
}

/// The problems of a post by a member at `level`; none past "new".
pub fn limits(
    level: Trust,
    links: usize,
    opens_topic: bool,
    recent: &Recent,
    now: i64,
) -> Vec<FieldProblem> {
    let mut problems = Vec::new();
    if level > Trust::New {
        return problems;
    }
    if links > NEW_LINKS {
        problems.push(FieldProblem::new("body", "community-trust-links").with("max", NEW_LINKS));
    }
    if let Some(last) = recent.last_post_at
        && now - last < NEW_PACE_SECONDS
    {
        problems.push(
            FieldProblem::new("body", "community-trust-pace")
                .with("seconds", NEW_PACE_SECONDS - (now - last)),
        );
    }
    let first_day = now - recent.joined_at < 86_400;
    if first_day && opens_topic && recent.topics_first_day >= NEW_FIRST_DAY_TOPICS {
        problems.push(
            FieldProblem::new("body", "community-trust-first-day-topics")
                .with("max", NEW_FIRST_DAY_TOPICS),
        );
    }
    if first_day && !opens_topic && recent.replies_first_day >= NEW_FIRST_DAY_REPLIES {
        problems.push(
            FieldProblem::new("body", "community-trust-first-day-replies")
                .with("max", NEW_FIRST_DAY_REPLIES),
        );
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: TrustRules = TrustRules {
        topics_read: 5,
        days: 2,
    };

    #[test]
    fn a_member_stops_being_new_after_reading_over_days() {
        let now = 10 * 86_400;
        let standing = |read: i64, joined_days_ago: i64| Standing {
            set: None,
            moderator: false,
            joined_at: now - joined_days_ago * 86_400,
            topics_read: read,
        };
        assert_eq!(trust(&standing(10, 1), &RULES, now), Trust::New);
        assert_eq!(trust(&standing(4, 9), &RULES, now), Trust::New);
        assert_eq!(trust(&standing(5, 2), &RULES, now), Trust::Member);
        let set = Standing {
            set: Some(Trust::New),
            ..standing(50, 9)
        };
        assert_eq!(
            trust(&set, &RULES, now),
            Trust::New,
            "a moderator's word holds"
        );
        let moderator = Standing {
            moderator: true,
            ..standing(0, 0)
        };
        assert_eq!(trust(&moderator, &RULES, now), Trust::Trusted);
    }

    #[test]
    fn new_members_post_few_links_slowly_and_not_too_much_on_day_one() {
        let now = 1_000_000;
        let fresh = Recent {
            joined_at: now - 3600,
            topics_first_day: 3,
            replies_first_day: 10,
            last_post_at: Some(now - 10),
            posts: 13,
        };
        let keys = |level, links, topic| -> Vec<&str> {
            limits(level, links, topic, &fresh, now)
                .iter()
                .map(|p| p.key)
                .collect()
        };
        assert_eq!(
            keys(Trust::New, 3, true),
            [
                "community-trust-links",
                "community-trust-pace",
                "community-trust-first-day-topics"
            ]
        );
        assert_eq!(
            keys(Trust::New, 2, false),
            ["community-trust-pace", "community-trust-first-day-replies"]
        );
        assert!(keys(Trust::Member, 9, true).is_empty());
        let later = Recent {
            joined_at: now - 2 * 86_400,
            last_post_at: Some(now - 31),
            ..fresh
        };
        assert!(limits(Trust::New, 2, true, &later, now).is_empty());
    }
}
