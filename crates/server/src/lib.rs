//! Wiring of Essaim: configuration, start and stop of the server. The
//! command line in `main.rs` and the integration tests both go through here.

pub mod allocator;
pub mod config;
pub mod course_folder;
mod demo;
pub mod http;
mod mailbox;
mod server;

pub use config::Config;
pub use demo::generate as demo_data;
pub use demo::load_forum as load_demo_forum;
pub use demo::load_library as load_demo_library;
pub use demo::{DEMO_ACCOUNTS, DEMO_PASSWORD, load_if_empty as load_demo};
pub use server::{RunningServer, StartError, app_for_command, prepare_database, start};
