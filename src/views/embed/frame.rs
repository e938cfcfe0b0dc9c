//! The page around a widget. Inside another site's iframe it tells the host
//! page its height whenever that changes (`postMessage` to the parent with
//! the message `explainer_core::embed` documents, deduplicated) and never
//! reads from the host: no `message` listener, no access to the parent but
//! the one `postMessage`. Every link opens in a new tab, so the reader is
//! never taken into the full app inside the article's frame.

use std::cell::Cell;
use std::rc::Rc;

use explainer_core::embed::{MESSAGE_TYPE, MESSAGE_VERSION, reported_height};
use explainer_core::route::View;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::components::observe_resize;
use crate::router::use_route;
use crate::views;

/// The parent window, if this page is in a frame.
fn parent() -> Option<web_sys::Window> {
    let own = window();
    let parent = own.parent().ok().flatten()?;
    let own: &JsValue = own.as_ref();
    (own != AsRef::<JsValue>::as_ref(&parent)).then_some(parent)
}

/// Sends `height` for `widget` to the parent (any origin: the message holds
/// nothing but the height and the widget's own address).
fn post_height(parent: &web_sys::Window, height: u32, widget: &str) {
    let message = js_sys::Object::new();
    for (key, value) in [
        ("type", JsValue::from_str(MESSAGE_TYPE)),
        ("version", JsValue::from(MESSAGE_VERSION)),
        ("height", JsValue::from(height)),
        ("widget", JsValue::from_str(widget)),
    ] {
        let _ = js_sys::Reflect::set(&message, &JsValue::from_str(key), &value);
    }
    let _ = parent.post_message(&message, "*");
}

/// Reports the height of `root` to the parent whenever it or the widget's
/// address changes. Does nothing outside a frame.
fn report_height(root: NodeRef<html::Main>) {
    if !crate::site::BROWSER {
        return;
    }
    let Some(parent) = parent() else {
        return;
    };
    let route = use_route();
    let last: Rc<Cell<Option<(u32, u64)>>> = Rc::new(Cell::new(None));
    let send = {
        let parent = parent.clone();
        move || {
            let Some(el) = root.get_untracked() else {
                return;
            };
            let Some(height) = reported_height(el.get_bounding_client_rect().height()) else {
                return;
            };
            let widget = route.with_untracked(|r| r.to_hash());
            let key = (height, fingerprint(&widget));
            if last.get() != Some(key) {
                last.set(Some(key));
                post_height(&parent, height, &widget);
            }
        }
    };
    observe_resize(root, {
        let send = send.clone();
        move |_| send()
    });
    // A new address (the host changing the widget's filter) is a new message
    // even at the same height.
    Effect::new(move |_| {
        route.track();
        send();
    });
}

/// A short hash of the widget's address, so the last message sent is
/// remembered without keeping its text.
fn fingerprint(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Opens every link of the widget in a new tab: set on the link as it is
/// followed, so the widgets' shared parts stay plain links.
fn open_links_in_new_tab(ev: web_sys::MouseEvent) {
    let link = crate::components::closest_link(&ev, "a[href]");
    if let Some(link) = link {
        let _ = link.set_attribute("target", "_blank");
        let _ = link.set_attribute("rel", "noopener");
    }
}

/// The page of a widget in the site (the single-file edition, where
/// there is no widgets' page): the site's view of the address in the
/// widget's `main`.
#[component]
pub fn EmbedFrame(
    /// The current view (a widget; the shell shows this frame only then).
    view: Memo<View>,
) -> impl IntoView {
    view! {
        <EmbedMain>
            <views::CurrentView view=view/>
        </EmbedMain>
    }
}

/// The `main` element of a widget's page, without the site's chrome: its
/// links open in a new tab, and its height goes to the host page.
#[component]
pub fn EmbedMain(children: Children) -> impl IntoView {
    let root = NodeRef::<html::Main>::new();
    report_height(root);
    view! {
        <main id="main" class="embed-main" node_ref=root on:click=open_links_in_new_tab>
            {children()}
        </main>
    }
}
