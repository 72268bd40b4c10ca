//! Argon2id hashing, run on the blocking pool so that a sign-in never
//! stalls the requests sharing its thread.

use std::sync::LazyLock;

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};

/// OWASP's recommended Argon2id parameters (19 MiB, 2 passes, 1 lane),
/// which are the crate's defaults.
fn hasher() -> Argon2<'static> {
    Argon2::default()
}

fn hash_now(password: &str) -> anyhow::Result<String> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).expect("system random source");
    let salt = SaltString::encode_b64(&salt).map_err(|e| anyhow::anyhow!("sel : {e}"))?;
    Ok(hasher()
        .hash_password(password.as_bytes(), &salt)
        .map_err(|e| anyhow::anyhow!("hachage : {e}"))?
        .to_string())
}

/// Checked against when the address is unknown, so that the answer takes
/// the same time whether the account exists or not. A fixed hash (of a
/// password nobody uses) with the same parameters costs the same to check
/// and nothing to build at start.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$1TLf+PrLApAzAcq0toH2Hw$b9gJ2/jJiiBLFEHX4eUENd4Dxz2sZ9bh8cKi3lEABvU";

/// At most this many hashes at once: each takes 19 MiB and a core, so a
/// burst of sign-ins queues instead of exhausting memory.
static HASHING: LazyLock<tokio::sync::Semaphore> = LazyLock::new(|| {
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    tokio::sync::Semaphore::new(cores.clamp(1, 4))
});

pub async fn hash(password: String) -> anyhow::Result<String> {
    let _permit = HASHING.acquire().await?;
    tokio::task::spawn_blocking(move || hash_now(&password)).await?
}

/// Whether `password` matches `stored`; with no stored hash, spends the
/// same effort and answers no.
pub async fn verify(password: String, stored: Option<String>) -> anyhow::Result<bool> {
    let _permit = HASHING.acquire().await?;
    tokio::task::spawn_blocking(move || {
        let (hash, real) = match stored {
            Some(hash) => (hash, true),
            None => (DUMMY_HASH.to_string(), false),
        };
        let parsed =
            PasswordHash::new(&hash).map_err(|e| anyhow::anyhow!("empreinte illisible : {e}"))?;
        let matches = hasher()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok();
        Ok(real && matches)
    })
    .await?
}

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn hashes_verify_and_are_argon2id() {
        let hash = super::hash("ruche au soleil".into()).await.unwrap();
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(
            super::verify("ruche au soleil".into(), Some(hash.clone()))
                .await
                .unwrap()
        );
        assert!(
            !super::verify("ruche à l'ombre".into(), Some(hash))
                .await
                .unwrap()
        );
        assert!(!super::verify("ruche au soleil".into(), None).await.unwrap());
        // The dummy hash has the parameters of real ones, so it costs the same.
        let parameters = |h: &str| h.split('$').nth(3).unwrap().to_string();
        let real = super::hash("x".repeat(12)).await.unwrap();
        assert_eq!(parameters(super::DUMMY_HASH), parameters(&real));
    }
}
