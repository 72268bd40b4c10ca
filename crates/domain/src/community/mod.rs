//! The forum's rules: what a topic and a post must hold, the names members
//! take on the forum, who may start topics in a category, pins, and the
//! grace period after which an edit is kept in the post's history.

pub mod email_reply;
pub mod excerpt;
pub mod following;
pub mod trust;

use crate::problems::FieldProblem;
use crate::text::is_slug;

/// A post edited within this many seconds of being written keeps no
/// history: the author is still fixing a typo.
pub const EDIT_GRACE_SECONDS: i64 = 5 * 60;

pub const TITLE_MIN: usize = 8;
pub const TITLE_MAX: usize = 150;
pub const BODY_MIN: usize = 2;
pub const BODY_MAX: usize = 30_000;
pub const HANDLE_MAX: usize = 30;
pub const NAME_MAX: usize = 60;

/// A topic's address: its number, then its title as a slug for people
/// and search engines (the number alone finds it).
pub fn topic_path(id: i64, title: &str) -> String {
    let slug = crate::text::slugify(title);
    if slug.is_empty() {
        format!("/communaute/t/{id}")
    } else {
        format!("/communaute/t/{id}/{slug}")
    }
}

/// A member's public page on the forum.
pub fn member_path(handle: &str) -> String {
    format!("/communaute/membres/{handle}")
}

/// The problems of a post's words, and of its title when it opens a topic.
pub fn post_problems(title: Option<&str>, body: &str) -> Vec<FieldProblem> {
    let mut problems = Vec::new();
    if let Some(title) = title {
        let length = title.trim().chars().count();
        if length < TITLE_MIN {
            problems.push(
                FieldProblem::new("title", "community-check-title-short")
                    .with("min", TITLE_MIN as i64),
            );
        } else if length > TITLE_MAX {
            problems.push(
                FieldProblem::new("title", "community-check-title-long")
                    .with("max", TITLE_MAX as i64),
            );
        }
    }
    let length = body.trim().chars().count();
    if length < BODY_MIN {
        problems.push(FieldProblem::new("body", "community-check-body-empty"));
    } else if length > BODY_MAX {
        problems.push(
            FieldProblem::new("body", "community-check-body-long").with("max", BODY_MAX as i64),
        );
    }
    problems
}

/// The problems of the name a member takes on the forum: a handle for
/// `@mentions` and their page, and a name to show.
pub fn member_problems(handle: &str, display_name: &str) -> Vec<FieldProblem> {
    let mut problems = Vec::new();
    if handle.len() < 2
        || handle.len() > HANDLE_MAX
        || !is_slug(handle)
        || !handle.starts_with(|c: char| c.is_ascii_lowercase())
    {
        problems.push(
            FieldProblem::new("handle", "community-check-handle").with("max", HANDLE_MAX as i64),
        );
    }
    let length = display_name.trim().chars().count();
    if length == 0 || length > NAME_MAX {
        problems.push(
            FieldProblem::new("display_name", "community-check-name").with("max", NAME_MAX as i64),
        );
    }
    problems
}

/// The initials drawn as a member's avatar: the first letter of the first
/// two words of their name ("Camille Bernard" → "CB").
pub fn initials(display_name: &str) -> String {
    display_name
        .split_whitespace()
        .filter_map(|word| word.chars().find(|c| c.is_alphanumeric()))
        .take(2)
        .flat_map(char::to_uppercase)
        .collect()
}

/// A hue for a member's avatar, the same for the same handle.
pub fn avatar_hue(handle: &str) -> u16 {
    let sum = handle.bytes().fold(7u32, |acc, b| {
        acc.wrapping_mul(31).wrapping_add(u32::from(b))
    });
    (sum % 12) as u16 * 30
}

/// The Markdown that quotes a post: its words behind `>`, after a line
/// that names its author (the caller's words, in the reader's language).
pub fn quotation(attribution: &str, body: &str) -> String {
    let mut quoted = format!("> {attribution}\n>\n");
    for line in body.trim().lines() {
        if line.is_empty() {
            quoted.push_str(">\n");
        } else {
            quoted.push_str("> ");
            quoted.push_str(line);
            quoted.push('\n');
        }
    }
    quoted.push('\n');
    quoted
}

/// Who may start a topic in a category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Starters {
    Members,
    Moderators,
}

impl Starters {
    pub fn slug(self) -> &'static str {
        match self {
            Starters::Members => "membres",
            Starters::Moderators => "moderateurs",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Starters> {
        [Starters::Members, Starters::Moderators]
            .into_iter()
            .find(|s| s.slug() == slug)
    }
}

/// Where a pinned topic stays on top.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pin {
    /// At the top of its category.
    Category,
    /// At the top of its category and of the forum's home.
    Everywhere,
}

impl Pin {
    pub fn slug(self) -> &'static str {
        match self {
            Pin::Category => "categorie",
            Pin::Everywhere => "partout",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Pin> {
        [Pin::Category, Pin::Everywhere]
            .into_iter()
            .find(|p| p.slug() == slug)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posts_need_words_and_topics_a_title() {
        assert!(post_problems(Some("Quel outil pour la compta ?"), "Bonjour à tous").is_empty());
        let keys: Vec<_> = post_problems(Some("Aide"), " ")
            .iter()
            .map(|p| p.key)
            .collect();
        assert_eq!(
            keys,
            ["community-check-title-short", "community-check-body-empty"]
        );
        assert!(
            post_problems(None, &"x".repeat(BODY_MAX + 1))[0].key == "community-check-body-long"
        );
    }

    #[test]
    fn handles_are_short_lower_case_slugs() {
        assert!(member_problems("camille-b", "Camille B.").is_empty());
        for bad in [
            "",
            "a",
            "Camille",
            "9lives",
            "ca mille",
            "été",
            &"a".repeat(31),
        ] {
            assert_eq!(member_problems(bad, "Camille")[0].field, "handle", "{bad}");
        }
        assert_eq!(member_problems("camille", "  ")[0].field, "display_name");
    }

    #[test]
    fn avatars_are_initials_with_a_stable_hue() {
        assert_eq!(initials("Camille Bernard Durand"), "CB");
        assert_eq!(initials("élodie"), "É");
        assert_eq!(avatar_hue("camille"), avatar_hue("camille"));
        assert!(avatar_hue("camille") < 360);
    }

    #[test]
    fn a_quotation_keeps_paragraphs_inside_the_quote() {
        assert_eq!(
            quotation("Camille a écrit :", "Un\n\nDeux"),
            "> Camille a écrit :\n>\n> Un\n>\n> Deux\n\n"
        );
    }
}

/// A category as an administrator writes it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CategoryDraft {
    pub slug: String,
    pub name: String,
    pub description: String,
    pub position: i64,
    /// `membres` or `moderateurs`.
    pub starters: String,
}

pub const CATEGORY_NAME_MAX: usize = 60;
pub const CATEGORY_DESCRIPTION_MAX: usize = 300;

impl CategoryDraft {
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut problems = Vec::new();
        let name = self.name.trim().chars().count();
        if !(2..=CATEGORY_NAME_MAX).contains(&name) {
            problems.push(
                FieldProblem::new("name", "community-check-category-name")
                    .with("max", CATEGORY_NAME_MAX as i64),
            );
        }
        if !is_slug(&self.slug) || self.slug.len() > 60 {
            problems.push(FieldProblem::new("slug", "community-check-category-slug"));
        }
        if self.description.trim().chars().count() > CATEGORY_DESCRIPTION_MAX {
            problems.push(
                FieldProblem::new("description", "community-check-category-description")
                    .with("max", CATEGORY_DESCRIPTION_MAX as i64),
            );
        }
        if !(1..=1000).contains(&self.position) {
            problems.push(FieldProblem::new(
                "position",
                "community-check-category-position",
            ));
        }
        if Starters::from_slug(&self.starters).is_none() {
            problems.push(FieldProblem::new(
                "starters",
                "community-check-category-starters",
            ));
        }
        problems
    }
}
