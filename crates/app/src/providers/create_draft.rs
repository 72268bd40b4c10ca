//! A new profile: a draft with a name, managed by its creator.

use essaim_domain::providers::{ProviderRecord, Zone};
use essaim_domain::taxonomy::Availability;
use essaim_domain::text::slugify;
use essaim_store::{Account, StoreError};

use crate::{App, Error, Result, now};

pub async fn create_draft(app: &App, account: &Account, name: &str) -> Result<String> {
    let name = name.trim();
    let base = slugify(name);
    let mut record = ProviderRecord {
        slug: base.clone(),
        name: name.to_string(),
        pitch: String::new(),
        description: String::new(),
        website: None,
        logo: None,
        founded: None,
        structure: None,
        team_size: None,
        chatons: false,
        chatons_url: None,
        networks: Vec::new(),
        commune: String::new(),
        address: None,
        address_public: false,
        zone: Zone::default(),
        remote: false,
        support_types: Vec::new(),
        association_sizes: Vec::new(),
        modalities: Vec::new(),
        tools: Vec::new(),
        pricing: Default::default(),
        availability: Availability::Available,
        references: Vec::new(),
        contact: Default::default(),
        last_updated: app.today().to_string(),
        last_verified: None,
        fictional: false,
    };
    if name.is_empty() {
        return Err(Error::field("name", "providers-check-name-missing"));
    }
    let problems = record.draft_problems(&app.catalogue());
    let name_problems: Vec<_> = problems
        .iter()
        .filter(|p| p.field == "name")
        .cloned()
        .collect();
    if !name_problems.is_empty() {
        return Err(Error::Invalid(name_problems));
    }
    // The address of the profile is made of the name's letters and digits:
    // "!!!" leaves none. Say so in the name's terms, not the address's.
    if problems.iter().any(|p| p.field == "slug") {
        return Err(Error::field("name", "providers-create-name-no-letters"));
    }
    // "coop-libre", then "coop-libre-2"… when the name is taken.
    let mut tx = app.begin().await?;
    for attempt in 1..=50 {
        if attempt > 1 {
            record.slug = format!("{base}-{attempt}");
        }
        match tx.create_provider_draft(&record, account.id, now()).await {
            Ok(_) => {
                app.commit(tx).await?;
                tracing::info!(target: "essaim::providers", event = "draft.created", account_id = account.id, provider = record.slug);
                return Ok(record.slug);
            }
            Err(StoreError::SlugTaken { .. }) => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(Error::field("name", "providers-create-name-overused"))
}
