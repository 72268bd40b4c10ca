//! Flags are members' reports on forum posts. When three members flag the
//! same post, it is hidden until a moderator reviews it: a small community
//! protects itself between two visits of its moderators.

use essaim_domain::moderation::{LogKind, Target, TargetKind};
use essaim_store::{NewLogEntry, Tx};

use crate::{Result, now};

/// Distinct members whose flags hide a post.
pub const FLAGS_TO_HIDE: i64 = 3;

/// Hides the post `target` if enough members flagged it; called in the
/// unit of work that files a report.
pub(crate) async fn after_report(tx: &mut Tx, target: Target, label: &str) -> Result<()> {
    if target.kind != TargetKind::CommunityPost || tx.open_reporters(target).await? != FLAGS_TO_HIDE
    {
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
