//! Moderation shared by every pillar: what waits for the network (the
//! queue), members' reports, private notes among moderators, and the one
//! log every decision goes to. Each pillar's own decisions build on it
//! (`providers::vetting`); `targets` is where a new kind plugs in.

pub mod note;
pub mod queue;
pub mod report;
pub mod resolve_report;
pub mod targets;

use essaim_domain::moderation::{LogKind, Target};
use essaim_store::{Account, NewLogEntry, Tx};

use crate::{Result, now};

/// Writes a decision of `actor` into the one log, with the unit of work
/// that made it.
pub(crate) async fn log(
    tx: &mut Tx,
    kind: LogKind,
    actor: &Account,
    target: Target,
    label: &str,
    reason: &str,
) -> Result<()> {
    tx.log_moderation(
        &NewLogEntry {
            kind,
            actor_id: Some(actor.id),
            target,
            target_label: label,
            reason: reason.trim(),
        },
        now(),
    )
    .await?;
    Ok(())
}
