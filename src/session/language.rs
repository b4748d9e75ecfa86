//! The planner's language: English, as the planner is written, or a
//! translation loaded when the user chooses it, remembered in this browser.

/// A language the interface can be shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Language {
    /// The planner's own words: nothing to load.
    #[default]
    English,
    German,
}

impl Language {
    pub const ALL: [Language; 2] = [Self::English, Self::German];

    /// As it is stored, in the choice's value and in the root's `lang`: a
    /// BCP 47 tag, which also asks `Intl` for the language's dates and numbers.
    pub fn key(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::German => "de",
        }
    }

    /// What is stored, read back; `None` for anything else. (Where nothing
    /// is stored, the loader, `planner.js`, starts in the browser's own
    /// language when the build has its words.)
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.key() == key)
    }

    /// Its name in its own words, as the choice shows it to someone who
    /// reads only that language.
    pub fn name(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::German => "Deutsch",
        }
    }

    /// The translation's file, next to the build's other files; none for
    /// English, which is built in.
    pub fn file(self) -> Option<&'static str> {
        match self {
            Self::English => None,
            Self::German => Some("lang/de.txt"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Language;

    #[test]
    fn a_language_is_kept_by_its_tag_and_english_needs_no_file() {
        for language in Language::ALL {
            assert_eq!(Language::from_key(language.key()), Some(language));
        }
        assert_eq!(Language::from_key(""), None);
        assert_eq!(Language::from_key("fr"), None);
        assert_eq!(Language::English.file(), None);
        assert_eq!(Language::German.file(), Some("lang/de.txt"));
        let names: Vec<_> = Language::ALL.iter().map(|l| l.name()).collect();
        assert_eq!(names, ["English", "Deutsch"]);
    }
}
