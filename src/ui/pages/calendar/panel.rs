//! The side panel: one post or task, every field editable, saved as typed. A day
//! of a series can be changed alone or with the whole series; a post can be
//! made to repeat.

use super::{Cal, CalRef, Latest};
use crate::plan::when;
use crate::plan::{
    CalendarEdit, CampaignId, Entry, EntryItem, EntryKey, MemberId, PillarId, Post, PostId,
    PostStatus, ProfileId, Recurrence, RepeatKind, Series, SeriesId, Task, TaskId, TaskKind,
};
use crate::ui::components::{
    finding_notes, use_confirmation, DateField, NumberField, NumberKind, SelectField, TextField,
};
use crate::ui::edit::{Live, Updater};
use crate::ui::shell;
use crate::ui::text::{say, t, tf, titled};
use chrono::{NaiveDate, NaiveTime, Weekday};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub cal: CalRef,
    pub latest: Latest,
    pub entry: Entry,
}

#[component]
pub fn Panel(props: &PanelProps) -> Html {
    crate::ui::probe::rendered("panel");
    let cal = props.cal.0.clone();
    let entry = &props.entry;
    crate::ui::edit::use_forget_if_left(entry.key.to_param(), cal.blank_put(entry));
    // A dialog over the calendar: the page behind is inert while it is open
    // and Tab stays in it. Escape anywhere in it (the browser's close request:
    // its cancel event), Close or a click on the dimmed calendar closes it;
    // then the panel goes and the browser gives the focus back where it was
    // when the dialog opened (the day, the chip), however many entries it
    // showed since. The panel goes as it closes, not at the close event the
    // browser sends later: by then the user may have opened an entry again.
    let dialog = use_node_ref();
    let shut = {
        let (cal, dialog) = (cal.clone(), dialog.clone());
        Callback::from(move |_: Event| {
            if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
                dialog.close();
            }
            cal.go(|a| a.item = None);
        })
    };
    {
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
                let _ = dialog.show_modal();
            }
        });
    }
    let onclick = {
        let (dialog, shut) = (dialog.clone(), shut.clone());
        Callback::from(move |e: MouseEvent| {
            let target = e.target_dyn_into::<web_sys::Element>();
            if target.is_some() && target == dialog.cast::<web_sys::Element>() {
                shut.emit(e.into());
            }
        })
    };
    let day = crate::ui::text::dates().long_day(entry.day);
    let (title, body) = match &entry.item {
        EntryItem::Task(task) => (
            tf("Task on {}", &[&day]),
            html! { <TaskForm cal={props.cal.clone()} latest={props.latest.clone()} task={Task::clone(task)} entry={entry.key.clone()} /> },
        ),
        EntryItem::Post(post) | EntryItem::Occurrence(post) => (
            tf("Post on {}", &[&day]),
            html! { <PostForm cal={props.cal.clone()} latest={props.latest.clone()} post={Post::clone(post)} entry={entry.key.clone()} /> },
        ),
    };
    html! {
        <dialog class="smp-panel" aria-labelledby="smp-panel-title-text" ref={dialog} oncancel={shut.clone()} {onclick}>
            // Keyed by entry: another entry's fields start afresh.
            <div class="smp-panel__body" key={entry.key.to_param()}>
            <header class="smp-panel__head">
                <h2 class="smp-card__title" id="smp-panel-title-text">{ title }</h2>
                <button type="button" class="smp-button smp-button--quiet smp-button--small" onclick={shut.reform(Event::from)}
                    aria-label={t("Close the panel")}>{ t("Close") }</button>
            </header>
            { finding_notes(None, &cal.notes_for(&entry.key)) }
            { body }
            </div>
        </dialog>
    }
}

fn options<T>(
    items: impl IntoIterator<Item = T>,
    value: impl Fn(&T) -> String,
    label: impl Fn(&T) -> String,
) -> Vec<(AttrValue, AttrValue)> {
    items
        .into_iter()
        .map(|item| (value(&item).into(), label(&item).into()))
        .collect()
}

/// The choices of the panel's selects: worked out again only when the
/// strategy or the campaigns change, not on every keystroke.
struct Choices {
    profiles: Vec<(AttrValue, AttrValue)>,
    pillars: Vec<(AttrValue, AttrValue)>,
    campaigns: Vec<(AttrValue, AttrValue)>,
    members: Vec<(AttrValue, AttrValue)>,
    statuses: Vec<(AttrValue, AttrValue)>,
}

#[hook]
fn use_choices(cal: &Cal) -> std::rc::Rc<Choices> {
    let parts = (cal.plan.strategy.clone(), cal.plan.campaigns.clone());
    use_memo(parts, |(strategy, campaigns)| Choices {
        profiles: options(&strategy.profiles, |p| p.id.to_string(), |p| p.title()),
        pillars: options(
            &strategy.content.pillars,
            |p| p.id.to_string(),
            |p| titled(p.title()).to_owned(),
        ),
        campaigns: options(
            campaigns.iter(),
            |c| c.id.to_string(),
            |c| titled(c.title()).to_owned(),
        ),
        members: options(
            &strategy.team.members,
            |m| m.id.to_string(),
            |m| titled(m.title()).to_owned(),
        ),
        statuses: options(
            PostStatus::ALL,
            |s| s.key().to_owned(),
            |s| t(s.label()).to_owned(),
        ),
    })
}

#[derive(Properties, PartialEq)]
struct PostFormProps {
    cal: CalRef,
    latest: Latest,
    post: Post,
    /// The entry shown: the post, or a day of a series.
    entry: EntryKey,
}

/// The post form's field callbacks, made once (see `Live`).
struct PostSetters {
    day: Callback<Option<NaiveDate>>,
    time: Callback<InputEvent>,
    profile: Callback<Option<String>>,
    copy: Callback<String>,
    pillar: Callback<Option<String>>,
    campaign: Callback<Option<String>>,
    owner: Callback<Option<String>>,
    status: Callback<Option<String>>,
    link: Callback<String>,
    media: Callback<String>,
    notes: Callback<String>,
}

impl PostSetters {
    fn new(live: &Live<Post>) -> Self {
        let at_time = live.set(|p: &mut Post, time: NaiveTime| p.at = p.at.date().and_time(time));
        Self {
            day: live.set(|p: &mut Post, day: Option<NaiveDate>| {
                if let Some(day) = day {
                    p.at = day.and_time(p.at.time());
                }
            }),
            time: Callback::from(move |e: InputEvent| {
                let value = e.target_unchecked_into::<HtmlInputElement>().value();
                if let Some(time) = when::parse_clock(&value) {
                    at_time.emit(time);
                }
            }),
            profile: live.set(|p: &mut Post, v: Option<String>| {
                p.content.profile = v.and_then(|v| ProfileId::parse(&v).ok())
            }),
            copy: live.set(|p: &mut Post, v: String| p.content.copy = v),
            pillar: live.set(|p: &mut Post, v: Option<String>| {
                p.content.pillar = v.and_then(|v| PillarId::parse(&v).ok())
            }),
            campaign: live.set(|p: &mut Post, v: Option<String>| {
                p.content.campaign = v.and_then(|v| CampaignId::parse(&v).ok())
            }),
            owner: live.set(|p: &mut Post, v: Option<String>| {
                p.content.owner = v.and_then(|v| MemberId::parse(&v).ok())
            }),
            status: live.set(|p: &mut Post, v: Option<String>| {
                p.content.status = v
                    .as_deref()
                    .and_then(PostStatus::from_key)
                    .unwrap_or_default()
            }),
            link: live.set(|p: &mut Post, v: String| p.content.link = v),
            media: live.set(|p: &mut Post, v: String| p.content.media = v),
            notes: live.set(|p: &mut Post, v: String| p.content.notes = v),
        }
    }
}

#[component]
fn PostForm(props: &PostFormProps) -> Html {
    let cal = props.cal.0.clone();
    let post = &props.post;
    // A day of a series: change it alone, or the whole series.
    let whole_series = use_state(|| false);
    let series: Option<Series> = cal.plan.calendar.series_of(&props.entry).cloned();
    let send = {
        let (cal, entry, whole) = (cal.clone(), props.entry.clone(), *whole_series);
        Callback::from(move |changed: Post| {
            let (edit, open) = cal.plan.calendar.save_post(&entry, changed, whole);
            cal.edit(edit);
            if let Some(key) = open {
                cal.open(&key);
            }
        })
    };
    let live = use_memo((), |_| Live::default());
    live.put(post, send);
    let set = use_memo((), |_| PostSetters::new(&live));
    let choices = use_choices(&cal);
    let content = &post.content;
    let at = post.at;
    let scope = series.as_ref().map(|s| {
        let choose = |whole: bool| {
            let state = whole_series.clone();
            Callback::from(move |_: Event| state.set(whole))
        };
        html! {
            <fieldset class="smp-scope">
                <legend class="smp-label">{ tf("Part of a series: {}", &[&say(&s.describe())]) }</legend>
                <label class="smp-check">
                    <input type="radio" name="smp-scope" checked={!*whole_series} onchange={choose(false)} />
                    <span>{ t("Change this post only") }</span>
                </label>
                <label class="smp-check">
                    <input type="radio" name="smp-scope" checked={*whole_series} onchange={choose(true)} />
                    <span>{ t("Change every post in the series") }</span>
                </label>
            </fieldset>
        }
    });
    // The copy counted against the profile's platform, or plainly without one.
    let profile = content
        .profile
        .as_ref()
        .and_then(|id| cal.plan.strategy.profile(id));
    let other = crate::plan::Platform::Other(String::new());
    let platform = profile.map_or(&other, |p| &p.platform);
    let copy_count = platform.copy_count(&content.copy);
    let (fits, past) = platform.copy_fits(&content.copy);
    // Only a web address becomes a link; anything else stays text in the field.
    let link = crate::plan::followable(&content.link).map(str::to_owned);
    let host = crate::plan::link_host(&content.link).map(str::to_owned);
    html! {
        <div class="smp-panel__form">
            { scope }
            <div class="smp-grid smp-grid--2">
                if !*whole_series {
                    <DateField label={t("Day")} value={Some(at.date())} required=true id="smp-panel-day" onchange={set.day.clone()} />
                }
                <div class="smp-field">
                    <label class="smp-label" for="smp-panel-time">{ t("Time") }</label>
                    <input id="smp-panel-time" class="smp-input" type="time" value={when::clock(at.time())} oninput={set.time.clone()}
                        onkeydown={crate::ui::components::one_stop()} />
                </div>
            </div>
            <SelectField label={t("Profile")} options={choices.profiles.clone()} id="smp-panel-profile"
                selected={content.profile.as_ref().map(|p| AttrValue::from(p.to_string()))}
                none={t("Choose a profile…")} onchange={set.profile.clone()} />
            <TextField label={t("Copy")} value={content.copy.clone()} multiline=true id="smp-panel-copy"
                hint={AttrValue::from(say(&copy_count))} oninput={set.copy.clone()} />
            <div class="smp-grid smp-grid--2">
                <SelectField label={t("Pillar")} id="smp-panel-pillar"
                    options={choices.pillars.clone()}
                    selected={content.pillar.as_ref().map(|p| AttrValue::from(p.to_string()))} none={t("No pillar")}
                    onchange={set.pillar.clone()} />
                <SelectField label={t("Campaign")} options={choices.campaigns.clone()} id="smp-panel-campaign"
                    selected={content.campaign.as_ref().map(|c| AttrValue::from(c.to_string()))} none={t("Evergreen (no campaign)")}
                    onchange={set.campaign.clone()} />
                <SelectField label={t("Owner")} options={choices.members.clone()} id="smp-panel-owner"
                    selected={content.owner.as_ref().map(|m| AttrValue::from(m.to_string()))} none={t("No one yet")}
                    onchange={set.owner.clone()} />
                <SelectField label={t("Status")} id="smp-panel-status"
                    options={choices.statuses.clone()}
                    selected={Some(AttrValue::from(content.status.key()))} none=""
                    onchange={set.status.clone()} />
            </div>
            <TextField label={t("Link")} value={content.link.clone()} id="smp-panel-link"
                placeholder={Some(AttrValue::from("https://…"))}
                oninput={set.link.clone()} />
            if let (Some(href), Some(host)) = (link, &host) {
                <a class="smp-panel__link" href={href} target="_blank" rel="noopener noreferrer">{ tf("Open the link to {}", &[host]) }</a>
            }
            <TextField label={t("Media")} value={content.media.clone()} id="smp-panel-media"
                placeholder={t("The picture or video that goes with it")}
                oninput={set.media.clone()} />
            <section class="smp-preview" aria-labelledby="smp-preview-title">
                <h3 class="smp-label" id="smp-preview-title">{ t("Preview") }</h3>
                <p class="smp-preview__who">{ format!(
                    "{} · {}, {}",
                    profile.map_or_else(|| t("No profile yet").to_owned(), |p| p.title()),
                    crate::ui::text::dates().short_day(at.date()),
                    when::clock(at.time()),
                ) }</p>
                if fits.is_empty() {
                    <p class="smp-preview__copy smp-muted">{ t("Nothing written yet.") }</p>
                } else {
                    <p class="smp-preview__copy">
                        { fits.to_owned() }
                        if !past.is_empty() {
                            <del class="smp-preview__past">
                                <span class="smp-visually-hidden">{ " " }{ t("Past the limit:") }{ " " }</span>{ past.to_owned() }
                            </del>
                        }
                    </p>
                }
                if let Some(host) = &host {
                    <p class="smp-preview__link">{ host.clone() }</p>
                }
                if !content.media.trim().is_empty() {
                    <p class="smp-preview__media">{ content.media.trim().to_owned() }</p>
                }
            </section>
            <TextField label={t("Notes")} value={content.notes.clone()} multiline=true id="smp-panel-notes"
                oninput={set.notes.clone()} />
            if series.is_none() {
                <Repeat latest={props.latest.clone()} id={post.id.clone()} day={at.date()} />
            }
            <PostActions latest={props.latest.clone()} entry={props.entry.clone()} series={series.clone()} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct RepeatProps {
    latest: Latest,
    /// The post to make repeat, read as it is when the button is pressed:
    /// typing in the post does not draw this again.
    id: PostId,
    day: NaiveDate,
}

/// Makes a post repeat: every few days, or weekly on chosen days, until a date.
#[component]
fn Repeat(props: &RepeatProps) -> Html {
    let day = props.day;
    let kind = use_state(|| None::<RepeatKind>);
    let every = use_state(|| Some(7.0));
    let weekdays = use_state(|| vec![chrono::Datelike::weekday(&day)]);
    let until = use_state(|| Series::default_until(day));
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |v: Option<String>| {
            kind.set(v.as_deref().and_then(RepeatKind::from_key))
        })
    };
    let rule = kind.and_then(|k| k.rule(*every, &weekdays));
    let make = {
        let (latest, id, rule, until) =
            (props.latest.clone(), props.id.clone(), rule.clone(), *until);
        Callback::from(move |_: MouseEvent| {
            latest.with(|cal| {
                let (Some(rule), Some(post)) = (rule.clone(), cal.plan.calendar.post(&id)) else {
                    return;
                };
                let (millis, entropy) = shell::seed();
                let edit = CalendarEdit::PostToSeries {
                    post: post.id.clone(),
                    series: Series::repeating(
                        SeriesId::generated(millis, entropy),
                        post,
                        rule,
                        until,
                    ),
                };
                let first = edit.put_key();
                cal.edit(edit);
                match first {
                    Some(key) => cal.open(&key),
                    None => cal.go(|a| a.item = None),
                }
            })
        })
    };
    let toggle_day = |weekday: Weekday| {
        let weekdays = weekdays.clone();
        Callback::from(move |_: Event| weekdays.set(Recurrence::toggle_day(&weekdays, weekday)))
    };
    let check_until =
        Callback::from(move |to: NaiveDate| Series::until_problem(day, to).as_ref().map(say));
    let on_until = {
        let until = until.clone();
        Callback::from(move |v: Option<NaiveDate>| {
            if let Some(v) = v {
                until.set(v);
            }
        })
    };
    html! {
        <fieldset class="smp-repeat">
            <legend class="smp-label">{ t("Repeat") }</legend>
            <SelectField label={t("Repeats")} id={Some(AttrValue::from("smp-panel-repeat"))}
                options={RepeatKind::ALL.map(|k| (AttrValue::from(k.key()), AttrValue::from(t(k.label())))).to_vec()}
                selected={kind.map(|k| AttrValue::from(k.key()))} none={t("Does not repeat")}
                onchange={on_kind} />
            if *kind == Some(RepeatKind::EveryDays) {
                <NumberField label={t("Every how many days")} value={*every} kind={NumberKind::Whole(365)}
                    onchange={{ let every = every.clone(); Callback::from(move |v: Option<f64>| every.set(v.filter(|n| *n >= 1.0))) }} />
            }
            if *kind == Some(RepeatKind::Weekly) {
                <fieldset class="smp-checks">
                    <legend class="smp-label">{ t("On") }</legend>
                    <div class="smp-checks__boxes">
                        { for [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun].into_iter().map(|d| html! {
                            <label class="smp-check">
                                <input type="checkbox" checked={weekdays.contains(&d)} onchange={toggle_day(d)} />
                                <span>{ crate::ui::text::dates().weekday_short(d) }</span>
                            </label>
                        }) }
                    </div>
                </fieldset>
            }
            if kind.is_some() {
                <DateField label={t("Until")} value={Some(*until)} required=true check={Some(check_until)} onchange={on_until} />
                <button type="button" class="smp-button smp-button--primary smp-button--small" onclick={make} disabled={rule.is_none()}>
                    { t("Make it repeat") }
                </button>
            }
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct PostActionsProps {
    latest: Latest,
    entry: EntryKey,
    series: Option<Series>,
}

#[component]
fn PostActions(props: &PostActionsProps) -> Html {
    let (asking, ask, keep) = use_confirmation();
    let duplicate = duplicate_entry(&props.latest, &props.entry);
    let delete_one = delete_entry(&props.latest, &props.entry);
    let delete_series = props.series.as_ref().map(|series| {
        let (latest, id) = (props.latest.clone(), series.id.clone());
        Callback::from(move |_: MouseEvent| {
            latest.with(|cal| {
                cal.edit(CalendarEdit::RemoveSeries(id.clone()));
                cal.go(|a| a.item = None);
            })
        })
    });
    html! {
        <div class="smp-panel__actions">
            <button type="button" class="smp-button smp-button--small" onclick={duplicate}>{ t("Duplicate") }</button>
            <button type="button" class="smp-button smp-button--danger smp-button--small" onclick={delete_one}>
                { if props.series.is_some() { t("Delete this day") } else { t("Delete") } }
            </button>
            if let Some(delete_series) = delete_series {
                if asking {
                    <span class="smp-confirm" role="group" aria-label={t("Delete the whole series?")}>
                        { t("Delete every day of the series? Days edited on their own stay.") }
                        <button type="button" class="smp-button smp-button--danger smp-button--small" onclick={delete_series}>{ t("Yes, delete the series") }</button>
                        <button type="button" class="smp-button smp-button--small" onclick={keep}>{ t("Keep it") }</button>
                    </span>
                } else {
                    <button type="button" class="smp-button smp-button--quiet smp-button--small" onclick={ask}>{ t("Delete the whole series…") }</button>
                }
            }
        </div>
    }
}

/// Copies the entry under a new id and opens the copy.
fn duplicate_entry(latest: &Latest, entry: &EntryKey) -> Callback<MouseEvent> {
    let (latest, entry) = (latest.clone(), entry.clone());
    Callback::from(move |_: MouseEvent| {
        latest.with(|cal| {
            let (millis, entropy) = shell::seed();
            let (post, task) = (
                PostId::generated(millis, entropy),
                TaskId::generated(millis, entropy),
            );
            if let Some(edit) = cal.plan.calendar.duplicate(&entry, post, task) {
                let open = edit.put_key();
                cal.edit(edit);
                if let Some(key) = open {
                    cal.open(&key);
                }
            }
        })
    })
}

/// Deletes the entry (one day only, of a series) and closes the panel.
fn delete_entry(latest: &Latest, entry: &EntryKey) -> Callback<MouseEvent> {
    let (latest, entry) = (latest.clone(), entry.clone());
    Callback::from(move |_: MouseEvent| {
        latest.with(|cal| {
            cal.edit(CalendarEdit::delete(&entry));
            cal.go(|a| a.item = None);
        })
    })
}

#[derive(Properties, PartialEq)]
struct TaskFormProps {
    cal: CalRef,
    latest: Latest,
    task: Task,
    entry: EntryKey,
}

#[component]
fn TaskForm(props: &TaskFormProps) -> Html {
    let cal = props.cal.0.clone();
    let choices = use_choices(&cal);
    let task = &props.task;
    let set = {
        let cal = cal.clone();
        Updater::new(
            task,
            Callback::from(move |t: Task| cal.edit(CalendarEdit::PutTask(t))),
        )
    };
    let duplicate = duplicate_entry(&props.latest, &props.entry);
    let delete = delete_entry(&props.latest, &props.entry);
    let on_done = {
        let set = set.set(|t: &mut Task, done: bool| t.done = done);
        Callback::from(move |e: Event| {
            set.emit(e.target_unchecked_into::<HtmlInputElement>().checked())
        })
    };
    let key_of = |field: &str| Some(AttrValue::from(format!("smp-panel-{field}")));
    html! {
        <div class="smp-panel__form">
            <div class="smp-grid smp-grid--2">
                <SelectField label={t("Kind of work")} id={key_of("kind")}
                    options={options(TaskKind::ALL, |k| k.key().to_owned(), |k| t(k.label()).to_owned())}
                    selected={Some(AttrValue::from(task.kind.key()))} none={t("Write")}
                    onchange={set.set(|t: &mut Task, v: Option<String>| t.kind = v.as_deref().and_then(TaskKind::from_key).unwrap_or_default())} />
                <DateField label={t("Due")} value={Some(task.due)} required=true id={key_of("due")}
                    onchange={set.set(|t: &mut Task, v: Option<NaiveDate>| if let Some(v) = v { t.due = v })} />
            </div>
            <TextField label={t("What needs doing")} value={task.title.clone()} id={key_of("title")}
                oninput={set.set(|t: &mut Task, v: String| t.title = v)} />
            <div class="smp-grid smp-grid--2">
                <SelectField label={t("Owner")} options={choices.members.clone()} id={key_of("owner")}
                    selected={task.owner.as_ref().map(|m| AttrValue::from(m.to_string()))} none={t("No one yet")}
                    onchange={set.set(|t: &mut Task, v: Option<String>| t.owner = v.and_then(|v| MemberId::parse(&v).ok()))} />
                <SelectField label={t("Campaign")} options={choices.campaigns.clone()} id={key_of("campaign")}
                    selected={task.campaign.as_ref().map(|c| AttrValue::from(c.to_string()))} none={t("No campaign")}
                    onchange={set.set(|t: &mut Task, v: Option<String>| t.campaign = v.and_then(|v| CampaignId::parse(&v).ok()))} />
            </div>
            <label class="smp-check">
                <input type="checkbox" checked={task.done} onchange={on_done} />
                <span>{ t("Done") }</span>
            </label>
            <div class="smp-panel__actions">
                <button type="button" class="smp-button smp-button--small" onclick={duplicate}>{ t("Duplicate") }</button>
                <button type="button" class="smp-button smp-button--danger smp-button--small" onclick={delete}>{ t("Delete") }</button>
            </div>
        </div>
    }
}
