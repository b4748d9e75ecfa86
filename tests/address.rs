#![cfg(not(target_arch = "wasm32"))]
//! The calendar's address: one parser and one printer, round-trip tested.

use chrono::{NaiveDate, Weekday};
use social_media_planner::plan::{
    Address, CampaignChoice, CampaignId, DateRange, Dimension, EntryKey, Filter, MemberId,
    Occurrence, PillarId, PostId, PostStatus, ProfileId, SeriesId, TaskId, View, LIST_DAYS,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real day")
}

#[test]
fn an_address_with_nothing_to_say_prints_nothing() {
    assert_eq!(Address::default().to_query(), "");
    assert!(Address::default().pairs().is_empty());
    // The month view and the first page are the defaults: not printed.
    let address = Address {
        view: View::Month,
        page: Some(1),
        ..Address::default()
    };
    assert_eq!(address.to_query(), "");
    assert_eq!(Address::parse(""), Address::default());
    assert_eq!(Address::parse("?"), Address::default());
}

#[test]
fn a_full_address_prints_in_a_fixed_order_and_reads_back() {
    let address = Address {
        view: View::List,
        date: Some(day(2027, 3, 1)),
        filter: Filter {
            profile: Some(ProfileId::parse("pr-1").unwrap()),
            campaign: Some(CampaignChoice::Evergreen),
            pillar: Some(PillarId::parse("pi_2").unwrap()),
            owner: Some(MemberId::parse("m3").unwrap()),
            status: Some(PostStatus::Draft),
        },
        item: Some(EntryKey::Occurrence(Occurrence {
            series: SeriesId::parse("s1").unwrap(),
            day: day(2027, 3, 8),
        })),
        page: Some(3),
    };
    let query = address.to_query();
    assert_eq!(
        query,
        "view=list&date=2027-03-01&profile=pr-1&campaign=evergreen&pillar=pi_2&owner=m3&status=draft&item=o.s1.20270308&page=3"
    );
    assert_eq!(Address::parse(&query), address);
    assert_eq!(Address::parse(&format!("?{query}")), address);
}

#[test]
fn what_makes_no_sense_is_dropped_and_the_rest_kept() {
    let address = Address::parse(
        "view=year&date=2027-02-30&status=lost&item=x.1&page=0&campaign=c%201&profile=pr-1&utm_source=mail&&=&owner",
    );
    assert_eq!(
        address,
        Address {
            filter: Filter {
                profile: Some(ProfileId::parse("pr-1").unwrap()),
                ..Filter::default()
            },
            ..Address::default()
        }
    );
    // Escapes and form-encoding are read.
    let address = Address::parse("item=p%2Eabc&campaign=c%2D1&view=week&date=2027-03-10");
    assert_eq!(
        address.item,
        Some(EntryKey::Post(PostId::parse("abc").unwrap()))
    );
    assert_eq!(
        address.filter.campaign,
        Some(CampaignChoice::Campaign(CampaignId::parse("c-1").unwrap()))
    );
    assert_eq!(address.view, View::Week);
    // A broken escape is kept as written (and then makes no valid id).
    assert_eq!(Address::parse("owner=%zz").filter.owner, None);
}

#[test]
fn closing_the_open_entry_leaves_the_rest_of_the_address() {
    let mut address = Address::parse("date=2027-03-01&item=t.t1");
    assert_eq!(
        address.item,
        Some(EntryKey::Task(TaskId::parse("t1").unwrap()))
    );
    address.item = None;
    assert_eq!(address.to_query(), "date=2027-03-01");
    let mut bare = Address::parse("item=t.t1");
    bare.item = None;
    assert_eq!(bare.to_query(), "", "no bare `?` is left behind");
}

#[test]
fn other_filters_go_back_to_the_first_page() {
    let address = Address::parse("view=list&page=4&status=ready");
    let cleared = address.with_filter(Filter::default());
    assert_eq!(cleared.to_query(), "view=list");
}

#[test]
fn a_filter_is_set_and_read_by_its_keys() {
    let mut filter = Filter::default();
    for (dimension, key) in [
        (Dimension::Profile, "pr-1"),
        (Dimension::Campaign, "c-1"),
        (Dimension::Pillar, "pi-1"),
        (Dimension::Owner, "m-1"),
        (Dimension::Status, "scheduled"),
    ] {
        filter.set_key(dimension, Some(key));
        assert_eq!(filter.key(dimension).as_deref(), Some(key));
        filter.set_key(dimension, Some(""));
        assert_eq!(filter.key(dimension), None, "the empty choice is All");
        filter.set_key(dimension, Some("not valid!"));
        assert_eq!(filter.key(dimension), None);
    }
    filter.set_key(Dimension::Campaign, Some("evergreen"));
    assert_eq!(filter.campaign, Some(CampaignChoice::Evergreen));
    assert!(Dimension::ALL.iter().all(|d| !d.label().is_empty()));
}

#[test]
fn each_view_covers_its_days_and_moves_by_its_length() {
    let anchor = day(2027, 3, 10);
    let month = View::Month.range(anchor, Weekday::Mon);
    assert_eq!(month.start(), day(2027, 3, 1));
    assert_eq!(month.end(), day(2027, 4, 11), "six whole weeks");
    let week = View::Week.range(anchor, Weekday::Sun);
    assert_eq!(
        (week.start(), week.end()),
        (day(2027, 3, 7), day(2027, 3, 13))
    );
    let list = View::List.range(anchor, Weekday::Mon);
    assert_eq!(list, DateRange::new(anchor, day(2027, 6, 7)).unwrap());
    assert_eq!(list.days(), LIST_DAYS);

    assert_eq!(View::Month.shifted(day(2027, 1, 31), true), day(2027, 2, 1));
    assert_eq!(
        View::Month.shifted(day(2027, 3, 31), false),
        day(2027, 2, 1)
    );
    assert_eq!(View::Week.shifted(anchor, true), day(2027, 3, 17));
    assert_eq!(View::List.shifted(anchor, false), day(2026, 12, 10));
    for view in View::ALL {
        assert_eq!(View::from_key(view.key()), Some(view));
    }
}

mod round_trip {
    use super::*;
    use proptest::prelude::*;

    fn id() -> impl Strategy<Value = String> {
        "[A-Za-z0-9_-]{1,12}"
    }

    fn date() -> impl Strategy<Value = NaiveDate> {
        (0i64..20_000).prop_map(|n| day(2000, 1, 1) + chrono::Duration::days(n))
    }

    fn item() -> impl Strategy<Value = Option<EntryKey>> {
        prop_oneof![
            Just(None),
            id().prop_map(|i| Some(EntryKey::Post(PostId::parse(&i).unwrap()))),
            id().prop_map(|i| Some(EntryKey::Task(TaskId::parse(&i).unwrap()))),
            (id(), date()).prop_map(|(s, d)| Some(EntryKey::Occurrence(Occurrence {
                series: SeriesId::parse(&s).unwrap(),
                day: d,
            }))),
        ]
    }

    fn address() -> impl Strategy<Value = Address> {
        (
            prop::sample::select(View::ALL.to_vec()),
            prop::option::of(date()),
            prop::option::of(id()),
            prop::option::of(prop_oneof![Just("evergreen".to_owned()), id()]),
            prop::option::of(id()),
            prop::option::of(id()),
            prop::option::of(prop::sample::select(PostStatus::ALL.to_vec())),
            item(),
            prop::option::of(2usize..500),
        )
            .prop_map(
                |(view, date, profile, campaign, pillar, owner, status, item, page)| Address {
                    view,
                    date,
                    filter: Filter {
                        profile: profile.map(|p| ProfileId::parse(&p).unwrap()),
                        campaign: campaign.and_then(|c| CampaignChoice::from_key(&c)),
                        pillar: pillar.map(|p| PillarId::parse(&p).unwrap()),
                        owner: owner.map(|o| MemberId::parse(&o).unwrap()),
                        status,
                    },
                    item,
                    page,
                },
            )
    }

    proptest! {
        #[test]
        fn every_address_reads_back_as_printed(address in address()) {
            prop_assert_eq!(Address::parse(&address.to_query()), address);
        }

        #[test]
        fn any_text_reads_as_some_address_that_prints_stably(text in ".{0,80}") {
            let once = Address::parse(&text);
            prop_assert_eq!(Address::parse(&once.to_query()), once);
        }
    }
}
