//! Reading marketers' words: vanity metrics, and purposes stated in a profile's mission.
//!
//! Both readers work on lowercased word stems rather than substrings, so that
//! "Sign-Ups", "signups" and "sign ups" read alike, and a word buried inside
//! another ("fan" in "fantastic") never counts. Context rules look at the
//! neighbouring words only: marketers' phrases are short, and a window of a
//! few words separates "reach 50 stockists" from "monthly reach" well enough
//! without a grammar.

use super::profile::PrimaryPurpose;
use super::words;

/// Outcomes a business is run by. Naming any of them makes a metric a business
/// metric even when a vanity word rides along ("revenue from fans").
/// Entries are stems (see [`stem`]), so plurals match.
const OUTCOMES: &str = "\
    sale sold revenue income turnover profit margin roi lead signup registration deal \
    contract order purchase purchaser booking booked reservation appointment hire hiring \
    recruit recruitment applicant application candidate vacancy retention churn renewal \
    conversion convert converted donation donor fundraising attendance attendee ticket \
    trial demo quote referral subscription enquiry inquiry download install stockist \
    distributor retailer reseller wholesale acquisition complaint resolution resolved \
    footfall upsell enrolment enrollment cpa cac ltv aov mrr";

/// Targeted responses: not business yet, but not vanity either, because
/// someone acted in a way that can lead to business.
const RESPONSES: &str = "traffic visit visitor click clickthrough ctr pageview";

/// People a business serves. Counting them is an outcome ("new customers"),
/// but they also qualify vanity words ("customer engagement").
const CLIENTELE: &str = "customer client buyer shopper patient";

/// Words before "views"/"visits" that make them visits to one's own site.
const SITE: &str = "\
    page website site web webpage homepage landing blog store shop webshop product";

/// What "reach <number> ..." can still count and remain a head count.
const PEOPLE: &str = "\
    people person user account viewer audience eyeball household reader consumer";

/// Words allowed between "reach" and its number ("reach up to 500 people").
const FILLERS: &str = "\
    a an over about around nearly almost at least more than some roughly up to new another \
    extra";

const NUMBER_WORDS: &str = "\
    one two three four five six seven eight nine ten twenty fifty hundred thousand million \
    billion dozen k m";

/// Qualifiers that turn subscribers into paying customers or an owned mailing list.
const OWNED_SUBSCRIBERS: &str = "paid paying premium newsletter email mailing list";

/// Things one builds, grows or shows about a brand.
const BRAND_ASPECTS: &str = "\
    image building builder personality identity awareness recognition presence voice story \
    value equity loyalty profile visibility reputation";

const BRAND_VERBS: &str = "\
    build building grow growing strengthen strengthening raise raising boost boosting \
    establish establishing shape shaping elevate elevating showcase showcasing promote \
    promoting promotion express expressing humanise humanize humanising humanizing define \
    defining amplify amplifying position positioning reinforce reinforcing represent \
    representing";

/// Words that make "product"/"range" an announcement rather than a topic
/// ("tips on using our products" is teaching, "our new range" is selling).
const SHOWING: &str = "\
    showcase showcasing feature featuring highlight highlighting new latest advertise \
    advertising";
const PRODUCT_NEWS: &str = "launch launche announcement release drop new";

/// A subject or auxiliary just before "offer" makes it the verb ("we offer
/// tips"), not the offers on sale.
const OFFERERS: &str = "\
    we it that which who they to also i you he she this can will";

/// Things people need help with, as opposed to help growing something.
const TROUBLES: &str = "\
    question query enquiry inquiry problem issue complaint fault order delivery return \
    refund account booking billing bug error ticket request dm message";
const SERVED: &str = "\
    customer client user shopper buyer owner member patient guest";
const SUPPORT_KINDS: &str = "\
    customer client tech technical product provide providing offer offering live friendly \
    fast dedicated quick";
const SUPPORT_THINGS: &str = "\
    account team desk ticket request query question channel line hour service issue inbox \
    handle chat centre center";

/// Audiences one already has a relationship with, for "updates"/"news".
const RELATIONS: &str = "\
    customer client member account subscriber patient user partner investor stakeholder \
    tenant parent";
const KEPT: &str = "informed updated posted loop touch";
const TELLING: &str = "\
    update updated announcement communicate communicating communication inform informing \
    notify notifying notification newsletter";

/// Whether `c` belongs to a word: an ASCII letter or digit, or any letter
/// beyond ASCII ("é", "ß", "中"). Spaces, punctuation and symbols beyond
/// ASCII (quotes, dashes, the no-break space, emoji) part words. Worked out
/// from ranges rather than Unicode's tables, which would weigh on the wasm.
pub fn is_word_char(c: char) -> bool {
    match c as u32 {
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        // Latin-1 signs and punctuation, × and ÷.
        0x80..=0xBF | 0xD7 | 0xF7 => false,
        // Spaces, dashes, quotes and other general punctuation; currency,
        // letter-like symbols, arrows, maths, boxes, shapes and dingbats.
        0x2000..=0x2BFF => false,
        // CJK and full-width punctuation.
        0x3000..=0x303F | 0xFF00..=0xFF0F => false,
        // Emoji, pictographs, variation selectors and joiners.
        0x1F000..=0x1FAFF | 0xFE00..=0xFE0F | 0xFEFF => false,
        _ => true,
    }
}

/// A text as lowercased words, each with a crude stem so plurals match.
struct Words {
    raw: Vec<String>,
    stems: Vec<String>,
}

impl Words {
    fn new(text: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let mut raw = Vec::new();
        let mut word = String::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if is_word_char(c) {
                word.push(c.to_ascii_lowercase());
            } else {
                if !word.is_empty() {
                    raw.push(std::mem::take(&mut word));
                }
                // A possessive's "s" would otherwise stand as a word of its own.
                let possessive = matches!(c, '\'' | '\u{2019}')
                    && matches!(chars.get(i + 1), Some('s' | 'S'))
                    && !chars.get(i + 2).is_some_and(|c| is_word_char(*c));
                if possessive {
                    i += 1;
                }
            }
            i += 1;
        }
        if !word.is_empty() {
            raw.push(word);
        }
        let stems = raw.iter().map(|w| stem(w)).collect();
        Words { raw, stems }
    }

    fn len(&self) -> usize {
        self.stems.len()
    }

    /// Out-of-range positions read as "", which is never [`listed`].
    fn raw(&self, i: usize) -> &str {
        self.raw.get(i).map_or("", String::as_str)
    }

    fn at(&self, i: usize) -> &str {
        self.stems.get(i).map_or("", String::as_str)
    }

    fn next(&self, i: usize, k: usize) -> &str {
        self.at(i.saturating_add(k))
    }

    fn prev(&self, i: usize, k: usize) -> &str {
        i.checked_sub(k).map_or("", |j| self.at(j))
    }

    /// Whether a word up to `before` words before or `after` words after `i` is in `list`.
    fn near(&self, i: usize, before: usize, after: usize, list: &str) -> bool {
        (1..=before).any(|k| listed(list, self.prev(i, k)))
            || (1..=after).any(|k| listed(list, self.next(i, k)))
    }
}

/// Folds plurals onto singulars. Crude on purpose: every word list here holds
/// stems, and a test checks they are fixed points, so the crudeness is consistent.
fn stem(word: &str) -> String {
    let long = word.chars().count();
    if let Some(base) = word.strip_suffix("ies").filter(|_| long > 4) {
        return format!("{base}y");
    }
    // "awareness", "bonus" and "analysis" are not plurals.
    let plural = long >= 3 && !["ss", "us", "is"].iter().any(|end| word.ends_with(end));
    if let Some(base) = word.strip_suffix('s').filter(|_| plural) {
        return base.to_string();
    }
    word.to_string()
}

/// Whether `word` is one of the space-separated words in `list`. Lists are
/// kept as plain strings so that they read (and format) as prose.
fn listed(list: &str, word: &str) -> bool {
    !word.is_empty() && list.split_whitespace().any(|entry| entry == word)
}

fn is_number(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_ascii_digit()) || listed(NUMBER_WORDS, word)
}

/// The vanity measure a text counts, when that is all it counts; `None` when the
/// text names a business outcome or no vanity measure at all.
pub fn vanity_measure(text: &str) -> Option<&'static str> {
    let words = Words::new(text);
    // Any business outcome or targeted response means the text is not only vanity.
    if (0..words.len()).any(|i| counts_business(&words, i)) {
        return None;
    }
    (0..words.len()).find_map(|i| vanity_at(&words, i))
}

/// The measure of brand awareness a text names that is read off the
/// platforms, where the tool that measures is not the tool that generates: a
/// brand survey or brand lift, branded search, direct traffic, share of voice.
/// `None` when it names none of them (a follower count stays vanity).
pub fn brand_measure(text: &str) -> Option<&'static str> {
    let words = Words::new(text);
    (0..words.len()).find_map(|i| {
        let (s, prev) = (words.at(i), words.prev(i, 1));
        Some(match s {
            "survey" | "poll" => "a brand survey",
            "lift" if prev == "brand" => "brand lift",
            "search" | "searche" if matches!(prev, "brand" | "branded" | "name") => {
                "branded search"
            }
            "traffic" | "visit" | "visitor" if prev == "direct" => "direct traffic",
            "voice" if prev == "of" && words.prev(i, 2) == "share" => "share of voice",
            "sov" => "share of voice",
            _ => return None,
        })
    })
}

/// Whether the word at `i` names a business outcome or a targeted response.
fn counts_business(w: &Words, i: usize) -> bool {
    let (s, prev, next) = (w.at(i), w.prev(i, 1), w.next(i, 1));
    match s {
        "order" => !(prev == "in" && next == "to"),
        "deal" => !matches!(next, "of" | "with"),
        "profit" => !matches!(prev, "non" | "for"),
        "quote" => !matches!(next, "tweet" | "retweet"),
        // Singular "lead" is usually the verb ("lead the conversation").
        "lead" => {
            w.raw(i) == "leads"
                || !matches!(
                    next,
                    "the" | "a" | "an" | "our" | "to" | "in" | "by" | "with" | "on" | "us" | "way"
                )
        }
        "visit" | "visitor" => prev != "profile",
        "engagement" => matches!(prev, "employee" | "staff" | "workforce"),
        "share" => prev == "market" || (next == "of" && w.next(i, 2) == "wallet"),
        "sign" => next == "up",
        "cost" => next == "per",
        "lifetime" => next == "value",
        "subscriber" => listed(OWNED_SUBSCRIBERS, prev),
        "view" => view_of_own_site(w, i),
        // People are counted in the plural ("new customers"); the singular
        // mostly qualifies another noun ("customer engagement", "customer
        // reviews"), and "likes from customers" still counts likes.
        _ if listed(CLIENTELE, s) => {
            let counted = w.raw(i) != s
                || matches!(next, "" | "count" | "base" | "growth" | "number")
                || matches!(prev, "per" | "new" | "each" | "every" | "first");
            counted
                && !w.near(i, 3, 0, "from among amongst by with across")
                && vanity_at(w, i + 1).is_none()
        }
        _ => listed(OUTCOMES, s) || listed(RESPONSES, s),
    }
}

/// "page views", "views of our website": visits, not post views.
fn view_of_own_site(w: &Words, i: usize) -> bool {
    listed(SITE, w.prev(i, 1))
        || (matches!(w.next(i, 1), "of" | "on" | "to")
            && (2..=4).any(|k| listed(SITE, w.next(i, k))))
}

/// Whether "reach" at `i` is the verb aiming at a target ("reach 50 stockists")
/// rather than the measure ("monthly reach").
fn reach_aims_at_target(w: &Words, i: usize) -> bool {
    if w.next(i, 1) == "out" {
        return true;
    }
    let mut k = 1;
    while listed(FILLERS, w.next(i, k)) {
        k += 1;
    }
    if !is_number(w.next(i, k)) {
        return false;
    }
    while is_number(w.next(i, k)) || listed(FILLERS, w.next(i, k)) {
        k += 1;
    }
    // "reach 1 million people" is still a head count.
    !listed(PEOPLE, w.next(i, k))
}

/// The canonical vanity label for the word (or phrase starting) at `i`.
fn vanity_at(w: &Words, i: usize) -> Option<&'static str> {
    let (raw, s, prev, next) = (w.raw(i), w.at(i), w.prev(i, 1), w.next(i, 1));
    // Singular "like", "share", "mention" are mostly verbs or prepositions;
    // followed by "count" or "rate" they name the measure.
    let tally = matches!(next, "count" | "rate");
    Some(match s {
        "follower" => words!("followers"),
        "follow" if raw == "follows" => words!("followers"),
        "following"
            if matches!(
                prev,
                "our" | "a" | "loyal" | "social" | "online" | "bigger" | "larger"
            ) =>
        {
            words!("followers")
        }
        "audience" if matches!(next, "size" | "growth") => words!("followers"),
        "fan" | "fanbase" => words!("fans"),
        "subscriber" if !listed(OWNED_SUBSCRIBERS, prev) => words!("subscribers"),
        "like" if raw == "likes" || tally => words!("likes"),
        "reaction" => words!("likes"),
        "impression" | "eyeball" => words!("impressions"),
        "reach" if !reach_aims_at_target(w, i) => words!("reach"),
        "reached" if listed(PEOPLE, prev) => words!("reach"),
        "engagement" if !matches!(prev, "employee" | "staff" | "workforce") => words!("engagement"),
        "interaction" => words!("engagement"),
        "comment" if raw == "comments" || tally => words!("engagement"),
        "awareness" => words!("awareness"),
        "recall" if matches!(prev, "aided" | "unaided" | "brand" | "ad") => words!("awareness"),
        "recognition" if matches!(prev, "brand" | "name") => words!("awareness"),
        "reputation" => words!("reputation"),
        "sentiment" => words!("sentiment"),
        "sov" => words!("share of voice"),
        "share" if next == "of" && w.next(i, 2) == "voice" => words!("share of voice"),
        "share" if (raw == "shares" && prev != "market") || tally => words!("shares"),
        "retweet" | "repost" | "regram" if raw.ends_with('s') || tally => words!("shares"),
        "quote" if matches!(next, "tweet" | "retweet") => words!("shares"),
        "mention" if raw == "mentions" || tally => words!("mentions"),
        "view" if (raw == "views" || tally) && !view_of_own_site(w, i) => words!("views"),
        "viewer" | "viewership" => words!("views"),
        "watch" if next == "time" => words!("views"),
        "hashtag" if matches!(next, "use" | "usage" | "count" | "volume") => words!("hashtag uses"),
        "viral" | "virality" => words!("virality"),
        "buzz" => words!("buzz"),
        "popularity" => words!("popularity"),
        "visibility" | "exposure" => words!("visibility"),
        "profile" if matches!(next, "visit" | "view" | "visitor") => words!("profile visits"),
        _ => return None,
    })
}

/// Every distinct primary purpose a profile's mission sentence states, in the
/// order first stated. More than one means the profile is trying to do two jobs.
pub fn purposes_stated(text: &str) -> Vec<PrimaryPurpose> {
    let words = Words::new(text);
    let mut found = Vec::new();
    for i in 0..words.len() {
        for purpose in PrimaryPurpose::ALL {
            if !found.contains(&purpose) && states(&words, i, purpose) {
                found.push(purpose);
            }
        }
    }
    found
}

/// Whether the word at `i`, read with its neighbours, states `purpose`.
fn states(w: &Words, i: usize, purpose: PrimaryPurpose) -> bool {
    let (s, prev, next) = (w.at(i), w.prev(i, 1), w.next(i, 1));
    match purpose {
        PrimaryPurpose::Branding => match s {
            "branding" | "rebrand" | "rebranding" | "awareness" | "reputation" | "personality" => {
                true
            }
            // "brand new" describes a product, not the brand.
            "brand" => {
                next != "new" && (listed(BRAND_ASPECTS, next) || w.near(i, 3, 0, BRAND_VERBS))
            }
            "image" => matches!(prev, "our" | "public" | "company" | "brand"),
            _ => false,
        },
        PrimaryPurpose::PromotingProducts => match s {
            "sell" | "selling" | "sold" | "buy" | "discount" | "coupon" | "voucher" | "promo"
            | "advertise" | "advertising" | "launch" | "launche" | "launching" | "launched" => true,
            "sale" => prev != "after",
            "deal" => next != "with",
            // Promoting the brand itself is branding, not selling.
            "promote" | "promoting" | "promotion" | "promotional" => {
                !(1..=3).any(|k| w.next(i, k) == "brand" && w.next(i, k + 1) != "new")
            }
            "offer" => !listed(OFFERERS, prev),
            "product" | "range" | "collection" => {
                listed(PRODUCT_NEWS, next) || w.near(i, 3, 0, SHOWING)
            }
            _ => false,
        },
        PrimaryPurpose::Educating => match s {
            "educate" | "educating" | "education" | "educational" | "teach" | "teache"
            | "teaching" | "tip" | "tutorial" | "guide" | "explain" | "explaining"
            | "explainer" | "lesson" | "learn" | "learning" | "masterclass" | "walkthrough"
            | "advice" | "howto" => true,
            "how" => next == "to",
            _ => false,
        },
        PrimaryPurpose::DrivingTraffic => match s {
            "traffic" | "visit" | "visitor" | "click" | "clickthrough" => true,
            "website" | "site" | "blog" | "webshop" | "webpage" | "landing" => {
                w.near(i, 3, 0, "to onto drive send bring direct point")
            }
            _ => false,
        },
        PrimaryPurpose::CustomerService => match s {
            "complaint" | "troubleshoot" | "troubleshooting" | "helpdesk" | "aftercare"
            | "refund" => true,
            "after" => next == "sale",
            "service" | "care" => listed(CLIENTELE, prev),
            "support" => listed(SUPPORT_KINDS, prev) || listed(SUPPORT_THINGS, next),
            // "help customers", "help with orders" -- not "helps us grow the brand".
            "help" | "helping" => {
                listed(SERVED, next)
                    || matches!(next, "desk" | "centre" | "center" | "line")
                    || (next == "with" && w.near(i, 0, 4, TROUBLES))
            }
            "answer" | "answering" | "answered" => w.near(i, 3, 3, TROUBLES),
            "fix" | "fixing" | "resolve" | "resolving" | "solve" | "solving" | "sort"
            | "sorting" | "handle" | "handling" => w.near(i, 0, 3, TROUBLES),
            _ => false,
        },
        PrimaryPurpose::CommunicatingWithClients => match s {
            "keep" | "keeping" => w.near(i, 0, 5, KEPT),
            "stay" => next == "in" && w.next(i, 2) == "touch",
            "talk" | "talking" => matches!(next, "to" | "with") && w.near(i, 0, 4, RELATIONS),
            // "news" stems to "new", so it is matched on the raw word.
            _ if listed(TELLING, s) || w.raw(i) == "news" => w.near(i, 3, 3, RELATIONS),
            _ => false,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::PrimaryPurpose::*;
    use super::*;

    #[test]
    fn words_are_letters_and_digits_in_any_script_parted_by_anything_else() {
        for c in ['a', 'Z', '7', 'é', 'ß', 'ø', 'ł', 'й', 'ع', '中', 'ñ'] {
            assert!(is_word_char(c), "{c}");
        }
        for c in [
            ' ', '-', '“', '”', '’', '—', '\u{a0}', '€', '…', '🍞', '×', '\u{200d}', '、', '!',
        ] {
            assert!(!is_word_char(c), "{c:?}");
        }
        // Quoted and accented words read as words.
        assert_eq!(
            vanity_measure("“Followers” on Instagram"),
            vanity_measure("followers on Instagram")
        );
        assert_eq!(Words::new("abonnés — cafés").raw, ["abonnés", "cafés"]);
    }

    /// Checks every phrasing and names each one that reads wrongly.
    fn check_vanity(cases: &[(&str, Option<&str>)]) {
        let wrong: Vec<String> = cases
            .iter()
            .filter(|(text, want)| vanity_measure(text) != *want)
            .map(|(text, want)| format!("{text:?}: want {want:?}, got {:?}", vanity_measure(text)))
            .collect();
        assert!(wrong.is_empty(), "misread phrasings:\n{}", wrong.join("\n"));
    }

    fn check_purposes(cases: &[(&str, &[PrimaryPurpose])]) {
        let wrong: Vec<String> = cases
            .iter()
            .filter(|(text, want)| purposes_stated(text) != *want)
            .map(|(text, want)| format!("{text:?}: want {want:?}, got {:?}", purposes_stated(text)))
            .collect();
        assert!(wrong.is_empty(), "misread missions:\n{}", wrong.join("\n"));
    }

    #[test]
    fn bare_vanity_words_are_named_by_their_family_label() {
        check_vanity(&[
            ("followers", Some("followers")),
            ("follower count", Some("followers")),
            ("new follows", Some("followers")),
            ("grow our following", Some("followers")),
            ("audience size", Some("followers")),
            ("fans", Some("fans")),
            ("Facebook fans", Some("fans")),
            ("YouTube subscribers", Some("subscribers")),
            ("likes", Some("likes")),
            ("page likes", Some("likes")),
            ("like count", Some("likes")),
            ("reactions", Some("likes")),
            ("impressions", Some("impressions")),
            ("10,000 impressions per month", Some("impressions")),
            ("engagement", Some("engagement")),
            ("engagement rate", Some("engagement")),
            ("post engagement", Some("engagement")),
            ("comments per post", Some("engagement")),
            ("awareness", Some("awareness")),
            ("brand awareness", Some("awareness")),
            ("aided recall", Some("awareness")),
            ("brand reputation", Some("reputation")),
            ("reputation score", Some("reputation")),
            ("brand sentiment", Some("sentiment")),
            ("share of voice", Some("share of voice")),
            ("shares", Some("shares")),
            ("retweets", Some("shares")),
            ("quote tweets", Some("shares")),
            ("mentions", Some("mentions")),
            ("@mentions of the brand", Some("mentions")),
            ("video views", Some("views")),
            ("views of posts", Some("views")),
            ("hashtag uses", Some("hashtag uses")),
            ("virality", Some("virality")),
            ("going viral", Some("virality")),
            ("buzz", Some("buzz")),
            ("popularity", Some("popularity")),
            ("visibility", Some("visibility")),
            ("profile visits", Some("profile visits")),
        ]);
    }

    #[test]
    fn followers_inside_sales_to_newsletter_followers_is_not_vanity() {
        assert_eq!(vanity_measure("sales to followers of our newsletter"), None);
    }

    #[test]
    fn a_business_outcome_beside_a_vanity_word_makes_the_metric_business() {
        check_vanity(&[
            ("follower-to-customer conversion rate", None),
            ("leads from Instagram followers", None),
            ("revenue from fans", None),
            ("likes, shares and sales", None),
            ("sign-ups from followers", None),
            ("impressions per booking", None),
            ("Instagram followers who become customers", None),
            ("new customers from our fans", None),
            ("engagement that converts", None),
        ]);
    }

    #[test]
    fn business_outcomes_alone_are_not_vanity() {
        let outcomes = [
            "signed wholesale deals",
            "hires",
            "qualified leads",
            "orders",
            "revenue",
            "sales",
            "Sign Ups",
            "signups",
            "sign-ups",
            "registrations",
            "contracts",
            "purchases",
            "bookings",
            "customers",
            "clients",
            "hiring",
            "recruits",
            "applications",
            "applicants",
            "candidates",
            "retention",
            "churn",
            "conversions",
            "donations",
            "attendance",
            "attendees",
            "tickets sold",
            "free trials",
            "demos",
            "meetings booked",
            "quotes",
            "referrals",
            "profit",
            "margin",
            "subscriptions",
            "paid subscribers",
            "market share",
            "enquiries",
            "inquiries",
            "downloads",
            "installs",
            "stockists",
            "distributors",
            "resolution time",
            "tickets resolved",
            "complaints resolved",
            "cost per acquisition",
            "average order value",
            "customer lifetime value",
        ];
        let alone: Vec<(&str, Option<&str>)> = outcomes.iter().map(|o| (*o, None)).collect();
        check_vanity(&alone);
        // And a vanity word beside each does not change that.
        let mixed: Vec<String> = outcomes.iter().map(|o| format!("Likes and {o}")).collect();
        let mixed: Vec<(&str, Option<&str>)> = mixed.iter().map(|m| (m.as_str(), None)).collect();
        check_vanity(&mixed);
    }

    #[test]
    fn market_share_and_share_of_wallet_are_business_but_shares_and_share_of_voice_are_vanity() {
        check_vanity(&[
            ("market share", None),
            ("share of wallet", None),
            ("Share of wallet among followers", None),
            ("social shares", Some("shares")),
            ("Share Of Voice", Some("share of voice")),
            ("we share tips", None),
        ]);
    }

    #[test]
    fn reach_as_a_verb_aimed_at_a_number_or_business_thing_is_not_a_measure() {
        check_vanity(&[
            ("reach 50 signed deals", None),
            ("reach 20 new stockists", None),
            ("Reach 10,000", None),
            ("reach out to customers", None),
            ("reach", Some("reach")),
            ("Reach among HR directors", Some("reach")),
            ("monthly reach", Some("reach")),
            ("accounts reached", Some("reach")),
            ("people reached", Some("reach")),
            ("reach 1 million people", Some("reach")),
            ("reach up to 500 new users", Some("reach")),
            ("reach 10,000 followers", Some("followers")),
        ]);
    }

    #[test]
    fn like_as_a_preposition_or_verb_is_not_a_measure() {
        check_vanity(&[
            ("metrics like sales", None),
            ("metrics like reach", Some("reach")),
            ("people we like", None),
            ("Likes", Some("likes")),
        ]);
    }

    #[test]
    fn employee_engagement_is_an_hr_outcome_but_customer_engagement_is_vanity() {
        check_vanity(&[
            ("employee engagement", None),
            ("staff engagement score", None),
            ("customer engagement", Some("engagement")),
            ("client sentiment", Some("sentiment")),
            ("likes from customers", Some("likes")),
            ("engagement with clients", Some("engagement")),
            (
                "brand awareness among potential customers",
                Some("awareness"),
            ),
            ("sentiment of customer reviews", Some("sentiment")),
            ("customer count", None),
            ("revenue per customer", None),
        ]);
    }

    #[test]
    fn visits_to_ones_own_site_are_a_targeted_response_not_vanity() {
        check_vanity(&[
            ("page views", None),
            ("website visits", None),
            ("traffic to the website", None),
            ("views of our website", None),
            ("link clicks", None),
            ("newsletter subscribers", None),
            ("video views and page views", None),
            ("profile views", Some("profile visits")),
        ]);
    }

    #[test]
    fn words_that_look_like_business_terms_in_other_senses_do_not_hide_vanity() {
        check_vanity(&[
            ("likes, in order to look popular", Some("likes")),
            ("followers for our non-profit", Some("followers")),
            ("a great deal of engagement", Some("engagement")),
            (
                "impressions that lead the conversation",
                Some("impressions"),
            ),
        ]);
    }

    #[test]
    fn case_punctuation_hyphens_and_possessives_do_not_break_matching() {
        check_vanity(&[
            ("FOLLOWERS!!!", Some("followers")),
            ("Followers.", Some("followers")),
            ("(fans)", Some("fans")),
            ("our brand's visibility", Some("visibility")),
            ("our followers' growth", Some("followers")),
            ("the brand\u{2019}s reputation", Some("reputation")),
            ("ENGAGEMENT-RATE", Some("engagement")),
            ("SIGN-UPS from fans", None),
            ("Impressions;reach;likes", Some("impressions")),
        ]);
    }

    #[test]
    fn emoji_and_non_latin_text_are_read_around_without_panicking() {
        check_vanity(&[
            ("\u{1F4C8} More likes!! \u{1F389}", Some("likes")),
            ("\u{1F525}\u{1F525}\u{1F525}", None),
            ("Abonnés et ventes", None),
            ("İmpressions", None),
            ("粉丝 followers 粉丝", Some("followers")),
            ("ventas 💰 sales", None),
        ]);
    }

    #[test]
    fn empty_or_whitespace_text_counts_nothing() {
        check_vanity(&[("", None), ("   \t\n ", None), ("---", None)]);
    }

    #[test]
    fn words_containing_vanity_words_do_not_count() {
        check_vanity(&[
            ("fantastic coffee", None),
            ("likeable staff", None),
            ("a fansite", None),
            ("preview", None),
        ]);
    }

    #[test]
    fn the_first_vanity_measure_named_is_the_one_returned() {
        check_vanity(&[
            ("likes and followers", Some("likes")),
            ("followers and likes", Some("followers")),
        ]);
    }

    #[test]
    fn very_long_text_is_read_whole() {
        let likes = "likes ".repeat(1700);
        assert!(likes.len() >= 10_000);
        assert_eq!(vanity_measure(&likes), Some("likes"));
        let with_sales_at_the_end = format!("{}sales", "followers ".repeat(1000));
        assert!(with_sales_at_the_end.len() >= 10_000);
        assert_eq!(vanity_measure(&with_sales_at_the_end), None);
        assert_eq!(vanity_measure(&"x".repeat(10_000)), None);
        assert_eq!(vanity_measure(&"é".repeat(10_000)), None);
    }

    #[test]
    fn the_brief_examples_of_purposes_read_as_given() {
        check_purposes(&[
            (
                "Our support account: we answer questions and fix problems fast",
                &[CustomerService],
            ),
            (
                "Share baking tips and sell our new sourdough range",
                &[Educating, PromotingProducts],
            ),
            ("Tips and tutorials for new owners", &[Educating]),
            (
                "Build the brand and drive traffic to the blog",
                &[Branding, DrivingTraffic],
            ),
            ("", &[]),
            ("Where Olivia reads long-form", &[]),
        ]);
    }

    #[test]
    fn each_purpose_is_recognised_in_its_usual_phrasings() {
        check_purposes(&[
            ("Branding", &[Branding]),
            ("Shape our brand personality", &[Branding]),
            ("Raise awareness of the brand", &[Branding]),
            ("Promote our products", &[PromotingProducts]),
            (
                "Product announcements and special offers",
                &[PromotingProducts],
            ),
            ("Weekly deals and discounts", &[PromotingProducts]),
            ("How-to guides for beginners", &[Educating]),
            ("We explain tax law", &[Educating]),
            ("Get people to our website", &[DrivingTraffic]),
            ("Clicks to the site", &[DrivingTraffic]),
            ("CUSTOMER SERVICE", &[CustomerService]),
            ("Help desk for shoppers", &[CustomerService]),
            ("Help with orders and returns", &[CustomerService]),
            ("Troubleshooting for the app", &[CustomerService]),
            ("Keep clients informed", &[CommunicatingWithClients]),
            ("Account updates", &[CommunicatingWithClients]),
            ("News for our clients", &[CommunicatingWithClients]),
            ("Communicate with customers", &[CommunicatingWithClients]),
            (
                "Keep our customers in the loop",
                &[CommunicatingWithClients],
            ),
            ("Announcements to customers", &[CommunicatingWithClients]),
        ]);
    }

    #[test]
    fn one_purpose_phrased_several_ways_comes_out_once() {
        check_purposes(&[
            ("Branding, branding, BRANDING", &[Branding]),
            (
                "Sell, sell, sell: sales and promotions",
                &[PromotingProducts],
            ),
            (
                "Support account: we answer questions, fix problems and handle complaints",
                &[CustomerService],
            ),
            ("Tips, tutorials, guides and how-tos", &[Educating]),
        ]);
    }

    #[test]
    fn purposes_come_out_in_the_order_first_stated() {
        check_purposes(&[
            (
                "Clicks to the site and brand personality",
                &[DrivingTraffic, Branding],
            ),
            (
                "Educate customers, answer their questions and share our latest deals",
                &[Educating, CustomerService, PromotingProducts],
            ),
            (
                "Sell our range, then teach",
                &[PromotingProducts, Educating],
            ),
        ]);
    }

    #[test]
    fn help_counts_as_service_only_in_a_service_sense() {
        check_purposes(&[
            ("Content that helps us grow the brand", &[Branding]),
            ("Help customers get set up", &[CustomerService]),
            ("Help with your brand story", &[Branding]),
        ]);
    }

    #[test]
    fn look_alike_words_do_not_state_extra_purposes() {
        check_purposes(&[
            ("Our brand new range is on sale", &[PromotingProducts]),
            ("Promote our brand", &[Branding]),
            ("Tips on using our products", &[Educating]),
            ("We offer tips on composting", &[Educating]),
            ("Deal with complaints quickly", &[CustomerService]),
            ("We support local makers", &[]),
            ("After-sales support", &[CustomerService]),
        ]);
    }

    #[test]
    fn purposes_survive_emoji_case_and_punctuation() {
        check_purposes(&[
            ("\u{1F35E} BAKING TIPS \u{1F35E}", &[Educating]),
            ("drive-traffic!!! to our web-shop", &[DrivingTraffic]),
            ("   ", &[]),
        ]);
    }

    #[test]
    fn every_word_list_holds_stems_so_plurals_can_match() {
        let lists = [
            OUTCOMES,
            RESPONSES,
            CLIENTELE,
            SITE,
            PEOPLE,
            FILLERS,
            NUMBER_WORDS,
            OWNED_SUBSCRIBERS,
            BRAND_ASPECTS,
            BRAND_VERBS,
            SHOWING,
            PRODUCT_NEWS,
            OFFERERS,
            TROUBLES,
            SERVED,
            SUPPORT_KINDS,
            SUPPORT_THINGS,
            RELATIONS,
            KEPT,
            TELLING,
        ];
        for word in lists.iter().flat_map(|list| list.split_whitespace()) {
            assert_eq!(stem(word), word, "{word:?} is not a stem");
        }
    }

    #[test]
    fn brand_measures_off_the_platform_are_named_and_platform_counts_are_not() {
        for (text, want) in [
            ("Brand-lift survey score", "brand lift"),
            ("brand lift among café owners", "brand lift"),
            ("Branded searches for Hearth & Crumb", "branded search"),
            ("direct traffic to the shop's site", "direct traffic"),
            ("Share of voice against the two chains", "share of voice"),
            ("SOV in local press", "share of voice"),
            ("aided recall in our yearly poll", "a brand survey"),
        ] {
            assert_eq!(brand_measure(text), Some(want), "{text}");
        }
        for text in [
            "Instagram followers",
            "likes",
            "reach",
            "traffic from Instagram",
            "voice and tone",
            "brand awareness",
            "",
        ] {
            assert_eq!(brand_measure(text), None, "{text}");
        }
    }

    #[test]
    fn stemming_folds_plurals_without_touching_non_plurals() {
        for (word, want) in [
            ("followers", "follower"),
            ("enquiries", "enquiry"),
            ("ups", "up"),
            ("awareness", "awareness"),
            ("bonus", "bonus"),
            ("analysis", "analysis"),
            ("us", "us"),
            ("ties", "tie"),
            ("éclairs", "éclair"),
        ] {
            assert_eq!(stem(word), want, "stem of {word:?}");
        }
    }

    /// A deterministic stream of awkward text: multibyte letters, combining
    /// marks, emoji, apostrophes right before the end, and real vocabulary.
    fn awkward_strings(count: usize) -> Vec<String> {
        const CHARS: &[char] = &[
            'a',
            'e',
            's',
            'S',
            'l',
            'i',
            'k',
            ' ',
            ' ',
            '-',
            '\'',
            '\u{2019}',
            '.',
            '1',
            '0',
            'é',
            'ß',
            'İ',
            'ﬁ',
            '\u{0301}',
            '中',
            '粉',
            '\u{1F389}',
            '\u{200D}',
            '\t',
            '\n',
            '#',
            '@',
        ];
        const WORDS: &[&str] = &[
            "reach",
            "likes",
            "sales",
            "share",
            "of",
            "voice",
            "'s",
            "page",
            "views",
            "customer",
            "engagement",
            "10",
            "million",
            "people",
            "help",
            "with",
            "brand",
            "new",
            "tips",
            "in",
            "order",
            "to",
            "sign",
            "up",
            "market",
            "keep",
            "informed",
            "news",
            "how",
        ];
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = move || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) as usize
        };
        (0..count)
            .map(|_| {
                let pieces = next() % 24;
                (0..pieces)
                    .map(|_| match next() % 3 {
                        0 => WORDS[next() % WORDS.len()].to_string(),
                        _ => CHARS[next() % CHARS.len()].to_string(),
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn ten_thousand_awkward_strings_never_panic() {
        for text in awkward_strings(10_000) {
            let measure = vanity_measure(&text);
            let purposes = purposes_stated(&text);
            let distinct = purposes
                .iter()
                .enumerate()
                .all(|(i, p)| !purposes[..i].contains(p));
            assert!(distinct, "repeated purpose for {text:?}");
            assert!(
                measure.is_none_or(|m| !m.is_empty()),
                "empty label for {text:?}"
            );
        }
    }
}
