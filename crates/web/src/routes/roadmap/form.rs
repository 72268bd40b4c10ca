//! The form of a roadmap item: its inputs as typed, the choices it offers
//! (needs, tools, members), and what a submission says.

use essaim_domain::Locale;
use essaim_domain::catalogue::Catalogue;
use essaim_domain::date::Date;
use essaim_domain::problems::FieldProblem;
use essaim_domain::roadmap::Item;
use essaim_domain::taxonomy::{ItemStatus, Priority};
use essaim_store::AssociationMember;

use crate::kit::FormFields;

/// The inputs of an item's form, as text.
#[derive(Debug, Clone)]
pub struct ItemForm {
    pub need: String,
    pub current_tool: String,
    pub current_other: String,
    pub chosen_tool: String,
    pub priority: String,
    pub status: String,
    pub reason: String,
    pub target_date: String,
    pub owner: String,
    pub notes: String,
}

impl Default for ItemForm {
    fn default() -> Self {
        ItemForm {
            need: String::new(),
            current_tool: String::new(),
            current_other: String::new(),
            chosen_tool: String::new(),
            priority: Priority::Medium.slug().into(),
            status: ItemStatus::ToDo.slug().into(),
            reason: String::new(),
            target_date: String::new(),
            owner: String::new(),
            notes: String::new(),
        }
    }
}

impl ItemForm {
    pub fn of(item: &Item) -> ItemForm {
        ItemForm {
            need: item.need.clone(),
            current_tool: item.current_tool.clone().unwrap_or_default(),
            current_other: item.current_other.clone().unwrap_or_default(),
            chosen_tool: item.chosen_tool.clone().unwrap_or_default(),
            priority: item.priority.slug().into(),
            status: item.status.slug().into(),
            reason: item.reason.clone().unwrap_or_default(),
            target_date: item.target_date.map(|d| d.to_string()).unwrap_or_default(),
            owner: item.owner_id.map(|o| o.to_string()).unwrap_or_default(),
            notes: item.notes.clone(),
        }
    }

    pub fn read(fields: &FormFields) -> ItemForm {
        ItemForm {
            need: fields.text("need"),
            current_tool: fields.text("current_tool"),
            current_other: fields.text("current_other"),
            chosen_tool: fields.text("chosen_tool"),
            priority: fields.text("priority"),
            status: fields.text("status"),
            reason: fields.text("reason"),
            target_date: fields.text("target_date"),
            owner: fields.text("owner"),
            notes: fields.raw("notes").trim().to_string(),
        }
    }

    /// The item the inputs describe, or the problems of reading them (a
    /// date that is not one, an unknown status); the item's own checks
    /// come after.
    pub fn item(&self) -> Result<Item, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let optional = |text: &str| Some(text.trim().to_string()).filter(|t| !t.is_empty());
        let priority = Priority::from_slug(&self.priority).unwrap_or_else(|| {
            problems.push(FieldProblem::new("priority", "roadmap-form-choice"));
            Priority::Medium
        });
        let status = ItemStatus::from_slug(&self.status).unwrap_or_else(|| {
            problems.push(FieldProblem::new("status", "roadmap-form-choice"));
            ItemStatus::ToDo
        });
        let target_date = match optional(&self.target_date) {
            None => None,
            Some(text) => Date::parse(&text).or_else(|| {
                problems.push(
                    FieldProblem::new("target_date", "roadmap-form-date").with("value", &text),
                );
                None
            }),
        };
        let owner_id = match optional(&self.owner) {
            None => None,
            Some(text) => text.parse().ok().or_else(|| {
                problems.push(FieldProblem::new("owner", "roadmap-check-owner"));
                None
            }),
        };
        let item = Item {
            need: self.need.clone(),
            current_tool: optional(&self.current_tool),
            current_other: optional(&self.current_other),
            chosen_tool: optional(&self.chosen_tool),
            priority,
            status,
            reason: optional(&self.reason),
            target_date,
            owner_id,
            notes: self.notes.clone(),
        };
        if problems.is_empty() {
            Ok(item)
        } else {
            Err(problems)
        }
    }
}

/// What the form offers to choose from, in the reader's language.
pub struct Choices {
    /// (slug, name)
    pub needs: Vec<(String, String)>,
    pub proprietary: Vec<(String, String)>,
    pub tools: Vec<(String, String)>,
    pub priorities: Vec<(&'static str, &'static str)>,
    pub statuses: Vec<(&'static str, &'static str)>,
    /// (account id, address)
    pub members: Vec<(String, String)>,
}

impl Choices {
    pub fn of(catalogue: &Catalogue, members: &[AssociationMember], locale: Locale) -> Choices {
        let by_name = |mut items: Vec<(String, String)>| {
            items.sort_by_key(|(_, name)| essaim_domain::text::fold(name));
            items
        };
        Choices {
            needs: catalogue
                .needs()
                .iter()
                .map(|n| (n.slug.clone(), n.name(locale).to_string()))
                .collect(),
            proprietary: by_name(
                catalogue
                    .proprietary()
                    .iter()
                    .map(|p| (p.slug.clone(), p.name.clone()))
                    .collect(),
            ),
            tools: by_name(
                catalogue
                    .tools()
                    .iter()
                    .map(|t| (t.slug.clone(), t.name.clone()))
                    .collect(),
            ),
            priorities: Priority::ALL
                .iter()
                .map(|p| (p.slug(), p.label(locale)))
                .collect(),
            statuses: ItemStatus::ALL
                .iter()
                .map(|s| (s.slug(), s.label(locale)))
                .collect(),
            members: members
                .iter()
                .map(|m| (m.person.account_id.to_string(), m.person.email.clone()))
                .collect(),
        }
    }
}
