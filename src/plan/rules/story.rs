//! Rules for the story: a position, a few key messages, and a voice.

use super::{Finding, Part, Place, Rule};
use crate::plan::story::MAX_KEY_MESSAGES;
use crate::plan::strategy::Strategy;
use crate::plan::{said, Said};

pub(super) fn judge(strategy: &Strategy, found: &mut Vec<Finding>) {
    let part = Part::Story;
    let story = &strategy.story;
    if story.positioning.trim().is_empty() {
        found.push(
            Finding::missing(Rule::FieldMissing, Place::part(part, "positioning"), said!("No positioning yet."))
                .suggest(said!("In a sentence or two: who the brand is for, what it offers them, and why it rather than another.")),
        );
    }
    let messages = story
        .key_messages
        .iter()
        .filter(|m| !m.text.trim().is_empty())
        .count();
    if messages == 0 {
        found.push(Finding::missing(
            Rule::PartEmpty,
            Place::part(part, "add_message"),
            said!("No key messages yet."),
        ));
    }
    if messages > MAX_KEY_MESSAGES {
        found.push(
            Finding::warning(
                Rule::TooManyKeyMessages,
                Place::part(part, "add_message"),
                said!(
                    "{} key messages are too many to keep repeating.",
                    Said::Number(messages)
                ),
            )
            .suggest(said!(
                "Keep the {} that matter most; the rest can live inside campaigns.",
                Said::Number(MAX_KEY_MESSAGES)
            )),
        );
    }
    if story.voice.trim().is_empty() {
        found.push(Finding::missing(
            Rule::FieldMissing,
            Place::part(part, "voice"),
            said!("Describe the voice and tone."),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fields, of};
    use super::super::Rule;
    use crate::plan::{KeyMessage, KeyMessageId, Strategy};

    #[test]
    fn more_than_a_handful_of_key_messages_is_warned() {
        let mut strategy = Strategy::default();
        strategy.story.key_messages = (0..6)
            .map(|i| KeyMessage {
                text: format!("Message {i}"),
                ..KeyMessage::new(KeyMessageId::parse(&format!("k{i}")).unwrap())
            })
            .collect();
        assert_eq!(of(&strategy, Rule::TooManyKeyMessages).len(), 1);
        strategy.story.key_messages.pop();
        assert!(of(&strategy, Rule::TooManyKeyMessages).is_empty());
    }

    #[test]
    fn an_empty_story_lacks_positioning_messages_and_voice() {
        let strategy = Strategy::default();
        let missing = fields(&strategy, Rule::FieldMissing);
        assert!(missing.contains(&"positioning") && missing.contains(&"voice"));
        assert!(fields(&strategy, Rule::PartEmpty).contains(&"add_message"));
    }
}
