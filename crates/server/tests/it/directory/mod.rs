//! The directory over HTTP, on both backends.

mod api;
mod exports;
mod fixtures;
mod nodes;
mod search;
mod transfer;
