//! Words the planner says to its user, kept as the English they were
//! written in, with what fills their places, so that the interface can say
//! them in the language it shows (`ui::text::say`) while the domain stays
//! in English, free of any catalogue. A check's finding is one:
//! `said!("Give {} a deadline.", called(...))`, its places filled by words
//! that are said in turn (a label, "this objective") or by values that are
//! not (the user's own text, a number).
//!
//! Every text in a `said!` is one the translations carry (`tests/translations.rs`
//! reads them from the code), so a message is written with the macro, never
//! with `format!`: [`Said`] takes no `String`.

use super::values::{Marks, ENGLISH_MARKS};
use super::when::{DateWords, DayForm};
use super::DateRange;
use chrono::NaiveDate;
use std::fmt::{self, Display};

/// Words to say: an English text and what fills its places, or a value said
/// as it is.
#[derive(Debug, Clone, PartialEq)]
pub enum Said {
    /// An English text with a `{}` for each of its fillers, in order.
    Text(&'static str, Vec<Said>),
    /// Words said as they are, in every language: the user's own text.
    Value(String),
    /// A count, written as the language writes numbers ("1,200", "1.200").
    Number(usize),
    /// A number with decimals, as the language writes them ("12.5", "12,5").
    Figure(f64),
    /// An amount of money and its currency's sign, or none ("€12.50",
    /// "12,50 €").
    Money(f64, &'static str),
    /// A day, as the language writes it in a form ("5 Mar", "5. März").
    Date(NaiveDate, DayForm),
    /// Days from one to another ("1 Mar – 30 Apr 2027").
    Span(DateRange),
}

/// A language to say words in: its words for each English text, and how it
/// writes numbers and days.
pub trait Tongue {
    fn words(&self, english: &'static str) -> &'static str;
    fn marks(&self) -> Marks;
    fn dates(&self) -> &DateWords<'_>;

    /// A label of the domain's within a sentence ("(scheduled)", "(group)"):
    /// lower-cased in English, as it is written there; a language with
    /// words of its own for it keeps them as they are (German's nouns keep
    /// their capital: "(Entwurf)"). English's labels are ASCII: lower-casing
    /// them needs none of Unicode's case tables (8 KB of the first load).
    fn in_sentence(&self, label: &'static str) -> String {
        match self.words(label) {
            same if same == label => label.to_ascii_lowercase(),
            words => words.to_owned(),
        }
    }
}

/// English, the words the planner is written in.
pub struct English;

impl Tongue for English {
    fn words(&self, english: &'static str) -> &'static str {
        english
    }
    fn marks(&self) -> Marks {
        ENGLISH_MARKS
    }
    fn dates(&self) -> &DateWords<'_> {
        &super::when::ENGLISH
    }
}

/// Words to say: `said!("Give {} a deadline.", this)`, each filler a [`Said`]
/// or anything that turns into one.
macro_rules! said {
    ($text:literal) => {
        $crate::plan::Said::Text($text, Vec::new())
    };
    ($text:literal, $($filler:expr),+ $(,)?) => {
        $crate::plan::Said::text($text, [$($crate::plan::Said::from($filler)),+])
    };
}
pub(crate) use said;

/// An English text the translations carry, as it is: one chosen among
/// several before it is said (`Said::label(words!("edit a post"))`).
macro_rules! words {
    ($text:literal) => {
        $text
    };
}
pub(crate) use words;

/// A count in words: `said_n!(n, "{} post", "{} posts")`, the first for 1
/// and the second for any other number, the number as the language writes
/// it.
macro_rules! said_n {
    ($n:expr, $one:literal, $other:literal) => {{
        let n: usize = $n;
        $crate::plan::Said::Text(
            if n == 1 { $one } else { $other },
            vec![$crate::plan::Said::Number(n)],
        )
    }};
}
pub(crate) use said_n;

/// An error that says what went wrong (`said()`), written in English by
/// `Display` (for logs and the tests) and an `Error` for `?`:
/// `said_error!(FieldError)`.
macro_rules! said_error {
    ($error:ty) => {
        /// The words in English.
        impl std::fmt::Display for $error {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Display::fmt(&self.said(), f)
            }
        }

        impl std::error::Error for $error {}
    };
}
pub(crate) use said_error;

/// "a · b · c", each said in turn.
pub fn dotted(items: Vec<Said>) -> Said {
    joined(items, words!("{} · {}"))
}

/// "a; b; c", each said in turn: things that hold commas of their own.
pub fn semicolons(items: Vec<Said>) -> Said {
    joined(items, words!("{}; {}"))
}

/// `items` said in turn, each two joined by `between` ("{} · {}").
fn joined(mut items: Vec<Said>, between: &'static str) -> Said {
    let mut said = items.pop().unwrap_or(Said::Value(String::new()));
    while let Some(item) = items.pop() {
        said = Said::text(between, [item, said]);
    }
    said
}

/// "a", "a and b", "a, b and c", each said in turn.
pub fn and_list(mut items: Vec<Said>) -> Said {
    let Some(last) = items.pop() else {
        return Said::Value(String::new());
    };
    let Some(before) = items.pop() else {
        return last;
    };
    let mut said = said!("{} and {}", before, last);
    while let Some(item) = items.pop() {
        said = said!("{}, {}", item, said);
    }
    said
}

impl Said {
    /// An English text and what fills its places, as `said!` writes it:
    /// one body for each number of places, not one for each text.
    #[inline(never)]
    pub fn text<const N: usize>(text: &'static str, fillers: [Said; N]) -> Self {
        Self::Text(text, Vec::from(fillers))
    }

    /// "5 Mar", in the language's words.
    pub const fn day(day: NaiveDate) -> Self {
        Self::Date(day, DayForm::DayMonth)
    }

    /// "5 Mar 2026", in the language's words.
    pub const fn day_year(day: NaiveDate) -> Self {
        Self::Date(day, DayForm::DayMonthYear)
    }

    /// "Thu 5 Mar", in the language's words.
    pub const fn short_day(day: NaiveDate) -> Self {
        Self::Date(day, DayForm::Short)
    }

    /// A value said as it is: the user's text, a number, a date.
    pub fn value(value: impl Display) -> Self {
        Self::shown(&value)
    }

    #[inline(never)]
    fn shown(value: &dyn Display) -> Self {
        Self::Value(value.to_string())
    }

    /// A label of the domain's (a platform's name, a part's title), said in
    /// the language shown as any text is. Its English is among the
    /// translations' texts through the label's own list.
    pub const fn label(english: &'static str) -> Self {
        Self::Text(english, Vec::new())
    }

    /// The words in `tongue`.
    pub fn say(&self, tongue: &dyn Tongue) -> String {
        match self {
            Self::Value(value) => value.clone(),
            Self::Number(n) => tongue.marks().whole(*n as u64),
            Self::Figure(value) => tongue.marks().figure(*value),
            Self::Money(amount, sign) => tongue.marks().money(*amount, sign),
            Self::Date(day, form) => tongue.dates().write(*day, *form),
            Self::Span(days) => tongue.dates().span(*days),
            Self::Text(text, fillers) => {
                let said: Vec<String> = fillers.iter().map(|f| f.say(tongue)).collect();
                let values: Vec<&dyn Display> = said.iter().map(|s| s as &dyn Display).collect();
                fill(tongue.words(text), &values)
            }
        }
    }
}

/// The words in English.
impl Display for Said {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.say(&English))
    }
}

/// Whether the words are these, in English.
impl PartialEq<&str> for Said {
    fn eq(&self, english: &&str) -> bool {
        let said = self.say(&English);
        said == *english
    }
}

impl From<&Said> for Said {
    fn from(said: &Said) -> Self {
        said.clone()
    }
}

/// What a thing the user names is called: the name they gave it, or, while
/// it is blank, the domain's placeholder ("Untitled campaign"), which is
/// said in the language shown as any text is, where the name never is. It
/// has no `Display`, so that it is never written as a value unawares: it is
/// said (`Said::from`, `said_in`) or given in English (`english`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Title<'a> {
    Named(&'a str),
    Untitled(&'static str),
}

impl<'a> Title<'a> {
    /// `name`, trimmed, or `untitled` while it is blank.
    pub fn of(name: &'a str, untitled: &'static str) -> Self {
        match name.trim() {
            "" => Self::Untitled(untitled),
            name => Self::Named(name),
        }
    }

    /// The words in `tongue`: the name as it is, or the placeholder in its
    /// words.
    pub fn said_in(self, tongue: &dyn Tongue) -> &'a str {
        match self {
            Self::Named(name) => name,
            Self::Untitled(english) => tongue.words(english),
        }
    }

    /// The words in English, as files for other tools give them.
    pub const fn english(self) -> &'a str {
        match self {
            Self::Named(name) => name,
            Self::Untitled(english) => english,
        }
    }
}

/// Whether the words are these, in English.
impl PartialEq<&str> for Title<'_> {
    fn eq(&self, english: &&str) -> bool {
        self.english() == *english
    }
}

/// The title among other words: the name as a value, the placeholder as a
/// text to say.
impl From<Title<'_>> for Said {
    fn from(title: Title<'_>) -> Self {
        match title {
            Title::Named(name) => Self::Value(name.to_owned()),
            Title::Untitled(english) => Self::label(english),
        }
    }
}

/// `text` with its places filled: each `{}` with the next of `values`, each
/// `{1}`, `{2}`… with the value at that place (from 1), so that a
/// translation can put them in its own order. A place with no value, and
/// any other brace, is kept as written.
pub fn fill(text: &str, values: &[&dyn Display]) -> String {
    use std::fmt::Write;
    let mut filled = String::with_capacity(text.len() + 16 * values.len());
    let (mut rest, mut next) = (text, 0);
    while let Some(at) = rest.find('{') {
        filled.push_str(&rest[..at]);
        rest = &rest[at..];
        let place = match rest.as_bytes() {
            [_, b'}', ..] => {
                next += 1;
                Some((next - 1, 2))
            }
            [_, digit @ b'1'..=b'9', b'}', ..] => Some((usize::from(digit - b'1'), 3)),
            _ => None,
        };
        match place.and_then(|(index, width)| Some((values.get(index)?, width))) {
            Some((value, width)) => {
                let _ = write!(filled, "{value}");
                rest = &rest[width..];
            }
            None => {
                filled.push('{');
                rest = &rest[1..];
            }
        }
    }
    filled.push_str(rest);
    filled
}

#[cfg(test)]
mod tests {
    use super::*;

    /// German, as far as the tests need it.
    struct German;

    impl Tongue for German {
        fn words(&self, english: &'static str) -> &'static str {
            match english {
                "the objective “{}”" => "das Ziel „{}“",
                "Give {} a deadline of {}." => "Frist für {}: {2}.",
                "{} post" => "{} Beitrag",
                "{} posts" => "{} Beiträge",
                "{} and {}" => "{} und {}",
                "Untitled campaign" => "Kampagne ohne Titel",
                "Serves: {}" => "Dient: {}",
                other => other,
            }
        }
        fn marks(&self) -> Marks {
            Marks::read("1.234,5", "5 €")
        }
        fn dates(&self) -> &DateWords<'_> {
            &GERMAN_DATES
        }
    }

    /// Days as German writes them, in part.
    static GERMAN_DATES: std::sync::LazyLock<DateWords<'static>> = std::sync::LazyLock::new(|| {
        DateWords::translated(|english| match english {
            "Mar" => "März",
            "Apr" => "Apr.",
            "Thu" => "Do.",
            "{day} {month}" => "{day}. {month}",
            "{weekday} {day} {month}" => "{weekday} {day}. {month}",
            other => other,
        })
    });

    #[test]
    fn words_are_said_in_english_or_in_the_language_looked_up() {
        let this = said!("the objective “{}”", Said::value("Sell bread"));
        let message = said!("Give {} a deadline of {}.", this, Said::value(3));
        assert_eq!(
            message.to_string(),
            "Give the objective “Sell bread” a deadline of 3."
        );
        assert_eq!(message.say(&German), "Frist für das Ziel „Sell bread“: 3.");
        // A value is never looked up, even when it reads like a text.
        let value = Said::value("the objective “{}”");
        assert_eq!(value.say(&German), "the objective “{}”");
        assert_eq!(said!("Saved").say(&German), "Saved");
    }

    #[test]
    fn counts_days_and_lists_are_said_as_the_language_writes_them() {
        assert_eq!(said_n!(1, "{} post", "{} posts").to_string(), "1 post");
        assert_eq!(
            said_n!(1200, "{} post", "{} posts").say(&German),
            "1.200 Beiträge"
        );
        assert_eq!(Said::Figure(12345.25).to_string(), "12,345.25");
        assert_eq!(Said::Figure(-0.5).say(&German), "-0,5");
        assert_eq!(Said::Money(1250.5, "€").say(&German), "1.250,50\u{a0}€");
        assert_eq!(Said::Money(1250.0, "€").to_string(), "€1,250");
        let day = NaiveDate::from_ymd_opt(2026, 3, 5).expect("a day");
        assert_eq!(Said::day(day).to_string(), "5 Mar");
        assert_eq!(Said::day(day).say(&German), "5. März");
        assert_eq!(Said::day_year(day).say(&German), "5. März 2026");
        assert_eq!(Said::short_day(day).to_string(), "Thu 5 Mar");
        assert_eq!(Said::short_day(day).say(&German), "Do. 5. März");
        let spring = DateRange::new(day, NaiveDate::from_ymd_opt(2026, 4, 30).expect("a day"));
        let spring = spring.expect("days in order");
        assert_eq!(Said::Span(spring).say(&German), "5. März – 30. Apr. 2026");
        let list = |n: usize| and_list((1..=n).map(Said::Number).collect()).to_string();
        assert_eq!(list(0), "");
        assert_eq!(list(1), "1");
        assert_eq!(list(2), "1 and 2");
        assert_eq!(list(4), "1, 2, 3 and 4");
        let words = ["a", "b", "c"];
        let listed: Vec<String> = (0..=3)
            .map(|n| super::super::and_list(&words[..n]))
            .collect();
        assert_eq!(listed, ["", "a", "a and b", "a, b and c"]);
        let two = and_list(vec![Said::value("a"), Said::value("b")]);
        assert_eq!(two.say(&German), "a und b");
        let dots = |n: usize| dotted((1..=n).map(Said::Number).collect()).to_string();
        assert_eq!([dots(0), dots(1), dots(3)], ["", "1", "1 · 2 · 3"]);
    }

    #[test]
    fn a_placeholder_title_is_said_in_the_language_a_name_never_is() {
        let blank = Title::of("  ", "Untitled campaign");
        assert_eq!(blank, Title::Untitled("Untitled campaign"));
        assert_eq!(blank.said_in(&German), "Kampagne ohne Titel");
        assert_eq!(blank.english(), "Untitled campaign");
        assert_eq!(
            said!("Serves: {}", Said::from(blank)).say(&German),
            "Dient: Kampagne ohne Titel"
        );
        // A name is the user's: never looked up, even when it is words the
        // translation has.
        let named = Title::of(" Untitled campaign ", "Untitled campaign");
        assert_eq!(named, Title::Named("Untitled campaign"));
        assert_eq!(named.said_in(&German), "Untitled campaign");
        assert_eq!(
            said!("Serves: {}", Said::from(named)).say(&German),
            "Dient: Untitled campaign"
        );
        assert_eq!(named, "Untitled campaign");
    }
}
