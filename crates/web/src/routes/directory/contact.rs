//! `POST /annuaire/{slug}/contact`: a visitor writes to a provider. The
//! message is relayed by email; the provider's address stays hidden.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::profile::{Audience, ContactForm, published, render_profile};
use crate::auth::ClientIp;
use crate::kit::FormFields;
use crate::kit::field_problems;
use crate::kit::{Problems, see_other, too_many};
use crate::page::Layout;
use crate::{AppError, AppState};

/// Humans never see this field; bots fill every field they find.
pub const HONEYPOT: &str = "site_web";

pub async fn send(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    l: Layout,
    Path(slug): Path<String>,
    fields: FormFields,
) -> Result<Response, AppError> {
    let record = published(&state, &slug).await?;
    let sent = format!("/annuaire/{slug}?contact=envoye#contact");
    if !fields.text(HONEYPOT).is_empty() {
        tracing::info!(target: "essaim::providers", event = "contact.honeypot", provider = slug);
        return Ok(see_other(&sent));
    }
    state
        .limits()
        .contact_per_ip
        .check(&ip.to_string())
        .map_err(too_many)?;
    let readers = essaim_app::providers::contact::readers_of(state.app(), &slug).await?;
    let form = ContactForm {
        audience: Audience::of(&readers),
        can_copy: l.signed_in(),
        errors: Problems::none(),
        name: fields.text("contact_name"),
        email: fields.text("contact_sender"),
        association: fields.text("contact_association"),
        message: fields.raw("contact_message"),
        copy: fields.checked("contact_copy"),
        sent: false,
    };
    let outcome = essaim_app::providers::contact::send(
        state.app(),
        &slug,
        &essaim_app::providers::contact::ContactForm {
            name: &form.name,
            email: &form.email,
            association: &form.association,
            message: &form.message,
            copy_to: l
                .viewer
                .as_ref()
                .filter(|_| form.copy)
                .map(|viewer| &viewer.account),
        },
    )
    .await;
    match outcome {
        Ok(()) => Ok(see_other(&sent)),
        Err(error) => {
            let problems = field_problems(error)?;
            let form = ContactForm {
                errors: Problems::new(l.locale, &problems),
                ..form
            };
            let showcase = super::profile::showcase(&state, &slug).await?;
            let page = render_profile(&state, l, record, None, form, false, showcase);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}
