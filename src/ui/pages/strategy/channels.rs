//! Part 3: channels — every profile, each with exactly one primary purpose.

use super::{add_button, at, choices, ids, part_section, Ctx, ItemCard, Updater};
use crate::plan::hints::{self, Hint};
use crate::plan::{
    anchor, ItemEdit, Part, PersonaId, Platform, PrimaryPurpose, Profile, ProfileId, StrategyEdit,
    StrategyLink,
};
use crate::ui::components::{ChecksField, NumberField, NumberKind, SelectField, TextField};
use crate::ui::text::{hint, t, tf, titled};
use yew::prelude::*;

const PART: Part = Part::Channels;

pub fn platform_key(platform: &Platform) -> &'static str {
    match platform {
        Platform::Facebook => "facebook",
        Platform::Instagram => "instagram",
        Platform::LinkedIn => "linkedin",
        Platform::X => "x",
        Platform::TikTok => "tiktok",
        Platform::YouTube => "youtube",
        Platform::Pinterest => "pinterest",
        Platform::Threads => "threads",
        Platform::Bluesky => "bluesky",
        Platform::Mastodon => "mastodon",
        Platform::Other(_) => "other",
    }
}

fn purpose_key(purpose: PrimaryPurpose) -> &'static str {
    match purpose {
        PrimaryPurpose::Branding => "branding",
        PrimaryPurpose::PromotingProducts => "promoting",
        PrimaryPurpose::Educating => "educating",
        PrimaryPurpose::DrivingTraffic => "traffic",
        PrimaryPurpose::CustomerService => "service",
        PrimaryPurpose::CommunicatingWithClients => "clients",
    }
}

pub fn channels(ctx: &Ctx) -> Html {
    let add = ctx.adder(ProfileId::generated, |id| {
        let focus = anchor(PART, Some(id.as_str()), "platform");
        let profile = Profile::new(id, Platform::Instagram);
        (StrategyEdit::Profile(ItemEdit::Put(profile)), focus)
    });
    html! {
        { part_section(ctx, PART, t("Decide what each profile is for and keep everything it posts true to that one purpose. A second purpose deserves a second profile, the way many brands run a support account beside their main one."), html! { <>
            <ol class="smp-items">
                { for ctx.strategy.profiles.iter().enumerate().map(|(n, profile)| profile_card(ctx, n + 1, profile)) }
            </ol>
            { add_button(t("Add a profile"), add, AttrValue::from(anchor(PART, None, "add")), &ctx.notes(PART, None, "add")) }
        </> }) }
    }
}

fn profile_card(ctx: &Ctx, number: usize, profile: &Profile) -> Html {
    let p = profile;
    let item = Some(p.id.as_str());
    let set = Updater::new(
        p,
        ctx.edit.reform(|p| StrategyEdit::Profile(ItemEdit::Put(p))),
    );
    let notes = |field| ctx.notes(PART, item, field);
    let id = p.id.clone();

    let mut platforms: Vec<(AttrValue, AttrValue)> = Platform::LISTED
        .iter()
        .map(|pl| {
            (
                AttrValue::from(platform_key(pl)),
                AttrValue::from(pl.label().to_owned()),
            )
        })
        .collect();
    platforms.push(("other".into(), t("Another platform…").into()));
    let onplatform = set.set(|p: &mut Profile, key: Option<String>| {
        let keep_name = match &p.platform {
            Platform::Other(name) => name.clone(),
            _ => String::new(),
        };
        p.platform = Platform::LISTED
            .into_iter()
            .find(|pl| Some(platform_key(pl)) == key.as_deref())
            .unwrap_or(Platform::Other(keep_name));
    });
    let purposes = PrimaryPurpose::ALL
        .iter()
        .map(|pu| {
            (
                AttrValue::from(purpose_key(*pu)),
                AttrValue::from(t(pu.label())),
            )
        })
        .collect::<Vec<_>>();
    let onpurpose = set.set(|p: &mut Profile, key: Option<String>| {
        p.purpose = PrimaryPurpose::ALL
            .into_iter()
            .find(|pu| Some(purpose_key(*pu)) == key.as_deref());
    });
    let personas = choices(
        &ctx.strategy.personas,
        |p| p.id.to_string(),
        |p| titled(p.title()).to_owned(),
    );
    let selected: Vec<String> = p.personas.iter().map(|id| id.to_string()).collect();
    let other_name = match &p.platform {
        Platform::Other(name) => Some(name.clone()),
        _ => None,
    };

    html! {
        <ItemCard key={p.id.to_string()} title={tf("Profile {}: {}", &[&number, &p.title()])}
            campaigns={ctx.plan.campaigns_using(StrategyLink::Profile(&p.id))}
            onremove={ctx.send(move || StrategyEdit::Profile(ItemEdit::Remove(id.clone())))}>
            <div class="smp-grid smp-grid--3">
                <SelectField label={t("Platform")} options={platforms}
                    selected={Some(AttrValue::from(platform_key(&p.platform)))}
                    id={at(PART, item, "platform")} onchange={onplatform} />
                if let Some(name) = other_name {
                    <TextField label={t("Platform name")} value={name} id={at(PART, item, "platform_name")}
                        oninput={set.set(|p: &mut Profile, v: String| p.platform = Platform::Other(v))} />
                }
                <TextField label={t("Handle or page name")} value={p.handle.clone()}
                    id={at(PART, item, "handle")} notes={notes("handle")}
                    placeholder={t("@yourbrand")}
                    oninput={set.set(|p: &mut Profile, v: String| p.handle = v)} />
                <SelectField label={t("Primary purpose")} options={purposes}
                    selected={p.purpose.map(|pu| AttrValue::from(purpose_key(pu)))}
                    none={t("Choose the one purpose…")}
                    id={at(PART, item, "purpose")} notes={notes("purpose")} onchange={onpurpose} />
            </div>
            <TextField label={t("Mission, in one sentence")} value={p.mission.clone()}
                id={at(PART, item, "mission")} notes={notes("mission")}
                hint={Hint::Mission.until_given(hints::given(&p.mission)).map(hint)}
                oninput={set.set(|p: &mut Profile, v: String| p.mission = v)} />
            <div class="smp-grid smp-grid--2">
                <NumberField label={t("Posts per week")} value={p.posts_per_week.map(f64::from)}
                    kind={NumberKind::Whole(200)}
                    id={at(PART, item, "posts_per_week")} notes={notes("posts_per_week")}
                    hint={Hint::Cadence.until_given(p.posts_per_week.is_some()).map(hint)}
                    onchange={set.set(|p: &mut Profile, v: Option<f64>| p.posts_per_week = v.map(|n| n as u32))} />
                <ChecksField legend={t("Personas it reaches")} options={personas} selected={selected}
                    empty={t("Add personas under Audience to choose them here.")}
                    id={at(PART, item, "personas")} notes={notes("personas")}
                    onchange={set.set(|p: &mut Profile, v: Vec<String>| p.personas = ids(v, PersonaId::parse))} />
            </div>
            <TextField label={t("Why this platform fits them")} value={p.fit.clone()} multiline=true
                id={at(PART, item, "fit")} notes={notes("fit")}
                oninput={set.set(|p: &mut Profile, v: String| p.fit = v)} />
        </ItemCard>
    }
}
