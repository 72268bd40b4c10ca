//! The document of `essaim export prestataires` and `essaim import
//! prestataires`: every profile with its review state, for backups, moving
//! between instances, and between SQLite and PostgreSQL.

use serde::{Deserialize, Serialize};

use crate::catalogue::Catalogue;
use crate::problems::FieldProblem;
use crate::providers::ProviderRecord;
use crate::taxonomy::ProviderStatus;

pub const FORMAT: &str = "essaim-providers";
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportDocument {
    pub format: String,
    pub version: u32,
    pub providers: Vec<ExportedProvider>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportedProvider {
    pub status: ProviderStatus,
    /// Unix seconds.
    pub created_at: i64,
    pub updated_at: i64,
    #[serde(default)]
    pub published_at: Option<i64>,
    /// The working copy.
    pub profile: ProviderRecord,
    /// What the public sees, when published.
    #[serde(default)]
    pub published: Option<ProviderRecord>,
}

/// Why a document cannot be imported: the provider's position (1-based), its
/// field, the reason, in French.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.describe())]
pub struct ImportError {
    pub position: Option<usize>,
    pub field: String,
    pub reason: String,
}

impl ImportError {
    fn describe(&self) -> String {
        match self.position {
            Some(n) => format!(
                "prestataire n° {n}, champ « {} » : {}",
                self.field, self.reason
            ),
            None if self.field.is_empty() => self.reason.clone(),
            None => format!("champ « {} » : {}", self.field, self.reason),
        }
    }
}

impl ExportDocument {
    pub fn new(providers: Vec<ExportedProvider>) -> ExportDocument {
        ExportDocument {
            format: FORMAT.into(),
            version: VERSION,
            providers,
        }
    }

    /// Reads and checks a whole document; the first problem stops it.
    pub fn parse(text: &str, catalogue: &Catalogue) -> Result<ExportDocument, ImportError> {
        let deserializer = &mut serde_json::Deserializer::from_str(text);
        let document: ExportDocument =
            serde_path_to_error::deserialize(deserializer).map_err(|error| {
                let path = error.path().to_string();
                let inner = error.into_inner();
                let reason = if inner.is_syntax() || inner.is_eof() {
                    format!(
                        "JSON invalide ligne {}, colonne {}",
                        inner.line(),
                        inner.column()
                    )
                } else {
                    translate_serde(&inner.to_string())
                };
                split_position(&path, reason)
            })?;
        if document.format != FORMAT || document.version != VERSION {
            return Err(ImportError {
                position: None,
                field: "format".into(),
                reason: format!("attendu « {FORMAT} » version {VERSION}"),
            });
        }
        let mut slugs = std::collections::HashSet::new();
        for (i, provider) in document.providers.iter().enumerate() {
            let at = |e: FieldProblem, prefix: &str| ImportError {
                position: Some(i + 1),
                field: format!("{prefix}.{}", e.field),
                reason: e.to_string(),
            };
            // A working copy being edited may be incomplete, never invalid.
            let problems = if provider.status.is_being_edited() {
                provider.profile.draft_problems(catalogue)
            } else {
                provider.profile.problems(catalogue)
            };
            if let Some(e) = problems.into_iter().next() {
                return Err(at(e, "profile"));
            }
            if let Some(published) = &provider.published {
                if let Some(e) = published
                    .problems_for_publication(catalogue)
                    .into_iter()
                    .next()
                {
                    return Err(at(e, "published"));
                }
                if published.slug != provider.profile.slug {
                    return Err(ImportError {
                        position: Some(i + 1),
                        field: "published.slug".into(),
                        reason: "diffère de celui de profile".into(),
                    });
                }
            }
            if !slugs.insert(provider.profile.slug.clone()) {
                return Err(ImportError {
                    position: Some(i + 1),
                    field: "profile.slug".into(),
                    reason: format!(
                        "« {} » figure déjà plus haut dans le fichier",
                        provider.profile.slug
                    ),
                });
            }
        }
        Ok(document)
    }
}

/// `providers[2].profile.name` → position 3, field `profile.name`.
fn split_position(path: &str, reason: String) -> ImportError {
    if let Some(rest) = path.strip_prefix("providers[")
        && let Some((index, field)) = rest.split_once(']')
        && let Ok(index) = index.parse::<usize>()
    {
        return ImportError {
            position: Some(index + 1),
            field: field.trim_start_matches('.').to_string(),
            reason,
        };
    }
    ImportError {
        position: None,
        field: if path == "." {
            String::new()
        } else {
            path.to_string()
        },
        reason,
    }
}

/// serde's messages, in French where they are predictable.
pub(crate) fn translate_serde(message: &str) -> String {
    let message = message.split(" at line ").next().unwrap_or(message);
    if let Some(rest) = message.strip_prefix("missing field ") {
        return format!("champ obligatoire absent : « {} »", rest.trim_matches('`'));
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let name = rest.split(',').next().unwrap_or(rest);
        return format!("champ inconnu : « {} »", name.trim_matches('`'));
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        return format!("type invalide ({})", rest.replace('`', "\""));
    }
    message.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document() -> String {
        let record = crate::providers::tests::sample();
        let doc = ExportDocument::new(vec![ExportedProvider {
            status: ProviderStatus::Published,
            created_at: 1,
            updated_at: 2,
            published_at: Some(2),
            profile: record.clone(),
            published: Some(record),
        }]);
        serde_json::to_string_pretty(&doc).unwrap()
    }

    #[test]
    fn a_valid_document_round_trips() {
        let text = document();
        let parsed = ExportDocument::parse(&text, &Catalogue::builtin()).unwrap();
        assert_eq!(serde_json::to_string_pretty(&parsed).unwrap(), text);
    }

    #[test]
    fn errors_name_the_position_and_field() {
        let bad_slug = document().replacen("\"formation\"", "\"cuisine\"", 1);
        let error = ExportDocument::parse(&bad_slug, &Catalogue::builtin()).unwrap_err();
        assert_eq!(error.position, Some(1));
        assert!(error.field.starts_with("profile.support_types"), "{error}");
        assert!(
            error
                .to_string()
                .contains("« cuisine » n'est pas une valeur admise"),
            "{error}"
        );

        let bad_year = document().replacen("\"year\": 2023", "\"year\": 1789", 1);
        let error = ExportDocument::parse(&bad_year, &Catalogue::builtin()).unwrap_err();
        assert_eq!(
            error.to_string(),
            "prestataire n° 1, champ « profile.references[1].year » : année invalide : 1789"
        );

        let missing = document().replacen("\"name\": \"Coop Exemple\",", "", 1);
        let error = ExportDocument::parse(&missing, &Catalogue::builtin()).unwrap_err();
        assert!(
            error.to_string().contains("champ obligatoire absent"),
            "{error}"
        );

        let error = ExportDocument::parse("{ pas du json", &Catalogue::builtin()).unwrap_err();
        assert!(
            error.to_string().contains("JSON invalide ligne 1"),
            "{error}"
        );
    }
}
