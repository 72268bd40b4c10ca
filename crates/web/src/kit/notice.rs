//! A page with a title, some paragraphs and at most one link: what a form
//! says once it is done.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::page::{Layout, render};

/// A page with a title, some paragraphs and at most one link.
#[derive(Template)]
#[template(path = "notice.html")]
pub struct Notice {
    pub l: Layout,
    pub title: String,
    pub paragraphs: Vec<String>,
    pub link: Option<(&'static str, String)>,
}

impl Notice {
    pub fn new(l: Layout, title_key: &str, paragraph_keys: &[&str]) -> Notice {
        Notice {
            title: l.text(title_key).into_owned(),
            paragraphs: paragraph_keys
                .iter()
                .map(|k| l.text(k).into_owned())
                .collect(),
            link: None,
            l,
        }
    }

    pub fn link(mut self, href: &'static str, label_key: &str) -> Notice {
        self.link = Some((href, self.l.text(label_key).into_owned()));
        self
    }

    pub fn with_status(self, status: StatusCode) -> Response {
        (status, render(&self)).into_response()
    }
}

impl IntoResponse for Notice {
    fn into_response(self) -> Response {
        render(&self)
    }
}
