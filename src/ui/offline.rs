//! Offline use: registers the service worker (`sw.js`, written at build time
//! with the build's files) and tells the planners on the page when a new
//! version has arrived and waits. Nothing is forced: the new version takes over
//! only when the user chooses to reload.

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use std::cell::{Cell, RefCell};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{
    RegistrationOptions, ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration,
    ServiceWorkerState,
};
use yew::prelude::*;

thread_local! {
    /// The new version's worker, installed and waiting.
    static WAITING: RefCell<Option<ServiceWorker>> = const { RefCell::new(None) };
    /// The planners to tell when one is.
    static LISTENERS: RefCell<Vec<(u32, Callback<()>)>> = const { RefCell::new(Vec::new()) };
    static NEXT_LISTENER: Cell<u32> = const { Cell::new(0) };
    /// Whether the user chose to update, so the change of worker reloads.
    static UPDATING: Cell<bool> = const { Cell::new(false) };
    static REGISTERED: Cell<bool> = const { Cell::new(false) };
}

fn workers() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Pages not served over https (or from localhost) have no service workers.
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Registers the worker at `url`, once a page; with `scope`, for the pages
/// under it (wider than the worker's folder only where the server allows it
/// with `Service-Worker-Allowed`). Not before the planners have drawn their
/// first screen: a first install downloads the whole build again, which
/// would otherwise compete with it.
pub fn register(url: &str, scope: Option<&str>) {
    if REGISTERED.replace(true) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let (url, scope) = (url.to_owned(), scope.map(str::to_owned));
    let after_first_frame = Closure::once_into_js(move || {
        Timeout::new(0, move || register_now(&url, scope.as_deref())).forget();
    });
    let _ = window.request_animation_frame(after_first_frame.unchecked_ref());
}

fn register_now(url: &str, scope: Option<&str>) {
    let Some(container) = workers() else {
        return;
    };
    let promise = match scope {
        Some(scope) => {
            let options = RegistrationOptions::new();
            options.set_scope(scope);
            container.register_with_options(url, &options)
        }
        None => container.register(url),
    };
    // The page's own listeners, for its whole life: not any one planner's.
    EventListener::new(&container, "controllerchange", |_| {
        if UPDATING.get() {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        }
    })
    .forget();
    spawn_local(async move {
        let registration = match JsFuture::from(promise).await {
            Ok(registration) => registration,
            Err(error) => {
                web_sys::console::warn_2(
                    &"Social Media Planner: offline use is not available here:".into(),
                    &error,
                );
                return;
            }
        };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        // A worker waits only where another controls the page: the very first
        // install has nothing to replace.
        let controlled = || workers().and_then(|c| c.controller()).is_some();
        if let Some(waiting) = registration.waiting() {
            if controlled() {
                announce(waiting);
            }
        }
        let found = registration.clone();
        EventListener::new(&registration, "updatefound", move |_| {
            let Some(installing) = found.installing() else {
                return;
            };
            let worker = installing.clone();
            EventListener::new(&installing, "statechange", move |_| {
                if worker.state() == ServiceWorkerState::Installed && controlled() {
                    announce(worker.clone());
                }
            })
            .forget();
        })
        .forget();
    });
}

fn announce(worker: ServiceWorker) {
    WAITING.with(|waiting| *waiting.borrow_mut() = Some(worker));
    let listeners: Vec<Callback<()>> =
        LISTENERS.with(|all| all.borrow().iter().map(|(_, c)| c.clone()).collect());
    for listener in listeners {
        listener.emit(());
    }
}

/// Lets the waiting version take over; the page reloads into it.
pub fn update_now() {
    WAITING.with(|waiting| {
        if let Some(worker) = waiting.borrow().as_ref() {
            UPDATING.set(true);
            let _ = worker.post_message(&"smp:update".into());
        }
    });
}

/// Whether a new version waits, kept up to date.
#[hook]
pub fn use_update_waiting() -> bool {
    let waiting = use_state(|| WAITING.with(|w| w.borrow().is_some()));
    {
        let waiting = waiting.setter();
        use_effect_with((), move |_| {
            let id = NEXT_LISTENER.with(|next| {
                let id = next.get();
                next.set(id + 1);
                id
            });
            let tell = Callback::from(move |_| waiting.set(true));
            LISTENERS.with(|all| all.borrow_mut().push((id, tell.clone())));
            // A version announced between the first render and now.
            if WAITING.with(|w| w.borrow().is_some()) {
                tell.emit(());
            }
            move || LISTENERS.with(|all| all.borrow_mut().retain(|(other, _)| *other != id))
        });
    }
    *waiting
}
