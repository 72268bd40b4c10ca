//! Writing on the forum: `GET|POST /communaute/nouveau` starts a topic,
//! `POST /communaute/t/{id}` replies. A "save draft" button (`brouillon`)
//! keeps the words on the server instead. A refused form comes back with
//! every word the member typed.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use essaim_app::community::draft::{self, Place};
use essaim_app::community::may_start;
use essaim_app::community::member::NameChoice;
use essaim_app::community::post::{NewTopic, reply as add_reply, start_topic};
use essaim_domain::problems::FieldProblem;
use serde::Deserialize;

use super::topic::{TopicQuery, page as topic_page};
use crate::auth::CurrentUser;
use crate::kit::{FormFields, Problems, field_problems, refused, see_other};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

/// What the reply form sends back.
#[derive(Debug, Clone, Default)]
pub struct ReplyForm {
    pub body: String,
    pub handle: String,
    pub display_name: String,
}

impl ReplyForm {
    fn read(fields: &FormFields) -> ReplyForm {
        ReplyForm {
            body: fields.raw("body"),
            handle: fields.text("handle"),
            display_name: fields.text("display_name"),
        }
    }

    fn name(&self) -> Option<NameChoice> {
        (!self.handle.is_empty() || !self.display_name.is_empty()).then(|| NameChoice {
            handle: self.handle.clone(),
            display_name: self.display_name.clone(),
        })
    }
}

pub async fn reply(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Path(id): Path<i64>,
    fields: FormFields,
) -> Result<Response, AppError> {
    let form = ReplyForm::read(&fields);
    if fields.checked("brouillon") {
        let problems = match draft::save(
            state.app(),
            &user.account,
            Place::Reply(id),
            "",
            "",
            &form.body,
        )
        .await
        {
            Ok(()) => {
                return Ok(see_other(&format!(
                    "/communaute/t/{id}?fait=brouillon#repondre"
                )));
            }
            Err(error) => field_problems(error)?,
        };
        let page = topic_page(&state, l, id, Some(form), problems, &TopicQuery::default()).await?;
        return Ok(refused(&page));
    }
    let name = form.name();
    let problems = match add_reply(state.app(), &user.account, id, &form.body, name.as_ref()).await
    {
        Ok(posted) if posted.held => {
            return Ok(see_other(&format!(
                "/communaute/t/{id}?fait=attente#m{}",
                posted.number
            )));
        }
        Ok(posted) => return Ok(see_other(&format!("/communaute/t/{id}#m{}", posted.number))),
        Err(essaim_app::Error::Conflict(key)) => vec![FieldProblem::new("body", key)],
        Err(error) => field_problems(error)?,
    };
    let page = topic_page(&state, l, id, Some(form), problems, &TopicQuery::default()).await?;
    Ok(refused(&page))
}

/// What the new topic form sends back.
#[derive(Debug, Clone, Default)]
pub struct TopicForm {
    pub category: String,
    pub title: String,
    pub reply: ReplyForm,
}

#[derive(Template)]
#[template(path = "community/new_topic.html")]
struct NewTopicPage {
    l: Layout,
    f: TopicForm,
    form: ReplyForm,
    categories: Vec<(String, String)>,
    needs_name: bool,
    errors: Problems,
    draft_saved: bool,
    /// The topic just written waits for a moderator.
    held: bool,
}

#[derive(Deserialize)]
pub struct NewTopicQuery {
    categorie: Option<String>,
    fait: Option<String>,
}

async fn new_topic_page(
    state: &AppState,
    l: Layout,
    account: &essaim_store::Account,
    f: TopicForm,
    problems: Vec<FieldProblem>,
    draft_saved: bool,
) -> Result<NewTopicPage, AppError> {
    let categories = state
        .db()
        .community_category_list()
        .await?
        .into_iter()
        .filter(|c| may_start(account, c))
        .map(|c| (c.slug, c.name))
        .collect();
    let needs_name = state.db().community_member(account.id).await?.is_none();
    Ok(NewTopicPage {
        form: f.reply.clone(),
        f,
        categories,
        needs_name,
        errors: Problems::new(l.locale, &problems),
        draft_saved,
        held: false,
        l,
    })
}

pub async fn new_topic(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Query(query): Query<NewTopicQuery>,
) -> Result<Response, AppError> {
    let mut f = TopicForm::default();
    if let Some(saved) = draft::find(state.app(), &user.account, Place::NewTopic).await? {
        f.category = saved.category;
        f.title = saved.title;
        f.reply.body = saved.body;
    }
    if let Some(category) = query.categorie {
        f.category = category;
    }
    let draft_saved = query.fait.as_deref() == Some("brouillon");
    let mut page = new_topic_page(&state, l, &user.account, f, Vec::new(), draft_saved).await?;
    page.held = query.fait.as_deref() == Some("attente");
    Ok(render(&page))
}

pub async fn start(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    fields: FormFields,
) -> Result<Response, AppError> {
    let f = TopicForm {
        category: fields.text("category"),
        title: fields.text("title"),
        reply: ReplyForm::read(&fields),
    };
    let problems = if fields.checked("brouillon") {
        match draft::save(
            state.app(),
            &user.account,
            Place::NewTopic,
            &f.category,
            &f.title,
            &f.reply.body,
        )
        .await
        {
            Ok(()) => return Ok(see_other("/communaute/nouveau?fait=brouillon")),
            Err(error) => field_problems(error)?,
        }
    } else {
        let name = f.reply.name();
        let topic = NewTopic {
            category: &f.category,
            title: &f.title,
            body: &f.reply.body,
            name: name.as_ref(),
        };
        match start_topic(state.app(), &user.account, &topic).await {
            Ok(posted) if posted.held => return Ok(see_other("/communaute/nouveau?fait=attente")),
            Ok(posted) => return Ok(see_other(&format!("/communaute/t/{}", posted.topic_id))),
            Err(error) => field_problems(error)?,
        }
    };
    let page = new_topic_page(&state, l, &user.account, f, problems, false).await?;
    Ok(refused(&page))
}
