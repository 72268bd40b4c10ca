//! The directory over HTTP, on both backends.

mod api;
mod exports;
pub mod fixtures;
mod nodes;
mod search;
mod transfer;
