//! The browser's storage as room for plans: what it holds, what each plan
//! takes in the compact encoding, when to warn, and whether an import fits.
//! Sizes are in UTF-16 code units, as browsers count `localStorage`; people
//! see them as bytes, two to a unit.

use crate::plan::{said, said_n, words, Said};

/// What Chromium gives one site for `localStorage`, keys and values together,
/// measured by filling it until it refused: 5,242,880 code units (10 MB). The
/// other common browsers give about as much.
pub const CAPACITY_UNITS: usize = 5 * 1024 * 1024;

/// From this share of the site's storage on, the Plans page warns.
pub const WARN_AT_PERCENT: u32 = 80;

/// How many times a plan's file shrinks at most when kept: the busy benchmark
/// plan, all repeated phrases, shrinks 21 times from its JSON to the units it
/// is kept in; plans with varied copy about 8 times. A file more than this
/// many times the storage could never be kept, and is refused before it is read.
const MOST_SHRINK: u64 = 16;

/// The largest file an import reads: beyond it, even compressed, its plans
/// could not fit in the browser's storage (80 MB).
pub const MAX_IMPORT_BYTES: u64 = CAPACITY_UNITS as u64 * MOST_SHRINK;

/// How the site's storage is used now.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Space {
    /// Each plan's stored value (key and value), by its key.
    pub plans: Vec<(String, usize)>,
    /// Everything under the planner's prefix: plans, recovery copies, the
    /// last plan opened.
    pub ours: usize,
    /// Everything the site keeps, the host page's own data and other
    /// planners' included: all of it counts against one limit.
    pub site: usize,
}

impl Space {
    /// How full the site's storage is, in whole percent, rounded up so that
    /// nearly full never reads as less.
    pub fn percent(&self) -> u32 {
        let percent = (self.site as u64 * 100).div_ceil(CAPACITY_UNITS as u64);
        percent.min(100) as u32
    }

    pub fn nearly_full(&self) -> bool {
        self.percent() >= WARN_AT_PERCENT
    }

    pub fn free(&self) -> usize {
        CAPACITY_UNITS.saturating_sub(self.site)
    }

    /// What the site keeps besides this planner's data.
    pub fn others(&self) -> usize {
        self.site.saturating_sub(self.ours)
    }

    /// The units one plan's stored value takes, if it is stored.
    pub fn of_plan(&self, key: &str) -> Option<usize> {
        self.plans.iter().find(|(k, _)| k == key).map(|(_, n)| *n)
    }

    /// What the Plans page says of the space: the planner's share, the limit,
    /// and the site's other data when there is any.
    pub fn summary(&self) -> Said {
        let (ours, all) = (size(self.ours), size(CAPACITY_UNITS));
        match self.others() {
            0 => said!(
                "Your plans take {}, saved compactly. The browser allows this site about {} in all.",
                ours,
                all
            ),
            others => said!(
                "Your plans take {}, saved compactly. The browser allows this site about {} in all, and {} of it holds the site's other data.",
                ours,
                all,
                size(others)
            ),
        }
    }

    /// The warning once the site's storage is nearly full, with the way out.
    pub fn warning(&self) -> Option<(Said, &'static str)> {
        self.nearly_full().then(|| {
            (
                said!(
                    "This browser's storage for the site is {}% full.",
                    Said::Number(self.percent() as usize)
                ),
                words!("Once it is full, changes can no longer be saved here. Make room now: export the plans you no longer work on and delete them, or Archive them, which saves each to a file and removes it from this browser. Archived plans come back with Import."),
            )
        })
    }

    /// Whether plans needing `needed` units would fit.
    pub fn fit(&self, needed: usize) -> Fit {
        if needed > CAPACITY_UNITS {
            Fit::Never { needed }
        } else if needed > self.free() {
            Fit::NeedsRoom {
                needed,
                free: self.free(),
            }
        } else {
            Fit::Fits
        }
    }
}

/// Whether something would fit in the site's storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    Fits,
    /// It would fit once this much more is free.
    NeedsRoom {
        needed: usize,
        free: usize,
    },
    /// More than the browser holds for the whole site.
    Never {
        needed: usize,
    },
}

/// What an import's preview says when its `plans` would fit only once room is
/// made.
pub fn short_of_room(plans: usize, needed: usize, free: usize) -> Said {
    let (needed, free) = (size(needed), size(free));
    match plans {
        1 => said!(
            "Kept in this browser, it would need about {}, and about {} is free. Imported now, it will not be saved until there is room: export and delete plans you no longer work on, or archive them, first.",
            needed,
            free
        ),
        _ => said!(
            "Kept in this browser, they would need about {}, and about {} is free. Imported now, they will not be saved until there is room: export and delete plans you no longer work on, or archive them, first.",
            needed,
            free
        ),
    }
}

/// A size in code units as words to say: "740 bytes", "12 KB", "3.4 MB",
/// "3,4 MB".
pub fn size(units: usize) -> Said {
    let bytes = units as u64 * 2;
    if bytes < 1024 {
        said_n!(bytes as usize, "{} byte", "{} bytes")
    } else if bytes < 1024 * 1024 {
        said!("{} KB", Said::Number(bytes.div_ceil(1024) as usize))
    } else {
        // To a tenth, rounded to the nearest.
        let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
        said!("{} MB", Said::Figure(tenths as f64 / 10.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_in_bytes_as_the_browser_counts_them() {
        assert_eq!(size(0).to_string(), "0 bytes");
        assert_eq!(size(370).to_string(), "740 bytes");
        assert_eq!(size(513).to_string(), "2 KB");
        assert_eq!(size(CAPACITY_UNITS).to_string(), "10 MB");
        assert_eq!(size(1024 * 1024 + 1).to_string(), "2 MB");
        assert_eq!(size(1024 * 1024 + 30_000).to_string(), "2.1 MB");
        assert_eq!(size((MAX_IMPORT_BYTES / 2) as usize).to_string(), "80 MB");
    }

    #[test]
    fn the_warning_starts_at_eighty_percent_of_the_whole_site() {
        let mut space = Space {
            plans: vec![("p:plan:a".into(), 1000)],
            ours: 1000,
            site: CAPACITY_UNITS * 79 / 100,
        };
        assert_eq!(space.percent(), 79);
        assert!(!space.nearly_full());
        space.site = CAPACITY_UNITS * 80 / 100;
        assert!(space.nearly_full());
        assert_eq!(space.others(), space.site - 1000);
        assert_eq!(space.of_plan("p:plan:a"), Some(1000));
        assert_eq!(space.of_plan("p:plan:b"), None);
    }

    #[test]
    fn the_page_names_the_other_data_and_warns_only_when_nearly_full() {
        let mut space = Space {
            plans: Vec::new(),
            ours: 54_272,
            site: 54_272,
        };
        assert_eq!(
            space.summary(),
            "Your plans take 106 KB, saved compactly. The browser allows this site about 10 MB in all."
        );
        assert_eq!(space.warning(), None);
        space.site = CAPACITY_UNITS * 85 / 100;
        assert!(space
            .summary()
            .to_string()
            .ends_with("in all, and 8.4 MB of it holds the site's other data."));
        let (title, way_out) = space.warning().unwrap();
        assert_eq!(
            title.to_string(),
            "This browser's storage for the site is 85% full."
        );
        assert!(way_out.contains("Archive them"));
    }

    #[test]
    fn the_preview_says_how_much_an_import_needs_and_how_much_is_free() {
        assert_eq!(
            short_of_room(1, 256_000, 50_000),
            "Kept in this browser, it would need about 500 KB, and about 98 KB is free. Imported now, it will not be saved until there is room: export and delete plans you no longer work on, or archive them, first."
        );
        assert!(short_of_room(3, 1, 0)
            .to_string()
            .starts_with("Kept in this browser, they would need"));
    }

    #[test]
    fn an_import_fits_needs_room_or_never_fits() {
        let space = Space {
            site: CAPACITY_UNITS - 100,
            ..Space::default()
        };
        assert_eq!(space.fit(100), Fit::Fits);
        assert_eq!(
            space.fit(101),
            Fit::NeedsRoom {
                needed: 101,
                free: 100
            }
        );
        assert_eq!(
            space.fit(CAPACITY_UNITS + 1),
            Fit::Never {
                needed: CAPACITY_UNITS + 1
            }
        );
    }
}
