//! Putting planners into a page: the standalone page's root, every element a
//! host page marks with `data-social-planner`, and `SocialMediaPlanner.mount`
//! by hand. An embed lives in a shadow root of its own, so the host's styles
//! and ours never meet, keeps its page in memory rather than in the host's
//! address, and stores under its own key.

use super::{App, AppProps};
use crate::embed::{EmbedOptions, Routing, STANDALONE_PREFIX};
use gloo_events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

/// The id of the element the standalone page mounts into.
pub const ROOT_ID: &str = "social-media-planner";

/// The attribute that marks an element of a host page as a planner's place.
pub const EMBED_ATTRIBUTE: &str = "data-social-planner";

/// The class of the element holding an embed's shadow root, inside the host's element.
const HOST_CLASS: &str = "smp-embed";

/// What the loader knows about the build: where its files are.
#[derive(Debug, Clone, Default)]
pub struct Assets {
    /// The planner's stylesheet, linked inside each embed's shadow root.
    pub stylesheet: Option<String>,
}

/// A planner on the page, for as long as it is mounted.
struct Mounted {
    app: AppHandle<App>,
    /// The host's element it was mounted into.
    element: Element,
    /// What we added to it (an embed's shadow host), removed on unmount.
    added: Option<Element>,
    /// What the host had put in the element (a "loading" note), put back on unmount.
    kept: Vec<Node>,
    /// The storage key it holds, free again on unmount.
    key: Option<String>,
    _stylesheet_loaded: Vec<EventListener>,
}

type Slot = Rc<RefCell<Option<Mounted>>>;

thread_local! {
    /// Every planner mounted, so each element has at most one and each storage
    /// key one user at a time.
    static MOUNTED: RefCell<Vec<Slot>> = const { RefCell::new(Vec::new()) };
}

fn document() -> Option<Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Why a planner could not be mounted, in words for the page and the console.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MountError(pub String);

/// A mounted planner, handed to the host page: `destroy()` takes it away.
#[derive(Clone)]
pub struct Handle(Slot);

impl Handle {
    /// Removes the planner: its app (with every listener and timer it set),
    /// every node it added, and its claim on its storage key. What the host
    /// had put in the element comes back. Its saved plans stay saved.
    pub fn destroy(&self) {
        let Some(mounted) = self.0.borrow_mut().take() else {
            return;
        };
        MOUNTED.with(|all| all.borrow_mut().retain(|slot| !Rc::ptr_eq(slot, &self.0)));
        mounted.app.destroy();
        if let Some(added) = &mounted.added {
            added.remove();
        }
        for node in &mounted.kept {
            let _ = mounted.element.append_child(node);
        }
        drop(mounted._stylesheet_loaded);
    }

    pub fn is_mounted(&self) -> bool {
        self.0.borrow().is_some()
    }
}

/// The planner mounted in `element`, if any.
pub fn mounted_in(element: &Element) -> Option<Handle> {
    MOUNTED.with(|all| {
        all.borrow()
            .iter()
            .find(|slot| {
                slot.borrow()
                    .as_ref()
                    .is_some_and(|m| &m.element == element)
            })
            .cloned()
            .map(Handle)
    })
}

fn key_in_use(key: &str) -> bool {
    MOUNTED.with(|all| {
        all.borrow()
            .iter()
            .any(|slot| slot.borrow().as_ref().and_then(|m| m.key.as_deref()) == Some(key))
    })
}

/// The shadow roots of the embeds on the page, to find their elements by id.
pub fn shadow_roots() -> Vec<ShadowRoot> {
    MOUNTED.with(|all| {
        all.borrow()
            .iter()
            .filter_map(|slot| {
                slot.borrow()
                    .as_ref()
                    .and_then(|m| m.added.as_ref().and_then(|a| a.shadow_root()))
            })
            .collect()
    })
}

/// Takes the host's own nodes out of an element, to give back later.
fn take_children(element: &Element) -> Vec<Node> {
    let mut kept = Vec::new();
    while let Some(child) = element.first_child() {
        let _ = element.remove_child(&child);
        kept.push(child);
    }
    kept
}

/// [`take_children`], leaving `keep` where it is.
fn take_children_except(element: &Element, keep: &Element) -> Vec<Node> {
    let mut kept = Vec::new();
    let mut next = element.first_child();
    while let Some(child) = next {
        next = child.next_sibling();
        if &child != AsRef::<Node>::as_ref(keep) {
            let _ = element.remove_child(&child);
            kept.push(child);
        }
    }
    kept
}

fn register(mounted: Mounted) -> Handle {
    let slot = Rc::new(RefCell::new(Some(mounted)));
    MOUNTED.with(|all| all.borrow_mut().push(slot.clone()));
    Handle(slot)
}

/// Mounts the standalone page's planner in its root: no shadow root (the
/// page is ours), the address's fragment for routing.
pub fn mount_standalone(root: Element) -> Handle {
    let kept = take_children(&root);
    let app = yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            storage_prefix: STANDALONE_PREFIX.into(),
            routing: Routing::Hash,
            embedded: false,
        },
    )
    .render();
    register(Mounted {
        app,
        element: root,
        added: None,
        kept,
        key: None,
        _stylesheet_loaded: Vec::new(),
    })
}

/// Mounts an embedded planner in a host page's element.
pub fn mount_embed(
    element: &Element,
    options: &EmbedOptions,
    assets: &Assets,
) -> Result<Handle, MountError> {
    if mounted_in(element).is_some() {
        return Err(MountError(
            "This element already holds a planner: destroy it before mounting another.".into(),
        ));
    }
    let key = options.key.as_str();
    if key_in_use(key) {
        return Err(MountError(format!(
            "Another planner on this page already keeps its plans under the storage key “{key}”. Give each planner its own data-storage-key."
        )));
    }
    let document =
        document().ok_or_else(|| MountError("There is no document to mount in.".into()))?;
    let failed = |what: &str| MountError(format!("The browser refused to {what}."));

    // planner.js shows the first screen in a marked element while the wasm
    // loads, in a shadow root of the kind made here, the host's own nodes
    // moved into it: the planner takes that place over, with its stylesheet
    // already loaded, so nothing blinks.
    let (host, root, kept, listeners) = match waiting_in(element) {
        Some((host, root)) => {
            let _ = host.remove_attribute(WAITING_ATTRIBUTE);
            root.set_text_content(None);
            // The host's nodes, inside the shadow host or (its stylesheet
            // not loaded yet) still beside it. The shadow host itself stays
            // put: taken out of the page, its stylesheet would load again,
            // and the planner show unstyled meanwhile.
            let mut kept = take_children(&host);
            kept.extend(take_children_except(element, &host));
            (host, root, kept, Vec::new())
        }
        None => {
            let (host, root, listeners) = new_host(&document, assets)?;
            let kept = take_children(element);
            element
                .append_child(&host)
                .map_err(|_| failed("add the planner to the page"))?;
            (host, root, kept, listeners)
        }
    };
    let app = yew::Renderer::<App>::with_root_and_props(
        root,
        AppProps {
            storage_prefix: options.key.prefix().into(),
            routing: options.routing,
            embedded: true,
        },
    )
    .render();
    Ok(register(Mounted {
        app,
        element: element.clone(),
        added: Some(host),
        kept,
        key: Some(key.to_owned()),
        _stylesheet_loaded: listeners,
    }))
}

/// The attribute planner.js marks its waiting first screen with.
const WAITING_ATTRIBUTE: &str = "data-smp-waiting";

/// The first screen planner.js put in `element` while the wasm loaded: its
/// shadow host and the root inside, if it is there and of our making.
fn waiting_in(element: &Element) -> Option<(Element, Element)> {
    let host = element
        .query_selector(&format!(":scope > .{HOST_CLASS}[{WAITING_ATTRIBUTE}]"))
        .ok()
        .flatten()?;
    let root = host.shadow_root()?.query_selector(".smp").ok().flatten()?;
    Some((host, root))
}

/// A new shadow host for an embed, with the root the app renders into,
/// hidden until its stylesheet has loaded so it never shows unstyled.
fn new_host(
    document: &Document,
    assets: &Assets,
) -> Result<(Element, Element, Vec<EventListener>), MountError> {
    let failed = |what: &str| MountError(format!("The browser refused to {what}."));
    let host = document
        .create_element("div")
        .map_err(|_| failed("create the planner's element"))?;
    host.set_class_name(HOST_CLASS);
    let shadow = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .map_err(|_| failed("give the planner a shadow root"))?;
    let root = document
        .create_element("div")
        .map_err(|_| failed("create the planner's root"))?;
    root.set_class_name("smp smp--embedded");
    let mut listeners = Vec::new();
    if let Some(href) = &assets.stylesheet {
        let link = document
            .create_element("link")
            .map_err(|_| failed("link the planner's stylesheet"))?;
        let _ = link.set_attribute("rel", "stylesheet");
        let _ = link.set_attribute("href", href);
        let _ = root.set_attribute("hidden", "");
        for event in ["load", "error"] {
            let root = root.clone();
            listeners.push(EventListener::once(&link, event, move |_| {
                let _ = root.remove_attribute("hidden");
            }));
        }
        let _ = shadow.append_child(&link);
    }
    let _ = shadow.append_child(&root);
    Ok((host, root, listeners))
}

/// Says in the host's element why no planner is there, as text.
pub fn show_problem(element: &Element, problem: &str) {
    let Some(document) = document() else {
        return;
    };
    let Ok(note) = document.create_element("p") else {
        return;
    };
    let _ = note.set_attribute("role", "alert");
    note.set_text_content(Some(&format!(
        "The social media planner could not start here: {problem}"
    )));
    element.set_text_content(None);
    let _ = element.append_child(&note);
}

/// Mounts what the page asks for: the standalone root if there is one, and a
/// planner in every element marked `data-social-planner` (its storage key in
/// `data-storage-key`, its routing in `data-routing`). Problems are said in the
/// element concerned; the others still mount.
pub fn mount_page(assets: &Assets) {
    let Some(document) = document() else {
        return;
    };
    if let Some(root) = document.get_element_by_id(ROOT_ID) {
        if mounted_in(&root).is_none() {
            mount_standalone(root);
        }
    }
    let Ok(marked) = document.query_selector_all(&format!("[{EMBED_ATTRIBUTE}]")) else {
        return;
    };
    for index in 0..marked.length() {
        let Some(element) = marked
            .item(index)
            .and_then(|n| n.dyn_into::<Element>().ok())
        else {
            continue;
        };
        if mounted_in(&element).is_some() {
            continue;
        }
        let options = EmbedOptions::parse(
            element.get_attribute("data-storage-key").as_deref(),
            element.get_attribute("data-routing").as_deref(),
        );
        let mounted = options
            .map_err(|e| MountError(e.to_string()))
            .and_then(|options| mount_embed(&element, &options, assets));
        if let Err(MountError(problem)) = mounted {
            web_sys::console::error_1(&format!("Social Media Planner: {problem}").into());
            show_problem(&element, &problem);
        }
    }
}
