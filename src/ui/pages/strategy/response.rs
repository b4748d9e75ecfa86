//! Part 7: the customer response plan — how fast, who handles what, and the
//! words ready for common situations.

use super::{add_button, at, choices, part_section, Ctx, ItemCard, Updater};
use crate::plan::{
    anchor, Escalation, EscalationId, ItemEdit, MemberId, Part, Profile, Situation, StrategyEdit,
};
use crate::ui::components::{NumberField, NumberKind, SelectField, TextField};
use crate::ui::text::{t, tf, titled};
use yew::prelude::*;

const PART: Part = Part::Response;

pub fn response(ctx: &Ctx) -> Html {
    let add = ctx.adder(EscalationId::generated, |id| {
        let focus = anchor(PART, Some(id.as_str()), "situation");
        (
            StrategyEdit::Escalation(ItemEdit::Put(Escalation::new(id))),
            focus,
        )
    });
    let guidelines = &ctx.strategy.response.guidelines;
    html! {
        { part_section(ctx, PART, t("On social media the brand is in the room with its customers: plan how fast it answers, what gets passed to whom, and the words it reaches for when someone complains, asks, praises, or when something goes wrong."), html! { <>
            <h3 class="smp-subtitle">{ t("Target response time per profile") }</h3>
            if ctx.strategy.profiles.is_empty() {
                <p class="smp-hint">{ t("Add profiles under Channels to set their response times.") }</p>
            } else {
                <ul class="smp-items smp-items--rows smp-grid smp-grid--3">
                    { for ctx.strategy.profiles.iter().map(|profile| response_time(ctx, profile)) }
                </ul>
            }
            <h3 class="smp-subtitle">{ t("Escalation paths") }</h3>
            <ol class="smp-items">
                { for ctx.strategy.response.escalations.iter().enumerate().map(|(n, escalation)| escalation_card(ctx, n + 1, escalation)) }
            </ol>
            { add_button(t("Add an escalation path"), add, AttrValue::from(anchor(PART, None, "add")), &ctx.notes(PART, None, "add")) }
            <h3 class="smp-subtitle">{ t("Answer guidelines") }</h3>
            <div class="smp-grid smp-grid--2">
                { for Situation::ALL.into_iter().map(|situation| {
                    let field = situation.field();
                    let oninput = ctx.edit.reform(move |text: String| StrategyEdit::Guideline(situation, text));
                    html! {
                        <TextField label={t(situation.label())} value={guidelines.get(situation).to_owned()}
                            multiline=true id={at(PART, None, field)} notes={ctx.notes(PART, None, field)}
                            {oninput} />
                    }
                }) }
            </div>
        </> }) }
    }
}

fn response_time(ctx: &Ctx, profile: &Profile) -> Html {
    let p = profile;
    let item = Some(p.id.as_str());
    let set = Updater::new(
        p,
        ctx.edit.reform(|p| StrategyEdit::Profile(ItemEdit::Put(p))),
    );
    html! {
        <li key={p.id.to_string()}>
            <NumberField label={p.title()} value={p.response_hours.map(f64::from)}
                kind={NumberKind::Whole(24 * 14)} suffix={t("hours")}
                id={at(PART, item, "response_hours")} notes={ctx.notes(PART, item, "response_hours")}
                onchange={set.set(|p: &mut Profile, v: Option<f64>| p.response_hours = v.map(|h| h as u32))} />
        </li>
    }
}

fn escalation_card(ctx: &Ctx, number: usize, escalation: &Escalation) -> Html {
    let e = escalation;
    let item = Some(e.id.as_str());
    let set = Updater::new(
        e,
        ctx.edit
            .reform(|e| StrategyEdit::Escalation(ItemEdit::Put(e))),
    );
    let notes = |field| ctx.notes(PART, item, field);
    let id = e.id.clone();
    let members = choices(
        &ctx.strategy.team.members,
        |m| m.id.to_string(),
        |m| titled(m.title()).to_owned(),
    );
    let none = if members.is_empty() {
        t("Add team members first")
    } else {
        t("Choose who…")
    };
    html! {
        <ItemCard key={e.id.to_string()} title={tf("Escalation path {}", &[&number])}
            onremove={ctx.send(move || StrategyEdit::Escalation(ItemEdit::Remove(id.clone())))}>
            <div class="smp-grid smp-grid--3">
                <TextField label={t("When this happens")} value={e.situation.clone()}
                    id={at(PART, item, "situation")} notes={notes("situation")}
                    placeholder={t("e.g. A legal threat")}
                    oninput={set.set(|e: &mut Escalation, v: String| e.situation = v)} />
                <SelectField label={t("It goes to")} options={members}
                    selected={e.to.as_ref().map(|m| AttrValue::from(m.to_string()))} none={none}
                    id={at(PART, item, "to")} notes={notes("to")}
                    onchange={set.set(|e: &mut Escalation, v: Option<String>| e.to = v.and_then(|v| MemberId::parse(&v).ok()))} />
                <TextField label={t("How")} value={e.how.clone()} id={at(PART, item, "how")}
                    placeholder={t("e.g. Phone within the hour")}
                    oninput={set.set(|e: &mut Escalation, v: String| e.how = v)} />
            </div>
        </ItemCard>
    }
}
