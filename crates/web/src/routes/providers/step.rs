//! `/espace-prestataire/fiches/{slug}/{step}`: one step of the profile form.
//! Saving keeps the draft even when other steps are still empty.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use essaim_domain::catalogue::Catalogue;
use essaim_domain::geo;
use essaim_domain::i18n::{FluentValue, translate_with};
use essaim_domain::problems::FieldProblem;
use essaim_domain::providers::PITCH_MAX;
use essaim_domain::taxonomy::{
    AssociationSize, Availability, Modality, PricingFlag, Structure, SupportType, TeamSize,
};
use essaim_store::ProviderRow;

use super::record_form::{RecordForm, apply};
use super::steps::Step;
use super::{record_problems, space_path};
use crate::auth::Provider;
use crate::kit::FormFields;
use crate::kit::field_problems;
use crate::kit::{Problems, refused, see_other};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

pub struct StepLink {
    pub number: usize,
    pub title: String,
    pub href: String,
    pub current: bool,
}

pub struct DepartementGroup {
    pub region: &'static str,
    pub departements: Vec<(&'static str, String)>,
}

#[derive(Template)]
#[template(path = "providers/step.html")]
struct StepPage {
    l: Layout,
    name: String,
    overview: String,
    step: &'static str,
    title: String,
    steps: Vec<StepLink>,
    errors: Problems,
    f: RecordForm,
    action: String,
    is_last: bool,
    structures: Vec<(&'static str, &'static str)>,
    team_sizes: Vec<(&'static str, &'static str)>,
    supports: Vec<(&'static str, &'static str)>,
    sizes: Vec<(&'static str, &'static str)>,
    modalities: Vec<(&'static str, &'static str)>,
    pricing_flags: Vec<(&'static str, &'static str)>,
    availabilities: Vec<(&'static str, &'static str)>,
    regions: Vec<(&'static str, &'static str)>,
    departements: Vec<DepartementGroup>,
    tools: Vec<(String, String)>,
    logo: Option<String>,
    logo_page: String,
    pitch_counter: PitchCounter,
}

/// "42 / 280 caractères" under the pitch; the script keeps it current from
/// the same sentence with `{count}` in place of the number.
struct PitchCounter {
    max: usize,
    text: String,
    template: String,
    over_template: String,
}

impl PitchCounter {
    fn of(locale: essaim_domain::Locale, pitch: &str) -> PitchCounter {
        let count = pitch.trim().chars().count();
        let sentence = |key: &str, count: FluentValue<'_>| {
            translate_with(locale, key, &[("count", count), ("max", PITCH_MAX.into())])
        };
        let key = if count > PITCH_MAX {
            "providers-pitch-over"
        } else {
            "providers-pitch-count"
        };
        PitchCounter {
            max: PITCH_MAX,
            text: sentence(key, count.into()),
            template: sentence("providers-pitch-count", "{count}".into()),
            over_template: sentence("providers-pitch-over", "{count}".into()),
        }
    }
}

fn page(
    l: Layout,
    row: &ProviderRow,
    step: Step,
    f: RecordForm,
    errors: Problems,
    catalogue: &Catalogue,
) -> StepPage {
    let locale = l.locale;
    let labels = |items: Vec<(&'static str, &'static str)>| items;
    let pitch_counter = PitchCounter::of(locale, &f.pitch);
    StepPage {
        name: row.profile.name.clone(),
        overview: space_path(&row.slug),
        step: step.slug(),
        title: l.text(step.title_key()).into_owned(),
        steps: Step::ALL
            .iter()
            .map(|s| StepLink {
                number: s.number(),
                title: l.text(s.title_key()).into_owned(),
                href: format!("{}/{}", space_path(&row.slug), s.slug()),
                current: *s == step,
            })
            .collect(),
        errors,
        f,
        action: format!("{}/{}", space_path(&row.slug), step.slug()),
        is_last: step.next().is_none(),
        structures: labels(
            Structure::ALL
                .iter()
                .map(|v| (v.slug(), v.label(locale)))
                .collect(),
        ),
        team_sizes: TeamSize::ALL
            .iter()
            .map(|v| (v.slug(), v.label(locale)))
            .collect(),
        supports: SupportType::ALL
            .iter()
            .map(|v| (v.slug(), v.label(locale)))
            .collect(),
        sizes: AssociationSize::ALL
            .iter()
            .map(|v| (v.slug(), v.label(locale)))
            .collect(),
        modalities: Modality::ALL
            .iter()
            .map(|v| (v.slug(), v.label(locale)))
            .collect(),
        pricing_flags: PricingFlag::ALL
            .iter()
            .map(|v| (v.slug(), v.label(locale)))
            .collect(),
        availabilities: Availability::ALL
            .iter()
            .map(|v| (v.slug(), v.label(locale)))
            .collect(),
        regions: geo::regions().iter().map(|r| (r.code, r.name)).collect(),
        departements: geo::regions()
            .iter()
            .map(|r| DepartementGroup {
                region: r.name,
                departements: geo::departements()
                    .iter()
                    .filter(|d| d.region == r.code)
                    .map(|d| (d.code, format!("{} ({})", d.name, d.code)))
                    .collect(),
            })
            .collect(),
        tools: catalogue
            .tools()
            .iter()
            .map(|t| (t.slug.clone(), t.name.clone()))
            .collect(),
        pitch_counter,
        logo: row.profile.logo.clone(),
        logo_page: format!("{}/logo", space_path(&row.slug)),
        l,
    }
}

pub async fn show(
    State(state): State<AppState>,
    Provider(user): Provider,
    l: Layout,
    Path((slug, step)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let step = Step::from_slug(&step).ok_or(AppError::NotFound)?;
    let row = essaim_app::providers::managed(state.app(), &user.account, &slug).await?;
    let form = RecordForm::of(&row.profile);
    Ok(render(&page(
        l,
        &row,
        step,
        form,
        Problems::none(),
        &state.app().catalogue(),
    )))
}

pub async fn save(
    State(state): State<AppState>,
    Provider(user): Provider,
    l: Layout,
    Path((slug, step)): Path<(String, String)>,
    fields: FormFields,
) -> Result<Response, AppError> {
    let step = Step::from_slug(&step).ok_or(AppError::NotFound)?;
    let row = essaim_app::providers::managed(state.app(), &user.account, &slug).await?;
    let mut record = row.profile.clone();
    let mut choices = Vec::new();
    let mut problems: Vec<FieldProblem> = apply(
        &state.app().catalogue(),
        step,
        &fields,
        &mut record,
        &mut choices,
    );
    if problems.is_empty() && choices.is_empty() {
        match essaim_app::providers::save::save(state.app(), &user.account, &slug, record.clone())
            .await
        {
            Ok(()) => {
                let next = match step.next() {
                    Some(next) => format!("{}/{}", space_path(&slug), next.slug()),
                    None => format!("{}?fait=enregistre", space_path(&slug)),
                };
                return Ok(see_other(&next));
            }
            Err(error) => problems = field_problems(error)?,
        }
    }
    let mut form = RecordForm::of(&record);
    if step == Step::Place {
        form.commune_query = fields.text("commune_query");
        form.commune_choices = choices;
    }
    let errors = record_problems(l.locale, &problems);
    let asks_commune = problems.is_empty() && !form.commune_choices.is_empty();
    let page = page(l, &row, step, form, errors, &state.app().catalogue());
    Ok(if asks_commune {
        render(&page)
    } else {
        refused(&page)
    })
}
