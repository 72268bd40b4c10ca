//! The directory over HTTP, on both backends.

pub mod api;
mod exports;
pub mod fixtures;
mod nodes;
mod search;
pub mod transfer;
