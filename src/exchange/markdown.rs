//! Markdown of the strategy and the campaigns, for docs and wikis: one
//! heading per part, lists and tables as a reader expects, and the user's
//! words escaped so that nothing they typed becomes markup (or HTML) in the
//! page it is pasted into.

use super::document::{plan_document_in, Block};
use crate::plan::{English, Plan, Tongue};
use chrono::NaiveDate;

/// The plan's strategy and campaigns (archived ones left out) as Markdown,
/// campaigns' status told on `today`.
pub fn plan_markdown(plan: &Plan, today: NaiveDate) -> String {
    plan_markdown_in(plan, today, &English)
}

/// [`plan_markdown`] said in `tongue`, as the page it is downloaded from.
pub fn plan_markdown_in(plan: &Plan, today: NaiveDate, tongue: &dyn Tongue) -> String {
    let mut out = Doc::default();
    for block in plan_document_in(plan, today, None, tongue) {
        match block {
            Block::Heading(level, text) => {
                out.blank();
                out.line(&format!("{} {}", "#".repeat(level.into()), escape(&text)));
                out.blank();
            }
            Block::Text(text) => {
                out.blank();
                out.paragraph(&text);
            }
            Block::Fact(label, value) => {
                out.line(&format!("- **{label}**: {}", escape_inline(&value)));
            }
            Block::Item(text) => out.line(&format!("- {}", escape(&text))),
            Block::Table(header, rows) => out.table(&header, &rows),
        }
    }
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
        if !self.0.is_empty() && !self.0.ends_with("\n\n") {
            self.0.push('\n');
        }
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

    /// A table: a header row, then a row per item, each cell one line.
    fn table(&mut self, header: &[String], rows: &[Vec<String>]) {
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

/// A table's cell (one line already, as the document's cells are), with "—"
/// for nothing.
fn cell(text: &str) -> String {
    match escape_inline(text) {
        t if t.is_empty() => "—".to_owned(),
        t => t,
    }
}
