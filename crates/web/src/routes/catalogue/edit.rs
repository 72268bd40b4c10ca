//! `/moderation/catalogue`: moderators add free tools, proprietary tools
//! and needs, and change them, one form each. Every change goes through
//! `essaim_app::catalogue::edit`, from the revision the form showed.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use essaim_app::catalogue::edit::{Entry, save};
use essaim_domain::catalogue::{Catalogue, FreeTool, Need, ProprietaryTool};

use crate::auth::{Moderator, SignedIn};
use crate::kit::{Done, FormFields, Problems, problems_of, refused, see_other};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

/// How many alternatives a proprietary tool's form offers.
const ALTERNATIVES: usize = 6;

#[derive(Template)]
#[template(path = "catalogue/moderation.html")]
struct ListPage {
    l: Layout,
    /// (address of its form, name, slug)
    tools: Vec<(String, String, String)>,
    proprietary: Vec<(String, String, String)>,
    needs: Vec<(String, String, String)>,
    done: bool,
}

pub async fn list(
    State(state): State<AppState>,
    _moderator: Moderator,
    l: Layout,
    Query(done): Query<Done>,
) -> Result<Response, AppError> {
    let catalogue = essaim_app::catalogue::current(state.db()).await?;
    let line = |list: &str, slug: &str, name: &str| {
        (
            format!("/moderation/catalogue/{list}/{slug}"),
            name.to_string(),
            slug.to_string(),
        )
    };
    Ok(render(&ListPage {
        tools: catalogue
            .tools()
            .iter()
            .map(|t| line("logiciels", &t.slug, &t.name))
            .collect(),
        proprietary: catalogue
            .proprietary()
            .iter()
            .map(|p| line("proprietaires", &p.slug, &p.name))
            .collect(),
        needs: catalogue
            .needs()
            .iter()
            .map(|n| line("besoins", &n.slug, &n.name))
            .collect(),
        done: done.fait.is_some(),
        l,
    }))
}

/// What every entry's form shares.
pub struct FormHead {
    /// The entry's slug when editing it, `None` for a new one.
    pub editing: Option<String>,
    /// The catalogue's revision the form was made from.
    pub revision: i64,
    pub action: String,
    pub errors: Problems,
}

/// A need the form may tick: (slug, name, ticked).
type NeedChoice = (String, String, bool);

#[derive(Template)]
#[template(path = "catalogue/edit_tool.html")]
struct ToolForm {
    l: Layout,
    head: FormHead,
    tool: FreeTool,
    needs: Vec<NeedChoice>,
    /// What it replaces, read-only here: the order belongs to each
    /// proprietary tool.
    replaces: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "catalogue/edit_proprietary.html")]
struct ProprietaryForm {
    l: Layout,
    head: FormHead,
    tool: ProprietaryTool,
    needs: Vec<NeedChoice>,
    /// For each of the alternatives' lists: (slug, name, chosen).
    alternatives: Vec<Vec<(String, String, bool)>>,
}

#[derive(Template)]
#[template(path = "catalogue/edit_need.html")]
struct NeedForm {
    l: Layout,
    head: FormHead,
    need: Need,
    words: String,
}

fn need_choices(catalogue: &Catalogue, ticked: &[String]) -> Vec<NeedChoice> {
    catalogue
        .needs()
        .iter()
        .map(|n| (n.slug.clone(), n.name.clone(), ticked.contains(&n.slug)))
        .collect()
}

/// The current catalogue and its revision, for a form.
async fn current(state: &AppState) -> Result<(i64, Catalogue), AppError> {
    let (revision, document) = state
        .db()
        .catalogue()
        .await?
        .ok_or(AppError::Conflict(essaim_app::catalogue::edit::CHANGED))?;
    let catalogue = Catalogue::new(document)
        .map_err(|_| AppError::internal(anyhow::anyhow!("catalogue incohérent dans la base")))?;
    Ok((revision, catalogue))
}

fn head(list: &str, editing: Option<&str>, revision: i64, errors: Problems) -> FormHead {
    FormHead {
        action: format!(
            "/moderation/catalogue/{list}/{}",
            editing.unwrap_or("nouveau")
        ),
        editing: editing.map(String::from),
        revision,
        errors,
    }
}

/// Saves an entry from its form; when refused, the form again (made by
/// `page` from the current catalogue) with what is wrong.
async fn save_entry<T: Template>(
    state: &AppState,
    moderator: &SignedIn,
    l: Layout,
    (list, slug): (&str, Option<&str>),
    entry: Entry,
    fields: &FormFields,
    page: impl FnOnce(Layout, &Catalogue, FormHead) -> T,
) -> Result<Response, AppError> {
    let revision = fields.text("revision").parse().unwrap_or(-1);
    match save(state.app(), &moderator.account, slug, entry, revision).await {
        Ok(_) => saved(state).await,
        Err(error) => {
            let errors = problems_of(error, l.locale)?;
            let (_, catalogue) = current(state).await?;
            Ok(refused(&page(
                l,
                &catalogue,
                head(list, slug, revision, errors),
            )))
        }
    }
}

/// After a change: this node's directory and pages show it before the
/// moderator's next page (other nodes at their next poll).
async fn saved(state: &AppState) -> Result<Response, AppError> {
    state.directory().refresh(state.db()).await?;
    Ok(see_other("/moderation/catalogue?fait=1"))
}

fn number(fields: &FormFields, name: &str) -> u8 {
    fields.text(name).parse().unwrap_or(0)
}

fn optional(text: String) -> Option<String> {
    Some(text).filter(|t| !t.is_empty())
}

// Free tools.

fn tool_page(l: Layout, catalogue: &Catalogue, head: FormHead, tool: FreeTool) -> ToolForm {
    ToolForm {
        needs: need_choices(catalogue, &tool.needs),
        replaces: catalogue
            .replaced_by(&tool.slug)
            .map(|p| {
                (
                    format!("/moderation/catalogue/proprietaires/{}", p.slug),
                    p.name.clone(),
                )
            })
            .collect(),
        l,
        head,
        tool,
    }
}

pub async fn tool_form(
    State(state): State<AppState>,
    _moderator: Moderator,
    l: Layout,
    slug: Option<Path<String>>,
) -> Result<Response, AppError> {
    let (revision, catalogue) = current(&state).await?;
    let slug = slug.map(|Path(s)| s);
    let tool = match &slug {
        Some(slug) => catalogue.tool(slug).ok_or(AppError::NotFound)?.clone(),
        None => FreeTool {
            slug: String::new(),
            name: String::new(),
            description: String::new(),
            website: String::new(),
            licence: String::new(),
            wikidata: None,
            framalibre: None,
            needs: Vec::new(),
            use_difficulty: 1,
            install_difficulty: 3,
            hosted_offers: false,
        },
    };
    let head = head("logiciels", slug.as_deref(), revision, Problems::none());
    Ok(render(&tool_page(l, &catalogue, head, tool)))
}

pub async fn tool_save(
    State(state): State<AppState>,
    Moderator(moderator): Moderator,
    l: Layout,
    slug: Option<Path<String>>,
    fields: FormFields,
) -> Result<Response, AppError> {
    let slug = slug.map(|Path(s)| s);
    let tool = FreeTool {
        slug: slug.clone().unwrap_or_else(|| fields.text("slug")),
        name: fields.text("name"),
        description: fields.raw("description").trim().to_string(),
        website: essaim_domain::web_address::complete(&fields.text("website")),
        licence: fields.text("licence"),
        wikidata: optional(fields.text("wikidata")),
        framalibre: optional(fields.text("framalibre")),
        needs: fields.all("needs"),
        use_difficulty: number(&fields, "use_difficulty"),
        install_difficulty: number(&fields, "install_difficulty"),
        hosted_offers: fields.checked("hosted_offers"),
    };
    save_entry(
        &state,
        &moderator,
        l,
        ("logiciels", slug.as_deref()),
        Entry::Tool(tool.clone()),
        &fields,
        |l, catalogue, head| tool_page(l, catalogue, head, tool),
    )
    .await
}

// Proprietary tools.

fn proprietary_page(
    l: Layout,
    catalogue: &Catalogue,
    head: FormHead,
    tool: ProprietaryTool,
) -> ProprietaryForm {
    let alternatives = (0..ALTERNATIVES)
        .map(|i| {
            let chosen = tool.alternatives.get(i);
            catalogue
                .tools()
                .iter()
                .map(|t| (t.slug.clone(), t.name.clone(), chosen == Some(&t.slug)))
                .collect()
        })
        .collect();
    ProprietaryForm {
        needs: need_choices(catalogue, &tool.needs),
        alternatives,
        l,
        head,
        tool,
    }
}

pub async fn proprietary_form(
    State(state): State<AppState>,
    _moderator: Moderator,
    l: Layout,
    slug: Option<Path<String>>,
) -> Result<Response, AppError> {
    let (revision, catalogue) = current(&state).await?;
    let slug = slug.map(|Path(s)| s);
    let tool = match &slug {
        Some(slug) => catalogue
            .proprietary_tool(slug)
            .ok_or(AppError::NotFound)?
            .clone(),
        None => ProprietaryTool {
            slug: String::new(),
            name: String::new(),
            vendor: String::new(),
            needs: Vec::new(),
            alternatives: Vec::new(),
        },
    };
    let head = head("proprietaires", slug.as_deref(), revision, Problems::none());
    Ok(render(&proprietary_page(l, &catalogue, head, tool)))
}

pub async fn proprietary_save(
    State(state): State<AppState>,
    Moderator(moderator): Moderator,
    l: Layout,
    slug: Option<Path<String>>,
    fields: FormFields,
) -> Result<Response, AppError> {
    let slug = slug.map(|Path(s)| s);
    let tool = ProprietaryTool {
        slug: slug.clone().unwrap_or_else(|| fields.text("slug")),
        name: fields.text("name"),
        vendor: fields.text("vendor"),
        needs: fields.all("needs"),
        alternatives: fields
            .all("alternatives")
            .into_iter()
            .filter(|a| !a.is_empty())
            .collect(),
    };
    save_entry(
        &state,
        &moderator,
        l,
        ("proprietaires", slug.as_deref()),
        Entry::Proprietary(tool.clone()),
        &fields,
        |l, catalogue, head| proprietary_page(l, catalogue, head, tool),
    )
    .await
}

// Needs.

pub async fn need_form(
    State(state): State<AppState>,
    _moderator: Moderator,
    l: Layout,
    slug: Option<Path<String>>,
) -> Result<Response, AppError> {
    let (revision, catalogue) = current(&state).await?;
    let slug = slug.map(|Path(s)| s);
    let need = match &slug {
        Some(slug) => catalogue.need(slug).ok_or(AppError::NotFound)?.clone(),
        None => Need {
            slug: String::new(),
            name: String::new(),
            name_en: String::new(),
            words: Vec::new(),
        },
    };
    Ok(render(&NeedForm {
        words: need.words.join(", "),
        head: head("besoins", slug.as_deref(), revision, Problems::none()),
        need,
        l,
    }))
}

pub async fn need_save(
    State(state): State<AppState>,
    Moderator(moderator): Moderator,
    l: Layout,
    slug: Option<Path<String>>,
    fields: FormFields,
) -> Result<Response, AppError> {
    let slug = slug.map(|Path(s)| s);
    let words = fields.text("words");
    let need = Need {
        slug: slug.clone().unwrap_or_else(|| fields.text("slug")),
        name: fields.text("name"),
        name_en: fields.text("name_en"),
        words: words
            .split(',')
            .map(|w| w.trim().to_string())
            .filter(|w| !w.is_empty())
            .collect(),
    };
    save_entry(
        &state,
        &moderator,
        l,
        ("besoins", slug.as_deref()),
        Entry::Need(need.clone()),
        &fields,
        |l, _, head| NeedForm {
            words,
            head,
            need,
            l,
        },
    )
    .await
}
