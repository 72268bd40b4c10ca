//! The text of each result, escaped for HTML once when the index is built:
//! a search page would otherwise escape and format the same names, pitches,
//! places and dates on every request.

use essaim_domain::Locale;
use essaim_domain::directory::{Directory, Entry};
use essaim_domain::geo::Commune;

use super::views;
use crate::html::{Escaped, escape};

pub struct Card {
    slug: Box<str>,
    name: Box<str>,
    pitch: Box<str>,
    place: Box<str>,
    /// "vérifiée le 3 mars 2026", in `Locale::ALL` order.
    verified: [Box<str>; 2],
}

impl Card {
    pub fn of(entry: &Entry, place: Option<&Commune>) -> Card {
        Card {
            slug: escape(&entry.slug),
            name: escape(&entry.name),
            pitch: escape(&entry.pitch),
            place: escape(&views::place(place)),
            verified: Locale::ALL
                .map(|locale| escape(&views::verified(entry.last_verified, locale))),
        }
    }

    pub fn slug(&self) -> Escaped<'_> {
        Escaped::trusted(&self.slug)
    }

    pub fn name(&self) -> Escaped<'_> {
        Escaped::trusted(&self.name)
    }

    pub fn pitch(&self) -> Escaped<'_> {
        Escaped::trusted(&self.pitch)
    }

    pub fn place(&self) -> Escaped<'_> {
        Escaped::trusted(&self.place)
    }

    pub fn verified(&self, locale: Locale) -> Escaped<'_> {
        Escaped::trusted(&self.verified[locale.index()])
    }
}

/// One card per entry of the index, by entry number.
pub fn of_directory(directory: &Directory) -> Vec<Card> {
    directory
        .entries()
        .iter()
        .enumerate()
        .map(|(number, entry)| Card::of(entry, directory.place(number)))
        .collect()
}
