//! Part 2: the audience — personas, and the people and topics that matter most.

use super::{add_button, at, part_section, Ctx, ItemCard, Updater};
use crate::plan::{
    anchor, ItemEdit, Part, Persona, PersonaId, Priority, PriorityId, PriorityKind, StrategyEdit,
    StrategyLink,
};
use crate::ui::components::{LinesField, SelectField, TextField};
use crate::ui::text::{t, tf};
use yew::prelude::*;

const PART: Part = Part::Audience;

pub fn audience(ctx: &Ctx) -> Html {
    let add_persona = ctx.adder(PersonaId::generated, |id| {
        let focus = anchor(PART, Some(id.as_str()), "name");
        (
            StrategyEdit::Persona(ItemEdit::Put(Persona::new(id))),
            focus,
        )
    });
    let add_priority = ctx.adder(PriorityId::generated, |id| {
        let focus = anchor(PART, Some(id.as_str()), "name");
        (
            StrategyEdit::Priority(ItemEdit::Put(Priority::new(id))),
            focus,
        )
    });
    html! {
        { part_section(ctx, PART, t("Social media works by reaching exactly the right people, not the most people. Describe who they are and which of their problems the brand solves, then name the specific people and topics that matter most."), html! { <>
            <h3 class="smp-subtitle">{ t("Personas") }</h3>
            <ol class="smp-items">
                { for ctx.strategy.personas.iter().enumerate().map(|(n, persona)| persona_card(ctx, n + 1, persona)) }
            </ol>
            { add_button(t("Add a persona"), add_persona, AttrValue::from(anchor(PART, None, "add")), &ctx.notes(PART, None, "add")) }
            <h3 class="smp-subtitle">{ t("Priorities") }</h3>
            <ol class="smp-items">
                { for ctx.strategy.priorities.iter().enumerate().map(|(n, priority)| priority_card(ctx, n + 1, priority)) }
            </ol>
            { add_button(t("Add a priority"), add_priority, AttrValue::from(anchor(PART, None, "add_priority")), &ctx.notes(PART, None, "add_priority")) }
        </> }) }
    }
}

fn persona_card(ctx: &Ctx, number: usize, persona: &Persona) -> Html {
    let p = persona;
    let item = Some(p.id.as_str());
    let set = Updater::new(
        p,
        ctx.edit.reform(|p| StrategyEdit::Persona(ItemEdit::Put(p))),
    );
    let notes = |field| ctx.notes(PART, item, field);
    let id = p.id.clone();
    html! {
        <ItemCard key={p.id.to_string()} title={tf("Persona {}", &[&number])} uses={ctx.strategy.uses_of_persona(&p.id)} campaigns={ctx.plan.campaigns_using(StrategyLink::Persona(&p.id))}
            onremove={ctx.send(move || StrategyEdit::Persona(ItemEdit::Remove(id.clone())))}>
            <div class="smp-grid smp-grid--2">
                <TextField label={t("Name")} value={p.name.clone()} id={at(PART, item, "name")} notes={notes("name")}
                    placeholder={t("e.g. Café owner Carla")}
                    oninput={set.set(|p: &mut Persona, v: String| p.name = v)} />
                <TextField label={t("Where they spend time online")} value={p.online.clone()}
                    id={at(PART, item, "online")} notes={notes("online")}
                    oninput={set.set(|p: &mut Persona, v: String| p.online = v)} />
            </div>
            <TextField label={t("Who they are")} value={p.who.clone()} multiline=true
                id={at(PART, item, "who")} notes={notes("who")}
                oninput={set.set(|p: &mut Persona, v: String| p.who = v)} />
            <div class="smp-grid smp-grid--3">
                <LinesField label={t("Interests")} value={p.interests.clone()} id={at(PART, item, "interests")}
                    onchange={set.set(|p: &mut Persona, v| p.interests = v)} />
                <LinesField label={t("Behaviours")} value={p.behaviours.clone()} id={at(PART, item, "behaviours")}
                    onchange={set.set(|p: &mut Persona, v| p.behaviours = v)} />
                <LinesField label={t("Pain points the brand solves")} value={p.pain_points.clone()}
                    id={at(PART, item, "pain_points")} notes={notes("pain_points")}
                    onchange={set.set(|p: &mut Persona, v| p.pain_points = v)} />
            </div>
        </ItemCard>
    }
}

fn kind_key(kind: PriorityKind) -> &'static str {
    match kind {
        PriorityKind::Person => "person",
        PriorityKind::Topic => "topic",
    }
}

fn priority_card(ctx: &Ctx, number: usize, priority: &Priority) -> Html {
    let p = priority;
    let item = Some(p.id.as_str());
    let set = Updater::new(
        p,
        ctx.edit
            .reform(|p| StrategyEdit::Priority(ItemEdit::Put(p))),
    );
    let id = p.id.clone();
    let kinds = PriorityKind::ALL
        .iter()
        .map(|k| (AttrValue::from(kind_key(*k)), AttrValue::from(t(k.label()))))
        .collect::<Vec<_>>();
    let onkind = set.set(|p: &mut Priority, key: Option<String>| {
        p.kind = if key.as_deref() == Some("topic") {
            PriorityKind::Topic
        } else {
            PriorityKind::Person
        };
    });
    html! {
        <ItemCard key={p.id.to_string()} title={tf("Priority {}", &[&number])}
            onremove={ctx.send(move || StrategyEdit::Priority(ItemEdit::Remove(id.clone())))}>
            <div class="smp-grid smp-grid--priority">
                <SelectField label={t("Kind")} options={kinds} selected={Some(AttrValue::from(kind_key(p.kind)))}
                    none={t("Choose…")} onchange={onkind} id={at(PART, item, "kind")} />
                <TextField label={t("Who or what")} value={p.name.clone()}
                    id={at(PART, item, "name")} notes={ctx.notes(PART, item, "name")}
                    oninput={set.set(|p: &mut Priority, v: String| p.name = v)} />
                <TextField label={t("Why it matters")} value={p.why.clone()} id={at(PART, item, "why")}
                    oninput={set.set(|p: &mut Priority, v: String| p.why = v)} />
            </div>
        </ItemCard>
    }
}
