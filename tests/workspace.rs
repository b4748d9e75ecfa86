#![cfg(not(target_arch = "wasm32"))]
//! The workspace of plans: create, rename, duplicate, delete, restore, open.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use social_media_planner::plan::{
    example_strategy, Campaign, CampaignId, Change, Command, CommandError, DateRange, ItemEdit,
    Missing, PlanEdit, PlanId, PlanName, Workspace,
};

fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, minute, 0).unwrap()
}

fn id(text: &str) -> PlanId {
    PlanId::parse(text).unwrap()
}

fn name(text: &str) -> PlanName {
    PlanName::parse(text).unwrap()
}

fn with_plans(names: &[&str]) -> Workspace {
    let mut workspace = Workspace::default();
    for (i, n) in names.iter().enumerate() {
        workspace
            .apply(Command::CreatePlan {
                id: id(&format!("p{i}")),
                name: name(n),
                at: at(i as u32),
            })
            .unwrap();
    }
    workspace
}

fn names(workspace: &Workspace) -> Vec<&str> {
    workspace.plans().map(|p| p.name.as_str()).collect()
}

#[test]
fn a_created_plan_is_empty_and_becomes_the_open_one() {
    let workspace = with_plans(&["Acme", "Globex"]);
    assert_eq!(names(&workspace), ["Acme", "Globex"]);
    let open = workspace.current().unwrap();
    assert_eq!(open.name.as_str(), "Globex");
    assert_eq!(open.created, at(1));
    assert_eq!(open.summary(), Default::default());
}

#[test]
fn creating_a_plan_with_an_id_in_use_is_refused_and_changes_nothing() {
    let mut workspace = with_plans(&["Acme"]);
    let before = workspace.clone();
    let result = workspace.apply(Command::CreatePlan {
        id: id("p0"),
        name: name("Other"),
        at: at(5),
    });
    assert_eq!(result, Err(CommandError::IdTaken(id("p0"))));
    assert_eq!(workspace, before);
}

#[test]
fn renaming_changes_the_name_and_the_time_of_last_edit() {
    let mut workspace = with_plans(&["Acme"]);
    let change = workspace
        .apply(Command::RenamePlan {
            id: id("p0"),
            name: name("Acme Europe"),
            at: at(30),
        })
        .unwrap();
    assert_eq!(change, Change::Saved(id("p0")));
    let plan = workspace.plan(&id("p0")).unwrap();
    assert_eq!(plan.name.as_str(), "Acme Europe");
    assert_eq!(plan.updated, at(30));
    assert_eq!(plan.created, at(0));
}

#[test]
fn editing_a_plan_that_was_deleted_is_refused() {
    let mut workspace = with_plans(&["Acme"]);
    let result = workspace.apply(Command::EditPlan {
        id: id("gone"),
        edit: PlanEdit::Brand("x".into()),
        at: at(1),
    });
    assert_eq!(result, Err(CommandError::UnknownPlan(id("gone"))));
}

#[test]
fn a_duplicate_sits_after_its_source_with_a_name_no_other_plan_has() {
    let mut workspace = with_plans(&["Acme", "Globex"]);
    workspace
        .apply(Command::EditPlan {
            id: id("p0"),
            edit: PlanEdit::About("Spring launch".into()),
            at: at(10),
        })
        .unwrap();
    for (copy, minute) in [("c1", 11), ("c2", 12)] {
        workspace
            .apply(Command::DuplicatePlan {
                source: id("p0"),
                copy: id(copy),
                at: at(minute),
                word: "copy",
            })
            .unwrap();
    }
    assert_eq!(
        names(&workspace),
        ["Acme", "Acme (copy 2)", "Acme (copy)", "Globex"]
    );
    let copy = workspace.plan(&id("c1")).unwrap();
    assert_eq!(copy.about, "Spring launch");
    assert_eq!(copy.created, at(11));
}

#[test]
fn deleting_the_open_plan_opens_its_neighbour_and_undo_puts_it_back() {
    let mut workspace = with_plans(&["Acme", "Globex", "Initech"]);
    workspace.apply(Command::OpenPlan { id: id("p1") }).unwrap();
    let before = workspace.clone();
    let change = workspace
        .apply(Command::DeletePlan { id: id("p1") })
        .unwrap();
    assert_eq!(names(&workspace), ["Acme", "Initech"]);
    assert_eq!(workspace.current_id(), Some(&id("p2")));
    let Change::Deleted { plan, position } = change else {
        panic!("deleting reports the deleted plan");
    };
    assert_eq!(position, 1);
    workspace
        .apply(Command::RestorePlan { plan, position })
        .unwrap();
    assert_eq!(workspace, before);
    assert_eq!(workspace.current_id(), Some(&id("p1")));
}

#[test]
fn deleting_the_last_plan_leaves_none_open() {
    let mut workspace = with_plans(&["Acme"]);
    workspace
        .apply(Command::DeletePlan { id: id("p0") })
        .unwrap();
    assert!(workspace.is_empty());
    assert_eq!(workspace.current(), None);
}

#[test]
fn deleting_another_plan_keeps_the_open_one() {
    let mut workspace = with_plans(&["Acme", "Globex"]);
    workspace
        .apply(Command::DeletePlan { id: id("p0") })
        .unwrap();
    assert_eq!(workspace.current_id(), Some(&id("p1")));
}

#[test]
fn opening_a_plan_that_does_not_exist_is_refused() {
    let mut workspace = with_plans(&["Acme"]);
    assert!(workspace
        .apply(Command::OpenPlan { id: id("nope") })
        .is_err());
    assert_eq!(workspace.current_id(), Some(&id("p0")));
}

#[test]
fn saved_plans_load_in_creation_order_with_the_last_used_open() {
    let saved = with_plans(&["Acme", "Globex", "Initech"]);
    let mut shuffled = saved.plans().cloned().collect::<Vec<_>>();
    shuffled.reverse();
    let workspace = Workspace::from_saved(shuffled, Some(id("p0")));
    assert_eq!(names(&workspace), ["Acme", "Globex", "Initech"]);
    assert_eq!(workspace.current_id(), Some(&id("p0")));
}

#[test]
fn when_the_last_used_plan_is_gone_the_most_recently_edited_opens() {
    let mut saved = with_plans(&["Acme", "Globex", "Initech"]);
    saved
        .apply(Command::EditPlan {
            id: id("p1"),
            edit: PlanEdit::Brand("Globex Corp".into()),
            at: at(50),
        })
        .unwrap();
    let workspace = Workspace::from_saved(
        saved.plans().cloned().collect::<Vec<_>>(),
        Some(id("deleted")),
    );
    assert_eq!(workspace.current_id(), Some(&id("p1")));
    let empty = Workspace::from_saved(Vec::new(), Some(id("p1")));
    assert_eq!(empty.current(), None);
}

#[test]
fn a_plan_saved_by_a_newer_version_cannot_be_changed_but_can_be_copied() {
    let mut workspace = with_plans(&["Future"]);
    workspace.mark_read_only(id("p0"));
    let refused = [
        Command::RenamePlan {
            id: id("p0"),
            name: name("X"),
            at: at(1),
        },
        Command::DeletePlan { id: id("p0") },
        Command::EditPlan {
            id: id("p0"),
            edit: PlanEdit::Brand("X".into()),
            at: at(1),
        },
    ];
    for command in refused {
        assert_eq!(
            workspace.apply(command),
            Err(CommandError::ReadOnly(id("p0")))
        );
    }
    workspace
        .apply(Command::DuplicatePlan {
            source: id("p0"),
            copy: id("c"),
            at: at(2),
            word: "copy",
        })
        .unwrap();
    assert!(!workspace.is_read_only(&id("c")));
    assert_eq!(workspace.plan(&id("p0")).unwrap().name.as_str(), "Future");
}

fn add_campaign(id: &str, start: u32) -> PlanEdit {
    let dates = DateRange::new(
        NaiveDate::from_ymd_opt(2027, 1, start).unwrap(),
        NaiveDate::from_ymd_opt(2027, 2, start).unwrap(),
    )
    .unwrap();
    let campaign = Campaign::new(CampaignId::parse(id).unwrap(), dates);
    PlanEdit::Campaign(Box::new(ItemEdit::Put(campaign)))
}

#[test]
fn a_campaign_added_to_a_plan_whose_strategy_is_not_ready_is_refused_with_the_reason() {
    let mut workspace = with_plans(&["Acme"]);
    let before = workspace.clone();
    let refused = workspace.apply(Command::EditPlan {
        id: id("p0"),
        edit: add_campaign("c1", 4),
        at: at(30),
    });
    let Err(error @ CommandError::StrategyNotReady(_)) = refused else {
        panic!("expected a refusal, got {refused:?}");
    };
    assert_eq!(
        error,
        CommandError::StrategyNotReady(vec![
            Missing::Objective,
            Missing::Persona,
            Missing::Profile
        ])
    );
    let message = error.to_string();
    assert!(
        message.starts_with("No campaign without a strategy: it still needs a business objective"),
        "{message}"
    );
    assert!(
        message.contains("a persona") && message.contains("a profile"),
        "{message}"
    );
    assert_eq!(workspace, before, "a refused command changes nothing");
}

#[test]
fn a_plan_whose_strategy_stopped_being_ready_keeps_its_campaigns_but_takes_no_new_one() {
    let mut workspace = Workspace::default();
    let today = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    let plan = example_strategy(id("ex"), at(0), today);
    workspace
        .apply(Command::AddPlan {
            plan: Box::new(plan),
        })
        .unwrap();
    let edit = |workspace: &mut Workspace, edit| {
        workspace.apply(Command::EditPlan {
            id: id("ex"),
            edit,
            at: at(5),
        })
    };
    edit(&mut workspace, add_campaign("c1", 4)).expect("the example's strategy is ready");

    // An import (or an edit) leaves the profiles without a purpose.
    let mut unready = workspace.plan(&id("ex")).unwrap().clone();
    for profile in &mut unready.strategy.profiles {
        profile.purpose = None;
    }
    workspace
        .apply(Command::ReplacePlan {
            plan: Box::new(unready),
        })
        .unwrap();
    let plan = workspace.plan(&id("ex")).unwrap();
    assert_eq!(plan.campaigns.len(), 1, "it opens with its campaign");
    assert_eq!(plan.campaign_blockers(), [Missing::Profile], "and flagged");

    // Its campaign can still be edited and removed; a new one is refused.
    edit(&mut workspace, add_campaign("c1", 11)).expect("an edit of a campaign is no addition");
    assert!(matches!(
        edit(&mut workspace, add_campaign("c2", 4)),
        Err(CommandError::StrategyNotReady(_))
    ));
    let remove = PlanEdit::Campaign(Box::new(ItemEdit::Remove(CampaignId::parse("c1").unwrap())));
    edit(&mut workspace, remove).unwrap();
    assert!(workspace.plan(&id("ex")).unwrap().campaigns.is_empty());
}
