//! `GET /api/v1/mutualisation/besoins` (filters `statut`, `logiciel`,
//! `type`) and `GET /api/v1/mutualisation/besoins/{id}`: pooled needs as
//! open data, with the associations counted by size and région (never
//! named), the quotes, and the latest campaign with its public ledger.
//! Amounts are whole cents.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use essaim_domain::geo;
use essaim_domain::pooling::{NeedKind, NeedStatus};
use essaim_store::{NeedFilter, NeedRow};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::AppState;
use crate::i18n::translate_with;
use crate::routes::api::error;

#[derive(Deserialize)]
pub struct NeedQuery {
    statut: Option<String>,
    logiciel: Option<String>,
    #[serde(rename = "type")]
    kind: Option<String>,
}

fn invalid(param: &str, value: &str) -> Response {
    error(
        StatusCode::BAD_REQUEST,
        "parametre_invalide",
        Some(param),
        translate_with(
            essaim_domain::Locale::Fr,
            "pooling-api-invalid",
            &[("param", param.into()), ("value", value.into())],
        ),
    )
}

fn summary(state: &AppState, need: &NeedRow, joined: i64) -> Value {
    let zone = &state.app().settings().time_zone;
    json!({
        "id": need.id,
        "title": need.need.title,
        "kind": need.need.kind.slug(),
        "status": need.status.slug(),
        "tool": need.need.tool,
        "associations": joined,
        "created_at": zone.timestamp(need.created_at),
        "updated_at": zone.timestamp(need.updated_at),
        "url": state.app().links().page(&essaim_app::pooling::need_path(need.id)),
    })
}

pub async fn needs(
    State(state): State<AppState>,
    Query(query): Query<NeedQuery>,
) -> Result<Response, crate::AppError> {
    let given = |value: &Option<String>| value.clone().filter(|v| !v.is_empty());
    let status = match given(&query.statut) {
        None => None,
        Some(slug) => match NeedStatus::from_slug(&slug) {
            Some(status) => Some(status),
            None => return Ok(invalid("statut", &slug)),
        },
    };
    let kind = match given(&query.kind) {
        None => None,
        Some(slug) => match NeedKind::from_slug(&slug) {
            Some(kind) => Some(kind),
            None => return Ok(invalid("type", &slug)),
        },
    };
    let tool = given(&query.logiciel);
    if let Some(slug) = &tool
        && state.app().catalogue().tool(slug).is_none()
    {
        return Ok(invalid("logiciel", slug));
    }
    let rows = state
        .db()
        .pooling_needs(&NeedFilter { status, kind, tool })
        .await?;
    let counts: BTreeMap<i64, i64> = state
        .db()
        .pooling_join_counts()
        .await?
        .into_iter()
        .collect();
    let items: Vec<Value> = rows
        .iter()
        .map(|need| summary(&state, need, counts.get(&need.id).copied().unwrap_or(0)))
        .collect();
    Ok(Json(json!({"total": items.len(), "items": items})).into_response())
}

pub async fn need(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, crate::AppError> {
    let found = match id.parse::<i64>() {
        Ok(id) => state.db().pooling_need(id).await?,
        Err(_) => None,
    };
    let Some(need) = found else {
        return Ok(error(
            StatusCode::NOT_FOUND,
            "introuvable",
            None,
            translate_with(essaim_domain::Locale::Fr, "pooling-api-not-found", &[]),
        ));
    };
    let db = state.db();
    let zone = &state.app().settings().time_zone;
    let joined = db.pooling_joined(need.id).await?;
    let mut sizes: BTreeMap<&str, i64> = BTreeMap::new();
    let mut regions: BTreeMap<&str, i64> = BTreeMap::new();
    for j in &joined {
        *sizes
            .entry(j.size.map_or("inconnue", |s| s.slug()))
            .or_default() += 1;
        let region = geo::commune_by_insee(&j.commune).map_or("inconnue", |c| c.region());
        *regions.entry(region).or_default() += 1;
    }
    let mut quotes = Vec::new();
    for q in db.pooling_quotes(need.id).await? {
        let provider = db.provider_by_id(q.provider_id).await?.map(|p| p.slug);
        quotes.push(json!({
            "id": q.id,
            "provider": provider,
            "amount_cents": q.quote.amount.0,
            "deliverables": q.quote.deliverables,
            "milestones": q.quote.milestones,
            "valid_until": q.quote.valid_until.to_string(),
            "votes": q.votes,
        }));
    }
    let campaign = match db.pooling_campaigns_of(need.id).await?.into_iter().next() {
        None => Value::Null,
        Some(c) => {
            let pledges: Vec<Value> = db
                .pooling_pledges(c.id)
                .await?
                .into_iter()
                .map(|p| json!({"association": p.public.then_some(p.association_name), "amount_cents": p.amount.0}))
                .collect();
            let ledger: Vec<Value> = db
                .pooling_ledger(c.id)
                .await?
                .into_iter()
                .map(|l| {
                    json!({
                        "event": l.event.slug(),
                        "association": l.association,
                        "amount_cents": l.amount.map(|a| a.0),
                        "total_cents": l.total.0,
                        "at": zone.timestamp(l.at),
                    })
                })
                .collect();
            json!({
                "quote": c.quote_id,
                "goal_cents": c.goal.0,
                "total_cents": c.total.0,
                "deadline": c.deadline.to_string(),
                "state": c.state.slug(),
                "pledges": pledges,
                "ledger": ledger,
            })
        }
    };
    let mut body = summary(&state, &need, joined.len() as i64);
    body["description"] = json!(need.need.description);
    body["specification"] = json!(need.specification);
    body["joined"] = json!({"sizes": sizes, "regions": regions});
    body["quotes"] = json!(quotes);
    body["campaign"] = campaign;
    Ok(Json(body).into_response())
}
