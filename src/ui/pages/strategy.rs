//! The Strategy page. Until its editor lands it says what the strategy holds.

use super::{EmptySection, SectionPage};
use crate::ui::store::use_store;
use yew::prelude::*;

/// The eight parts of a strategy, each with what it answers.
const PARTS: [(&str, &str); 8] = [
    ("Business objectives", "Specific business issues, each with a metric, a target and a date — not likes or followers."),
    ("Audience", "Personas, their interests and behaviours, and the pain points the brand solves; the people and topics that matter most."),
    ("Channels", "Every profile on every platform, each with exactly one primary purpose."),
    ("Story and key messages", "Positioning, the few messages that carry it, and the voice."),
    ("Content strategy", "Pillars, formats, the mix, and how often each profile posts."),
    ("People and tools", "Who owns and approves each profile, their hours, training, and the tools used."),
    ("Customer response plan", "Response times per profile, escalation paths, and who answers what."),
    ("Measurement", "KPIs tied to objectives, when results are reviewed, and the strategy's horizon."),
];

#[component]
pub fn StrategyPage() -> Html {
    let store = use_store();
    let body = store.workspace.current().map(|plan| html! {
        <EmptySection title={format!("The strategy of {} is empty", plan.name.as_str())}>
            <p>{ "It will hold eight parts, which you can fill in any order. Start with the business objectives: everything else is judged against them." }</p>
            <ol class="smp-parts">
                { for PARTS.iter().map(|(title, text)| html! {
                    <li class="smp-parts__item">
                        <strong class="smp-parts__title">{ *title }</strong>
                        <span class="smp-parts__text">{ *text }</span>
                    </li>
                }) }
            </ol>
            <p class="smp-muted">{ "The strategy editor is the next part of the planner to arrive." }</p>
        </EmptySection>
    });
    html! {
        <SectionPage title="Strategy" eyebrow="Step 1 · comes first" {body}
            lead="The strategy is the long-term umbrella, about a year ahead: what the brand does on social media and why. Every campaign stands on it, so it comes first." />
    }
}
