//! `GET /mutualisation/besoins/{id}`: a need with everything about it —
//! the associations that joined (how many, of which sizes and régions),
//! its specification, the quotes and their votes, the campaign with its
//! public ledger, its statuses — and the forms the viewer may use.
//! `GET …/historique`: every version of the specification.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use essaim_domain::geo;
use essaim_domain::markup::{SafeHtml, markdown_to_html};
use essaim_domain::pooling::NeedStatus;
use essaim_domain::pooling::campaign::CampaignState;
use essaim_domain::taxonomy::MemberRole;
use essaim_store::NeedRow;
use serde::Deserialize;

use crate::i18n::translate_with;
use crate::kit::Problems;
use crate::page::{Layout, render};
use crate::{AppError, AppState};

/// A choice of the viewer's: an association or a provider, by slug.
pub struct Choice {
    pub slug: String,
    pub name: String,
}

pub struct QuoteView {
    pub id: i64,
    pub provider: String,
    pub provider_path: String,
    pub amount: String,
    pub deliverables: SafeHtml,
    pub milestones: Vec<String>,
    pub valid_until: String,
    pub expired: bool,
    pub votes_line: String,
    /// The id of its vote form's association field.
    pub vote_field: String,
    /// The viewer's associations that voted for it.
    pub voted_by_mine: Vec<String>,
}

pub struct PledgeView {
    /// Its association's name (or "une association") and its amount.
    pub line: String,
}

pub struct LedgerView {
    pub date: String,
    pub event: String,
    pub association: Option<String>,
    pub amount: String,
    pub total: String,
}

pub struct CampaignView {
    pub state: CampaignState,
    pub state_label: String,
    pub goal: String,
    pub total: String,
    pub percent: u8,
    pub deadline: String,
    pub provider: String,
    pub pledges: Vec<PledgeView>,
    pub ledger: Vec<LedgerView>,
    /// The viewer's associations' pledges: (name, amount, public).
    pub mine: Vec<(String, String, bool)>,
    /// What the pledge form starts with: the viewer's pledge as it
    /// stands, to change it, or what was typed in a refused form.
    pub amount_default: String,
    pub public_default: bool,
}

/// What the forms of the page were sent with, when one was refused.
#[derive(Default)]
pub struct Typed {
    pub specification: Option<String>,
    pub amount: String,
    pub public: bool,
    pub quote_amount: String,
    pub deliverables: String,
    pub milestones: String,
    pub valid_until: String,
    pub deadline: String,
}

#[derive(Template)]
#[template(path = "pooling/need.html")]
pub struct NeedPage {
    pub l: Layout,
    pub path: String,
    pub title: String,
    pub description: SafeHtml,
    pub status: NeedStatus,
    pub status_label: String,
    pub kind_label: String,
    pub tool: Option<(String, String)>,
    pub topic_path: Option<String>,
    pub joined_count: usize,
    pub joined_line: String,
    pub sizes: Vec<(String, usize)>,
    pub regions: Vec<(String, usize)>,
    pub specification: SafeHtml,
    pub specification_text: String,
    pub versions: usize,
    pub versions_line: String,
    pub quotes: Vec<QuoteView>,
    pub campaign: Option<CampaignView>,
    pub statuses: Vec<(String, String)>,
    /// The moves the viewer may make, as (slug, label).
    pub moves: Vec<(&'static str, String)>,
    /// The viewer's associations that have not joined, to join.
    pub may_join: Vec<Choice>,
    /// The viewer's associations that joined (any role), to write the
    /// specification for.
    pub joined_mine: Vec<Choice>,
    /// The viewer's joined associations they are responsable of, to vote.
    pub voters: Vec<Choice>,
    /// Every association the viewer is responsable of, to pledge.
    pub pledgers: Vec<Choice>,
    /// The published profiles the viewer manages, to quote.
    pub quoting_as: Vec<Choice>,
    pub may_choose: bool,
    pub open_to_quotes: bool,
    pub errors: Problems,
    pub typed: Typed,
    pub done: Option<String>,
    pub min_deadline: String,
    pub max_deadline: String,
}

#[derive(Deserialize, Default)]
pub struct DoneQuery {
    pub fait: Option<String>,
}

/// The message shown after an action, by the `fait` of the address.
fn done_message(l: &Layout, done: &str) -> Option<String> {
    let key = match done {
        "propose" => "pooling-done-proposed",
        "nous-aussi" => "pooling-done-joined",
        "cahier" => "pooling-done-specified",
        "statut" => "pooling-done-status",
        "devis" => "pooling-done-quoted",
        "vote" => "pooling-done-voted",
        "campagne" => "pooling-done-campaign",
        "engagement" => "pooling-done-pledged",
        "retrait" => "pooling-done-withdrawn",
        "objectif" => "pooling-done-reached",
        _ => return None,
    };
    Some(l.text(key).into_owned())
}

pub async fn show(
    State(state): State<AppState>,
    l: Layout,
    Path(id): Path<i64>,
    Query(query): Query<DoneQuery>,
) -> Result<Response, AppError> {
    let need = essaim_app::pooling::need(state.app(), id).await?;
    let done = query.fait.as_deref().and_then(|d| done_message(&l, d));
    let mut page = page(&state, l, need, Problems::none(), Typed::default()).await?;
    page.done = done;
    Ok(render(&page))
}

/// The page of `need`, as the viewer sees it, with the problems of a form
/// refused and what it was sent with.
pub async fn page(
    state: &AppState,
    l: Layout,
    need: NeedRow,
    errors: Problems,
    typed: Typed,
) -> Result<NeedPage, AppError> {
    let db = state.db();
    let catalogue = state.app().catalogue();
    let joined = db.pooling_joined(need.id).await?;
    let quotes = db.pooling_quotes(need.id).await?;
    let votes = db.pooling_votes(need.id).await?;
    let campaign = db.pooling_campaigns_of(need.id).await?.into_iter().next();
    let viewer = l.viewer.clone();
    let memberships = match &viewer {
        Some(v) => db.associations_of(v.account.id).await?,
        None => Vec::new(),
    };
    let managed = match &viewer {
        Some(v) => db.providers_managed_by(v.account.id).await?,
        None => Vec::new(),
    };
    let is_joined = |id: i64| joined.iter().any(|j| j.association_id == id);
    let choice = |m: &essaim_store::AssociationMembership| Choice {
        slug: m.association.slug.clone(),
        name: m.association.details.name.clone(),
    };

    let mut sizes: BTreeMap<String, usize> = BTreeMap::new();
    let mut regions: BTreeMap<String, usize> = BTreeMap::new();
    for j in &joined {
        let size = j
            .size
            .map_or_else(|| l.text("pooling-size-unknown"), |s| l.text(s.label_key()));
        *sizes.entry(size.into_owned()).or_default() += 1;
        let region = geo::commune_by_insee(&j.commune)
            .and_then(|c| geo::region(c.region()))
            .map_or_else(
                || l.text("pooling-region-unknown").into_owned(),
                |r| r.name.to_string(),
            );
        *regions.entry(region).or_default() += 1;
    }

    let mut quote_views = Vec::new();
    for q in &quotes {
        let provider = db.provider_by_id(q.provider_id).await?;
        let (name, slug) = provider.map_or((String::new(), String::new()), |p| {
            (p.name().to_string(), p.slug.clone())
        });
        quote_views.push(QuoteView {
            id: q.id,
            provider: name,
            provider_path: format!("/annuaire/{slug}"),
            amount: q.quote.amount.to_string(),
            deliverables: markdown_to_html(&q.quote.deliverables),
            milestones: q.quote.milestones.clone(),
            valid_until: q.quote.valid_until.long(l.locale),
            expired: state.app().today().days_until(q.quote.valid_until) < 0,
            votes_line: translate_with(l.locale, "pooling-votes", &[("count", q.votes.into())]),
            vote_field: format!("association-vote-{}", q.id),
            voted_by_mine: memberships
                .iter()
                .filter(|m| votes.contains(&(m.association.id, q.id)))
                .map(|m| m.association.details.name.clone())
                .collect(),
        });
    }

    let campaign = match campaign {
        None => None,
        Some(c) => {
            let pledges = db.pooling_pledges(c.id).await?;
            let ledger = db.pooling_ledger(c.id).await?;
            let provider = quote_views
                .iter()
                .find(|q| q.id == c.quote_id)
                .map(|q| q.provider.clone())
                .unwrap_or_default();
            let percent = if c.goal.0 > 0 {
                (c.total.0.saturating_mul(100) / c.goal.0).clamp(0, 100) as u8
            } else {
                0
            };
            let mine: Vec<(String, String, bool)> = pledges
                .iter()
                .filter(|p| {
                    memberships
                        .iter()
                        .any(|m| m.association.id == p.association_id)
                })
                .map(|p| (p.association_name.clone(), p.amount.to_string(), p.public))
                .collect();
            let (amount_default, public_default) = if errors.get("montant").is_some() {
                (typed.amount.clone(), typed.public)
            } else {
                mine.first()
                    .map_or((String::new(), true), |(_, amount, public)| {
                        (amount.clone(), *public)
                    })
            };
            Some(CampaignView {
                amount_default,
                public_default,
                state: c.state,
                state_label: l.text(campaign_state_key(c.state)).into_owned(),
                goal: c.goal.to_string(),
                total: c.total.to_string(),
                percent,
                deadline: c.deadline.long(l.locale),
                provider,
                mine,
                pledges: pledges
                    .into_iter()
                    .map(|p| {
                        let name = if p.public {
                            p.association_name
                        } else {
                            l.text("pooling-an-association").into_owned()
                        };
                        PledgeView {
                            line: l.pair(&name, p.amount),
                        }
                    })
                    .collect(),
                ledger: ledger
                    .into_iter()
                    .map(|line| LedgerView {
                        date: l.date(line.at),
                        event: l.text(ledger_event_key(line.event)).into_owned(),
                        association: line.association,
                        amount: line.amount.map(|a| a.to_string()).unwrap_or_default(),
                        total: line.total.to_string(),
                    })
                    .collect(),
            })
        }
    };

    let may_change = viewer
        .as_ref()
        .is_some_and(|v| need.author_id == Some(v.account.id) || v.account.role.can_moderate());
    let moves = if may_change {
        NeedStatus::ALL
            .into_iter()
            .filter(|to| need.status.may_move_to(*to))
            .map(|to| (to.slug(), l.text(to.label_key()).into_owned()))
            .collect()
    } else {
        Vec::new()
    };
    let open_to_quotes = matches!(need.status, NeedStatus::Idea | NeedStatus::Specification);
    let closed = matches!(need.status, NeedStatus::Delivered | NeedStatus::Abandoned);
    let statuses = db
        .pooling_statuses(need.id)
        .await?
        .into_iter()
        .map(|(s, at)| (l.date(at), l.text(s.label_key()).into_owned()))
        .collect();
    let versions = db.pooling_specifications(need.id).await?.len();
    let today = state.app().today();
    Ok(NeedPage {
        path: essaim_app::pooling::need_path(need.id),
        title: need.need.title.clone(),
        description: SafeHtml::from_stored(need.description_html.clone()),
        status: need.status,
        status_label: l.text(need.status.label_key()).into_owned(),
        kind_label: l.text(need.need.kind.label_key()).into_owned(),
        tool: need.need.tool.as_deref().and_then(|slug| {
            catalogue
                .tool(slug)
                .map(|t| (format!("/catalogue/{slug}"), t.name.clone()))
        }),
        topic_path: need.topic_id.map(|t| format!("/communaute/t/{t}")),
        joined_count: joined.len(),
        joined_line: translate_with(
            l.locale,
            "pooling-joined-count",
            &[("count", joined.len().into())],
        ),
        sizes: sizes.into_iter().collect(),
        regions: regions.into_iter().collect(),
        specification: SafeHtml::from_stored(need.specification_html.clone()),
        specification_text: typed
            .specification
            .clone()
            .unwrap_or_else(|| need.specification.clone()),
        versions,
        versions_line: translate_with(l.locale, "pooling-versions", &[("count", versions.into())]),
        quotes: quote_views,
        campaign,
        statuses,
        moves,
        may_join: if closed {
            Vec::new()
        } else {
            memberships
                .iter()
                .filter(|m| !is_joined(m.association.id))
                .map(choice)
                .collect()
        },
        joined_mine: memberships
            .iter()
            .filter(|m| is_joined(m.association.id))
            .map(choice)
            .collect(),
        voters: memberships
            .iter()
            .filter(|m| m.role == MemberRole::Responsable && is_joined(m.association.id))
            .map(choice)
            .collect(),
        pledgers: memberships
            .iter()
            .filter(|m| m.role == MemberRole::Responsable)
            .map(choice)
            .collect(),
        quoting_as: managed
            .iter()
            .filter(|p| p.is_listed())
            .map(|p| Choice {
                slug: p.slug.clone(),
                name: p.name().to_string(),
            })
            .collect(),
        may_choose: may_change && open_to_quotes,
        open_to_quotes,
        errors,
        typed,
        done: None,
        min_deadline: today.add_days(1).to_string(),
        max_deadline: today
            .add_days(essaim_domain::pooling::campaign::DEADLINE_MAX_DAYS)
            .to_string(),
        l,
    })
}

pub fn campaign_state_key(state: CampaignState) -> &'static str {
    match state {
        CampaignState::Open => "pooling-campaign-open",
        CampaignState::Reached => "pooling-campaign-reached",
        CampaignState::Released => "pooling-campaign-released",
    }
}

pub fn ledger_event_key(event: essaim_domain::pooling::campaign::LedgerEvent) -> &'static str {
    use essaim_domain::pooling::campaign::LedgerEvent;
    match event {
        LedgerEvent::Pledged => "pooling-ledger-pledged",
        LedgerEvent::Changed => "pooling-ledger-changed",
        LedgerEvent::Withdrawn => "pooling-ledger-withdrawn",
        LedgerEvent::Reached => "pooling-ledger-reached",
        LedgerEvent::Released => "pooling-ledger-released",
    }
}

pub struct VersionView {
    pub date: String,
    pub association: String,
    pub body: SafeHtml,
}

#[derive(Template)]
#[template(path = "pooling/history.html")]
pub struct HistoryPage {
    pub l: Layout,
    pub title: String,
    pub path: String,
    pub versions: Vec<VersionView>,
}

pub async fn history(
    State(state): State<AppState>,
    l: Layout,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let need = essaim_app::pooling::need(state.app(), id).await?;
    let versions = state
        .db()
        .pooling_specifications(need.id)
        .await?
        .into_iter()
        .map(|v| VersionView {
            date: l.date(v.created_at),
            association: v
                .association
                .unwrap_or_else(|| l.text("pooling-an-association").into_owned()),
            body: markdown_to_html(&v.body),
        })
        .collect();
    Ok(render(&HistoryPage {
        title: need.need.title,
        path: essaim_app::pooling::need_path(need.id),
        versions,
        l,
    }))
}
