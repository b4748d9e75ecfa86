#![cfg(not(target_arch = "wasm32"))]
//! Campaigns: the brief's rules, short-term ROI, status on a day, running again,
//! the links to the strategy, and the timeline.

use chrono::{DateTime, NaiveDate};
use social_media_planner::plan::{
    example_strategy, Campaign, CampaignId, CampaignMessage, CampaignStatus, DateRange, ItemEdit,
    MemberId, Plan, PlanId, ResponseKind, Roi, Rule, Severity, StrategyEdit, StrategyLink, Tactic,
    TacticId, TacticKind, TargetedResponse,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The example bakery (horizon Dec 2026 – Nov 2027) with one complete campaign.
fn plan_with(campaign: Campaign) -> Plan {
    let mut plan = example_strategy(
        PlanId::parse("p").unwrap(),
        DateTime::default(),
        day(2026, 11, 23),
    );
    plan.campaigns.push(campaign.into());
    plan
}

fn complete() -> Campaign {
    let s = example_strategy(
        PlanId::parse("p").unwrap(),
        DateTime::default(),
        day(2026, 11, 23),
    )
    .strategy;
    Campaign {
        name: "Spring tasting tour".into(),
        objective: Some(s.objectives[0].id.clone()),
        response: Some(TargetedResponse {
            kind: ResponseKind::Leads,
            name: String::new(),
            target: Some(30.0),
            results: Vec::new(),
        }),
        personas: vec![s.personas[0].id.clone()],
        profiles: vec![s.profiles[0].id.clone()],
        message: Some(CampaignMessage::FromStrategy(
            s.story.key_messages[1].id.clone(),
        )),
        call_to_action: "Book a free tasting".into(),
        tactics: vec![Tactic {
            description: "Ads to café owners nearby".into(),
            profile: Some(s.profiles[0].id.clone()),
            spend: Some(300.0),
            ..Tactic::new(TacticId::parse("a1").unwrap(), TacticKind::PaidAds)
        }],
        owner: Some(s.team.members[0].id.clone()),
        budget: Some(500.0),
        ..Campaign::new(
            CampaignId::parse("m1").unwrap(),
            DateRange::new(day(2027, 3, 1), day(2027, 4, 30)).unwrap(),
        )
    }
}

fn rules(plan: &Plan) -> Vec<Rule> {
    plan.campaign_findings(&plan.campaigns[0])
        .iter()
        .map(|f| f.rule)
        .collect()
}

#[test]
fn a_complete_brief_on_the_strategy_raises_nothing() {
    let plan = plan_with(complete());
    assert_eq!(plan.campaign_findings(&plan.campaigns[0]), vec![]);
}

#[test]
fn an_empty_brief_says_everything_it_lacks() {
    let bare = Campaign::new(
        CampaignId::parse("m1").unwrap(),
        DateRange::new(day(2027, 3, 1), day(2027, 3, 31)).unwrap(),
    );
    let plan = plan_with(bare);
    let fields: Vec<&str> = plan
        .campaign_findings(&plan.campaigns[0])
        .iter()
        .map(|f| f.place.field)
        .collect();
    assert_eq!(
        fields,
        [
            "name",
            "objective",
            "response",
            "personas",
            "profiles",
            "message",
            "call_to_action",
            "add_tactic",
            "budget",
            "owner"
        ]
    );
}

#[test]
fn a_campaign_longer_than_about_three_months_is_warned() {
    let mut campaign = complete();
    campaign.dates = DateRange::new(day(2027, 3, 1), day(2027, 6, 8)).unwrap();
    assert!(!rules(&plan_with(campaign.clone())).contains(&Rule::CampaignTooLong));
    campaign.dates = DateRange::new(day(2027, 3, 1), day(2027, 6, 9)).unwrap();
    let plan = plan_with(campaign);
    let found = plan.campaign_findings(&plan.campaigns[0]);
    let long = found
        .iter()
        .find(|f| f.rule == Rule::CampaignTooLong)
        .unwrap();
    assert_eq!(long.severity, Severity::Warning);
    assert!(long.message.to_string().contains("101 days"));
}

#[test]
fn a_campaign_outside_the_strategy_horizon_is_warned() {
    let mut campaign = complete();
    campaign.dates = DateRange::new(day(2027, 11, 15), day(2027, 12, 15)).unwrap();
    assert!(rules(&plan_with(campaign)).contains(&Rule::CampaignOutsideHorizon));
}

#[test]
fn a_response_without_a_number_is_warned() {
    let mut campaign = complete();
    campaign.response.as_mut().unwrap().target = None;
    assert_eq!(rules(&plan_with(campaign)), [Rule::ResponseWithoutNumber]);
}

#[test]
fn a_vanity_response_as_the_only_goal_is_warned_with_a_suggestion() {
    let mut campaign = complete();
    campaign.response = Some(TargetedResponse {
        kind: ResponseKind::Other,
        name: "new followers".into(),
        target: Some(500.0),
        results: Vec::new(),
    });
    let plan = plan_with(campaign);
    let found = plan.campaign_findings(&plan.campaigns[0]);
    let vanity = found
        .iter()
        .find(|f| f.rule == Rule::VanityResponse)
        .unwrap();
    assert!(vanity.message.to_string().contains("followers"));
    assert!(vanity
        .suggestion
        .as_ref()
        .unwrap()
        .to_string()
        .contains("sign-ups"));
    let mut business = complete();
    business.response = Some(TargetedResponse {
        kind: ResponseKind::Other,
        name: "wholesale tastings booked".into(),
        target: Some(30.0),
        results: Vec::new(),
    });
    assert!(rules(&plan_with(business)).is_empty());
}

#[test]
fn sales_without_a_product_name_are_incomplete() {
    let mut campaign = complete();
    campaign.response = Some(TargetedResponse {
        kind: ResponseKind::Sales,
        name: " ".into(),
        target: Some(100.0),
        results: Vec::new(),
    });
    let plan = plan_with(campaign);
    let found = plan.campaign_findings(&plan.campaigns[0]);
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].place.field, found[0].severity),
        ("response_name", Severity::Missing)
    );
}

#[test]
fn a_sales_push_on_the_customer_service_profile_is_warned_but_community_work_there_is_not() {
    let mut campaign = complete();
    let service = example_strategy(
        PlanId::parse("p").unwrap(),
        DateTime::default(),
        day(2026, 11, 23),
    )
    .strategy
    .profiles[1]
        .id
        .clone();
    campaign.response = Some(TargetedResponse {
        kind: ResponseKind::Sales,
        name: "Sourdough kits".into(),
        target: Some(80.0),
        results: Vec::new(),
    });
    campaign.profiles.push(service.clone());
    campaign.tactics.push(Tactic {
        profile: Some(service.clone()),
        ..Tactic::new(TacticId::parse("a2").unwrap(), TacticKind::Content)
    });
    let plan = plan_with(campaign.clone());
    let found = plan.campaign_findings(&plan.campaigns[0]);
    let misfit: Vec<_> = found
        .iter()
        .filter(|f| f.rule == Rule::TacticAgainstPurpose)
        .collect();
    assert_eq!(misfit.len(), 1);
    assert_eq!(misfit[0].place.item.as_deref(), Some("a2"));
    assert!(misfit[0].message.to_string().contains("customer service"));
    campaign.tactics[1].kind = TacticKind::Community;
    assert!(!rules(&plan_with(campaign)).contains(&Rule::TacticAgainstPurpose));
}

#[test]
fn paid_spend_above_the_budget_is_warned() {
    let mut campaign = complete();
    campaign.tactics.push(Tactic {
        profile: campaign.tactics[0].profile.clone(),
        spend: Some(250.0),
        ..Tactic::new(TacticId::parse("a2").unwrap(), TacticKind::PaidAds)
    });
    let plan = plan_with(campaign);
    let found = plan.campaign_findings(&plan.campaigns[0]);
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].message,
        "Paid tactics spend 550, more than the budget of 500."
    );
}

#[test]
fn removing_what_a_campaign_uses_from_the_strategy_leaves_a_broken_link_not_a_silent_loss() {
    let mut plan = plan_with(complete());
    let persona = plan.campaigns[0].personas[0].clone();
    let profile = plan.campaigns[0].profiles[0].clone();
    assert_eq!(
        plan.campaigns_using(StrategyLink::Persona(&persona)),
        ["campaign “Spring tasting tour”"]
    );
    plan.strategy
        .apply(StrategyEdit::Persona(ItemEdit::Remove(persona.clone())));
    plan.strategy
        .apply(StrategyEdit::Profile(ItemEdit::Remove(profile.clone())));
    plan.strategy.apply(StrategyEdit::Member(ItemEdit::Remove(
        MemberId::parse("e-maya").unwrap(),
    )));
    assert_eq!(plan.campaigns[0].personas, [persona]);
    let found = plan.campaign_findings(&plan.campaigns[0]);
    let broken: Vec<&str> = found
        .iter()
        .filter(|f| f.rule == Rule::BrokenLink)
        .map(|f| f.place.field)
        .collect();
    assert_eq!(broken, ["personas", "profiles", "profile", "owner"]);
    // One lost link is said in the singular.
    let said: Vec<String> = found
        .iter()
        .filter(|f| f.rule == Rule::BrokenLink)
        .map(|f| f.message.to_string())
        .take(2)
        .collect();
    assert_eq!(
        said,
        [
            "1 of its personas was removed from the strategy.",
            "1 of its profiles was removed from the strategy."
        ]
    );
}

#[test]
fn roi_is_return_less_cost_over_cost_or_says_why_not() {
    assert_eq!(Roi::of(Some(1000.0), Some(2500.0)), Roi::Known(1.5));
    assert_eq!(Roi::of(Some(1000.0), Some(2500.0)).describe(), "+150%");
    assert_eq!(Roi::of(Some(1000.0), Some(500.0)).describe(), "−50%");
    assert_eq!(Roi::of(Some(1000.0), Some(0.0)).describe(), "−100%");
    assert_eq!(Roi::of(Some(1000.0), Some(1000.0)).describe(), "0%");
    assert_eq!(Roi::of(Some(0.0), Some(500.0)), Roi::NoCost);
    assert_eq!(Roi::of(None, Some(500.0)), Roi::NotYetKnown);
    assert_eq!(Roi::of(Some(500.0), None).describe(), "not yet known");
    let campaign = Campaign {
        budget: Some(200.0),
        expected_return: Some(300.0),
        ..complete()
    };
    assert_eq!(campaign.expected_roi().describe(), "+50%");
    assert_eq!(campaign.actual_roi(), Roi::NotYetKnown);
}

#[test]
fn the_actual_roi_is_on_what_was_actually_spent_not_on_the_budget() {
    let mut campaign = Campaign {
        budget: Some(500.0),
        expected_return: Some(1000.0),
        actual_return: Some(900.0),
        ..complete()
    };
    // A return with nothing spent entered yet is not judged on the budget.
    assert_eq!(campaign.actual_cost(), None);
    assert_eq!(campaign.actual_roi(), Roi::NotYetKnown);
    assert_eq!(
        campaign.expected_roi().describe(),
        "+100%",
        "planned ROI stays on the budget"
    );

    campaign.tactics[0].actual_spend = Some(250.0);
    assert_eq!(campaign.actual_cost(), Some(250.0));
    assert_eq!(campaign.actual_roi().describe(), "+260%");

    campaign.other_costs = Some(50.0);
    // A second paid tactic's actual spend, and an organic one's, which is no ad spend.
    campaign.tactics.push(Tactic {
        actual_spend: Some(300.0),
        ..Tactic::new(TacticId::parse("a2").unwrap(), TacticKind::PaidAds)
    });
    campaign.tactics.push(Tactic {
        actual_spend: Some(999.0),
        ..Tactic::new(TacticId::parse("a3").unwrap(), TacticKind::Content)
    });
    assert_eq!(campaign.actual_cost(), Some(600.0));
    assert_eq!(campaign.actual_roi().describe(), "+50%");
    assert_eq!(campaign.expected_roi().describe(), "+100%");

    // Other costs alone are a cost.
    let only_other = Campaign {
        other_costs: Some(0.0),
        ..complete()
    };
    assert_eq!(only_other.actual_cost(), Some(0.0));
    assert_eq!(only_other.actual_roi(), Roi::NoCost);
}

#[test]
fn a_campaigns_response_is_judged_over_its_own_dates() {
    use social_media_planner::plan::results::{judge, Standing};
    use social_media_planner::plan::Reading;
    let campaign = complete();
    let goal = campaign.response_goal().unwrap();
    assert_eq!(
        (goal.start, goal.deadline),
        (day(2027, 3, 1), day(2027, 4, 30))
    );
    assert_eq!((goal.baseline, goal.target), (0.0, 30.0));
    // Half way through its 60 days, 15 are expected.
    let on = |d: NaiveDate, value: f64| Reading { day: d, value };
    let judged = judge(Some(&goal), &[on(day(2027, 3, 31), 16.0)], day(2027, 4, 1));
    assert_eq!(judged.standing, Standing::OnTrack);
    let judged = judge(Some(&goal), &[on(day(2027, 3, 31), 12.0)], day(2027, 4, 1));
    assert_eq!(judged.standing, Standing::OffTrack);
    assert_eq!(
        campaign.response_about().map(|s| s.to_string()).as_deref(),
        Some("Leads, aimed at 30 over 1 Mar – 30 Apr 2027.")
    );
    let mut no_number = complete();
    no_number.response.as_mut().unwrap().target = None;
    assert_eq!(no_number.response_goal(), None);
    assert!(no_number
        .response_about()
        .unwrap()
        .to_string()
        .contains("no number aimed at yet"));
    let no_response = Campaign {
        response: None,
        ..complete()
    };
    assert_eq!(no_response.response_goal(), None);
    assert_eq!(no_response.response_about(), None);
}

#[test]
fn status_follows_the_day_it_is_asked() {
    let campaign = complete();
    assert_eq!(campaign.status(day(2027, 2, 28)), CampaignStatus::Planned);
    assert_eq!(campaign.status(day(2027, 3, 1)), CampaignStatus::Running);
    assert_eq!(campaign.status(day(2027, 4, 30)), CampaignStatus::Running);
    assert_eq!(campaign.status(day(2027, 5, 1)), CampaignStatus::Finished);
}

#[test]
fn running_again_moves_three_months_on_and_clears_the_results() {
    let mut original = Campaign {
        actual_return: Some(900.0),
        other_costs: Some(80.0),
        archived: true,
        ..complete()
    };
    original.tactics[0].actual_spend = Some(280.0);
    if let Some(response) = original.response.as_mut() {
        response.results = vec![social_media_planner::plan::Reading {
            day: day(2027, 3, 9),
            value: 12.0,
        }];
    }
    let mut n = 0;
    let again = original.run_again(CampaignId::parse("m2").unwrap(), "again", || {
        n += 1;
        TacticId::parse(&format!("fresh{n}")).unwrap()
    });
    assert_eq!(again.name, "Spring tasting tour (again)");
    assert_eq!(
        again.dates,
        DateRange::new(day(2027, 6, 1), day(2027, 7, 30)).unwrap()
    );
    assert_eq!(again.actual_return, None);
    assert_eq!(again.other_costs, None);
    assert!(again.tactics.iter().all(|t| t.actual_spend.is_none()));
    assert!(again
        .response
        .as_ref()
        .is_some_and(|r| r.results.is_empty()));
    assert!(!again.archived);
    assert_eq!(again.tactics[0].id.as_str(), "fresh1");
    assert_eq!(again.budget, original.budget);
    // Said in the language shown; an untitled campaign's copy stays untitled,
    // shown with the placeholder of the language it is read in.
    let untitled = Campaign {
        name: "  ".into(),
        ..original.clone()
    };
    let copy = untitled.run_again(CampaignId::parse("m3").unwrap(), "erneut", || {
        TacticId::parse("fresh").unwrap()
    });
    assert_eq!(copy.name, "");
    let renamed = original.run_again(CampaignId::parse("m4").unwrap(), "erneut", || {
        TacticId::parse("fresh").unwrap()
    });
    assert_eq!(renamed.name, "Spring tasting tour (erneut)");
}

#[test]
fn the_timeline_frames_the_horizon_and_skips_archived_campaigns() {
    let mut plan = plan_with(complete());
    let mut overlapping = complete();
    overlapping.id = CampaignId::parse("m2").unwrap();
    overlapping.dates = DateRange::new(day(2027, 4, 1), day(2028, 1, 31)).unwrap();
    let mut archived = complete();
    archived.id = CampaignId::parse("m3").unwrap();
    archived.archived = true;
    plan.campaigns.extend([overlapping.into(), archived.into()]);
    let timeline = plan.timeline().unwrap();
    assert_eq!(
        timeline.frame,
        DateRange::new(day(2026, 12, 1), day(2028, 1, 31)).unwrap()
    );
    assert_eq!(timeline.rows, 2);
    let ids: Vec<&str> = timeline.bars.iter().map(|b| b.campaign.as_str()).collect();
    assert_eq!(ids, ["m1", "m2"]);
    plan.campaigns.clear();
    plan.strategy.measurement.horizon = None;
    assert_eq!(plan.timeline(), None);
}

#[test]
fn response_and_tactic_kinds_keep_their_keys_and_labels() {
    for kind in ResponseKind::ALL {
        assert_eq!(ResponseKind::from_key(kind.key()), Some(kind));
    }
    let keys: Vec<&str> = ResponseKind::ALL.iter().map(|k| k.key()).collect();
    assert_eq!(
        keys,
        ["page_views", "sign_ups", "leads", "sales", "event", "other"]
    );
    for kind in TacticKind::ALL {
        assert_eq!(TacticKind::from_key(kind.key()), Some(kind));
    }
    let keys: Vec<&str> = TacticKind::ALL.iter().map(|k| k.key()).collect();
    assert_eq!(keys, ["content", "paid", "partnership", "community"]);
    assert_eq!(ResponseKind::from_key("nope"), None);
    assert_eq!(TacticKind::from_key(""), None);
    assert_eq!(ResponseKind::Sales.name_label(), "Product");
    assert_eq!(ResponseKind::Other.name_label(), "Metric");
    assert_eq!(TacticKind::PaidAds.spend_label(), "Ad spend");
    assert_eq!(TacticKind::Community.spend_label(), "Cost");
}

#[test]
fn another_response_kind_keeps_the_name_and_target() {
    let mut campaign = complete();
    campaign.set_response_kind(Some(ResponseKind::Sales));
    assert_eq!(
        campaign.response,
        Some(TargetedResponse {
            kind: ResponseKind::Sales,
            name: String::new(),
            target: Some(30.0),
            results: Vec::new(),
        })
    );
    campaign.set_response_kind(None);
    assert_eq!(campaign.response, None);
    campaign.set_response_kind(Some(ResponseKind::SignUps));
    assert_eq!(
        campaign.response,
        Some(TargetedResponse {
            kind: ResponseKind::SignUps,
            name: String::new(),
            target: None,
            results: Vec::new(),
        })
    );
}

#[test]
fn the_key_message_is_chosen_by_its_key_and_its_own_text_is_kept() {
    let mut campaign = complete();
    let id = match &campaign.message {
        Some(CampaignMessage::FromStrategy(id)) => id.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(campaign.message.as_ref().unwrap().key(), "k:k-wholesale");
    assert_eq!(CampaignMessage::strategy_key(&id), "k:k-wholesale");
    campaign.choose_message(Some(CampaignMessage::OWN_KEY));
    assert_eq!(campaign.message, Some(CampaignMessage::Own(String::new())));
    campaign.message = Some(CampaignMessage::Own("Our own words".into()));
    campaign.choose_message(Some("own"));
    assert_eq!(
        campaign.message,
        Some(CampaignMessage::Own("Our own words".into()))
    );
    assert_eq!(campaign.message.as_ref().unwrap().key(), "own");
    campaign.choose_message(Some("k:k-wholesale"));
    assert_eq!(campaign.message, Some(CampaignMessage::FromStrategy(id)));
    campaign.choose_message(Some("elsewhere"));
    assert_eq!(campaign.message, None);
    campaign.choose_message(Some("k:k-fresh"));
    campaign.choose_message(None);
    assert_eq!(campaign.message, None);
}

#[test]
fn links_to_what_the_strategy_lost_are_counted_and_dropped() {
    let mut plan = plan_with(complete());
    let mut campaign = complete();
    campaign.personas.push(plan.strategy.personas[1].id.clone());
    campaign.profiles.push(plan.strategy.profiles[1].id.clone());
    let (persona, profile) = (campaign.personas[0].clone(), campaign.profiles[0].clone());
    assert_eq!(campaign.lost_personas(&plan.strategy), 0);
    plan.strategy
        .apply(StrategyEdit::Persona(ItemEdit::Remove(persona)));
    plan.strategy
        .apply(StrategyEdit::Profile(ItemEdit::Remove(profile)));
    assert_eq!(
        (
            campaign.lost_personas(&plan.strategy),
            campaign.lost_profiles(&plan.strategy)
        ),
        (1, 1)
    );
    campaign.drop_lost_personas(&plan.strategy);
    assert_eq!(campaign.personas, [plan.strategy.personas[0].id.clone()]);
    assert_eq!(campaign.lost_profiles(&plan.strategy), 1);
    campaign.drop_lost_profiles(&plan.strategy);
    assert_eq!(campaign.profiles, [plan.strategy.profiles[0].id.clone()]);
    assert_eq!(campaign.lost_profiles(&plan.strategy), 0);
}

#[test]
fn tactics_are_added_on_the_only_profile_replaced_and_removed() {
    let mut campaign = complete();
    let fresh = campaign.new_tactic(TacticId::parse("a2").unwrap());
    assert_eq!(fresh.kind, TacticKind::Content);
    assert_eq!(fresh.profile, Some(campaign.profiles[0].clone()));
    campaign.put_tactic(fresh.clone());
    let changed = Tactic {
        description: "A reel a week".into(),
        ..fresh
    };
    campaign.put_tactic(changed.clone());
    let ids: Vec<&str> = campaign.tactics.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["a1", "a2"]);
    assert_eq!(campaign.tactics[1], changed);
    campaign.remove_tactic(&TacticId::parse("a1").unwrap());
    assert_eq!(campaign.tactics, [changed]);
    // On two profiles or none, the user chooses where it runs.
    campaign.profiles.clear();
    assert_eq!(
        campaign.new_tactic(TacticId::parse("a3").unwrap()).profile,
        None
    );
}

#[test]
fn the_roi_reads_as_a_gain_a_loss_or_unknown() {
    assert_eq!(Roi::Known(0.5).tone(), "gain");
    assert_eq!(Roi::Known(0.0).tone(), "gain");
    assert_eq!(Roi::Known(-0.2).tone(), "loss");
    assert_eq!(Roi::NotYetKnown.tone(), "unknown");
    assert_eq!(Roi::NoCost.tone(), "unknown");
}

#[test]
fn an_archived_campaign_says_so_instead_of_its_status() {
    let mut campaign = complete();
    assert_eq!(campaign.status_label(day(2027, 3, 10)), "Running");
    campaign.archived = true;
    assert_eq!(campaign.status_label(day(2027, 3, 10)), "Archived");
}

#[test]
fn a_new_campaign_runs_a_month_from_today_or_from_a_horizon_still_to_come() {
    let horizon = DateRange::new(day(2026, 12, 1), day(2027, 11, 30)).ok();
    assert_eq!(
        Campaign::first_dates(day(2026, 11, 23), horizon),
        DateRange::new(day(2026, 12, 1), day(2026, 12, 31)).unwrap()
    );
    assert_eq!(
        Campaign::first_dates(day(2027, 1, 15), horizon),
        DateRange::new(day(2027, 1, 15), day(2027, 2, 14)).unwrap()
    );
    assert_eq!(
        Campaign::first_dates(day(2027, 1, 15), None),
        DateRange::new(day(2027, 1, 15), day(2027, 2, 14)).unwrap()
    );
}

#[test]
fn a_campaign_row_says_what_it_serves_aims_for_and_lacks() {
    let plan = plan_with(complete());
    let campaign = &plan.campaigns[0];
    let objective = plan.strategy.objectives[0].title().english().to_owned();
    assert_eq!(
        plan.campaign_facts(campaign)
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        [format!("Serves: {objective}"), "Leads: 30".to_owned()]
    );
    assert_eq!(plan.brief_summary(campaign), "Brief complete");

    // A response without a number is a warning; an empty brief lacks ten things.
    let mut vague = complete();
    if let Some(r) = vague.response.as_mut() {
        r.target = None;
    }
    let plan = plan_with(vague);
    assert_eq!(plan.campaign_facts(&plan.campaigns[0])[1], "Leads");
    assert_eq!(plan.brief_summary(&plan.campaigns[0]), "1 warning");
    let bare = Campaign::new(
        CampaignId::parse("m1").unwrap(),
        DateRange::new(day(2027, 3, 1), day(2027, 3, 31)).unwrap(),
    );
    let plan = plan_with(bare);
    assert!(plan.campaign_facts(&plan.campaigns[0]).is_empty());
    assert_eq!(plan.brief_summary(&plan.campaigns[0]), "10 missing");
}

#[test]
fn the_overview_counts_campaigns_by_where_they_stand_today() {
    let mut plan = plan_with(complete());
    assert_eq!(plan.campaigns_status(day(2027, 3, 10)), "1 running");
    let mut later = complete();
    later.id = CampaignId::parse("m2").unwrap();
    later.dates = DateRange::new(day(2027, 6, 1), day(2027, 6, 30)).unwrap();
    let mut gone = later.clone();
    gone.id = CampaignId::parse("m3").unwrap();
    gone.archived = true;
    plan.campaigns.push(later.into());
    plan.campaigns.push(gone.into());
    assert_eq!(
        plan.campaigns_status(day(2027, 3, 10)),
        "1 running · 1 planned"
    );
    assert_eq!(plan.campaigns_status(day(2027, 7, 1)), "2 finished");
    plan.campaigns.clear();
    assert_eq!(plan.campaigns_status(day(2027, 7, 1)), "No campaigns yet");
}

#[test]
fn a_campaign_with_nothing_written_or_chosen_is_blank() {
    let dates = DateRange::new(day(2027, 1, 4), day(2027, 2, 28)).unwrap();
    let mut campaign = Campaign::new(CampaignId::parse("c").unwrap(), dates);
    assert!(campaign.is_blank());
    // Its dates moved, or a name typed and rubbed out: still blank.
    campaign.dates = DateRange::new(day(2027, 3, 1), day(2027, 3, 31)).unwrap();
    campaign.name = "  ".into();
    assert!(campaign.is_blank());
    let mut named = campaign.clone();
    named.name = "Spring tour".into();
    assert!(!named.is_blank());
    let mut chosen = campaign.clone();
    chosen.owner = Some(MemberId::parse("m").unwrap());
    assert!(!chosen.is_blank());
    assert!(!complete().is_blank());
}
