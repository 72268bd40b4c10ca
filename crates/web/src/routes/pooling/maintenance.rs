//! `/mutualisation/maintenance`: shared maintenance pools, searched by
//! place (`lieu`, a commune or postcode: the pools that cover its
//! département); `…/proposer` for a provider's managers; a pool's page
//! with its days left, its services, the forms to subscribe, wait or
//! leave, and each month's ledger (`mois`) for those who may see it.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use essaim_app::pooling::maintenance::{
    self, Owed, may_see_ledger, month_ledger, pool_path, this_month,
};
use essaim_domain::geo;
use essaim_domain::markup::{SafeHtml, markdown_to_html};
use essaim_domain::pooling::maintenance::PoolFields;
use essaim_domain::pooling::money::Cents;
use essaim_domain::problems::FieldProblem;
use essaim_domain::taxonomy::MemberRole;
use essaim_store::PoolRow;
use serde::Deserialize;

use super::need::Choice;
use crate::auth::CurrentUser;
use crate::i18n::translate_with;
use crate::kit::{FormFields, Problems, field_problems, refused, see_other};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

/// A pool as a list shows it.
pub struct PoolCard {
    pub path: String,
    pub title: String,
    pub provider: String,
    pub zone: String,
    pub days_line: String,
    pub rate: String,
}

/// The départements' names, for people.
fn zone_of(pool: &PoolRow) -> String {
    pool.departements
        .iter()
        .filter_map(|code| geo::departement(code))
        .map(|d| format!("{} ({})", d.name, d.code))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The name of a pool's provider.
async fn provider_name(state: &AppState, pool: &PoolRow) -> Result<(String, String), AppError> {
    Ok(state
        .db()
        .provider_by_id(pool.provider_id)
        .await?
        .map_or((String::new(), String::new()), |p| {
            (p.name().to_string(), p.slug)
        }))
}

/// The cards of pools, with their days left this month.
pub async fn cards(
    state: &AppState,
    l: &Layout,
    pools: Vec<PoolRow>,
) -> Result<Vec<PoolCard>, AppError> {
    let month = this_month(state.app());
    let mut cards = Vec::new();
    for pool in pools {
        let subscriptions = state.db().pooling_subscriptions(pool.id).await?;
        let taken: Vec<i64> = subscriptions
            .iter()
            .filter(|s| s.active_in(&month))
            .map(|s| s.days)
            .collect();
        let (provider, _) = provider_name(state, &pool).await?;
        cards.push(PoolCard {
            path: pool_path(pool.id),
            zone: zone_of(&pool),
            days_line: translate_with(
                l.locale,
                "pooling-pool-days-left",
                &[
                    ("left", pool.pool.remaining(&taken).max(0).into()),
                    ("total", pool.pool.days_per_month.into()),
                ],
            ),
            rate: pool.pool.day_rate.to_string(),
            title: pool.title,
            provider,
        });
    }
    Ok(cards)
}

#[derive(Deserialize, Default)]
pub struct PlaceQuery {
    pub lieu: Option<String>,
}

#[derive(Template)]
#[template(path = "pooling/pools.html")]
pub struct PoolsPage {
    pub l: Layout,
    pub place: String,
    /// The place typed, understood: its name and département.
    pub found: Option<String>,
    pub unknown: bool,
    pub pools: Vec<PoolCard>,
}

pub async fn list(
    State(state): State<AppState>,
    l: Layout,
    Query(query): Query<PlaceQuery>,
) -> Result<Response, AppError> {
    let place = query
        .lieu
        .unwrap_or_default()
        .trim()
        .chars()
        .take(80)
        .collect::<String>();
    let commune = (!place.is_empty())
        .then(|| geo::find_place(&place))
        .flatten();
    let departement = commune.map(|c| c.departement());
    let unknown = !place.is_empty() && commune.is_none();
    let pools = if unknown {
        Vec::new()
    } else {
        state.db().pooling_pools(None, departement).await?
    };
    let found = commune.map(|c| {
        let dep = geo::departement(c.departement()).map_or("", |d| d.name);
        format!("{} ({dep})", c.name())
    });
    Ok(render(&PoolsPage {
        pools: cards(&state, &l, pools).await?,
        place,
        found,
        unknown,
        l,
    }))
}

#[derive(Default)]
pub struct OfferTyped {
    pub provider: String,
    pub title: String,
    pub description: String,
    pub days_per_month: String,
    pub day_rate: String,
    pub services: String,
    pub departements: String,
}

#[derive(Template)]
#[template(path = "pooling/offer.html")]
pub struct OfferPage {
    pub l: Layout,
    pub f: OfferTyped,
    pub errors: Problems,
    pub providers: Vec<Choice>,
}

async fn offer_page(
    state: &AppState,
    l: Layout,
    account: &essaim_store::Account,
    f: OfferTyped,
    errors: Problems,
) -> Result<OfferPage, AppError> {
    let providers = state
        .db()
        .providers_managed_by(account.id)
        .await?
        .into_iter()
        .filter(|p| p.is_listed())
        .map(|p| Choice {
            name: p.name().to_string(),
            slug: p.slug,
        })
        .collect();
    Ok(OfferPage {
        f,
        errors,
        providers,
        l,
    })
}

pub async fn offer_form(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
) -> Result<Response, AppError> {
    Ok(render(
        &offer_page(
            &state,
            l,
            &user.account,
            OfferTyped::default(),
            Problems::none(),
        )
        .await?,
    ))
}

pub async fn offer(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    form: FormFields,
) -> Result<Response, AppError> {
    let f = OfferTyped {
        provider: form.text("prestataire"),
        title: form.text("titre"),
        description: form.raw("description"),
        days_per_month: form.text("jours_par_mois"),
        day_rate: form.text("tarif"),
        services: form.raw("services"),
        departements: form.text("departements"),
    };
    let fields = PoolFields {
        title: f.title.clone(),
        description: f.description.clone(),
        days_per_month: f.days_per_month.clone(),
        day_rate: f.day_rate.clone(),
        services: f.services.clone(),
        departements: f.departements.clone(),
    };
    match maintenance::offer(state.app(), &user.account, &f.provider, &fields).await {
        Ok(id) => Ok(see_other(&pool_path(id))),
        Err(error) => {
            let problems = field_problems(error)?;
            let errors = Problems::new(l.locale, &problems);
            Ok(refused(
                &offer_page(&state, l, &user.account, f, errors).await?,
            ))
        }
    }
}

#[derive(Template)]
#[template(path = "pooling/pool.html")]
pub struct PoolPage {
    pub l: Layout,
    pub path: String,
    pub title: String,
    pub description: SafeHtml,
    pub provider: String,
    pub provider_path: String,
    pub zone: String,
    pub rate: String,
    pub days_line: String,
    pub full: bool,
    pub services: Vec<(String, String)>,
    pub services_total: String,
    pub subscribers_line: String,
    pub waiting: usize,
    /// The viewer's associations they are responsable of, not subscribed.
    pub may_subscribe: Vec<Choice>,
    /// The viewer's associations subscribed now: (slug, name, days).
    pub subscribed_mine: Vec<(String, String, i64)>,
    pub ledger: Option<Vec<OwedView>>,
    pub ledger_total: String,
    pub month_label: String,
    pub previous_month: String,
    pub next_month: String,
    pub errors: Problems,
    pub days_typed: String,
    pub done: Option<String>,
}

pub struct OwedView {
    pub association: String,
    pub days: i64,
    pub days_cost: String,
    pub share: String,
    pub total: String,
}

#[derive(Deserialize, Default)]
pub struct PoolQuery {
    pub mois: Option<String>,
    pub fait: Option<String>,
}

/// `YYYY-MM` moved by `months`.
fn shift_month(month: &str, months: i32) -> String {
    let year: i32 = month[..4].parse().unwrap_or(2000);
    let number: i32 = month[5..7].parse().unwrap_or(1);
    let index = year * 12 + number - 1 + months;
    format!(
        "{:04}-{:02}",
        index.div_euclid(12),
        index.rem_euclid(12) + 1
    )
}

/// A month typed in the address, if it is one.
fn month_of(typed: &str) -> Option<String> {
    let date = essaim_domain::date::Date::parse(&format!("{typed}-01"))?;
    Some(date.to_string()[..7].to_string())
}

async fn pool_page(
    state: &AppState,
    l: Layout,
    pool: PoolRow,
    month: Option<String>,
    errors: Problems,
    days_typed: String,
) -> Result<PoolPage, AppError> {
    let app = state.app();
    let this_month = this_month(app);
    let month = month.unwrap_or_else(|| this_month.clone());
    let subscriptions = state.db().pooling_subscriptions(pool.id).await?;
    let taken: Vec<i64> = subscriptions
        .iter()
        .filter(|s| s.active_in(&this_month))
        .map(|s| s.days)
        .collect();
    let left = pool.pool.remaining(&taken).max(0);
    let waiting = state.db().pooling_waitlist(pool.id).await?.len();
    let memberships = match &l.viewer {
        Some(v) => state.db().associations_of(v.account.id).await?,
        None => Vec::new(),
    };
    let subscribed_now = |id: i64| {
        subscriptions
            .iter()
            .find(|s| s.association_id == id && s.last_month.is_none())
    };
    let sees_ledger = match &l.viewer {
        Some(v) => may_see_ledger(app, &v.account, &pool, &subscriptions).await?,
        None => false,
    };
    let owed: Vec<Owed> = month_ledger(&pool, &subscriptions, &month);
    let ledger_total = Cents(owed.iter().map(|o| o.total.0).sum());
    let (provider, provider_slug) = provider_name(state, &pool).await?;
    let month_label = essaim_domain::date::Date::parse(&format!("{month}-01"))
        .map(|d| d.month_long(l.locale))
        .unwrap_or_default();
    Ok(PoolPage {
        path: pool_path(pool.id),
        description: markdown_to_html(&pool.description),
        provider_path: format!("/annuaire/{provider_slug}"),
        provider,
        zone: zone_of(&pool),
        rate: pool.pool.day_rate.to_string(),
        days_line: translate_with(
            l.locale,
            "pooling-pool-days-left",
            &[
                ("left", left.into()),
                ("total", pool.pool.days_per_month.into()),
            ],
        ),
        full: left == 0,
        services: pool
            .pool
            .services
            .iter()
            .map(|(name, cost)| (name.clone(), cost.to_string()))
            .collect(),
        services_total: pool.pool.services_cost().to_string(),
        subscribers_line: translate_with(
            l.locale,
            "pooling-pool-subscribers",
            &[("count", taken.len().into())],
        ),
        waiting,
        may_subscribe: memberships
            .iter()
            .filter(|m| {
                m.role == MemberRole::Responsable && subscribed_now(m.association.id).is_none()
            })
            .map(|m| Choice {
                slug: m.association.slug.clone(),
                name: m.association.details.name.clone(),
            })
            .collect(),
        subscribed_mine: memberships
            .iter()
            .filter(|m| m.role == MemberRole::Responsable)
            .filter_map(|m| {
                subscribed_now(m.association.id).map(|s| {
                    (
                        m.association.slug.clone(),
                        m.association.details.name.clone(),
                        s.days,
                    )
                })
            })
            .collect(),
        ledger: sees_ledger.then(|| {
            owed.iter()
                .map(|o| OwedView {
                    association: o.association.clone(),
                    days: o.days,
                    days_cost: o.days_cost.to_string(),
                    share: o.share.to_string(),
                    total: o.total.to_string(),
                })
                .collect()
        }),
        ledger_total: ledger_total.to_string(),
        previous_month: shift_month(&month, -1),
        next_month: shift_month(&month, 1),
        month_label,
        title: pool.title,
        errors,
        days_typed,
        done: None,
        l,
    })
}

pub async fn show(
    State(state): State<AppState>,
    l: Layout,
    Path(id): Path<i64>,
    Query(query): Query<PoolQuery>,
) -> Result<Response, AppError> {
    let pool = maintenance::pool(state.app(), id).await?;
    let month = query.mois.as_deref().and_then(month_of);
    let done = match query.fait.as_deref() {
        Some("inscription") => Some(l.text("pooling-pool-done-subscribed").into_owned()),
        Some("attente") => Some(l.text("pooling-pool-done-waiting").into_owned()),
        Some("depart") => Some(l.text("pooling-pool-done-left").into_owned()),
        _ => None,
    };
    let mut page = pool_page(&state, l, pool, month, Problems::none(), String::new()).await?;
    page.done = done;
    Ok(render(&page))
}

/// Subscribe (`inscrire`), wait (`attendre`) or leave (`quitter`).
pub async fn act(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Path(id): Path<i64>,
    form: FormFields,
) -> Result<Response, AppError> {
    let association = form.text("association");
    let days = form.text("jours");
    let app = state.app();
    let (result, done) = if form.checked("quitter") {
        (
            maintenance::leave(app, &user.account, id, &association).await,
            "depart",
        )
    } else if form.checked("attendre") {
        (
            maintenance::wait(app, &user.account, id, &association, &days).await,
            "attente",
        )
    } else {
        (
            maintenance::subscribe(app, &user.account, id, &association, &days).await,
            "inscription",
        )
    };
    let problems: Vec<FieldProblem> = match result {
        Ok(()) => return Ok(see_other(&format!("{}?fait={done}", pool_path(id)))),
        Err(error) => field_problems(error)?,
    };
    let pool = maintenance::pool(app, id).await?;
    let errors = Problems::new(l.locale, &problems);
    Ok(refused(
        &pool_page(&state, l, pool, None, errors, days).await?,
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn months_move_across_years() {
        assert_eq!(super::shift_month("2026-12", 1), "2027-01");
        assert_eq!(super::shift_month("2026-01", -1), "2025-12");
        assert_eq!(super::month_of("2026-13"), None);
        assert_eq!(super::month_of("2026-02").as_deref(), Some("2026-02"));
    }
}
