//! `GET|POST /mutualisation/proposer`: a member proposes a need for one of
//! their associations; its topic opens on the forum with it. The member
//! without a forum name yet chooses it here.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use essaim_app::community::member::NameChoice;
use essaim_app::pooling::needs::{Proposal, propose};
use essaim_domain::pooling::{NeedFields, NeedKind};

use crate::auth::CurrentUser;
use crate::kit::{FormFields, Problems, field_problems, refused, see_other};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

#[derive(Default)]
pub struct Typed {
    pub title: String,
    pub description: String,
    pub tool: String,
    pub kind: String,
    pub association: String,
    pub handle: String,
    pub display_name: String,
}

#[derive(Template)]
#[template(path = "pooling/propose.html")]
pub struct ProposePage {
    pub l: Layout,
    pub f: Typed,
    pub errors: Problems,
    pub associations: Vec<(String, String)>,
    pub kinds: Vec<(&'static str, String)>,
    pub tools: Vec<(String, String)>,
    /// The member has no forum name yet: the form asks for one.
    pub needs_name: bool,
}

async fn page(
    state: &AppState,
    l: Layout,
    account: &essaim_store::Account,
    f: Typed,
    errors: Problems,
) -> Result<ProposePage, AppError> {
    let associations = state
        .db()
        .associations_of(account.id)
        .await?
        .into_iter()
        .map(|m| (m.association.slug, m.association.details.name))
        .collect();
    let needs_name = state.db().community_member(account.id).await?.is_none();
    let mut tools: Vec<(String, String)> = state
        .app()
        .catalogue()
        .tools()
        .iter()
        .map(|t| (t.slug.clone(), t.name.clone()))
        .collect();
    tools.sort_by_key(|t| t.1.to_lowercase());
    Ok(ProposePage {
        kinds: NeedKind::ALL
            .into_iter()
            .map(|k| (k.slug(), l.text(k.label_key()).into_owned()))
            .collect(),
        tools,
        associations,
        needs_name,
        f,
        errors,
        l,
    })
}

pub async fn form(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
) -> Result<Response, AppError> {
    Ok(render(
        &page(&state, l, &user.account, Typed::default(), Problems::none()).await?,
    ))
}

pub async fn submit(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    form: FormFields,
) -> Result<Response, AppError> {
    let f = Typed {
        title: form.text("titre"),
        description: form.raw("description"),
        tool: form.text("logiciel"),
        kind: form.text("type"),
        association: form.text("association"),
        handle: form.text("handle"),
        display_name: form.text("display_name"),
    };
    let fields = NeedFields {
        title: f.title.clone(),
        description: f.description.clone(),
        tool: Some(f.tool.clone()),
        kind: NeedKind::from_slug(&f.kind),
    };
    let name = (!f.handle.is_empty() || !f.display_name.is_empty()).then(|| NameChoice {
        handle: f.handle.clone(),
        display_name: f.display_name.clone(),
    });
    let proposal = Proposal {
        fields: &fields,
        association: &f.association,
        name: name.as_ref(),
    };
    match propose(state.app(), &user.account, &proposal).await {
        Ok(id) => Ok(see_other(&format!(
            "{}?fait=propose",
            essaim_app::pooling::need_path(id)
        ))),
        Err(error) => {
            let problems = field_problems(error)?;
            let errors = Problems::new(l.locale, &problems);
            Ok(refused(&page(&state, l, &user.account, f, errors).await?))
        }
    }
}
