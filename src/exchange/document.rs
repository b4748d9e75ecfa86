//! A plan as a document: its strategy part by part, its campaigns, and, for
//! print, a stretch of its calendar, as headings, paragraphs, lists and
//! tables. The Markdown export writes it as text; the printable strategy
//! and the view of a shared plan lay it out in the page. Everything in it
//! is the user's words as typed: each writer escapes them its own way.

use crate::plan::{
    counted, show_number, when, Campaign, DateRange, KpiSource, MemberId, Part, Plan, Situation,
    Strategy, Team,
};
use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A heading, 1 (the plan's name) to 4.
    Heading(u8, String),
    /// Text as typed: paragraphs apart at its blank lines, its other line
    /// breaks kept.
    Text(String),
    /// A labelled value, listed with the facts and items beside it.
    Fact(String, String),
    /// One item of a list, on one line.
    Item(String),
    /// A header row, then rows of as many cells.
    Table(Vec<String>, Vec<Vec<String>>),
}

/// The plan's strategy and campaigns (archived ones left out), campaigns'
/// status told on `today`; then, given `calendar`, the posts and tasks of
/// those days.
pub fn plan_document(plan: &Plan, today: NaiveDate, calendar: Option<DateRange>) -> Vec<Block> {
    let mut out = Blocks::default();
    out.heading(1, plan.name.as_str());
    out.text(&plan.brand);
    out.text(&plan.about);
    strategy(plan, &mut out);
    campaigns(plan, today, &mut out);
    if let Some(days) = calendar {
        calendar_part(plan, days, &mut out);
    }
    out.0
}

/// What a page of the calendar says when nothing is planned in its days.
pub const NOTHING_PLANNED: &str = "Nothing is planned in these days.";

/// The days the printed strategy's calendar shows: a month from `today`.
pub fn print_days(today: NaiveDate) -> DateRange {
    DateRange::months_from(today, 1)
}

/// The printed strategy's title, which a PDF is saved as: "Hearth & Crumb —
/// social media strategy".
pub fn print_title(name: &str) -> String {
    format!("{} — social media strategy", one_line(name))
}

/// The line above the printed strategy: "Hearth & Crumb · Social media
/// strategy · 3 Dec 2026".
pub fn running_head(name: &str, today: NaiveDate) -> String {
    format!(
        "{} · Social media strategy · {}",
        one_line(name),
        when::day_month_year(today)
    )
}

#[derive(Default)]
struct Blocks(Vec<Block>);

impl Blocks {
    fn heading(&mut self, level: u8, text: &str) {
        self.0.push(Block::Heading(level, one_line(text)));
    }

    /// Left out when there is nothing to say.
    fn text(&mut self, text: &str) {
        if !text.trim().is_empty() {
            self.0.push(Block::Text(text.trim().to_owned()));
        }
    }

    /// Left out when the value is empty.
    fn fact(&mut self, label: &'static str, value: &str) {
        if !value.trim().is_empty() {
            self.0.push(Block::Fact(label.to_owned(), one_line(value)));
        }
    }

    fn item(&mut self, text: String) {
        self.0.push(Block::Item(one_line(&text)));
    }

    /// Left out without rows.
    fn table(&mut self, header: &'static [&'static str], rows: Vec<Vec<String>>) {
        if !rows.is_empty() {
            let rows = rows
                .into_iter()
                .map(|row| row.iter().map(|c| one_line(c)).collect())
                .collect();
            let header = header.iter().map(|h| (*h).to_owned()).collect();
            self.0.push(Block::Table(header, rows));
        }
    }
}

/// The user's text on one line: its line breaks as spaces.
pub fn one_line(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.join(" ")
}

fn number(value: Option<f64>) -> String {
    value.map(show_number).unwrap_or_default()
}

fn list(items: &[String]) -> String {
    let named: Vec<&str> = items
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    named.join(", ")
}

fn member<'a>(team: &'a Team, id: Option<&MemberId>) -> &'a str {
    id.and_then(|id| team.member(id))
        .map_or("", |m| m.title().english())
}

fn strategy(plan: &Plan, out: &mut Blocks) {
    out.heading(2, "Strategy");
    for part in Part::ALL {
        out.heading(3, part.title());
        part_blocks(plan, part, 4, out);
    }
}

/// One part of the strategy on its own, for its read view: what the printed
/// strategy says of it, its items' headings at level 3.
pub fn part_document(plan: &Plan, part: Part) -> Vec<Block> {
    let mut out = Blocks::default();
    part_blocks(plan, part, 3, &mut out);
    out.0
}

/// What changed in the strategy from revision `a` to revision `b`, for the
/// strategy's history: how much, then a table per part that changed.
pub fn comparison(plan: &Plan, a: u32, b: u32) -> Vec<Block> {
    let first = plan.revisions.first();
    let parts = plan.revisions.compare(a, b).unwrap_or_default();
    let count: usize = parts.iter().map(|p| p.changes.len()).sum();
    let side = |n: u32| match n == first {
        true => "In the earliest state kept".to_owned(),
        false => format!("In revision {n}"),
    };
    let mut out = vec![Block::Text(match (count, parts.len()) {
        (0, _) => "The strategy is the same in both.".to_owned(),
        (1, _) => "1 change".to_owned(),
        (n, 1) => format!("{n} changes in one part"),
        (n, p) => format!("{n} changes in {p} parts"),
    })];
    for part in parts {
        out.push(Block::Heading(
            3,
            format!(
                "{}: {}",
                part.part.title(),
                counted(part.changes.len(), "change")
            ),
        ));
        let rows = part
            .changes
            .into_iter()
            .map(|c| vec![format!("{}: {}", c.kind.label(), c.what), c.before, c.after])
            .collect();
        out.push(Block::Table(
            vec!["What".to_owned(), side(a), side(b)],
            rows,
        ));
    }
    out
}

/// A part's blocks, its items' headings at `level`.
fn part_blocks(plan: &Plan, part: Part, level: u8, out: &mut Blocks) {
    let s = &plan.strategy;
    match part {
        Part::Objectives => objectives(s, level, out),
        Part::Audience => audience(s, level, out),
        Part::Channels => channels(s, out),
        Part::Story => story(s, out),
        Part::Content => content(s, out),
        Part::People => people(s, out),
        Part::Response => response(s, out),
        Part::Measurement => measurement(s, out),
        Part::Campaign | Part::Calendar => {}
    }
}

fn objectives(s: &Strategy, level: u8, out: &mut Blocks) {
    for o in s.objectives.iter() {
        out.heading(level, o.title().english());
        out.fact("Kind of result", o.kind.map_or("", |k| k.label()));
        out.fact("Serves", o.function.map_or("", |f| f.label()));
        out.fact("Metric", &o.metric);
        out.fact("Baseline", &number(o.baseline));
        out.fact("Target", &number(o.target));
        out.fact(
            "Deadline",
            &o.deadline.map(when::day_month_year).unwrap_or_default(),
        );
    }
}

fn audience(s: &Strategy, level: u8, out: &mut Blocks) {
    for p in s.personas.iter() {
        out.heading(
            level,
            if p.name.trim().is_empty() {
                "Unnamed persona"
            } else {
                &p.name
            },
        );
        out.fact("Who", &p.who);
        out.fact("Interests", &list(&p.interests));
        out.fact("Behaviours", &list(&p.behaviours));
        out.fact("Pain points", &list(&p.pain_points));
        out.fact("Where they are online", &p.online);
    }
    if !s.priorities.is_empty() {
        out.heading(level, "Priorities");
        for p in s.priorities.iter() {
            let why = match p.why.trim() {
                "" => String::new(),
                why => format!(": {why}"),
            };
            out.item(format!(
                "{} ({}){why}",
                p.name.trim(),
                p.kind.label().to_ascii_lowercase()
            ));
        }
    }
}

fn channels(s: &Strategy, out: &mut Blocks) {
    let rows: Vec<Vec<String>> = s
        .profiles
        .iter()
        .map(|p| {
            vec![
                p.title(),
                p.purpose.map_or("", |x| x.label()).to_owned(),
                p.mission.clone(),
                p.posts_per_week
                    .map_or(String::new(), |n| format!("{n} a week")),
                member(&s.team, p.owner.as_ref()).to_owned(),
            ]
        })
        .collect();
    out.table(&["Profile", "Purpose", "Mission", "Cadence", "Owner"], rows);
}

fn story(s: &Strategy, out: &mut Blocks) {
    out.text(&s.story.positioning);
    for m in s
        .story
        .key_messages
        .iter()
        .filter(|m| !m.text.trim().is_empty())
    {
        out.item(m.text.clone());
    }
    out.fact("Voice", &s.story.voice);
    out.fact("Words to use", &list(&s.story.words_to_use));
    out.fact("Words to avoid", &list(&s.story.words_to_avoid));
}

fn content(s: &Strategy, out: &mut Blocks) {
    let rows: Vec<Vec<String>> = s
        .content
        .pillars
        .iter()
        .map(|p| {
            vec![
                p.title().english().to_owned(),
                p.description.clone(),
                p.share
                    .map_or(String::new(), |x| format!("{}%", show_number(x))),
            ]
        })
        .collect();
    out.table(&["Pillar", "What it covers", "Share"], rows);
    out.fact("Formats", &list(&s.content.formats));
    out.fact(
        "Effort per post",
        &s.content
            .minutes_per_post
            .map_or(String::new(), |m| format!("{m} minutes")),
    );
}

fn people(s: &Strategy, out: &mut Blocks) {
    let rows: Vec<Vec<String>> = s
        .team
        .members
        .iter()
        .map(|m| {
            vec![
                m.title().english().to_owned(),
                m.role.clone(),
                m.hours_per_week
                    .map_or(String::new(), |h| format!("{} h", show_number(h))),
                m.training.clone(),
            ]
        })
        .collect();
    out.table(&["Who", "Role", "Hours a week", "Training"], rows);
    for t in s.team.tools.iter() {
        let role = t.role.map_or(String::new(), |r| {
            format!(" ({})", r.label().to_ascii_lowercase())
        });
        let used = match t.used_for.trim() {
            "" => String::new(),
            used => format!(": {used}"),
        };
        out.item(format!("{}{role}{used}", t.title().english()));
    }
}

fn response(s: &Strategy, out: &mut Blocks) {
    for e in s.response.escalations.iter() {
        let to = match member(&s.team, e.to.as_ref()) {
            "" => String::new(),
            name => format!(" → {name}"),
        };
        let how = match e.how.trim() {
            "" => String::new(),
            how => format!(": {how}"),
        };
        out.item(format!("{}{to}{how}", e.situation.trim()));
    }
    for situation in Situation::ALL {
        out.fact(situation.label(), s.response.guidelines.get(situation));
    }
}

fn measurement(s: &Strategy, out: &mut Blocks) {
    if let Some(horizon) = s.measurement.horizon {
        out.fact("Horizon", &when::span(horizon));
    }
    let rows: Vec<Vec<String>> = s
        .measurement
        .kpis
        .iter()
        .map(|k| {
            vec![
                k.name.clone(),
                k.objective
                    .as_ref()
                    .and_then(|id| s.objective(id))
                    .map_or("", |o| o.title().english())
                    .to_owned(),
                number(k.baseline),
                number(k.target),
                k.review.map_or("", |r| r.label()).to_owned(),
                match &k.source {
                    Some(KpiSource::Platform) => "The platform".to_owned(),
                    Some(KpiSource::Tool(id)) => s
                        .team
                        .tool(id)
                        .map_or("", |t| t.title().english())
                        .to_owned(),
                    None => String::new(),
                },
            ]
        })
        .collect();
    out.table(
        &[
            "KPI",
            "Objective",
            "Baseline",
            "Target",
            "Reviewed",
            "Read from",
        ],
        rows,
    );
    out.fact(
        "Fit with the wider marketing plan",
        &s.measurement.integration,
    );
}

fn campaigns(plan: &Plan, today: NaiveDate, out: &mut Blocks) {
    let live: Vec<&Campaign> = plan
        .campaigns
        .iter()
        .map(|c| &**c)
        .filter(|c| !c.archived)
        .collect();
    if live.is_empty() {
        return;
    }
    out.heading(2, "Campaigns");
    let s = &plan.strategy;
    for c in live {
        out.heading(3, c.title().english());
        out.text(&format!(
            "{} · {}",
            when::span(c.dates),
            c.status(today).label()
        ));
        for fact in plan.campaign_facts(c) {
            out.item(fact.to_string());
        }
        out.fact("Key message", plan.campaign_message(c));
        out.fact("Call to action", &c.call_to_action);
        out.fact("Offer", &c.offer);
        out.fact("Owner", member(&s.team, c.owner.as_ref()));
        let money = |value: Option<f64>| value.map_or(String::new(), |v| plan.money(v).to_string());
        out.fact("Budget", &money(c.budget));
        out.fact("Expected return", &money(c.expected_return));
        out.fact("Expected ROI", &c.expected_roi().describe().to_string());
        let rows: Vec<Vec<String>> = c
            .tactics
            .iter()
            .map(|t| {
                vec![
                    t.kind.label().to_owned(),
                    t.description.clone(),
                    t.profile
                        .as_ref()
                        .and_then(|id| s.profile(id))
                        .map_or(String::new(), |p| p.title()),
                    money(t.spend),
                ]
            })
            .collect();
        out.table(&["Tactic", "What", "Profile", "Cost"], rows);
        out.text(&c.notes);
    }
}

fn calendar_part(plan: &Plan, days: DateRange, out: &mut Blocks) {
    out.heading(2, "Calendar");
    out.text(&when::span(days));
    let s = &plan.strategy;
    let rows: Vec<Vec<String>> = plan
        .calendar
        .entries(days)
        .iter()
        .map(|e| {
            vec![
                when::weekday_day_month(e.day),
                e.time.map(when::clock).unwrap_or_default(),
                e.content()
                    .and_then(|c| c.profile.as_ref())
                    .and_then(|id| s.profile(id))
                    .map_or(String::new(), |p| p.title()),
                e.headline().to_string(),
                e.status_label().to_owned(),
            ]
        })
        .collect();
    if rows.is_empty() {
        out.text(NOTHING_PLANNED);
    }
    out.table(&["Day", "Time", "Profile", "What", "Status"], rows);
}
