//! Random tokens and their stored form.

use sha2::{Digest, Sha256};

/// 256 random bits, hex-encoded: session cookies, links sent by email and
/// anti-forgery tokens.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("system random source");
    hex::encode(bytes)
}

/// 128 random bits, hex-encoded: the key of a reply address, short enough
/// for the 64 characters of an email address's local part.
pub fn new_reply_key() -> String {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).expect("system random source");
    hex::encode(bytes)
}

/// What the database keeps of a token: its SHA-256, so that reading the
/// database does not give a usable cookie or link.
pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Compares two secrets in a time that depends only on their lengths.
pub fn constant_time_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Tokens come from URLs and cookies: anything but 64 hex digits is refused
/// before reaching the database.
pub fn looks_like_token(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_hashed() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert!(looks_like_token(&a));
        assert_eq!(hash_token(&a).len(), 64);
        assert_ne!(hash_token(&a), a);
        assert!(constant_time_eq(&a, &a.clone()));
        assert!(!constant_time_eq(&a, &b));
        assert!(!looks_like_token("../../etc/passwd"));
    }
}
