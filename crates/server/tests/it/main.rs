//! Integration tests: the real application on a loopback port, on a fresh
//! SQLite database and, when `ESSAIM_TEST_DATABASE_URL` is set, on a fresh
//! PostgreSQL database.

mod harness;
mod harness_checks;
mod mailbox;

mod accounts;
mod associations;
mod backup;
mod browser;
mod catalogue;
mod cli;
mod community;
mod connections;
mod courses;
mod demo;
mod diagnostic;
mod directory;
mod instance;
mod library;
mod moderation;
mod pages;
mod pooling;
mod providers;
mod roadmap;
mod schema;
