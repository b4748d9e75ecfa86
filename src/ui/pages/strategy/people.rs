//! Part 6: people and tools — who runs each profile, their hours, training,
//! and the tools they use.

use super::{add_button, at, choices, part_section, Ctx, ItemCard, Updater};
use crate::plan::{
    anchor, ItemEdit, Member, MemberId, Part, Profile, StrategyEdit, StrategyLink, Tool, ToolId,
    ToolRole,
};
use crate::ui::components::{NumberField, NumberKind, SelectField, TextField};
use crate::ui::text::{t, tf, titled};
use yew::prelude::*;

const PART: Part = Part::People;

pub fn people(ctx: &Ctx) -> Html {
    let add_member = ctx.adder(MemberId::generated, |id| {
        let focus = anchor(PART, Some(id.as_str()), "name");
        (StrategyEdit::Member(ItemEdit::Put(Member::new(id))), focus)
    });
    let add_tool = ctx.adder(ToolId::generated, |id| {
        let focus = anchor(PART, Some(id.as_str()), "name");
        (StrategyEdit::Tool(ItemEdit::Put(Tool::new(id))), focus)
    });
    html! {
        { part_section(ctx, PART, t("A social media strategy is carried out by people, not posts: say who runs and approves each profile, the hours they really have, what they need to learn, and the tools they work with."), html! { <>
            <h3 class="smp-subtitle">{ t("Team") }</h3>
            <ol class="smp-items">
                { for ctx.strategy.team.members.iter().enumerate().map(|(n, member)| member_card(ctx, n + 1, member)) }
            </ol>
            { add_button(t("Add a team member"), add_member, AttrValue::from(anchor(PART, None, "add")), &ctx.notes(PART, None, "add")) }
            <h3 class="smp-subtitle">{ t("Who runs each profile") }</h3>
            if ctx.strategy.profiles.is_empty() {
                <p class="smp-hint">{ t("Add profiles under Channels to give each an owner.") }</p>
            } else {
                <ul class="smp-items smp-items--rows">
                    { for ctx.strategy.profiles.iter().map(|profile| ownership_row(ctx, profile)) }
                </ul>
            }
            <h3 class="smp-subtitle">{ t("Tools") }</h3>
            <ol class="smp-items">
                { for ctx.strategy.team.tools.iter().enumerate().map(|(n, tool)| tool_card(ctx, n + 1, tool)) }
            </ol>
            { add_button(t("Add a tool"), add_tool, AttrValue::from(anchor(PART, None, "add_tool")), &ctx.notes(PART, None, "add_tool")) }
        </> }) }
    }
}

fn member_card(ctx: &Ctx, number: usize, member: &Member) -> Html {
    let m = member;
    let item = Some(m.id.as_str());
    let set = Updater::new(
        m,
        ctx.edit.reform(|m| StrategyEdit::Member(ItemEdit::Put(m))),
    );
    let notes = |field| ctx.notes(PART, item, field);
    let id = m.id.clone();
    html! {
        <ItemCard key={m.id.to_string()} title={tf("Team member {}", &[&number])} uses={ctx.strategy.uses_of_member(&m.id)} campaigns={ctx.plan.campaigns_using(StrategyLink::Member(&m.id))}
            onremove={ctx.send(move || StrategyEdit::Member(ItemEdit::Remove(id.clone())))}>
            <div class="smp-grid smp-grid--3">
                <TextField label={t("Name")} value={m.name.clone()} id={at(PART, item, "name")} notes={notes("name")}
                    oninput={set.set(|m: &mut Member, v: String| m.name = v)} />
                <TextField label={t("Role")} value={m.role.clone()} id={at(PART, item, "role")}
                    oninput={set.set(|m: &mut Member, v: String| m.role = v)} />
                <NumberField label={t("Hours a week for social")} value={m.hours_per_week} kind={NumberKind::Amount}
                    suffix={t("h")} id={at(PART, item, "hours")} notes={notes("hours")}
                    onchange={set.set(|m: &mut Member, v| m.hours_per_week = v)} />
            </div>
            <TextField label={t("Training needed")} value={m.training.clone()} id={at(PART, item, "training")}
                oninput={set.set(|m: &mut Member, v: String| m.training = v)} />
        </ItemCard>
    }
}

fn ownership_row(ctx: &Ctx, profile: &Profile) -> Html {
    let p = profile;
    let item = Some(p.id.as_str());
    let set = Updater::new(
        p,
        ctx.edit.reform(|p| StrategyEdit::Profile(ItemEdit::Put(p))),
    );
    let notes = |field| ctx.notes(PART, item, field);
    let members = choices(
        &ctx.strategy.team.members,
        |m| m.id.to_string(),
        |m| titled(m.title()).to_owned(),
    );
    let none = if members.is_empty() {
        t("Add team members first")
    } else {
        t("No one yet")
    };
    html! {
        <li key={p.id.to_string()} class="smp-row">
            <h4 class="smp-row__title">{ p.title() }</h4>
            <div class="smp-grid smp-grid--3">
                <SelectField label={t("Owner")} options={members.clone()}
                    selected={p.owner.as_ref().map(|m| AttrValue::from(m.to_string()))}
                    none={none} id={at(PART, item, "owner")} notes={notes("owner")}
                    onchange={set.set(|p: &mut Profile, v: Option<String>| p.owner = v.and_then(|v| MemberId::parse(&v).ok()))} />
                <SelectField label={t("Approver")} options={members}
                    selected={p.approver.as_ref().map(|m| AttrValue::from(m.to_string()))}
                    none={t("No approval step")} id={at(PART, item, "approver")}
                    onchange={set.set(|p: &mut Profile, v: Option<String>| p.approver = v.and_then(|v| MemberId::parse(&v).ok()))} />
                <TextField label={t("When updates go out")} value={p.updates.clone()}
                    id={at(PART, item, "updates")} notes={notes("updates")}
                    placeholder={t("e.g. Weekdays at 9am")}
                    oninput={set.set(|p: &mut Profile, v: String| p.updates = v)} />
            </div>
        </li>
    }
}

fn tool_card(ctx: &Ctx, number: usize, tool: &Tool) -> Html {
    let item = Some(tool.id.as_str());
    let set = Updater::new(
        tool,
        ctx.edit.reform(|t| StrategyEdit::Tool(ItemEdit::Put(t))),
    );
    let id = tool.id.clone();
    let roles = ToolRole::ALL
        .iter()
        .map(|r| (AttrValue::from(r.key()), AttrValue::from(t(r.label()))))
        .collect::<Vec<_>>();
    html! {
        <ItemCard key={tool.id.to_string()} title={tf("Tool {}", &[&number])}
            onremove={ctx.send(move || StrategyEdit::Tool(ItemEdit::Remove(id.clone())))}>
            <div class="smp-grid smp-grid--3">
                <TextField label={t("Tool")} value={tool.name.clone()} id={at(PART, item, "name")}
                    oninput={set.set(|t: &mut Tool, v: String| t.name = v)} />
                <TextField label={t("Used for")} value={tool.used_for.clone()} id={at(PART, item, "used_for")}
                    oninput={set.set(|t: &mut Tool, v: String| t.used_for = v)} />
                <SelectField label={t("It is for")} options={roles}
                    selected={tool.role.map(|r| AttrValue::from(r.key()))} none={t("Publishing or measuring?")}
                    id={at(PART, item, "role")} notes={ctx.notes(PART, item, "role")}
                    onchange={set.set(|t: &mut Tool, v: Option<String>| t.role = v.as_deref().and_then(ToolRole::from_key))} />
            </div>
        </ItemCard>
    }
}
