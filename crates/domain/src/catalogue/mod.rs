//! The catalogue: the needs of an association (email, file sharing…), the
//! proprietary tools it uses for them, and the free tools that replace
//! them, each proprietary tool with its alternatives in order. It is kept
//! in the database and edited by moderators; the one compiled in
//! (`data/catalogue.json`) is what a new instance starts with. Slugs are
//! stable API values: provider profiles name the free tools they master by
//! slug.

mod checks;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::Locale;

pub const FORMAT: &str = "essaim-catalogue";
pub const VERSION: u32 = 1;

/// The catalogue as it is kept, exported and imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogueDocument {
    pub format: String,
    pub version: u32,
    pub needs: Vec<Need>,
    pub proprietary: Vec<ProprietaryTool>,
    pub tools: Vec<FreeTool>,
}

/// What an association needs a tool for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Need {
    pub slug: String,
    /// In French.
    pub name: String,
    pub name_en: String,
    /// What people call it in their own words ("visio", "compta"): a search
    /// in those words finds the providers of the tools that meet it.
    pub words: Vec<String>,
}

/// A tool of a vendor that associations want to leave.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProprietaryTool {
    pub slug: String,
    pub name: String,
    pub vendor: String,
    pub needs: Vec<String>,
    /// Free tools that replace it, the most advisable first.
    pub alternatives: Vec<String>,
}

/// A free tool, with what it takes to use and to install it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FreeTool {
    pub slug: String,
    pub name: String,
    /// A short description in French.
    pub description: String,
    pub website: String,
    /// SPDX identifier.
    pub licence: String,
    pub wikidata: Option<String>,
    pub framalibre: Option<String>,
    pub needs: Vec<String>,
    /// For the people who use it: 1 (like what they know) to 3 (new habits
    /// to learn).
    pub use_difficulty: u8,
    /// For the people who set it up: 1 (a hosted offer, nothing to install)
    /// to 5 (a complex setup).
    pub install_difficulty: u8,
    /// Whether providers offer it ready to use.
    pub hosted_offers: bool,
}

pub const USE_DIFFICULTIES: std::ops::RangeInclusive<u8> = 1..=3;
pub const INSTALL_DIFFICULTIES: std::ops::RangeInclusive<u8> = 1..=5;

impl Need {
    pub fn name(&self, locale: Locale) -> &str {
        match locale {
            Locale::En => &self.name_en,
            _ => &self.name,
        }
    }
}

/// The catalogue in force, with its look-ups. Built from a document whose
/// checks passed.
#[derive(Debug, Clone)]
pub struct Catalogue {
    document: CatalogueDocument,
    tool_positions: HashMap<String, usize>,
    need_positions: HashMap<String, usize>,
    proprietary_positions: HashMap<String, usize>,
}

impl Catalogue {
    /// The catalogue of a document, if it holds together (see
    /// [`CatalogueDocument::problems`]).
    pub fn new(
        document: CatalogueDocument,
    ) -> Result<Catalogue, Vec<crate::problems::FieldProblem>> {
        let problems = document.problems();
        if !problems.is_empty() {
            return Err(problems);
        }
        let positions = |slugs: Vec<&String>| -> HashMap<String, usize> {
            slugs
                .into_iter()
                .enumerate()
                .map(|(i, s)| (s.clone(), i))
                .collect()
        };
        Ok(Catalogue {
            tool_positions: positions(document.tools.iter().map(|t| &t.slug).collect()),
            need_positions: positions(document.needs.iter().map(|n| &n.slug).collect()),
            proprietary_positions: positions(
                document.proprietary.iter().map(|p| &p.slug).collect(),
            ),
            document,
        })
    }

    /// The catalogue a new instance starts with.
    pub fn builtin() -> Catalogue {
        Catalogue::new(builtin_document()).expect("the built-in catalogue holds together")
    }

    pub fn document(&self) -> &CatalogueDocument {
        &self.document
    }

    pub fn tools(&self) -> &[FreeTool] {
        &self.document.tools
    }

    pub fn needs(&self) -> &[Need] {
        &self.document.needs
    }

    pub fn proprietary(&self) -> &[ProprietaryTool] {
        &self.document.proprietary
    }

    pub fn tool(&self, slug: &str) -> Option<&FreeTool> {
        self.tool_index(slug).map(|i| &self.document.tools[i])
    }

    /// Position of a free tool in [`Catalogue::tools`], for counting arrays.
    pub fn tool_index(&self, slug: &str) -> Option<usize> {
        self.tool_positions.get(slug).copied()
    }

    pub fn need(&self, slug: &str) -> Option<&Need> {
        self.need_positions
            .get(slug)
            .map(|&i| &self.document.needs[i])
    }

    pub fn proprietary_tool(&self, slug: &str) -> Option<&ProprietaryTool> {
        self.proprietary_positions
            .get(slug)
            .map(|&i| &self.document.proprietary[i])
    }

    /// The proprietary tools a free tool replaces, in catalogue order.
    pub fn replaced_by<'a>(&'a self, tool: &'a str) -> impl Iterator<Item = &'a ProprietaryTool> {
        self.document
            .proprietary
            .iter()
            .filter(move |p| p.alternatives.iter().any(|a| a == tool))
    }

    /// The free tools that meet a need, in catalogue order.
    pub fn tools_for_need<'a>(&'a self, need: &'a str) -> impl Iterator<Item = &'a FreeTool> {
        self.document
            .tools
            .iter()
            .filter(move |t| t.needs.iter().any(|n| n == need))
    }

    /// The proprietary tools used for a need, in catalogue order.
    pub fn proprietary_for_need<'a>(
        &'a self,
        need: &'a str,
    ) -> impl Iterator<Item = &'a ProprietaryTool> {
        self.document
            .proprietary
            .iter()
            .filter(move |p| p.needs.iter().any(|n| n == need))
    }

    /// The words a search may find a free tool by, besides its name: the
    /// names of what it replaces and its needs in people's words.
    pub fn tool_words<'a>(&'a self, tool: &'a FreeTool) -> impl Iterator<Item = &'a str> {
        self.replaced_by(&tool.slug).map(|p| p.name.as_str()).chain(
            tool.needs
                .iter()
                .filter_map(|n| self.need(n))
                .flat_map(|n| n.words.iter().map(String::as_str)),
        )
    }
}

impl CatalogueDocument {
    /// Reads a document (`essaim import catalogue`); a syntax or shape
    /// problem is named with its place (`tools[3].name : …`). Whether it
    /// holds together is [`CatalogueDocument::problems`].
    pub fn parse(text: &str) -> Result<CatalogueDocument, String> {
        let deserializer = &mut serde_json::Deserializer::from_str(text);
        serde_path_to_error::deserialize(deserializer).map_err(|error| {
            let reason = crate::providers::transfer::translate_serde(&error.inner().to_string());
            match error.path().to_string().as_str() {
                "." => reason,
                path => format!("{path} : {reason}"),
            }
        })
    }
}

/// The document compiled in.
pub fn builtin_document() -> CatalogueDocument {
    serde_json::from_str(include_str!("../../data/catalogue.json"))
        .expect("data/catalogue.json is a catalogue document")
}

#[cfg(test)]
mod tests;
