//! Part 1: business objectives.

use super::{add_button, at, part_section, Ctx, ItemCard, Updater};
use crate::plan::hints::{self, Hint};
use crate::plan::{
    anchor, BusinessFunction, ItemEdit, Objective, ObjectiveId, ObjectiveKind, Part, StrategyEdit,
    StrategyLink,
};
use crate::ui::components::{DateField, NumberField, NumberKind, SelectField, TextField};
use crate::ui::text::{hint, t, tf};
use yew::prelude::*;

const PART: Part = Part::Objectives;

pub fn objectives(ctx: &Ctx) -> Html {
    let add = ctx.adder(ObjectiveId::generated, |id| {
        let focus = anchor(PART, Some(id.as_str()), "statement");
        (
            StrategyEdit::Objective(ItemEdit::Put(Objective::new(id))),
            focus,
        )
    });
    html! {
        { part_section(ctx, PART, t("Objectives name the specific business issues social media should move: a deal to sign, people to recruit, a product to improve. Broad aims such as “engagement” or “reputation” are measured on social media but rarely moved by it."), html! { <>
            <ol class="smp-items">
                { for ctx.strategy.objectives.iter().enumerate().map(|(n, objective)| objective_card(ctx, n + 1, objective)) }
            </ol>
            { add_button(t("Add an objective"), add, AttrValue::from(crate::plan::anchor(PART, None, "add")), &ctx.notes(PART, None, "add")) }
        </> }) }
    }
}

fn objective_card(ctx: &Ctx, number: usize, objective: &Objective) -> Html {
    let o = objective;
    let item = Some(o.id.as_str());
    let set = Updater::new(
        o,
        ctx.edit
            .reform(|o| StrategyEdit::Objective(ItemEdit::Put(o))),
    );
    let notes = |field| ctx.notes(PART, item, field);
    let id = o.id.clone();
    let functions = BusinessFunction::ALL
        .iter()
        .map(|f| (AttrValue::from(f.key()), AttrValue::from(t(f.label()))))
        .collect::<Vec<_>>();
    let onfunction = set.set(|o: &mut Objective, key: Option<String>| {
        o.function = BusinessFunction::ALL
            .into_iter()
            .find(|f| Some(f.key()) == key.as_deref());
    });
    let kinds = ObjectiveKind::ALL
        .iter()
        .map(|k| (AttrValue::from(k.key()), AttrValue::from(t(k.label()))))
        .collect::<Vec<_>>();
    let onkind = set.set(|o: &mut Objective, key: Option<String>| {
        o.kind = key.as_deref().and_then(ObjectiveKind::from_key);
    });
    let title = tf("Objective {}", &[&number]);
    html! {
        <ItemCard key={o.id.to_string()} title={title} uses={ctx.strategy.uses_of_objective(&o.id)} campaigns={ctx.plan.campaigns_using(StrategyLink::Objective(&o.id))}
            onremove={ctx.send(move || StrategyEdit::Objective(ItemEdit::Remove(id.clone())))}>
            <div class="smp-grid smp-grid--2">
                <TextField label={t("Business issue")} value={o.statement.clone()}
                    id={at(PART, item, "statement")} notes={notes("statement")}
                    placeholder={t("e.g. Win wholesale accounts with independent cafés")}
                    oninput={set.set(|o: &mut Objective, v: String| o.statement = v)} />
                <SelectField label={t("Serves")} options={functions}
                    selected={o.function.map(|f| AttrValue::from(f.key()))}
                    none={t("Choose a business function…")}
                    id={at(PART, item, "function")} notes={notes("function")}
                    onchange={onfunction} />
            </div>
            <div class="smp-grid smp-grid--2">
                <SelectField label={t("Kind of result")} options={kinds}
                    selected={o.kind.map(|k| AttrValue::from(k.key()))}
                    none={t("Choose what it is after…")}
                    id={at(PART, item, "kind")} notes={notes("kind")}
                    onchange={onkind} />
                <TextField label={t("Metric")} value={o.metric.clone()}
                    id={at(PART, item, "metric")} notes={notes("metric")}
                    hint={Hint::Metric.until_given(hints::given(&o.metric)).map(hint)}
                    oninput={set.set(|o: &mut Objective, v: String| o.metric = v)} />
            </div>
            <div class="smp-grid smp-grid--3">
                <NumberField label={t("Baseline")} value={o.baseline} kind={NumberKind::Amount}
                    id={at(PART, item, "baseline")} notes={notes("baseline")}
                    onchange={set.set(|o: &mut Objective, v| o.baseline = v)} />
                <NumberField label={t("Target")} value={o.target} kind={NumberKind::Amount}
                    id={at(PART, item, "target")} notes={notes("target")}
                    hint={hints::objective_target(o.baseline, o.target).map(hint)}
                    onchange={set.set(|o: &mut Objective, v| o.target = v)} />
                <DateField label={t("Deadline")} value={o.deadline}
                    id={at(PART, item, "deadline")} notes={notes("deadline")}
                    onchange={set.set(|o: &mut Objective, v| o.deadline = v)} />
            </div>
        </ItemCard>
    }
}
