//! The interface's words in the language chosen. The planner is written in
//! English; a translation (`exchange::catalogue`, one of the build's
//! `lang/*.txt`) is fetched by the loader (`planner.js`), beside the wasm,
//! only where its language was chosen in this browser or is the browser's
//! own, so the English first load carries none of it. [`t`] gives the words
//! to show for an English text: its translation when one is shown and has
//! it, else itself.
//!
//! One language is shown per page, by every planner on it, from the start:
//! the words are looked up here, not in each planner's state, so that a page
//! need not hand a language to every function that writes a word. Choosing
//! another reloads the page, which starts in it.

use crate::exchange::catalogue::Catalogue;
use crate::plan::when::{DateWords, ENGLISH};
use crate::plan::{Marks, ENGLISH_MARKS};
use crate::session::Language;
use std::cell::Cell;

thread_local! {
    /// The language shown, and its catalogue (none for English).
    static SHOWN: Cell<(Language, Option<&'static Catalogue<'static>>)> =
        const { Cell::new((Language::English, None)) };
    /// How the language shown writes days.
    static DATES: Cell<&'static DateWords<'static>> = const { Cell::new(&ENGLISH) };
    /// How the language shown writes numbers.
    static MARKS: Cell<Marks> = const { Cell::new(ENGLISH_MARKS) };
}

/// How the language shown writes numbers: `marks().field(12.5)`, "12,5".
pub fn marks() -> Marks {
    MARKS.with(Cell::get)
}

/// How the language shown writes days: `dates().day_month(day)`, "5 Mar",
/// "5. März".
pub fn dates() -> &'static DateWords<'static> {
    DATES.with(Cell::get)
}

/// The words to show for `english`, looked up when they are drawn: in a
/// page (`{ t("Saved") }`), an attribute or a prop, or as text
/// (`&*t("Saved")`, `t("Saved").to_owned()`). One call per drawing, the
/// same in size as the bare English it replaces.
pub const fn t(english: &'static str) -> Words {
    Words(english)
}

/// The words to show for `english`, a text with a `{}` for each of
/// `values`, filled in (`exchange::catalogue::fill`): `tf("Delete “{}”?",
/// &[&name])`. Its translation may take them in another order.
#[inline(never)]
pub fn tf(english: &'static str, values: &[&dyn std::fmt::Display]) -> String {
    crate::exchange::catalogue::fill(look_up(english), values)
}

/// A count in the words to show, `one` for 1 and `other` for any other
/// number, each with a `{}` for the number, written as the language writes
/// it: `tn(n, "{} post", "{} posts")`, "1 post", "1,200 posts".
#[inline(never)]
pub fn tn(n: usize, one: &'static str, other: &'static str) -> String {
    tf(if n == 1 { one } else { other }, &[&number(n)])
}

/// What the domain says (a check's finding, a count), in the language
/// shown.
#[inline(never)]
pub fn say(said: &crate::plan::Said) -> String {
    said.say(&Shown)
}

/// What a thing the user names is called in the language shown: its name,
/// or while it has none its placeholder in words ("Untitled campaign",
/// "Kampagne ohne Titel").
#[inline(never)]
pub fn titled(title: crate::plan::Title<'_>) -> &str {
    title.said_in(&Shown)
}

/// What the domain says, one after another with `between`, in the
/// language shown: sentences (" "), or things named in a list (", ").
pub fn said_all(things: &[crate::plan::Said], between: &str) -> String {
    let said: Vec<String> = things.iter().map(say).collect();
    said.join(between)
}

/// The language shown, as the domain's words are said in it.
pub struct Shown;

impl crate::plan::Tongue for Shown {
    fn words(&self, english: &'static str) -> &'static str {
        look_up(english)
    }
    fn marks(&self) -> Marks {
        marks()
    }
    fn dates(&self) -> &DateWords<'_> {
        dates()
    }
}

/// A whole number as the language shown writes it: "18,000", "18.000".
pub fn number(n: usize) -> String {
    marks().whole(n as u64)
}

/// A share in percent as the language shown writes it: "12.5%", "12,5 %".
pub fn percent(value: f64) -> String {
    tf("{}%", &[&figure(value)])
}

/// A number with decimals as the language shown writes it: "1,234.5",
/// "1.234,5".
pub fn figure(value: f64) -> String {
    marks().figure(value)
}

/// A label of the domain's said within a sentence, in the language shown
/// (`Tongue::in_sentence`): "(scheduled)", "(Entwurf)".
pub fn in_sentence(label: &'static str) -> String {
    crate::plan::Tongue::in_sentence(&Shown, label)
}

/// The words to show for `english`, for as long as the page lives: to
/// keep in a command or an event (`kept(words!("copy"))`).
pub fn kept(english: &'static str) -> &'static str {
    look_up(english)
}

/// A hint of the domain's (`plan::hints`) under a field, in the language
/// shown.
#[inline(never)]
pub fn hint(english: &'static str) -> yew::AttrValue {
    t(english).into()
}

/// English words to show in the language shown.
#[derive(Debug, PartialEq, Eq)]
pub struct Words(&'static str);

/// The words to show for `english`: its translation when a language other
/// than English is shown and has it, else itself.
#[inline(never)]
fn look_up(english: &'static str) -> &'static str {
    SHOWN
        .with(Cell::get)
        .1
        .and_then(|catalogue| catalogue.get(english))
        .unwrap_or(english)
}

impl std::ops::Deref for Words {
    type Target = str;
    fn deref(&self) -> &'static str {
        look_up(self.0)
    }
}

impl From<Words> for yew::virtual_dom::VNode {
    #[inline(never)]
    fn from(words: Words) -> Self {
        look_up(words.0).into()
    }
}

impl From<Words> for yew::AttrValue {
    #[inline(never)]
    fn from(words: Words) -> Self {
        yew::AttrValue::Static(look_up(words.0))
    }
}

impl From<&Words> for yew::virtual_dom::VNode {
    fn from(words: &Words) -> Self {
        look_up(words.0).into()
    }
}

impl yew::html::IntoPropValue<yew::virtual_dom::VNode> for Words {
    fn into_prop_value(self) -> yew::virtual_dom::VNode {
        self.into()
    }
}

impl yew::html::IntoPropValue<yew::AttrValue> for Words {
    fn into_prop_value(self) -> yew::AttrValue {
        self.into()
    }
}

impl yew::html::IntoPropValue<Option<yew::AttrValue>> for Words {
    fn into_prop_value(self) -> Option<yew::AttrValue> {
        Some(self.into())
    }
}

/// The language shown.
pub fn shown() -> Language {
    SHOWN.with(Cell::get).0
}

/// Shows `language` from the start, in its words (`file`, its translation's
/// text, fetched by the loader beside the wasm): before any planner is
/// mounted. English where either is missing or the text is not a
/// translation; the switch then says the language could not be loaded.
pub fn start(language: Option<String>, file: Option<String>) {
    let Some(language) = language.as_deref().and_then(Language::from_key) else {
        return;
    };
    let Some(file) = file else {
        return;
    };
    // Kept for the page's life, as the words the pages borrow.
    let text: &'static str = Box::leak(file.into_boxed_str());
    if let Ok(catalogue) = Catalogue::parse(text) {
        let catalogue: &'static Catalogue<'static> = Box::leak(Box::new(catalogue));
        SHOWN.with(|shown| shown.set((language, Some(catalogue))));
        let words = DateWords::translated(|english| catalogue.get(english).unwrap_or(english));
        DATES.with(|dates| dates.set(Box::leak(Box::new(words))));
        let marks = |english| catalogue.get(english).unwrap_or(english);
        MARKS.with(|m| m.set(Marks::read(marks("1,234.5"), marks("€5"))));
    }
}
