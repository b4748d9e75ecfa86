//! Migrations: each step lifts a plan's JSON from one schema version to the next.

use serde_json::{Map, Value};

/// Steps in order: `STEPS[i]` lifts version `i + 1` to `i + 2`. Add one with
/// every schema change, with a fixture of the old version under `tests/fixtures/`
/// that must load forever.
const STEPS: &[fn(Value) -> Value] = &[v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5, v5_to_v6];

/// Version 2 gathers the strategy's parts under `strategy`, beside campaigns and
/// posts, and adds the parts version 1 did not have (all optional).
fn v1_to_v2(mut plan: Value) -> Value {
    if let Value::Object(fields) = &mut plan {
        let mut strategy = Map::new();
        for key in ["objectives", "personas", "profiles"] {
            if let Some(list) = fields.remove(key) {
                strategy.insert(key.to_owned(), list);
            }
        }
        fields.insert("strategy".to_owned(), Value::Object(strategy));
    }
    plan
}

/// Version 5 gives each KPI a baseline and results (dated values reached),
/// and a campaign's targeted response its results; all are new and optional,
/// so a version 4 plan is already a version 5 one. The version still rises, so
/// that a build that knows nothing of results opens a plan holding them
/// read-only, rather than dropping them on its next save.
fn v4_to_v5(plan: Value) -> Value {
    plan
}

/// Version 6 records what the strategy measures with: an objective's kind of
/// result, whether each tool publishes or measures, where each KPI's figure
/// comes from, and a campaign's actual costs (each paid tactic's actual spend,
/// and other costs). All are new and optional; the version rises for the
/// same reason as version 5's.
fn v5_to_v6(plan: Value) -> Value {
    plan
}

/// Lifts a plan saved at `from` to the current version. `from` is already known
/// to be between 1 and the current version.
pub fn to_current(plan: Value, from: u64) -> Value {
    let first = usize::try_from(from.saturating_sub(1)).unwrap_or(usize::MAX);
    STEPS.iter().skip(first).fold(plan, |plan, step| step(plan))
}

/// Version 3 gives campaigns a full brief: the targeted response becomes a kind
/// with a name and a target, the key message is the campaign's own or one of the
/// strategy's, and the owner is a team member. Version 2 saves held campaigns only
/// as imported data (the app had no campaign editor), in version 1's shape.
fn v2_to_v3(mut plan: Value) -> Value {
    let members = team_members(&plan);
    if let Some(Value::Array(campaigns)) = plan.get_mut("campaigns") {
        for campaign in campaigns.iter_mut().filter_map(Value::as_object_mut) {
            lift_campaign(campaign, &members);
        }
    }
    plan
}

/// Version 4 gathers posts, tasks and recurring series under `calendar`; a
/// post's owner becomes a team member (or a line in its notes), and its profile
/// may be left unchosen.
fn v3_to_v4(mut plan: Value) -> Value {
    let members = team_members(&plan);
    if let Value::Object(fields) = &mut plan {
        let mut posts = match fields.remove("posts") {
            Some(Value::Array(posts)) => posts,
            _ => Vec::new(),
        };
        for post in posts.iter_mut().filter_map(Value::as_object_mut) {
            lift_owner(post, &members);
        }
        let mut calendar = Map::new();
        calendar.insert("posts".to_owned(), Value::Array(posts));
        fields.insert("calendar".to_owned(), Value::Object(calendar));
    }
    plan
}

/// (lowercased name, id) of every team member.
fn team_members(plan: &Value) -> Vec<(String, Value)> {
    plan.pointer("/strategy/team/members")
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .filter_map(|m| {
                    let name = m.get("name")?.as_str()?.trim().to_ascii_lowercase();
                    Some((name, m.get("id")?.clone()))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// A free-text owner becomes the team member of that name, or, when no one on
/// the team has it, a line in the notes: never dropped.
fn lift_owner(item: &mut Map<String, Value>, members: &[(String, Value)]) {
    let owner = text_of(item.remove("owner"));
    if owner.is_empty() {
        return;
    }
    match members
        .iter()
        .find(|(name, _)| *name == owner.to_ascii_lowercase())
    {
        Some((_, id)) => {
            item.insert("owner".into(), id.clone());
        }
        None => {
            let notes = text_of(item.remove("notes"));
            let line = format!("Owner: {owner}");
            let notes = if notes.is_empty() {
                line
            } else {
                format!("{notes}\n{line}")
            };
            item.insert("notes".into(), notes.into());
        }
    }
}

fn text_of(value: Option<Value>) -> String {
    value
        .as_ref()
        .and_then(Value::as_str)
        .map(|s| s.trim().to_owned())
        .unwrap_or_default()
}

fn lift_campaign(campaign: &mut Map<String, Value>, members: &[(String, Value)]) {
    let response = text_of(campaign.remove("response"));
    let target = campaign.remove("response_target").filter(Value::is_number);
    if !response.is_empty() || target.is_some() {
        let mut lifted = Map::new();
        lifted.insert("kind".into(), "other".into());
        lifted.insert("name".into(), response.into());
        lifted.insert("target".into(), target.unwrap_or(Value::Null));
        campaign.insert("response".into(), Value::Object(lifted));
    }
    let message = text_of(campaign.remove("key_message"));
    if !message.is_empty() {
        campaign.insert("message".into(), serde_json::json!({ "own": message }));
    }
    let owner = text_of(campaign.remove("owner"));
    if !owner.is_empty() {
        match members
            .iter()
            .find(|(name, _)| *name == owner.to_ascii_lowercase())
        {
            Some((_, id)) => {
                campaign.insert("owner".into(), id.clone());
            }
            // An owner who is not on the team is kept in the notes, not dropped.
            None => {
                let notes = text_of(campaign.remove("notes"));
                let line = format!("Owner: {owner}");
                let notes = if notes.is_empty() {
                    line
                } else {
                    format!("{notes}\n{line}")
                };
                campaign.insert("notes".into(), notes.into());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::envelope::VERSION;
    use super::*;

    #[test]
    fn there_is_one_step_per_version_after_the_first() {
        assert_eq!(STEPS.len() as u64, VERSION - 1);
    }

    #[test]
    fn version_one_parts_move_under_the_strategy() {
        let v1 = serde_json::json!({"id": "a", "objectives": [1], "personas": [2], "profiles": [3], "posts": [4]});
        let v2 = v1_to_v2(v1);
        assert_eq!(
            v2,
            serde_json::json!({"id": "a", "posts": [4], "strategy": {"objectives": [1], "personas": [2], "profiles": [3]}})
        );
    }

    #[test]
    fn a_version_one_plan_that_is_not_an_object_is_left_for_the_reader_to_refuse() {
        assert_eq!(
            to_current(serde_json::json!([1]), 1),
            serde_json::json!([1])
        );
    }

    #[test]
    fn a_version_two_campaign_gets_a_full_brief_shape() {
        let v2 = serde_json::json!({
            "strategy": {"team": {"members": [{"id": "e1", "name": "Dana"}]}},
            "campaigns": [
                {"id": "c1", "response": "tasting bookings", "response_target": 40,
                 "key_message": "Beans your regulars notice", "owner": " dana "},
                {"id": "c2", "response": "", "owner": "Sam", "notes": "Agency"}
            ]
        });
        let v3 = to_current(v2, 2);
        assert_eq!(
            v3["campaigns"][0],
            serde_json::json!({"id": "c1",
                "response": {"kind": "other", "name": "tasting bookings", "target": 40},
                "message": {"own": "Beans your regulars notice"}, "owner": "e1"})
        );
        assert_eq!(
            v3["campaigns"][1],
            serde_json::json!({"id": "c2", "notes": "Agency\nOwner: Sam"})
        );
    }

    #[test]
    fn version_three_posts_move_into_the_calendar_with_their_owners() {
        let v3 = serde_json::json!({
            "strategy": {"team": {"members": [{"id": "e1", "name": "Dana"}]}},
            "posts": [
                {"id": "p1", "profile": "c1", "at": "2027-03-02T08:30:00", "owner": "Dana"},
                {"id": "p2", "profile": "c1", "at": "2027-03-03T08:30:00", "owner": "Sam"}
            ]
        });
        let v4 = to_current(v3, 3);
        assert_eq!(v4.get("posts"), None);
        assert_eq!(v4["calendar"]["posts"][0]["owner"], "e1");
        assert_eq!(v4["calendar"]["posts"][1].get("owner"), None);
        assert_eq!(v4["calendar"]["posts"][1]["notes"], "Owner: Sam");
    }

    #[test]
    fn a_version_four_plan_is_a_version_five_one() {
        let v4 = serde_json::json!({"id": "a", "strategy": {"measurement": {"kpis": [{"id": "i1", "target": 5}]}}});
        assert_eq!(to_current(v4.clone(), 4), v4);
    }

    #[test]
    fn a_version_five_plan_is_a_version_six_one() {
        let v5 = serde_json::json!({"id": "a", "strategy": {"measurement": {"kpis": [{"id": "i1", "results": [{"day": "2027-01-01", "value": 3}]}]}}});
        assert_eq!(to_current(v5.clone(), 5), v5);
    }

    #[test]
    fn a_current_plan_passes_through_unchanged() {
        let plan = serde_json::json!({"id": "a", "name": "A"});
        assert_eq!(to_current(plan.clone(), VERSION), plan);
    }
}
