//! Accounts as people use them, on SQLite and PostgreSQL.

mod account_page;
mod mail;
mod password_reset;
mod registration;
mod roles;
mod security;
mod sign_in;
