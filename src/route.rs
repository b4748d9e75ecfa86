//! The planner's addresses: which page a hash fragment (`#/calendar?view=week`)
//! or an embed's remembered place names, and the fragment of each page. Pure,
//! so every address is tested natively; `ui::route` keeps the current place
//! and follows the browser's back and forward.

/// A page of the planner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Overview,
    Plans,
    Strategy,
    Campaigns,
    Campaign {
        id: String,
    },
    Calendar,
    Measure,
    /// The strategy's revisions.
    History,
    /// The calendar's exports: the calendar file.
    Export,
    /// The strategy, its campaigns and the next month laid out for paper.
    Print,
    /// A plan carried in the link (`?plan=…`), shown read-only.
    Shared,
    NotFound,
}

impl Route {
    /// The page at `path` (`/campaigns/c1`); [`Route::NotFound`] for any
    /// other. One slash at the end is allowed, as a user may type it.
    pub fn recognize(path: &str) -> Self {
        let path = match path.strip_suffix('/') {
            Some(rest) if !rest.is_empty() => rest,
            _ => path,
        };
        match path {
            "" | "/" => Self::Overview,
            "/plans" => Self::Plans,
            "/strategy" => Self::Strategy,
            "/campaigns" => Self::Campaigns,
            "/calendar" => Self::Calendar,
            "/measure" => Self::Measure,
            "/strategy/history" => Self::History,
            "/calendar/export" => Self::Export,
            "/strategy/print" => Self::Print,
            crate::exchange::share::PATH => Self::Shared,
            _ => match path.strip_prefix("/campaigns/") {
                Some(id) if !id.is_empty() && !id.contains('/') => {
                    Self::Campaign { id: id.to_owned() }
                }
                _ => Self::NotFound,
            },
        }
    }

    /// The section of the workflow a page belongs to, as the navigation
    /// names it: a brief is in Campaigns, the history in Strategy, the
    /// exports in Calendar, the printable strategy in Strategy, a shared
    /// plan in Plans; every other page is its own.
    pub fn section(&self) -> Route {
        match self {
            Self::Campaign { .. } => Self::Campaigns,
            Self::History | Self::Print => Self::Strategy,
            Self::Export => Self::Calendar,
            Self::Shared => Self::Plans,
            other => other.clone(),
        }
    }

    /// The page's path, which [`Route::recognize`] reads back.
    pub fn to_path(&self) -> String {
        match self {
            Self::Overview => "/".into(),
            Self::Plans => "/plans".into(),
            Self::Strategy => "/strategy".into(),
            Self::Campaigns => "/campaigns".into(),
            Self::Campaign { id } => format!("/campaigns/{id}"),
            Self::Calendar => "/calendar".into(),
            Self::Measure => "/measure".into(),
            Self::History => "/strategy/history".into(),
            Self::Export => "/calendar/export".into(),
            Self::Print => "/strategy/print".into(),
            Self::Shared => crate::exchange::share::PATH.into(),
            Self::NotFound => "/not-found".into(),
        }
    }
}

/// The part of the strategy a Strategy page's query names
/// (`?part=audience`); `None` when it names none of the eight.
pub fn strategy_part(query: &str) -> Option<crate::plan::Part> {
    query
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("part="))
        .and_then(crate::plan::Part::from_slug)
}

/// The query of the Strategy page showing `part`, which [`strategy_part`]
/// reads back.
pub fn part_query(part: crate::plan::Part) -> String {
    format!("part={}", part.slug())
}

/// Where the planner is: the page, the path that named it, and the query
/// after it (with its `?`, or empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub route: Route,
    pub path: String,
    pub query: String,
}

impl Default for Place {
    fn default() -> Self {
        Self::new(&Route::Overview, "")
    }
}

impl Place {
    /// The page `route` with the query `query` (without its `?`).
    pub fn new(route: &Route, query: &str) -> Self {
        Self {
            route: route.clone(),
            path: route.to_path(),
            query: match query.trim_start_matches('?') {
                "" => String::new(),
                query => format!("?{query}"),
            },
        }
    }

    /// The place a hash fragment names (`#/calendar?view=week`). A fragment
    /// that is not a path (empty, or a host page's own anchor such as
    /// `#pricing`) is the overview: it was never one of the planner's.
    pub fn from_hash(hash: &str) -> Self {
        let fragment = hash.strip_prefix('#').unwrap_or(hash);
        if !fragment.starts_with('/') {
            return Self::default();
        }
        let (path, query) = match fragment.find('?') {
            Some(at) => fragment.split_at(at),
            None => (fragment, ""),
        };
        let path = if path.starts_with('/') {
            path.to_owned()
        } else {
            format!("/{path}")
        };
        Self {
            route: Route::recognize(&path),
            path,
            query: if query == "?" {
                String::new()
            } else {
                query.to_owned()
            },
        }
    }

    /// Where a planner starts. With hash routing, the page's fragment names
    /// it; a planner that keeps its place in memory leaves the host's
    /// fragment alone, except for a shared plan's link, which is meant for
    /// it wherever it is.
    pub fn first(hash: &str, hash_routing: bool) -> Self {
        let place = Self::from_hash(hash);
        if hash_routing || place.route == Route::Shared {
            place
        } else {
            Self::default()
        }
    }

    /// The hash fragment of this place, which [`Place::from_hash`] reads back.
    pub fn hash(&self) -> String {
        format!("#{}{}", self.path, self.query)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_route() -> Vec<Route> {
        vec![
            Route::Overview,
            Route::Plans,
            Route::Strategy,
            Route::Campaigns,
            Route::Campaign { id: "c-1f".into() },
            Route::Calendar,
            Route::Measure,
            Route::History,
            Route::Export,
            Route::Print,
            Route::Shared,
            Route::NotFound,
        ]
    }

    /// A link's href under hash routing, as the router writes it.
    fn href(route: &Route) -> String {
        Place::new(route, "").hash()
    }

    #[test]
    fn every_page_reads_back_from_its_own_path_and_href() {
        for route in every_route() {
            assert_eq!(Route::recognize(&route.to_path()), route);
            assert_eq!(Place::from_hash(&href(&route)).route, route);
        }
    }

    #[test]
    fn the_pages_have_the_addresses_links_and_bookmarks_use() {
        assert_eq!(href(&Route::Overview), "#/");
        assert_eq!(href(&Route::Campaign { id: "c7".into() }), "#/campaigns/c7");
        assert_eq!(href(&Route::Calendar), "#/calendar");
        assert_eq!(href(&Route::History), "#/strategy/history");
    }

    #[test]
    fn each_page_is_in_its_sections_navigation() {
        assert_eq!(Route::Export.section(), Route::Calendar);
        assert_eq!(Route::History.section(), Route::Strategy);
        assert_eq!(
            Route::Campaign { id: "c7".into() }.section(),
            Route::Campaigns
        );
        for route in every_route() {
            // A section is its own, and the pages in it lead back to it.
            assert_eq!(route.section().section(), route.section());
        }
        assert_eq!(Route::Measure.section(), Route::Measure);
        assert_eq!(Route::Print.section(), Route::Strategy);
        assert_eq!(Route::Shared.section(), Route::Plans);
    }

    #[test]
    fn a_shared_link_opens_its_page_with_the_plan_in_the_query() {
        let place = Place::from_hash("#/shared?plan=eJyrVg");
        assert_eq!(place.route, Route::Shared);
        assert_eq!(place.query, "?plan=eJyrVg");
        assert_eq!(href(&Route::Print), "#/strategy/print");
    }

    #[test]
    fn a_planner_in_memory_starts_on_the_overview_unless_the_link_is_a_shared_plan() {
        assert_eq!(Place::first("#/calendar", false), Place::default());
        assert_eq!(Place::first("#pricing", false), Place::default());
        assert_eq!(
            Place::first("#/shared?plan=eJy", false).route,
            Route::Shared
        );
        assert_eq!(Place::first("#/calendar", true).route, Route::Calendar);
    }

    #[test]
    fn each_part_of_the_strategy_has_an_address_of_its_own() {
        use crate::plan::Part;
        for part in Part::ALL {
            let place = Place::new(&Route::Strategy, &part_query(part));
            let back = Place::from_hash(&place.hash());
            assert_eq!(back.route, Route::Strategy);
            assert_eq!(strategy_part(&back.query), Some(part));
        }
        assert_eq!(
            Place::new(&Route::Strategy, &part_query(Part::Story)).hash(),
            "#/strategy?part=story"
        );
        // With other words around it, or none; a name of no part is none.
        assert_eq!(strategy_part("?x=1&part=people"), Some(Part::People));
        for query in [
            "",
            "?",
            "?part=",
            "?part=campaign",
            "?part=Story",
            "?parts=story",
        ] {
            assert_eq!(strategy_part(query), None, "{query}");
        }
    }

    #[test]
    fn a_slash_at_the_end_is_the_same_page() {
        assert_eq!(Route::recognize("/strategy/"), Route::Strategy);
        assert_eq!(
            Route::recognize("/campaigns/c1/"),
            Route::Campaign { id: "c1".into() }
        );
        assert_eq!(Route::recognize("/"), Route::Overview);
    }

    #[test]
    fn anything_else_is_not_found() {
        for path in ["/nowhere", "/campaigns/a/b", "/Strategy", "/strategy/x"] {
            assert_eq!(Route::recognize(path), Route::NotFound, "{path}");
        }
    }

    #[test]
    fn a_fragment_gives_its_page_path_and_query() {
        let place = Place::from_hash("#/calendar?view=week&date=2026-12-01");
        assert_eq!(place.route, Route::Calendar);
        assert_eq!(place.path, "/calendar");
        assert_eq!(place.query, "?view=week&date=2026-12-01");
        assert_eq!(place.hash(), "#/calendar?view=week&date=2026-12-01");
    }

    #[test]
    fn an_empty_or_bare_fragment_is_the_overview() {
        for hash in ["", "#", "#/", "/"] {
            let place = Place::from_hash(hash);
            assert_eq!(place.route, Route::Overview, "{hash:?}");
            assert_eq!(place.query, "");
        }
        assert_eq!(Place::from_hash("#/?").query, "");
    }

    #[test]
    fn an_unknown_fragment_keeps_what_was_asked_for() {
        let place = Place::from_hash("#/old-page?x=1");
        assert_eq!(place.route, Route::NotFound);
        assert_eq!(place.path, "/old-page");
        // A host page's own anchor is not one of the planner's addresses.
        for anchor in ["#pricing", "#plans", "#wbg_style=display-none"] {
            assert_eq!(Place::from_hash(anchor), Place::default(), "{anchor}");
        }
    }

    #[test]
    fn a_place_is_made_from_a_page_and_a_query() {
        assert_eq!(
            Place::new(&Route::Calendar, "view=list").hash(),
            "#/calendar?view=list"
        );
        assert_eq!(Place::new(&Route::Calendar, "").hash(), "#/calendar");
        assert_eq!(
            Place::new(&Route::Calendar, "?view=list").query,
            "?view=list"
        );
        assert_eq!(Place::default().hash(), "#/");
    }
}
