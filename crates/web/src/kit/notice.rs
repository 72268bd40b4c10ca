//! A page with a title, some paragraphs and at most one link: what a form
//! says once it is done.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::page::{Layout, render};
use crate::{AppState, i18n};

/// A page with a title, some paragraphs and at most one link.
#[derive(Template)]
#[template(path = "notice.html")]
pub struct Notice {
    pub l: Layout,
    pub title: String,
    pub paragraphs: Vec<String>,
    pub outbox: Option<String>,
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
            outbox: None,
            link: None,
            l,
        }
    }

    pub fn link(mut self, href: &'static str, label_key: &str) -> Notice {
        self.link = Some((href, self.l.text(label_key).into_owned()));
        self
    }

    /// On an instance writing emails to files, says where to find them.
    pub fn with_outbox_hint(mut self, state: &AppState) -> Notice {
        if let essaim_app::Mailer::File { dir, .. } = state.app().mailer() {
            self.outbox = Some(i18n::translate_with(
                self.l.locale,
                "notice-outbox-hint",
                &[("dir", dir.display().to_string().into())],
            ));
        }
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
