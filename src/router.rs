//! Fragment routing on the `hashchange` event.
//!
//! `leptos_router` 0.8 only routes on the path (its `Router` is tied to the
//! browser's path and `pushState`, which throws from `file://`), so the app
//! keeps the parsed [`Route`] in a signal of its own. Links are plain
//! `<a href="#/…">`: the browser changes the fragment, keeps the history, and
//! the back button works with no code here.

use explainer_core::route::{Route, View};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// The current address, shared with every component through context, with
/// the router's own state.
#[derive(Clone, Copy)]
pub struct CurrentRoute(ReadSignal<Route>, WriteSignal<Route>, Navigation);

/// What the router keeps between an input and the frame after it, and
/// between a `hashchange` and the view it brings: held in context with the
/// route, not in globals, so that each app (and each test) has its own.
#[derive(Clone, Copy)]
pub struct Navigation {
    /// Where to scroll the view just arrived at, if the reader had
    /// scrolled it before leaving (see [`Navigation::take_scroll_to_restore`]).
    restore: StoredValue<Option<f64>>,
    /// The address waiting to be written by [`write_pending`], if any, with
    /// the scroll position of the view it leaves, for a new entry.
    pending: StoredValue<Option<(String, Write, Option<f64>)>>,
}

impl Navigation {
    fn new() -> Self {
        Self {
            restore: StoredValue::new(None),
            pending: StoredValue::new(None),
        }
    }

    /// Where the view just reached by Back or Forward was scrolled, once.
    pub fn take_scroll_to_restore(self) -> Option<f64> {
        self.restore.try_update_value(Option::take).flatten()
    }
}

/// Starts listening to the address and provides it as context.
///
/// A fragment that is not an app address (an in-page anchor such as `#main`)
/// leaves the current view in place.
pub fn provide_router() -> ReadSignal<Route> {
    let (route, set_route) = signal(location_route().unwrap_or(Route::new(View::Overview)));
    let nav = Navigation::new();
    // The app puts the reader back where they were itself (see `remember_scroll`).
    if let Ok(history) = window().history() {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
    // Leaving by a link: remember how far down this page the reader was.
    let clicks = window_event_listener(leptos::ev::click, |ev| {
        let link = crate::components::closest_link(&ev, "a[href^='#/']");
        if link.is_some_and(|a| a.get_attribute("target").is_none()) {
            remember_scroll(None);
        }
    });
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        // The reader went elsewhere: an address still waiting to be written
        // belongs to the view they left, and must not overwrite the new one.
        nav.pending.update_value(|p| *p = None);
        // An address this app wrote itself (see `write_pending`) is already
        // the current route: setting it again would redo work for nothing.
        if let Some(next) = location_route()
            && route.with_untracked(|r| r != &next)
        {
            // Back or forward to a page the reader scrolled: back to that place.
            nav.restore.set_value(remembered_scroll());
            set_route.set(next);
        }
    });
    on_cleanup(move || {
        listener.remove();
        clicks.remove();
    });
    provide_context(CurrentRoute(route, set_route, nav));
    route
}

/// Replaces the current address without adding a history entry. Taken from
/// context when a component is created, so it can be called from event
/// handlers.
#[derive(Clone, Copy)]
pub struct ReplaceRoute(WriteSignal<Route>, Navigation);

/// Goes to a new address, adding a history entry, as a followed link does
/// but without waiting for the browser's `hashchange` (see [`PushRoute::go`]).
#[derive(Clone, Copy)]
pub struct PushRoute(WriteSignal<Route>, Navigation);

/// How a waiting address is written.
#[derive(Clone, Copy, PartialEq)]
enum Write {
    Replace,
    Push,
}

/// Sets the view to `hash` now and writes the address after the next frame
/// is painted: `history.replaceState` and `pushState` cost a few
/// milliseconds each in Chromium, too much to pay inside every keystroke.
/// Inputs within one frame write the address once, as one history entry if
/// any of them asked for one.
fn go(set: WriteSignal<Route>, nav: Navigation, hash: &str, write: Write) {
    let Some(next) = Route::parse(hash) else {
        return;
    };
    let scheduled = nav.pending.try_update_value(|p| {
        // The first of a frame's inputs knows where the view they leave was;
        // it is read only for a new entry (reading it may cost a layout, and
        // a keystroke that replaces the address has no use for it).
        let write = match p {
            Some((_, Write::Push, _)) => Write::Push,
            _ => write,
        };
        let left_at = match p {
            Some((_, _, Some(y))) => Some(*y),
            _ if write == Write::Push => window().scroll_y().ok(),
            _ => None,
        };
        p.replace((hash.to_owned(), write, left_at)).is_some()
    });
    if scheduled == Some(false) {
        request_animation_frame(move || {
            set_timeout(move || write_pending(nav), std::time::Duration::ZERO)
        });
    }
    set.set(next);
}

impl ReplaceRoute {
    /// Goes to `hash`, replacing the current history entry: the view
    /// updates in this task, the address bar after the next frame.
    pub fn go(self, hash: &str) {
        go(self.0, self.1, hash, Write::Replace);
    }
}

impl PushRoute {
    /// Goes to `hash` as a new history entry: the view updates in this task,
    /// the address bar after the next frame. Going through `location.hash`
    /// instead would wait for its `hashchange`, a task later, and pay for
    /// the history entry before the view is drawn.
    pub fn go(self, hash: &str) {
        go(self.0, self.1, hash, Write::Push);
    }
}

/// Keeps `y` (else the current scroll position) in the current history
/// entry, so that coming back to it by the browser's Back and Forward
/// returns the reader to the same place. A new entry has none: a link
/// followed opens its page at the top.
fn remember_scroll(y: Option<f64>) {
    let Ok(history) = window().history() else {
        return;
    };
    let y = y.unwrap_or_else(|| window().scroll_y().unwrap_or(0.0));
    let state = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &state,
        &JsValue::from_str(SCROLL_KEY),
        &JsValue::from_f64(y),
    );
    let _ = history.replace_state(&state, "");
}

/// The key of the scroll position in a history entry's state.
const SCROLL_KEY: &str = "explainerScrollY";

/// The scroll position kept in the current history entry, if any.
fn remembered_scroll() -> Option<f64> {
    let state = window().history().ok()?.state().ok()?;
    js_sys::Reflect::get(&state, &JsValue::from_str(SCROLL_KEY))
        .ok()?
        .as_f64()
        .filter(|y| *y > 0.0)
}

/// Writes the pending address. Where the browser refuses the History API
/// (some do for files opened from disk), falls back to `location`, whose
/// `hashchange` then carries the same route.
fn write_pending(nav: Navigation) {
    let Some((hash, write, left_at)) = nav.pending.try_update_value(Option::take).flatten() else {
        return;
    };
    // The entry being left keeps where its page was scrolled.
    if let (Write::Push, Some(y)) = (write, left_at) {
        remember_scroll(Some(y));
    }
    let written = window().history().and_then(|h| match write {
        // A replaced address (a filter, a scenario) keeps the entry's
        // remembered scroll position.
        Write::Replace => {
            h.replace_state_with_url(&h.state().unwrap_or(JsValue::NULL), "", Some(&hash))
        }
        Write::Push => h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash)),
    });
    if written.is_err() {
        let location = window().location();
        let _ = match write {
            Write::Replace => location.replace(&hash),
            Write::Push => location.set_hash(&hash),
        };
    }
}

/// The full address of `route` on this page, for copying and printing: the
/// address bar may lag a frame behind the view (see [`ReplaceRoute::go`]).
pub fn address(route: &Route) -> String {
    if !crate::site::BROWSER {
        return route.to_hash();
    }
    let href = window().location().href().unwrap_or_default();
    let page = href.split('#').next().unwrap_or_default();
    format!("{page}{}", route.to_hash())
}

/// The way to replace the current address; see [`ReplaceRoute`].
pub fn use_replace_route() -> ReplaceRoute {
    let CurrentRoute(_, set, nav) = expect_context();
    ReplaceRoute(set, nav)
}

/// The way to go to a new address; see [`PushRoute`].
pub fn use_push_route() -> PushRoute {
    let CurrentRoute(_, set, nav) = expect_context();
    PushRoute(set, nav)
}

/// The router's state; see [`Navigation`].
pub fn use_navigation() -> Navigation {
    expect_context::<CurrentRoute>().2
}

/// Provides a fixed address as context, for rendering a view outside the browser.
pub fn provide_fixed(route: Route) {
    let (route, set_route) = signal(route);
    provide_context(CurrentRoute(route, set_route, Navigation::new()));
}

/// The current address. Panics outside the app shell, where no router runs.
pub fn use_route() -> ReadSignal<Route> {
    expect_context::<CurrentRoute>().0
}

/// The route in the address bar now, if it is one of the app's.
pub fn location_route() -> Option<Route> {
    Route::parse(&window().location().hash().ok()?)
}
