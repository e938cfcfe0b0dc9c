//! Fragment routing on the `hashchange` event.
//!
//! `leptos_router` 0.8 only routes on the path (its `Router` is tied to the
//! browser's path and `pushState`, which throws from `file://`), so the app
//! keeps the parsed [`Route`] in a signal of its own. Links are plain
//! `<a href="#/…">`: the browser changes the fragment, keeps the history, and
//! the back button works with no code here.

use explainer_core::route::{Route, View};
use leptos::prelude::*;

/// The current address, shared with every component through context.
#[derive(Clone, Copy)]
pub struct CurrentRoute(ReadSignal<Route>, WriteSignal<Route>);

/// Starts listening to the address and provides it as context.
///
/// A fragment that is not an app address (an in-page anchor such as `#main`)
/// leaves the current view in place.
pub fn provide_router() -> ReadSignal<Route> {
    let (route, set_route) = signal(location_route().unwrap_or(Route::new(View::Overview)));
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        // The reader went elsewhere: an address still waiting to be written
        // belongs to the view they left, and must not overwrite the new one.
        PENDING.with_borrow_mut(Option::take);
        if let Some(next) = location_route() {
            set_route.set(next);
        }
    });
    on_cleanup(move || listener.remove());
    provide_context(CurrentRoute(route, set_route));
    route
}

/// Replaces the current address without adding a history entry. Taken from
/// context when a component is created, so it can be called from event
/// handlers.
#[derive(Clone, Copy)]
pub struct ReplaceRoute(WriteSignal<Route>);

thread_local! {
    /// The address waiting to be written by [`write_pending`], if any.
    static PENDING: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

impl ReplaceRoute {
    /// Goes to `hash`: the view updates in this task, and the address bar
    /// follows after the next frame is painted. `history.replaceState`
    /// costs a few milliseconds in Chromium, too much to pay inside every
    /// keystroke; keystrokes within one frame write the address once.
    pub fn go(self, hash: &str) {
        let Some(next) = Route::parse(hash) else {
            return;
        };
        let scheduled = PENDING.with_borrow_mut(|p| p.replace(hash.to_owned()).is_some());
        if !scheduled {
            request_animation_frame(|| set_timeout(write_pending, std::time::Duration::ZERO));
        }
        self.0.set(next);
    }
}

/// Writes the pending address. Where the browser refuses `replaceState`
/// (some refuse it for files opened from disk), falls back to
/// `location.replace`, whose `hashchange` then carries the same route.
fn write_pending() {
    let Some(hash) = PENDING.with_borrow_mut(Option::take) else {
        return;
    };
    let replaced = window()
        .history()
        .and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash)));
    if replaced.is_err() {
        let _ = window().location().replace(&hash);
    }
}

/// The full address of `route` on this page, for copying and printing: the
/// address bar may lag a frame behind the view (see [`ReplaceRoute::go`]).
pub fn address(route: &Route) -> String {
    let href = window().location().href().unwrap_or_default();
    let page = href.split('#').next().unwrap_or_default();
    format!("{page}{}", route.to_hash())
}

/// The way to replace the current address; see [`ReplaceRoute`].
pub fn use_replace_route() -> ReplaceRoute {
    ReplaceRoute(expect_context::<CurrentRoute>().1)
}

/// The current address. Panics outside the app shell, where no router runs.
pub fn use_route() -> ReadSignal<Route> {
    expect_context::<CurrentRoute>().0
}

fn location_route() -> Option<Route> {
    Route::parse(&window().location().hash().ok()?)
}
