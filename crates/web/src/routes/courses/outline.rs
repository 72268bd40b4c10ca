//! A course's modules and units as the course page and each unit's
//! page list them, with what the reader finished.

use essaim_app::courses::Outline;
use essaim_domain::courses::UnitKind;
use essaim_store::UnitRow;

use crate::i18n::translate_with;
use crate::page::Layout;

pub struct UnitLine {
    pub path: String,
    pub title: String,
    /// "Leçon · 10 min", "Quiz".
    pub meta: String,
    pub finished: bool,
    pub current: bool,
}

pub struct ModuleView {
    pub title: String,
    pub percent: u8,
    pub units: Vec<UnitLine>,
}

pub fn unit_path(course: &str, unit: &UnitRow) -> String {
    format!("/parcours/{course}/{}", unit.slug)
}

pub fn kind_label(l: &Layout, unit: &UnitRow) -> String {
    let kind = UnitKind::from_slug(&unit.kind).unwrap_or(UnitKind::Lesson);
    l.text(kind.label_key()).into_owned()
}

pub fn modules(l: &Layout, course: &str, outline: &Outline, current: &str) -> Vec<ModuleView> {
    outline
        .modules
        .iter()
        .map(|(module, units)| ModuleView {
            title: module.title.clone(),
            percent: outline.module_percent(units),
            units: units
                .iter()
                .map(|unit| {
                    let kind = kind_label(l, unit);
                    UnitLine {
                        path: unit_path(course, unit),
                        title: unit.title.clone(),
                        meta: match unit.minutes {
                            Some(minutes) => format!(
                                "{kind} · {}",
                                translate_with(
                                    l.locale,
                                    "courses-minutes",
                                    &[("minutes", minutes.into())]
                                )
                            ),
                            None => kind,
                        },
                        finished: outline.finished(unit),
                        current: unit.slug == current,
                    }
                })
                .collect(),
        })
        .collect()
}
