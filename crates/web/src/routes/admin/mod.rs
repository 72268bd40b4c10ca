//! `/admin`: pages for the instance's administrators only.

pub mod accounts;
