//! Background work stored in the jobs table, so that nothing queued is lost
//! when a node stops, and several nodes share the work.

mod worker;

pub use worker::{housekeeping, run_due_jobs, run_worker};

use essaim_store::Tx;

/// Records a job in the unit of work; it runs once that is committed
/// (`App::commit` wakes this node's worker).
pub(crate) async fn enqueue(tx: &mut Tx, kind: &str, payload: &str) -> crate::Result<()> {
    tx.enqueue_job(kind, payload, crate::now()).await?;
    Ok(())
}
