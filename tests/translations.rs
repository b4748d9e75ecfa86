//! The translations shipped (`assets/lang/*.txt`) are readable and whole:
//! every English text the interface looks up (`t("…")` in the code, and the
//! domain's labels it passes to `t`) has its translation, no entry is left
//! over from a text the code no longer has, and none is given twice.

use social_media_planner::exchange::catalogue::Catalogue;
use social_media_planner::plan::results::Standing;
use social_media_planner::plan::{
    when, BusinessFunction, CampaignStatus, Dimension, ObjectiveKind, Part, PartStatus, PostStatus,
    PrimaryPurpose, PriorityKind, RepeatKind, ResponseKind, ReviewCadence, Situation, TacticKind,
    TaskKind, ToolRole, View, CURRENCIES,
};
use social_media_planner::session::{Language, Theme};
use std::collections::BTreeSet;
use std::path::Path;

fn sources(dir: &Path, found: &mut Vec<String>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("the sources are readable")
        .map(|e| e.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("a source file");
            // Tests' texts are not the interface's: they close a file.
            let text = text.split("#[cfg(test)]").next().unwrap_or_default();
            // Comments' examples are not the interface's.
            let code: Vec<&str> = text
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .collect();
            found.push(code.join("\n"));
        }
    }
}

/// The string literal at the start of `text`, and what follows it.
fn literal(text: &str) -> (&str, &str) {
    let end = text.find('"').expect("a literal ends");
    let key = &text[..end];
    assert!(
        !key.ends_with('\\'),
        "a looked-up text holds no escaped quote: {key}"
    );
    (key, &text[end + 1..])
}

/// Whether the `t` just before `after` in `source` is a function's name
/// where it is defined (`fn tn(`), not a call.
fn is_definition(source: &str, after: &str) -> bool {
    let at = source.len() - after.len() - 1;
    source[..at].ends_with("fn ")
}

/// The string literals `source` passes to `t`, `tf`, `said!` and `words!`, and the
/// two that `tn`, `said_n!` and `called` take after their first argument.
fn looked_up(source: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let mut rest = source;
    while let Some(at) = rest.find(['t', 's', 'c', 'w']) {
        let before = source[..source.len() - rest.len() + at].chars().next_back();
        let after = &rest[at..];
        rest = &rest[at + 1..];
        if is_definition(source, &after[1..])
            || before.is_some_and(|c| c.is_alphanumeric() || c == '_')
        {
            continue;
        }
        // A call's text may be on the line after it, as rustfmt puts it.
        let one = ["t(", "tf(", "said!(", "words!("]
            .iter()
            .find_map(|call| after.strip_prefix(call)?.trim_start().strip_prefix('"'));
        let two = ["tn(", "said_n!(", "called("]
            .iter()
            .find_map(|call| after.strip_prefix(call));
        if let Some(text) = one {
            let (key, next) = literal(text);
            keys.push(key.to_owned());
            rest = next;
        } else if let Some(text) = two {
            let open = text.find('"').expect("the call's texts");
            let (one, next) = literal(&text[open + 1..]);
            let open = next.find('"').expect("the call's second text");
            let (other, next) = literal(&next[open + 1..]);
            keys.extend([one.to_owned(), other.to_owned()]);
            rest = next;
        }
    }
    keys
}

/// Every English text the interface looks up.
fn keys() -> BTreeSet<String> {
    let mut files = Vec::new();
    sources(Path::new("src/ui"), &mut files);
    sources(Path::new("src/plan"), &mut files);
    sources(Path::new("src/exchange"), &mut files);
    sources(Path::new("src/session"), &mut files);
    sources(Path::new("src/storage"), &mut files);
    let mut keys: BTreeSet<String> = files.iter().flat_map(|f| looked_up(f)).collect();
    // Labels the domain gives and the interface passes to `t`.
    let labels = Theme::ALL
        .iter()
        .map(|t| t.label())
        .chain(Part::ALL.iter().map(|p| p.title()))
        .chain(PartStatus::ALL.iter().map(|s| s.label()))
        .chain(Standing::ALL.iter().map(|s| s.label()))
        .chain(CampaignStatus::ALL.iter().map(|s| s.label()))
        .chain(PriorityKind::ALL.iter().map(|k| k.label()))
        .chain(ReviewCadence::ALL.iter().map(|r| r.label()))
        .chain(PrimaryPurpose::ALL.iter().map(|p| p.label()))
        .chain(Situation::ALL.iter().map(|s| s.label()))
        .chain(BusinessFunction::ALL.iter().map(|f| f.label()))
        .chain(ObjectiveKind::ALL.iter().map(|k| k.label()))
        .chain(ToolRole::ALL.iter().map(|r| r.label()))
        .chain(ResponseKind::ALL.iter().map(|k| k.label()))
        .chain(TacticKind::ALL.iter().map(|k| k.label()))
        .chain(View::ALL.iter().map(|v| v.label()))
        .chain(Dimension::ALL.iter().map(|d| d.label()))
        .chain(PostStatus::ALL.iter().map(|s| s.label()))
        .chain(RepeatKind::ALL.iter().map(|k| k.label()))
        .chain(TaskKind::ALL.iter().map(|k| k.label()))
        .chain(TacticKind::ALL.iter().map(|k| k.spend_label()))
        .chain(CURRENCIES.iter().map(|c| c.name))
        // A campaign's and a task's own states beside their statuses.
        .chain(["Archived", "To do", "Done"]);
    keys.extend(labels.map(str::to_owned));
    // The language's separators, read from its "1,234.5".
    keys.insert("1,234.5".to_owned());
    // Where its money's sign goes, read from its "€5".
    keys.insert("€5".to_owned());
    // The names and patterns of days.
    keys.extend(when::ENGLISH.each().map(|(english, _)| english.to_owned()));
    // The first screen, which the loader says in the language too.
    keys.extend(first_screen());
    keys
}

/// The texts of the first screen (index.html, between its markers), as
/// the loader looks them up: each text and `aria-label`, trimmed, a
/// leading "— " left out; not its `noscript`, read where no script runs,
/// the numbers of the steps or the product's name.
fn first_screen() -> Vec<String> {
    let html = std::fs::read_to_string("index.html").expect("the page");
    let marker = html.find("smp:first-screen").expect("its start");
    let start = html[marker..].find("-->").expect("its start's end") + marker + 3;
    let end = html.find("<!-- /smp:first-screen").expect("its end");
    let mut screen = html[start..end].to_owned();
    for (open, close) in [("<!--", "-->"), ("<noscript>", "</noscript>")] {
        while let Some(from) = screen.find(open) {
            let to = screen[from..].find(close).expect("closed") + from + close.len();
            screen.replace_range(from..to, " ");
        }
    }
    let mut texts = Vec::new();
    for piece in screen.split('<') {
        let (tag, text) = piece.split_once('>').unwrap_or(("", piece));
        if let Some((_, label)) = tag.split_once("aria-label=\"") {
            texts.push(label.split('"').next().unwrap_or("").to_owned());
        }
        texts.push(text.trim().trim_start_matches("— ").to_owned());
    }
    texts.retain(|t| {
        !t.is_empty() && !t.chars().all(|c| c.is_ascii_digit()) && t != "Social Media Planner"
    });
    texts
}

#[test]
fn the_first_screen_is_read_as_the_loader_reads_it() {
    let texts = first_screen();
    for text in [
        "Current plan",
        "The planner’s steps",
        "Welcome",
        "objectives, audience, channels: the year-long foundation.",
        "Opening the planner…",
    ] {
        assert!(texts.iter().any(|t| t == text), "{text} in {texts:?}");
    }
    assert!(!texts.iter().any(|t| t.contains("JavaScript")));
}

#[test]
fn the_lookups_are_found_in_the_code() {
    let keys = keys();
    for key in ["Strategy", "Language", "Saved", "As the system"] {
        assert!(keys.contains(key), "{key} is looked up");
    }
    assert_eq!(
        looked_up(
            r#"t("One") + format!("{}", t("Two")); test("Three"); it("Four"); tf("Five {}", &[&x]);
            tn(count(), "{} six", "{} sixes"); stn("Seven"); fn tn(n: usize) -> &'static str { "" }
            said!("Eight {}", x); unsaid!("Nine"); said!(
                "Eight and a half"
            ); said_n!(n, "{} ten", "{} tens");
            called("this eleven", "the eleven “{}”", &name); fn called(this: &str) {}"#
        ),
        [
            "One",
            "Two",
            "Five {}",
            "{} six",
            "{} sixes",
            "Eight {}",
            "Eight and a half",
            "{} ten",
            "{} tens",
            "this eleven",
            "the eleven “{}”"
        ]
    );
}

#[test]
fn every_translation_is_readable_and_whole() {
    let keys = keys();
    for language in Language::ALL {
        let Some(file) = language.file() else {
            continue;
        };
        let path = Path::new("assets").join(file);
        let text = std::fs::read_to_string(&path).expect("the translation is shipped");
        let catalogue = Catalogue::parse(&text)
            .unwrap_or_else(|e| panic!("{}: line {} is not an entry", path.display(), e.line));
        let mut seen = BTreeSet::new();
        for (english, translation) in catalogue.entries() {
            assert!(seen.insert(*english), "{english} is translated twice");
            assert!(
                keys.contains(*english),
                "{}: {english} is no longer in the planner",
                path.display()
            );
            assert!(
                !translation.trim().is_empty(),
                "{english} has a translation"
            );
        }
        let missing: Vec<_> = keys.iter().filter(|k| !seen.contains(k.as_str())).collect();
        assert!(
            missing.is_empty(),
            "{} lacks {} texts:\n{}",
            path.display(),
            missing.len(),
            missing
                .iter()
                .map(|k| k.as_str())
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}
