//! The planner's look: as the system sets it (light or dark), or the one the
//! user chose, remembered in this browser.

/// A theme the user can choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Light or dark as the system is (`prefers-color-scheme`).
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Self::System, Self::Light, Self::Dark];

    /// As it is stored, and in the choice's value.
    pub fn key(self) -> &'static str {
        match self {
            Self::System => "system",
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }

    /// What is stored, read back; anything else is the system's.
    pub fn from_key(key: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|t| t.key() == key)
            .unwrap_or_default()
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::System => "As the system",
            Self::Light => "Light",
            Self::Dark => "Dark",
        }
    }

    /// The root's `data-theme`: none to follow the system.
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            Self::System => None,
            theme => Some(theme.key()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Theme;

    #[test]
    fn a_theme_is_kept_by_its_key_and_anything_else_follows_the_system() {
        for theme in Theme::ALL {
            assert_eq!(Theme::from_key(theme.key()), theme);
        }
        assert_eq!(Theme::from_key(""), Theme::System);
        assert_eq!(Theme::from_key("DARK"), Theme::System);
        assert_eq!(Theme::System.attribute(), None);
        assert_eq!(Theme::Dark.attribute(), Some("dark"));
        let labels: Vec<_> = Theme::ALL.iter().map(|t| t.label()).collect();
        assert_eq!(labels, ["As the system", "Light", "Dark"]);
    }
}
