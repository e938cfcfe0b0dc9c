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
pub struct CurrentRoute(ReadSignal<Route>);

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
    provide_context(CurrentRoute(route));
    route
}

/// The current address. Panics outside the app shell, where no router runs.
pub fn use_route() -> ReadSignal<Route> {
    expect_context::<CurrentRoute>().0
}

fn location_route() -> Option<Route> {
    Route::parse(&window().location().hash().ok()?)
}
