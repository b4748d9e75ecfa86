//! The writers the app loads on demand: a second wasm module
//! (`src/bin/writers.rs`) that holds the calendar file's writer, the
//! schedulers' CSV writers, the plan's document and its Markdown, and the
//! example plan, and the reader of rows pasted on the Measure page, so that
//! their bytes are paid when a user first opens a page that needs them, not
//! on every first load. The app sends it a request
//! line, the plan's envelope and the ledger of calendar files sent; it
//! answers with a preview or the files, as a flat list of strings that
//! crosses the boundary without any decoder on the app's side:
//! `["preview", files, summary, warning, (said, query)…]`,
//! `["files", ledger, said, (name, text)…]`, `["doc", blocks…]`,
//! `["plan", envelope]` (the example), `["pasted", …]` (see
//! `read_pasted`) or `["error", message]`. What it says is said in the
//! language the page shows (the loader hands it the same translation).

use super::bulk::{self, File, Layout, HOOTSUITE_ROWS};
use super::document::{self, Block};
use super::ics::{self, Ledger};
use crate::plan::results::{read_paste, BadRow, DayOrder, Pasted, Reading};
use crate::plan::{
    example_plan, said, said_n, when, words, DateRange, Part, Plan, PlanId, Said, Tongue,
};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

/// What the calendar card asks for: a key of `ics::choices`, the days chosen
/// (for the key "days") and the plan's time zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IcsRequest {
    pub key: String,
    pub days: Option<DateRange>,
    pub zone: String,
}

/// A request of the exports' cards, the printable page or the strategy's
/// Markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    Ics(IcsRequest),
    Csv(CsvRequest),
    /// The plan as a document (`document::plan_document`), campaigns'
    /// status told on `today`; with the month from `today` when `calendar`.
    Document {
        today: NaiveDate,
        calendar: bool,
    },
    /// One part of the strategy as a document (`document::part_document`),
    /// for the part's read view.
    Part(Part),
    /// What changed in the strategy from one revision to another
    /// (`document::comparison`), for its history.
    Compare {
        a: u32,
        b: u32,
    },
    /// The strategy and campaigns as Markdown, in a file named after the plan.
    Markdown {
        today: NaiveDate,
    },
    /// Rows pasted on the Measure page, read (`results::read_paste`) with
    /// the day and month in `order` and the columns chosen, if any; the
    /// rows are sent in the place of a plan.
    Paste {
        order: DayOrder,
        columns: Option<(usize, usize)>,
    },
    /// The example plan (`plan::example_plan`) made on `today`, with the id
    /// and the time of making the app gives it; asked with no plan.
    Example {
        today: NaiveDate,
        id: PlanId,
        at: DateTime<Utc>,
    },
}

/// "2027-05-01 2027-05-28", or "- -" for no days.
fn days_words(days: Option<DateRange>) -> String {
    match days {
        Some(days) => format!(
            "{} {}",
            when::iso_day(days.start()),
            when::iso_day(days.end())
        ),
        None => "- -".to_owned(),
    }
}

fn read_days(from: &str, to: &str) -> Option<Option<DateRange>> {
    if (from, to) == ("-", "-") {
        return Some(None);
    }
    let day = |text: &str| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok();
    DateRange::new(day(from)?, day(to)?).ok().map(Some)
}

impl Request {
    /// The request as one line: "preview csv buffer 2027-05-01 2027-05-28",
    /// "files ics all - - Europe/Paris".
    pub fn line(&self, ask: Ask) -> String {
        let ask = match ask {
            Ask::Preview => "preview",
            Ask::Files => "files",
        };
        match self {
            Self::Csv(csv) => format!(
                "{ask} csv {} {}",
                csv.layout.map_or(EVERYTHING, Layout::key),
                days_words(Some(csv.range))
            ),
            Self::Ics(ics) => format!(
                "{ask} ics {} {} {}",
                ics.key,
                days_words(ics.days),
                ics.zone
            ),
            Self::Document { today, calendar } => format!(
                "{ask} doc {} {}",
                when::iso_day(*today),
                if *calendar { "calendar" } else { "plain" }
            ),
            Self::Part(part) => format!("{ask} part {}", part.slug()),
            Self::Compare { a, b } => format!("{ask} compare {a} {b}"),
            Self::Markdown { today } => format!("{ask} md {}", when::iso_day(*today)),
            Self::Paste { order, columns } => {
                let (date, value) = match columns {
                    Some((date, value)) => (date.to_string(), value.to_string()),
                    None => ("-".to_owned(), "-".to_owned()),
                };
                let order = match order {
                    DayOrder::DayMonth => "dmy",
                    DayOrder::MonthDay => "mdy",
                };
                format!("{ask} paste {order} {date} {value}")
            }
            Self::Example { today, id, at } => format!(
                "{ask} example {} {id} {}",
                when::iso_day(*today),
                at.timestamp_millis()
            ),
        }
    }

    /// Reads a line written by `line`; `None` for anything else.
    pub fn parse(line: &str) -> Option<(Ask, Self)> {
        let words: Vec<&str> = line.split(' ').collect();
        let ask = match words.first() {
            Some(&"preview") => Ask::Preview,
            Some(&"files") => Ask::Files,
            _ => return None,
        };
        let request = match words[1..] {
            ["csv", kind, from, to] => Self::Csv(CsvRequest {
                layout: match kind {
                    EVERYTHING => None,
                    key => Some(Layout::from_key(key)?),
                },
                range: read_days(from, to)??,
            }),
            ["ics", key, from, to, zone] => Self::Ics(IcsRequest {
                key: key.to_owned(),
                days: read_days(from, to)?,
                zone: zone.to_owned(),
            }),
            ["doc", today, calendar @ ("calendar" | "plain")] => Self::Document {
                today: read_days(today, today)??.start(),
                calendar: calendar == "calendar",
            },
            ["part", slug] => Self::Part(Part::from_slug(slug)?),
            ["compare", a, b] => Self::Compare {
                a: a.parse().ok()?,
                b: b.parse().ok()?,
            },
            ["md", today] => Self::Markdown {
                today: read_days(today, today)??.start(),
            },
            ["paste", order, date, value] => Self::Paste {
                order: match order {
                    "dmy" => DayOrder::DayMonth,
                    "mdy" => DayOrder::MonthDay,
                    _ => return None,
                },
                columns: match (date, value) {
                    ("-", "-") => None,
                    (date, value) => Some((date.parse().ok()?, value.parse().ok()?)),
                },
            },
            ["example", today, id, millis] => Self::Example {
                today: read_days(today, today)??.start(),
                id: PlanId::parse(id).ok()?,
                at: DateTime::from_timestamp_millis(millis.parse().ok()?)?,
            },
            _ => return None,
        };
        Some((ask, request))
    }
}

/// The calendar file of an answer: its name and text, and the ledger to keep
/// after it.
impl IcsRequest {
    fn answer(
        &self,
        ask: Ask,
        plan: &Plan,
        ledger: &str,
        now: DateTime<Utc>,
        to_utc: &dyn Fn(NaiveDateTime, &str) -> Option<DateTime<Utc>>,
        tongue: &dyn Tongue,
    ) -> Vec<String> {
        let Some(scope) = ics::chosen(&self.key, self.days) else {
            return Preview {
                summary: tongue.words(CHOOSE_DAYS).to_owned(),
                ..Preview::default()
            }
            .strings();
        };
        let events = ics::events(plan, &scope, |at| to_utc(at, &self.zone));
        let mut ledger = Ledger::read(ledger);
        if ask == Ask::Preview {
            return Preview {
                files: usize::from(!events.is_empty()),
                summary: ics::summary(&events, ledger.changed(&events)).say(tongue),
                ..Preview::default()
            }
            .strings();
        }
        let text = ics::calendar_of(plan, &self.zone, &events, now, |uid, print| {
            ledger.sequence(uid, print)
        });
        let name = super::file_name(&ics::file_title(plan, &scope), ".ics");
        let said = said!(
            "Downloaded {}: import it in your calendar app.",
            Said::Value(name.clone())
        )
        .say(tongue);
        vec!["files".to_owned(), ledger.text(), said, name, text]
    }
}

/// What the schedulers' card asks for: a layout (or the general CSV) and the
/// days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvRequest {
    /// `None`: the general CSV of every post and task.
    pub layout: Option<Layout>,
    pub range: DateRange,
}

/// The key of the general CSV among the layouts' keys.
pub const EVERYTHING: &str = "everything";

/// What is asked of the writers about a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ask {
    /// What the files will hold, to show before the download (`Preview`).
    Preview,
    /// The files themselves.
    Files,
}

/// What the card shows before the download: how many files, what they hold,
/// and the posts too long for their platform, each with the calendar's query
/// that opens it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Preview {
    pub files: usize,
    pub summary: String,
    /// "2 posts are too long for their platform. Buffer will refuse them…"
    pub warning: Option<String>,
    /// (what is too long, the calendar's query of its post)
    pub long: Vec<(String, String)>,
}

impl Preview {
    fn strings(self) -> Vec<String> {
        let mut out = vec![
            "preview".to_owned(),
            self.files.to_string(),
            self.summary,
            self.warning.unwrap_or_default(),
        ];
        for (said, query) in self.long {
            out.extend([said, query]);
        }
        out
    }

    /// The preview in an answer, or what went wrong.
    pub fn read(answer: Vec<String>) -> Result<Self, String> {
        let mut parts = answer.into_iter();
        let (first, second) = (parts.next(), parts.next());
        let (Some("preview"), Some(Ok(files)), Some(summary)) = (
            first.as_deref(),
            second.as_deref().map(str::parse),
            parts.next(),
        ) else {
            return Err(match (first.as_deref(), second) {
                (Some("error"), Some(message)) => message,
                _ => WRONG_REQUEST.to_owned(),
            });
        };
        let warning = parts.next().filter(|w| !w.is_empty());
        let mut long = Vec::new();
        while let (Some(said), Some(query)) = (parts.next(), parts.next()) {
            long.push((said, query));
        }
        Ok(Self {
            files,
            summary,
            warning,
            long,
        })
    }
}

impl CsvRequest {
    /// What the files will hold, and the posts too long for their platform.
    pub fn preview(&self, plan: &Plan, tongue: &dyn Tongue) -> Preview {
        let (files, summary) = self.summary(plan);
        let mut preview = Preview {
            files,
            summary: summary.say(tongue),
            ..Preview::default()
        };
        if let Some(layout) = self.layout {
            let long = bulk::too_long(plan, &bulk::posts_by_profile(plan, self.range));
            if !long.is_empty() {
                let warning = bulk::too_long_warning(long.len(), layout.tool());
                preview.warning = Some(warning.say(tongue));
            }
            preview.long = long
                .into_iter()
                .map(|l| {
                    let query = format!(
                        "view=week&date={}&item={}",
                        when::iso_day(l.post.at.date()),
                        l.key.to_param()
                    );
                    (l.said.say(tongue), query)
                })
                .collect();
        }
        preview
    }

    /// What the files will hold, said before the download, and how many
    /// files there will be (none: nothing to download).
    fn summary(&self, plan: &Plan) -> (usize, Said) {
        let Some(layout) = self.layout else {
            let entries = plan.calendar.entries(self.range);
            let posts = entries.iter().filter(|e| e.post().is_some()).count();
            let tasks = entries.len() - posts;
            return match entries.is_empty() {
                true => (0, Said::label(document::NOTHING_PLANNED)),
                false => (
                    1,
                    said!(
                        "{} and {} in one file, with a header row.",
                        said_n!(posts, "{} post", "{} posts"),
                        said_n!(tasks, "{} task", "{} tasks")
                    ),
                ),
            };
        };
        let groups = bulk::posts_by_profile(plan, self.range);
        let with_posts: Vec<usize> = groups
            .iter()
            .map(|g| g.posts.len())
            .filter(|n| *n > 0)
            .collect();
        let posts: usize = with_posts.iter().sum();
        let files: usize = match layout {
            Layout::Hootsuite(_) => with_posts.iter().map(|n| n.div_ceil(HOOTSUITE_ROWS)).sum(),
            Layout::Buffer => with_posts.len(),
        };
        let said = match posts {
            0 => said!("No posts in these days."),
            _ => {
                let posts = said_n!(posts, "{} post", "{} posts");
                let profiles = said_n!(with_posts.len(), "{} profile", "{} profiles");
                let files_said = said_n!(files, "{} file", "{} files");
                match (files > with_posts.len(), with_posts.len() > 1) {
                    (true, _) => said!(
                        "{} for {}: {}, as Hootsuite takes 350 rows a file.",
                        posts,
                        profiles,
                        files_said
                    ),
                    (false, true) => said!(
                        "{} for {}: {}, one for each profile.",
                        posts,
                        profiles,
                        files_said
                    ),
                    (false, false) => said!("{} for {}: {}.", posts, profiles, files_said),
                }
            }
        };
        (files, said)
    }

    /// The files this request makes of `plan`: one per profile with posts
    /// (Hootsuite's split at 350 rows), or the one general CSV.
    pub fn files(&self, plan: &Plan) -> Vec<File> {
        match self.layout {
            None => vec![bulk::everything(plan, self.range)],
            Some(layout) => bulk::posts_by_profile(plan, self.range)
                .iter()
                .filter(|group| !group.posts.is_empty())
                .flat_map(|group| layout.files(plan, group))
                .collect(),
        }
    }
}

/// What the module answers to `request` about the plan in `envelope`, the
/// calendar files sent being in `ledger`: see the module's head. `now`
/// stamps a calendar file; `to_utc` reads a wall-clock time in a zone.
pub fn answer(
    request: &str,
    envelope: &str,
    ledger: &str,
    now: DateTime<Utc>,
    to_utc: &dyn Fn(NaiveDateTime, &str) -> Option<DateTime<Utc>>,
) -> Vec<String> {
    answer_in(
        request,
        envelope,
        ledger,
        now,
        to_utc,
        &crate::plan::English,
    )
}

/// [`answer`] in the words of `tongue`: the language the page shows.
pub fn answer_in(
    request: &str,
    envelope: &str,
    ledger: &str,
    now: DateTime<Utc>,
    to_utc: &dyn Fn(NaiveDateTime, &str) -> Option<DateTime<Utc>>,
    tongue: &dyn Tongue,
) -> Vec<String> {
    let failed = |message: Said| vec!["error".to_owned(), message.say(tongue)];
    let Some((ask, request)) = Request::parse(request) else {
        return failed(Said::label(WRONG_REQUEST));
    };
    match request {
        Request::Example { today, id, at } => {
            return match super::encode(&example_plan(id, at, today)) {
                Ok(envelope) => vec!["plan".to_owned(), envelope],
                Err(_) => failed(Said::label(NO_EXAMPLE)),
            };
        }
        // The rows came in the place of the plan.
        Request::Paste { order, columns } => {
            return match read_paste(envelope, order, columns) {
                Ok(pasted) => pasted_strings(pasted, tongue),
                Err(problem) => failed(problem.message()),
            };
        }
        _ => {}
    }
    let Ok(plan) = super::decode(envelope) else {
        return failed(Said::label(UNREADABLE));
    };
    match request {
        Request::Ics(ics) => ics.answer(ask, &plan, ledger, now, to_utc, tongue),
        Request::Csv(csv) if ask == Ask::Preview => csv.preview(&plan, tongue).strings(),
        Request::Document { today, calendar } => {
            let days = calendar.then(|| document::print_days(today));
            doc_strings(document::plan_document_in(&plan, today, days, tongue))
        }
        Request::Part(part) => doc_strings(document::part_document_in(&plan, part, tongue)),
        Request::Compare { a, b } => doc_strings(document::comparison_in(&plan, a, b, tongue)),
        Request::Markdown { today } => vec![
            "files".to_owned(),
            String::new(),
            tongue
                .words(words!("Downloaded as a Markdown file."))
                .to_owned(),
            super::file_name(plan.name.as_str(), ".md"),
            super::markdown::plan_markdown_in(&plan, today, tongue),
        ],
        Request::Example { .. } | Request::Paste { .. } => failed(Said::label(WRONG_REQUEST)),
        Request::Csv(csv) => {
            let files = csv.files(&plan);
            let said = downloaded(&files, csv.layout).say(tongue);
            ["files".to_owned(), String::new(), said]
                .into_iter()
                .chain(files.into_iter().flat_map(|f| [f.name, f.text]))
                .collect()
        }
    }
}

/// A document's answer: "doc", then its blocks.
fn doc_strings(blocks: Vec<Block>) -> Vec<String> {
    let mut out = vec!["doc".to_owned()];
    for block in blocks {
        push_block(&mut out, block);
    }
    out
}

/// A block as strings: its tag, then its words ("table 5 2" then the
/// header's cells and the rows').
fn push_block(out: &mut Vec<String>, block: Block) {
    match block {
        Block::Heading(level, text) => out.extend([format!("h{level}"), text]),
        Block::Text(text) => out.extend(["t".to_owned(), text]),
        Block::Fact(label, value) => out.extend(["f".to_owned(), label, value]),
        Block::Item(text) => out.extend(["i".to_owned(), text]),
        Block::Table(header, rows) => {
            out.push(format!("table {} {}", header.len(), rows.len()));
            out.extend(header);
            out.extend(rows.into_iter().flatten());
        }
    }
}

/// The document in an answer, or what went wrong.
pub fn read_document(answer: Vec<String>) -> Result<Vec<Block>, String> {
    let mut parts = answer.into_iter();
    match parts.next().as_deref() {
        Some("doc") => {}
        Some("error") => return Err(parts.next().unwrap_or_default()),
        _ => return Err(WRONG_REQUEST.to_owned()),
    }
    let mut blocks = Vec::new();
    while let Some(tag) = parts.next() {
        let mut word = || parts.next().ok_or_else(|| WRONG_REQUEST.to_owned());
        blocks.push(match tag.as_str() {
            "t" => Block::Text(word()?),
            "f" => Block::Fact(word()?, word()?),
            "i" => Block::Item(word()?),
            _ => match (tag.strip_prefix('h').map(str::parse), table_size(&tag)) {
                (Some(Ok(level)), _) => Block::Heading(level, word()?),
                (_, Some((columns, rows))) => {
                    let header = (0..columns).map(|_| word()).collect::<Result<_, _>>()?;
                    let rows = (0..rows)
                        .map(|_| (0..columns).map(|_| word()).collect())
                        .collect::<Result<_, _>>()?;
                    Block::Table(header, rows)
                }
                _ => return Err(WRONG_REQUEST.to_owned()),
            },
        });
    }
    Ok(blocks)
}

/// "table 5 2": five columns, two rows.
fn table_size(tag: &str) -> Option<(usize, usize)> {
    let (columns, rows) = tag.strip_prefix("table ")?.split_once(' ')?;
    Some((columns.parse().ok()?, rows.parse().ok()?))
}

/// Said while the days a file covers are not both chosen.
pub const CHOOSE_DAYS: &str = words!("Choose the first and the last day.");
/// Said when the app and the writers are not of the same build.
pub const WRONG_REQUEST: &str = words!(
    "This page and its file writer are of different versions. Reload the page, then try again."
);
/// Said when the writers could not read the plan they were sent.
pub const UNREADABLE: &str = words!("The plan could not be handed to the file writer. Reload the page, then try again: your plan is safe.");
/// Said when the example could not be loaded (offline before it was kept).
pub const EXAMPLE_UNAVAILABLE: &str = words!("The example did not load. Check the connection, then try again: it is kept for offline use once it has loaded.");
/// Said when the reader of pasted rows could not be loaded.
pub const PASTE_UNAVAILABLE: &str = words!("The reader of pasted rows did not load. Check the connection, then try again: it is kept for offline use once it has loaded.");
/// Said when the example could not be made.
pub const NO_EXAMPLE: &str =
    words!("The example could not be made. Reload the page, then try again.");
/// Said when the writers could not be loaded (offline before they were kept).
pub const UNAVAILABLE: &str = words!("The file writer did not load. Check the connection, then try again: it is kept for offline use once it has loaded.");

/// What an answer of files holds: the files, and the ledger to keep after
/// them (empty for the CSVs).
#[derive(Debug, Clone, PartialEq)]
pub struct Written {
    pub files: Vec<File>,
    /// The ledger to keep after a calendar file; empty after CSVs.
    pub ledger: String,
    /// What to say once they are downloaded.
    pub said: String,
}

/// The files in an answer, or what went wrong.
pub fn read_files(answer: Vec<String>) -> Result<Written, String> {
    let mut parts = answer.into_iter();
    let (first, ledger) = (parts.next(), parts.next().unwrap_or_default());
    match first.as_deref() {
        Some("files") => {}
        Some("error") => return Err(ledger),
        _ => return Err(WRONG_REQUEST.to_owned()),
    }
    let said = parts.next().unwrap_or_default();
    let mut files = Vec::new();
    while let (Some(name), Some(text)) = (parts.next(), parts.next()) {
        files.push(File { name, text });
    }
    Ok(Written {
        files,
        ledger,
        said,
    })
}

/// What was read of a paste, as strings: `["pasted", date column, value
/// column, header ("1" or "0"), columns, readings, then each column's name,
/// each reading's day and value, and each bad row's line and reason]`.
fn pasted_strings(pasted: Pasted, tongue: &dyn Tongue) -> Vec<String> {
    let mut out = vec![
        "pasted".to_owned(),
        pasted.date_column.to_string(),
        pasted.value_column.to_string(),
        u8::from(pasted.header).to_string(),
        pasted.columns.len().to_string(),
        pasted.readings.len().to_string(),
    ];
    out.extend(pasted.columns.iter().map(|c| c.say(tongue)));
    for reading in pasted.readings {
        out.extend([when::iso_day(reading.day), reading.value.to_string()]);
    }
    for bad in pasted.bad {
        out.extend([bad.line.to_string(), bad.reason.say(tongue)]);
    }
    out
}

/// What was read of a paste, in an answer to `Request::Paste`, or what went
/// wrong (in the user's words).
pub fn read_pasted(answer: Vec<String>) -> Result<Pasted, String> {
    let mut parts = answer.into_iter();
    match parts.next().as_deref() {
        Some("pasted") => {}
        Some("error") => return Err(parts.next().unwrap_or_default()),
        _ => return Err(WRONG_REQUEST.to_owned()),
    }
    let wrong = || WRONG_REQUEST.to_owned();
    let mut number =
        || -> Result<usize, String> { parts.next().and_then(|n| n.parse().ok()).ok_or_else(wrong) };
    let (date_column, value_column, header) = (number()?, number()?, number()? == 1);
    let (columns, readings) = (number()?, number()?);
    let columns: Vec<Said> = parts.by_ref().take(columns).map(Said::Value).collect();
    let mut read = Vec::with_capacity(readings);
    for _ in 0..readings {
        let day = parts.next().and_then(|d| when::parse_iso_day(&d));
        // Kept numbers (15 digits at most), read exactly.
        let value = parts.next().and_then(|v| crate::plan::read_decimal(&v));
        match (day, value) {
            (Some(day), Some(value)) => read.push(Reading { day, value }),
            _ => return Err(wrong()),
        }
    }
    let mut bad = Vec::new();
    while let (Some(line), Some(reason)) = (parts.next(), parts.next()) {
        let line = line.parse().map_err(|_| wrong())?;
        bad.push(BadRow {
            line,
            reason: Said::Value(reason),
        });
    }
    Ok(Pasted {
        columns,
        date_column,
        value_column,
        header,
        readings: read,
        bad,
    })
}

/// The plan in an answer to `Request::Example`, or what went wrong.
pub fn read_plan(answer: Vec<String>) -> Result<Plan, String> {
    let mut parts = answer.into_iter();
    match (parts.next().as_deref(), parts.next()) {
        (Some("plan"), Some(envelope)) => {
            super::decode(&envelope).map_err(|_| NO_EXAMPLE.to_owned())
        }
        (Some("error"), Some(message)) => Err(message),
        _ => Err(WRONG_REQUEST.to_owned()),
    }
}

/// "a.csv", "a.csv and b.csv", "a.csv, b.csv and c.csv".
pub fn names(files: &[&str]) -> String {
    crate::plan::and_list(files)
}

/// Said once `files` are downloaded: which, and what to do with them
/// (`layout` `None`: the general CSV).
fn downloaded(files: &[File], layout: Option<Layout>) -> Said {
    let list: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    let named = Said::Value(names(&list));
    match (list.len(), layout) {
        (0, _) => said!("Nothing was planned in these days, so there was nothing to download."),
        (_, None) => said!("Downloaded {}: open it in a spreadsheet.", named),
        (1, Some(layout)) => said!(
            "Downloaded {}: upload it in {}'s bulk scheduling.",
            named,
            Said::Value(layout.tool().to_owned())
        ),
        (_, Some(layout)) => said!(
            "Downloaded {}: upload each in {}'s bulk scheduling.",
            named,
            Said::Value(layout.tool().to_owned())
        ),
    }
}

/// Said when the browser would not start the download of `files`.
pub fn not_started(files: &[&str]) -> Said {
    said!(
        "The download of {} could not start: allow this page to download files, then try again.",
        Said::Value(names(files))
    )
}

/// Said when a calendar file was downloaded but its ledger could not be kept.
pub fn ledger_not_kept(name: &str) -> Said {
    said!(
        "Downloaded {}, but this browser's storage is full: a later file may not update these events.",
        Said::Value(name.to_owned())
    )
}
