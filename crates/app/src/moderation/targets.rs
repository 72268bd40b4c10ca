//! What moderation needs to know of each kind of target: how to find it
//! from what a form sends, what to call it, where moderators review it.
//! A pillar that can be reported or reviewed adds its kind here.

use essaim_domain::moderation::{Target, TargetKind};
use essaim_domain::taxonomy::ProviderStatus;

use crate::{App, Error, Result};

/// A target as the moderation pages show it.
#[derive(Debug, Clone)]
pub struct Described {
    pub target: Target,
    /// Its name for people ("Coop Libre Bretagne").
    pub name: String,
    /// Its stable label in the log (a profile's slug).
    pub label: String,
    /// Where moderators review it.
    pub review_path: String,
    /// Where the public sees it, if anywhere.
    pub public_path: Option<String>,
}

/// Where moderators review a target, from the label the log keeps.
pub fn review_path(kind: TargetKind, label: &str) -> String {
    match kind {
        TargetKind::Provider => format!("/moderation/fiches/{label}"),
        TargetKind::CatalogueEntry => format!("/moderation/catalogue/{label}"),
        TargetKind::CommunityTopic => format!("/communaute/t/{label}"),
        TargetKind::CommunityMember => format!("/communaute/membres/{label}"),
        TargetKind::CommunityPost => match label.split_once('-') {
            Some((topic, number)) => format!("/communaute/t/{topic}#m{number}"),
            None => "/communaute".into(),
        },
        TargetKind::LibraryResource => format!("/moderation/ressources/{label}"),
        TargetKind::Course => format!("/moderation/parcours#{label}"),
    }
}

/// What to call each of these targets ("Coop Libre Bretagne"), read at once
/// for a page of the log; a target gone since is left out.
pub async fn names(
    app: &App,
    targets: impl IntoIterator<Item = Target>,
) -> Result<std::collections::HashMap<Target, String>> {
    let mut providers = Vec::new();
    for target in targets {
        match target.kind {
            TargetKind::Provider => providers.push(target.id),
            // Named by their label: entries have no number; the forum's
            // labels name the topic.
            TargetKind::CatalogueEntry
            | TargetKind::CommunityTopic
            | TargetKind::CommunityPost
            | TargetKind::CommunityMember
            | TargetKind::LibraryResource
            | TargetKind::Course => {}
        }
    }
    providers.sort_unstable();
    providers.dedup();
    Ok(app
        .db()
        .provider_names(&providers)
        .await?
        .into_iter()
        .map(|(id, name)| {
            (
                Target {
                    kind: TargetKind::Provider,
                    id,
                },
                name,
            )
        })
        .collect())
}

/// The target a form names by kind and key (a profile's slug), if the
/// public can see it: members report only what they can see.
pub async fn public(app: &App, kind: TargetKind, key: &str) -> Result<Described> {
    match kind {
        TargetKind::Provider => {
            let row = app
                .db()
                .provider_by_slug(key)
                .await?
                .filter(|r| r.published.is_some() && r.status != ProviderStatus::Suspended)
                .ok_or(Error::NotFound)?;
            Ok(Described::of_provider(&row))
        }
        // Catalogue entries are edited, not reported nor reviewed.
        TargetKind::CatalogueEntry => Err(Error::NotFound),
        // Members are not reported: their posts are.
        TargetKind::CommunityMember => Err(Error::NotFound),
        TargetKind::LibraryResource => {
            let row = app
                .db()
                .library_resource_by_slug(key)
                .await?
                .filter(|r| r.status == essaim_domain::library::Status::Published)
                .ok_or(Error::NotFound)?;
            Ok(Described::of_resource(&row))
        }
        TargetKind::Course => {
            let row = app
                .db()
                .course_by_slug(key)
                .await?
                .filter(|c| c.published_at.is_some())
                .ok_or(Error::NotFound)?;
            Ok(Described::of_course(&row))
        }
        TargetKind::CommunityTopic | TargetKind::CommunityPost => {
            let described = forum(app, kind, key).await?;
            let post = app
                .db()
                .community_post(described.target.id)
                .await?
                .ok_or(Error::NotFound)?;
            if described.public_path.is_none()
                || post.hidden_at.is_some()
                || post.deleted_at.is_some()
            {
                return Err(Error::NotFound);
            }
            Ok(described)
        }
    }
}

/// A forum topic (key: its id) or post (key: `topic-number`), as moderation
/// names it; reported, a topic is its first post.
async fn forum(app: &App, kind: TargetKind, key: &str) -> Result<Described> {
    let (topic_id, number) = match key.split_once('-') {
        Some((topic, number)) => (topic.parse().ok(), number.parse().ok()),
        None => (key.parse().ok(), Some(1)),
    };
    let (Some(topic_id), Some(number)) = (topic_id, number) else {
        return Err(Error::NotFound);
    };
    let topic = app
        .db()
        .community_topic(topic_id, 0)
        .await?
        .ok_or(Error::NotFound)?;
    let post = app
        .db()
        .community_posts(topic_id)
        .await?
        .into_iter()
        .find(|p| p.number == number)
        .ok_or(Error::NotFound)?;
    let label = crate::community::moderate::post_label(topic_id, number);
    let (target, label) = match kind {
        TargetKind::CommunityTopic => (Target { kind, id: topic.id }, topic.id.to_string()),
        _ => (
            Target {
                kind: TargetKind::CommunityPost,
                id: post.id,
            },
            label,
        ),
    };
    Ok(Described {
        target,
        name: format!("{} #{number}", topic.title),
        review_path: review_path(target.kind, &label),
        public_path: topic
            .hidden_at
            .is_none()
            .then(|| format!("/communaute/t/{topic_id}#m{number}")),
        label,
    })
}

/// Any target, by kind and id, for the moderators' pages.
pub async fn by_id(app: &App, target: Target) -> Result<Described> {
    match target.kind {
        TargetKind::Provider => {
            let row = app
                .db()
                .provider_by_id(target.id)
                .await?
                .ok_or(Error::NotFound)?;
            Ok(Described::of_provider(&row))
        }
        // Catalogue entries are edited, not reported nor reviewed.
        TargetKind::CatalogueEntry => Err(Error::NotFound),
        TargetKind::CommunityTopic => forum(app, target.kind, &target.id.to_string()).await,
        TargetKind::CommunityMember => {
            let account = app
                .db()
                .community_member(target.id)
                .await?
                .ok_or(Error::NotFound)?;
            Ok(member(account))
        }
        TargetKind::CommunityPost => {
            let post = app
                .db()
                .community_post(target.id)
                .await?
                .ok_or(Error::NotFound)?;
            let key = crate::community::moderate::post_label(post.topic_id, post.number);
            forum(app, target.kind, &key).await
        }
        TargetKind::LibraryResource => {
            let row = app
                .db()
                .library_resource(target.id)
                .await?
                .ok_or(Error::NotFound)?;
            Ok(Described::of_resource(&row))
        }
        TargetKind::Course => {
            let row = app.db().course(target.id).await?.ok_or(Error::NotFound)?;
            Ok(Described::of_course(&row))
        }
    }
}

/// Any target, by kind and the key its pages use, for the moderators.
pub async fn by_key(app: &App, kind: TargetKind, key: &str) -> Result<Described> {
    match kind {
        TargetKind::Provider => {
            let row = app
                .db()
                .provider_by_slug(key)
                .await?
                .ok_or(Error::NotFound)?;
            Ok(Described::of_provider(&row))
        }
        // Catalogue entries are edited, not reported nor reviewed.
        TargetKind::CatalogueEntry => Err(Error::NotFound),
        TargetKind::CommunityTopic | TargetKind::CommunityPost => forum(app, kind, key).await,
        TargetKind::CommunityMember => {
            let account = app
                .db()
                .community_member_by_handle(key)
                .await?
                .ok_or(Error::NotFound)?;
            Ok(member(account))
        }
        TargetKind::LibraryResource => {
            let row = app
                .db()
                .library_resource_by_slug(key)
                .await?
                .ok_or(Error::NotFound)?;
            Ok(Described::of_resource(&row))
        }
        TargetKind::Course => {
            let row = app.db().course_by_slug(key).await?.ok_or(Error::NotFound)?;
            Ok(Described::of_course(&row))
        }
    }
}

fn member(member: essaim_store::CommunityMember) -> Described {
    let path = review_path(TargetKind::CommunityMember, &member.handle);
    Described {
        target: Target {
            kind: TargetKind::CommunityMember,
            id: member.account_id,
        },
        name: member.display_name,
        label: member.handle,
        review_path: path.clone(),
        public_path: Some(path),
    }
}

impl Described {
    pub fn of_course(row: &essaim_store::CourseRow) -> Described {
        Described {
            target: Target {
                kind: TargetKind::Course,
                id: row.id,
            },
            name: row.title.clone(),
            label: row.slug.clone(),
            review_path: review_path(TargetKind::Course, &row.slug),
            public_path: row.published_at.map(|_| format!("/parcours/{}", row.slug)),
        }
    }

    pub fn of_resource(row: &essaim_store::ResourceRow) -> Described {
        Described {
            target: Target {
                kind: TargetKind::LibraryResource,
                id: row.id,
            },
            name: row.resource.title.clone(),
            label: row.slug.clone(),
            review_path: review_path(TargetKind::LibraryResource, &row.slug),
            public_path: (row.status == essaim_domain::library::Status::Published)
                .then(|| format!("/ressources/{}", row.slug)),
        }
    }

    pub fn of_provider(row: &essaim_store::ProviderRow) -> Described {
        Described {
            target: row.target(),
            name: row.published.as_ref().unwrap_or(&row.profile).name.clone(),
            label: row.slug.clone(),
            review_path: review_path(TargetKind::Provider, &row.slug),
            public_path: row
                .published
                .as_ref()
                .map(|_| format!("/annuaire/{}", row.slug)),
        }
    }
}
