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

impl ReplaceRoute {
    /// Goes to `hash`, updating the view in the same task (no round trip
    /// through `hashchange`). Where the browser refuses `replaceState` (some
    /// refuse it for files opened from disk), falls back to
    /// `location.replace`, which updates the view on the next `hashchange`.
    pub fn go(self, hash: &str) {
        let Some(next) = Route::parse(hash) else {
            return;
        };
        let replaced = window()
            .history()
            .and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash)));
        if replaced.is_ok() {
            self.0.set(next);
        } else {
            let _ = window().location().replace(hash);
        }
    }
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
