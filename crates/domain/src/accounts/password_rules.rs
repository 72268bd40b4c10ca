use super::EmailAddress;

pub const MIN_PASSWORD_CHARS: usize = 10;
/// Argon2 accepts more, but a longer text is not a password anyone types.
const MAX_PASSWORD_CHARS: usize = 256;

/// Lower-cased, sorted; see `scripts/build_common_passwords.py`.
const COMMON_PASSWORDS: &str = include_str!("../../data/common-passwords.txt");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordProblem {
    TooShort,
    TooLong,
    TooCommon,
    ContainsEmail,
}

impl PasswordProblem {
    /// The translation key of the explanation.
    pub fn message_key(self) -> &'static str {
        match self {
            PasswordProblem::TooShort => "password-too-short",
            PasswordProblem::TooLong => "password-too-long",
            PasswordProblem::TooCommon => "password-too-common",
            PasswordProblem::ContainsEmail => "password-contains-email",
        }
    }
}

/// The rules of ASVS 2.1: a length floor, no upper limit a person would
/// meet, no composition rules, and a refusal of well-known passwords.
pub fn check_new_password(password: &str, email: &EmailAddress) -> Result<(), PasswordProblem> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err(PasswordProblem::TooShort);
    }
    if chars > MAX_PASSWORD_CHARS {
        return Err(PasswordProblem::TooLong);
    }
    let lowered = password.to_lowercase();
    if is_common(&lowered) || is_one_repeated_character(&lowered) {
        return Err(PasswordProblem::TooCommon);
    }
    let local = email.local_part();
    if lowered == email.as_str() || (local.chars().count() >= 4 && lowered.contains(local)) {
        return Err(PasswordProblem::ContainsEmail);
    }
    Ok(())
}

fn is_common(lowered: &str) -> bool {
    let list: &[&str] = &COMMON_LIST;
    list.binary_search(&lowered).is_ok()
}

static COMMON_LIST: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| COMMON_PASSWORDS.lines().collect());

fn is_one_repeated_character(lowered: &str) -> bool {
    let mut chars = lowered.chars();
    let first = chars.next();
    chars.all(|c| Some(c) == first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn email() -> EmailAddress {
        EmailAddress::parse("camille@exemple.org").unwrap()
    }

    #[test]
    fn the_list_is_sorted_for_binary_search() {
        assert!(COMMON_LIST.windows(2).all(|w| w[0] < w[1]));
        assert!(COMMON_LIST.len() > 1000);
    }

    #[test]
    fn short_common_and_personal_passwords_are_refused() {
        assert_eq!(
            check_new_password("court", &email()),
            Err(PasswordProblem::TooShort)
        );
        assert_eq!(
            check_new_password("123456789", &email()),
            Err(PasswordProblem::TooShort)
        );
        for common in [
            "1234567890",
            "AZERTYUIOP",
            "motdepasse123",
            "Password123",
            "qwertyuiop",
        ] {
            assert_eq!(
                check_new_password(common, &email()),
                Err(PasswordProblem::TooCommon),
                "{common}"
            );
        }
        assert_eq!(
            check_new_password("zzzzzzzzzzzz", &email()),
            Err(PasswordProblem::TooCommon)
        );
        assert_eq!(
            check_new_password("Camille2026!", &email()),
            Err(PasswordProblem::ContainsEmail)
        );
        assert_eq!(
            check_new_password(&"x".repeat(300), &email()),
            Err(PasswordProblem::TooLong)
        );
    }

    #[test]
    fn long_uncommon_passwords_pass_whatever_their_characters() {
        for good in ["ruche au soleil de mai", "Abeilles-2026", "élan vital ∞ 7"] {
            assert_eq!(check_new_password(good, &email()), Ok(()), "{good}");
        }
    }
}
