//! Pure types and rules of Essaim: no I/O, no framework.

pub mod accounts;
pub mod analyzer;
pub mod associations;
pub mod catalogue;
pub mod community;
pub mod courses;
pub mod date;
pub mod directory;
pub mod email;
pub mod geo;
pub mod i18n;
pub mod instance;
pub mod library;
pub mod locale;
pub mod markup;
pub mod moderation;
pub mod pooling;
pub mod problems;
pub mod providers;
pub mod roadmap;
pub mod taxonomy;
pub mod text;
pub mod web_address;

pub use locale::Locale;
