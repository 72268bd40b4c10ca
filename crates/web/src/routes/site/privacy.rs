//! `/confidentialite`: what Essaim stores, why, and for how long.

use askama::Template;
use axum::response::Response;

use crate::page::{Layout, render};

#[derive(Template)]
#[template(path = "site/privacy.html")]
struct PrivacyPage {
    l: Layout,
}

pub async fn show(l: Layout) -> Response {
    render(&PrivacyPage { l })
}
