//! The planner's stylesheet stays inside the planner: every rule of
//! `styles/app.css` is under the root class `.smp` (or is the shadow host's
//! own `:host` rule), so it styles nothing of a host page even where it is
//! loaded into the page rather than a shadow root.

const APP_CSS: &str = include_str!("../styles/app.css");

fn without_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = match rest[start + 2..].find("*/") {
            Some(end) => &rest[start + 2 + end + 2..],
            None => "",
        };
    }
    out.push_str(rest);
    out
}

/// Every rule's selector list, with the at-rules it sits in.
fn selectors(css: &str) -> Vec<(Vec<String>, String)> {
    let css = without_comments(css);
    let mut found = Vec::new();
    let mut blocks: Vec<String> = Vec::new();
    let mut prelude = String::new();
    let mut in_declarations = false;
    for c in css.chars() {
        match c {
            '{' => {
                let text = prelude.trim().to_owned();
                prelude.clear();
                if text.starts_with('@') {
                    blocks.push(text);
                } else {
                    found.push((blocks.clone(), text));
                    in_declarations = true;
                }
            }
            '}' => {
                if in_declarations {
                    in_declarations = false;
                } else {
                    blocks.pop();
                }
                prelude.clear();
            }
            ';' if !in_declarations => prelude.clear(),
            _ if !in_declarations => prelude.push(c),
            _ => {}
        }
    }
    found
}

/// A selector list split at its top-level commas (not those inside `:where(…)`).
fn split_list(list: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0usize, 0);
    for (i, c) in list.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                parts.push(list[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(list[start..].trim());
    parts
}

#[test]
fn every_rule_of_the_planner_is_under_its_root_class() {
    let rules = selectors(APP_CSS);
    assert!(
        rules.len() > 300,
        "the stylesheet was read: {} rules",
        rules.len()
    );
    for (at_rules, list) in &rules {
        if at_rules.iter().any(|a| a.starts_with("@keyframes")) {
            continue;
        }
        for selector in split_list(list) {
            assert!(
                selector.starts_with(".smp")
                    || selector == ":host"
                    || selector == ":host([hidden])",
                "`{selector}` (in {at_rules:?}) would style the host page"
            );
        }
    }
}

#[test]
fn only_container_queries_decide_the_layout() {
    // A media query on size would follow the host's window, not the planner's
    // own width; the user's wish for less motion is no layout, and paper is
    // a medium, not a width.
    for (at_rules, _) in selectors(APP_CSS) {
        for at_rule in at_rules {
            assert!(
                at_rule.starts_with("@container smp")
                    || at_rule.starts_with("@keyframes")
                    || at_rule == "@media (prefers-reduced-motion: reduce)"
                    || at_rule == "@media print",
                "{at_rule}: use a container query on the planner (`@container smp`)"
            );
        }
    }
}

#[test]
fn the_reader_finds_rules_outside_the_root_class() {
    let rules = selectors("/* a { } */ .smp a { color: red } @container smp (max-width: 1px) { body, .smp p { margin: 0 } }");
    let lists: Vec<&str> = rules.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(lists, [".smp a", "body, .smp p"]);
    assert_eq!(rules[1].0, ["@container smp (max-width: 1px)"]);
    assert_eq!(
        split_list(".smp :where(h1, h2), p"),
        [".smp :where(h1, h2)", "p"]
    );
}

/// The lines of `css` that hold a colour literal (`#…`, `rgb(…)`, `rgba(…)`,
/// `hsl(…)`), the comments left out.
fn colour_literals(css: &str) -> Vec<String> {
    let css = without_comments(css);
    let mut found = Vec::new();
    for line in css.lines() {
        let bytes = line.as_bytes();
        let mut has_one = false;
        for (i, _) in line.match_indices('#') {
            let digits = bytes[i + 1..]
                .iter()
                .take_while(|b| b.is_ascii_hexdigit())
                .count();
            let word_goes_on = bytes
                .get(i + 1 + digits)
                .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_');
            if (3..=8).contains(&digits) && !word_goes_on {
                has_one = true;
            }
        }
        if has_one
            || ["rgb(", "rgba(", "hsl(", "hsla("]
                .iter()
                .any(|f| line.contains(f))
        {
            found.push(line.trim().to_owned());
        }
    }
    found
}

#[test]
fn colours_are_named_once_among_the_design_tokens() {
    // The tokens are the root's first rule, up to its last declaration; every
    // rule after draws its colours from them, so a theme is changed in one
    // place.
    let end = APP_CSS
        .find("-webkit-font-smoothing: antialiased;\n}")
        .expect("the root rule, which holds the tokens");
    let (tokens, rules) = APP_CSS.split_at(end);
    assert!(colour_literals(tokens).len() > 40, "the tokens were read");
    assert_eq!(colour_literals(rules), Vec::<String>::new());
}

#[test]
fn the_reader_finds_colour_literals_and_not_ids() {
    let css = "/* #fff */ .smp a { color: #fff; } .smp #add-1 { fill: #12345678 }\n.smp b { background: rgba(0, 0, 0, 0.1) }";
    assert_eq!(
        colour_literals(css),
        [
            ".smp a { color: #fff; } .smp #add-1 { fill: #12345678 }",
            ".smp b { background: rgba(0, 0, 0, 0.1) }"
        ]
    );
}
