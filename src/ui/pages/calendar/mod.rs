//! The Calendar page: the day-to-day work, as a month, a week or a list, with
//! filters and the open entry in the URL, a side panel to edit it, and the
//! calendar's checks beside what they concern.

mod chip;
mod list;
mod month;
mod panel;
mod toolbar;
mod week;

use super::{empty_section, go_to_strategy, section_page, Section};
pub use crate::plan::week_of;
pub use crate::plan::View;
use crate::plan::{
    Address, CalendarEdit, CampaignChoice, Command, DateRange, Entry, EntryKey, Filter,
    FilterOptions, Finding, Plan, PlanEdit, PostId, ProfileId, Task, TaskId,
};
use crate::session;
use crate::ui::route::{use_navigator, use_place, Navigator, Route};
use crate::ui::shell;
use crate::ui::store::{use_store, Shared, SharedPlan, Store};
use crate::ui::text::t;
use chrono::{NaiveDate, Weekday};
use std::rc::Rc;
use yew::prelude::*;

/// What the views need: the plan, the URL's state, the days shown and what
/// is on them, and ways to change both.
pub struct Cal {
    pub plan: Rc<Plan>,
    pub store: Store,
    pub navigator: Option<Navigator>,
    /// Where the page is: view, day, filters, the open entry.
    pub address: Address,
    pub view: View,
    pub anchor: NaiveDate,
    pub range: DateRange,
    pub today: NaiveDate,
    pub week_start: Weekday,
    pub zone: String,
    pub filter: Filter,
    /// Entries on the days shown, before filters (for the counts).
    pub all: Rc<Vec<Entry>>,
    /// Entries on the days shown that pass the filters.
    pub entries: Rc<Vec<Entry>>,
    pub findings: Rc<Vec<Finding>>,
    /// Each filter's choices with their counts.
    pub options: Rc<FilterOptions>,
    /// Entries with a warning, by their URL key, for the chips.
    pub flagged: Rc<std::collections::BTreeSet<EntryKey>>,
    /// The entries shown, day by day; a day's list is the same value until
    /// something on that day changes, so its cell is not drawn again.
    pub by_day: Rc<std::collections::BTreeMap<NaiveDate, Shared<Vec<Entry>>>>,
    /// Each profile's name and platform in short, worked out once for all
    /// chips (and again only when the profiles change).
    pub profiles: Shared<Profiles>,
}

/// The profiles as chips name them.
#[derive(PartialEq)]
pub struct Profiles(Vec<ProfileName>);

impl Profiles {
    fn of(profiles: &[crate::plan::Profile]) -> Self {
        Self(
            profiles
                .iter()
                .map(|p| ProfileName {
                    id: p.id.clone(),
                    title: p.title(),
                    short: p.platform.short(),
                })
                .collect(),
        )
    }

    pub fn get(&self, id: Option<&ProfileId>) -> Option<&ProfileName> {
        id.and_then(|id| self.0.iter().find(|p| &p.id == id))
    }

    /// "Instagram @acme", or a word for a post with no profile.
    pub fn label(&self, id: Option<&ProfileId>) -> String {
        self.get(id)
            .map_or_else(|| t("No profile").to_owned(), |p| p.title.clone())
    }
}

#[derive(PartialEq)]
pub struct ProfileName {
    pub id: ProfileId,
    /// "Instagram @acme".
    pub title: String,
    /// "IG".
    pub short: String,
}

impl Cal {
    /// Moves to another state of the page; every state has its own address.
    pub fn go(&self, change: impl FnOnce(&mut Address)) {
        let mut address = self.address.clone();
        change(&mut address);
        if let Some(navigator) = &self.navigator {
            // An address with nothing to say is plainly `#/calendar`.
            navigator.push_with_query(&Route::Calendar, &address.to_query());
        }
    }

    pub fn edit(&self, edit: CalendarEdit) {
        self.store
            .dispatch(session::Event::Apply(self.command(edit)));
    }

    fn command(&self, edit: CalendarEdit) -> Command {
        Command::EditPlan {
            id: self.plan.id.clone(),
            edit: PlanEdit::Calendar(Box::new(edit)),
            at: shell::now(),
        }
    }

    /// The put of an entry with nothing written in it, for leaving it.
    pub fn blank_put(&self, entry: &Entry) -> Option<Command> {
        entry.blank_put().map(|edit| self.command(edit))
    }

    /// Leaves the open entry before making another: if it was just made and
    /// nothing is written in it, it is not kept.
    fn leave_open(&self) {
        let open = self.address.item.as_ref();
        let open = open.and_then(|key| self.plan.calendar.entry(key));
        if let Some(made) = open.and_then(|entry| self.blank_put(&entry)) {
            self.store.dispatch(session::Event::LeftEmpty(made));
        }
    }

    pub fn open(&self, key: &EntryKey) {
        let key = key.clone();
        self.go(|a| a.item = Some(key));
    }

    /// The findings about one entry.
    pub fn notes_for(&self, key: &EntryKey) -> Vec<Finding> {
        let param = key.to_param();
        self.findings
            .iter()
            .filter(|f| f.place.item.as_deref() == Some(param.as_str()))
            .cloned()
            .collect()
    }

    /// A new post on a day: on the profile and campaign filtered for, if any,
    /// at the time posts on that profile usually go, then open for editing.
    pub fn add_post(&self, day: NaiveDate) {
        self.leave_open();
        let (millis, entropy) = shell::seed();
        let post = self
            .plan
            .new_post(PostId::generated(millis, entropy), day, &self.filter);
        let key = EntryKey::Post(post.id.clone());
        self.edit(CalendarEdit::PutPost(post));
        self.open(&key);
        shell::focus_later("smp-panel-copy".to_owned());
    }

    pub fn add_task(&self, day: NaiveDate) {
        self.leave_open();
        let (millis, entropy) = shell::seed();
        let task = Task::new_for(TaskId::generated(millis, entropy), day, &self.filter);
        let key = EntryKey::Task(task.id.clone());
        self.edit(CalendarEdit::PutTask(task));
        self.open(&key);
        shell::focus_later("smp-panel-title".to_owned());
    }

    /// Moves an entry to another day, keeping its time, and keeps the focus on it.
    pub fn move_entry(&self, key: &EntryKey, day: NaiveDate) {
        if let Some(edit) = self.plan.calendar.move_to(key, day) {
            // A day of a series moved alone becomes a post: its key changes.
            let moved = match (&edit, key) {
                (CalendarEdit::Detach(post), _) => EntryKey::Post(post.id.clone()),
                (_, key) => key.clone(),
            };
            self.edit(edit);
            if !self.range.contains(day) {
                self.go(|a| a.date = Some(day));
            }
            shell::focus_later_at(chip::chip_selector(&moved));
        }
    }

    /// Days of the shown range where a filtered campaign runs, to tint them.
    pub fn campaign_days(&self) -> Option<DateRange> {
        match &self.filter.campaign {
            Some(CampaignChoice::Campaign(id)) => self.plan.campaign(id).map(|c| c.dates),
            _ => None,
        }
    }
}

/// A plain function rather than a component: the layout that calls it
/// already follows the plans.
pub fn calendar_page(store: Option<&crate::ui::store::Store>) -> Html {
    let plan = store.and_then(|store| store.workspace.current_shared());
    let body = plan.map(|plan| {
        if plan.strategy.profiles.is_empty() {
            return empty_section(
                t("Nothing planned yet"),
                html! {
                    <>
                    <p>{ t("Posts go on the profiles of the strategy, at the cadence its content strategy sets. Add the profiles first.") }</p>
                    { go_to_strategy() }
                    </>
                },
            );
        }
        html! { <CalendarBody plan={Shared(plan)} /> }
    });
    section_page(
        Section {
            title: t("Calendar"),
            eyebrow: t("Step 3 · day to day"),
            lead: t("Where the strategy and its campaigns become dated work: posts and tasks, each on a profile, with an owner and a status from idea to published."),
            wide: true,
        },
        body,
    )
}

#[derive(Properties, PartialEq)]
struct CalendarBodyProps {
    plan: SharedPlan,
}

#[component]
fn CalendarBody(props: &CalendarBodyProps) -> Html {
    crate::ui::probe::rendered("calendar");
    let store = use_store();
    let navigator = use_navigator();
    let location = use_place();
    let week_start = *use_memo((), |_| shell::week_start());
    let plan = props.plan.0.clone();
    let address = location
        .as_ref()
        .map(|l| Address::parse(&l.query))
        .unwrap_or_default();
    let zone = plan
        .calendar
        .time_zone
        .clone()
        .unwrap_or_else(shell::browser_time_zone);
    let today = shell::today_in(&zone);
    let view = address.view;
    let anchor = address.date.unwrap_or(today);
    let range = view.range(anchor, week_start);
    let filter = address.filter.clone();

    // The entries of the days shown are worked out again from what changed
    // since the last render (a keystroke: one post), not from the calendar.
    let cache = use_mut_ref(|| None::<Worked>);
    let worked = {
        let mut cache = cache.borrow_mut();
        let next = Worked::next(
            cache.take(),
            &props.plan,
            range,
            &filter,
            week_start,
            view == View::List,
        );
        *cache = Some(next.clone());
        next
    };
    let Worked {
        all,
        entries,
        findings,
        options,
        flagged,
        by_day,
        ..
    } = worked;
    let profiles = {
        // Worked out again only when the profiles change.
        let profiles = plan.strategy.profiles.clone();
        (*use_memo(profiles, |profiles| Shared(Rc::new(Profiles::of(profiles))))).clone()
    };
    let cal = Rc::new(Cal {
        plan,
        store,
        navigator,
        address,
        view,
        anchor,
        range,
        today,
        week_start,
        zone,
        filter,
        all,
        entries,
        findings,
        options,
        flagged,
        by_day,
        profiles,
    });
    let latest = (*use_memo((), |_| Latest::default())).clone();
    *latest.0.borrow_mut() = Some(cal.clone());
    let selected = cal
        .address
        .item
        .as_ref()
        .and_then(|key| cal.plan.calendar.entry(key));
    let own_zone = cal.plan.calendar.time_zone.is_none();
    html! {
        <div class="smp-calendar">
            <div class="smp-calendar__main">
                <toolbar::Toolbar latest={latest.clone()} view={cal.view} anchor={cal.anchor}
                    range={cal.range} today={cal.today} filter={cal.filter.clone()}
                    options={Shared(cal.options.clone())} shown={cal.entries.len()} total={cal.all.len()}
                    zone={AttrValue::from(cal.zone.clone())} {own_zone} />
                { match view {
                    View::Month => html! {
                        <month::MonthView latest={latest.clone()} range={cal.range} anchor={cal.anchor}
                            today={cal.today} by_day={Shared(cal.by_day.clone())} flagged={Shared(cal.flagged.clone())}
                            profiles={cal.profiles.clone()} selected={cal.address.item.clone()}
                            campaign={cal.campaign_days()} />
                    },
                    View::Week => week::week(&cal, &latest),
                    View::List => html! { <list::ListView cal={CalRef(cal.clone())} /> },
                } }
                <Checks findings={Shared(cal.findings.clone())} />
            </div>
            if let Some(entry) = selected {
                <panel::Panel cal={CalRef(cal.clone())} latest={latest.clone()} {entry} />
            }
        </div>
    }
}

/// What the calendar worked out for the days shown, kept from one render
/// to the next so the next costs what changed.
#[derive(Clone)]
struct Worked {
    plan: Rc<Plan>,
    range: DateRange,
    filter: Filter,
    /// The plan `all` and `entries` were worked out from: after a change of
    /// words only, an earlier one (their posts' words may be old; the days'
    /// lists are new), unless the list view shows them.
    base: Rc<Plan>,
    /// Entries on the days shown, before filters (for the counts).
    all: Rc<Vec<Entry>>,
    /// Those that pass the filters.
    entries: Rc<Vec<Entry>>,
    findings: Rc<Vec<Finding>>,
    options: Rc<FilterOptions>,
    flagged: Rc<std::collections::BTreeSet<EntryKey>>,
    by_day: Rc<std::collections::BTreeMap<NaiveDate, Shared<Vec<Entry>>>>,
}

impl Worked {
    fn next(
        last: Option<Worked>,
        plan: &SharedPlan,
        range: DateRange,
        filter: &Filter,
        week_start: Weekday,
        listed: bool,
    ) -> Worked {
        let plan = plan.0.clone();
        if let Some(last) = &last {
            if Rc::ptr_eq(&last.plan, &plan) && last.range == range && &last.filter == filter {
                return last.clone();
            }
        }
        // A change of words only (a keystroke in a post's copy): every entry
        // stays where it was, the posts changed take their new versions in
        // place, and what the rules and the filters judged stands.
        if let Some(last) = &last {
            // Shown as a list, the lists of every entry must be as of the
            // last plan to be patched.
            let alike = last.range == range
                && &last.filter == filter
                && (!listed || Rc::ptr_eq(&last.base, &last.plan))
                && crate::plan::Piece::same(&last.plan.strategy, &plan.strategy)
                && crate::plan::Piece::same(&last.plan.campaigns, &plan.campaigns);
            if let Some(posts) = alike
                .then(|| plan.calendar.reworded(&last.plan.calendar))
                .flatten()
            {
                return last.reworded(plan, &posts, listed);
            }
        }
        let all = match &last {
            Some(last) if Rc::ptr_eq(&last.base, &plan) && last.range == range => last.all.clone(),
            Some(last) if last.range == range => Rc::new(plan.calendar.entries_since(
                &last.base.calendar,
                &last.all,
                range,
            )),
            _ => Rc::new(plan.calendar.entries(range)),
        };
        let shown: Vec<Entry> = all.iter().filter(|e| filter.admits(e)).cloned().collect();
        let found = plan.calendar_findings(range, &shown, week_start);
        // The same findings and counts as before keep their value, so
        // what shows them is not drawn again.
        let findings = match &last {
            Some(last) if *last.findings == found => last.findings.clone(),
            _ => Rc::new(found),
        };
        let counted = plan.filter_options(filter, &all);
        let options = match &last {
            Some(last) if *last.options == counted => last.options.clone(),
            _ => Rc::new(counted),
        };
        // Put in one by one: collecting into a set would bring its own sort.
        let mut flagged = std::collections::BTreeSet::new();
        for key in findings
            .iter()
            .filter(|f| f.severity == crate::plan::Severity::Warning)
            .filter_map(|f| f.place.item.as_deref().and_then(EntryKey::from_param))
        {
            flagged.insert(key);
        }
        let flagged = Rc::new(flagged);
        let mut by_day: std::collections::BTreeMap<NaiveDate, Vec<Entry>> = Default::default();
        for entry in &shown {
            by_day.entry(entry.day).or_default().push(entry.clone());
        }
        let earlier = last.as_ref().map(|l| l.by_day.clone());
        let mut shared_days = std::collections::BTreeMap::new();
        for (day, list) in by_day {
            let kept = earlier
                .as_ref()
                .and_then(|e| e.get(&day))
                .filter(|old| same_entries(old, &list))
                .cloned();
            shared_days.insert(day, kept.unwrap_or_else(|| Shared(Rc::new(list))));
        }
        let by_day = shared_days;
        Worked {
            base: plan.clone(),
            plan,
            range,
            filter: filter.clone(),
            all,
            entries: Rc::new(shown),
            findings,
            options,
            flagged,
            by_day: Rc::new(by_day),
        }
    }

    /// The same days with the posts whose words changed in their new
    /// versions: the days' lists they are on are copied, the others kept.
    /// The lists of every entry shown are patched too only when `listed`
    /// (the list view shows them); else they wait, as of `base`, for the
    /// next change that works them out again.
    fn reworded(&self, plan: Rc<Plan>, posts: &[Rc<crate::plan::Post>], listed: bool) -> Worked {
        let patch = |list: &[Entry]| {
            let mut list = list.to_vec();
            let mut found = false;
            for post in posts {
                found |= Entry::reword(&mut list, post);
            }
            found.then_some(list)
        };
        // Put in one by one: collecting into a map would bring its own sort.
        let mut by_day = std::collections::BTreeMap::new();
        for (day, list) in self.by_day.iter() {
            let changed = posts.iter().any(|p| p.at.date() == *day);
            let list = match changed.then(|| patch(list)).flatten() {
                Some(patched) => Shared(Rc::new(patched)),
                None => list.clone(),
            };
            by_day.insert(*day, list);
        }
        let (base, all, entries) = match listed {
            true => (
                plan.clone(),
                patch(&self.all).map_or_else(|| self.all.clone(), Rc::new),
                patch(&self.entries).map_or_else(|| self.entries.clone(), Rc::new),
            ),
            false => (self.base.clone(), self.all.clone(), self.entries.clone()),
        };
        Worked {
            plan,
            base,
            all,
            entries,
            by_day: Rc::new(by_day),
            range: self.range,
            filter: self.filter.clone(),
            findings: self.findings.clone(),
            options: self.options.clone(),
            flagged: self.flagged.clone(),
        }
    }
}

/// Whether two lists hold the very same entries (by key and by value shared,
/// or, for a series' days drawn afresh, equal).
fn same_entries(a: &[Entry], b: &[Entry]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|(x, y)| {
            x.key == y.key
                && match (&x.item, &y.item) {
                    (crate::plan::EntryItem::Post(p), crate::plan::EntryItem::Post(q)) => {
                        Rc::ptr_eq(p, q)
                    }
                    (crate::plan::EntryItem::Task(p), crate::plan::EntryItem::Task(q)) => {
                        Rc::ptr_eq(p, q)
                    }
                    _ => x == y,
                }
        })
}

/// The page's context as a prop: compared by identity, rebuilt on each render.
#[derive(Clone)]
pub struct CalRef(pub Rc<Cal>);

impl PartialEq for CalRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The page as last drawn, for handlers made once that read it when they
/// run: a part holding them is drawn again only when what it shows changes,
/// not each time the page is.
#[derive(Clone, Default)]
pub struct Latest(Rc<std::cell::RefCell<Option<Rc<Cal>>>>);

impl PartialEq for Latest {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Latest {
    /// Runs `act` on the page as last drawn (outside the borrow, so it may
    /// cause a render).
    pub fn with(&self, act: impl FnOnce(&Rc<Cal>)) {
        let cal = self.0.borrow().clone();
        if let Some(cal) = cal {
            act(&cal);
        }
    }
}

/// The calendar's findings about the days shown: a count, and the list on
/// request (a busy month can raise hundreds of notes).
#[derive(Properties, PartialEq)]
struct ChecksProps {
    /// Compared by identity: the same findings keep their value.
    findings: Shared<Vec<Finding>>,
}

#[component]
fn Checks(props: &ChecksProps) -> Html {
    crate::ui::probe::rendered("checks");
    let open = use_state(|| props.findings.len() <= 6);
    let findings = &props.findings;
    if findings.is_empty() {
        return html! {
            <p class="smp-calendar__clear">{ t("No checks to raise on the days shown.") }</p>
        };
    }
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let warnings = findings
        .iter()
        .filter(|f| f.severity == crate::plan::Severity::Warning)
        .count();
    html! {
        <section class="smp-card smp-calendar__checks" aria-labelledby="smp-checks-title">
            <h2 class="smp-card__title" id="smp-checks-title">
                { crate::ui::text::say(&crate::plan::checks_title(warnings, findings.len() - warnings)) }
            </h2>
            <button type="button" class="smp-button smp-button--small" aria-expanded={open.to_string()} onclick={toggle}>
                { if *open { t("Hide the checks") } else { t("Show the checks") } }
            </button>
            if *open {
                { crate::ui::components::finding_notes(None, findings) }
            }
        </section>
    }
}
