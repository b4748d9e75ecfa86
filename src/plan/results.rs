//! Results: the dated values a KPI or a campaign's response actually reached,
//! judged against the straight line from the baseline to the target (004:
//! measure, then adapt), and read from what a user pastes out of a
//! spreadsheet or a network's analytics export. Pure: today and the user's
//! order of day and month come in as arguments.

use super::said::{said, said_n, Said};
use super::when::{parse_iso_day, MONTHS};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// One value reached on one day.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Reading {
    #[serde(deserialize_with = "super::stored::day")]
    pub day: NaiveDate,
    pub value: f64,
}

/// Puts readings a file holds out of order, or twice on one day, in order of
/// day, the last given for a day kept. Returns whether anything changed.
pub fn tidy(readings: &mut Vec<Reading>) -> bool {
    if readings.windows(2).all(|w| w[0].day < w[1].day) {
        return false;
    }
    super::order::sort_by_key(readings, |r| r.day);
    let mut kept: Vec<Reading> = Vec::with_capacity(readings.len());
    for &reading in readings.iter() {
        match kept.last_mut() {
            Some(last) if last.day == reading.day => *last = reading,
            _ => kept.push(reading),
        }
    }
    *readings = kept;
    true
}

/// Where a result should be going: from `baseline` on `start` (the
/// horizon's start, or the campaign's) to `target` by `deadline`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Goal {
    pub start: NaiveDate,
    pub baseline: f64,
    pub deadline: NaiveDate,
    pub target: f64,
}

impl Goal {
    /// Whether the target is above the baseline (followers up) or below it
    /// (response time down); a target equal to the baseline is to hold it.
    pub fn rising(&self) -> bool {
        self.target >= self.baseline
    }

    /// The value the straight line expects on `day`: the baseline up to the
    /// start, the target from the deadline on, in proportion between.
    pub fn expected_on(&self, day: NaiveDate) -> f64 {
        if day >= self.deadline {
            return self.target;
        }
        if day <= self.start {
            return self.baseline;
        }
        let span = (self.deadline - self.start).num_days() as f64;
        let gone = (day - self.start).num_days() as f64;
        self.baseline + (self.target - self.baseline) * gone / span
    }

    /// What the line expects on `day`, as it is shown: to a tenth, the line
    /// being a guide, not a count.
    pub fn expected_text(&self, day: NaiveDate) -> Said {
        to_a_tenth(self.expected_on(day))
    }

    /// Whether `value` on `day` is at or ahead of the line, in the goal's
    /// direction.
    pub fn on_track(&self, reading: Reading) -> bool {
        let expected = self.expected_on(reading.day);
        // A hair's tolerance, so a value typed to the target's own digits
        // is never judged behind it by a rounding of the line.
        let slack = 1e-9 * expected.abs().max(1.0);
        match self.rising() {
            true => reading.value >= expected - slack,
            false => reading.value <= expected + slack,
        }
    }
}

/// How many of a result's values its table lists before "Show all".
pub const RECENT_VALUES: usize = 6;

/// How a result stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Nothing recorded yet.
    NoData,
    /// The latest value is at or ahead of the line.
    OnTrack,
    /// The latest value is behind the line.
    OffTrack,
}

impl Standing {
    pub const ALL: [Standing; 3] = [Self::NoData, Self::OnTrack, Self::OffTrack];

    pub fn label(self) -> &'static str {
        match self {
            Self::NoData => "No data",
            Self::OnTrack => "On track",
            Self::OffTrack => "Off track",
        }
    }
}

/// What the results say: the latest value, the change since the one
/// before, what the line expected then, and how that stands.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Judgement {
    pub standing: Standing,
    pub latest: Option<Reading>,
    pub change: Option<f64>,
    pub expected: Option<f64>,
    /// Whether the deadline has passed by `today`.
    pub deadline_passed: bool,
}

impl Judgement {
    /// The judgement in words, for a result's card.
    pub fn facts(&self, goal: Option<&Goal>) -> Vec<Said> {
        let mut facts = Vec::new();
        facts.push(match self.latest {
            Some(latest) => said!(
                "Latest: {} on {}",
                Said::Figure(latest.value),
                Said::day_year(latest.day)
            ),
            None => said!("No value recorded yet"),
        });
        if let Some(change) = self.change {
            let figure = Said::Figure(change.abs());
            facts.push(match change {
                c if c > 0.0 => said!("+{} since the value before", figure),
                c if c < 0.0 => said!("−{} since the value before", figure),
                _ => said!("No change since the value before"),
            });
        }
        if let Some(expected) = self.expected {
            facts.push(said!(
                "The line to the target expected {} by then",
                to_a_tenth(expected)
            ));
        }
        facts.push(match goal {
            Some(goal) => {
                let (target, deadline) = (Said::Figure(goal.target), Said::day_year(goal.deadline));
                let baseline = Said::Figure(goal.baseline);
                match self.deadline_passed {
                    true => said!(
                        "Target {} by {} (passed), from {}",
                        target,
                        deadline,
                        baseline
                    ),
                    false => said!("Target {} by {}, from {}", target, deadline, baseline),
                }
            }
            None => {
                said!("No target or horizon yet: set them in the strategy to judge these results")
            }
        });
        facts
    }
}

/// A value the line expects, to a tenth: the line is a guide, not a count.
fn to_a_tenth(value: f64) -> Said {
    Said::Figure((value * 10.0).round() / 10.0)
}

/// Judges `readings` (in any order) against `goal` as of `today`. Without a
/// goal (no baseline, target or deadline yet) there is a latest value and its
/// change, but nothing to be on or off track against.
pub fn judge(goal: Option<&Goal>, readings: &[Reading], today: NaiveDate) -> Judgement {
    let (latest, previous) = last_two(readings);
    let deadline_passed = goal.is_some_and(|g| today > g.deadline);
    let Some(latest) = latest else {
        return Judgement {
            standing: Standing::NoData,
            latest: None,
            change: None,
            expected: None,
            deadline_passed,
        };
    };
    let change = previous.map(|p| latest.value - p.value);
    let (standing, expected) = match goal {
        Some(goal) => (
            match goal.on_track(latest) {
                true => Standing::OnTrack,
                false => Standing::OffTrack,
            },
            Some(goal.expected_on(latest.day)),
        ),
        None => (Standing::NoData, None),
    };
    Judgement {
        standing,
        latest: Some(latest),
        change,
        expected,
        deadline_passed,
    }
}

/// The latest reading and the one before it (by day; on one day, the later
/// in the list).
fn last_two(readings: &[Reading]) -> (Option<Reading>, Option<Reading>) {
    let mut latest: Option<Reading> = None;
    let mut previous: Option<Reading> = None;
    for &reading in readings {
        match latest {
            Some(l) if reading.day < l.day => {
                if previous.is_none_or(|p| reading.day >= p.day) {
                    previous = Some(reading);
                }
            }
            Some(l) => {
                if reading.day > l.day {
                    previous = Some(l);
                }
                latest = Some(reading);
            }
            None => latest = Some(reading),
        }
    }
    (latest, previous)
}

/// Puts `pasted` into `recorded`: one value per day, a pasted day replacing
/// what was recorded for it, in order of day. Returns how many days were
/// added and how many replaced.
pub fn merge(recorded: &mut Vec<Reading>, pasted: &[Reading]) -> (usize, usize) {
    let (mut added, mut replaced) = (0, 0);
    for &reading in pasted {
        match recorded.binary_search_by(|r| r.day.cmp(&reading.day)) {
            Ok(at) => {
                if recorded[at].value != reading.value {
                    replaced += 1;
                }
                recorded[at] = reading;
            }
            Err(at) => {
                recorded.insert(at, reading);
                added += 1;
            }
        }
    }
    (added, replaced)
}

/// The order of day and month in the user's dates (`01/02/2027`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayOrder {
    /// 1 February: most of the world.
    DayMonth,
    /// January 2: the United States.
    MonthDay,
}

impl DayOrder {
    /// The order where a language is spoken (`navigator.language`, `en-US`):
    /// month first in the United States and the few places that follow it,
    /// day first everywhere else.
    pub fn of_language(tag: &str) -> Self {
        let mut parts = tag.split(['-', '_']);
        let language = parts.next().unwrap_or("").to_ascii_lowercase();
        let region = parts.find(|p| p.len() == 2).map(str::to_ascii_uppercase);
        match (language.as_str(), region.as_deref()) {
            (_, Some("US" | "PH" | "FM" | "PW" | "MH" | "BZ")) | ("en", None) => Self::MonthDay,
            _ => Self::DayMonth,
        }
    }
}

impl Pasted {
    /// What was read, in words: "3 values read; 2 rows could not be read."
    pub fn summary(&self) -> Said {
        let values = said_n!(self.readings.len(), "{} value read", "{} values read");
        match self.bad.len() {
            0 => said!("{}.", values),
            n => said!(
                "{}; {}",
                values,
                said_n!(n, "{} row could not be read:", "{} rows could not be read:")
            ),
        }
    }
}

/// What a merge did, in words: "2 values added, 1 replaced."
pub fn merge_summary(added: usize, replaced: usize) -> Said {
    let values = |n: usize| said_n!(n, "{} value", "{} values");
    match (added, replaced) {
        (0, 0) => said!("Nothing new: every value was already recorded."),
        (added, 0) => said!("{} added.", values(added)),
        (0, replaced) => said!("{} replaced.", values(replaced)),
        (added, replaced) => said!(
            "{} added, {} replaced.",
            values(added),
            Said::Number(replaced)
        ),
    }
}

/// A row that could not be read, by its line in what was pasted (from 1).
#[derive(Debug, Clone, PartialEq)]
pub struct BadRow {
    pub line: usize,
    /// "“12\"” is not a number", said in the language shown.
    pub reason: Said,
}

/// What a paste gave: the columns (their header's names, or "Column 1"…),
/// the ones read as the date and the value, the readings, the rows that
/// could not be read, and whether the first row was a header.
#[derive(Debug, Clone, PartialEq)]
pub struct Pasted {
    /// The header's names, as they are, or "Column 1"…, said in the language
    /// shown.
    pub columns: Vec<Said>,
    pub date_column: usize,
    pub value_column: usize,
    pub header: bool,
    pub readings: Vec<Reading>,
    pub bad: Vec<BadRow>,
}

/// Why nothing could be read from a paste at all.
#[derive(Debug, Clone, PartialEq)]
pub enum PasteError {
    /// Nothing but blank lines.
    Empty,
    /// Rows of one column: a date and a value need two.
    OneColumn,
    /// No row held a date and a number where expected.
    NothingRead { bad: Vec<BadRow> },
}

impl PasteError {
    pub fn message(&self) -> Said {
        match self {
            Self::Empty => said!("There is nothing to read: paste rows with a date and a value."),
            Self::OneColumn => said!(
                "Each row needs a date and a value, in two columns (separated by a tab, a comma or a semicolon)."
            ),
            Self::NothingRead { bad } => match bad.first() {
                Some(b) => said!(
                    "No row could be read: line {}: {}. Nothing was recorded.",
                    Said::Number(b.line),
                    b.reason.clone()
                ),
                None => said!("No row could be read. Nothing was recorded."),
            },
        }
    }
}

/// Reads pasted rows of a spreadsheet or an analytics export: columns
/// separated by tabs, commas or semicolons (quoted fields as CSV has them),
/// a header row or none, dates in ISO (`2027-02-01`), with the day and the
/// month in `order` (`01/02/2027`, `1.2.27`) unless the rows themselves
/// show the other order, or with the month's name (`1 Feb 2027`, `Feb 1,
/// 2027`), values with thousands separators, a decimal comma, a currency
/// sign or a percent sign. `columns` chooses the date and value columns
/// (from 0); otherwise the first column that reads as dates, and the first
/// after it that reads as numbers. Bad rows are kept aside with their line
/// and reason; blank lines are skipped.
pub fn read_paste(
    text: &str,
    order: DayOrder,
    columns: Option<(usize, usize)>,
) -> Result<Pasted, PasteError> {
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty())
        .collect();
    let Some(&(_, first)) = lines.first() else {
        return Err(PasteError::Empty);
    };
    let separator = separator_of(first);
    let rows: Vec<(usize, Vec<String>)> = lines
        .iter()
        .map(|&(n, l)| (n, split_row(l, separator)))
        .collect();
    let width = rows.iter().map(|(_, r)| r.len()).max().unwrap_or(0);
    if width < 2 {
        return Err(PasteError::OneColumn);
    }
    let comma_decimal = separator != ','
        && rows
            .iter()
            .any(|(_, r)| r.iter().any(|f| looks_comma_decimal(f)));
    let order = order_shown(&rows, order);
    let reads_date = |f: &str| read_date(f, order).is_some();
    let reads_number = |f: &str| read_number(f, comma_decimal).is_some();
    let (date_column, value_column) = columns.unwrap_or_else(|| {
        let body = &rows[1.min(rows.len() - 1)..];
        let date = (0..width)
            .find(|&c| {
                body.iter()
                    .any(|(_, r)| r.get(c).is_some_and(|f| reads_date(f)))
            })
            .unwrap_or(0);
        let value = (0..width)
            .filter(|&c| c != date)
            .find(|&c| {
                body.iter()
                    .any(|(_, r)| r.get(c).is_some_and(|f| reads_number(f) && !reads_date(f)))
            })
            .unwrap_or(if date == 0 { 1 } else { 0 });
        (date, value)
    });
    let (_, head) = &rows[0];
    let header = !head.get(date_column).is_some_and(|f| reads_date(f))
        && !head.get(value_column).is_some_and(|f| reads_number(f));
    let names = (0..width)
        .map(|c| match header {
            true => head
                .get(c)
                .map(|f| f.trim())
                .filter(|f| !f.is_empty())
                .map(Said::value),
            false => None,
        })
        .enumerate()
        .map(|(c, name)| name.unwrap_or_else(|| said!("Column {}", Said::Number(c + 1))))
        .collect();
    let mut readings = Vec::new();
    let mut bad = Vec::new();
    for (line, row) in rows.iter().skip(usize::from(header)) {
        let date = row.get(date_column).map(|f| f.trim()).unwrap_or("");
        let value = row.get(value_column).map(|f| f.trim()).unwrap_or("");
        let reason = match (read_date(date, order), read_number(value, comma_decimal)) {
            (Some(day), Some(value)) => {
                readings.push(Reading { day, value });
                continue;
            }
            _ if date.is_empty() => said!("no date"),
            (None, _) => said!("“{}” is not a date", Said::Value(clip(date))),
            _ if value.is_empty() => said!("no value"),
            (_, None) => said!("“{}” is not a number", Said::Value(clip(value))),
        };
        bad.push(BadRow {
            line: *line,
            reason,
        });
    }
    if readings.is_empty() {
        return Err(PasteError::NothingRead { bad });
    }
    Ok(Pasted {
        columns: names,
        date_column,
        value_column,
        header,
        readings,
        bad,
    })
}

/// A field as a message quotes it: at most 40 characters.
fn clip(field: &str) -> String {
    super::name::clipped(field, 40)
}

/// The separator a row uses: a tab, else a semicolon, else a comma.
fn separator_of(row: &str) -> char {
    if row.contains('\t') {
        '\t'
    } else if row.contains(';') {
        ';'
    } else {
        ','
    }
}

/// The fields of a row, quoted fields as CSV writes them (`"1,234"`, `""`
/// for a quote inside).
fn split_row(row: &str, separator: char) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = row.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' if quoted => quoted = false,
            '"' if field.trim().is_empty() => {
                field.clear();
                quoted = true;
            }
            c if c == separator && !quoted => fields.push(std::mem::take(&mut field)),
            c => field.push(c),
        }
    }
    fields.push(field);
    fields
}

/// Whether a field is a number written with a decimal comma (`12,5`,
/// `1.234,56`).
fn looks_comma_decimal(field: &str) -> bool {
    let digits: String = field
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '%'))
        .collect();
    let Some((whole, fraction)) = digits.rsplit_once(',') else {
        return false;
    };
    !fraction.is_empty()
        && fraction.len() != 3
        && fraction.bytes().all(|b| b.is_ascii_digit())
        && whole
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-')
}

/// A number as people write it: `1,234.5`, `1.234,5` (with a decimal
/// comma), `1 234`, `$1,200`, `12%`, `-3`, `(3)` for a negative.
fn read_number(field: &str, comma_decimal: bool) -> Option<f64> {
    let mut text = field.trim();
    let negative = text.starts_with('(') && text.ends_with(')');
    if negative {
        text = &text[1..text.len() - 1];
    }
    let text = text.trim_end_matches('%').trim();
    let text = text
        .trim_start_matches(['$', '€', '£', '¥'])
        .trim_end_matches(['€', '£'])
        .trim();
    let mut number = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '0'..='9' | '-' | '+' => number.push(c),
            ' ' | '\u{a0}' | '\u{202f}' | '\'' => {}
            ',' if comma_decimal => number.push('.'),
            '.' if comma_decimal => {}
            ',' => {}
            '.' => number.push('.'),
            'e' | 'E' => number.push(c),
            _ => return None,
        }
    }
    let value = super::values::read_decimal(&number)?;
    super::values::kept(if negative { -value } else { value })
}

/// The order of day and month the rows show: a first number above 12 means
/// the day comes first, a second above 12 that the month does; otherwise the
/// user's own.
fn order_shown(rows: &[(usize, Vec<String>)], order: DayOrder) -> DayOrder {
    for (_, row) in rows {
        for field in row {
            if let Some([a, b, _]) = numeric_date_parts(field) {
                if a > 12 && b <= 12 {
                    return DayOrder::DayMonth;
                }
                if b > 12 && a <= 12 {
                    return DayOrder::MonthDay;
                }
            }
        }
    }
    order
}

/// The three numbers of a date like `01/02/2027`, `1.2.27` or `1-2-2027`
/// (not ISO, whose year comes first).
fn numeric_date_parts(field: &str) -> Option<[u32; 3]> {
    let field = field.trim();
    let field = field.split([' ', 'T']).next()?;
    let parts: Vec<&str> = field.split(['/', '.', '-']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    if a.len() > 2 || b.len() > 2 || !(c.len() == 2 || c.len() == 4) {
        return None;
    }
    let number = |s: &str| {
        s.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    Some([number(a)?, number(b)?, number(c)?])
}

/// A date as analytics exports and people write it: ISO (`2027-02-01`, or
/// with a time after it), `01/02/2027` in `order`, or with the month's
/// English name (`1 Feb 2027`, `February 1, 2027`).
fn read_date(field: &str, order: DayOrder) -> Option<NaiveDate> {
    let field = field.trim();
    if let Some(day) = field.get(..10).and_then(parse_iso_day) {
        if field.len() == 10 || field[10..].starts_with(['T', ' ']) {
            return Some(day);
        }
    }
    if let Some([a, b, year]) = numeric_date_parts(field) {
        let year = if year < 100 { 2000 + year } else { year };
        let (day, month) = match order {
            DayOrder::DayMonth => (a, b),
            DayOrder::MonthDay => (b, a),
        };
        return NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day);
    }
    named_month_date(field)
}

/// `1 Feb 2027`, `1 February 2027`, `Feb 1, 2027`, `February 1 2027`.
fn named_month_date(field: &str) -> Option<NaiveDate> {
    let words: Vec<&str> = field.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let [a, b, year] = words.as_slice() else {
        return None;
    };
    let month_of = |w: &str| {
        let w = w.trim_end_matches('.').to_ascii_lowercase();
        (w.len() >= 3)
            .then(|| {
                MONTHS
                    .iter()
                    .position(|m| m.to_ascii_lowercase().starts_with(&w))
            })
            .flatten()
    };
    let (day, month) = match (month_of(a), month_of(b)) {
        (None, Some(m)) => (a, m),
        (Some(m), None) => (b, m),
        _ => return None,
    };
    let day: u32 = day
        .trim_end_matches(['s', 't', 'n', 'd', 'r', 'h'])
        .parse()
        .ok()?;
    let year: i32 = year.parse().ok()?;
    let date = NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()? + 1, day)?;
    (date.year() == year).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn reading(m: u32, d: u32, value: f64) -> Reading {
        Reading {
            day: day(2027, m, d),
            value,
        }
    }

    /// 1,000 followers on 1 January to 2,000 on 11 April (100 days).
    fn followers() -> Goal {
        Goal {
            start: day(2027, 1, 1),
            baseline: 1000.0,
            deadline: day(2027, 4, 11),
            target: 2000.0,
        }
    }

    #[test]
    fn the_line_runs_from_the_baseline_to_the_target() {
        let goal = followers();
        assert_eq!(goal.expected_on(day(2026, 12, 1)), 1000.0);
        assert_eq!(goal.expected_on(day(2027, 1, 1)), 1000.0);
        assert_eq!(goal.expected_on(day(2027, 2, 20)), 1500.0);
        assert_eq!(goal.expected_on(day(2027, 4, 11)), 2000.0);
        assert_eq!(goal.expected_on(day(2027, 9, 1)), 2000.0);
    }

    #[test]
    fn behind_the_line_is_off_track_and_on_or_ahead_of_it_on_track() {
        let goal = followers();
        let today = day(2027, 3, 1);
        // 20 February is day 50: the line expects 1,500.
        let on = judge(
            Some(&goal),
            &[reading(1, 10, 1050.0), reading(2, 20, 1500.0)],
            today,
        );
        assert_eq!(on.standing, Standing::OnTrack);
        assert_eq!(on.change, Some(450.0));
        assert_eq!(on.expected, Some(1500.0));
        let off = judge(Some(&goal), &[reading(2, 20, 1499.0)], today);
        assert_eq!(off.standing, Standing::OffTrack);
        assert_eq!(off.change, None);
    }

    #[test]
    fn a_target_below_the_baseline_is_met_by_going_down() {
        // Response time: 120 minutes down to 20 over 100 days.
        let goal = Goal {
            start: day(2027, 1, 1),
            baseline: 120.0,
            deadline: day(2027, 4, 11),
            target: 20.0,
        };
        assert!(!goal.rising());
        assert_eq!(
            judge(Some(&goal), &[reading(2, 20, 60.0)], day(2027, 3, 1)).standing,
            Standing::OnTrack
        );
        assert_eq!(
            judge(Some(&goal), &[reading(2, 20, 75.0)], day(2027, 3, 1)).standing,
            Standing::OffTrack
        );
    }

    #[test]
    fn after_the_deadline_the_target_itself_is_the_mark() {
        let goal = followers();
        let late = judge(Some(&goal), &[reading(6, 1, 1990.0)], day(2027, 6, 2));
        assert!(late.deadline_passed);
        assert_eq!(late.expected, Some(2000.0));
        assert_eq!(late.standing, Standing::OffTrack);
        let met = judge(Some(&goal), &[reading(6, 1, 2000.0)], day(2027, 6, 2));
        assert_eq!(met.standing, Standing::OnTrack);
        // The deadline passed with the last value recorded before it.
        let before = judge(Some(&goal), &[reading(4, 1, 1950.0)], day(2027, 6, 2));
        assert!(before.deadline_passed);
        assert_eq!(before.standing, Standing::OnTrack);
    }

    #[test]
    fn a_zero_baseline_and_a_goal_to_hold_work_too() {
        let from_zero = Goal {
            start: day(2027, 1, 1),
            baseline: 0.0,
            deadline: day(2027, 4, 11),
            target: 50.0,
        };
        assert_eq!(from_zero.expected_on(day(2027, 2, 20)), 25.0);
        assert_eq!(
            judge(Some(&from_zero), &[reading(1, 1, 0.0)], day(2027, 1, 2)).standing,
            Standing::OnTrack
        );
        let hold = Goal {
            start: day(2027, 1, 1),
            baseline: 4.5,
            deadline: day(2027, 4, 11),
            target: 4.5,
        };
        assert_eq!(
            judge(Some(&hold), &[reading(2, 1, 4.5)], day(2027, 3, 1)).standing,
            Standing::OnTrack
        );
        assert_eq!(
            judge(Some(&hold), &[reading(2, 1, 4.4)], day(2027, 3, 1)).standing,
            Standing::OffTrack
        );
    }

    #[test]
    fn a_deadline_on_or_before_the_start_expects_the_target_from_then() {
        let odd = Goal {
            start: day(2027, 4, 1),
            baseline: 10.0,
            deadline: day(2027, 3, 1),
            target: 20.0,
        };
        assert_eq!(odd.expected_on(day(2027, 2, 1)), 10.0);
        assert_eq!(odd.expected_on(day(2027, 3, 1)), 20.0);
        assert_eq!(odd.expected_on(day(2027, 3, 15)), 20.0);
    }

    #[test]
    fn the_target_typed_by_hand_is_never_behind_its_own_line() {
        let goal = Goal {
            start: day(2027, 1, 1),
            baseline: 0.1,
            deadline: day(2027, 1, 4),
            target: 0.7,
        };
        // 0.1 + 0.6 * 2/3 is 0.5000000000000001 in floating point.
        assert!(goal.on_track(Reading {
            day: day(2027, 1, 3),
            value: 0.5
        }));
    }

    #[test]
    fn a_judgement_reads_as_words() {
        let goal = followers();
        let judged = judge(
            Some(&goal),
            &[reading(1, 10, 1050.0), reading(2, 20, 1499.5)],
            day(2027, 3, 1),
        );
        let words = |facts: Vec<Said>| facts.iter().map(Said::to_string).collect::<Vec<_>>();
        assert_eq!(
            words(judged.facts(Some(&goal))),
            [
                "Latest: 1,499.5 on 20 Feb 2027",
                "+449.5 since the value before",
                "The line to the target expected 1,500 by then",
                "Target 2,000 by 11 Apr 2027, from 1,000",
            ]
        );
        let tenth = judge(Some(&goal), &[reading(1, 31, 1300.0)], day(2027, 3, 1));
        assert_eq!(
            tenth.facts(Some(&goal))[1],
            "The line to the target expected 1,300 by then"
        );
        let third = Goal {
            start: day(2027, 1, 1),
            baseline: 0.0,
            deadline: day(2027, 1, 4),
            target: 10.0,
        };
        assert_eq!(
            judge(Some(&third), &[reading(1, 2, 1.0)], day(2027, 3, 1)).facts(Some(&third))[1],
            "The line to the target expected 3.3 by then"
        );
        let down = judge(
            None,
            &[reading(1, 1, 5.0), reading(1, 2, 3.0)],
            day(2027, 3, 1),
        );
        assert_eq!(down.facts(None)[1], "−2 since the value before");
        assert_eq!(
            down.facts(None)[2],
            "No target or horizon yet: set them in the strategy to judge these results"
        );
        let late = judge(Some(&goal), &[], day(2027, 5, 1));
        assert_eq!(
            words(late.facts(Some(&goal))),
            [
                "No value recorded yet",
                "Target 2,000 by 11 Apr 2027 (passed), from 1,000"
            ]
        );
    }

    #[test]
    fn without_readings_there_is_no_data_and_without_a_goal_no_standing() {
        let none = judge(Some(&followers()), &[], day(2027, 3, 1));
        assert_eq!(none.standing, Standing::NoData);
        assert_eq!(none.latest, None);
        let free = judge(
            None,
            &[reading(1, 2, 5.0), reading(1, 9, 8.0)],
            day(2027, 3, 1),
        );
        assert_eq!(free.standing, Standing::NoData);
        assert_eq!(free.latest, Some(reading(1, 9, 8.0)));
        assert_eq!(free.change, Some(3.0));
        assert_eq!(Standing::OffTrack.label(), "Off track");
    }

    #[test]
    fn the_latest_and_the_one_before_come_by_day_whatever_the_order() {
        let readings = [
            reading(3, 1, 30.0),
            reading(1, 1, 10.0),
            reading(2, 1, 20.0),
        ];
        let judged = judge(None, &readings, day(2027, 4, 1));
        assert_eq!(judged.latest, Some(reading(3, 1, 30.0)));
        assert_eq!(judged.change, Some(10.0));
        assert_eq!(
            last_two(&[reading(1, 5, 1.0)]),
            (Some(reading(1, 5, 1.0)), None)
        );
    }

    #[test]
    fn a_paste_replaces_the_days_it_holds_and_adds_the_others_in_order() {
        let mut recorded = vec![reading(1, 1, 10.0), reading(1, 8, 12.0)];
        let (added, replaced) = merge(
            &mut recorded,
            &[
                reading(1, 8, 13.0),
                reading(1, 4, 11.0),
                reading(1, 15, 14.0),
            ],
        );
        assert_eq!((added, replaced), (2, 1));
        assert_eq!(
            recorded,
            [
                reading(1, 1, 10.0),
                reading(1, 4, 11.0),
                reading(1, 8, 13.0),
                reading(1, 15, 14.0)
            ]
        );
        // Pasting the same again changes nothing.
        let again = recorded.clone();
        assert_eq!(merge(&mut recorded, &again), (0, 0));
        assert_eq!(recorded, again);
    }

    #[test]
    fn readings_out_of_order_or_twice_on_a_day_are_tidied() {
        let mut readings = vec![reading(1, 8, 2.0), reading(1, 1, 1.0), reading(1, 8, 3.0)];
        assert!(tidy(&mut readings));
        assert_eq!(readings, [reading(1, 1, 1.0), reading(1, 8, 3.0)]);
        assert!(!tidy(&mut readings));
        assert!(!tidy(&mut Vec::new()));
    }

    #[test]
    fn a_reading_is_kept_as_its_iso_day_and_value() {
        let json = serde_json::to_string(&reading(3, 9, 12.5)).unwrap();
        assert_eq!(json, r#"{"day":"2027-03-09","value":12.5}"#);
        assert_eq!(
            serde_json::from_str::<Reading>(&json).unwrap(),
            reading(3, 9, 12.5)
        );
        assert!(serde_json::from_str::<Reading>(r#"{"day":"2027-02-30","value":1}"#).is_err());
    }

    #[test]
    fn the_order_of_day_and_month_follows_the_language() {
        for tag in ["en-US", "en", "es-US", "en-PH", "fil-PH"] {
            assert_eq!(DayOrder::of_language(tag), DayOrder::MonthDay, "{tag}");
        }
        for tag in ["en-GB", "de-DE", "fr", "en-AU", "pt-BR", "zh-Hans-CN", ""] {
            assert_eq!(DayOrder::of_language(tag), DayOrder::DayMonth, "{tag}");
        }
    }

    #[test]
    fn what_a_paste_and_a_merge_did_reads_as_words() {
        let pasted =
            read_paste("2027-01-01,1\nx,2\n2027-01-02,3", DayOrder::DayMonth, None).unwrap();
        assert_eq!(pasted.summary(), "2 values read; 1 row could not be read:");
        let one = read_paste("2027-01-01,1", DayOrder::DayMonth, None).unwrap();
        assert_eq!(one.summary(), "1 value read.");
        assert_eq!(merge_summary(2, 1), "2 values added, 1 replaced.");
        assert_eq!(merge_summary(1, 0), "1 value added.");
        assert_eq!(merge_summary(0, 1), "1 value replaced.");
        assert_eq!(
            merge_summary(0, 0),
            "Nothing new: every value was already recorded."
        );
    }

    #[test]
    fn a_spreadsheet_copy_with_a_header_reads_by_tab() {
        let pasted = read_paste(
            "Date\tFollowers\n2027-01-01\t1,000\n2027-01-08\t1,120\n",
            DayOrder::DayMonth,
            None,
        )
        .unwrap();
        assert!(pasted.header);
        assert_eq!(pasted.columns, ["Date", "Followers"]);
        assert_eq!(
            pasted.readings,
            [reading(1, 1, 1000.0), reading(1, 8, 1120.0)]
        );
        assert!(pasted.bad.is_empty());
    }

    #[test]
    fn rows_without_a_header_name_their_columns_by_number() {
        let pasted = read_paste("01/02/2027,5\n02/02/2027,7", DayOrder::DayMonth, None).unwrap();
        assert!(!pasted.header);
        assert_eq!(pasted.columns, ["Column 1", "Column 2"]);
        assert_eq!(pasted.readings, [reading(2, 1, 5.0), reading(2, 2, 7.0)]);
    }

    #[test]
    fn the_users_order_of_day_and_month_reads_ambiguous_dates() {
        let us = read_paste("01/02/2027,5", DayOrder::MonthDay, None).unwrap();
        assert_eq!(us.readings, [reading(1, 2, 5.0)]);
        let uk = read_paste("01/02/2027,5", DayOrder::DayMonth, None).unwrap();
        assert_eq!(uk.readings, [reading(2, 1, 5.0)]);
    }

    #[test]
    fn the_rows_themselves_can_show_the_other_order() {
        // 13/01 can only be the 13th of January: the export is day first.
        let pasted = read_paste("12/01/2027,5\n13/01/2027,6", DayOrder::MonthDay, None).unwrap();
        assert_eq!(pasted.readings, [reading(1, 12, 5.0), reading(1, 13, 6.0)]);
        let american = read_paste("01/12/2027;5\n01/13/2027;6", DayOrder::DayMonth, None).unwrap();
        assert_eq!(
            american.readings,
            [reading(1, 12, 5.0), reading(1, 13, 6.0)]
        );
    }

    #[test]
    fn european_exports_with_semicolons_and_decimal_commas() {
        let pasted = read_paste(
            "Datum;Reichweite;Rate\n1.2.27;1.234;4,5 %\n2.2.27;1.300;5,25 %",
            DayOrder::DayMonth,
            Some((0, 2)),
        )
        .unwrap();
        assert_eq!(pasted.readings, [reading(2, 1, 4.5), reading(2, 2, 5.25)]);
        let reach = read_paste(
            "Datum;Reichweite;Rate\n1.2.27;1.234;4,5 %",
            DayOrder::DayMonth,
            Some((0, 1)),
        )
        .unwrap();
        assert_eq!(reach.readings, [reading(2, 1, 1234.0)]);
    }

    #[test]
    fn quoted_csv_fields_and_money_and_negatives() {
        let pasted = read_paste(
            "\"Day\",\"Revenue\"\n\"2027-03-01\",\"$1,200.50\"\n2027-03-02,(40)\n2027-03-03,\"12\"\"\"",
            DayOrder::DayMonth,
            None,
        )
        .unwrap();
        assert_eq!(pasted.columns, ["Day", "Revenue"]);
        assert_eq!(
            pasted.readings,
            [reading(3, 1, 1200.5), reading(3, 2, -40.0)]
        );
        assert_eq!(
            pasted.bad,
            [BadRow {
                line: 4,
                reason: said!("“{}” is not a number", Said::value("12\""))
            }]
        );
    }

    #[test]
    fn an_analytics_export_chooses_its_columns() {
        let export = "Date,Impressions,Reach,Engagement rate\n2027-01-01T00:00:00Z,5000,3200,0.041\n2027-01-02T00:00:00Z,5400,3300,0.043\n";
        let first = read_paste(export, DayOrder::MonthDay, None).unwrap();
        assert_eq!((first.date_column, first.value_column), (0, 1));
        assert_eq!(first.columns.len(), 4);
        let chosen = read_paste(export, DayOrder::MonthDay, Some((0, 3))).unwrap();
        assert_eq!(
            chosen.readings,
            [reading(1, 1, 0.041), reading(1, 2, 0.043)]
        );
    }

    #[test]
    fn month_names_as_people_write_them() {
        let pasted = read_paste(
            "1 Feb 2027\t10\nFeb 2, 2027\t11\nFebruary 3rd 2027\t12\n4 sept. 2027\t13",
            DayOrder::DayMonth,
            None,
        )
        .unwrap();
        assert_eq!(
            pasted.readings,
            [
                reading(2, 1, 10.0),
                reading(2, 2, 11.0),
                reading(2, 3, 12.0),
                reading(9, 4, 13.0)
            ]
        );
    }

    #[test]
    fn bad_rows_are_reported_by_line_and_the_good_ones_kept() {
        let text = "Date,Value\n2027-01-01,5\n\nyesterday,6\n2027-02-30,7\n2027-01-03,\n2027-01-04,lots\n,8\n2027-01-05,9";
        let pasted = read_paste(text, DayOrder::DayMonth, None).unwrap();
        assert_eq!(pasted.readings, [reading(1, 1, 5.0), reading(1, 5, 9.0)]);
        let bad: Vec<(usize, String)> = pasted
            .bad
            .iter()
            .map(|b| (b.line, b.reason.to_string()))
            .collect();
        assert_eq!(
            bad,
            [
                (4, "“yesterday” is not a date".to_owned()),
                (5, "“2027-02-30” is not a date".to_owned()),
                (6, "no value".to_owned()),
                (7, "“lots” is not a number".to_owned()),
                (8, "no date".to_owned()),
            ]
        );
    }

    #[test]
    fn a_paste_that_reads_nothing_says_why_and_records_nothing() {
        assert_eq!(
            read_paste(" \n\n", DayOrder::DayMonth, None),
            Err(PasteError::Empty)
        );
        assert_eq!(
            read_paste("1200\n1300", DayOrder::DayMonth, None),
            Err(PasteError::OneColumn)
        );
        let err = read_paste("Name,Value\nAda,x\nBo,y", DayOrder::DayMonth, None).unwrap_err();
        assert!(matches!(&err, PasteError::NothingRead { bad } if bad.len() == 2));
        assert_eq!(
            err.message(),
            "No row could be read: line 2: “Ada” is not a date. Nothing was recorded."
        );
        assert!(PasteError::OneColumn
            .message()
            .to_string()
            .contains("two columns"));
    }

    #[test]
    fn a_very_long_field_is_quoted_short() {
        let long = "x".repeat(10_000);
        let pasted =
            read_paste(&format!("2027-01-01,1\n{long},2"), DayOrder::DayMonth, None).unwrap();
        assert_eq!(
            pasted.bad[0].reason.to_string(),
            format!("“{}…” is not a date", "x".repeat(40))
        );
    }

    #[test]
    fn ten_thousand_rows_read_whole() {
        let start = day(2000, 1, 1);
        let text: String = (0..10_000)
            .map(|i| format!("{}\t{}\n", start + chrono::Duration::days(i), i * 3))
            .collect();
        let pasted = read_paste(&format!("Date\tValue\n{text}"), DayOrder::DayMonth, None).unwrap();
        assert_eq!(pasted.readings.len(), 10_000);
        assert_eq!(pasted.readings[9_999].value, 29_997.0);
        let mut recorded = Vec::new();
        assert_eq!(merge(&mut recorded, &pasted.readings), (10_000, 0));
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod any_paste {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn what_a_spreadsheet_writes_reads_back(
                rows in prop::collection::vec((0i64..20_000, -1_000_000i64..1_000_000), 1..60),
                separator in prop::sample::select(vec!['\t', ',', ';']),
                header in any::<bool>(),
                day_first in any::<bool>(),
            ) {
                let start = day(2000, 1, 1);
                let expected: Vec<Reading> = rows
                    .iter()
                    .map(|&(d, cents)| Reading { day: start + chrono::Duration::days(d), value: cents as f64 / 100.0 })
                    .collect();
                let mut text = String::new();
                if header {
                    text.push_str(&format!("Date{separator}Value\n"));
                }
                for r in &expected {
                    let date = match day_first {
                        true => format!("{:02}/{:02}/{}", r.day.day(), r.day.month(), r.day.year()),
                        false => format!("{:02}/{:02}/{}", r.day.month(), r.day.day(), r.day.year()),
                    };
                    // A decimal comma where the separator leaves it free.
                    let value = match separator {
                        ',' => format!("{:.2}", r.value),
                        _ => format!("{:.2}", r.value).replace('.', ","),
                    };
                    text.push_str(&format!("{date}{separator}{value}\n"));
                }
                let order = if day_first { DayOrder::DayMonth } else { DayOrder::MonthDay };
                let pasted = read_paste(&text, order, None).unwrap();
                prop_assert_eq!(pasted.header, header);
                prop_assert!(pasted.bad.is_empty());
                prop_assert_eq!(pasted.readings, expected);
            }

            #[test]
            fn nothing_pasted_makes_it_panic(text in ".{0,400}") {
                let _ = read_paste(&text, DayOrder::DayMonth, None);
                let _ = read_paste(&text, DayOrder::MonthDay, Some((3, 0)));
            }
        }
    }
}
