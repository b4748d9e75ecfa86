//! How a planner is set up in a page: the standalone page's, or one embedded in
//! a host site with its own storage key. Pure, so the rules about keys and
//! options are tested natively; the browser side is `ui::mount`.

use thiserror::Error;

/// The storage prefix of the standalone page.
pub const STANDALONE_PREFIX: &str = "social-media-planner:";

/// Embeds store under `social-media-planner@{key}:`, which no key can make
/// overlap the standalone page's prefix or another key's.
const EMBED_PREFIX: &str = "social-media-planner@";

/// Where the language chosen is kept, for the planner whose keys start with
/// `prefix`: under the standalone page's own prefix, or under one for every
/// planner embedded in the site, since a page shows one language in all its
/// planners, chosen in any of them. planner.js reads it there
/// (`{prefix}language`) before the wasm starts.
pub fn language_prefix(prefix: &str) -> &str {
    if prefix.starts_with(EMBED_PREFIX) {
        EMBED_PREFIX
    } else {
        prefix
    }
}

/// The longest storage key accepted.
pub const MAX_KEY_CHARS: usize = 40;

/// The name an embedded planner keeps its plans under, so two planners on
/// one page (or one site) keep separate data.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct StorageKey(String);

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum KeyError {
    #[error(
        "the storage key is empty: give each planner a name such as data-storage-key=\"acme\""
    )]
    Empty,
    #[error("the storage key is longer than {MAX_KEY_CHARS} characters")]
    TooLong,
    #[error("the storage key “{0}” may hold only letters, digits, dots, dashes and underscores")]
    BadCharacters(String),
}

impl StorageKey {
    pub fn parse(text: &str) -> Result<Self, KeyError> {
        let key = text.trim();
        if key.is_empty() {
            return Err(KeyError::Empty);
        }
        if key.chars().count() > MAX_KEY_CHARS {
            return Err(KeyError::TooLong);
        }
        if !key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
        {
            let shown: String = key.chars().take(MAX_KEY_CHARS).collect();
            return Err(KeyError::BadCharacters(shown));
        }
        Ok(Self(key.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Every storage key of this planner starts with this.
    pub fn prefix(&self) -> String {
        format!("{EMBED_PREFIX}{}:", self.0)
    }
}

/// Where a planner keeps the page it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Routing {
    /// In the address's fragment (`#/strategy`): bookmarkable, and back and
    /// forward work. The standalone page's; an embed only when asked, since it
    /// changes the host page's address and history.
    Hash,
    /// In the planner's own memory: the host page's address is never touched.
    #[default]
    Memory,
}

impl Routing {
    pub fn parse(text: Option<&str>) -> Result<Self, OptionError> {
        match text.map(str::trim) {
            None | Some("") | Some("memory") => Ok(Self::Memory),
            Some("hash") => Ok(Self::Hash),
            Some(other) => Err(OptionError::Routing(other.chars().take(40).collect())),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum OptionError {
    #[error("{0}")]
    Key(#[from] KeyError),
    #[error("routing “{0}” is not one of “memory” (the default) or “hash”")]
    Routing(String),
}

/// What an embed is asked for, from its element's `data-` attributes or the
/// options given to `SocialMediaPlanner.mount`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedOptions {
    pub key: StorageKey,
    pub routing: Routing,
}

impl EmbedOptions {
    /// From the raw texts: the storage key (required) and the routing.
    pub fn parse(key: Option<&str>, routing: Option<&str>) -> Result<Self, OptionError> {
        Ok(Self {
            key: StorageKey::parse(key.unwrap_or_default())?,
            routing: Routing::parse(routing)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_a_short_plain_name() {
        assert_eq!(StorageKey::parse(" acme ").unwrap().as_str(), "acme");
        assert_eq!(
            StorageKey::parse("client-2.blog_eu").unwrap().as_str(),
            "client-2.blog_eu"
        );
        assert_eq!(StorageKey::parse(""), Err(KeyError::Empty));
        assert_eq!(StorageKey::parse("   "), Err(KeyError::Empty));
        assert_eq!(
            StorageKey::parse(&"a".repeat(MAX_KEY_CHARS + 1)),
            Err(KeyError::TooLong)
        );
        for bad in ["a:b", "a b", "<script>", "ac/me", "é"] {
            assert!(
                matches!(StorageKey::parse(bad), Err(KeyError::BadCharacters(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn the_language_is_the_standalone_pages_own_and_shared_by_every_embed() {
        let key = |prefix: &str| format!("{}language", language_prefix(prefix));
        assert_eq!(key(STANDALONE_PREFIX), "social-media-planner:language");
        let acme = StorageKey::parse("acme").unwrap().prefix();
        let other = StorageKey::parse("northwind").unwrap().prefix();
        assert_eq!(key(&acme), "social-media-planner@language");
        assert_eq!(key(&acme), key(&other));
        // No planner's own keys: an embed named "language" keeps its plans
        // under "social-media-planner@language:".
        let named = StorageKey::parse("language").unwrap().prefix();
        assert!(!key(&acme).starts_with(&named));
    }

    #[test]
    fn no_key_reaches_into_the_standalone_page_or_another_key() {
        let acme = StorageKey::parse("acme").unwrap().prefix();
        assert_eq!(acme, "social-media-planner@acme:");
        assert!(!acme.starts_with(STANDALONE_PREFIX));
        assert!(!STANDALONE_PREFIX.starts_with(&acme));
        // One key's prefix never starts another's: "acme" and "acme2" differ
        // before the colon that ends each.
        let acme2 = StorageKey::parse("acme2").unwrap().prefix();
        assert!(!acme2.starts_with(&acme) && !acme.starts_with(&acme2));
        let plan = StorageKey::parse("plan").unwrap().prefix();
        assert!(!format!("{STANDALONE_PREFIX}plan:x").starts_with(&plan));
    }

    #[test]
    fn routing_is_memory_unless_hash_is_asked_for() {
        assert_eq!(Routing::parse(None), Ok(Routing::Memory));
        assert_eq!(Routing::parse(Some("")), Ok(Routing::Memory));
        assert_eq!(Routing::parse(Some("memory")), Ok(Routing::Memory));
        assert_eq!(Routing::parse(Some(" hash ")), Ok(Routing::Hash));
        assert!(matches!(
            Routing::parse(Some("history")),
            Err(OptionError::Routing(_))
        ));
    }

    #[test]
    fn options_need_a_key() {
        assert!(matches!(
            EmbedOptions::parse(None, None),
            Err(OptionError::Key(KeyError::Empty))
        ));
        let options = EmbedOptions::parse(Some("acme"), Some("hash")).unwrap();
        assert_eq!(options.key.as_str(), "acme");
        assert_eq!(options.routing, Routing::Hash);
    }
}
