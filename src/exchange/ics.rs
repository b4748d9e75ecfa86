//! iCalendar (RFC 5545) files of a plan: written by `calendar_file`.
//!
//! What goes in is chosen by a [`Scope`]: everything, one campaign, a range of
//! days, or one profile. Campaigns are all-day events (the end exclusive, as
//! the RFC has it), tasks all-day events on their due day, posts timed events
//! in UTC with the plan's zone named in `X-WR-TIMEZONE` (a `VTIMEZONE` would
//! need the zone's rules, which only the browser knows).
//!
//! Every event has a UID that stays the same from one export to the next, so a
//! calendar that imports the file again updates its events instead of adding
//! them twice; its SEQUENCE comes from the app's ledger, which raises it when
//! the event's [fingerprint](fingerprint) changes (see [`events`]).
//!
//! Written here rather than by a crate: the format is a few dozen lines of
//! text rules (escaping, folding, CRLF), and the crates that write it bring
//! their own time zone and date types for what `chrono` already does.

use crate::plan::when::compact_day;
use crate::plan::{
    said, said_n, Calendar, Campaign, CampaignId, DateRange, Entry, EntryItem, EntryKey, MemberId,
    Occurrence, Plan, Post, PostContent, PostId, PostStatus, ProfileId, Said, SeriesId, Task,
};
use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Timelike, Utc};
use std::collections::BTreeSet;

/// Who wrote the file, as the `PRODID` of every calendar.
pub const PRODID: &str = "-//Social Media Planner//EN";

/// The right-hand side of every UID, after the plan's id.
const UID_DOMAIN: &str = "social-media-planner";

/// How long a post's event lasts. A post is a moment, not a meeting; but a
/// calendar needs a length to draw an event in a day, and one without an end
/// (DTEND equal to DTSTART) is shown by some as a sliver or not at all.
pub const POST_MINUTES: i64 = 15;

/// The longest a physical line may be, in octets, CRLF not counted (RFC 5545
/// §3.1).
const LINE_OCTETS: usize = 75;

/// What a file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Every campaign (archived ones left out), post, day of a series and task.
    Everything,
    /// The campaign itself (archived or not: it was chosen), the posts and
    /// days of series made for it, and the tasks for it or for one of those
    /// posts, whatever their days.
    Campaign(CampaignId),
    /// The campaigns (not archived) running on at least one of its days, and
    /// the posts, days of series and tasks on its days.
    Range(DateRange),
    /// The profile's posts and days of series, and the tasks for one of them;
    /// no campaign.
    Profile(ProfileId),
}

/// One event of a file, before it is stamped: its UID, the lines that say
/// what it is, and their fingerprint. The app keeps a ledger of
/// (UID, fingerprint) pairs: when an event's fingerprint is not the one it
/// last wrote, it raises that event's SEQUENCE.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Stable across exports, "<kind>-<id>@<plan>.social-media-planner":
    /// "c-<campaign>", "p-<post>", "t-<task>", and "o-<series>-<yyyymmdd>"
    /// for a day of a series (kept by that day once edited on its own). The
    /// plan's id keeps two plans' events apart in one calendar.
    pub uid: String,
    /// [`fingerprint`] of the event's content lines (see [`Event::content`]).
    pub fingerprint: u64,
    /// The property lines after UID, unfolded; no DTSTAMP, no SEQUENCE.
    lines: Vec<String>,
}

impl Event {
    fn new(uid: String, lines: Vec<String>) -> Self {
        let mut event = Self {
            uid,
            fingerprint: 0,
            lines,
        };
        event.fingerprint = fingerprint(&event.content());
        event
    }

    /// The property lines of the event after its UID (DTSTART, SUMMARY…), as
    /// written but unfolded; DTSTAMP and SEQUENCE are not among them.
    pub fn lines(&self) -> &[String] {
        &self.lines
    }

    /// What the fingerprint is taken of: the event's lines as written
    /// between BEGIN:VEVENT and END:VEVENT, unfolded, each ended by CRLF,
    /// without DTSTAMP and SEQUENCE (which change with every export and with
    /// the ledger, not with the event).
    pub fn content(&self) -> String {
        let mut text = format!("UID:{}\r\n", self.uid);
        for line in &self.lines {
            text.push_str(line);
            text.push_str("\r\n");
        }
        text
    }
}

/// A stable 64-bit FNV-1a hash of `text`'s UTF-8 bytes: the same text gives
/// the same number in every build and browser.
pub fn fingerprint(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// What the planner remembers of the calendar files it wrote for a plan:
/// each event's fingerprint when last written and its SEQUENCE, so that the
/// next file raises the SEQUENCE of exactly the events that changed.
///
/// Kept as text, a line per event, "<uid> <fingerprint>[ <sequence>]" (the
/// sequence left out while it is 0), the UID without its
/// "@<plan>.social-media-planner", which the ledger's own key names. A line
/// that cannot be read is dropped: its event starts again at 0.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ledger {
    /// By UID, in order.
    sent: Vec<(String, u64, u32)>,
}

fn ledger_key(uid: &str) -> &str {
    uid.split('@').next().unwrap_or(uid)
}

impl Ledger {
    pub fn read(text: &str) -> Self {
        let mut ledger = Self::default();
        for line in text.lines() {
            let mut words = line.split(' ');
            let (Some(uid), Some(Ok(print)), sequence, None) = (
                words.next().filter(|u| !u.is_empty()),
                words.next().map(str::parse::<u64>),
                words.next().map_or(Ok(0), str::parse::<u32>),
                words.next(),
            ) else {
                continue;
            };
            // A UID given twice keeps its first line.
            if let (Ok(sequence), Err(at)) = (sequence, ledger.find(uid)) {
                ledger.sent.insert(at, (uid.to_owned(), print, sequence));
            }
        }
        ledger
    }

    fn find(&self, key: &str) -> Result<usize, usize> {
        self.sent
            .binary_search_by(|(uid, _, _)| uid.as_str().cmp(key))
    }

    pub fn text(&self) -> String {
        let mut text = String::new();
        for (uid, print, sequence) in &self.sent {
            text.push_str(&match sequence {
                0 => format!("{uid} {print}\n"),
                n => format!("{uid} {print} {n}\n"),
            });
        }
        text
    }

    /// The SEQUENCE to write `uid` with now that its fingerprint is `print`:
    /// 0 the first time, the same as last time when nothing changed, one
    /// more when it did. Remembered.
    pub fn sequence(&mut self, uid: &str, print: u64) -> u32 {
        let key = ledger_key(uid);
        match self.find(key) {
            Ok(at) => {
                let entry = &mut self.sent[at];
                if entry.1 != print {
                    entry.1 = print;
                    entry.2 = entry.2.saturating_add(1);
                }
                entry.2
            }
            Err(at) => {
                self.sent.insert(at, (key.to_owned(), print, 0));
                0
            }
        }
    }

    /// How many of `events` would be written with a raised SEQUENCE: those
    /// the ledger knows with another fingerprint.
    pub fn changed(&self, events: &[Event]) -> usize {
        events
            .iter()
            .filter(|e| {
                self.find(ledger_key(&e.uid))
                    .is_ok_and(|at| self.sent[at].1 != e.fingerprint)
            })
            .count()
    }
}

/// What a file holds, in words, with how many of its events `changed` since
/// the last file: "12 events: 2 campaigns, 8 posts and 2 tasks. 1 event
/// changed since the last file: a calendar that imports this one updates
/// it." or "No events: nothing is planned there yet."
pub fn summary(events: &[Event], changed: usize) -> Said {
    let held = held(events);
    match changed {
        0 => held,
        1 => said!(
            "{} 1 event changed since the last file: a calendar that imports this one updates it.",
            held
        ),
        n => said!(
            "{} {} events changed since the last file: a calendar that imports this one updates them.",
            held,
            Said::Number(n)
        ),
    }
}

fn held(events: &[Event]) -> Said {
    let count = |kinds: &[&str]| {
        events
            .iter()
            .filter(|e| kinds.iter().any(|k| e.uid.starts_with(k)))
            .count()
    };
    let (campaigns, posts, tasks) = (count(&["c-"]), count(&["p-", "o-"]), count(&["t-"]));
    let parts: Vec<Said> = [
        (campaigns, said_n!(campaigns, "{} campaign", "{} campaigns")),
        (posts, said_n!(posts, "{} post", "{} posts")),
        (tasks, said_n!(tasks, "{} task", "{} tasks")),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(_, said)| said)
    .collect();
    match events.len() {
        0 => said!("No events: nothing is planned there yet."),
        n => said!(
            "{}: {}.",
            said_n!(n, "{} event", "{} events"),
            crate::plan::and_said(parts)
        ),
    }
}

/// What a file can hold, as (key, label) for the user to choose from:
/// everything, the days chosen, each campaign (archived ones too, said so),
/// each profile. [`chosen`] reads a key back.
pub fn choices(plan: &Plan) -> Vec<(String, Said)> {
    let mut choices = vec![
        ("all".to_owned(), said!("Everything")),
        ("days".to_owned(), said!("The days chosen")),
    ];
    for c in plan.campaigns.iter() {
        let title = Said::from(c.title());
        let label = match c.archived {
            true => said!("Campaign: {} (archived)", title),
            false => said!("Campaign: {}", title),
        };
        choices.push((format!("c:{}", c.id), label));
    }
    for p in plan.strategy.profiles.iter() {
        choices.push((
            format!("r:{}", p.id),
            said!("Profile: {}", Said::value(p.title())),
        ));
    }
    choices
}

/// The scope a key of [`choices`] names, `days` being the days chosen;
/// `None` for the days when none are chosen, or a key not known.
pub fn chosen(key: &str, days: Option<DateRange>) -> Option<Scope> {
    match key.split_once(':') {
        Some(("c", id)) => CampaignId::parse(id).ok().map(Scope::Campaign),
        Some(("r", id)) => ProfileId::parse(id).ok().map(Scope::Profile),
        _ if key == "days" => days.map(Scope::Range),
        _ if key == "all" => Some(Scope::Everything),
        _ => None,
    }
}

/// What a file of `scope` is called, before it is made a safe file name:
/// "Acme calendar", "Acme Spring launch", "Acme Instagram @acme",
/// "Acme 1 May – 28 May 2027".
pub fn file_title(plan: &Plan, scope: &Scope) -> String {
    let name = plan.name.as_str();
    match scope {
        Scope::Everything => format!("{name} calendar"),
        Scope::Campaign(id) => match plan.campaign(id) {
            Some(c) => format!("{name} {}", c.title().english()),
            None => format!("{name} calendar"),
        },
        Scope::Profile(id) => match plan.strategy.profile(id) {
            Some(p) => format!("{name} {}", p.title()),
            None => format!("{name} calendar"),
        },
        Scope::Range(days) => format!("{name} {}", crate::plan::when::span(*days)),
    }
}

/// The plan's calendar file for `scope`: [`events`] written by
/// [`calendar_of`]. `zone` names the plan's time zone ("Europe/Paris": the
/// plan's own, or the browser's when it follows the browser); `stamp` is the
/// export's moment (DTSTAMP); `to_utc` and `sequence` are as for [`events`]
/// and [`calendar_of`].
pub fn calendar_file(
    plan: &Plan,
    scope: &Scope,
    zone: &str,
    stamp: DateTime<Utc>,
    to_utc: impl Fn(NaiveDateTime) -> Option<DateTime<Utc>>,
    sequence: impl FnMut(&str, u64) -> u32,
) -> String {
    calendar_of(plan, zone, &events(plan, scope, to_utc), stamp, sequence)
}

/// The events of `scope`, in the order written: the campaigns in the plan's
/// order, then the calendar's entries by day and time (tasks first on their
/// day).
///
/// `to_utc` turns a wall-clock time in the plan's zone into its moment; for a
/// time the clocks jump over it returns `None`. Such a time is then read, as
/// RFC 5545 §3.3.5 reads one, with the offset in force before the jump
/// (taken a day earlier): in Paris, 02:30 on the morning the clocks go
/// forward is 01:30 UTC, which is 03:30 on the clocks that day. Should that
/// fail too, the post is written in floating local time (no `Z`), which a
/// calendar shows at 02:30 wherever it is. For a time that happens twice,
/// `to_utc` should give the first, as the RFC does.
pub fn events(
    plan: &Plan,
    scope: &Scope,
    to_utc: impl Fn(NaiveDateTime) -> Option<DateTime<Utc>>,
) -> Vec<Event> {
    let mut writer = Writer {
        plan,
        to_utc: &to_utc,
        used: BTreeSet::new(),
        events: Vec::new(),
    };
    for campaign in campaigns_in(plan, scope) {
        writer.campaign(campaign);
    }
    for entry in entries_in(plan, scope) {
        writer.entry(&entry);
    }
    writer.events
}

/// A calendar of `events`, named after the plan, stamped `stamp`, each event's
/// SEQUENCE given by `sequence(uid, fingerprint)`; CRLF after every line,
/// lines longer than 75 octets folded.
pub fn calendar_of(
    plan: &Plan,
    zone: &str,
    events: &[Event],
    stamp: DateTime<Utc>,
    mut sequence: impl FnMut(&str, u64) -> u32,
) -> String {
    let mut out = String::new();
    let mut line = |text: &str| push_folded(&mut out, text);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line(&format!("PRODID:{PRODID}"));
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line(&text_line("X-WR-CALNAME", plan.name.as_str()));
    if !zone.trim().is_empty() {
        line(&text_line("X-WR-TIMEZONE", zone.trim()));
    }
    let stamp = utc_time(stamp);
    for event in events {
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", event.uid));
        line(&format!("DTSTAMP:{stamp}"));
        line(&format!(
            "SEQUENCE:{}",
            sequence(&event.uid, event.fingerprint)
        ));
        for text in &event.lines {
            line(text);
        }
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

fn campaigns_in<'a>(plan: &'a Plan, scope: &Scope) -> Vec<&'a Campaign> {
    plan.campaigns
        .iter()
        .map(|c| &**c)
        .filter(|c| match scope {
            Scope::Everything => !c.archived,
            Scope::Campaign(id) => &c.id == id,
            Scope::Range(days) => {
                !c.archived && c.dates.start() <= days.end() && days.start() <= c.dates.end()
            }
            Scope::Profile(_) => false,
        })
        .collect()
}

fn entries_in(plan: &Plan, scope: &Scope) -> Vec<Entry> {
    let calendar = &plan.calendar;
    let days = match scope {
        Scope::Range(days) => Some(*days),
        _ => span(calendar),
    };
    let Some(days) = days else {
        return Vec::new();
    };
    let entries = calendar.entries(days);
    match scope {
        Scope::Everything | Scope::Range(_) => entries,
        Scope::Campaign(id) => tied(
            entries,
            |c| c.campaign.as_ref() == Some(id),
            |t| t.campaign.as_ref() == Some(id),
        ),
        Scope::Profile(id) => tied(entries, |c| c.profile.as_ref() == Some(id), |_| false),
    }
}

/// The posts whose content is `chosen`, and the tasks that are `chosen_task`
/// or for one of those posts.
fn tied(
    entries: Vec<Entry>,
    chosen: impl Fn(&PostContent) -> bool,
    chosen_task: impl Fn(&Task) -> bool,
) -> Vec<Entry> {
    // Inserted one by one: collecting would sort first, another copy of
    // the standard sort in the wasm.
    let mut posts = BTreeSet::new();
    for post in entries.iter().filter_map(Entry::post) {
        if chosen(&post.content) {
            posts.insert(post.id.as_str().to_owned());
        }
    }
    entries
        .into_iter()
        .filter(|e| match &e.item {
            EntryItem::Post(p) | EntryItem::Occurrence(p) => posts.contains(p.id.as_str()),
            EntryItem::Task(t) => {
                chosen_task(t) || t.post.as_ref().is_some_and(|p| posts.contains(p.as_str()))
            }
        })
        .collect()
}

/// From the first day anything is on to the last, series' days included.
fn span(calendar: &Calendar) -> Option<DateRange> {
    let days = calendar
        .posts
        .iter()
        .map(|p| p.at.date())
        .chain(calendar.tasks.iter().map(|t| t.due))
        .chain(
            calendar
                .series
                .iter()
                .flat_map(|s| [s.days.start(), s.days.end()]),
        );
    let (first, last) = days.fold(None, |span: Option<(NaiveDate, NaiveDate)>, day| {
        Some(span.map_or((day, day), |(a, b)| (a.min(day), b.max(day))))
    })?;
    DateRange::new(first, last).ok()
}

type ToUtc<'a> = &'a dyn Fn(NaiveDateTime) -> Option<DateTime<Utc>>;

struct Writer<'a> {
    plan: &'a Plan,
    to_utc: ToUtc<'a>,
    /// UIDs given so far: two events of a file never share one.
    used: BTreeSet<String>,
    events: Vec<Event>,
}

impl Writer<'_> {
    fn uid(&self, kind: &str, id: &str) -> String {
        format!("{kind}-{id}@{}.{UID_DOMAIN}", self.plan.id)
    }

    fn push(&mut self, uid: String, lines: Vec<String>) {
        self.used.insert(uid.clone());
        self.events.push(Event::new(uid, lines));
    }

    fn campaign(&mut self, campaign: &Campaign) {
        let uid = self.uid("c", campaign.id.as_str());
        let mut lines = all_day(campaign.dates.start(), campaign.dates.end());
        lines.push(text_line("SUMMARY", campaign.title().english()));
        let brief = self.brief(campaign);
        if !brief.is_empty() {
            lines.push(text_line("DESCRIPTION", &brief));
        }
        lines.push("CATEGORIES:Campaign".to_owned());
        lines.push("TRANSP:TRANSPARENT".to_owned());
        self.push(uid, lines);
    }

    /// The campaign's brief in a few lines: the objective it serves, its
    /// targeted response and number, its key message and call to action.
    fn brief(&self, campaign: &Campaign) -> String {
        let message = self.plan.campaign_message(campaign);
        let mut lines: Vec<String> = self
            .plan
            .campaign_facts(campaign)
            .iter()
            .map(ToString::to_string)
            .collect();
        fact(&mut lines, "Key message", message);
        fact(&mut lines, "Call to action", &campaign.call_to_action);
        fact(&mut lines, "Offer", &campaign.offer);
        lines.join("\n")
    }

    fn entry(&mut self, entry: &Entry) {
        match &entry.item {
            EntryItem::Task(task) => self.task(entry, task),
            EntryItem::Post(post) | EntryItem::Occurrence(post) => self.post(entry, post),
        }
    }

    fn post(&mut self, entry: &Entry, post: &Post) {
        // A day of a series keeps its UID once edited on its own (it is a
        // post then, and the series skips that day): the calendar updates the
        // event rather than keeping the series' day beside the new post.
        let occurrence = match &entry.key {
            EntryKey::Occurrence(o) => Some(o),
            _ => post.occurrence_of.as_ref(),
        };
        let own = self.uid("p", post.id.as_str());
        let uid = match occurrence.map(|o| self.occurrence_uid(o)) {
            Some(uid) if !self.used.contains(&uid) => uid,
            _ => own,
        };
        if self.used.contains(&uid) {
            return;
        }
        let content = &post.content;
        let mut lines = self.timed(post.at);
        lines.push(text_line("SUMMARY", &self.post_summary(entry)));
        lines.push(text_line(
            "DESCRIPTION",
            &self.post_description(entry, post),
        ));
        let categories: Vec<String> = self
            .profile_title(content)
            .into_iter()
            .chain(self.pillar_title(content).map(str::to_owned))
            .collect();
        if !categories.is_empty() {
            let list: Vec<String> = categories.iter().map(|c| escape_text(c)).collect();
            lines.push(format!("CATEGORIES:{}", list.join(",")));
        }
        // VEVENT's statuses are tentative, confirmed and cancelled: a post is
        // confirmed once it is scheduled or out, tentative before.
        let status = match content.status {
            PostStatus::Scheduled | PostStatus::Published => "CONFIRMED",
            PostStatus::Idea | PostStatus::Draft | PostStatus::Ready => "TENTATIVE",
        };
        lines.push(format!("STATUS:{status}"));
        lines.push("TRANSP:TRANSPARENT".to_owned());
        self.push(uid, lines);
    }

    fn occurrence_uid(&self, occurrence: &Occurrence) -> String {
        let id = format!("{}-{}", occurrence.series, compact_day(occurrence.day));
        self.uid("o", &id)
    }

    /// DTSTART and DTEND of a post at `at`, wall-clock time in the plan's zone.
    fn timed(&self, at: NaiveDateTime) -> Vec<String> {
        let length = Duration::minutes(POST_MINUTES);
        match moment(at, self.to_utc) {
            Some(start) => vec![
                format!("DTSTART:{}", utc_time(start)),
                format!("DTEND:{}", utc_time(start + length)),
            ],
            None => vec![
                format!("DTSTART:{}", local_time(at)),
                format!("DTEND:{}", local_time(at + length)),
            ],
        }
    }

    /// "Instagram @acme: Spring is here": the profile and the copy's first
    /// words (the headline alone without a profile), on one line.
    fn post_summary(&self, entry: &Entry) -> String {
        let headline = entry.headline().to_string();
        let headline = headline.split_whitespace().collect::<Vec<_>>().join(" ");
        match entry.content().and_then(|c| self.profile_title(c)) {
            Some(profile) => format!("{profile}: {headline}"),
            None => headline,
        }
    }

    /// The whole copy, then a line each for the link, the media, the notes,
    /// the campaign and the owner where there are any, and the status.
    fn post_description(&self, entry: &Entry, post: &Post) -> String {
        let content = &post.content;
        let mut facts = Vec::new();
        fact(&mut facts, "Link", &content.link);
        fact(&mut facts, "Media", &content.media);
        fact(&mut facts, "Notes", &content.notes);
        fact(
            &mut facts,
            "Campaign",
            self.campaign_title(content.campaign.as_ref()),
        );
        fact(&mut facts, "Owner", self.member(content.owner.as_ref()));
        fact(&mut facts, "Status", entry.status_label());
        let copy = content.copy.trim();
        match copy.is_empty() {
            true => facts.join("\n"),
            false => format!("{copy}\n\n{}", facts.join("\n")),
        }
    }

    /// A task on its due day, all day. A VEVENT has no "done": a task done
    /// says so in its summary ("Write: caption (done)") and its description.
    fn task(&mut self, entry: &Entry, task: &Task) {
        let uid = self.uid("t", task.id.as_str());
        if self.used.contains(&uid) {
            return;
        }
        let mut lines = all_day(task.due, task.due);
        let summary = match task.done {
            true => format!("{} (done)", task.title()),
            false => task.title(),
        };
        lines.push(text_line("SUMMARY", &summary));
        let mut facts = Vec::new();
        let post = task.post.as_ref().and_then(|id| self.post_entry(id));
        if let Some(post) = post {
            facts.push(format!("For: {}", self.post_summary(&post)));
        }
        fact(
            &mut facts,
            "Campaign",
            self.campaign_title(task.campaign.as_ref()),
        );
        fact(&mut facts, "Owner", self.member(task.owner.as_ref()));
        fact(&mut facts, "Status", entry.status_label());
        lines.push(text_line("DESCRIPTION", &facts.join("\n")));
        lines.push("CATEGORIES:Task".to_owned());
        lines.push("TRANSP:TRANSPARENT".to_owned());
        self.push(uid, lines);
    }

    /// The entry of the post a task is for: a post, or a day of a series
    /// (whose post id is the series' id and the day, "s1_20270301").
    fn post_entry(&self, id: &PostId) -> Option<Entry> {
        let calendar = &self.plan.calendar;
        calendar.entry(&EntryKey::Post(id.clone())).or_else(|| {
            let (series, day) = id.as_str().rsplit_once('_')?;
            let occurrence = Occurrence {
                series: SeriesId::parse(series).ok()?,
                day: crate::plan::when::parse_compact_day(day)?,
            };
            calendar.entry(&EntryKey::Occurrence(occurrence))
        })
    }

    fn profile_title(&self, content: &PostContent) -> Option<String> {
        let id = content.profile.as_ref()?;
        self.plan.strategy.profile(id).map(|p| p.title())
    }

    fn pillar_title(&self, content: &PostContent) -> Option<&str> {
        let id = content.pillar.as_ref()?;
        let pillars = &self.plan.strategy.content.pillars;
        pillars
            .iter()
            .find(|p| &p.id == id)
            .map(|p| p.title().english())
    }

    fn campaign_title(&self, id: Option<&CampaignId>) -> &str {
        id.and_then(|id| self.plan.campaign(id))
            .map_or("", |c| c.title().english())
    }

    fn member(&self, id: Option<&MemberId>) -> &str {
        let members = &self.plan.strategy.team.members;
        id.and_then(|id| members.iter().find(|m| &m.id == id))
            .map_or("", |m| m.title().english())
    }
}

/// "Label: value" in `lines`, unless the value is blank.
fn fact(lines: &mut Vec<String>, label: &str, value: &str) {
    let value = value.trim();
    if !value.is_empty() {
        lines.push(format!("{label}: {value}"));
    }
}

/// The moment of a wall-clock time (see `events` for a time that does not
/// exist); `None` when even the offset before it cannot be found.
fn moment(at: NaiveDateTime, to_utc: ToUtc<'_>) -> Option<DateTime<Utc>> {
    if let Some(moment) = to_utc(at) {
        return Some(moment);
    }
    let before = at.checked_sub_signed(Duration::days(1))?;
    let offset = before - to_utc(before)?.naive_utc();
    Some(at.checked_sub_signed(offset)?.and_utc())
}

/// DTSTART and DTEND of whole days from `first` to `last`: the end is the day
/// after the last (exclusive). Past the last day chrono knows, DTEND is left
/// out, which makes the event one day long (RFC 5545 §3.6.1).
fn all_day(first: NaiveDate, last: NaiveDate) -> Vec<String> {
    let mut lines = vec![format!("DTSTART;VALUE=DATE:{}", compact_day(first))];
    if let Some(end) = last.succ_opt() {
        lines.push(format!("DTEND;VALUE=DATE:{}", compact_day(end)));
    }
    lines
}

/// "20270327T080000Z".
fn utc_time(at: DateTime<Utc>) -> String {
    format!("{}Z", local_time(at.naive_utc()))
}

/// "20270328T023000": floating, local wherever it is read.
fn local_time(at: NaiveDateTime) -> String {
    format!(
        "{}T{:02}{:02}{:02}",
        compact_day(at.date()),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// A property whose value is TEXT: "SUMMARY:" and the escaped text.
fn text_line(name: &str, value: &str) -> String {
    format!("{name}:{}", escape_text(value))
}

/// TEXT as RFC 5545 §3.3.11 writes it: backslash, semicolon and comma behind
/// a backslash, every line break (CRLF, CR or LF) as `\n`; quotes and colons
/// as they are; control characters other than tab left out (TEXT may not
/// hold them).
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_ascii_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line, folded (RFC 5545 §3.1): no physical line longer than 75
/// octets, each continuation starting with one space (which counts), never a
/// cut inside a UTF-8 character; CRLF after each.
fn push_folded(out: &mut String, line: &str) {
    let mut rest = line;
    let mut room = LINE_OCTETS;
    while rest.len() > room {
        // A character is at most 4 octets: the cut is never at 0.
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        room = LINE_OCTETS - 1;
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(line: &str) -> String {
        let mut out = String::new();
        push_folded(&mut out, line);
        out
    }

    /// RFC 5545's unfolding: a CRLF followed by one space or tab is removed.
    fn unfold(text: &str) -> String {
        text.replace("\r\n ", "").replace("\r\n\t", "")
    }

    #[test]
    fn a_short_line_is_kept_whole_and_ended_by_crlf() {
        assert_eq!(folded("SUMMARY:Hi"), "SUMMARY:Hi\r\n");
        let exactly = "X".repeat(75);
        assert_eq!(folded(&exactly), format!("{exactly}\r\n"));
    }

    #[test]
    fn a_line_of_76_octets_is_folded_after_75_and_the_space_counts() {
        let line = format!("{}{}", "A".repeat(75), "B");
        assert_eq!(folded(&line), format!("{}\r\n B\r\n", "A".repeat(75)));
        let long = "C".repeat(75 + 74 + 1);
        assert_eq!(
            folded(&long),
            format!("{}\r\n {}\r\n C\r\n", "C".repeat(75), "C".repeat(74))
        );
    }

    #[test]
    fn folding_never_cuts_a_character_in_two() {
        // 73 octets, then a 4-octet emoji that would straddle the 75th.
        let line = format!("{}😀é", "a".repeat(73));
        let out = folded(&line);
        assert_eq!(out, format!("{}\r\n 😀é\r\n", "a".repeat(73)));
        for long in ["é".repeat(300), "😀".repeat(200), "a€😀".repeat(90)] {
            let out = folded(&long);
            for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
                assert!(physical.len() <= 75, "{} octets", physical.len());
            }
            assert_eq!(unfold(&out), format!("{long}\r\n"));
        }
    }

    #[test]
    fn text_escapes_backslash_semicolon_comma_and_every_line_break() {
        assert_eq!(
            escape_text("a\\b;c,d\r\ne\rf\ng"),
            "a\\\\b\\;c\\,d\\ne\\nf\\ng"
        );
        // Quotes and colons are plain in TEXT; controls but tab are dropped.
        assert_eq!(escape_text("\"Hi\": 'you'\t\u{7}!"), "\"Hi\": 'you'\t!");
        assert_eq!(escape_text("\n\n"), "\\n\\n");
    }

    #[test]
    fn the_fingerprint_is_fnv1a_64() {
        // Published FNV-1a 64 test values.
        assert_eq!(fingerprint(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fingerprint("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fingerprint("foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn a_time_the_clocks_skip_takes_the_offset_before_the_gap_or_floats() {
        let day = NaiveDate::from_ymd_opt(2027, 3, 28).unwrap();
        let gap = day.and_hms_opt(2, 30, 0).unwrap();
        // UTC+1 before 02:00 local, nothing between 02:00 and 03:00.
        let paris = |at: NaiveDateTime| {
            let hour = at.hour();
            (at.date() != day || hour < 2).then(|| (at - Duration::hours(1)).and_utc())
        };
        assert_eq!(
            moment(gap, &paris).map(utc_time).as_deref(),
            Some("20270328T013000Z")
        );
        assert_eq!(moment(gap, &|_| None), None);
    }
}
