//! Moderation shared by every pillar: what waits for the network (the
//! queue), members' reports, private notes among moderators, and the one
//! log every decision goes to. Each pillar's own decisions build on it
//! (`providers::vetting`); `targets` is where a new kind plugs in.

pub mod note;
pub mod queue;
pub mod report;
pub mod resolve_report;
pub mod targets;
