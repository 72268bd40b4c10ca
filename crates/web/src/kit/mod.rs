//! What the pages of every pillar share to handle forms: reading the body,
//! field problems, notices, redirections, numbered pages.

pub mod commune;
pub mod form;
pub mod notice;
pub mod pager;
pub mod problems;
pub mod respond;
pub mod spreadsheet;

pub use form::{FormFields, TokenParam};
pub use notice::Notice;
pub use pager::Pager;
pub use problems::{Problems, field_problems, problems_of};
pub use respond::{Done, refused, sandboxed_file, see_other, too_many, uploaded_png};
