//! `GET /annuaire/{slug}`: a published profile, for people and search
//! engines (schema.org JSON-LD).

use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use essaim_domain::markup::{SafeHtml, markdown_to_html};
use essaim_domain::providers::ProviderRecord;
use essaim_domain::{Locale, geo};
use serde_json::json;

use essaim_app::providers::contact::Readers;

use super::views;
use crate::kit::Problems;
use crate::page::{Layout, render};
use crate::{AppError, AppState};

pub struct ReferenceView {
    pub association: String,
    pub year: i32,
    pub summary: String,
    pub outcome: String,
    pub supports: Vec<&'static str>,
    pub tools: Vec<String>,
}

#[derive(Template)]
#[template(path = "directory/profile.html")]
struct ProfilePage {
    l: Layout,
    p: Arc<ProviderRecord>,
    description: SafeHtml,
    place: String,
    region: String,
    zone: String,
    structure: &'static str,
    team_size: &'static str,
    supports: Vec<&'static str>,
    sizes: Vec<&'static str>,
    modalities: Vec<&'static str>,
    tools: Vec<String>,
    pricing_flags: Vec<&'static str>,
    availability: &'static str,
    availability_class: crate::html::Code,
    verified: String,
    updated: String,
    references: Vec<ReferenceView>,
    position: Option<(String, String)>,
    tile_url: String,
    attribution: String,
    json_ld: String,
    stale: bool,
    /// In the provider space: the banner and the way back.
    preview: Option<(String, String)>,
    contact: ContactForm,
    /// A report about the profile was just sent.
    reported: bool,
    showcase: Showcase,
}

/// What a profile shows beyond its record: the courses its managers chose
/// to show, and its shared maintenance pools.
#[derive(Default)]
pub struct Showcase {
    pub courses: Vec<CourseBadge>,
    /// (path, title)
    pub pools: Vec<(String, String)>,
}

/// A course the profile's managers completed, with the page that checks
/// its attestation.
pub struct CourseBadge {
    pub title: String,
    pub course_path: String,
    pub verify_path: String,
}

/// The courses a profile shows, when its managers chose to, and its
/// maintenance pools.
pub async fn showcase(state: &AppState, slug: &str) -> Result<Showcase, AppError> {
    let Some(row) = state.db().provider_by_slug(slug).await? else {
        return Ok(Showcase::default());
    };
    let courses = state
        .db()
        .provider_course_attestations(row.id)
        .await?
        .into_iter()
        .map(|a| CourseBadge {
            title: a.course_title,
            course_path: format!("/parcours/{}", a.course_slug),
            verify_path: format!("/parcours/attestation/{}", a.code),
        })
        .collect();
    let pools = state
        .db()
        .pooling_pools(Some(row.id), None)
        .await?
        .into_iter()
        .map(|p| (essaim_app::pooling::maintenance::pool_path(p.id), p.title))
        .collect();
    Ok(Showcase { courses, pools })
}

/// Who reads what the contact form sends, as the form says it.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    #[default]
    Managers,
    /// Nobody manages the profile: the network's team.
    Network,
    /// Nobody at all: the form is not offered.
    Nobody,
}

impl Audience {
    pub fn of(readers: &Readers) -> Audience {
        match readers {
            Readers::Managers(_) => Audience::Managers,
            Readers::Network(_) => Audience::Network,
            Readers::Nobody => Audience::Nobody,
        }
    }
}

/// The contact form of the page: what was typed, what was wrong, or that
/// the message left.
#[derive(Default)]
pub struct ContactForm {
    pub audience: Audience,
    /// A signed-in member may have a copy, at the address they proved.
    pub can_copy: bool,
    pub errors: Problems,
    pub name: String,
    pub email: String,
    pub association: String,
    pub message: String,
    pub copy: bool,
    pub sent: bool,
}

#[derive(serde::Deserialize)]
pub struct Sent {
    contact: Option<String>,
    signalement: Option<String>,
    /// From an association's plan: the contact form starts with a summary
    /// of it (`plan`: the association, `element`: one item).
    plan: Option<String>,
    element: Option<i64>,
}

pub async fn show(
    State(state): State<AppState>,
    l: Layout,
    Path(slug): Path<String>,
    Query(sent): Query<Sent>,
) -> Result<Response, AppError> {
    let record = published(&state, &slug).await?;
    let readers = essaim_app::providers::contact::readers_of(state.app(), &slug).await?;
    let mut contact = ContactForm {
        audience: Audience::of(&readers),
        can_copy: l.signed_in(),
        sent: sent.contact.as_deref() == Some("envoye"),
        ..ContactForm::default()
    };
    // Only a member of that association gets its plan; anyone else gets
    // the form as usual.
    if let (Some(plan), Some(viewer)) = (sent.plan.as_deref(), l.viewer.as_ref())
        && let Ok((association, message)) = essaim_app::roadmap::summary::contact_message(
            state.app(),
            &viewer.account,
            plan,
            sent.element,
            l.locale,
        )
        .await
    {
        contact.association = association;
        contact.message = message;
        contact.email = viewer.account.email.clone();
    }
    let reported = sent.signalement.as_deref() == Some("envoye");
    let showcase = showcase(&state, &slug).await?;
    Ok(render_profile(
        &state, l, record, None, contact, reported, showcase,
    ))
}

/// A profile as the public sees it, read from the database; 404 when the
/// public may not see it.
pub async fn published(state: &AppState, slug: &str) -> Result<Arc<ProviderRecord>, AppError> {
    state
        .db()
        .published_provider(slug)
        .await?
        .map(Arc::new)
        .ok_or(AppError::NotFound)
}

/// The public page of a record; `preview` marks a provider's preview.
pub fn render_profile(
    state: &AppState,
    l: Layout,
    record: Arc<ProviderRecord>,
    preview: Option<(String, String)>,
    contact: ContactForm,
    reported: bool,
    showcase: Showcase,
) -> Response {
    let locale = l.locale;
    let commune = geo::commune_by_insee(&record.commune);
    let catalogue = state.app().catalogue();
    let tool_names = |slugs: &[String]| -> Vec<String> {
        slugs
            .iter()
            .filter_map(|t| catalogue.tool(t))
            .map(|t| t.name.clone())
            .collect()
    };
    let page = ProfilePage {
        description: markdown_to_html(&record.description),
        place: views::place_of(&record),
        region: commune
            .and_then(|c| geo::region(c.region()))
            .map(|r| r.name.to_string())
            .unwrap_or_default(),
        zone: views::zone(&record, locale),
        structure: record
            .structure
            .map(|s| s.label(locale))
            .unwrap_or_default(),
        team_size: record
            .team_size
            .map(|t| t.label(locale))
            .unwrap_or_default(),
        supports: record
            .support_types
            .iter()
            .map(|s| s.label(locale))
            .collect(),
        // Smallest first, as the search lists them, whatever order they
        // were ticked in.
        sizes: {
            let mut sizes = record.association_sizes.clone();
            sizes.sort_by_key(|s| s.index());
            sizes.iter().map(|s| s.label(locale)).collect()
        },
        modalities: record.modalities.iter().map(|s| s.label(locale)).collect(),
        tools: tool_names(&record.tools),
        pricing_flags: record
            .pricing
            .flags
            .iter()
            .map(|f| f.label(locale))
            .collect(),
        availability: record.availability.label(locale),
        availability_class: views::availability_class(record.availability),
        verified: views::verified(record.last_verified_date(), locale),
        stale: preview.is_none()
            && views::is_stale(
                record.last_verified_date(),
                state.app().today(),
                state.site().stale_after_days,
            ),
        updated: views::updated(&record, locale),
        references: record
            .references
            .iter()
            .map(|r| ReferenceView {
                association: r.association.clone(),
                year: r.year,
                summary: r.summary.clone(),
                outcome: r.outcome.clone(),
                supports: r.support_types.iter().map(|s| s.label(locale)).collect(),
                tools: tool_names(&r.tools),
            })
            .collect(),
        position: commune
            .and_then(|c| c.position())
            .map(|p| (format!("{:.5}", p.lat), format!("{:.5}", p.lon))),
        tile_url: state.site().map_tile_url.clone(),
        attribution: state.site().map_attribution.clone(),
        json_ld: json_ld(
            &record,
            &l.instance.name,
            state.site().public_url.as_ref(),
            locale,
        ),
        p: record,
        preview,
        contact,
        reported,
        showcase,
        l,
    };
    render(&page)
}

/// schema.org Organization, escaped so that it can sit in a `<script>`.
/// The provider is listed as a member of the network that vetted it.
fn json_ld(
    record: &ProviderRecord,
    network: &str,
    public_url: Option<&url::Url>,
    locale: Locale,
) -> String {
    let commune = geo::commune_by_insee(&record.commune);
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": record.name,
        "description": record.pitch,
        "address": {
            "@type": "PostalAddress",
            "addressLocality": commune.map(|c| c.name()),
            "postalCode": commune.map(|c| c.main_postcode()),
            "addressCountry": "FR",
        },
        "knowsAbout": record.support_types.iter().map(|s| s.label(locale)).collect::<Vec<_>>(),
        "memberOf": {"@type": "Organization", "name": network},
    });
    if let Some(website) = &record.website {
        value["sameAs"] = json!(website);
    }
    if let Some(year) = record.founded {
        value["foundingDate"] = json!(year.to_string());
    }
    if let Some(base) = public_url {
        value["memberOf"]["url"] = json!(base.as_str());
        value["url"] = json!(format!(
            "{}annuaire/{}",
            base.as_str().trim_end_matches('/').to_owned() + "/",
            record.slug
        ));
    }
    if let Some(email) = &record.contact.email {
        value["email"] = json!(email);
    }
    crate::html::json_for_script(&value)
}
