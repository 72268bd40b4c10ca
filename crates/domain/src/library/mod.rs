//! The library ("Ressources"): guides, videos, courses, articles, sheets
//! and testimonies that help a transition, each described by who it is for,
//! its themes, its format and its language. `shelf.rs` searches the
//! published ones in memory.

mod catalogue_links;
pub mod files;
pub mod links;
pub mod shelf;

pub use catalogue_links::CatalogueLinks;

use crate::catalogue::Catalogue;
use crate::problems::FieldProblem;
use crate::web_address;

/// Who a resource is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Audience {
    Associations,
    Providers,
    Everyone,
}

impl Audience {
    pub const ALL: [Audience; 3] = [
        Audience::Associations,
        Audience::Providers,
        Audience::Everyone,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Audience::Associations => "associations",
            Audience::Providers => "prestataires",
            Audience::Everyone => "tous",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Audience> {
        Audience::ALL.into_iter().find(|a| a.slug() == slug)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Audience::Associations => "library-audience-associations",
            Audience::Providers => "library-audience-providers",
            Audience::Everyone => "library-audience-everyone",
        }
    }

    /// Whether a resource for `self` answers a search for `wanted`: what is
    /// written for everyone is for associations and providers too.
    pub fn serves(self, wanted: Audience) -> bool {
        self == wanted || self == Audience::Everyone
    }
}

/// What a resource is about; a resource has one or more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Theme {
    Strategy,
    Tools,
    Training,
    LawAndPrivacy,
    Sobriety,
    Governance,
    Funding,
}

impl Theme {
    pub const ALL: [Theme; 7] = [
        Theme::Strategy,
        Theme::Tools,
        Theme::Training,
        Theme::LawAndPrivacy,
        Theme::Sobriety,
        Theme::Governance,
        Theme::Funding,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Theme::Strategy => "strategie",
            Theme::Tools => "outils",
            Theme::Training => "formation",
            Theme::LawAndPrivacy => "droit-rgpd",
            Theme::Sobriety => "sobriete",
            Theme::Governance => "gouvernance",
            Theme::Funding => "financement",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.slug() == slug)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Theme::Strategy => "library-theme-strategy",
            Theme::Tools => "library-theme-tools",
            Theme::Training => "library-theme-training",
            Theme::LawAndPrivacy => "library-theme-law",
            Theme::Sobriety => "library-theme-sobriety",
            Theme::Governance => "library-theme-governance",
            Theme::Funding => "library-theme-funding",
        }
    }

    /// Themes as stored: slugs separated by spaces; unknown ones are left out.
    pub fn parse_list(text: &str) -> Vec<Theme> {
        let mut themes: Vec<Theme> = text
            .split_whitespace()
            .filter_map(Theme::from_slug)
            .collect();
        themes.sort_unstable();
        themes.dedup();
        themes
    }

    pub fn list_text(themes: &[Theme]) -> String {
        themes
            .iter()
            .map(|t| t.slug())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// What kind of thing a resource is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Guide,
    Video,
    Course,
    Article,
    Sheet,
    Testimony,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Format::Guide,
        Format::Video,
        Format::Course,
        Format::Article,
        Format::Sheet,
        Format::Testimony,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Format::Guide => "guide",
            Format::Video => "video",
            Format::Course => "cours",
            Format::Article => "article",
            Format::Sheet => "fiche",
            Format::Testimony => "temoignage",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.slug() == slug)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Format::Guide => "library-format-guide",
            Format::Video => "library-format-video",
            Format::Course => "library-format-course",
            Format::Article => "library-format-article",
            Format::Sheet => "library-format-sheet",
            Format::Testimony => "library-format-testimony",
        }
    }
}

/// The languages a resource may be in, by their ISO 639-1 code.
pub const LANGUAGES: [&str; 5] = ["fr", "en", "de", "es", "it"];

/// The translation key of a language's name.
pub fn language_key(code: &str) -> &'static str {
    match code {
        "fr" => "library-language-fr",
        "en" => "library-language-en",
        "de" => "library-language-de",
        "es" => "library-language-es",
        _ => "library-language-it",
    }
}

/// Where a resource stands with the moderators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Proposed by a member, waiting in the moderation queue.
    Proposed,
    Published,
    /// Refused, or withdrawn after publication, with a reason.
    Refused,
}

impl Status {
    pub fn slug(self) -> &'static str {
        match self {
            Status::Proposed => "proposee",
            Status::Published => "publiee",
            Status::Refused => "refusee",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Status> {
        [Status::Proposed, Status::Published, Status::Refused]
            .into_iter()
            .find(|s| s.slug() == slug)
    }
}

pub const TITLE_MAX: usize = 200;
pub const SUMMARY_MIN: usize = 20;
pub const SUMMARY_MAX: usize = 2_000;
pub const SOURCE_MAX: usize = 200;
pub const LICENCE_MAX: usize = 100;
pub const URL_MAX: usize = 2_000;
/// The earliest year a resource may carry.
pub const FIRST_YEAR: i32 = 1990;

/// A resource as a member proposes it or a moderator edits it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceFields {
    pub title: String,
    pub url: String,
    pub summary: String,
    pub audience: Option<Audience>,
    pub themes: Vec<Theme>,
    pub format: Option<Format>,
    pub language: String,
    /// Who wrote or published it.
    pub source: String,
    /// Its licence, as the resource states it ("CC BY-SA 4.0"); may be empty.
    pub licence: String,
    /// The year it was published, when known.
    pub year: Option<i32>,
    /// What it helps with, from the catalogue: needs' and free tools'
    /// slugs, and steps of a transition.
    pub links: CatalogueLinks,
    /// The file attached instead of a link, once kept.
    pub file: Option<AttachedFile>,
}

/// A file kept for a resource: its generated name, kind and size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachedFile {
    pub name: String,
    pub kind: files::FileKind,
    pub size: i64,
}

/// A resource whose fields passed their checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resource {
    pub title: String,
    pub url: String,
    pub summary: String,
    pub audience: Audience,
    pub themes: Vec<Theme>,
    pub format: Format,
    pub language: String,
    pub source: String,
    pub licence: String,
    pub year: Option<i32>,
    pub links: CatalogueLinks,
    pub file: Option<AttachedFile>,
}

impl ResourceFields {
    /// The resource, or every problem of its fields; `this_year` bounds the
    /// year, `catalogue` the needs and tools it names.
    pub fn check(
        &self,
        this_year: i32,
        catalogue: &Catalogue,
    ) -> Result<Resource, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let title = self.title.trim();
        if title.chars().count() < 3 {
            problems.push(FieldProblem::new("title", "library-check-title"));
        } else if title.chars().count() > TITLE_MAX {
            problems.push(
                FieldProblem::new("title", "library-check-title-long").with("max", TITLE_MAX),
            );
        }
        let url = web_address::complete(&self.url);
        if url.is_empty() {
            if self.file.is_none() {
                problems.push(FieldProblem::new("url", "library-check-url-or-file"));
            }
        } else if !web_address::is_valid(&url) || url.len() > URL_MAX {
            problems.push(FieldProblem::new("url", "library-check-url"));
        }
        let summary = self.summary.trim();
        let summary_length = summary.chars().count();
        if summary_length < SUMMARY_MIN {
            problems.push(
                FieldProblem::new("summary", "library-check-summary-short")
                    .with("min", SUMMARY_MIN),
            );
        } else if summary_length > SUMMARY_MAX {
            problems.push(
                FieldProblem::new("summary", "library-check-summary-long")
                    .with("max", SUMMARY_MAX)
                    .with("count", summary_length),
            );
        }
        if self.audience.is_none() {
            problems.push(FieldProblem::new("audience", "library-check-audience"));
        }
        if self.themes.is_empty() {
            problems.push(FieldProblem::new("themes", "library-check-themes"));
        }
        if self.format.is_none() {
            problems.push(FieldProblem::new("format", "library-check-format"));
        }
        if !LANGUAGES.contains(&self.language.as_str()) {
            problems.push(FieldProblem::new("language", "library-check-language"));
        }
        let source = self.source.trim();
        if source.is_empty() {
            problems.push(FieldProblem::new("source", "library-check-source"));
        } else if source.chars().count() > SOURCE_MAX {
            problems.push(
                FieldProblem::new("source", "library-check-source-long").with("max", SOURCE_MAX),
            );
        }
        let licence = self.licence.trim();
        if licence.chars().count() > LICENCE_MAX {
            problems.push(
                FieldProblem::new("licence", "library-check-licence-long").with("max", LICENCE_MAX),
            );
        }
        if let Some(year) = self.year
            && !(FIRST_YEAR..=this_year).contains(&year)
        {
            problems.push(
                FieldProblem::new("year", "library-check-year")
                    .with("first", FIRST_YEAR)
                    .with("last", this_year),
            );
        }
        problems.extend(self.links.problems(catalogue));
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut themes = self.themes.clone();
        themes.sort_unstable();
        themes.dedup();
        Ok(Resource {
            title: title.to_string(),
            url,
            summary: summary.to_string(),
            audience: self.audience.unwrap_or(Audience::Everyone),
            themes,
            format: self.format.unwrap_or(Format::Guide),
            language: self.language.clone(),
            source: source.to_string(),
            licence: licence.to_string(),
            year: self.year,
            links: self.links.sorted(),
            file: self.file.clone(),
        })
    }
}

/// A year as a form sends it: empty is none; anything else must be a
/// number (the check then bounds it).
pub fn parse_year(text: &str) -> Result<Option<i32>, FieldProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<i32>()
        .map(Some)
        .map_err(|_| FieldProblem::new("year", "library-check-year-number"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::taxonomy::TransitionStep;

    fn fields() -> ResourceFields {
        ResourceFields {
            title: "Guide d'hygiène informatique".into(),
            url: "cyber.gouv.fr/publications/guide-dhygiene-informatique".into(),
            summary: "Quarante-deux mesures pour protéger le système d'information.".into(),
            audience: Some(Audience::Providers),
            themes: vec![Theme::Tools, Theme::LawAndPrivacy, Theme::Tools],
            format: Some(Format::Guide),
            language: "fr".into(),
            source: "ANSSI".into(),
            licence: "Licence ouverte".into(),
            year: Some(2017),
            links: CatalogueLinks {
                needs: vec!["partage-fichiers".into()],
                tools: vec!["nextcloud".into(), "nextcloud".into()],
                steps: vec![TransitionStep::Training, TransitionStep::Needs],
            },
            file: None,
        }
    }

    #[test]
    fn a_complete_resource_passes_with_its_address_completed() {
        let resource = fields().check(2026, &Catalogue::builtin()).unwrap();
        assert_eq!(resource.links.tools, ["nextcloud"]);
        assert_eq!(
            resource.links.steps,
            [TransitionStep::Needs, TransitionStep::Training]
        );
        assert_eq!(
            resource.url,
            "https://cyber.gouv.fr/publications/guide-dhygiene-informatique"
        );
        assert_eq!(resource.themes, vec![Theme::Tools, Theme::LawAndPrivacy]);
    }

    #[test]
    fn every_problem_is_named_at_once() {
        let empty = ResourceFields {
            title: " ".into(),
            url: "javascript:alert(1)".into(),
            summary: "Court.".into(),
            audience: None,
            themes: vec![],
            format: None,
            language: "xx".into(),
            source: String::new(),
            licence: "x".repeat(LICENCE_MAX + 1),
            year: Some(3000),
            links: CatalogueLinks {
                needs: vec!["teleportation".into()],
                tools: vec!["gmail".into()],
                steps: vec![],
            },
            file: None,
        };
        let keys: Vec<&str> = empty
            .check(2026, &Catalogue::builtin())
            .unwrap_err()
            .iter()
            .map(|p| p.key)
            .collect();
        assert_eq!(
            keys,
            [
                "library-check-title",
                "library-check-url",
                "library-check-summary-short",
                "library-check-audience",
                "library-check-themes",
                "library-check-format",
                "library-check-language",
                "library-check-source",
                "library-check-licence-long",
                "library-check-year",
                "library-check-need",
                "library-check-tool",
            ]
        );
        assert_eq!(
            parse_year("deux mille").unwrap_err().key,
            "library-check-year-number"
        );
        assert_eq!(parse_year(" ").unwrap(), None);
    }

    #[test]
    fn themes_are_stored_as_slugs_and_read_back() {
        let themes = Theme::parse_list("outils strategie inconnu outils");
        assert_eq!(themes, vec![Theme::Strategy, Theme::Tools]);
        assert_eq!(Theme::list_text(&themes), "strategie outils");
    }

    #[test]
    fn what_is_for_everyone_serves_each_audience() {
        assert!(Audience::Everyone.serves(Audience::Associations));
        assert!(Audience::Associations.serves(Audience::Associations));
        assert!(!Audience::Providers.serves(Audience::Associations));
    }
}
