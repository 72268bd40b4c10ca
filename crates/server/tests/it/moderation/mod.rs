//! The moderation every pillar shares: members' reports, notes among
//! moderators, the queue and the one log.

mod reports;
