//! The text of each result, escaped for HTML once when the index is built:
//! a search page would otherwise escape and format the same names, pitches,
//! places and dates on every request.

use essaim_domain::Locale;
use essaim_domain::directory::{Directory, Entry};
use essaim_domain::geo::Commune;

use super::views;
use crate::html::{Escaped, EscapedText};

pub struct Card {
    slug: EscapedText,
    name: EscapedText,
    pitch: EscapedText,
    place: EscapedText,
    /// "vérifiée le 3 mars 2026", in `Locale::ALL` order.
    verified: [EscapedText; 2],
}

impl Card {
    pub fn of(entry: &Entry, place: Option<&Commune>) -> Card {
        Card {
            slug: EscapedText::new(&entry.slug),
            name: EscapedText::new(&entry.name),
            pitch: EscapedText::new(&entry.pitch),
            place: EscapedText::new(&views::place(place)),
            verified: Locale::ALL
                .map(|locale| EscapedText::new(&views::verified(entry.last_verified, locale))),
        }
    }

    pub fn slug(&self) -> Escaped<'_> {
        self.slug.html()
    }

    pub fn name(&self) -> Escaped<'_> {
        self.name.html()
    }

    pub fn pitch(&self) -> Escaped<'_> {
        self.pitch.html()
    }

    pub fn place(&self) -> Escaped<'_> {
        self.place.html()
    }

    pub fn verified(&self, locale: Locale) -> Escaped<'_> {
        self.verified[locale.index()].html()
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
