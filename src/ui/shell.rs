//! What the domain leaves to the shell: the clock, fresh ids, dates for people.

use crate::exchange::writers;
use crate::plan::PlanId;
use chrono::{DateTime, NaiveDate, Utc};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

pub fn now() -> DateTime<Utc> {
    let millis = js_sys::Date::now() as i64;
    DateTime::from_timestamp_millis(millis).unwrap_or_default()
}

/// The time and a random number, from which every new id is made.
pub fn seed() -> (u64, u64) {
    let millis = js_sys::Date::now() as u64;
    let entropy = (js_sys::Math::random() * 2f64.powi(52)) as u64;
    (millis, entropy)
}

pub fn new_plan_id() -> PlanId {
    let (millis, entropy) = seed();
    PlanId::generated(millis, entropy)
}

/// Today's date where the user is.
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}

/// Where the planner holding the focus lives: the page itself (the standalone
/// planner), or an embed's shadow root, whose elements the page's
/// `getElementById` cannot see.
#[derive(Clone)]
enum Scope {
    Page(web_sys::Document),
    Embed(web_sys::ShadowRoot),
}

/// What to focus: an element by id, or the first matching a selector.
enum Target {
    Id(String),
    Selector(String),
}

impl Scope {
    /// The scope of the planner the user is in: where the focus is.
    fn of_focus() -> Option<Self> {
        let document = web_sys::window()?.document()?;
        let embed = document
            .active_element()
            .and_then(|e| e.shadow_root())
            .filter(|root| crate::ui::mount::shadow_roots().contains(root));
        Some(embed.map_or(Scope::Page(document), Scope::Embed))
    }

    fn active(&self) -> Option<web_sys::Element> {
        match self {
            Scope::Page(d) => d.active_element(),
            Scope::Embed(r) => r.active_element(),
        }
    }

    fn find(&self, target: &Target) -> Option<web_sys::Element> {
        match (self, target) {
            (Scope::Page(d), Target::Id(id)) => d.get_element_by_id(id),
            (Scope::Embed(r), Target::Id(id)) => r.get_element_by_id(id),
            (Scope::Page(d), Target::Selector(s)) => d.query_selector(s).ok().flatten(),
            (Scope::Embed(r), Target::Selector(s)) => r.query_selector(s).ok().flatten(),
        }
    }

    /// Finds the target here, or else on the page or in any embed.
    fn find_anywhere(&self, target: &Target) -> Option<web_sys::Element> {
        self.find(target).or_else(|| {
            let document = web_sys::window()?.document()?;
            std::iter::once(Scope::Page(document))
                .chain(
                    crate::ui::mount::shadow_roots()
                        .into_iter()
                        .map(Scope::Embed),
                )
                .find_map(|scope| scope.find(target))
        })
    }
}

/// The element with the focus in the tree `node` is in: the page's, or an
/// embed's shadow root's.
pub fn active_in(node: &web_sys::Node) -> Option<web_sys::Element> {
    let root = node.get_root_node();
    if let Some(shadow) = root.dyn_ref::<web_sys::ShadowRoot>() {
        return shadow.active_element();
    }
    root.dyn_ref::<web_sys::Document>()
        .and_then(|d| d.active_element())
}

/// What can take the focus with Tab, before the checks of [`tab_stop`].
const TABBABLE: &str = "a[href], button, input, select, textarea, summary, [tabindex]";

/// Whether Tab stops at `element`: in the order, enabled, shown, not behind
/// an inert page, and, of a group of radio buttons, the chosen one.
fn tab_stop(element: &web_sys::HtmlElement) -> bool {
    let unchosen_radio = element
        .dyn_ref::<web_sys::HtmlInputElement>()
        .is_some_and(|input| input.type_() == "radio" && !input.checked());
    element.tab_index() >= 0
        && !element.has_attribute("disabled")
        && !unchosen_radio
        && element.get_client_rects().length() > 0
        && element.closest("[inert]").ok().flatten().is_none()
}

/// Moves the focus from `from` to the control Tab (or, `back`, Shift+Tab)
/// reaches after it, in the dialog it is in or else in the planner; says
/// whether it moved. Makes one stop of a control that holds several of its
/// own (a date field's day, month and year).
pub fn tab_past(from: &web_sys::Element, back: bool) -> bool {
    let scope = from
        .closest("dialog[open]")
        .ok()
        .flatten()
        .or_else(|| from.closest(".smp").ok().flatten());
    let Some(list) = scope.and_then(|scope| scope.query_selector_all(TABBABLE).ok()) else {
        return false;
    };
    let controls: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|n| list.item(n))
        .filter_map(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
        .collect();
    let Some(at) = controls.iter().position(|c| c.is_same_node(Some(from))) else {
        return false;
    };
    let (before, after) = controls.split_at(at);
    let mut onward: Box<dyn Iterator<Item = &web_sys::HtmlElement>> = if back {
        Box::new(before.iter().rev())
    } else {
        Box::new(after.iter().skip(1))
    };
    onward.any(|control| {
        tab_stop(control)
            && control.focus().is_ok()
            && active_in(control).is_some_and(|active| active.is_same_node(Some(control)))
    })
}

/// Moves focus to an element now, if it is there; says whether it was.
pub fn focus_now(selector: &str) -> bool {
    let element = Scope::of_focus()
        .and_then(|scope| scope.find_anywhere(&Target::Selector(selector.to_owned())))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match element {
        Some(element) => element.focus().is_ok(),
        None => false,
    }
}

/// Moves focus to an element (a field a finding points at, a field just
/// added), scrolling it into the middle of the view. Tries as soon as the
/// render the caller caused is done, and again for a moment if the element is
/// not there yet (a page just navigated to); if the user has gone on to
/// another field meanwhile, leaves them there. Looks first in the planner the
/// user is in.
pub fn focus_later(id: String) {
    focus_when_ready(Target::Id(id), false);
}

/// [`focus_later`] for the field a finding points at, marked as looked at:
/// its "Missing" note shows at once, as it would once the user had left it.
pub fn point_at(id: String) {
    focus_when_ready(Target::Id(id), true);
}

/// [`focus_later`] for the first element matching a CSS selector.
pub fn focus_later_at(selector: String) {
    focus_when_ready(Target::Selector(selector), false);
}

fn focus_when_ready(target: Target, mark: bool) {
    if let Some(scope) = Scope::of_focus() {
        let focused_before = scope.active();
        try_focus(Rc::new(target), scope, focused_before, mark, 0);
    }
}

/// The class of a field the user has left (or was pointed at): only such a
/// field shows its "Missing" note, so a new form does not open covered in them.
const LEFT: &str = "smp-field--left";

/// Marks the field holding `element` as left.
pub fn mark_left(element: &web_sys::Element) {
    if let Ok(Some(field)) = element.closest(".smp-field") {
        let _ = field.class_list().add_1(LEFT);
    }
}

/// How often, and how far apart, [`focus_later`] looks for its element.
const FOCUS_TRIES: u32 = 20;
const FOCUS_RETRY_MS: u32 = 16;

fn try_focus(
    target: Rc<Target>,
    scope: Scope,
    focused_before: Option<web_sys::Element>,
    mark: bool,
    tried: u32,
) {
    let attempt = move || {
        // Typing somewhere else since the click wins over our jump; focus that
        // merely fell to the page (a re-render, a navigation) does not.
        let now = scope.active();
        let in_a_field = now
            .as_ref()
            .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if now != focused_before && in_a_field {
            return;
        }
        let Some(element) = scope.find_anywhere(&target) else {
            if tried + 1 < FOCUS_TRIES {
                try_focus(target, scope, focused_before, mark, tried + 1);
            }
            return;
        };
        if mark {
            mark_left(&element);
        }
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        element.scroll_into_view_with_scroll_into_view_options(&options);
        if let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
            let focus = web_sys::FocusOptions::new();
            focus.set_prevent_scroll(true);
            let _ = element.focus_with_options(&focus);
        }
    };
    if tried == 0 {
        // Right after the render the caller caused (queued before this), and
        // before the next key is handled: a letter typed at once after "New
        // campaign" lands in the name, not on the page.
        wasm_bindgen_futures::spawn_local(async move { attempt() });
    } else {
        gloo_timers::callback::Timeout::new(FOCUS_RETRY_MS, attempt).forget();
    }
}

/// A moment in the user's own locale and time zone, e.g. "23 Nov 2026, 16:05".
pub fn local_date_time(at: DateTime<Utc>) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(at.timestamp_millis() as f64));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    date.to_locale_string("default", &options).into()
}

/// Records how long `work` takes as a performance measure, for the benchmarks.
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name}:start");
    if let Some(performance) = &performance {
        let _ = performance.mark(&start);
    }
    let result = work();
    if let Some(performance) = &performance {
        let _ = performance.measure_with_start_mark(name, &start);
    }
    result
}

/// A performance mark, read by the first-load benchmark.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Hands the user a file to save, made from text; whether the download began.
pub fn download(filename: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    let kind = match filename.rsplit('.').next() {
        Some("md") => "text/markdown;charset=utf-8",
        Some("csv") => "text/csv;charset=utf-8",
        Some("ics") => "text/calendar;charset=utf-8",
        _ => "application/json",
    };
    options.set_type(kind);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlAnchorElement>(e).ok());
    let started = link.is_some_and(|link| {
        link.set_href(&url);
        link.set_download(filename);
        link.click();
        true
    });
    let _ = web_sys::Url::revoke_object_url(&url);
    started
}

/// Puts text on the clipboard; `done` hears whether it got there.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        done(false);
        return;
    };
    let promise = clipboard.write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Reads a property of a JS object, quietly.
fn get(target: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(target, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

thread_local! {
    static BROWSER_ZONE: std::cell::OnceCell<String> = const { std::cell::OnceCell::new() };
    /// Formatters are slow to make and quick to use: one per zone, kept.
    static CLOCKS: std::cell::RefCell<Vec<(String, js_sys::Intl::DateTimeFormat)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The browser's own time zone, e.g. "Europe/Paris".
pub fn browser_time_zone() -> String {
    BROWSER_ZONE.with(|zone| {
        zone.get_or_init(|| {
            let format =
                js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new());
            get(&format.resolved_options().into(), "timeZone")
                .as_string()
                .unwrap_or_else(|| "UTC".to_owned())
        })
        .clone()
    })
}

/// Every time zone the browser knows.
pub fn time_zones() -> Vec<String> {
    let intl = get(&js_sys::global(), "Intl");
    let supported = get(&intl, "supportedValuesOf");
    let Ok(function) = supported.dyn_into::<js_sys::Function>() else {
        return vec![browser_time_zone()];
    };
    function
        .call1(&intl, &JsValue::from_str("timeZone"))
        .ok()
        .map(|list| {
            js_sys::Array::from(&list)
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// The user's language, as the browser says it (`en-GB`), or `en-GB`.
pub fn language() -> String {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_else(|| "en-GB".to_owned())
}

/// The first day of the week where the user is (their language's custom), or
/// Monday where the browser cannot say.
pub fn week_start() -> chrono::Weekday {
    let language = language();
    let Ok(constructor) =
        get(&get(&js_sys::global(), "Intl"), "Locale").dyn_into::<js_sys::Function>()
    else {
        return chrono::Weekday::Mon;
    };
    let locale = js_sys::Reflect::construct(
        &constructor,
        &js_sys::Array::of1(&JsValue::from_str(&language)),
    );
    let Ok(locale) = locale else {
        return chrono::Weekday::Mon;
    };
    let info = match get(&locale, "getWeekInfo").dyn_into::<js_sys::Function>() {
        Ok(function) => function.call0(&locale).unwrap_or(JsValue::UNDEFINED),
        Err(_) => get(&locale, "weekInfo"),
    };
    match get(&info, "firstDay").as_f64().map(|d| d as u32) {
        Some(7) => chrono::Weekday::Sun,
        Some(6) => chrono::Weekday::Sat,
        Some(day @ 1..=5) => {
            chrono::Weekday::try_from(day as u8 - 1).unwrap_or(chrono::Weekday::Mon)
        }
        _ => chrono::Weekday::Mon,
    }
}

/// The wall-clock time in `zone` at a moment given in milliseconds since 1970.
fn clock(zone: &str) -> js_sys::Intl::DateTimeFormat {
    CLOCKS.with(|clocks| {
        let mut clocks = clocks.borrow_mut();
        if let Some((_, format)) = clocks.iter().find(|(z, _)| z == zone) {
            return format.clone();
        }
        let format = {
            {
                let options = js_sys::Object::new();
                for (key, value) in [
                    ("timeZone", zone),
                    ("year", "numeric"),
                    ("month", "2-digit"),
                    ("day", "2-digit"),
                    ("hour", "2-digit"),
                    ("minute", "2-digit"),
                    ("second", "2-digit"),
                    ("hourCycle", "h23"),
                ] {
                    let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
                }
                js_sys::Intl::DateTimeFormat::new(&js_sys::Array::of1(&"en-GB".into()), &options)
            }
        };
        clocks.push((zone.to_owned(), format.clone()));
        format
    })
}

fn wall_clock(zone: &str, millis: f64) -> Option<chrono::NaiveDateTime> {
    let format = clock(zone);
    let parts = format.format_to_parts(&js_sys::Date::new(&JsValue::from_f64(millis)));
    let mut fields = Vec::new();
    for part in parts.iter() {
        if let (Some(kind), Some(value)) = (
            get(&part, "type").as_string(),
            get(&part, "value").as_string(),
        ) {
            fields.push((kind, value));
        }
    }
    let number = |name: &str| {
        fields
            .iter()
            .find(|(kind, _)| kind == name)
            .and_then(|(_, v)| v.parse::<u32>().ok())
    };
    NaiveDate::from_ymd_opt(number("year")? as i32, number("month")?, number("day")?)?.and_hms_opt(
        number("hour")? % 24,
        number("minute")?,
        number("second")?,
    )
}

/// Now, on the clock of `zone`.
pub fn now_in(zone: &str) -> chrono::NaiveDateTime {
    wall_clock(zone, js_sys::Date::now()).unwrap_or_else(|| now().naive_utc())
}

thread_local! {
    /// Today in a zone, and until when (in ms) that holds without asking again.
    static TODAY: std::cell::RefCell<Option<(String, NaiveDate, f64)>> = const { std::cell::RefCell::new(None) };
}

/// Today, on the clock of `zone`. Reading a zone's clock is slow next to a
/// render, so the day is kept until the next local midnight (at most ten
/// minutes, in case the zone's offset changes).
pub fn today_in(zone: &str) -> NaiveDate {
    let millis = js_sys::Date::now();
    let kept = TODAY.with(|today| {
        today
            .borrow()
            .as_ref()
            .filter(|(z, _, until)| z == zone && millis < *until)
            .map(|(_, day, _)| *day)
    });
    if let Some(day) = kept {
        return day;
    }
    let now = now_in(zone);
    let to_midnight = now
        .date()
        .succ_opt()
        .and_then(|next| next.and_hms_opt(0, 0, 0))
        .map_or(0, |midnight| (midnight - now).num_milliseconds());
    let until = millis + to_midnight.min(600_000) as f64;
    TODAY.with(|today| *today.borrow_mut() = Some((zone.to_owned(), now.date(), until)));
    now.date()
}

/// The moment a wall-clock time in `zone` is, or `None` for a time that
/// zone's clocks skip (02:30 on the night they go forward).
pub fn to_utc(at: chrono::NaiveDateTime, zone: &str) -> Option<chrono::DateTime<chrono::Utc>> {
    let utc = convert(at, zone, "UTC");
    (convert(utc, "UTC", zone) == at).then(|| utc.and_utc())
}

/// The same moment on another zone's clock: what 9:00 in Paris reads in London.
pub fn convert(at: chrono::NaiveDateTime, from: &str, to: &str) -> chrono::NaiveDateTime {
    let guess = at.and_utc().timestamp_millis() as f64;
    // The offset of `from` at the moment, found by reading its clock at a guess
    // and correcting by the difference (twice, for moments near a clock change).
    let mut utc = guess;
    for _ in 0..2 {
        if let Some(seen) = wall_clock(from, utc) {
            utc += (at - seen).num_milliseconds() as f64;
        }
    }
    wall_clock(to, utc).unwrap_or(at)
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The browser's `CompressionStream`, and `DecompressionStream` below:
    /// declared here, as web-sys has them only behind its unstable flag.
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;

    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;

    /// A `ReadableStream`, for its `pipeThrough` (unstable in web-sys too).
    type Stream;
    #[wasm_bindgen(method, js_name = pipeThrough, catch)]
    fn pipe_through(this: &Stream, transform: &JsValue)
        -> Result<web_sys::ReadableStream, JsValue>;
}

/// `bytes` compressed in the zlib format ("deflate"), or read back from it
/// (`compress` false), by the browser; `None` when the browser cannot, or
/// (reading back) when they are cut short or fail their check.
pub async fn deflate(bytes: &[u8], compress: bool) -> Option<Vec<u8>> {
    let transform: JsValue = if compress {
        CompressionStream::new("deflate").ok()?.into()
    } else {
        DecompressionStream::new("deflate").ok()?.into()
    };
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).ok()?;
    let stream = blob
        .stream()
        .unchecked_into::<Stream>()
        .pipe_through(&transform)
        .ok()?;
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&stream)).ok()?;
    let buffer = wasm_bindgen_futures::JsFuture::from(response.array_buffer().ok()?)
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The page's address: where a shared link leads (`share::link` drops its
/// fragment).
pub fn page_address() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// Loads the page again.
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Opens the browser's print dialog (print, or save as PDF).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Names the browser's tab (and the file a PDF is saved as); gives the name
/// it had.
pub fn retitle(title: &str) -> String {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return String::new();
    };
    let before = document.title();
    document.set_title(title);
    before
}

thread_local! {
    /// The loader's way to the file writers (`planner.js`): a function that
    /// imports them once and gives a promise of their module.
    static WRITERS: std::cell::RefCell<Option<js_sys::Function>> = const { std::cell::RefCell::new(None) };
}

/// Keeps the loader's way to the file writers, for `write_files`.
pub fn set_writers(load: Option<js_sys::Function>) {
    WRITERS.with(|w| *w.borrow_mut() = load);
}

/// The file writers' answer to `request` about `plan` and the calendar
/// files' `ledger`, or what to say when the plan could not be sent to them
/// or they could not be loaded. The plan is sent as it is now.
pub fn ask_writers(
    request: String,
    plan: &crate::plan::Plan,
    ledger: String,
) -> impl std::future::Future<Output = Result<Vec<String>, &'static str>> {
    use crate::plan::Tongue;
    let shown = crate::ui::text::Shown;
    let envelope = crate::exchange::encode(plan).map_err(|_| shown.words(writers::UNREADABLE));
    async move {
        write_files(&request, &envelope?, &ledger)
            .await
            .ok_or(shown.words(writers::UNAVAILABLE))
    }
}

/// The answer of the file writers to `request` about `envelope` and the
/// calendar files' `ledger` (`exchange::writers::answer`), loading them on
/// first use; `None` when they could not be loaded.
pub async fn write_files(request: &str, envelope: &str, ledger: &str) -> Option<Vec<String>> {
    let load = WRITERS.with(|w| w.borrow().clone())?;
    let promise: js_sys::Promise = load.call0(&JsValue::NULL).ok()?.dyn_into().ok()?;
    let module = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    let write: js_sys::Function = js_sys::Reflect::get(&module, &"write".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let answer = write
        .call3(
            &JsValue::NULL,
            &request.into(),
            &envelope.into(),
            &ledger.into(),
        )
        .ok()?;
    Some(
        js_sys::Array::from(&answer)
            .iter()
            .map(|part| part.as_string().unwrap_or_default())
            .collect(),
    )
}
