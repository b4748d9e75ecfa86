//! The list view: ninety days of entries in order, a page at a time, with bulk
//! changes to status and owner for the entries chosen.

use super::chip::describe;
use super::CalRef;
use crate::plan::{BulkSet, CalendarEdit, EntryKey, MemberId, PostStatus};
use crate::ui::text::{number, t, tf, titled, tn};
use std::collections::BTreeSet;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Rows a page shows: enough to scan, few enough to render at once.
pub const PAGE: usize = 50;

#[derive(Properties, PartialEq)]
pub struct ListViewProps {
    pub cal: CalRef,
}

#[component]
pub fn ListView(props: &ListViewProps) -> Html {
    let cal = props.cal.0.clone();
    let chosen = use_state(BTreeSet::<String>::new);
    let pages = cal.entries.len().div_ceil(PAGE).max(1);
    let page = cal.address.page.unwrap_or(1).clamp(1, pages);
    let shown = &cal.entries[(page - 1) * PAGE..(page * PAGE).min(cal.entries.len())];

    let toggle = |param: String| {
        let chosen = chosen.clone();
        Callback::from(move |_: Event| {
            let mut next = (*chosen).clone();
            if !next.remove(&param) {
                next.insert(param.clone());
            }
            chosen.set(next);
        })
    };
    let page_params: Vec<String> = shown.iter().map(|e| e.key.to_param()).collect();
    let all_chosen = !page_params.is_empty() && page_params.iter().all(|p| chosen.contains(p));
    let toggle_page = {
        let (chosen, page_params) = (chosen.clone(), page_params.clone());
        Callback::from(move |_: Event| {
            let mut next = (*chosen).clone();
            if all_chosen {
                for p in &page_params {
                    next.remove(p);
                }
            } else {
                next.extend(page_params.iter().cloned());
            }
            chosen.set(next);
        })
    };
    let bulk = |set: fn(&str) -> Option<BulkSet>| {
        let (cal, chosen) = (cal.clone(), chosen.clone());
        Callback::from(move |e: Event| {
            let select = e.target_unchecked_into::<HtmlSelectElement>();
            let Some(set) = set(&select.value()) else {
                return;
            };
            let entries: Vec<EntryKey> = chosen
                .iter()
                .filter_map(|p| EntryKey::from_param(p))
                .collect();
            cal.edit(CalendarEdit::Bulk { entries, set });
            select.set_value("");
            chosen.set(BTreeSet::new());
        })
    };
    let go_page = |to: usize| {
        let cal = cal.clone();
        Callback::from(move |_: MouseEvent| cal.go(|a| a.page = Some(to)))
    };
    let clear = {
        let chosen = chosen.clone();
        Callback::from(move |_: MouseEvent| chosen.set(BTreeSet::new()))
    };
    let members = &cal.plan.strategy.team.members;

    html! {
        <div class="smp-list">
            if !chosen.is_empty() {
                <div class="smp-bulk" role="group" aria-label={t("Change the chosen entries")}>
                    <span class="smp-bulk__count">{ tn(chosen.len(), "{} chosen", "{} chosen") }</span>
                    <label class="smp-filter">
                        <span class="smp-filter__label">{ t("Set status") }</span>
                        <select class="smp-input smp-select" onchange={bulk(|v| PostStatus::from_key(v).map(BulkSet::Status))}>
                            <option value="" selected=true>{ t("Choose…") }</option>
                            { for PostStatus::ALL.iter().map(|s| html! { <option value={s.key()}>{ t(s.label()) }</option> }) }
                        </select>
                    </label>
                    <label class="smp-filter">
                        <span class="smp-filter__label">{ t("Set owner") }</span>
                        <select class="smp-input smp-select" onchange={bulk(|v| match v {
                            "" => None,
                            "none" => Some(BulkSet::Owner(None)),
                            id => MemberId::parse(id).ok().map(|m| BulkSet::Owner(Some(m))),
                        })}>
                            <option value="" selected=true>{ t("Choose…") }</option>
                            <option value="none">{ t("No one") }</option>
                            { for members.iter().map(|m| html! { <option value={m.id.to_string()}>{ titled(m.title()) }</option> }) }
                        </select>
                    </label>
                    <button type="button" class="smp-button smp-button--quiet smp-button--small" onclick={clear}>{ t("Clear the choice") }</button>
                </div>
            }
            if cal.entries.is_empty() {
                <p class="smp-muted">{ t("Nothing planned in these ninety days.") }</p>
            } else {
                <table class="smp-table smp-table--list">
                    <caption class="smp-visually-hidden">{ t("Posts and tasks, in order") }</caption>
                    <thead><tr>
                        <th scope="col"><label class="smp-visually-hidden" for="smp-list-all">{ t("Choose every entry on this page") }</label>
                            <input type="checkbox" id="smp-list-all" checked={all_chosen} onchange={toggle_page} /></th>
                        <th scope="col">{ t("Day") }</th>
                        <th scope="col">{ t("Time") }</th>
                        <th scope="col">{ t("What") }</th>
                        <th scope="col">{ t("Status") }</th>
                        <th scope="col">{ t("Owner") }</th>
                    </tr></thead>
                    <tbody>
                        { for shown.iter().map(|entry| {
                            let param = entry.key.to_param();
                            let (time, what) = describe(&cal, entry);
                            let profile = entry.content().and_then(|c| c.profile.as_ref());
                            let mark = cal.profiles.get(profile).map(|p| p.short.clone());
                            let status = entry.content().map_or_else(
                                || if entry.task().is_some_and(|t| t.done) { t("Done").to_owned() } else { t("Task").to_owned() },
                                |c| t(c.status.label()).to_owned(),
                            );
                            let owner = entry
                                .content()
                                .and_then(|c| c.owner.clone())
                                .or_else(|| entry.task().and_then(|t| t.owner.clone()))
                                .and_then(|id| cal.plan.strategy.team.member(&id).map(|m| titled(m.title()).to_owned()))
                                .unwrap_or_default();
                            let open = {
                                let (cal, key) = (cal.clone(), entry.key.clone());
                                Callback::from(move |_: MouseEvent| cal.open(&key))
                            };
                            let check_id = format!("smp-choose-{param}");
                            html! {
                                <tr key={param.clone()} class={classes!(chosen.contains(&param).then_some("smp-table__row--chosen"))}>
                                    <td>
                                        <label class="smp-visually-hidden" for={check_id.clone()}>{ tf("Choose {}", &[&what]) }</label>
                                        <input type="checkbox" id={check_id} checked={chosen.contains(&param)} onchange={toggle(param.clone())} />
                                    </td>
                                    <td>{ crate::ui::text::dates().short_day(entry.day) }</td>
                                    <td>{ time }</td>
                                    <td><button type="button" class="smp-button smp-button--link smp-list__open" data-mark={mark} onclick={open}>{ what }</button></td>
                                    <td>{ status }</td>
                                    <td>{ owner }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
                if pages > 1 {
                    <nav class="smp-pages" aria-label={t("Pages")}>
                        <button type="button" class="smp-button smp-button--small" disabled={page == 1} onclick={go_page(page - 1)}>{ t("Previous page") }</button>
                        <span>{ tf("Page {} of {} · {} entries", &[&page, &pages, &number(cal.entries.len())]) }</span>
                        <button type="button" class="smp-button smp-button--small" disabled={page == pages} onclick={go_page(page + 1)}>{ t("Next page") }</button>
                    </nav>
                }
            }
        </div>
    }
}
