//! Moderators publish a course or withdraw it, from the state they saw;
//! each decision goes in the one log.

use essaim_domain::moderation::{LogKind, Target, TargetKind};
use essaim_store::Account;

use crate::moderation::log;
use crate::{App, Error, Result, now};

pub async fn set_published(
    app: &App,
    moderator: &Account,
    slug: &str,
    was_published: bool,
    publish: bool,
) -> Result<()> {
    if !moderator.role.can_moderate() {
        return Err(Error::Forbidden);
    }
    let course = app
        .db()
        .course_by_slug(slug)
        .await?
        .ok_or(Error::NotFound)?;
    let mut tx = app.begin().await?;
    if !tx
        .set_course_published(course.id, was_published, publish.then(now))
        .await?
    {
        return Err(Error::Conflict("courses-publish-conflict"));
    }
    let kind = if publish {
        LogKind::Approved
    } else {
        LogKind::Hidden
    };
    let target = Target {
        kind: TargetKind::Course,
        id: course.id,
    };
    log(&mut tx, kind, moderator, target, &course.slug, "").await?;
    app.commit(tx).await
}
