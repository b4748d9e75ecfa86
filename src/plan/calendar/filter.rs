//! Filters: which entries to show, by profile, campaign, pillar, owner and
//! status, with how many entries each choice would show.

use super::entry::Entry;
use super::post::PostStatus;
use crate::plan::id::{CampaignId, MemberId, PillarId, ProfileId};
use crate::plan::{words, Said};

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CampaignChoice {
    Evergreen,
    Campaign(CampaignId),
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    pub profile: Option<ProfileId>,
    pub campaign: Option<CampaignChoice>,
    pub pillar: Option<PillarId>,
    pub owner: Option<MemberId>,
    pub status: Option<PostStatus>,
}

/// One of the things entries can be filtered by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dimension {
    Profile,
    Campaign,
    Pillar,
    Owner,
    Status,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// Whether an entry passes every filter set. Tasks have no profile, pillar or
    /// status: a filter on those hides them.
    pub fn admits(&self, entry: &Entry) -> bool {
        self.admits_except(entry, None)
    }

    fn admits_except(&self, entry: &Entry, skip: Option<Dimension>) -> bool {
        let on = |d: Dimension| skip != Some(d);
        if let Some(task) = entry.task() {
            let campaign_ok = match (&self.campaign, on(Dimension::Campaign)) {
                (Some(CampaignChoice::Campaign(id)), true) => task.campaign.as_ref() == Some(id),
                (Some(CampaignChoice::Evergreen), true) => task.campaign.is_none(),
                _ => true,
            };
            let owner_ok =
                !on(Dimension::Owner) || self.owner.is_none() || task.owner == self.owner;
            let post_only = (on(Dimension::Profile) && self.profile.is_some())
                || (on(Dimension::Pillar) && self.pillar.is_some())
                || (on(Dimension::Status) && self.status.is_some());
            return campaign_ok && owner_ok && !post_only;
        }
        let Some(content) = entry.content() else {
            return false;
        };
        let check = |d: Dimension, ok: bool| !on(d) || ok;
        check(
            Dimension::Profile,
            self.profile.is_none() || content.profile == self.profile,
        ) && check(
            Dimension::Campaign,
            match &self.campaign {
                None => true,
                Some(CampaignChoice::Evergreen) => content.campaign.is_none(),
                Some(CampaignChoice::Campaign(id)) => content.campaign.as_ref() == Some(id),
            },
        ) && check(
            Dimension::Pillar,
            self.pillar.is_none() || content.pillar == self.pillar,
        ) && check(
            Dimension::Owner,
            self.owner.is_none() || content.owner == self.owner,
        ) && check(
            Dimension::Status,
            self.status.is_none() || Some(content.status) == self.status,
        )
    }

    /// The word an entry has for one dimension, as its option's key: its
    /// profile, campaign (`evergreen` for none), pillar, owner or status.
    fn value_of(entry: &Entry, dimension: Dimension) -> Option<&str> {
        let (content, task) = (entry.content(), entry.task());
        match dimension {
            Dimension::Profile => content?.profile.as_ref().map(|i| i.as_str()),
            Dimension::Pillar => content?.pillar.as_ref().map(|i| i.as_str()),
            Dimension::Status => Some(content?.status.key()),
            Dimension::Owner => match (content, task) {
                (Some(c), _) => c.owner.as_ref().map(|i| i.as_str()),
                (_, Some(t)) => t.owner.as_ref().map(|i| i.as_str()),
                _ => None,
            },
            Dimension::Campaign => {
                let campaign = match (content, task) {
                    (Some(c), _) => c.campaign.as_ref(),
                    (_, Some(t)) => t.campaign.as_ref(),
                    _ => return None,
                };
                Some(campaign.map_or(EVERGREEN, |c| c.as_str()))
            }
        }
    }
}

/// The evergreen choice's word in the address.
pub(super) const EVERGREEN: &str = "evergreen";

/// One choice of a filter: its key in the address, its name, and how many of
/// the entries shown it would show, the other filters staying as they are.
#[derive(Debug, Clone, PartialEq)]
pub struct FilterOption {
    pub key: String,
    /// Its name: the user's, or a label of the domain's ("Evergreen",
    /// "Scheduled"), said in the language shown.
    pub name: Said,
    pub count: usize,
}

/// Every filter's choices, in the order of `Dimension::ALL`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FilterOptions(pub Vec<(Dimension, Vec<FilterOption>)>);

impl crate::plan::Plan {
    /// A new post on a day, as the calendar adds it: at nine, on the profile
    /// and campaign filtered for (else the strategy's first profile), with
    /// the pillar filtered for, and the owner filtered for or else the one
    /// who runs its profile.
    pub fn new_post(
        &self,
        id: crate::plan::PostId,
        day: chrono::NaiveDate,
        filter: &Filter,
    ) -> super::Post {
        let nine = chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default();
        let mut post = super::Post::new(id, day.and_time(nine));
        post.content.profile = filter
            .profile
            .clone()
            .or_else(|| self.strategy.profiles.first().map(|p| p.id.clone()));
        if let Some(CampaignChoice::Campaign(id)) = &filter.campaign {
            post.content.campaign = Some(id.clone());
        }
        post.content.pillar = filter.pillar.clone();
        post.content.owner = filter.owner.clone().or_else(|| {
            let profile = post.content.profile.as_ref()?;
            self.strategy
                .profiles
                .iter()
                .find(|p| &p.id == profile)?
                .owner
                .clone()
        });
        post
    }
}

impl super::Task {
    /// A new task on a day, as the calendar adds it: for the owner and the
    /// campaign filtered for, if any.
    pub fn new_for(id: crate::plan::TaskId, day: chrono::NaiveDate, filter: &Filter) -> Self {
        let mut task = Self::new(id, day);
        task.owner = filter.owner.clone();
        if let Some(CampaignChoice::Campaign(id)) = &filter.campaign {
            task.campaign = Some(id.clone());
        }
        task
    }
}

impl crate::plan::Plan {
    /// The choices of every filter for the entries of the days shown: the
    /// strategy's profiles, the evergreen posts and each campaign not archived,
    /// the pillars, the team, and each status, with their counts.
    pub fn filter_options(&self, filter: &Filter, entries: &[Entry]) -> FilterOptions {
        let option = |key: String, name: Said| FilterOption {
            key,
            name,
            count: 0,
        };
        let strategy = &self.strategy;
        let mut campaigns = vec![option(
            EVERGREEN.to_owned(),
            Said::label(words!("Evergreen")),
        )];
        campaigns.extend(
            self.campaigns
                .iter()
                .filter(|c| !c.archived)
                .map(|c| option(c.id.to_string(), c.title().into())),
        );
        let lists = [
            (
                Dimension::Profile,
                strategy
                    .profiles
                    .iter()
                    .map(|p| option(p.id.to_string(), Said::Value(p.title())))
                    .collect(),
            ),
            (Dimension::Campaign, campaigns),
            (
                Dimension::Pillar,
                strategy
                    .content
                    .pillars
                    .iter()
                    .map(|p| option(p.id.to_string(), p.title().into()))
                    .collect(),
            ),
            (
                Dimension::Owner,
                strategy
                    .team
                    .members
                    .iter()
                    .map(|m| option(m.id.to_string(), m.title().into()))
                    .collect(),
            ),
            (
                Dimension::Status,
                PostStatus::ALL
                    .iter()
                    .map(|s| option(s.key().to_owned(), Said::label(s.label())))
                    .collect(),
            ),
        ];
        FilterOptions(
            lists
                .into_iter()
                .map(|(dimension, mut options): (Dimension, Vec<FilterOption>)| {
                    for entry in entries
                        .iter()
                        .filter(|e| filter.admits_except(e, Some(dimension)))
                    {
                        let value = Filter::value_of(entry, dimension);
                        if let Some(o) = options.iter_mut().find(|o| Some(o.key.as_str()) == value)
                        {
                            o.count += 1;
                        }
                    }
                    (dimension, options)
                })
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::calendar::{Calendar, CalendarEdit, Post, Task};
    use crate::plan::dates::DateRange;
    use crate::plan::id::{PostId, TaskId};
    use chrono::NaiveDate;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 3, d).unwrap()
    }

    fn calendar() -> Calendar {
        let mut calendar = Calendar::default();
        let profile = |id: &str| Some(ProfileId::parse(id).unwrap());
        for (id, on, status) in [
            ("a", "ig", PostStatus::Draft),
            ("b", "ig", PostStatus::Ready),
            ("c", "li", PostStatus::Draft),
        ] {
            let mut post = Post::new(
                PostId::parse(id).unwrap(),
                day(2).and_hms_opt(9, 0, 0).unwrap(),
            );
            post.content.profile = profile(on);
            post.content.status = status;
            if id == "c" {
                post.content.campaign = Some(CampaignId::parse("spring").unwrap());
            }
            calendar.apply(CalendarEdit::PutPost(post));
        }
        let mut task = Task::new(TaskId::parse("t").unwrap(), day(3));
        task.owner = Some(MemberId::parse("dana").unwrap());
        calendar.apply(CalendarEdit::PutTask(task));
        calendar
    }

    fn shown(filter: &Filter) -> Vec<String> {
        let entries = calendar().entries(DateRange::new(day(1), day(31)).unwrap());
        entries
            .iter()
            .filter(|e| filter.admits(e))
            .map(|e| e.key.to_param())
            .collect()
    }

    #[test]
    fn no_filter_shows_everything() {
        assert_eq!(shown(&Filter::default()), ["p.a", "p.b", "p.c", "t.t"]);
    }

    #[test]
    fn filters_combine_and_post_only_filters_hide_tasks() {
        let ig = Filter {
            profile: Some(ProfileId::parse("ig").unwrap()),
            ..Filter::default()
        };
        assert_eq!(shown(&ig), ["p.a", "p.b"]);
        let drafts_on_ig = Filter {
            status: Some(PostStatus::Draft),
            ..ig
        };
        assert_eq!(shown(&drafts_on_ig), ["p.a"]);
        let evergreen = Filter {
            campaign: Some(CampaignChoice::Evergreen),
            ..Filter::default()
        };
        assert_eq!(shown(&evergreen), ["p.a", "p.b", "t.t"]);
        let dana = Filter {
            owner: Some(MemberId::parse("dana").unwrap()),
            ..Filter::default()
        };
        assert_eq!(shown(&dana), ["t.t"]);
    }

    #[test]
    fn counts_leave_their_own_dimension_open() {
        use crate::plan::{Plan, PlanId, PlanName, Platform, Profile};
        let mut plan = Plan::new(
            PlanId::parse("plan").unwrap(),
            PlanName::parse("P").unwrap(),
            chrono::DateTime::UNIX_EPOCH,
        );
        for (id, platform) in [("ig", Platform::Instagram), ("li", Platform::LinkedIn)] {
            let profile = Profile::new(ProfileId::parse(id).unwrap(), platform);
            plan.strategy.profiles.push(profile);
        }
        let entries = calendar().entries(DateRange::new(day(1), day(31)).unwrap());
        let drafts = Filter {
            status: Some(PostStatus::Draft),
            ..Filter::default()
        };
        let options = plan.filter_options(&drafts, &entries);
        let counts = |dimension: Dimension| -> Vec<(String, usize)> {
            let (_, list) = options.0.iter().find(|(d, _)| *d == dimension).unwrap();
            list.iter().map(|o| (o.key.clone(), o.count)).collect()
        };
        let pairs = |list: &[(&str, usize)]| -> Vec<(String, usize)> {
            list.iter().map(|(k, n)| (k.to_string(), *n)).collect()
        };
        // The drafts, one on each profile.
        assert_eq!(counts(Dimension::Profile), pairs(&[("ig", 1), ("li", 1)]));
        // Every status, as if the status filter were open; tasks have none.
        assert_eq!(
            counts(Dimension::Status),
            pairs(&[
                ("idea", 0),
                ("draft", 2),
                ("ready", 1),
                ("scheduled", 0),
                ("published", 0)
            ])
        );
        // Drafts are posts: the task shows under no campaign of the drafts.
        assert_eq!(counts(Dimension::Campaign), pairs(&[("evergreen", 1)]));
        assert_eq!(
            Dimension::ALL.to_vec(),
            options.0.iter().map(|(d, _)| *d).collect::<Vec<_>>()
        );
    }
}
