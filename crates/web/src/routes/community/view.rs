//! How the forum's pages show topics, posts and members: the lines of a
//! list of topics, a post ready for its page, an author with their avatar
//! (initials drawn on a colour of their own, never a third-party image).

use std::collections::HashSet;

use essaim_domain::community::{avatar_hue, initials};
use essaim_domain::markup::{SafeHtml, markdown_to_html, markdown_to_html_mentioning, mentions};
use essaim_store::{Author, Database, PostRow, StoreError, TopicRow};

use super::{member_path, topic_path};
use crate::i18n::translate_with;
use crate::page::Layout;

pub struct AuthorView {
    pub name: String,
    pub path: String,
    pub initials: String,
    pub hue: u16,
}

impl AuthorView {
    pub fn of(author: &Author) -> AuthorView {
        AuthorView {
            name: author.display_name.clone(),
            path: member_path(&author.handle),
            initials: initials(&author.display_name),
            hue: avatar_hue(&author.handle),
        }
    }

    pub fn of_optional(author: Option<&Author>) -> Option<AuthorView> {
        author.map(AuthorView::of)
    }
}

/// A topic in a list.
pub struct TopicLine {
    pub path: String,
    pub title: String,
    pub category: String,
    pub category_path: String,
    pub author: Option<AuthorView>,
    pub replies: String,
    pub last_activity: String,
    pub pinned: bool,
    pub closed: bool,
    pub solved: bool,
    pub hidden: bool,
    /// "Nouveau" or "3 non lus", for a signed-in member.
    pub unread: Option<String>,
}

impl TopicLine {
    pub fn of(l: &Layout, topic: &TopicRow) -> TopicLine {
        let unread = match (l.signed_in(), topic.last_read) {
            (false, _) => None,
            (true, None) => Some(l.text("community-new").into_owned()),
            (true, Some(seen)) if seen < topic.post_count => Some(translate_with(
                l.locale,
                "community-unread",
                &[("count", (topic.post_count - seen).into())],
            )),
            (true, Some(_)) => None,
        };
        TopicLine {
            path: topic_path(topic.id, &topic.title),
            title: topic.title.clone(),
            category: topic.category_name.clone(),
            category_path: format!("/communaute/c/{}", topic.category_slug),
            author: AuthorView::of_optional(topic.author.as_ref()),
            replies: translate_with(
                l.locale,
                "community-replies",
                &[("count", (topic.post_count - 1).into())],
            ),
            last_activity: l.date(topic.last_post_at),
            pinned: topic.pinned.is_some(),
            closed: topic.closed_at.is_some(),
            solved: topic.solution_id.is_some(),
            hidden: topic.hidden_at.is_some(),
            unread,
        }
    }
}

/// A post's HTML as it was rendered when written; a post an older node
/// wrote during an upgrade, before HTML was kept, is rendered now.
pub fn post_html(post: &PostRow) -> SafeHtml {
    post.html
        .clone()
        .unwrap_or_else(|| markdown_to_html(&post.body))
}

/// Renders earlier versions of posts (their history), linking the
/// `@handles` that members have.
pub struct Renderer {
    known: HashSet<String>,
}

impl Renderer {
    pub async fn for_posts<'a>(
        db: &Database,
        bodies: impl IntoIterator<Item = &'a str>,
    ) -> Result<Renderer, StoreError> {
        let mut handles: Vec<String> = bodies.into_iter().flat_map(mentions).collect();
        handles.sort_unstable();
        handles.dedup();
        Ok(Renderer {
            known: db
                .community_members_named(&handles)
                .await?
                .into_iter()
                .map(|m| m.handle)
                .collect(),
        })
    }

    pub fn html(&self, body: &str) -> SafeHtml {
        markdown_to_html_mentioning(body, &|handle| {
            self.known.contains(handle).then(|| member_path(handle))
        })
    }
}

/// A post on its topic's page.
pub struct PostView {
    pub id: i64,
    pub number: i64,
    pub author: Option<AuthorView>,
    pub html: SafeHtml,
    pub date: String,
    pub edited: Option<String>,
    pub deleted: bool,
    /// Hidden by moderation: only moderators read it.
    pub hidden: bool,
    /// Waiting for a moderator's approval.
    pub held: bool,
    pub thanks: i64,
    /// "3 mercis".
    pub thanks_label: String,
    pub thanked: bool,
    pub mine: bool,
    pub is_solution: bool,
}

impl PostView {
    pub fn of(l: &Layout, post: &PostRow, solution: Option<i64>, thanked: bool) -> PostView {
        let me = l.viewer.as_ref().map(|v| v.account.id);
        let readable = post.deleted_at.is_none() && (post.hidden_at.is_none() || l.can_moderate());
        PostView {
            id: post.id,
            number: post.number,
            author: AuthorView::of_optional(post.author.as_ref()),
            html: if readable {
                post_html(post)
            } else {
                SafeHtml::from_stored(String::new())
            },
            date: l.zone.long_time(post.created_at, l.locale),
            edited: post.edited_at.map(|at| l.date(at)),
            deleted: post.deleted_at.is_some(),
            hidden: post.hidden_at.is_some(),
            held: post.held_at.is_some(),
            thanks: post.thanks,
            thanks_label: translate_with(
                l.locale,
                "community-thanks",
                &[("count", post.thanks.into())],
            ),
            thanked,
            mine: me.is_some() && post.author.as_ref().map(|a| a.account_id) == me,
            is_solution: solution == Some(post.id),
        }
    }
}
