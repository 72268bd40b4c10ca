//! Background work stored in the jobs table, so that nothing queued is lost
//! when a node stops, and several nodes share the work.

mod worker;

pub use worker::{run_due_jobs, run_worker};

use crate::App;

/// Records a job and wakes this node's worker.
pub(crate) async fn enqueue(app: &App, kind: &str, payload: &str) -> anyhow::Result<()> {
    app.db().enqueue_job(kind, payload, crate::now()).await?;
    app.jobs_queued().notify_one();
    Ok(())
}
