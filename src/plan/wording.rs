//! Reading marketers' words: vanity metrics, and purposes stated in a profile's mission.
//! (Temporary minimal version; replaced by the full reader.)

use super::profile::PrimaryPurpose;

pub fn vanity_measure(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    for business in [
        "sale", "deal", "lead", "revenue", "hire", "order", "sign-up", "signup",
    ] {
        if lower.contains(business) {
            return None;
        }
    }
    [
        "followers",
        "likes",
        "engagement",
        "impressions",
        "reach",
        "awareness",
        "fans",
        "reputation",
    ]
    .into_iter()
    .find(|vanity| lower.contains(vanity))
}

pub fn purposes_stated(text: &str) -> Vec<PrimaryPurpose> {
    let lower = text.to_lowercase();
    let mut found = Vec::new();
    for (word, purpose) in [
        ("brand", PrimaryPurpose::Branding),
        ("support", PrimaryPurpose::CustomerService),
        ("sell", PrimaryPurpose::PromotingProducts),
        ("tips", PrimaryPurpose::Educating),
        ("traffic", PrimaryPurpose::DrivingTraffic),
    ] {
        if lower.contains(word) && !found.contains(&purpose) {
            found.push(purpose);
        }
    }
    found
}
