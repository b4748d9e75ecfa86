#![cfg(not(target_arch = "wasm32"))]
//! Markdown of the strategy and campaigns: every part under its heading, the
//! lists and tables a wiki shows, and the user's words never read as markup.

use chrono::{DateTime, NaiveDate};
use social_media_planner::exchange::markdown::{escape, plan_markdown};
use social_media_planner::plan::{
    example_strategy, Campaign, CampaignId, CampaignMessage, DateRange, Part, Plan, PlanId,
    ResponseKind, Tactic, TacticId, TacticKind, TargetedResponse,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn example() -> Plan {
    example_strategy(
        PlanId::parse("p").unwrap(),
        DateTime::default(),
        day(2026, 11, 23),
    )
}

fn with_campaign(mut plan: Plan) -> Plan {
    let s = &plan.strategy;
    let campaign = Campaign {
        name: "Spring tasting tour".into(),
        objective: Some(s.objectives[0].id.clone()),
        response: Some(TargetedResponse {
            kind: ResponseKind::Leads,
            name: String::new(),
            target: Some(30.0),
            results: Vec::new(),
        }),
        message: Some(CampaignMessage::FromStrategy(
            s.story.key_messages[0].id.clone(),
        )),
        call_to_action: "Book a tasting".into(),
        budget: Some(400.0),
        expected_return: Some(1200.0),
        tactics: vec![Tactic {
            description: "Ads to café owners | nearby".into(),
            spend: Some(250.0),
            ..Tactic::new(TacticId::parse("t-1").unwrap(), TacticKind::PaidAds)
        }],
        ..Campaign::new(
            CampaignId::parse("c-1").unwrap(),
            DateRange::new(day(2027, 3, 1), day(2027, 4, 30)).unwrap(),
        )
    };
    let archived = Campaign {
        name: "Old idea".into(),
        archived: true,
        ..Campaign::new(
            CampaignId::parse("c-2").unwrap(),
            DateRange::new(day(2027, 5, 1), day(2027, 5, 31)).unwrap(),
        )
    };
    plan.campaigns.push(campaign.into());
    plan.campaigns.push(archived.into());
    plan
}

#[test]
fn every_part_of_the_strategy_has_its_heading_in_order() {
    let text = plan_markdown(&example(), day(2027, 3, 15));
    assert!(
        text.starts_with("# Example: Hearth &amp; Crumb Bakery\n\n"),
        "{text}"
    );
    let mut from = text.find("\n## Strategy\n").expect("a strategy heading");
    for part in Part::ALL {
        let heading = format!("\n### {}\n", part.title());
        let at = text[from..]
            .find(&heading)
            .unwrap_or_else(|| panic!("{heading} after the one before"));
        from += at;
    }
    // A plan without campaigns has no campaigns heading.
    assert!(!text.contains("## Campaigns"));
    // Nothing runs into the next block: every heading has a blank line on
    // either side, and the text ends with one newline.
    for (i, line) in text.lines().enumerate().skip(1) {
        if line.starts_with('#') {
            assert_eq!(text.lines().nth(i - 1), Some(""), "before {line}");
            assert_eq!(text.lines().nth(i + 1), Some(""), "after {line}");
        }
    }
    assert!(text.ends_with('\n') && !text.ends_with("\n\n"));
}

#[test]
fn the_strategy_reads_with_its_facts_lists_and_tables() {
    let plan = example();
    let s = &plan.strategy;
    let text = plan_markdown(&plan, day(2027, 3, 15));
    let objective = &s.objectives[0];
    assert!(text.contains(&format!("\n#### {}\n", escape(objective.title().english()))));
    assert!(text.contains(&format!(
        "- **Metric**: {}\n",
        escape(objective.metric.trim())
    )));
    // Channels, pillars, the team and the KPIs are tables with a header and
    // a rule, one row each.
    for header in [
        "| Profile | Purpose | Mission | Cadence | Owner |",
        "| Pillar | What it covers | Share |",
        "| Who | Role | Hours a week | Training |",
        "| KPI | Objective | Baseline | Target | Reviewed | Read from |",
    ] {
        let at = text.find(header).unwrap_or_else(|| panic!("{header}"));
        let rule = text[at..].lines().nth(1).unwrap();
        assert!(rule.starts_with("| --- |"), "{rule}");
    }
    let profile_rows = text
        .lines()
        .skip_while(|l| !l.starts_with("| Profile |"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .count();
    assert_eq!(profile_rows, s.profiles.len());
    let first = &s.profiles[0];
    assert!(text.contains(&format!(
        "| {} | {} |",
        escape(&first.title()),
        first.purpose.unwrap().label()
    )));
    // The pillars' shares as percentages, the KPIs' review cadence.
    assert!(text.contains("| 40% |"), "{text}");
    assert!(text.contains("| Monthly |"));
    // The key messages as a list, the guidelines as facts.
    assert!(text.contains(&format!(
        "\n- {}\n",
        escape(s.story.key_messages[0].text.trim())
    )));
    assert!(text.contains("- **A complaint**: Thank them, apologise once"));
    assert!(text.contains("- **Horizon**: 1 Dec 2026 – 30 Nov 2027\n"));
}

#[test]
fn campaigns_follow_with_their_brief_and_tactics_and_archived_ones_are_left_out() {
    let plan = with_campaign(example());
    let text = plan_markdown(&plan, day(2027, 3, 15));
    let campaigns = text.find("\n## Campaigns\n").expect("a campaigns heading");
    let tour = &text[campaigns..];
    assert!(
        tour.contains("\n### Spring tasting tour\n\n1 Mar – 30 Apr 2027 · Running\n"),
        "{tour}"
    );
    assert!(tour.contains("- **Call to action**: Book a tasting\n"));
    assert!(tour.contains("- **Budget**: 400\n"));
    assert!(tour.contains("- **Expected ROI**: +200%\n"));
    assert!(tour.contains(&format!(
        "- **Key message**: {}\n",
        escape(plan.strategy.story.key_messages[0].text.trim())
    )));
    // A pipe in a cell does not split it.
    assert!(
        tour.contains("| Paid ads | Ads to café owners \\| nearby | — | 250 |"),
        "{tour}"
    );
    assert!(!text.contains("Old idea"));
    // Told on another day, the same campaign is planned or finished.
    assert!(plan_markdown(&plan, day(2027, 2, 1)).contains("· Planned\n"));
    assert!(plan_markdown(&plan, day(2027, 6, 1)).contains("· Finished\n"));
    // In a plan that counts in a currency, its amounts carry its sign.
    let mut euros = plan.clone();
    euros.currency = "EUR".into();
    let tour = plan_markdown(&euros, day(2027, 3, 15));
    assert!(tour.contains("- **Budget**: €400\n"), "{tour}");
    assert!(tour.contains("| Paid ads | Ads to café owners \\| nearby | — | €250 |"));
}

#[test]
fn what_the_user_typed_is_never_read_as_markup() {
    for (typed, written) in [
        ("*bold* and _it_", "\\*bold\\* and \\_it\\_"),
        (
            "<script>alert(1)</script>",
            "\\<script\\>alert(1)\\</script\\>",
        ),
        ("# not a heading", "\\# not a heading"),
        ("- not a list", "\\- not a list"),
        ("1. not a list", "1\\. not a list"),
        ("2026) either", "2026\\) either"),
        ("a | b", "a \\| b"),
        ("[a link](javascript:x)", "\\[a link\\](javascript:x)"),
        ("`code`", "\\`code\\`"),
        ("back\\slash", "back\\\\slash"),
        ("Tom & Jerry", "Tom &amp; Jerry"),
        ("~~struck~~", "\\~\\~struck\\~\\~"),
        ("plain words, 3.5 kg", "plain words, 3.5 kg"),
        ("emoji 🍞 stay", "emoji 🍞 stay"),
    ] {
        assert_eq!(escape(typed), written, "{typed}");
    }
    let mut plan = example();
    plan.about = "First line\nsecond *line*\n\nA new paragraph".into();
    let mut strategy = (*plan.strategy.story).clone();
    strategy.positioning = "# Fresh\n<b>bread</b>".into();
    plan.strategy.story = strategy.into();
    let text = plan_markdown(&plan, day(2027, 3, 15));
    assert!(
        text.contains("First line  \nsecond \\*line\\*\n\nA new paragraph\n"),
        "{text}"
    );
    assert!(text.contains("\\# Fresh  \n\\<b\\>bread\\</b\\>\n"));
    assert!(!text.contains("<b>"));
}
