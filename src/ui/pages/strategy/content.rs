//! Part 5: the content strategy — pillars and their mix, formats, cadence.

use super::{add_button, at, choices, ids, part_section, Ctx, ItemCard, Updater};
use crate::plan::hints::Hint;
use crate::plan::{
    anchor, to_places, ItemEdit, ObjectiveId, Part, PersonaId, Pillar, PillarId, StrategyEdit,
};
use crate::ui::components::{
    finding_notes, ChecksField, LinesField, NumberField, NumberKind, TextField,
};
use crate::ui::text::{figure, hint, percent, t, tf, titled};
use yew::prelude::*;

const PART: Part = Part::Content;

pub fn content(ctx: &Ctx) -> Html {
    let content = &ctx.strategy.content;
    let add = ctx.adder(PillarId::generated, |id| {
        let focus = anchor(PART, Some(id.as_str()), "name");
        (StrategyEdit::Pillar(ItemEdit::Put(Pillar::new(id))), focus)
    });
    let minutes = ctx.with(|m: Option<f64>| StrategyEdit::MinutesPerPost(m.map(|m| m as u32)));
    html! {
        { part_section(ctx, PART, t("Content pillars are the few themes the brand keeps returning to, each serving an objective. Their shares describe the mix of everything posted; the cadence of each profile says how often."), html! { <>
            <ol class="smp-items">
                { for content.pillars.iter().enumerate().map(|(n, pillar)| pillar_card(ctx, n + 1, pillar)) }
            </ol>
            { add_button(t("Add a pillar"), add, AttrValue::from(anchor(PART, None, "add")), &ctx.notes(PART, None, "add")) }
            { mix_bar(ctx) }
            <div class="smp-grid smp-grid--2">
                <LinesField label={t("Formats")} value={content.formats.clone()}
                    id={at(PART, None, "formats")} notes={ctx.notes(PART, None, "formats")}
                    hint={Hint::Formats.until_given(!content.formats.is_empty()).map(hint)}
                    onchange={ctx.with(StrategyEdit::Formats)} />
                <NumberField label={t("Minutes to make one post")} value={content.minutes_per_post.map(f64::from)}
                    kind={NumberKind::Whole(10_000)} suffix={t("min")}
                    id={at(PART, None, "minutes_per_post")}
                    hint={Hint::MinutesPerPost.until_given(content.minutes_per_post.is_some()).map(hint)}
                    onchange={minutes} />
            </div>
            { cadence(ctx) }
        </> }) }
    }
}

/// The mix as a bar of shares, with its total.
fn mix_bar(ctx: &Ctx) -> Html {
    let content = &ctx.strategy.content;
    let Some(total) = content.mix_total() else {
        return html! {};
    };
    let scale = total.max(100.0);
    let notes = ctx.notes(PART, None, "mix");
    let mut x = 0.0;
    let slices: Vec<(usize, f64, f64, String)> = content
        .pillars
        .iter()
        .enumerate()
        .filter_map(|(n, p)| {
            let share = p.share?;
            let width = share / scale * 1000.0;
            let slice = (
                n,
                x,
                width,
                format!("{}: {}", p.name.trim(), percent(share)),
            );
            x += width;
            Some(slice)
        })
        .collect();
    html! {
        <div class="smp-mix" id={anchor(PART, None, "mix")} tabindex="-1">
            <p class="smp-label">{ tf("The mix: {}% of 100%", &[&figure(total)]) }</p>
            // SVG, not inline styles: the page runs under a CSP with no 'unsafe-inline'.
            <svg class="smp-mix__bar" viewBox="0 0 1000 14" preserveAspectRatio="none"
                aria-hidden="true" focusable="false">
                { for slices.into_iter().map(|(n, x, width, label)| html! {
                    <rect class={format!("smp-mix__slice--{}", n % 6)}
                        x={to_places(x, 1)} y="0" width={to_places(width, 1)} height="14">
                        <title>{ label }</title>
                    </rect>
                }) }
            </svg>
            <ul class="smp-mix__legend">
                { for content.pillars.iter().enumerate().filter_map(|(n, p)| p.share.map(|share| html! {
                    <li>
                        <span class={classes!("smp-mix__key", format!("smp-mix__slice--{}", n % 6))} aria-hidden="true"></span>
                        { format!("{} {}", titled(p.title()), percent(share)) }
                    </li>
                })) }
            </ul>
            if !notes.is_empty() {
                { finding_notes(None, &notes) }
            }
        </div>
    }
}

/// Posts a week on each profile: set under Channels, summed here.
fn cadence(ctx: &Ctx) -> Html {
    let profiles = &ctx.strategy.profiles;
    if profiles.is_empty() {
        return html! {
            <p class="smp-hint">{ t("The cadence of each profile appears here once profiles are added under Channels.") }</p>
        };
    }
    let total: u32 = profiles.iter().filter_map(|p| p.posts_per_week).sum();
    html! {
        <table class="smp-table">
            <caption class="smp-label">{ t("Cadence per profile (set under Channels)") }</caption>
            <thead><tr><th scope="col">{ t("Profile") }</th><th scope="col">{ t("Posts per week") }</th></tr></thead>
            <tbody>
                { for profiles.iter().map(|p| html! {
                    <tr>
                        <td>{ p.title() }</td>
                        <td>{ p.posts_per_week.map_or(t("not set").to_owned(), |n| n.to_string()) }</td>
                    </tr>
                }) }
            </tbody>
            <tfoot><tr><th scope="row">{ t("All profiles") }</th><td>{ total }</td></tr></tfoot>
        </table>
    }
}

fn pillar_card(ctx: &Ctx, number: usize, pillar: &Pillar) -> Html {
    let p = pillar;
    let item = Some(p.id.as_str());
    let set = Updater::new(
        p,
        ctx.edit.reform(|p| StrategyEdit::Pillar(ItemEdit::Put(p))),
    );
    let notes = |field| ctx.notes(PART, item, field);
    let id = p.id.clone();
    let objectives = choices(
        &ctx.strategy.objectives,
        |o| o.id.to_string(),
        |o| titled(o.title()).to_owned(),
    );
    let personas = choices(
        &ctx.strategy.personas,
        |p| p.id.to_string(),
        |p| titled(p.title()).to_owned(),
    );
    html! {
        <ItemCard key={p.id.to_string()} title={tf("Pillar {}", &[&number])}
            onremove={ctx.send(move || StrategyEdit::Pillar(ItemEdit::Remove(id.clone())))}>
            <div class="smp-grid smp-grid--pillar">
                <TextField label={t("Name")} value={p.name.clone()} id={at(PART, item, "name")} notes={notes("name")}
                    oninput={set.set(|p: &mut Pillar, v: String| p.name = v)} />
                <NumberField label={t("Share of the mix")} value={p.share} kind={NumberKind::Share}
                    suffix={Some(AttrValue::from("%"))}
                    id={at(PART, item, "share")} notes={notes("share")}
                    onchange={set.set(|p: &mut Pillar, v| p.share = v)} />
            </div>
            <TextField label={t("What it covers")} value={p.description.clone()} multiline=true
                id={at(PART, item, "description")}
                oninput={set.set(|p: &mut Pillar, v: String| p.description = v)} />
            <div class="smp-grid smp-grid--2">
                <ChecksField legend={t("Objectives it serves")} options={objectives}
                    selected={p.objectives.iter().map(|o| o.to_string()).collect::<Vec<_>>()}
                    empty={t("Add objectives in part 1 to choose them here.")}
                    id={at(PART, item, "objectives")} notes={notes("objectives")}
                    onchange={set.set(|p: &mut Pillar, v: Vec<String>| p.objectives = ids(v, ObjectiveId::parse))} />
                <ChecksField legend={t("Personas it speaks to")} options={personas}
                    selected={p.personas.iter().map(|o| o.to_string()).collect::<Vec<_>>()}
                    empty={t("Add personas in part 2 to choose them here.")}
                    id={at(PART, item, "personas")}
                    onchange={set.set(|p: &mut Pillar, v: Vec<String>| p.personas = ids(v, PersonaId::parse))} />
            </div>
        </ItemCard>
    }
}
