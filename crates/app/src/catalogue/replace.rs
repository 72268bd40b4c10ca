//! Replacing the whole catalogue (`essaim import catalogue`): the document
//! must hold together, and no free tool a provider profile names may
//! disappear, or that profile could no longer be saved.

use std::collections::BTreeMap;

use essaim_domain::catalogue::{Catalogue, CatalogueDocument};
use essaim_domain::problems::FieldProblem;
use essaim_store::Database;

use crate::{Error, Result, now};

/// Writes `document` as the catalogue, in one unit of work; every node
/// reads it again at its next poll, and the directory is rebuilt with it.
pub async fn replace(db: &Database, document: CatalogueDocument) -> Result<()> {
    let catalogue = Catalogue::new(document).map_err(Error::Invalid)?;
    let missing = tools_still_named(db, &catalogue).await?;
    if !missing.is_empty() {
        return Err(Error::Invalid(
            missing
                .into_iter()
                .map(|(tool, profiles)| {
                    FieldProblem::new("tools", "catalogue-check-tool-in-use")
                        .with("tool", tool)
                        .with("profiles", profiles.join(", "))
                })
                .collect(),
        ));
    }
    let mut tx = db.begin().await?;
    tx.save_catalogue(catalogue.document(), now()).await?;
    tx.commit().await?;
    Ok(())
}

/// The tools profiles name that `catalogue` lacks, with those profiles.
async fn tools_still_named(
    db: &Database,
    catalogue: &Catalogue,
) -> Result<BTreeMap<String, Vec<String>>> {
    let mut missing: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for provider in db.export_providers().await?.providers {
        let records = std::iter::once(&provider.profile).chain(provider.published.as_ref());
        for record in records {
            let named = record
                .tools
                .iter()
                .chain(record.references.iter().flat_map(|r| &r.tools));
            for tool in named {
                if catalogue.tool(tool).is_none() {
                    let profiles = missing.entry(tool.clone()).or_default();
                    if !profiles.contains(&record.slug) {
                        profiles.push(record.slug.clone());
                    }
                }
            }
        }
    }
    Ok(missing)
}
