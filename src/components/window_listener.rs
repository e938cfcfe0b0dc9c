//! Listening to the window for as long as a component lives: the listener is
//! removed when the component is. Outside a browser (the build's rendering
//! of first views) there is no window, and nothing is listened to.

use leptos::ev::EventDescriptor;
use leptos::prelude::*;

/// Calls `handler` on each `event` of the window until the current owner
/// is cleaned up.
pub fn on_window<E>(event: E, handler: impl Fn(E::EventType) + 'static)
where
    E: EventDescriptor + 'static,
    E::EventType: wasm_bindgen::JsCast,
{
    if !crate::site::BROWSER {
        return;
    }
    let handle = window_event_listener(event, handler);
    on_cleanup(move || handle.remove());
}
