//! The schedulers' bulk-upload CSVs, one file per profile, and a general CSV
//! of every post and task: quoting by `csv-core`, and every cell that a
//! spreadsheet would read as a formula neutralised.

use crate::plan::{said, when, words, DateRange, EntryKey, Plan, Post, ProfileId, Said};
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

/// Hootsuite takes at most this many rows a file.
pub const HOOTSUITE_ROWS: usize = 350;

/// How Hootsuite is told the date: day first or month first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    /// `dd/mm/yyyy HH:MM`
    DayFirst,
    /// `mm/dd/yyyy HH:MM`
    MonthFirst,
}

/// The posts of one profile (or of none) over a range, in time order: a
/// series' days each a post of their own.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfilePosts {
    pub profile: Option<ProfileId>,
    /// "Instagram @acme", or "No profile".
    pub name: String,
    pub posts: Vec<Post>,
    /// Where each post is in the calendar, in the same order.
    pub keys: Vec<EntryKey>,
}

/// A post whose text is longer than its platform allows.
#[derive(Debug, Clone, PartialEq)]
pub struct TooLong {
    pub post: Post,
    pub key: EntryKey,
    pub chars: usize,
    pub limit: usize,
    /// "Instagram @acme, Tue 4 May 09:00: 2,412 characters, 2,200 at most."
    pub said: Said,
}

/// A file to download: its name and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct File {
    pub name: String,
    pub text: String,
}

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab or
/// a carriage return first) starts with an apostrophe, shown as text.
pub fn neutral(cell: &str) -> String {
    match cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        true => format!("'{cell}"),
        false => cell.to_owned(),
    }
}

/// The posts of `range` per profile, in the strategy's order of profiles,
/// then those with no profile (or one since removed).
pub fn posts_by_profile(plan: &Plan, range: DateRange) -> Vec<ProfilePosts> {
    let entries = plan.calendar.entries(range);
    plan.posts_by_profile(&entries)
        .into_iter()
        .map(|(profile, name, posts)| ProfilePosts {
            profile,
            name,
            keys: posts.iter().map(|(e, _)| e.key.clone()).collect(),
            posts: posts.into_iter().map(|(_, p)| p.clone()).collect(),
        })
        .collect()
}

/// A scheduler's layout, with Hootsuite's order of day and month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    Hootsuite(DateOrder),
    Buffer,
}

impl Layout {
    /// Every layout, with its key and label, for the user to choose from.
    pub const ALL: [(Layout, &'static str, &'static str); 3] = [
        (
            Layout::Hootsuite(DateOrder::DayFirst),
            "hootsuite-day",
            words!("Hootsuite, day first (31/12/2027 09:00)"),
        ),
        (
            Layout::Hootsuite(DateOrder::MonthFirst),
            "hootsuite-month",
            words!("Hootsuite, month first (12/31/2027 09:00)"),
        ),
        (Layout::Buffer, "buffer", words!("Buffer")),
    ];

    pub fn key(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(l, _, _)| *l == self)
            .map_or("buffer", |(_, key, _)| key)
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .find(|(_, k, _)| *k == key)
            .map(|(l, _, _)| *l)
    }

    /// The scheduler's name.
    pub fn tool(self) -> &'static str {
        match self {
            Self::Hootsuite(_) => "Hootsuite",
            Self::Buffer => "Buffer",
        }
    }

    /// The files of one profile's posts in this layout: Hootsuite's split
    /// at [`HOOTSUITE_ROWS`], Buffer's one.
    pub fn files(self, plan: &Plan, group: &ProfilePosts) -> Vec<File> {
        match self {
            Self::Hootsuite(order) => hootsuite(group, order),
            Self::Buffer => vec![buffer(plan, group)],
        }
    }
}

/// The days the schedulers' files cover until the user picks others: four
/// weeks from today.
pub fn default_range(today: NaiveDate) -> DateRange {
    DateRange::new(today, today + chrono::Duration::days(27)).unwrap_or(DateRange::day(today))
}

impl DateOrder {
    /// The order the user's language writes dates in: month first in
    /// American English and a few others, day first elsewhere.
    pub fn for_language(language: &str) -> Self {
        let region = language.split(['-', '_']).nth(1).unwrap_or("");
        match region.to_ascii_uppercase().as_str() {
            "US" | "PH" | "FM" | "MH" | "PW" | "AS" | "GU" | "MP" | "PR" | "UM" | "VI" => {
                Self::MonthFirst
            }
            _ => Self::DayFirst,
        }
    }
}

/// The posts whose copy is longer than their profile's platform takes, to be
/// named before a download.
pub fn too_long(plan: &Plan, posts: &[ProfilePosts]) -> Vec<TooLong> {
    let mut found = Vec::new();
    for group in posts {
        let Some(profile) = group
            .profile
            .as_ref()
            .and_then(|id| plan.strategy.profile(id))
        else {
            continue;
        };
        let Some(limit) = profile.platform.copy_limit() else {
            continue;
        };
        for (post, key) in group.posts.iter().zip(&group.keys) {
            let chars = post.content.copy.trim().chars().count();
            if chars > limit {
                found.push(TooLong {
                    post: post.clone(),
                    key: key.clone(),
                    chars,
                    limit,
                    said: said!(
                        "{}, {} {}: {} characters, {} at most.",
                        Said::Value(group.name.clone()),
                        Said::short_day(post.at.date()),
                        Said::Value(when::clock(post.at.time())),
                        Said::Number(chars),
                        Said::Number(limit)
                    ),
                });
            }
        }
    }
    found
}

/// Rows written by `csv-core`, the `csv` crate's own writer without its
/// `std::io` layer (which would cost the wasm several kilobytes), every line
/// ended with CRLF.
fn write(header: Option<&[&str]>, rows: &[Vec<String>]) -> String {
    let mut writer = csv_core::WriterBuilder::new()
        .terminator(csv_core::Terminator::CRLF)
        .build();
    let mut out = Vec::new();
    let mut cell = |writer: &mut csv_core::Writer, text: &str, last: bool| {
        // Room for every byte quoted, the quotes, and what ends the cell
        // (a closing quote and CRLF at most): the writer never runs short.
        let mut room = vec![0; 2 * text.len() + 5];
        let (_, _, mut used) = writer.field(text.as_bytes(), &mut room);
        let (_, ended) = match last {
            true => writer.terminator(&mut room[used..]),
            false => writer.delimiter(&mut room[used..]),
        };
        used += ended;
        out.extend_from_slice(&room[..used]);
    };
    for row in header
        .map(|h| h.iter().map(|c| (*c).to_owned()).collect::<Vec<_>>())
        .into_iter()
        .chain(rows.iter().map(|r| r.iter().map(|c| neutral(c)).collect()))
    {
        for (i, text) in row.iter().enumerate() {
            cell(&mut writer, text, i + 1 == row.len());
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

fn stamp(at: NaiveDateTime, order: DateOrder) -> String {
    let (first, second) = match order {
        DateOrder::DayFirst => (at.day(), at.month()),
        DateOrder::MonthFirst => (at.month(), at.day()),
    };
    format!(
        "{first:02}/{second:02}/{} {:02}:{:02}",
        at.year(),
        at.hour(),
        at.minute()
    )
}

/// A file's name from the profile's: "hootsuite-instagram-acme-2.csv".
fn file_name(tool: &str, profile: &str, part: Option<usize>) -> String {
    let mut slug = String::new();
    for c in profile.chars() {
        match c.is_ascii_alphanumeric() {
            true => slug.push(c.to_ascii_lowercase()),
            false if !slug.is_empty() && !slug.ends_with('-') => slug.push('-'),
            false => {}
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "posts" } else { slug };
    match part {
        Some(n) => format!("{tool}-{slug}-{n}.csv"),
        None => format!("{tool}-{slug}.csv"),
    }
}

/// Hootsuite's bulk composer: no header; the date and time, the message and
/// the link; at most [`HOOTSUITE_ROWS`] rows a file, so a larger set is
/// several files, numbered.
pub fn hootsuite(group: &ProfilePosts, order: DateOrder) -> Vec<File> {
    let chunks: Vec<&[Post]> = group.posts.chunks(HOOTSUITE_ROWS).collect();
    let numbered = chunks.len() > 1;
    chunks
        .iter()
        .enumerate()
        .map(|(i, posts)| {
            let rows: Vec<Vec<String>> = posts
                .iter()
                .map(|p| {
                    vec![
                        stamp(p.at, order),
                        p.content.copy.trim().to_owned(),
                        p.content.link.trim().to_owned(),
                    ]
                })
                .collect();
            File {
                name: file_name("hootsuite", &group.name, numbered.then_some(i + 1)),
                text: write(None, &rows),
            }
        })
        .collect()
}

/// Buffer's bulk upload: `Text,Image URL,Tags,Posting Time`, the time as
/// `YYYY-MM-DD HH:mm`; the image only when the media is a web address, the
/// tags the post's pillar and campaign.
pub fn buffer(plan: &Plan, group: &ProfilePosts) -> File {
    let rows: Vec<Vec<String>> = group
        .posts
        .iter()
        .map(|p| {
            let media = p.content.media.trim();
            let image = match media.starts_with("https://") || media.starts_with("http://") {
                true => media.to_owned(),
                false => String::new(),
            };
            // Buffer splits tags at commas: one inside a name is dropped.
            let tags: Vec<String> = [pillar(plan, p), campaign(plan, p)]
                .into_iter()
                .map(|t| t.replace(',', ""))
                .filter(|t| !t.trim().is_empty())
                .collect();
            vec![
                p.content.copy.trim().to_owned(),
                image,
                tags.join(","),
                format!(
                    "{} {}",
                    when::iso_day(p.at.date()),
                    when::clock(p.at.time())
                ),
            ]
        })
        .collect();
    File {
        name: file_name("buffer", &group.name, None),
        text: write(Some(&["Text", "Image URL", "Tags", "Posting Time"]), &rows),
    }
}

fn pillar(plan: &Plan, post: &Post) -> String {
    post.content
        .pillar
        .as_ref()
        .and_then(|id| plan.strategy.content.pillars.iter().find(|p| &p.id == id))
        .map_or(String::new(), |p| p.title().english().to_owned())
}

fn campaign(plan: &Plan, post: &Post) -> String {
    post.content
        .campaign
        .as_ref()
        .and_then(|id| plan.campaign(id))
        .map_or(String::new(), |c| c.title().english().to_owned())
}

fn owner(plan: &Plan, id: Option<&crate::plan::MemberId>) -> String {
    id.and_then(|id| plan.strategy.team.member(id))
        .map_or(String::new(), |m| m.title().english().to_owned())
}

/// Every post and task of `range`, with a header: for spreadsheets and for
/// any tool that maps its own columns.
pub fn everything(plan: &Plan, range: DateRange) -> File {
    let header = [
        "Kind", "Day", "Time", "Profile", "Pillar", "Campaign", "Owner", "Status", "Text", "Link",
        "Media", "Notes",
    ];
    let rows: Vec<Vec<String>> = plan
        .calendar
        .entries(range)
        .iter()
        .map(|e| match (e.post(), e.task()) {
            (Some(p), _) => vec![
                "Post".to_owned(),
                when::iso_day(e.day),
                when::clock(p.at.time()),
                p.content
                    .profile
                    .as_ref()
                    .and_then(|id| plan.strategy.profile(id))
                    .map_or(String::new(), |x| x.title()),
                pillar(plan, p),
                campaign(plan, p),
                owner(plan, p.content.owner.as_ref()),
                p.content.status.label().to_owned(),
                p.content.copy.trim().to_owned(),
                p.content.link.trim().to_owned(),
                p.content.media.trim().to_owned(),
                p.content.notes.trim().to_owned(),
            ],
            (_, Some(t)) => vec![
                "Task".to_owned(),
                when::iso_day(e.day),
                String::new(),
                String::new(),
                String::new(),
                t.campaign
                    .as_ref()
                    .and_then(|id| plan.campaign(id))
                    .map_or(String::new(), |c| c.title().english().to_owned()),
                owner(plan, t.owner.as_ref()),
                e.status_label().to_owned(),
                t.title(),
                String::new(),
                String::new(),
                String::new(),
            ],
            _ => Vec::new(),
        })
        .filter(|row| !row.is_empty())
        .collect();
    File {
        name: everything_name(range),
        text: write(Some(&header), &rows),
    }
}

/// The general CSV's name: "posts-and-tasks-2027-05-01-to-2027-05-28.csv".
pub fn everything_name(range: DateRange) -> String {
    format!(
        "posts-and-tasks-{}-to-{}.csv",
        when::iso_day(range.start()),
        when::iso_day(range.end())
    )
}

/// Said above the files when `n` posts are too long for `tool` to take.
pub fn too_long_warning(n: usize, tool: &str) -> Said {
    let tool = Said::Value(tool.to_owned());
    match n {
        1 => said!(
            "1 post is too long for its platform. {} will refuse it: shorten it first.",
            tool
        ),
        n => said!(
            "{} posts are too long for their platform. {} will refuse them: shorten them first.",
            Said::Number(n),
            tool
        ),
    }
}
