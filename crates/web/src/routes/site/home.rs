use askama::Template;
use axum::response::Response;

use crate::page::{Layout, render};

#[derive(Template)]
#[template(path = "site/home.html")]
struct HomePage {
    l: Layout,
}

pub async fn show(l: Layout) -> Response {
    render(&HomePage { l })
}
