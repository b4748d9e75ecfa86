//! Part 4: the story — positioning, key messages, voice.

use super::{add_button, at, part_section, Ctx};
use crate::plan::hints::{self, Hint};
use crate::plan::{anchor, ItemEdit, KeyMessage, KeyMessageId, Part, StrategyEdit};
use crate::ui::components::{LinesField, TextField};
use crate::ui::text::{hint, t, tf};
use web_sys::HtmlInputElement;
use yew::prelude::*;

const PART: Part = Part::Story;

pub fn story_section(ctx: &Ctx) -> Html {
    let story = &ctx.strategy.story;
    let add = ctx.adder(KeyMessageId::generated, |id| {
        let focus = anchor(PART, Some(id.as_str()), "text");
        (
            StrategyEdit::KeyMessage(ItemEdit::Put(KeyMessage::new(id))),
            focus,
        )
    });
    html! {
        { part_section(ctx, PART, t("The story is what every post, answer and campaign retells: who the brand is for, the few things it keeps saying, and how it sounds when it says them."), html! { <>
            <TextField label={t("Positioning")} value={story.positioning.clone()} multiline=true
                id={at(PART, None, "positioning")} notes={ctx.notes(PART, None, "positioning")}
                hint={Hint::Positioning.until_given(hints::given(&story.positioning)).map(hint)}
                oninput={ctx.with(StrategyEdit::Positioning)} />
            <fieldset class="smp-field smp-messages">
                <legend class="smp-label">{ t("Key messages") }</legend>
                <ol class="smp-messages__list">
                    { for story.key_messages.iter().enumerate().map(|(n, message)| message_row(ctx, n + 1, message)) }
                </ol>
                { add_button(t("Add a key message"), add, AttrValue::from(anchor(PART, None, "add_message")), &ctx.notes(PART, None, "add_message")) }
            </fieldset>
            <TextField label={t("Voice and tone")} value={story.voice.clone()} multiline=true
                id={at(PART, None, "voice")} notes={ctx.notes(PART, None, "voice")}
                placeholder={t("e.g. Warm and plain-spoken; we explain, we never boast.")}
                oninput={ctx.with(StrategyEdit::Voice)} />
            <div class="smp-grid smp-grid--2">
                <LinesField label={t("Words to use")} value={story.words_to_use.clone()}
                    id={at(PART, None, "words_to_use")} onchange={ctx.with(StrategyEdit::WordsToUse)} />
                <LinesField label={t("Words to avoid")} value={story.words_to_avoid.clone()}
                    id={at(PART, None, "words_to_avoid")} onchange={ctx.with(StrategyEdit::WordsToAvoid)} />
            </div>
        </> }) }
    }
}

fn message_row(ctx: &Ctx, number: usize, message: &KeyMessage) -> Html {
    let id = anchor(PART, Some(message.id.as_str()), "text");
    let oninput = {
        let edit = ctx.edit.clone();
        let message = (*message).clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            edit.emit(StrategyEdit::KeyMessage(ItemEdit::Put(KeyMessage {
                text,
                ..message.clone()
            })));
        })
    };
    let remove_id = message.id.clone();
    let label = tf("Key message {}", &[&number]);
    html! {
        <li class="smp-messages__row" key={message.id.to_string()}>
            <label class="smp-messages__label" for={id.clone()}>{ label.clone() }</label>
            <input id={id} class="smp-input" type="text" value={message.text.clone()} {oninput} />
            <button type="button" class="smp-button smp-button--quiet smp-button--small"
                aria-label={tf("Remove key message {}", &[&number])}
                onclick={ctx.send(move || StrategyEdit::KeyMessage(ItemEdit::Remove(remove_id.clone())))}>
                { t("Remove") }
            </button>
        </li>
    }
}
