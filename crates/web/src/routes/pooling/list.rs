//! `GET /mutualisation`: the needs, filtered by status, kind and software
//! in the address (`statut`, `type`, `logiciel`), the most recently
//! changed first.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use essaim_domain::pooling::{NeedKind, NeedStatus};
use essaim_store::NeedFilter;
use serde::Deserialize;

use crate::i18n::translate_with;
use crate::page::{Layout, render};
use crate::{AppError, AppState};

#[derive(Deserialize, Default)]
pub struct ListQuery {
    pub statut: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub logiciel: Option<String>,
}

pub struct NeedCard {
    pub path: String,
    pub title: String,
    pub status: String,
    pub kind: String,
    pub tool: Option<String>,
    pub joined: String,
}

#[derive(Template)]
#[template(path = "pooling/list.html")]
pub struct ListPage {
    pub l: Layout,
    pub needs: Vec<NeedCard>,
    pub statuses: Vec<(&'static str, String, bool)>,
    pub kinds: Vec<(&'static str, String, bool)>,
    pub tools: Vec<(String, String, bool)>,
    pub filtered: bool,
}

pub async fn show(
    State(state): State<AppState>,
    l: Layout,
    Query(query): Query<ListQuery>,
) -> Result<Response, AppError> {
    let catalogue = state.app().catalogue();
    let status = query.statut.as_deref().and_then(NeedStatus::from_slug);
    let kind = query.kind.as_deref().and_then(NeedKind::from_slug);
    let tool = query
        .logiciel
        .as_deref()
        .filter(|t| catalogue.tool(t).is_some())
        .map(str::to_string);
    let filter = NeedFilter {
        status,
        kind,
        tool: tool.clone(),
    };
    let rows = state.db().pooling_needs(&filter).await?;
    let counts: HashMap<i64, i64> = state
        .db()
        .pooling_join_counts()
        .await?
        .into_iter()
        .collect();
    let needs = rows
        .into_iter()
        .map(|row| NeedCard {
            path: essaim_app::pooling::need_path(row.id),
            joined: translate_with(
                l.locale,
                "pooling-joined-count",
                &[("count", counts.get(&row.id).copied().unwrap_or(0).into())],
            ),
            status: l.text(row.status.label_key()).into_owned(),
            kind: l.text(row.need.kind.label_key()).into_owned(),
            tool: row
                .need
                .tool
                .as_deref()
                .and_then(|t| catalogue.tool(t))
                .map(|t| t.name.clone()),
            title: row.need.title,
        })
        .collect();
    let mut tools: Vec<(String, String, bool)> = catalogue
        .tools()
        .iter()
        .map(|t| {
            (
                t.slug.clone(),
                t.name.clone(),
                tool.as_deref() == Some(&t.slug),
            )
        })
        .collect();
    tools.sort_by_key(|t| t.1.to_lowercase());
    Ok(render(&ListPage {
        statuses: NeedStatus::ALL
            .into_iter()
            .map(|s| {
                (
                    s.slug(),
                    l.text(s.label_key()).into_owned(),
                    status == Some(s),
                )
            })
            .collect(),
        kinds: NeedKind::ALL
            .into_iter()
            .map(|k| {
                (
                    k.slug(),
                    l.text(k.label_key()).into_owned(),
                    kind == Some(k),
                )
            })
            .collect(),
        tools,
        filtered: status.is_some() || kind.is_some() || tool.is_some(),
        needs,
        l,
    }))
}
