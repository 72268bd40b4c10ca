//! Flags are members' reports on forum posts. When three members past
//! "new" flag the same post, it is hidden until a moderator reviews it: a
//! small community protects itself between two visits of its moderators.

use essaim_domain::moderation::{LogKind, Target, TargetKind};
use essaim_store::{NewLogEntry, Tx};

use crate::{App, Result, now};

/// Distinct members whose flags hide a post.
pub const FLAGS_TO_HIDE: i64 = 3;

/// Hides the post `target` if enough members flagged it; called in the
/// unit of work that files a report.
pub(crate) async fn after_report(
    app: &App,
    tx: &mut Tx,
    target: Target,
    label: &str,
) -> Result<()> {
    if target.kind != TargetKind::CommunityPost {
        return Ok(());
    }
    let mut counted = 0;
    for reporter in tx.open_reporters(target).await? {
        if super::trust::counts_for_flags(app, reporter).await? {
            counted += 1;
        }
    }
    if counted != FLAGS_TO_HIDE {
        return Ok(());
    }
    tx.set_community_post_hidden(target.id, Some(now())).await?;
    tx.log_moderation(
        &NewLogEntry {
            kind: LogKind::Hidden,
            actor_id: None,
            target,
            target_label: label,
            reason: "",
        },
        now(),
    )
    .await?;
    tracing::info!(target: "essaim::community", event = "post.hidden-by-flags", post = target.id);
    Ok(())
}
