//! The schedulers' bulk-upload CSVs, one file per profile, and a general CSV
//! of every post and task: quoting by the `csv` crate, and every cell that a
//! spreadsheet would read as a formula neutralised.

use crate::plan::{when, DateRange, Plan, Post, ProfileId};
use chrono::{Datelike, NaiveDateTime, Timelike};

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
}

/// A post whose text is longer than its platform allows.
#[derive(Debug, Clone, PartialEq)]
pub struct TooLong {
    pub post: Post,
    pub chars: usize,
    pub limit: usize,
    /// "Instagram @acme, Tue 4 May 09:00: 2,412 characters, 2,200 at most."
    pub said: String,
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
    plan.posts_by_profile(&plan.calendar.entries(range))
        .into_iter()
        .map(|(profile, name, posts)| ProfilePosts {
            profile,
            name,
            posts: posts.into_iter().cloned().collect(),
        })
        .collect()
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
        for post in &group.posts {
            let chars = post.content.copy.trim().chars().count();
            if chars > limit {
                found.push(TooLong {
                    post: post.clone(),
                    chars,
                    limit,
                    said: format!(
                        "{}, {} {}: {} characters, {} at most.",
                        group.name,
                        when::short_day(post.at.date()),
                        when::clock(post.at.time()),
                        thousands(chars),
                        thousands(limit)
                    ),
                });
            }
        }
    }
    found
}

/// "2,412".
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Rows written by the `csv` crate, every line ended with CRLF.
fn write(header: Option<&[&str]>, rows: &[Vec<String>]) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing to memory does not fail; a row that could not be written is
    // left out rather than the file lost.
    if let Some(header) = header {
        let _ = writer.write_record(header);
    }
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| neutral(c)).collect();
        let _ = writer.write_record(&cells);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
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
        .map_or(String::new(), |p| p.title().to_owned())
}

fn campaign(plan: &Plan, post: &Post) -> String {
    post.content
        .campaign
        .as_ref()
        .and_then(|id| plan.campaign(id))
        .map_or(String::new(), |c| c.title().to_owned())
}

fn owner(plan: &Plan, id: Option<&crate::plan::MemberId>) -> String {
    id.and_then(|id| plan.strategy.team.member(id))
        .map_or(String::new(), |m| m.title().to_owned())
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
                    .map_or(String::new(), |c| c.title().to_owned()),
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
        name: format!(
            "posts-and-tasks-{}-to-{}.csv",
            when::iso_day(range.start()),
            when::iso_day(range.end())
        ),
        text: write(Some(&header), &rows),
    }
}
