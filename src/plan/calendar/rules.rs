//! Rules for the calendar, over the days shown: cadence per profile and week
//! against the content strategy, posts too close on one profile, owners who do
//! not run the profile, gaps, the pillar mix, and posts that do not fit their
//! campaign.

use super::entry::Entry;
use super::weeks::week_of;
use crate::plan::campaign::TacticKind;
use crate::plan::dates::DateRange;
use crate::plan::id::ProfileId;
use crate::plan::plan::Plan;
use crate::plan::profile::Profile;
use crate::plan::rules::{purpose_fits, Finding, Part, Place, Rule};
use crate::plan::{and_said, said, said_n, Said};
use chrono::{Duration, NaiveDate, NaiveDateTime, Weekday};
use std::collections::BTreeMap;

/// Two posts on one profile closer than this crowd each other.
pub const SLOT_MINUTES: i64 = 30;
/// How far a pillar's share of the posts shown may stray from its intended
/// share before it is pointed out, in percentage points.
const MIX_SLACK: f64 = 15.0;
/// The mix is judged only over enough posts to mean something.
const MIX_MINIMUM: usize = 6;

fn at(item: String, field: &'static str) -> Place {
    Place {
        part: Part::Calendar,
        item: Some(item),
        field,
    }
}

impl Plan {
    /// Everything the rules find in the entries of `range` (as shown, after
    /// filters), with weeks starting on `week_start`.
    pub fn calendar_findings(
        &self,
        range: DateRange,
        entries: &[Entry],
        week_start: Weekday,
    ) -> Vec<Finding> {
        let mut found = Vec::new();
        let posts: Vec<(&Entry, NaiveDateTime, &ProfileId)> = entries
            .iter()
            .filter_map(|e| {
                let post = e.post()?;
                Some((e, post.at, post.content.profile.as_ref()?))
            })
            .collect();
        self.judge_posts(entries, &mut found);
        self.judge_slots(&posts, &mut found);
        // Cadence and gaps only where the strategy runs.
        if let Some(days) = self.judged_days(range) {
            self.judge_cadence(days, &posts, week_start, &mut found);
            self.judge_gaps(days, &posts, &mut found);
        }
        self.judge_mix(entries, &mut found);
        found
    }

    fn profile(&self, id: &ProfileId) -> Option<&Profile> {
        self.strategy.profile(id)
    }

    fn judge_posts(&self, entries: &[Entry], found: &mut Vec<Finding>) {
        for entry in entries {
            let Some(post) = entry.post() else {
                continue;
            };
            let key = entry.key.to_param();
            let content = &post.content;
            let profile = match &content.profile {
                None => {
                    found.push(Finding::missing(
                        Rule::FieldMissing,
                        at(key.clone(), "profile"),
                        said!("Choose the profile this post goes on."),
                    ));
                    None
                }
                Some(id) => match self.profile(id) {
                    None => {
                        found.push(Finding::warning(
                            Rule::BrokenLink,
                            at(key.clone(), "profile"),
                            said!("This post's profile was removed from the strategy."),
                        ));
                        None
                    }
                    found_profile => found_profile,
                },
            };
            if let (Some(profile), Some(owner)) = (profile, &content.owner) {
                let runs = [&profile.owner, &profile.approver]
                    .iter()
                    .any(|m| m.as_ref() == Some(owner));
                if profile.owner.is_some() && !runs {
                    let name = self
                        .strategy
                        .team
                        .member(owner)
                        .map_or(said!("Its owner"), |m| Said::from(m.title()));
                    found.push(Finding {
                        severity: crate::plan::rules::Severity::Note,
                        rule: Rule::OwnerNotOnProfile,
                        place: at(key.clone(), "owner"),
                        message: said!(
                            "{} neither owns nor approves the {} profile.",
                            name,
                            Said::value(profile.title())
                        ),
                        suggestion: Some(said!(
                            "Fine for a one-off; otherwise tell the profile's owner."
                        )),
                    });
                }
            }
            let Some(campaign) = content.campaign.as_ref().and_then(|id| self.campaign(id)) else {
                continue;
            };
            if !campaign.dates.contains(post.at.date()) {
                found.push(
                    Finding::warning(
                        Rule::PostOutsideCampaign,
                        at(key.clone(), "at"),
                        said!(
                            "This post falls outside its campaign “{}”, which runs {} to {}.",
                            Said::from(campaign.title()),
                            Said::day_year(campaign.dates.start()),
                            Said::day_year(campaign.dates.end())
                        ),
                    )
                    .suggest(said!(
                        "Move it inside the campaign's dates, or make it evergreen."
                    )),
                );
            }
            if let (Some(profile), Some(response)) = (profile, &campaign.response) {
                if let Some(purpose) = profile.purpose {
                    if !purpose_fits(response.kind, purpose, TacticKind::Content) {
                        found.push(
                            Finding::warning(
                                Rule::PostAgainstPurpose,
                                at(key, "profile"),
                                said!(
                                    "The {} profile is for {}, which does not fit a campaign for {}.",
                                    Said::value(profile.title()),
                                    purpose.in_a_sentence(),
                                    response.in_a_sentence()
                                ),
                            )
                            .suggest(said!("Post it on a profile made for that response.")),
                        );
                    }
                }
            }
        }
    }

    fn judge_slots(&self, posts: &[(&Entry, NaiveDateTime, &ProfileId)], found: &mut Vec<Finding>) {
        let mut by_profile: BTreeMap<&ProfileId, Vec<(NaiveDateTime, &Entry)>> = BTreeMap::new();
        for (entry, when, profile) in posts {
            by_profile.entry(profile).or_default().push((*when, entry));
        }
        for (profile, mut times) in by_profile {
            crate::plan::order::sort_by_key(&mut times, |(when, _)| *when);
            for pair in times.windows(2) {
                let ((first, _), (second, entry)) = (pair[0], pair[1]);
                if second - first < Duration::minutes(SLOT_MINUTES) {
                    let name = self
                        .profile(profile)
                        .map_or(said!("one"), |p| Said::value(p.title()));
                    found.push(
                        Finding::warning(
                            Rule::PostsTooClose,
                            at(entry.key.to_param(), "at"),
                            said!(
                                "Two posts on {} within {} minutes ({} and {}).",
                                name,
                                Said::value(SLOT_MINUTES),
                                Said::value(crate::plan::when::clock(first.time())),
                                Said::value(crate::plan::when::clock(second.time()))
                            ),
                        )
                        .suggest(said!("Space them out: the second buries the first.")),
                    );
                }
            }
        }
    }

    /// The days of `range` the strategy's horizon holds, where cadence and
    /// gaps are judged (all of it without a horizon); `None` when none.
    fn judged_days(&self, range: DateRange) -> Option<DateRange> {
        match self.strategy.measurement.horizon {
            Some(horizon) => range.overlap(horizon),
            None => Some(range),
        }
    }

    /// One finding per profile whose whole weeks in `range` are off its
    /// cadence, naming each week and what it holds. A profile with nothing
    /// at all planned is left to the gap it makes.
    fn judge_cadence(
        &self,
        range: DateRange,
        posts: &[(&Entry, NaiveDateTime, &ProfileId)],
        week_start: Weekday,
        found: &mut Vec<Finding>,
    ) {
        for profile in &self.strategy.profiles {
            let Some(intended) = profile.posts_per_week else {
                continue;
            };
            let on: Vec<NaiveDate> = posts
                .iter()
                .filter(|(_, when, on)| *on == &profile.id && range.contains(when.date()))
                .map(|(_, when, _)| when.date())
                .collect();
            if on.is_empty() {
                continue;
            }
            let mut off: Vec<(NaiveDate, u32)> = Vec::new();
            let mut week = week_of(range.start(), week_start);
            while week.start() <= range.end() {
                // Only whole weeks are judged: a part-week would always look short.
                if range.contains(week.start()) && range.contains(week.end()) {
                    let planned = on.iter().filter(|d| week.contains(**d)).count() as u32;
                    if planned != intended {
                        off.push((week.start(), planned));
                    }
                }
                let Some(next) = week.start().checked_add_signed(Duration::days(7)) else {
                    break;
                };
                week = week_of(next, week_start);
            }
            let Some(&(first, _)) = off.first() else {
                continue;
            };
            let more = off.iter().filter(|(_, n)| *n > intended).count();
            let weeks: Vec<Said> = off
                .iter()
                .map(|(start, n)| said!("{} the week of {}", Said::value(n), Said::day(*start)))
                .collect();
            let title = Said::value(profile.title());
            let message =
                match off.as_slice() {
                    [(_, planned)] => {
                        said!(
                    "{}: {} planned the week of {}, {} the {} the content strategy intends.",
                    title,
                    said_n!(*planned as usize, "{} post", "{} posts"),
                    Said::day(first),
                    if more == 1 { said!("more than") } else { said!("fewer than") },
                    Said::value(intended)
                )
                    }
                    _ => said!(
                        "{}: {} weeks off the {} a week the content strategy intends: {}.",
                        title,
                        Said::Number(off.len()),
                        Said::value(intended),
                        and_said(weeks)
                    ),
                };
            found.push(
                Finding::warning(
                    Rule::CadenceOff,
                    at(format!("cadence.{}", profile.id), "cadence"),
                    message,
                )
                .suggest(match (more, off.len() - more) {
                    (_, 0) => said!("Drop or move some, or raise the profile's cadence."),
                    (0, _) => said!("Plan more, or lower the profile's cadence."),
                    _ => said!("Move posts from the full weeks to the thin ones, or change the profile's cadence."),
                }),
            );
        }
    }

    /// One finding per profile with stretches of `range` longer than its
    /// cadence allows with nothing on it, naming each.
    fn judge_gaps(
        &self,
        range: DateRange,
        posts: &[(&Entry, NaiveDateTime, &ProfileId)],
        found: &mut Vec<Finding>,
    ) {
        for profile in &self.strategy.profiles {
            let Some(per_week) = profile.posts_per_week.filter(|n| *n > 0) else {
                continue;
            };
            // Twice the usual interval: one post late is fine, a skipped round is a gap.
            let allowed = (14 + i64::from(per_week) - 1) / i64::from(per_week);
            let mut days: Vec<NaiveDate> = posts
                .iter()
                .filter(|(_, when, on)| *on == &profile.id && range.contains(when.date()))
                .map(|(_, when, _)| when.date())
                .collect();
            crate::plan::order::sort(&mut days);
            days.dedup();
            let bounds = std::iter::once(range.start() - Duration::days(1))
                .chain(days.iter().copied())
                .chain(std::iter::once(range.end() + Duration::days(1)));
            let bounds: Vec<NaiveDate> = bounds.collect();
            let gaps: Vec<(NaiveDate, NaiveDate, i64)> = bounds
                .windows(2)
                .filter_map(|pair| {
                    let empty = (pair[1] - pair[0]).num_days() - 1;
                    (empty > allowed).then(|| {
                        (
                            pair[0] + Duration::days(1),
                            pair[1] - Duration::days(1),
                            empty,
                        )
                    })
                })
                .collect();
            let Some(&(first, _, _)) = gaps.first() else {
                continue;
            };
            let title = Said::value(profile.title());
            let message = match gaps.as_slice() {
                [(from, to, empty)] => said!(
                    "Nothing on {} from {} to {}: {} days, where {} a week allow about {}.",
                    title,
                    Said::day(*from),
                    Said::day(*to),
                    Said::value(empty),
                    Said::value(per_week),
                    Said::value(allowed)
                ),
                _ => {
                    let stretches: Vec<Said> = gaps
                        .iter()
                        .map(|(from, to, empty)| {
                            said!(
                                "{} to {} ({} days)",
                                Said::day(*from),
                                Said::day(*to),
                                Said::value(empty)
                            )
                        })
                        .collect();
                    said!(
                        "Nothing on {} for {} stretches longer than the {} days {} a week allow: {}.",
                        title,
                        Said::Number(gaps.len()),
                        Said::value(allowed),
                        Said::value(per_week),
                        and_said(stretches)
                    )
                }
            };
            found.push(
                Finding::warning(
                    Rule::Gap,
                    at(format!("gap.{}.{first}", profile.id), "gap"),
                    message,
                )
                .suggest(said!(
                    "Plan something in between, or lower the profile's cadence."
                )),
            );
        }
    }

    fn judge_mix(&self, entries: &[Entry], found: &mut Vec<Finding>) {
        let pillars = &self.strategy.content.pillars;
        let tagged: Vec<_> = entries
            .iter()
            .filter_map(|e| e.content()?.pillar.as_ref())
            .collect();
        if tagged.len() < MIX_MINIMUM {
            return;
        }
        for pillar in pillars {
            let Some(intended) = pillar.share else {
                continue;
            };
            let count = tagged.iter().filter(|id| **id == &pillar.id).count();
            let actual = count as f64 / tagged.len() as f64 * 100.0;
            if (actual - intended).abs() > MIX_SLACK {
                found.push(
                    Finding::warning(
                        Rule::MixOff,
                        at(format!("mix.{}", pillar.id), "mix"),
                        said!(
                            "“{}” is {}% of the posts shown, against the {}% the content strategy intends.",
                            Said::value(pillar.name.trim()),
                            Said::Figure(actual.round()),
                            Said::Figure(intended)
                        ),
                    )
                    .suggest(if actual > intended { said!("Give other pillars more room.") } else { said!("Plan more posts for this pillar.") }),
                );
            }
        }
    }
}

/// The calendar's checks card's title: "Checks on the days shown: 1
/// warning, 2 other notes".
pub fn checks_title(warnings: usize, others: usize) -> Said {
    said!(
        "Checks on the days shown: {}, {}",
        said_n!(warnings, "{} warning", "{} warnings"),
        said_n!(others, "{} other note", "{} other notes")
    )
}

#[cfg(test)]
mod title_tests {
    #[test]
    fn the_checks_title_counts_in_the_singular_and_the_plural() {
        assert_eq!(
            super::checks_title(1, 1).to_string(),
            "Checks on the days shown: 1 warning, 1 other note"
        );
        assert_eq!(
            super::checks_title(21, 0).to_string(),
            "Checks on the days shown: 21 warnings, 0 other notes"
        );
    }
}
