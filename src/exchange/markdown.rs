//! Markdown of the strategy and the campaigns, for docs and wikis: one
//! heading per part, lists and tables as a reader expects, and the user's
//! words escaped so that nothing they typed becomes markup (or HTML) in the
//! page it is pasted into.

use crate::plan::{
    show_number, when, Campaign, KpiSource, Member, MemberId, Part, Plan, Situation, Team,
};
use chrono::NaiveDate;

/// The plan's strategy and campaigns (archived ones left out) as Markdown,
/// campaigns' status told on `today`.
pub fn plan_markdown(plan: &Plan, today: NaiveDate) -> String {
    let mut out = Doc::default();
    out.line(&format!("# {}", inline(plan.name.as_str())));
    out.blank();
    for text in [plan.brand.as_str(), plan.about.as_str()] {
        if !text.trim().is_empty() {
            out.paragraph(text);
        }
    }
    strategy(plan, &mut out);
    campaigns(plan, today, &mut out);
    let end = out.0.trim_end().len();
    out.0.truncate(end);
    out.0.push('\n');
    out.0
}

#[derive(Default)]
struct Doc(String);

impl Doc {
    fn line(&mut self, text: &str) {
        self.0.push_str(text.trim_end());
        self.0.push('\n');
    }

    fn blank(&mut self) {
        if !self.0.ends_with("\n\n") {
            self.0.push('\n');
        }
    }

    fn heading(&mut self, level: usize, text: &str) {
        self.blank();
        self.line(&format!("{} {}", "#".repeat(level), inline(text)));
        self.blank();
    }

    /// The user's text as paragraphs: its blank lines kept, its other line
    /// breaks as Markdown's hard breaks.
    fn paragraph(&mut self, text: &str) {
        for block in text.trim().split("\n\n").filter(|b| !b.trim().is_empty()) {
            let lines: Vec<String> = block.lines().map(|l| escape(l.trim())).collect();
            self.line(&lines.join("  \n"));
            self.blank();
        }
    }

    /// "- **Label**: value", left out when the value is empty.
    fn fact(&mut self, label: &str, value: &str) {
        if !value.trim().is_empty() {
            self.line(&format!(
                "- **{label}**: {}",
                escape_inline(&one_line(value))
            ));
        }
    }

    /// A table: a header row, then a row per item, each cell one line.
    fn table(&mut self, header: &[&str], rows: &[Vec<String>]) {
        self.blank();
        self.line(&format!("| {} |", header.join(" | ")));
        let rule: Vec<&str> = header.iter().map(|_| "---").collect();
        self.line(&format!("| {} |", rule.join(" | ")));
        for row in rows {
            let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
            self.line(&format!("| {} |", cells.join(" | ")));
        }
        self.blank();
    }
}

/// Escapes what Markdown (and the HTML it allows) would read as markup in a
/// line's middle: a reader sees exactly what was typed.
fn escape_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '&' => out.push_str("&amp;"),
            _ => out.push(c),
        }
    }
    out
}

/// [`escape_inline`], and what begins a heading, a list, a quote or a
/// numbered list at a line's start: for text that starts a line.
pub fn escape(text: &str) -> String {
    let mut out = escape_inline(text);
    if out.starts_with(['#', '-', '+', '=']) {
        out.insert(0, '\\');
    }
    // "1." or "1)" at a line's start would begin a numbered list.
    if let Some(dot) = out.find(['.', ')']) {
        if dot > 0 && out[..dot].chars().all(|c| c.is_ascii_digit()) {
            out.insert(dot, '\\');
        }
    }
    out
}

/// The user's text on one line: its line breaks as spaces.
fn one_line(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.join(" ")
}

/// One line of the user's text, escaped to start a line.
fn inline(text: &str) -> String {
    escape(&one_line(text))
}

/// A table's cell: one line, with "—" for nothing.
fn cell(text: &str) -> String {
    match escape_inline(&one_line(text)) {
        t if t.is_empty() => "—".to_owned(),
        t => t,
    }
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
    id.and_then(|id| team.member(id)).map_or("", Member::title)
}

fn strategy(plan: &Plan, out: &mut Doc) {
    let s = &plan.strategy;
    out.heading(2, "Strategy");

    out.heading(3, Part::Objectives.title());
    for o in s.objectives.iter() {
        out.heading(4, o.title());
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

    out.heading(3, Part::Audience.title());
    for p in s.personas.iter() {
        out.heading(
            4,
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
        out.heading(4, "Priorities");
        for p in s.priorities.iter() {
            let why = match p.why.trim() {
                "" => String::new(),
                why => format!(": {}", inline(why)),
            };
            out.line(&format!(
                "- {} ({}){why}",
                inline(&p.name),
                p.kind.label().to_ascii_lowercase()
            ));
        }
    }

    out.heading(3, Part::Channels.title());
    let members = &s.team.members;
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
    if !rows.is_empty() {
        out.table(
            &["Profile", "Purpose", "Mission", "Cadence", "Owner"],
            &rows,
        );
    }

    out.heading(3, Part::Story.title());
    if !s.story.positioning.trim().is_empty() {
        out.paragraph(&s.story.positioning);
    }
    for m in s
        .story
        .key_messages
        .iter()
        .filter(|m| !m.text.trim().is_empty())
    {
        out.line(&format!("- {}", inline(&m.text)));
    }
    out.blank();
    out.fact("Voice", &s.story.voice);
    out.fact("Words to use", &list(&s.story.words_to_use));
    out.fact("Words to avoid", &list(&s.story.words_to_avoid));

    out.heading(3, Part::Content.title());
    let rows: Vec<Vec<String>> = s
        .content
        .pillars
        .iter()
        .map(|p| {
            vec![
                p.title().to_owned(),
                p.description.clone(),
                p.share
                    .map_or(String::new(), |x| format!("{}%", show_number(x))),
            ]
        })
        .collect();
    if !rows.is_empty() {
        out.table(&["Pillar", "What it covers", "Share"], &rows);
    }
    out.fact("Formats", &list(&s.content.formats));
    out.fact(
        "Effort per post",
        &s.content
            .minutes_per_post
            .map_or(String::new(), |m| format!("{m} minutes")),
    );

    out.heading(3, Part::People.title());
    let rows: Vec<Vec<String>> = members
        .iter()
        .map(|m| {
            vec![
                m.title().to_owned(),
                m.role.clone(),
                m.hours_per_week
                    .map_or(String::new(), |h| format!("{} h", show_number(h))),
                m.training.clone(),
            ]
        })
        .collect();
    if !rows.is_empty() {
        out.table(&["Who", "Role", "Hours a week", "Training"], &rows);
    }
    for t in s.team.tools.iter() {
        let role = t.role.map_or(String::new(), |r| {
            format!(" ({})", r.label().to_ascii_lowercase())
        });
        let used = match t.used_for.trim() {
            "" => String::new(),
            used => format!(": {}", inline(used)),
        };
        out.line(&format!("- {}{role}{used}", inline(t.title())));
    }

    out.heading(3, Part::Response.title());
    for e in s.response.escalations.iter() {
        let to = match member(&s.team, e.to.as_ref()) {
            "" => String::new(),
            name => format!(" → {}", inline(name)),
        };
        let how = match e.how.trim() {
            "" => String::new(),
            how => format!(": {}", inline(how)),
        };
        out.line(&format!("- {}{to}{how}", inline(&e.situation)));
    }
    out.blank();
    for situation in Situation::ALL {
        out.fact(situation.label(), s.response.guidelines.get(situation));
    }

    out.heading(3, Part::Measurement.title());
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
                    .map_or("", |o| o.title())
                    .to_owned(),
                number(k.baseline),
                number(k.target),
                k.review.map_or("", |r| r.label()).to_owned(),
                match &k.source {
                    Some(KpiSource::Platform) => "The platform".to_owned(),
                    Some(KpiSource::Tool(id)) => {
                        s.team.tool(id).map_or("", |t| t.title()).to_owned()
                    }
                    None => String::new(),
                },
            ]
        })
        .collect();
    if !rows.is_empty() {
        out.table(
            &[
                "KPI",
                "Objective",
                "Baseline",
                "Target",
                "Reviewed",
                "Read from",
            ],
            &rows,
        );
    }
    out.fact(
        "Fit with the wider marketing plan",
        &s.measurement.integration,
    );
}

fn campaigns(plan: &Plan, today: NaiveDate, out: &mut Doc) {
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
        out.heading(3, c.title());
        out.line(&format!(
            "{} · {}",
            when::span(c.dates),
            c.status(today).label()
        ));
        out.blank();
        for fact in plan.campaign_facts(c) {
            out.line(&format!("- {}", inline(&fact)));
        }
        out.fact("Key message", plan.campaign_message(c));
        out.fact("Call to action", &c.call_to_action);
        out.fact("Offer", &c.offer);
        out.fact("Owner", member(&s.team, c.owner.as_ref()));
        out.fact("Budget", &number(c.budget));
        out.fact("Expected return", &number(c.expected_return));
        out.fact("Expected ROI", &c.expected_roi().describe());
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
                    number(t.spend),
                ]
            })
            .collect();
        if !rows.is_empty() {
            out.table(&["Tactic", "What", "Profile", "Cost"], &rows);
        }
        if !c.notes.trim().is_empty() {
            out.paragraph(&c.notes);
        }
    }
}
