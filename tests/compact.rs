#![cfg(not(target_arch = "wasm32"))]
//! The compact encoding plans are kept in: round trips, its fixture, damage
//! refused whole, and the room an agency's plans take.

use proptest::prelude::*;
use social_media_planner::exchange::{
    compact_envelope, decode, encode, encode_compact, encode_compact_sized, encode_pretty,
    open_stored, read_import, units_to_keep, DecodeError, Encoding, ImportError, Space,
    CAPACITY_UNITS, MAX_IMPORT_BYTES,
};

mod plans;
use plans::{busy, fixture, v4_plan};

#[test]
fn a_plan_kept_compactly_reads_back_equal() {
    let plan = busy(300, "acme");
    let compact = encode_compact(&plan).unwrap();
    let (envelope, encoding) = open_stored(&compact).unwrap();
    assert_eq!(encoding, Encoding::Compact);
    assert_eq!(envelope, encode(&plan).unwrap());
    assert_eq!(decode(&envelope).unwrap(), plan);
}

#[test]
fn a_save_written_into_the_room_of_the_last_one_is_the_same_save() {
    let plan = busy(300, "acme");
    let json = encode(&plan).unwrap();
    // Too little room, none, exactly enough and more: the value never differs,
    // and the length told is the JSON's, for the next save's room.
    for room in [0, 10, json.len(), json.len() * 2] {
        let (value, length) = encode_compact_sized(&plan, room).unwrap();
        assert_eq!(value, encode_compact(&plan).unwrap());
        assert_eq!(length, json.len());
    }
}

#[test]
fn the_compact_value_says_its_encoding_and_is_far_smaller() {
    let plan = busy(5000, "acme");
    let json = encode(&plan).unwrap();
    let compact = encode_compact(&plan).unwrap();
    assert!(compact.starts_with("smp-compact/1:"));
    let units = compact.encode_utf16().count();
    assert!(
        units * 6 < json.encode_utf16().count(),
        "{units} units against {} of JSON",
        json.len()
    );
}

#[test]
fn the_first_compact_fixture_loads_forever() {
    // The value as localStorage holds it: gloo-storage keeps text as a JSON string.
    let stored: String = serde_json::from_str(&fixture("v4-compact-1.txt")).unwrap();
    let (envelope, encoding) = open_stored(&stored).unwrap();
    assert_eq!(encoding, Encoding::Compact);
    assert_eq!(decode(&envelope).unwrap(), v4_plan());
}

#[test]
fn plain_json_saves_of_every_version_pass_through_to_the_envelope_reader() {
    for name in [
        "v1-plan.json",
        "v2-plan.json",
        "v3-plan.json",
        "v4-plan.json",
    ] {
        let text = fixture(name);
        let (envelope, encoding) = open_stored(&text).unwrap();
        assert_eq!(encoding, Encoding::PlainJson);
        assert_eq!(envelope, text);
        decode(&envelope).unwrap();
    }
}

#[test]
fn a_damaged_compact_value_is_refused_whole() {
    let compact = encode_compact(&v4_plan()).unwrap();
    let chars: Vec<char> = compact.chars().collect();
    let cut: String = chars[..chars.len() - 5].iter().collect();
    assert!(matches!(open_stored(&cut), Err(DecodeError::Damaged(_))));

    // One character of the data changed: the checksum (or the decoder) says so.
    let header = compact.rfind(':').unwrap();
    let mut flipped: Vec<char> = compact.chars().collect();
    let at = compact[..header].chars().count() + 40;
    flipped[at] = char::from_u32(u32::from(flipped[at]) ^ 1).unwrap();
    let flipped: String = flipped.into_iter().collect();
    let error = open_stored(&flipped).unwrap_err();
    assert!(matches!(error, DecodeError::Damaged(_)), "{error:?}");
    assert!(error
        .to_string()
        .starts_with("its compact encoding is damaged"));

    // The checksum itself changed.
    let mut parts: Vec<&str> = compact.splitn(5, ':').collect();
    let sum = u64::from_str_radix(parts[2], 16).unwrap() ^ 1;
    let sum = format!("{sum:016x}");
    parts[2] = &sum;
    assert_eq!(
        open_stored(&parts.join(":")).unwrap_err(),
        DecodeError::Damaged("its checksum does not match what it holds".into())
    );
    assert!(matches!(
        open_stored("smp-compact/1:12:00:3:"),
        Err(DecodeError::Damaged(_))
    ));
    assert!(matches!(
        open_stored("smp-compact/x"),
        Err(DecodeError::Damaged(_))
    ));
}

#[test]
fn a_newer_encoding_is_named_not_guessed_at() {
    let error = open_stored("smp-compact/2:10:0:5:abc").unwrap_err();
    assert_eq!(error, DecodeError::NewerEncoding { found: 2 });
    assert!(error.to_string().contains("newer version"));
}

#[test]
fn an_agencys_plans_fit_in_one_browser_with_room_to_spare() {
    let big = busy(20_000, "big");
    let mut units = encode_compact(&big).unwrap().encode_utf16().count();
    for client in 0..10 {
        units += encode_compact(&busy(2_000, &format!("client{client}")))
            .unwrap()
            .encode_utf16()
            .count();
    }
    // Every plan's JSON alone would be several times the store.
    assert!(encode(&big).unwrap().len() > CAPACITY_UNITS);
    assert!(
        units < CAPACITY_UNITS / 2,
        "{units} units of {CAPACITY_UNITS}"
    );
}

#[test]
fn a_20000_entry_plan_exported_imports_and_says_what_it_will_take() {
    let big = busy(20_000, "big");
    let file = encode_pretty(&big).unwrap();
    assert!(
        file.len() as u64 > 5 * 1024 * 1024,
        "the old limit refused it"
    );
    let plans = read_import(file.len() as u64, &file).unwrap();
    assert_eq!(plans[0].plan, big);
    let needed = units_to_keep(&plans);
    let compact = encode_compact(&big).unwrap().encode_utf16().count();
    assert!(needed > compact && needed < compact + 200);
    assert_eq!(
        Space::default().fit(needed),
        social_media_planner::exchange::Fit::Fits
    );
}

#[test]
fn a_file_the_store_could_never_hold_is_refused_unread() {
    let error = read_import(MAX_IMPORT_BYTES + 1, "").unwrap_err();
    assert!(matches!(error, ImportError::TooLarge { .. }));
    assert!(error
        .to_string()
        .contains("could not fit in this browser's storage"));
    let error = ImportError::NeverFits {
        needed: CAPACITY_UNITS + 1,
    };
    assert!(error.to_string().contains("more than the 10 MB"));
}

#[test]
fn a_value_copied_out_of_storage_imports_as_the_plan() {
    let stored = fixture("v4-compact-1.txt");
    let plans = read_import(stored.len() as u64, &stored).unwrap();
    assert_eq!(plans[0].plan, v4_plan());
    // A JSON string that is not a compact plan is not ours.
    assert_eq!(
        read_import(7, "\"hello\"").unwrap_err(),
        ImportError::NotOurs
    );
}

fn arb_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..2000),
        // Repetitive input, where matches (and overlapping ones) abound.
        (
            proptest::collection::vec(0u8..4, 1..12),
            1usize..300,
            proptest::collection::vec(any::<u8>(), 0..40)
        )
            .prop_map(|(unit, times, tail)| {
                let mut bytes = unit.repeat(times);
                bytes.extend(tail);
                bytes
            }),
    ]
}

proptest! {
    #[test]
    fn any_text_round_trips_through_the_compact_encoding(text in "\\PC{0,400}") {
        let compact = compact_envelope(&text);
        let (back, encoding) = open_stored(&compact).unwrap();
        prop_assert_eq!(encoding, Encoding::Compact);
        prop_assert_eq!(back, text);
    }

    #[test]
    fn any_bytes_round_trip_as_latin_text(bytes in arb_bytes()) {
        // Every byte as one character: the compressor sees all 256 values.
        let text: String = bytes.iter().map(|b| char::from(*b)).collect();
        let compact = compact_envelope(&text);
        let (back, _) = open_stored(&compact).unwrap();
        prop_assert_eq!(back, text);
    }

    #[test]
    fn a_changed_or_cut_compact_value_never_reads_as_something_else(
        at in 0usize..3000,
        replacement in any::<char>(),
        cut in proptest::bool::ANY,
    ) {
        let original = encode(&v4_plan()).unwrap();
        let compact = encode_compact(&v4_plan()).unwrap();
        let mut chars: Vec<char> = compact.chars().collect();
        let at = at % chars.len();
        if cut {
            chars.truncate(at);
        } else {
            chars[at] = replacement;
        }
        let damaged: String = chars.into_iter().collect();
        match open_stored(&damaged) {
            Ok((text, Encoding::Compact)) => prop_assert_eq!(text, original),
            Ok((_, Encoding::PlainJson)) => prop_assert!(!damaged.starts_with("smp-compact/")),
            Err(_) => {}
        }
    }
}
