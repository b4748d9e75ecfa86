//! The overview as a dashboard: the week's work per owner, the campaigns
//! running and next, the results behind their line, and the calendar's output
//! (planned against published, per week and per pillar), all worked out from
//! the plan and a day passed in.

use super::calendar::{week_of, Entry, EntryItem, Post, PostStatus};
use super::dates::DateRange;
use super::id::{CampaignId, MemberId, PillarId, ProfileId};
use super::plan::Plan;
use super::results::{judge, Goal, Reading, Standing};
use super::{dotted, said, said_n, Said};
use chrono::{Days, NaiveDate, Weekday};

/// How many campaigns "next" lists (every running one is listed).
pub const NEXT_CAMPAIGNS: usize = 3;
/// How many of an owner's entries the week lists before "and N more".
pub const OWNER_ENTRIES: usize = 5;
/// How many weeks, up to this one, the calendar's output covers.
pub const OUTPUT_WEEKS: u64 = 8;

/// One person's share of the week (or what nobody owns yet).
#[derive(Debug, Clone, PartialEq)]
pub struct OwnerWeek {
    pub owner: Option<MemberId>,
    pub name: Said,
    /// Their posts and tasks in order of day and time.
    pub entries: Vec<Entry>,
    /// Posts not yet published and tasks not yet done.
    pub open: usize,
}

impl OwnerWeek {
    /// "3 posts · 2 tasks · 4 still to do".
    pub fn summary(&self) -> Said {
        let posts = self.entries.iter().filter(|e| e.post().is_some()).count();
        let tasks = self.entries.len() - posts;
        let mut parts = Vec::new();
        if posts > 0 {
            parts.push(said_n!(posts, "{} post", "{} posts"));
        }
        if tasks > 0 {
            parts.push(said_n!(tasks, "{} task", "{} tasks"));
        }
        parts.push(match self.open {
            0 => said!("all done"),
            n => said!("{} still to do", Said::Number(n)),
        });
        dotted(parts)
    }
}

/// A campaign as the dashboard lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignLine {
    pub id: CampaignId,
    pub title: Said,
    /// "1 May – 30 Jun 2027 · ends in 12 days".
    pub when: Said,
    /// What the brief's checks find in it.
    pub findings: usize,
}

/// What a result belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResultOf {
    Kpi(super::id::KpiId),
    Campaign(CampaignId),
}

/// A result behind its line.
#[derive(Debug, Clone, PartialEq)]
pub struct OffTrack {
    pub of: ResultOf,
    pub title: Said,
    /// "Reached 420 on 3 May; the line expected 610 by then."
    pub fact: Said,
}

/// Everything the overview shows beside the strategy's readiness.
#[derive(Debug, Clone, PartialEq)]
pub struct Dashboard {
    pub week: DateRange,
    pub owners: Vec<OwnerWeek>,
    /// What the calendar's checks find in the week.
    pub week_checks: usize,
    pub running: Vec<CampaignLine>,
    pub next: Vec<CampaignLine>,
    pub off_track: Vec<OffTrack>,
}

impl Dashboard {
    /// "3 checks on the calendar this week", or nothing when none finds
    /// anything.
    pub fn checks_text(&self) -> Option<Said> {
        match self.week_checks {
            0 => None,
            n => Some(said_n!(
                n,
                "{} check on the calendar this week",
                "{} checks on the calendar this week"
            )),
        }
    }
}

impl Plan {
    /// The dashboard on `today`, with weeks starting on `week_start`.
    pub fn dashboard(&self, today: NaiveDate, week_start: Weekday) -> Dashboard {
        let week = week_of(today, week_start);
        let entries = self.calendar.entries(week);
        Dashboard {
            week,
            owners: self.by_owner(&entries),
            week_checks: self.calendar_findings(week, &entries, week_start).len(),
            running: self.campaign_lines(today, usize::MAX, |c| c.dates.contains(today)),
            next: self.campaign_lines(today, NEXT_CAMPAIGNS, |c| c.dates.start() > today),
            off_track: self.off_track(today),
        }
    }

    /// The posts and tasks of `week`, grouped by owner: the team's order,
    /// then what has no owner (or one since removed).
    pub fn week_by_owner(&self, week: DateRange) -> Vec<OwnerWeek> {
        self.by_owner(&self.calendar.entries(week))
    }

    fn by_owner(&self, entries: &[Entry]) -> Vec<OwnerWeek> {
        let members = &self.strategy.team.members;
        let mut groups: Vec<OwnerWeek> = members
            .iter()
            .map(|m| (Some(m.id.clone()), Said::from(m.title())))
            .chain([(None, said!("No one yet"))])
            .map(|(owner, name)| OwnerWeek {
                owner,
                name,
                entries: Vec::new(),
                open: 0,
            })
            .collect();
        for entry in entries {
            let (owner, open) = match &entry.item {
                EntryItem::Post(p) | EntryItem::Occurrence(p) => (
                    p.content.owner.as_ref(),
                    p.content.status != PostStatus::Published,
                ),
                EntryItem::Task(t) => (t.owner.as_ref(), !t.done),
            };
            let owner = owner
                .filter(|id| members.iter().any(|m| &m.id == *id))
                .cloned();
            if let Some(group) = groups.iter_mut().find(|g| g.owner == owner) {
                group.open += open as usize;
                group.entries.push(entry.clone());
            }
        }
        groups.retain(|g| !g.entries.is_empty());
        groups
    }

    /// An entry in a line: "Thu 3 Dec, 09:00 · Instagram @acme: Spring is
    /// here", or a task's day and title.
    pub fn entry_line(&self, entry: &Entry) -> Said {
        let day = Said::short_day(entry.day);
        match entry.post() {
            Some(post) => {
                let profile = post
                    .content
                    .profile
                    .as_ref()
                    .and_then(|id| self.strategy.profile(id))
                    .map_or(said!("No profile"), |p| Said::value(p.title()));
                said!(
                    "{}, {} · {}: {}",
                    day,
                    Said::value(super::when::clock(post.at.time())),
                    profile,
                    entry.headline()
                )
            }
            None => said!(
                "{} · {}",
                day,
                match entry.task() {
                    Some(task) => task.said_title(),
                    None => entry.headline(),
                }
            ),
        }
    }

    fn campaign_lines(
        &self,
        today: NaiveDate,
        most: usize,
        keep: impl Fn(&super::Campaign) -> bool,
    ) -> Vec<CampaignLine> {
        let mut chosen: Vec<&super::Campaign> = self
            .campaigns
            .iter()
            .map(|c| &**c)
            .filter(|c| !c.archived && keep(c))
            .collect();
        super::order::sort_by_key(&mut chosen, |c| (c.dates.start(), c.dates.end()));
        chosen
            .into_iter()
            .take(most)
            .map(|c| {
                let (start, end) = (c.dates.start(), c.dates.end());
                let left = match today < start {
                    true => starts(start, today),
                    false => ends(end, today),
                };
                CampaignLine {
                    id: c.id.clone(),
                    title: c.title().into(),
                    when: said!("{} · {}", Said::Span(c.dates), left),
                    findings: self.campaign_findings(c).len(),
                }
            })
            .collect()
    }

    /// The KPIs, then the campaigns' responses, whose latest value is behind
    /// the line to their target.
    pub fn off_track(&self, today: NaiveDate) -> Vec<OffTrack> {
        let strategy = &self.strategy;
        let kpis = strategy
            .measurement
            .kpis
            .iter()
            .filter(|k| !k.name.trim().is_empty())
            .map(|k| {
                (
                    ResultOf::Kpi(k.id.clone()),
                    Said::value(k.name.trim()),
                    strategy.kpi_goal(k),
                    k.results.as_slice(),
                )
            });
        let campaigns = self
            .campaigns
            .iter()
            .filter(|c| !c.archived)
            .filter_map(|c| {
                let response = c.response.as_ref()?;
                Some((
                    ResultOf::Campaign(c.id.clone()),
                    said!("{}: {}", Said::from(c.title()), response.describe()),
                    c.response_goal(),
                    response.results.as_slice(),
                ))
            });
        kpis.chain(campaigns)
            .filter_map(
                |(of, title, goal, results): (_, _, Option<Goal>, &[Reading])| {
                    let judged = judge(goal.as_ref(), results, today);
                    if judged.standing != Standing::OffTrack {
                        return None;
                    }
                    let latest = judged.latest?;
                    let expected = goal.as_ref()?.expected_text(latest.day);
                    Some(OffTrack {
                        of,
                        title,
                        fact: said!(
                            "Reached {} on {}; the line expected {} by then.",
                            Said::Figure(latest.value),
                            Said::day(latest.day),
                            expected
                        ),
                    })
                },
            )
            .collect()
    }

    /// Posts planned and published in each of the `OUTPUT_WEEKS` weeks up to
    /// the one of `today`, per profile that has any (no profile last).
    pub fn output_by_week(&self, today: NaiveDate, week_start: Weekday) -> Vec<ProfileOutput> {
        let range = output_range(today, week_start);
        let weeks: Vec<NaiveDate> = (0..OUTPUT_WEEKS)
            .map(|w| range.start() + Days::new(7 * w))
            .collect();
        let entries = self.calendar.entries(range);
        self.posts_by_profile(&entries)
            .into_iter()
            .map(|(profile, name, posts)| {
                let mine: Vec<(NaiveDate, bool)> = posts
                    .iter()
                    .map(|(_, p)| (p.at.date(), p.content.status == PostStatus::Published))
                    .collect();
                let rows = weeks
                    .iter()
                    .map(|&start| {
                        let end = start + Days::new(6);
                        let of_week = mine.iter().filter(|(d, _)| (start..=end).contains(d));
                        Tally {
                            label: said!("Week of {}", Said::day(start)),
                            planned: of_week.clone().count(),
                            published: of_week.filter(|(_, p)| *p).count(),
                            intended: None,
                        }
                    })
                    .collect();
                ProfileOutput {
                    profile,
                    name,
                    rows,
                }
            })
            .collect()
    }

    /// The posts among `entries` per profile, in the strategy's order, then
    /// those with no profile (or one since removed) as "No profile"; a
    /// profile with none is left out. Each post comes with its entry, which
    /// says where it is in the calendar.
    pub fn posts_by_profile<'a>(&self, entries: &'a [Entry]) -> Vec<ProfileGroup<'a>> {
        let posts: Vec<(&Entry, &Post)> = entries
            .iter()
            .filter_map(|e| e.post().map(|p| (e, p)))
            .collect();
        self.strategy
            .profiles
            .iter()
            .map(|p| (Some(p.id.clone()), p.title()))
            .chain([(None, "No profile".to_owned())])
            .filter_map(|(profile, name)| {
                let mine: Vec<(&Entry, &Post)> = posts
                    .iter()
                    .copied()
                    .filter(|(_, p)| {
                        let own = p.content.profile.as_ref();
                        own.filter(|id| self.strategy.profile(id).is_some()) == profile.as_ref()
                    })
                    .collect();
                (!mine.is_empty()).then_some((profile, name, mine))
            })
            .collect()
    }

    /// The pillar mix over the same weeks: each pillar's share of the posts
    /// planned and of those published, beside the share the content strategy
    /// intends. Posts with no pillar count in the whole, not in a row.
    pub fn pillar_mix(&self, today: NaiveDate, week_start: Weekday) -> Vec<Tally> {
        let entries = self.calendar.entries(output_range(today, week_start));
        let posts: Vec<(Option<&PillarId>, bool)> = entries
            .iter()
            .filter_map(|e| e.post())
            .map(|p| {
                (
                    p.content.pillar.as_ref(),
                    p.content.status == PostStatus::Published,
                )
            })
            .collect();
        if posts.is_empty() {
            return Vec::new();
        }
        self.strategy
            .content
            .pillars
            .iter()
            .map(|pillar| {
                let of = posts.iter().filter(|(id, _)| *id == Some(&pillar.id));
                Tally {
                    label: Said::from(pillar.title()),
                    planned: of.clone().count(),
                    published: of.filter(|(_, p)| *p).count(),
                    intended: pillar.share,
                }
            })
            .collect()
    }
}

/// A profile (or none: "No profile") with its posts, each beside its entry.
pub type ProfileGroup<'a> = (Option<ProfileId>, String, Vec<(&'a Entry, &'a Post)>);

/// Posts planned and published in one row of a chart: a week, or a pillar.
#[derive(Debug, Clone, PartialEq)]
pub struct Tally {
    /// "Week of 4 May", or the pillar's name.
    pub label: Said,
    pub planned: usize,
    pub published: usize,
    /// A pillar's intended share, in percent.
    pub intended: Option<f64>,
}

impl Tally {
    /// What a screen reader hears for the row: "Week of 4 May: 5 planned, 3
    /// published", with the shares when `whole` gives the totals.
    pub fn describe(&self, whole: Option<(usize, usize)>) -> Said {
        let label = &self.label;
        let Some((planned, published)) = whole else {
            return said!(
                "{}: {} planned, {} published",
                label,
                Said::Number(self.planned),
                Said::Number(self.published)
            );
        };
        let shares = said!(
            "{}: {} of the posts planned, {} of those published",
            label,
            share(self.planned, planned),
            share(self.published, published)
        );
        match self.intended {
            Some(intended) => said!(
                "{}; the strategy intends {}%",
                shares,
                Said::Figure(intended)
            ),
            None => shares,
        }
    }
}

/// The `OUTPUT_WEEKS` weeks up to the one of `today`.
fn output_range(today: NaiveDate, week_start: Weekday) -> DateRange {
    let last = week_of(today, week_start);
    let first = last.start() - Days::new(7 * (OUTPUT_WEEKS - 1));
    DateRange::new(first, last.end()).unwrap_or(last)
}

/// All posts planned and all published in `rows`: the wholes their shares
/// are of.
pub fn totals(rows: &[Tally]) -> (usize, usize) {
    (
        rows.iter().map(|r| r.planned).sum(),
        rows.iter().map(|r| r.published).sum(),
    )
}

/// "40%", or "none" of an empty whole.
pub fn share(part: usize, whole: usize) -> Said {
    match whole {
        0 => said!("none"),
        _ => said!(
            "{}%",
            Said::Figure((part as f64 * 100.0 / whole as f64).round())
        ),
    }
}

/// One profile's weeks.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileOutput {
    pub profile: Option<ProfileId>,
    pub name: String,
    pub rows: Vec<Tally>,
}

/// "starts today", "starts tomorrow", "starts in 12 days".
fn starts(day: NaiveDate, today: NaiveDate) -> Said {
    match (day - today).num_days() {
        0 => said!("starts today"),
        1 => said!("starts tomorrow"),
        n => said!("starts in {} days", Said::value(n)),
    }
}

/// "ends today", "ends tomorrow", "ends in 12 days".
fn ends(day: NaiveDate, today: NaiveDate) -> Said {
    match (day - today).num_days() {
        0 => said!("ends today"),
        1 => said!("ends tomorrow"),
        n => said!("ends in {} days", Said::value(n)),
    }
}
