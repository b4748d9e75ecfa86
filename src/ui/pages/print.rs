//! A plan as a document (`exchange::document`): the strategy, its campaigns
//! and the next month's calendar. For the open plan, it is the printable
//! strategy (laid out for paper by the print rules in `app.css`, printed or
//! saved as PDF by the browser) and the place to share a copy in a link
//! (`exchange::share`). For a plan someone shared, it is the read-only view
//! of that link, added as a new plan only if the user asks: nothing here
//! ever replaces a plan of this browser.

use super::{page_header, section_page, Section};
use crate::exchange::document::{print_title, running_head};
use crate::exchange::share::{self, ShareError};
use crate::exchange::writers::Request;
use crate::exchange::Decoded;
use crate::plan::{Command, Plan};
use crate::session;
use crate::ui::components::{laid_out_view, use_document};
use crate::ui::route::{use_navigator, NavLink, Route};
use crate::ui::shell;
use crate::ui::store::use_store;
use crate::ui::text::{say, t, tf};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DocumentProps {
    /// A shared link's query (`?plan=…`); `None` for the open plan.
    #[prop_or_default]
    pub shared: Option<AttrValue>,
}

/// Reading a shared link: `None` while the browser decompresses it.
type Reading = Option<Result<Rc<Decoded>, ShareError>>;

/// Where sharing the open plan stands.
#[derive(Clone, PartialEq)]
enum Sharing {
    Closed,
    Making,
    /// The link, and what copying it did.
    Made(String, Option<AttrValue>),
    Failed,
}

#[component]
pub fn DocumentPage(props: &DocumentProps) -> Html {
    let store = use_store();
    let navigator = use_navigator();
    let reading = use_state(|| Reading::None);
    let sharing = use_state(|| Sharing::Closed);
    {
        let reading = reading.clone();
        use_effect_with(props.shared.clone(), move |query| {
            if let Some(query) = query {
                reading.set(None);
                match share::payload(query) {
                    Err(e) => reading.set(Some(Err(e))),
                    Ok(bytes) => wasm_bindgen_futures::spawn_local(async move {
                        let read = match shell::deflate(&bytes, false).await {
                            Some(json) => share::read(&json).map(Rc::new),
                            None => Err(ShareError::Incomplete),
                        };
                        reading.set(Some(read));
                    }),
                }
            }
        });
    }
    let own = store.workspace.current_shared();
    let shown: Option<&Plan> = match (&props.shared, &*reading) {
        (None, _) => own.as_deref(),
        (Some(_), Some(Ok(decoded))) => Some(&decoded.plan),
        _ => None,
    };
    // The document comes from the file writers, loaded on demand.
    let today = shell::today();
    let document = use_document(
        shown,
        Some(Request::Document {
            today,
            calendar: true,
        }),
    );
    // The tab's title names the plan: it is what a PDF is saved as.
    use_effect_with(
        shown.as_ref().map(|p| say(&print_title(p.name.as_str()))),
        |title| {
            let before = title.as_deref().map(shell::retitle);
            move || {
                if let Some(before) = before {
                    shell::retitle(&before);
                }
            }
        },
    );
    let bar = match (&props.shared, &*reading) {
        (None, _) => own_bar(own.as_ref(), &sharing),
        (Some(_), None) => {
            return shared_header(html! {
                <p class="smp-hint" role="status">{ t("Opening the shared plan…") }</p>
            })
        }
        (Some(_), Some(Err(e))) => {
            return shared_header(html! {
                <div class="smp-banner smp-banner--error smp-shared__offer" role="alert">
                    <p>{ t(e.message()) }</p>
                    <p>{ t("Nothing was added or changed in this browser.") }</p>
                    <NavLink to={Route::Overview} class="smp-button">{ t("Go to your plans") }</NavLink>
                </div>
            })
        }
        (Some(_), Some(Ok(decoded))) => {
            let import = {
                let (store, plan) = (store.clone(), decoded.plan.clone());
                Callback::from(move |_: MouseEvent| {
                    let here = store.workspace.plan(&plan.id).is_some();
                    let copy = share::as_new_plan(
                        plan.clone(),
                        shell::new_plan_id(),
                        here,
                        &t("shared copy"),
                    );
                    store.dispatch(session::Event::Apply(Command::AddPlan {
                        plan: Box::new(copy),
                    }));
                    if let Some(navigator) = &navigator {
                        navigator.push(&Route::Overview);
                    }
                })
            };
            html! {
                <div class="smp-banner smp-banner--info smp-shared__offer" role="region" aria-label={t("Shared plan")}>
                    <p>{ tf("A copy of “{}”, shared with you. You are looking at it read-only: nothing is added to your plans until you import it.", &[&decoded.plan.name.as_str()]) }</p>
                    if !decoded.repairs.is_empty() {
                        <p class="smp-hint">{ tf("Repaired on reading: {}", &[&crate::ui::text::said_all(&decoded.repairs, " ")]) }</p>
                    }
                    <div class="smp-print__bar">
                        <button type="button" class="smp-button smp-button--primary" onclick={import}>{ t("Import as a new plan") }</button>
                        <NavLink to={Route::Overview} class="smp-button">{ t("Not now") }</NavLink>
                    </div>
                </div>
            }
        }
    };
    let Some(plan) = shown else {
        return section_page(
            Section {
                title: t("Printable strategy"),
                eyebrow: t("Strategy"),
                lead: t("The strategy, its campaigns and the next month's calendar, laid out for paper."),
                wide: false,
            },
            None,
        );
    };
    html! {
        <article class="smp-page smp-print" aria-label={if props.shared.is_some() { t("Shared plan") } else { t("Printable strategy") }}>
            { bar }
            <p class="smp-print__running">{ say(&running_head(plan.name.as_str(), today)) }</p>
            { laid_out_view(document.as_ref(), t("Laying out the plan…")) }
        </article>
    }
}

/// A shared link's page before it shows a plan: reading it, or why not.
fn shared_header(body: Html) -> Html {
    html! {
        <section class="smp-page">
            { page_header(t("A shared plan").into(), Some(t("Shared plan").into()), Html::default()) }
            { body }
        </section>
    }
}

/// The open plan's bar: back, print, and sharing a copy in a link.
fn own_bar(plan: Option<&Rc<Plan>>, sharing: &UseStateHandle<Sharing>) -> Html {
    let share = {
        let (plan, sharing) = (plan.cloned(), sharing.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(plan) = plan.clone() else { return };
            sharing.set(Sharing::Making);
            let sharing = sharing.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let compressed = match crate::exchange::encode(&plan) {
                    Ok(json) => shell::deflate(json.as_bytes(), true).await,
                    Err(_) => None,
                };
                sharing.set(match compressed {
                    Some(bytes) => Sharing::Made(share::link(&shell::page_address(), &bytes), None),
                    None => Sharing::Failed,
                });
            });
        })
    };
    let panel = match &**sharing {
        Sharing::Closed => Html::default(),
        Sharing::Making => {
            html! { <p class="smp-hint" role="status">{ t("Making the link…") }</p> }
        }
        Sharing::Failed => html! {
            <p class="smp-error" role="alert">{ t("This browser could not make a link. Share the plan's file instead: Export it on the Plans page.") }</p>
        },
        Sharing::Made(link, _) if !share::fits(link.chars().count()) => html! {
            <p class="smp-error" role="alert">{ say(&share::too_long_said(link.chars().count())) }</p>
        },
        Sharing::Made(link, said) => {
            let copy = {
                let (link, sharing) = (link.clone(), sharing.clone());
                Callback::from(move |_: MouseEvent| {
                    let (link, sharing) = (link.clone(), sharing.clone());
                    shell::copy_text(&link.clone(), move |done| {
                        let said = match done {
                            true => t("Copied: paste it into a message or a mail."),
                            false => t("This browser did not let the planner copy: select the link and copy it."),
                        };
                        sharing.set(Sharing::Made(link, Some(said.into())));
                    });
                })
            };
            html! { <>
                <label class="smp-label" for="smp-share-link">{ t("Link to a copy of this plan") }</label>
                <input id="smp-share-link" class="smp-input smp-share__link" type="text" readonly=true value={link.clone()}
                    onfocus={Callback::from(|e: FocusEvent| e.target_unchecked_into::<web_sys::HtmlInputElement>().select())} />
                <p class="smp-hint">{ say(&share::link_said(link.chars().count())) }</p>
                <button type="button" class="smp-button smp-button--small smp-button--primary" onclick={copy}>{ t("Copy the link") }</button>
                <p class="smp-hint" role="status">{ said.clone().unwrap_or_default() }</p>
            </> }
        }
    };
    html! { <>
        <div class="smp-print__bar">
            <NavLink to={Route::Strategy} class="smp-button">{ t("Back to the strategy") }</NavLink>
            <button type="button" class="smp-button smp-button--primary"
                onclick={Callback::from(|_: MouseEvent| shell::print())}>{ t("Print or save as PDF") }</button>
            <button type="button" class="smp-button" onclick={share}
                aria-expanded={(**sharing != Sharing::Closed).to_string()}>{ t("Share a copy") }</button>
            <p class="smp-hint">{ t("Each part starts on a new page; the navigation is left off the paper.") }</p>
        </div>
        if **sharing != Sharing::Closed {
            <div class="smp-share" role="group" aria-label={t("Share a copy")}>{ panel }</div>
        }
    </> }
}
