//! Accounts: addresses, roles and the rules a new password must pass.

mod email_address;
mod password_rules;
mod role;

pub use email_address::EmailAddress;
pub use password_rules::{MIN_PASSWORD_CHARS, PasswordProblem, check_new_password};
pub use role::Role;
