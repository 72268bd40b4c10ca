//! What the network's moderation shares across pillars: private notes
//! among moderators (and, on top, each pillar's own decisions, such as
//! `providers::vetting`).

pub mod note;
