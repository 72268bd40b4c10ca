//! `GET /catalogue`: the free tools by need, with what each need is met by
//! today, and a way to look up what replaces a given proprietary tool.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use super::helpers::{ToolCard, provider_counts};
use super::replace_path;
use crate::AppState;
use crate::page::{Layout, render};

pub struct NeedSection {
    pub slug: String,
    pub name: String,
    /// The proprietary tools used for it: (name, address of what replaces it).
    pub today: Vec<(String, String)>,
    pub tools: Vec<ToolCard>,
}

#[derive(Template)]
#[template(path = "catalogue/index.html")]
struct CataloguePage {
    l: Layout,
    needs: Vec<NeedSection>,
    /// (slug, name) of every proprietary tool, by name.
    proprietary: Vec<(String, String)>,
}

pub async fn show(State(state): State<AppState>, l: Layout) -> Response {
    let published = state.directory().get();
    let catalogue = published.index.catalogue();
    let counts = provider_counts(&published);
    let locale = l.locale;
    let needs = catalogue
        .needs()
        .iter()
        .map(|need| NeedSection {
            slug: need.slug.clone(),
            name: need.name(locale).to_string(),
            today: catalogue
                .proprietary_for_need(&need.slug)
                .map(|p| (p.name.clone(), replace_path(&p.slug)))
                .collect(),
            tools: catalogue
                .tools_for_need(&need.slug)
                .map(|tool| {
                    let count = catalogue
                        .tool_index(&tool.slug)
                        .and_then(|i| counts.get(i).copied())
                        .unwrap_or_default();
                    ToolCard::of(tool, count, locale)
                })
                .collect(),
        })
        .collect();
    let mut proprietary: Vec<(String, String)> = catalogue
        .proprietary()
        .iter()
        .map(|p| (p.slug.clone(), p.name.clone()))
        .collect();
    proprietary.sort_by_key(|(_, name)| essaim_domain::text::fold(name));
    render(&CataloguePage {
        l,
        needs,
        proprietary,
    })
}
