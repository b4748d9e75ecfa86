//! Part 8: measurement — KPIs tied to objectives, the horizon, and how the
//! strategy fits the wider marketing plan.

use super::{add_button, at, choices, part_section, Ctx, ItemCard, Updater};
use crate::plan::hints::{self, Hint};
use crate::plan::{
    anchor, DateRange, ItemEdit, Kpi, KpiId, KpiSource, Measurement, ObjectiveId, Part,
    ReviewCadence, StrategyEdit,
};
use crate::ui::components::{DateField, NumberField, NumberKind, SelectField, TextField};
use crate::ui::text::{hint, say, t, tf, titled};
use chrono::NaiveDate;
use yew::prelude::*;

const PART: Part = Part::Measurement;

pub fn measurement_section(ctx: &Ctx) -> Html {
    let measurement = &ctx.strategy.measurement;
    let horizon = measurement.horizon;
    let add = ctx.adder(KpiId::generated, |id| {
        let focus = anchor(PART, Some(id.as_str()), "name");
        (StrategyEdit::Kpi(ItemEdit::Put(Kpi::new(id))), focus)
    });
    // A date set alone gets its partner a year away; either can then be moved.
    let on_start = ctx.edit.reform(move |start: Option<NaiveDate>| {
        StrategyEdit::Horizon(start.and_then(|start| Measurement::horizon_starting(horizon, start)))
    });
    let on_end = ctx.edit.reform(move |end: Option<NaiveDate>| {
        StrategyEdit::Horizon(end.and_then(|end| Measurement::horizon_ending(horizon, end)))
    });
    let check_end = Callback::from(move |end: NaiveDate| {
        horizon.and_then(|h| DateRange::end_problem(h.start(), end))
    });
    html! {
        { part_section(ctx, PART, t("Measurement closes the loop: a KPI for each objective, a rhythm for reviewing them, and a horizon of about a year, long enough for a strategy rather than a campaign."), html! { <>
            <div class="smp-grid smp-grid--2">
                <DateField label={t("Strategy starts")} value={horizon.map(|h| h.start())}
                    id={at(PART, None, "horizon_start")} notes={ctx.notes(PART, None, "horizon_start")}
                    onchange={on_start} />
                <DateField label={t("Strategy ends")} value={horizon.map(|h| h.end())}
                    id={at(PART, None, "horizon_end")} notes={ctx.notes(PART, None, "horizon_end")}
                    hint={hints::horizon(horizon).map(hint)}
                    check={Some(check_end)} onchange={on_end} />
            </div>
            <h3 class="smp-subtitle">{ t("KPIs") }</h3>
            <ol class="smp-items">
                { for measurement.kpis.iter().enumerate().map(|(n, kpi)| kpi_card(ctx, n + 1, kpi)) }
            </ol>
            { add_button(t("Add a KPI"), add, AttrValue::from(anchor(PART, None, "add")), &ctx.notes(PART, None, "add")) }
            <TextField label={t("How it fits the wider marketing plan")} value={measurement.integration.clone()}
                multiline=true id={at(PART, None, "integration")} notes={ctx.notes(PART, None, "integration")}
                oninput={ctx.with(StrategyEdit::Integration)} />
        </> }) }
    }
}

fn kpi_card(ctx: &Ctx, number: usize, kpi: &Kpi) -> Html {
    let k = kpi;
    let item = Some(k.id.as_str());
    let set = Updater::new(k, ctx.edit.reform(|k| StrategyEdit::Kpi(ItemEdit::Put(k))));
    let notes = |field| ctx.notes(PART, item, field);
    let id = k.id.clone();
    let objectives = choices(
        &ctx.strategy.objectives,
        |o| o.id.to_string(),
        |o| titled(o.title()).to_owned(),
    );
    let none = if objectives.is_empty() {
        t("Add objectives first")
    } else {
        t("Choose an objective…")
    };
    let reviews = ReviewCadence::ALL
        .iter()
        .map(|r| (AttrValue::from(r.key()), AttrValue::from(t(r.label()))))
        .collect::<Vec<_>>();
    let onreview = set.set(|k: &mut Kpi, key: Option<String>| {
        k.review = key.as_deref().and_then(ReviewCadence::from_key);
    });
    let sources = KpiSource::choices(&ctx.strategy.team)
        .into_iter()
        .map(|(key, label)| (AttrValue::from(key), AttrValue::from(say(&label))))
        .collect::<Vec<_>>();
    html! {
        <ItemCard key={k.id.to_string()} title={tf("KPI {}", &[&number])}
            onremove={ctx.send(move || StrategyEdit::Kpi(ItemEdit::Remove(id.clone())))}>
            <div class="smp-grid smp-grid--2">
                <TextField label={t("What is measured")} value={k.name.clone()}
                    id={at(PART, item, "name")} notes={notes("name")}
                    oninput={set.set(|k: &mut Kpi, v: String| k.name = v)} />
                <SelectField label={t("Objective it tracks")} options={objectives}
                    selected={k.objective.as_ref().map(|o| AttrValue::from(o.to_string()))} none={none}
                    id={at(PART, item, "objective")} notes={notes("objective")}
                    onchange={set.set(|k: &mut Kpi, v: Option<String>| k.objective = v.and_then(|v| ObjectiveId::parse(&v).ok()))} />
            </div>
            <div class="smp-grid smp-grid--2">
                <NumberField label={t("Baseline")} value={k.baseline} kind={NumberKind::Amount}
                    id={at(PART, item, "baseline")} notes={notes("baseline")}
                    hint={Hint::KpiBaseline.until_given(k.baseline.is_some()).map(hint)}
                    onchange={set.set(|k: &mut Kpi, v| k.baseline = v)} />
                <NumberField label={t("Target")} value={k.target} kind={NumberKind::Amount}
                    id={at(PART, item, "target")} notes={notes("target")}
                    onchange={set.set(|k: &mut Kpi, v| k.target = v)} />
                <SelectField label={t("Reviewed")} options={reviews}
                    selected={k.review.map(|r| AttrValue::from(r.key()))} none={t("Choose how often…")}
                    id={at(PART, item, "review")} notes={notes("review")} onchange={onreview} />
                <SelectField label={t("Where the figure comes from")} options={sources}
                    selected={k.source.as_ref().map(|s| AttrValue::from(s.key()))} none={t("Choose a source…")}
                    id={at(PART, item, "source")} notes={notes("source")}
                    hint={Hint::KpiSource.until_given(k.source.is_some()).map(hint)}
                    onchange={set.set(|k: &mut Kpi, v: Option<String>| k.source = v.as_deref().and_then(KpiSource::from_key))} />
            </div>
        </ItemCard>
    }
}
