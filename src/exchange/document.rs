//! A plan as a document: its strategy part by part, its campaigns, and, for
//! print, a stretch of its calendar, as headings, paragraphs, lists and
//! tables. The Markdown export writes it as text; the printable strategy
//! and the view of a shared plan lay it out in the page. Everything in it
//! is the user's words as typed: each writer escapes them its own way.
//! The rest is said in a language (`_in`, in a [`Tongue`]; English
//! otherwise), as the page it is laid out in speaks.

use crate::plan::{
    said, said_n, when, words, Campaign, DateRange, English, KpiSource, MemberId, Part, Plan, Said,
    Situation, Strategy, Team, Tongue,
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
    plan_document_in(plan, today, calendar, &English)
}

/// [`plan_document`] said in `tongue`.
pub fn plan_document_in(
    plan: &Plan,
    today: NaiveDate,
    calendar: Option<DateRange>,
    tongue: &dyn Tongue,
) -> Vec<Block> {
    let mut out = Blocks::new(tongue);
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
pub const NOTHING_PLANNED: &str = words!("Nothing is planned in these days.");

/// The days the printed strategy's calendar shows: a month from `today`.
pub fn print_days(today: NaiveDate) -> DateRange {
    DateRange::months_from(today, 1)
}

/// The printed strategy's title, which a PDF is saved as: "Hearth & Crumb —
/// social media strategy".
pub fn print_title(name: &str) -> Said {
    said!("{} — social media strategy", Said::Value(one_line(name)))
}

/// The line above the printed strategy: "Hearth & Crumb · Social media
/// strategy · 3 Dec 2026".
pub fn running_head(name: &str, today: NaiveDate) -> Said {
    said!(
        "{} · Social media strategy · {}",
        Said::Value(one_line(name)),
        Said::day_year(today)
    )
}

/// The blocks so far, and the language they are said in.
struct Blocks<'t>(Vec<Block>, &'t dyn Tongue);

impl<'t> Blocks<'t> {
    fn new(tongue: &'t dyn Tongue) -> Self {
        Self(Vec::new(), tongue)
    }

    /// An English text of the document's own, in its language.
    fn w(&self, english: &'static str) -> &'static str {
        self.1.words(english)
    }

    fn say(&self, said: &Said) -> String {
        said.say(self.1)
    }

    /// A number as the language writes it in a field ("12,5"), ungrouped.
    fn number(&self, value: Option<f64>) -> String {
        value.map_or(String::new(), |v| self.1.marks().field(v))
    }

    fn day(&self, day: NaiveDate) -> String {
        self.1.dates().day_month_year(day)
    }

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
            self.0
                .push(Block::Fact(self.w(label).to_owned(), one_line(value)));
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
            let header = header.iter().map(|h| self.w(h).to_owned()).collect();
            self.0.push(Block::Table(header, rows));
        }
    }
}

/// The user's text on one line: its line breaks as spaces.
pub fn one_line(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.join(" ")
}

fn list(items: &[String]) -> String {
    let named: Vec<&str> = items
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    named.join(", ")
}

fn member<'a>(team: &'a Team, id: Option<&MemberId>, tongue: &dyn Tongue) -> &'a str {
    id.and_then(|id| team.member(id))
        .map_or("", |m| m.title().said_in(tongue))
}

fn strategy(plan: &Plan, out: &mut Blocks) {
    out.heading(2, out.w(words!("Strategy")));
    for part in Part::ALL {
        out.heading(3, out.w(part.title()));
        part_blocks(plan, part, 4, out);
    }
}

/// One part of the strategy on its own, for its read view: what the printed
/// strategy says of it, its items' headings at level 3.
pub fn part_document(plan: &Plan, part: Part) -> Vec<Block> {
    part_document_in(plan, part, &English)
}

/// [`part_document`] said in `tongue`.
pub fn part_document_in(plan: &Plan, part: Part, tongue: &dyn Tongue) -> Vec<Block> {
    let mut out = Blocks::new(tongue);
    part_blocks(plan, part, 3, &mut out);
    out.0
}

/// What changed in the strategy from revision `a` to revision `b`, for the
/// strategy's history: how much, then a table per part that changed.
pub fn comparison(plan: &Plan, a: u32, b: u32) -> Vec<Block> {
    comparison_in(plan, a, b, &English)
}

/// [`comparison`] said in `tongue`.
pub fn comparison_in(plan: &Plan, a: u32, b: u32, tongue: &dyn Tongue) -> Vec<Block> {
    let first = plan.revisions.first();
    let parts = plan.revisions.compare(a, b).unwrap_or_default();
    let count: usize = parts.iter().map(|p| p.changes.len()).sum();
    let side = |n: u32| match n == first {
        true => said!("In the earliest state kept"),
        false => said!("In revision {}", Said::Number(n as usize)),
    };
    let said = match (count, parts.len()) {
        (0, _) => said!("The strategy is the same in both."),
        (1, _) => said!("1 change"),
        (n, 1) => said!("{} changes in one part", Said::Number(n)),
        (n, p) => said!("{} changes in {} parts", Said::Number(n), Said::Number(p)),
    };
    let mut out = vec![Block::Text(said.say(tongue))];
    for part in parts {
        let changes = said_n!(part.changes.len(), "{} change", "{} changes");
        out.push(Block::Heading(
            3,
            said!("{}: {}", Said::label(part.part.title()), changes).say(tongue),
        ));
        let rows = part
            .changes
            .into_iter()
            .map(|c| {
                let what = said!("{}: {}", Said::label(c.kind.label()), Said::Value(c.what));
                vec![what.say(tongue), c.before, c.after]
            })
            .collect();
        out.push(Block::Table(
            vec![
                tongue.words(words!("What")).to_owned(),
                side(a).say(tongue),
                side(b).say(tongue),
            ],
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
        out.heading(level, o.title().said_in(out.1));
        let kind = o.kind.map_or("", |k| out.w(k.label()));
        out.fact(words!("Kind of result"), kind);
        let serves = o.function.map_or("", |f| out.w(f.label()));
        out.fact(words!("Serves"), serves);
        out.fact(words!("Metric"), &o.metric);
        let (baseline, target) = (out.number(o.baseline), out.number(o.target));
        out.fact(words!("Baseline"), &baseline);
        out.fact(words!("Target"), &target);
        let deadline = o.deadline.map(|d| out.day(d)).unwrap_or_default();
        out.fact(words!("Deadline"), &deadline);
    }
}

fn audience(s: &Strategy, level: u8, out: &mut Blocks) {
    for p in s.personas.iter() {
        out.heading(level, p.title().said_in(out.1));
        out.fact(words!("Who"), &p.who);
        out.fact(words!("Interests"), &list(&p.interests));
        out.fact(words!("Behaviours"), &list(&p.behaviours));
        out.fact(words!("Pain points"), &list(&p.pain_points));
        out.fact(words!("Where they are online"), &p.online);
    }
    if !s.priorities.is_empty() {
        out.heading(level, out.w(words!("Priorities")));
        for p in s.priorities.iter() {
            let why = match p.why.trim() {
                "" => String::new(),
                why => format!(": {why}"),
            };
            let kind = out.1.in_sentence(p.kind.label());
            out.item(format!("{} ({kind}){why}", p.name.trim()));
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
                p.purpose.map_or("", |x| out.w(x.label())).to_owned(),
                p.mission.clone(),
                p.posts_per_week.map_or(String::new(), |n| {
                    out.say(&said!("{} a week", Said::Number(n as usize)))
                }),
                member(&s.team, p.owner.as_ref(), out.1).to_owned(),
            ]
        })
        .collect();
    out.table(
        &[
            words!("Profile"),
            words!("Purpose"),
            words!("Mission"),
            words!("Cadence"),
            words!("Owner"),
        ],
        rows,
    );
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
    out.fact(words!("Voice"), &s.story.voice);
    out.fact(words!("Words to use"), &list(&s.story.words_to_use));
    out.fact(words!("Words to avoid"), &list(&s.story.words_to_avoid));
}

fn content(s: &Strategy, out: &mut Blocks) {
    let rows: Vec<Vec<String>> = s
        .content
        .pillars
        .iter()
        .map(|p| {
            vec![
                p.title().said_in(out.1).to_owned(),
                p.description.clone(),
                p.share
                    .map_or(String::new(), |x| out.say(&said!("{}%", Said::Figure(x)))),
            ]
        })
        .collect();
    out.table(
        &[words!("Pillar"), words!("What it covers"), words!("Share")],
        rows,
    );
    out.fact(words!("Formats"), &list(&s.content.formats));
    let effort = s.content.minutes_per_post.map_or(String::new(), |m| {
        out.say(&said_n!(m as usize, "{} minute", "{} minutes"))
    });
    out.fact(words!("Effort per post"), &effort);
}

fn people(s: &Strategy, out: &mut Blocks) {
    let rows: Vec<Vec<String>> = s
        .team
        .members
        .iter()
        .map(|m| {
            vec![
                m.title().said_in(out.1).to_owned(),
                m.role.clone(),
                m.hours_per_week
                    .map_or(String::new(), |h| out.say(&said!("{} h", Said::Figure(h)))),
                m.training.clone(),
            ]
        })
        .collect();
    out.table(
        &[
            words!("Who"),
            words!("Role"),
            words!("Hours a week"),
            words!("Training"),
        ],
        rows,
    );
    for t in s.team.tools.iter() {
        let role = t.role.map_or(String::new(), |r| {
            format!(" ({})", out.1.in_sentence(r.label()))
        });
        let used = match t.used_for.trim() {
            "" => String::new(),
            used => format!(": {used}"),
        };
        out.item(format!("{}{role}{used}", t.title().said_in(out.1)));
    }
}

fn response(s: &Strategy, out: &mut Blocks) {
    for e in s.response.escalations.iter() {
        let to = match member(&s.team, e.to.as_ref(), out.1) {
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
        let span = out.1.dates().span(horizon);
        out.fact(words!("Horizon"), &span);
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
                    .map_or("", |o| o.title().said_in(out.1))
                    .to_owned(),
                out.number(k.baseline),
                out.number(k.target),
                k.review.map_or("", |r| out.w(r.label())).to_owned(),
                match &k.source {
                    Some(KpiSource::Platform) => out.w(words!("The platform")).to_owned(),
                    Some(KpiSource::Tool(id)) => s
                        .team
                        .tool(id)
                        .map_or("", |t| t.title().said_in(out.1))
                        .to_owned(),
                    None => String::new(),
                },
            ]
        })
        .collect();
    out.table(
        &[
            words!("KPI"),
            words!("Objective"),
            words!("Baseline"),
            words!("Target"),
            words!("Reviewed"),
            words!("Read from"),
        ],
        rows,
    );
    out.fact(
        words!("Fit with the wider marketing plan"),
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
    out.heading(2, out.w(words!("Campaigns")));
    let s = &plan.strategy;
    for c in live {
        out.heading(3, c.title().said_in(out.1));
        let when = said!(
            "{} · {}",
            Said::Span(c.dates),
            Said::label(c.status(today).label())
        );
        out.text(&out.say(&when));
        for fact in plan.campaign_facts(c) {
            out.item(out.say(&fact));
        }
        out.fact(words!("Key message"), plan.campaign_message(c));
        out.fact(words!("Call to action"), &c.call_to_action);
        out.fact(words!("Offer"), &c.offer);
        out.fact(words!("Owner"), member(&s.team, c.owner.as_ref(), out.1));
        let tongue = out.1;
        let money = |value: Option<f64>| value.map_or(String::new(), |v| plan.money(v).say(tongue));
        out.fact(words!("Budget"), &money(c.budget));
        out.fact(words!("Expected return"), &money(c.expected_return));
        let roi = out.say(&c.expected_roi().describe());
        out.fact(words!("Expected ROI"), &roi);
        let rows: Vec<Vec<String>> = c
            .tactics
            .iter()
            .map(|t| {
                vec![
                    out.w(t.kind.label()).to_owned(),
                    t.description.clone(),
                    t.profile
                        .as_ref()
                        .and_then(|id| s.profile(id))
                        .map_or(String::new(), |p| p.title()),
                    money(t.spend),
                ]
            })
            .collect();
        out.table(
            &[
                words!("Tactic"),
                words!("What"),
                words!("Profile"),
                words!("Cost"),
            ],
            rows,
        );
        out.text(&c.notes);
    }
}

fn calendar_part(plan: &Plan, days: DateRange, out: &mut Blocks) {
    out.heading(2, out.w(words!("Calendar")));
    let span = out.1.dates().span(days);
    out.text(&span);
    let s = &plan.strategy;
    let rows: Vec<Vec<String>> = plan
        .calendar
        .entries(days)
        .iter()
        .map(|e| {
            vec![
                out.1.dates().weekday_day_month(e.day),
                e.time.map(when::clock).unwrap_or_default(),
                e.content()
                    .and_then(|c| c.profile.as_ref())
                    .and_then(|id| s.profile(id))
                    .map_or(String::new(), |p| p.title()),
                out.say(&e.headline()),
                out.w(e.status_label()).to_owned(),
            ]
        })
        .collect();
    if rows.is_empty() {
        out.text(out.w(NOTHING_PLANNED));
    }
    out.table(
        &[
            words!("Day"),
            words!("Time"),
            words!("Profile"),
            words!("What"),
            words!("Status"),
        ],
        rows,
    );
}
