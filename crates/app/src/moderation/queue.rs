//! What waits for the network, oldest first: what each pillar submits for
//! review, and members' reports about anything.

use essaim_domain::date::Date;
use essaim_store::Report;

use super::targets::{self, Described};
use crate::{App, Error, Result};

pub struct QueueItem {
    pub target: Described,
    /// Since when it waits.
    pub since: i64,
    pub waiting: Waiting,
}

pub enum Waiting {
    /// Something new, or a new version of something public, to approve
    /// before the public sees it.
    Submission {
        is_update: bool,
        /// When the public version was last confirmed, if there is one.
        last_verified: Option<Date>,
    },
    Report(Report),
}

pub async fn items(app: &App) -> Result<Vec<QueueItem>> {
    let mut items = crate::providers::vetting::submissions(app).await?;
    // Forum posts of new members, held for approval.
    for (post, _) in app.db().community_held_posts().await? {
        let target = targets::by_id(
            app,
            essaim_domain::moderation::Target {
                kind: essaim_domain::moderation::TargetKind::CommunityPost,
                id: post.id,
            },
        )
        .await?;
        items.push(QueueItem {
            target,
            since: post.held_at.unwrap_or(post.created_at),
            waiting: Waiting::Submission {
                is_update: false,
                last_verified: None,
            },
        });
    }
    // Resources members proposed for the library.
    for row in app
        .db()
        .library_resources(essaim_domain::library::Status::Proposed)
        .await?
    {
        items.push(QueueItem {
            target: Described::of_resource(&row),
            since: row.proposed_at,
            waiting: Waiting::Submission {
                is_update: false,
                last_verified: None,
            },
        });
    }
    for report in app.db().open_reports(None).await? {
        let target = match targets::by_id(app, report.target).await {
            Ok(target) => target,
            // Reported, then deleted: nothing left to look at but the
            // report, which a moderator can still close.
            Err(Error::NotFound) => Described {
                target: report.target,
                name: report.target_label.clone(),
                label: report.target_label.clone(),
                review_path: "/moderation".into(),
                public_path: None,
            },
            Err(other) => return Err(other),
        };
        items.push(QueueItem {
            target,
            since: report.created_at,
            waiting: Waiting::Report(report),
        });
    }
    items.sort_by_key(|item| item.since);
    Ok(items)
}
