//! What the catalogue's pages share: difficulties in words, a free tool as
//! a card, and the published providers who master a tool.

use essaim_domain::Locale;
use essaim_domain::catalogue::FreeTool;
use essaim_domain::directory::{Near, SearchQuery, Sort};
use essaim_domain::geo::{self, Commune};
use essaim_domain::i18n::translate_with;
use essaim_domain::taxonomy::SupportType;

use super::tool_path;
use crate::directory_cache::Published;
use crate::i18n::text;

/// "Usage : ●○○ comme ce qu'on connaît".
pub struct Difficulty {
    pub level: u8,
    pub out_of: u8,
    pub words: String,
}

impl Difficulty {
    pub fn of_use(tool: &FreeTool, locale: Locale) -> Difficulty {
        let key = match tool.use_difficulty {
            1 => "catalogue-use-1",
            2 => "catalogue-use-2",
            _ => "catalogue-use-3",
        };
        Difficulty {
            level: tool.use_difficulty,
            out_of: 3,
            words: text(locale, key).into_owned(),
        }
    }

    pub fn of_install(tool: &FreeTool, locale: Locale) -> Difficulty {
        let key = match tool.install_difficulty {
            1 => "catalogue-install-1",
            2 => "catalogue-install-2",
            3 => "catalogue-install-3",
            4 => "catalogue-install-4",
            _ => "catalogue-install-5",
        };
        Difficulty {
            level: tool.install_difficulty,
            out_of: 5,
            words: text(locale, key).into_owned(),
        }
    }

    /// Filled and empty dots, drawn for the eye; the words are what is read.
    pub fn dots(&self) -> String {
        (1..=self.out_of)
            .map(|i| if i <= self.level { '●' } else { '○' })
            .collect()
    }
}

/// A free tool as the lists show it.
pub struct ToolCard {
    pub name: String,
    pub href: String,
    pub description: String,
    pub use_difficulty: Difficulty,
    pub install_difficulty: Difficulty,
    pub hosted_offers: bool,
    /// "12 prestataires le maîtrisent".
    pub providers_line: String,
}

impl ToolCard {
    pub fn of(tool: &FreeTool, providers: u32, locale: Locale) -> ToolCard {
        ToolCard {
            name: tool.name.clone(),
            href: tool_path(&tool.slug),
            description: tool.description.clone(),
            use_difficulty: Difficulty::of_use(tool, locale),
            install_difficulty: Difficulty::of_install(tool, locale),
            hosted_offers: tool.hosted_offers,
            providers_line: translate_with(
                locale,
                "catalogue-providers-count",
                &[("count", providers.into())],
            ),
        }
    }
}

/// How many published providers master each tool of the index's
/// catalogue, in its order.
pub fn provider_counts(published: &Published) -> Vec<u32> {
    published.index.search(&SearchQuery::default()).facets.tools
}

pub struct ProviderLine {
    pub name: String,
    pub href: String,
    pub place: String,
    pub chatons: bool,
    /// "à 12 km", when a place was given.
    pub distance: Option<String>,
}

/// Some of the providers who master a tool, and where to see them all.
pub struct ProviderList {
    pub total: usize,
    pub lines: Vec<ProviderLine>,
    /// The directory's search for the same providers.
    pub all_href: String,
}

/// The published providers who master `tool` (and host it, with
/// `hosting`): CHATONS members first, then by name, or nearest first when
/// `near` is given; at most `limit` of them.
pub fn providers_of(
    published: &Published,
    tool: &str,
    hosting: bool,
    near: Option<&'static Commune>,
    limit: usize,
    locale: Locale,
) -> ProviderList {
    let query = SearchQuery {
        tools: vec![tool.to_string()],
        support_types: if hosting {
            vec![SupportType::Hosting]
        } else {
            Vec::new()
        },
        near: near.map(|commune| Near {
            commune,
            radius_km: None,
        }),
        sort: Some(if near.is_some() {
            Sort::Distance
        } else {
            Sort::Name
        }),
        ..SearchQuery::default()
    };
    let result = published.index.search_all(&query);
    let mut hits = result.hits;
    if near.is_none() {
        // Stable: by name within each group.
        hits.sort_by_key(|hit| !hit.entry.chatons);
    }
    let mut all_href = format!("/annuaire?outil={tool}");
    if hosting {
        all_href.push_str("&accompagnement=hebergement");
    }
    if let Some(commune) = near {
        all_href.push_str("&pres_de=");
        all_href.extend(url::form_urlencoded::byte_serialize(
            place_words(commune).as_bytes(),
        ));
    }
    ProviderList {
        total: result.total,
        lines: hits
            .iter()
            .take(limit)
            .map(|hit| ProviderLine {
                name: hit.entry.name.to_string(),
                href: format!("/annuaire/{}", hit.entry.slug),
                place: hit.place.map(place_words).unwrap_or_default(),
                chatons: hit.entry.chatons,
                distance: hit.distance_km.map(|km| {
                    translate_with(
                        locale,
                        "catalogue-distance",
                        &[("km", (km.round() as i64).into())],
                    )
                }),
            })
            .collect(),
        all_href,
    }
}

/// "Dinan (22)": how the directory's `pres_de` names a commune without
/// mistaking it for a homonym.
pub fn place_words(commune: &Commune) -> String {
    format!("{} ({})", commune.name(), commune.departement())
}

/// The place a visitor typed (`pres_de`), or why it names none.
pub fn place_asked(typed: Option<&str>) -> Result<Option<&'static Commune>, String> {
    match typed.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(typed) => geo::find_place(typed)
            .map(Some)
            .ok_or_else(|| typed.to_string()),
    }
}
