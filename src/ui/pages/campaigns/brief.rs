//! A campaign's brief: what it drives, for whom, where, with what message and
//! tactics, at what cost and return — with the rules' findings beside the fields.

use super::{campaign_command, send_campaign};
use crate::plan::hints::{self, Hint};
use crate::plan::{
    anchor, Campaign, CampaignId, CampaignMessage, DateRange, Finding, ItemEdit, MemberId,
    ObjectiveId, Part, PersonaId, Plan, ProfileId, ResponseKind, Roi, Strategy, Tactic, TacticId,
    TacticKind,
};
use crate::session;
use crate::ui::components::{
    add_button, choices, finding_notes, ids, use_confirmation, ChecksField, DateField, ItemCard,
    NumberField, NumberKind, SelectField, TextField,
};
use crate::ui::edit::Updater;
use crate::ui::route::{use_navigator, Navigator};
use crate::ui::route::{NavLink, Route};
use crate::ui::shell;
use crate::ui::store::{use_store, Store};
use crate::ui::text::{hint, say, t, tf, titled};
use chrono::NaiveDate;
use std::rc::Rc;
use yew::prelude::*;

const PART: Part = Part::Campaign;

#[derive(Properties, PartialEq)]
pub struct BriefPageProps {
    pub id: String,
}

#[component]
pub fn BriefPage(props: &BriefPageProps) -> Html {
    let store = use_store();
    let navigator = use_navigator();
    let plan = store.workspace.current();
    let found = plan.and_then(|plan| {
        let id = CampaignId::parse(&props.id).ok()?;
        Some((plan, plan.campaign(&id)?))
    });
    let blank = found.filter(|(_, c)| c.is_blank());
    let made = blank.map(|(plan, c)| campaign_command(plan, ItemEdit::Put(c.clone())));
    crate::ui::edit::use_forget_if_left(props.id.clone(), made);
    let Some(plan) = plan else {
        return not_found(&t("There is no plan open yet."));
    };
    let Some((_, campaign)) = found else {
        let reason = t("This plan has no such campaign; it may have been deleted.");
        return not_found(&reason);
    };
    let ctx = Brief {
        plan: Rc::new(plan.clone()),
        campaign: campaign.clone(),
        findings: plan.campaign_findings(campaign),
        store: store.clone(),
        navigator,
    };
    // Escape leaves a brief nothing is written in: back to the campaigns,
    // at "New campaign", and the empty campaign is not kept.
    let onkeydown = blank.is_some().then(|| {
        let navigator = ctx.navigator.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                if let Some(navigator) = &navigator {
                    navigator.push(&Route::Campaigns);
                }
                shell::focus_later(super::NEW.to_owned());
            }
        })
    });
    html! {
        // Keyed by campaign, so fields holding typed text start afresh on another.
        <section class="smp-page smp-page--wide" key={campaign.id.to_string()} {onkeydown}>
            { header(&ctx) }
            <div class="smp-brief">
                <div class="smp-brief__main">
                    { basics(&ctx) }
                    { response(&ctx) }
                    { reach(&ctx) }
                    { message(&ctx) }
                    { tactics(&ctx) }
                    { money(&ctx) }
                </div>
                <aside class="smp-brief__aside">
                    { checks(&ctx) }
                    <CampaignActions campaign={campaign.clone()} />
                </aside>
            </div>
        </section>
    }
}

fn not_found(reason: &str) -> Html {
    html! {
        <section class="smp-page smp-page--narrow">
            <div class="smp-empty">
                <h1 class="smp-page__title">{ t("Campaign not found") }</h1>
                <p>{ reason.to_owned() }</p>
                <NavLink to={Route::Campaigns} class="smp-button smp-button--primary">{ t("All campaigns") }</NavLink>
            </div>
        </section>
    }
}

/// What every part of the brief needs.
struct Brief {
    plan: Rc<Plan>,
    campaign: Campaign,
    findings: Vec<Finding>,
    store: Store,
    navigator: Option<Navigator>,
}

impl Brief {
    fn notes(&self, item: &str, field: &str) -> Vec<Finding> {
        self.findings
            .iter()
            .filter(|f| f.place.item.as_deref() == Some(item) && f.place.field == field)
            .cloned()
            .collect()
    }

    fn field(&self, field: &str) -> Vec<Finding> {
        self.notes(self.campaign.id.as_str(), field)
    }

    fn at(&self, field: &str) -> Option<AttrValue> {
        Some(anchor(PART, Some(self.campaign.id.as_str()), field).into())
    }

    /// The sign of the plan's currency, beside an amount of money.
    fn sign(&self) -> Option<AttrValue> {
        self.plan.currency().map(|c| AttrValue::Static(c.sign))
    }

    fn put(&self) -> Callback<Campaign> {
        let store = self.store.clone();
        let plan = self.plan.clone();
        Callback::from(move |campaign: Campaign| {
            send_campaign(&store, &plan, ItemEdit::Put(campaign))
        })
    }

    fn set(&self) -> Updater<Campaign> {
        Updater::new(&self.campaign, self.put())
    }
}

fn header(b: &Brief) -> Html {
    let c = &b.campaign;
    let status = t(c.status_label(shell::today()));
    html! {
        <header class="smp-page__header">
            <NavLink to={Route::Campaigns} class="smp-back">{ t("← All campaigns") }</NavLink>
            <p class="smp-eyebrow">{ tf("Campaign · {}", &[&&*status]) }</p>
            <h1 class="smp-page__title">{ titled(c.title()) }</h1>
            <p class="smp-lead">{ crate::ui::text::dates().span(c.dates) }</p>
        </header>
    }
}

fn card(title: &str, guidance: &str, body: Html) -> Html {
    html! {
        <section class="smp-card" aria-label={title.to_owned()}>
            <h2 class="smp-card__title">{ title.to_owned() }</h2>
            if !guidance.is_empty() {
                <p class="smp-part__guidance">{ guidance.to_owned() }</p>
            }
            { body }
        </section>
    }
}

fn basics(b: &Brief) -> Html {
    let c = &b.campaign;
    let set = b.set();
    let start = c.dates.start();
    // A start moved past the end moves the whole campaign, keeping its length.
    let on_start = set.set(move |c: &mut Campaign, start: Option<NaiveDate>| {
        if let Some(range) = start.and_then(|start| c.dates.starting(start)) {
            c.dates = range;
        }
    });
    let on_end = set.set(move |c: &mut Campaign, end: Option<NaiveDate>| {
        if let Some(range) = end.and_then(|e| c.dates.ending(e)) {
            c.dates = range;
        }
    });
    let check_end = Callback::from(move |end: NaiveDate| DateRange::end_problem(start, end));
    let strategy = &b.plan.strategy;
    let objectives = choices(
        &strategy.objectives,
        |o| o.id.to_string(),
        |o| titled(o.title()).to_owned(),
    );
    let members = choices(
        &strategy.team.members,
        |m| m.id.to_string(),
        |m| titled(m.title()).to_owned(),
    );
    card(
        &t("The brief"),
        "",
        html! {
            <>
                <TextField label={t("Campaign name")} value={c.name.clone()} id={b.at("name")} notes={b.field("name")}
                    placeholder={t("e.g. Spring tasting tour")}
                    oninput={set.set(|c: &mut Campaign, v: String| c.name = v)} />
                <div class="smp-grid smp-grid--2">
                    <DateField label={t("Starts")} value={Some(c.dates.start())} required=true
                        id={b.at("start")} notes={b.field("start")} onchange={on_start} />
                    <DateField label={t("Ends")} value={Some(c.dates.end())} required=true
                        id={b.at("end")} notes={b.field("end")} check={Some(check_end)} onchange={on_end}
                        hint={hints::campaign_span(c.dates).map(hint)} />
                </div>
                <div class="smp-grid smp-grid--2">
                    <SelectField label={t("Objective it serves")} options={objectives}
                        selected={c.objective.as_ref().map(|o| AttrValue::from(o.to_string()))}
                        none={t("Choose a strategy objective…")} id={b.at("objective")} notes={b.field("objective")}
                        onchange={set.set(|c: &mut Campaign, v: Option<String>| c.objective = v.and_then(|v| ObjectiveId::parse(&v).ok()))} />
                    <SelectField label={t("Owner")} options={members}
                        selected={c.owner.as_ref().map(|m| AttrValue::from(m.to_string()))}
                        none={if strategy.team.members.is_empty() { t("Add team members in the strategy first") } else { t("Choose who…") }}
                        id={b.at("owner")} notes={b.field("owner")}
                        onchange={set.set(|c: &mut Campaign, v: Option<String>| c.owner = v.and_then(|v| MemberId::parse(&v).ok()))} />
                </div>
            </>
        },
    )
}

fn response(b: &Brief) -> Html {
    let set = b.set();
    let current = b.campaign.response.clone();
    let kinds = ResponseKind::ALL
        .iter()
        .map(|k| (AttrValue::from(k.key()), AttrValue::from(t(k.label()))))
        .collect::<Vec<_>>();
    let on_kind = set.set(|c: &mut Campaign, key: Option<String>| {
        c.set_response_kind(key.as_deref().and_then(ResponseKind::from_key))
    });
    let body = match current {
        None => html! {},
        Some(r) => {
            let name_label = r.kind.name_label();
            html! {
                <div class="smp-grid smp-grid--2">
                    if r.kind.named() {
                        <TextField label={name_label} value={r.name.clone()}
                            id={b.at("response_name")} notes={b.field("response_name")}
                            oninput={set.set(|c: &mut Campaign, v: String| if let Some(r) = c.response.as_mut() { r.name = v })} />
                    }
                    <NumberField label={t("Target number")} value={r.target} kind={NumberKind::Amount}
                        id={b.at("response_target")} notes={b.field("response_target")}
                        onchange={set.set(|c: &mut Campaign, v| if let Some(r) = c.response.as_mut() { r.target = v })} />
                </div>
            }
        }
    };
    card(
        &t("Targeted response"),
        &t("The one thing the campaign gets people to do, with a number: that is what makes it a campaign and not just activity."),
        html! {
            <>
                <SelectField label={t("Response")} options={kinds}
                    selected={b.campaign.response.as_ref().map(|r| AttrValue::from(r.kind.key()))}
                    none={t("Choose the response…")} id={b.at("response")} notes={b.field("response")}
                    onchange={on_kind} />
                { body }
            </>
        },
    )
}

/// A button that drops links to things the strategy no longer has.
fn unlink_button(label: &str, onclick: Callback<MouseEvent>) -> Html {
    html! { <button type="button" class="smp-button smp-button--small" {onclick}>{ label.to_owned() }</button> }
}

fn reach(b: &Brief) -> Html {
    let c = &b.campaign;
    let strategy = &b.plan.strategy;
    let set = b.set();
    let personas = choices(
        &strategy.personas,
        |p| p.id.to_string(),
        |p| titled(p.title()).to_owned(),
    );
    let profiles = choices(&strategy.profiles, |p| p.id.to_string(), |p| p.title());
    let broken_personas = c.lost_personas(strategy) > 0;
    let broken_profiles = c.lost_profiles(strategy) > 0;
    let drop_lost = |drop: fn(&mut Campaign, &Strategy)| {
        let (put, plan, campaign) = (b.put(), b.plan.clone(), c.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = campaign.clone();
            drop(&mut next, &plan.strategy);
            put.emit(next);
        })
    };
    let drop_personas = drop_lost(Campaign::drop_lost_personas);
    let drop_profiles = drop_lost(Campaign::drop_lost_profiles);
    let add_profile = {
        let store = b.store.clone();
        let navigator = b.navigator.clone();
        let id = c.id.clone();
        Callback::from(move |_: MouseEvent| {
            store.dispatch(session::Event::ReturnTo(Some(id.clone())));
            if let Some(navigator) = &navigator {
                let query = crate::route::part_query(Part::Channels);
                navigator.push_with_query(&Route::Strategy, &query);
            }
            shell::focus_later(anchor(Part::Channels, None, "add"));
        })
    };
    card(
        &t("Audience and profiles"),
        &t("Chosen from the strategy: a campaign speaks to the strategy's personas, on the strategy's profiles."),
        html! {
            <div class="smp-grid smp-grid--2">
                <div class="smp-stack">
                    <ChecksField legend={t("Personas it speaks to")} options={personas}
                        selected={c.personas.iter().map(|p| p.to_string()).collect::<Vec<_>>()}
                        empty={t("The strategy has no personas yet.")}
                        id={b.at("personas")} notes={b.field("personas")}
                        onchange={set.set(|c: &mut Campaign, v: Vec<String>| c.personas = ids(v, PersonaId::parse))} />
                    if broken_personas {
                        { unlink_button(&t("Remove the links to removed personas"), drop_personas) }
                    }
                </div>
                <div class="smp-stack">
                    <ChecksField legend={t("Profiles it runs on")} options={profiles}
                        selected={c.profiles.iter().map(|p| p.to_string()).collect::<Vec<_>>()}
                        empty={t("The strategy has no profiles yet.")}
                        id={b.at("profiles")} notes={b.field("profiles")}
                        onchange={set.set(|c: &mut Campaign, v: Vec<String>| c.profiles = ids(v, ProfileId::parse))} />
                    if broken_profiles {
                        { unlink_button(&t("Remove the links to removed profiles"), drop_profiles) }
                    }
                    <button type="button" class="smp-button smp-button--small smp-button--link" onclick={add_profile}>
                        { t("Add a profile to the strategy") }
                    </button>
                </div>
            </div>
        },
    )
}

fn message(b: &Brief) -> Html {
    let c = &b.campaign;
    let set = b.set();
    let mut options = choices(
        &b.plan.strategy.story.key_messages,
        |m| CampaignMessage::strategy_key(&m.id),
        |m| m.text.trim().to_owned(),
    );
    options.push((
        CampaignMessage::OWN_KEY.into(),
        t("Write one for this campaign…").into(),
    ));
    let selected = c.message.as_ref().map(|m| AttrValue::from(m.key()));
    let on_choice = set.set(|c: &mut Campaign, v: Option<String>| c.choose_message(v.as_deref()));
    let own = match &c.message {
        Some(CampaignMessage::Own(text)) => Some(text.clone()),
        _ => None,
    };
    card(
        &t("Message"),
        "",
        html! {
            <>
                <SelectField label={t("Key message")} options={options} selected={selected}
                    none={t("Choose a key message…")} id={b.at("message")} notes={b.field("message")}
                    onchange={on_choice} />
                if let Some(text) = own {
                    <TextField label={t("The campaign's key message")} value={text} id={b.at("message_text")}
                        oninput={set.set(|c: &mut Campaign, v: String| c.message = Some(CampaignMessage::Own(v)))} />
                }
                <div class="smp-grid smp-grid--2">
                    <TextField label={t("Call to action")} value={c.call_to_action.clone()}
                        id={b.at("call_to_action")} notes={b.field("call_to_action")}
                        placeholder={t("e.g. Book a free tasting")}
                        oninput={set.set(|c: &mut Campaign, v: String| c.call_to_action = v)} />
                    <TextField label={t("Offer")} value={c.offer.clone()} id={b.at("offer")}
                        placeholder={t("e.g. A free box of pastries for the first order")}
                        oninput={set.set(|c: &mut Campaign, v: String| c.offer = v)} />
                </div>
            </>
        },
    )
}

fn tactics(b: &Brief) -> Html {
    let c = &b.campaign;
    let add = {
        let put = b.put();
        let campaign = c.clone();
        Callback::from(move |_: MouseEvent| {
            let (millis, entropy) = shell::seed();
            let tactic = campaign.new_tactic(TacticId::generated(millis, entropy));
            let focus = anchor(PART, Some(tactic.id.as_str()), "kind");
            let mut next = campaign.clone();
            next.put_tactic(tactic);
            put.emit(next);
            shell::focus_later(focus);
        })
    };
    card(
        &t("Tactics"),
        &t("What the campaign does: content pieces, paid ads, partnerships and influencers, community engagement — each on one of its profiles."),
        html! {
            <>
                <ol class="smp-items">
                    { for c.tactics.iter().enumerate().map(|(n, t)| tactic_card(b, n + 1, t)) }
                </ol>
                { add_button(t("Add a tactic"), add, AttrValue::from(anchor(PART, Some(c.id.as_str()), "add_tactic")), &b.field("add_tactic")) }
            </>
        },
    )
}

fn tactic_card(b: &Brief, number: usize, tactic: &Tactic) -> Html {
    let campaign = b.campaign.clone();
    let put = b.put();
    let tactic_id = tactic.id.clone();
    let send = Callback::from(move |changed: Tactic| {
        let mut next = campaign.clone();
        next.put_tactic(changed);
        put.emit(next);
    });
    let remove = {
        let put = b.put();
        let campaign = b.campaign.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = campaign.clone();
            next.remove_tactic(&tactic_id);
            put.emit(next);
        })
    };
    let set = Updater::new(tactic, send);
    let item = tactic.id.as_str();
    let at = |field: &str| Some(AttrValue::from(anchor(PART, Some(item), field)));
    let kinds = TacticKind::ALL
        .iter()
        .map(|k| (AttrValue::from(k.key()), AttrValue::from(t(k.label()))))
        .collect::<Vec<_>>();
    let strategy = &b.plan.strategy;
    let profiles = choices(
        strategy
            .profiles
            .iter()
            .filter(|p| b.campaign.profiles.contains(&p.id)),
        |p| p.id.to_string(),
        |p| p.title(),
    );
    html! {
        <ItemCard key={tactic.id.to_string()} title={tf("Tactic {}", &[&number])} onremove={remove}>
            <div class="smp-grid smp-grid--3">
                <SelectField label={t("Kind")} options={kinds} selected={Some(AttrValue::from(tactic.kind.key()))}
                    id={at("kind")}
                    onchange={set.set(|t: &mut Tactic, v: Option<String>| {
                        if let Some(kind) = v.as_deref().and_then(TacticKind::from_key) {
                            t.kind = kind;
                        }
                    })} />
                <SelectField label={t("Profile")} options={profiles}
                    selected={tactic.profile.as_ref().map(|p| AttrValue::from(p.to_string()))}
                    none={if b.campaign.profiles.is_empty() { t("Choose the campaign's profiles first") } else { t("Choose a profile…") }}
                    id={at("profile")} notes={b.notes(item, "profile")}
                    onchange={set.set(|t: &mut Tactic, v: Option<String>| t.profile = v.and_then(|v| ProfileId::parse(&v).ok()))} />
                <NumberField label={t(tactic.kind.spend_label())}
                    value={tactic.spend} kind={NumberKind::Amount} suffix={b.sign()}
                    id={at("spend")} notes={b.notes(item, "spend")}
                    onchange={set.set(|t: &mut Tactic, v| t.spend = v)} />
            </div>
            if tactic.kind == TacticKind::PaidAds {
                <NumberField label={t("Actually spent")} value={tactic.actual_spend} kind={NumberKind::Amount} suffix={b.sign()}
                    id={at("actual_spend")}
                    hint={Hint::ActualSpend.until_given(tactic.actual_spend.is_some()).map(hint)}
                    onchange={set.set(|t: &mut Tactic, v| t.actual_spend = v)} />
            }
            <TextField label={t("What it is")} value={tactic.description.clone()} id={at("description")}
                oninput={set.set(|t: &mut Tactic, v: String| t.description = v)} />
        </ItemCard>
    }
}

fn roi_line(label: &str, roi: Roi) -> Html {
    html! {
        <div class={classes!("smp-roi__item", format!("smp-roi__item--{}", roi.tone()))}>
            <dt>{ label.to_owned() }</dt>
            <dd>{ crate::ui::text::say(&roi.describe()) }</dd>
        </div>
    }
}

fn money(b: &Brief) -> Html {
    let c = &b.campaign;
    let set = b.set();
    card(
        &t("Budget and return"),
        &t("Short-term return on investment, (return − cost) ÷ cost: expected against the budget, actual against what was really spent."),
        html! {
            <>
                <div class="smp-grid smp-grid--3">
                    <NumberField label={t("Budget")} value={c.budget} kind={NumberKind::Amount} suffix={b.sign()}
                        id={b.at("budget")} notes={b.field("budget")}
                        onchange={set.set(|c: &mut Campaign, v| c.budget = v)} />
                    <NumberField label={t("Expected return")} value={c.expected_return} kind={NumberKind::Amount} suffix={b.sign()}
                        id={b.at("expected_return")}
                        onchange={set.set(|c: &mut Campaign, v| c.expected_return = v)} />
                    <NumberField label={t("Actual return")} value={c.actual_return} kind={NumberKind::Amount} suffix={b.sign()}
                        id={b.at("actual_return")}
                        hint={Hint::ActualReturn.until_given(c.actual_return.is_some()).map(hint)}
                        onchange={set.set(|c: &mut Campaign, v| c.actual_return = v)} />
                </div>
                <div class="smp-grid smp-grid--3">
                    <NumberField label={t("Other costs actually paid")} value={c.other_costs} kind={NumberKind::Amount} suffix={b.sign()}
                        id={b.at("other_costs")}
                        hint={Hint::OtherCosts.until_given(c.other_costs.is_some()).map(hint)}
                        onchange={set.set(|c: &mut Campaign, v| c.other_costs = v)} />
                </div>
                <dl class="smp-roi smp-roi--wide">
                    { roi_line(&t("Expected ROI"), c.expected_roi()) }
                    <div class="smp-roi__item">
                        <dt>{ t("Actually spent") }</dt>
                        <dd>{ c.actual_cost().map_or_else(|| t("not yet entered").to_owned(), |cost| say(&b.plan.money(cost))) }</dd>
                    </div>
                    { roi_line(&t("Actual ROI"), c.actual_roi()) }
                </dl>
                <TextField label={t("Notes")} value={c.notes.clone()} multiline=true id={b.at("notes")}
                    oninput={set.set(|c: &mut Campaign, v: String| c.notes = v)} />
            </>
        },
    )
}

fn checks(b: &Brief) -> Html {
    let findings = &b.findings;
    html! {
        <section class="smp-readiness" aria-labelledby="smp-brief-checks">
            <h2 class="smp-readiness__title" id="smp-brief-checks">{ t("Checks") }</h2>
            if findings.is_empty() {
                <p class="smp-readiness__campaigns smp-readiness__campaigns--open">
                    { t("The brief is complete and stands on the strategy.") }
                </p>
            } else {
                <p class="smp-readiness__summary">{ tf("{} to look at", &[&findings.len()]) }</p>
                <ul class="smp-readiness__findings smp-readiness__findings--flat">
                    { for findings.iter().map(|f| {
                        let anchor = f.place.anchor();
                        let onclick = Callback::from(move |_: MouseEvent| shell::point_at(anchor.clone()));
                        html! {
                            <li>
                                <button type="button" class="smp-readiness__finding" {onclick}>
                                    { finding_notes(None, std::slice::from_ref(f)) }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct CampaignActionsProps {
    campaign: Campaign,
}

/// Run again, archive or restore, delete (after asking).
#[component]
fn CampaignActions(props: &CampaignActionsProps) -> Html {
    let store = use_store();
    let navigator = use_navigator();
    let (confirming, ask, keep) = use_confirmation();
    let Some(plan) = store.workspace.current().cloned() else {
        return html! {};
    };
    let c = &props.campaign;
    let again = {
        let (store, plan, navigator, c) =
            (store.clone(), plan.clone(), navigator.clone(), c.clone());
        Callback::from(move |_: MouseEvent| {
            let (millis, entropy) = shell::seed();
            let id = CampaignId::generated(millis, entropy);
            let mut n = 0;
            let copy = c.run_again(id.clone(), &t("again"), || {
                n += 1;
                TacticId::generated(millis, entropy.wrapping_add(n))
            });
            send_campaign(&store, &plan, ItemEdit::Put(copy));
            if let Some(navigator) = &navigator {
                navigator.push(&Route::Campaign { id: id.to_string() });
            }
        })
    };
    let archive = {
        let (store, plan, c) = (store.clone(), plan.clone(), c.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = c.clone();
            next.archived = !next.archived;
            send_campaign(&store, &plan, ItemEdit::Put(next));
        })
    };
    let delete = {
        let (store, plan, navigator, id) =
            (store.clone(), plan.clone(), navigator.clone(), c.id.clone());
        Callback::from(move |_: MouseEvent| {
            send_campaign(&store, &plan, ItemEdit::Remove(id.clone()));
            if let Some(navigator) = &navigator {
                navigator.push(&Route::Campaigns);
            }
        })
    };
    html! {
        <section class="smp-card smp-actions" aria-label={t("Campaign actions")}>
            <button type="button" class="smp-button" onclick={again}>{ t("Run again next quarter") }</button>
            <p class="smp-hint">{ t("Copies the brief three months on, with the results cleared.") }</p>
            <button type="button" class="smp-button" onclick={archive}>
                { if c.archived { t("Restore from the archive") } else { t("Archive") } }
            </button>
            if confirming {
                <div class="smp-confirm" role="group" aria-label={t("Delete this campaign?")}>
                    <p>{ t("Delete this campaign for good? Archiving keeps it out of the way instead.") }</p>
                    <button type="button" class="smp-button smp-button--danger smp-button--small" onclick={delete}>{ t("Yes, delete") }</button>
                    <button type="button" class="smp-button smp-button--small" onclick={keep}>{ t("Keep") }</button>
                </div>
            } else {
                <button type="button" class="smp-button smp-button--danger" onclick={ask}>{ t("Delete") }</button>
            }
        </section>
    }
}
