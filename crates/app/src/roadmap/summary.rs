//! The message an association sends a provider from its plan: who it is,
//! where it stands, what it wants help with. Written in the reader's
//! language; the association reads it, and may change it, in the contact
//! form before sending.

use essaim_domain::Locale;
use essaim_domain::geo;
use essaim_domain::i18n::{FluentValue, pair, translate_with};
use essaim_domain::taxonomy::ItemStatus;
use essaim_store::Account;

use super::item_of;
use crate::associations::belonging;
use crate::{App, Result};

/// The message about the whole plan, or about item `element`; with the
/// association's name, for the form's "association" field.
pub async fn contact_message(
    app: &App,
    account: &Account,
    slug: &str,
    element: Option<i64>,
    locale: Locale,
) -> Result<(String, String)> {
    let (association, _) = belonging(app, account, slug).await?;
    let items = match element {
        Some(id) => vec![item_of(app, account, slug, id).await?.1],
        None => app
            .db()
            .roadmap_items(association.id)
            .await?
            .into_iter()
            .filter(|row| !matches!(row.item.status, ItemStatus::Done | ItemStatus::Kept))
            .collect(),
    };
    let catalogue = app.catalogue();
    let details = &association.details;
    let name_of = |slug: &str| {
        catalogue
            .proprietary_tool(slug)
            .map(|p| p.name.clone())
            .or_else(|| catalogue.tool(slug).map(|t| t.name.clone()))
            .unwrap_or_else(|| slug.to_string())
    };
    let t = |key: &str, args: &[(&str, FluentValue)]| translate_with(locale, key, args);
    let mut lines = vec![
        t("roadmap-summary-hello", &[]),
        String::new(),
        t(
            "roadmap-summary-who",
            &[
                ("name", details.name.as_str().into()),
                (
                    "size",
                    details
                        .size
                        .map(|s| s.label(locale).to_lowercase())
                        .unwrap_or_default()
                        .into(),
                ),
                (
                    "place",
                    geo::commune_by_insee(&details.commune)
                        .map(|c| format!("{} ({})", c.name(), c.departement()))
                        .unwrap_or_default()
                        .into(),
                ),
            ],
        ),
        String::new(),
    ];
    for row in &items {
        let item = &row.item;
        let need = catalogue
            .need(&item.need)
            .map(|n| n.name(locale).to_string())
            .unwrap_or_else(|| item.need.clone());
        let today = item
            .current_tool
            .as_deref()
            .map(name_of)
            .or_else(|| item.current_other.clone())
            .unwrap_or_else(|| "?".into());
        let chosen = item
            .chosen_tool
            .as_deref()
            .map(name_of)
            .unwrap_or_else(|| t("roadmap-summary-to-choose", &[]));
        let change = format!(
            "{today} → {chosen} ({})",
            item.status.label(locale).to_lowercase()
        );
        lines.push(format!("- {}", pair(locale, &need, change)));
    }
    lines.push(String::new());
    lines.push(t("roadmap-summary-ask", &[]));
    Ok((details.name.clone(), lines.join("\n")))
}
