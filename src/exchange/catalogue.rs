//! A translation's file: the planner's English words, each followed by its
//! translation, read into a catalogue the interface looks its words up in.
//!
//! The file is plain text a translator can write in any editor:
//!
//! ```text
//! # A comment.
//! Campaigns
//! = Kampagnen
//! ```
//!
//! An entry is a line of English, exactly as the planner shows it, and the
//! next line, `= ` and its translation. Blank lines and lines starting with
//! `#` are left out. English is the key: a word the file lacks is shown in
//! English, so a translation can grow a part at a time.
//!
//! A text with words of its own in it ("Delete “{}”?") holds a `{}` for
//! each, in order; its translation may take them in its own order with
//! `{1}`, `{2}`… ("„{1}“ löschen?"). See [`fill`].

/// The translations of one language, borrowed from the file's text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalogue<'a> {
    entries: Vec<(&'a str, &'a str)>,
}

/// Why a translation's file could not be read: the line (from 1) where an
/// entry is not English followed by `= ` and its translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CatalogueError {
    pub line: usize,
}

impl<'a> Catalogue<'a> {
    /// Reads a translation's file.
    pub fn parse(text: &'a str) -> Result<Self, CatalogueError> {
        let mut entries = Vec::new();
        let mut english: Option<(usize, &'a str)> = None;
        for (index, line) in text.lines().enumerate() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            match (english.take(), line.strip_prefix("= ")) {
                (Some((_, key)), Some(translation)) => entries.push((key, translation)),
                (None, None) => english = Some((index + 1, line)),
                (None, Some(_)) => return Err(CatalogueError { line: index + 1 }),
                (Some((at, _)), None) => return Err(CatalogueError { line: at }),
            }
        }
        match english {
            Some((line, _)) => Err(CatalogueError { line }),
            None => Ok(Self { entries }),
        }
    }

    /// The translation of `english`, if the file has one. A few hundred
    /// entries are looked through in less time than sorting them would take
    /// to pay back.
    pub fn get(&self, english: &str) -> Option<&'a str> {
        self.entries
            .iter()
            .find(|(key, _)| *key == english)
            .map(|(_, translation)| *translation)
    }

    /// Every entry, English first, in the file's order.
    pub fn entries(&self) -> &[(&'a str, &'a str)] {
        &self.entries
    }
}

pub use crate::plan::fill;

#[cfg(test)]
mod tests {
    use super::{fill, Catalogue, CatalogueError};

    #[test]
    fn places_are_filled_in_order_or_by_number() {
        assert_eq!(fill("Delete “{}”?", &[&"Spring"]), "Delete “Spring”?");
        assert_eq!(fill("{} of {} parts", &[&3, &8]), "3 of 8 parts");
        assert_eq!(fill("{2} von {1}", &[&"a", &"b"]), "b von a");
        assert_eq!(fill("{1}, {1}!", &[&"ja"]), "ja, ja!");
        // Nothing to fill it with, or not a place: kept as written.
        assert_eq!(fill("{} and {}", &[&1]), "1 and {}");
        assert_eq!(fill("{3} {x} {", &[&1]), "{3} {x} {");
        assert_eq!(fill("no places", &[&1]), "no places");
        assert_eq!(fill("„{}“ – {}", &[&"ü", &"ß"]), "„ü“ – ß");
    }

    #[test]
    fn entries_are_read_past_comments_blank_lines_and_windows_line_ends() {
        let text = "# German\r\n\r\nCampaigns\r\n= Kampagnen\r\n\nSaved\n= Gespeichert  \n";
        let catalogue = Catalogue::parse(text).expect("a good file");
        assert_eq!(catalogue.get("Campaigns"), Some("Kampagnen"));
        assert_eq!(catalogue.get("Saved"), Some("Gespeichert"));
        assert_eq!(catalogue.get("Calendar"), None);
        assert_eq!(catalogue.get("campaigns"), None);
        assert_eq!(catalogue.entries().len(), 2);
    }

    #[test]
    fn an_entry_without_its_translation_names_its_line() {
        assert_eq!(
            Catalogue::parse("Campaigns\nCalendar\n= Kalender\n"),
            Err(CatalogueError { line: 1 })
        );
        assert_eq!(
            Catalogue::parse("Campaigns\n= Kampagnen\n= Kalender\n"),
            Err(CatalogueError { line: 3 })
        );
        assert_eq!(
            Catalogue::parse("# end\nCampaigns\n"),
            Err(CatalogueError { line: 2 })
        );
        assert_eq!(Catalogue::parse(""), Ok(Catalogue::default()));
        // Not a translation's file at all: the wasm, say.
        assert!(Catalogue::parse("\0asm\u{1}\0\0\0").is_err());
    }
}
