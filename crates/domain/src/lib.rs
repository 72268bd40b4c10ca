//! Pure types and rules of Essaim: no I/O, no framework.

pub mod locale;

pub use locale::Locale;
