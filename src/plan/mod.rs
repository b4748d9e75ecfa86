//! The domain: plans and everything in them, in plain Rust with no browser in sight.
//!
//! Nothing here reads a clock, a random source or storage: times and ids are
//! handed in by the shell, so every rule runs and is tested natively.

mod calendar;
mod campaign;
pub mod chart;
mod content;
pub mod dashboard;
mod dates;
mod example;
pub mod hints;
mod history;
mod id;
mod keyed;
pub mod learning;
mod links;
mod measurement;
mod money;
mod name;
mod objective;
pub mod order;
mod persona;
mod piece;
#[allow(clippy::module_inception)]
mod plan;
mod profile;
mod readiness;
mod repair;
pub use repair::{shared_id, suffixed};
mod response;
pub mod results;
pub mod revisions;
pub use results::Reading;
mod rules;
mod said;
pub use said::{and_list as and_said, dotted, fill, English, Said, Title, Tongue};
pub(crate) use said::{said, said_error, said_n, words};
pub mod stored;
mod story;
mod strategy;
mod team;
mod timeline;
mod values;
pub mod when;
mod wording;
mod workspace;

pub use calendar::{checks_title, zone_choices};
pub use calendar::{
    month_grid, occurrence_id, week_of, Address, BulkSet, Calendar, CalendarEdit, CampaignChoice,
    Dimension, Entry, EntryItem, EntryKey, Filter, FilterOption, FilterOptions, Occurrence, Post,
    PostContent, PostStatus, Recurrence, RepeatKind, Series, Task, TaskKind, View, LIST_DAYS,
};
pub use campaign::{
    Campaign, CampaignMessage, CampaignStatus, ResponseKind, Roi, StrategyLink, Tactic, TacticKind,
    TargetedResponse,
};
pub use content::{ContentStrategy, Pillar};
pub use dates::{DateRange, ReversedRange};
pub use example::{example_plan, example_strategy};
pub use history::History;
pub use id::{
    CampaignId, EscalationId, IdError, InsightId, KeyMessageId, KpiId, MemberId, ObjectiveId,
    PersonaId, PillarId, PlanId, PostId, PriorityId, ProfileId, ReviewId, SeriesId, TacticId,
    TaskId, ToolId, MAX_ID_LEN,
};
pub use keyed::Keyed;
pub use links::{followable, link_host};
pub use measurement::{Kpi, KpiSource, Measurement, ReviewCadence};
pub use money::{currency_of, Currency, CURRENCIES};
pub use name::{clipped, NameError, PlanName, MAX_NAME_CHARS};
pub use objective::{BusinessFunction, Objective, ObjectiveKind};
pub use persona::{Persona, Priority, PriorityKind};
pub use piece::Piece;
pub use plan::{and_list, counted, thousands, Plan, PlanSummary};
pub use profile::{Platform, PrimaryPurpose, Profile};
pub use readiness::{part_to_open, Missing, PartReadiness, PartStatus};
pub use response::{Escalation, Guidelines, ResponsePlan, Situation};
pub use rules::{anchor, purpose_fits, Finding, Part, Place, Rule, Severity};
pub use story::{KeyMessage, Story, MAX_KEY_MESSAGES};
pub use strategy::{Item, ItemEdit, Strategy, StrategyEdit};
pub use team::{Member, Team, Tool, ToolRole};
pub use timeline::{pack_rows, Bar, Timeline};
pub use values::{
    kept, parse_amount, parse_share, parse_whole, plain, read_decimal, show_number, to_places,
    FieldError, Marks, ENGLISH_MARKS,
};
pub use wording::is_word_char;
pub use workspace::{Change, Command, CommandError, PlanEdit, Workspace};
