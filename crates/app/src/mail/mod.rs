//! Email: what is said (`compose`), how it is queued (`outbox`) and how it
//! leaves (`Mailer`, one of three backends chosen by configuration).

mod compose;
mod imap;
pub mod inbound;
pub(crate) mod outbox;
mod transport;

pub use compose::{ComposedEmail, Decision, Mail, PoolingMail, compose};
pub use imap::ImapMailbox;
pub use lettre::message::Mailbox;
pub use outbox::{queue_list_mail, queue_mail, queue_mail_replying_to};
pub use transport::{MailHeaders, Mailer, SentEmail, check_smtp_url, sender};
