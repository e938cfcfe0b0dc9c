//! Two small DOM habits of the views, written once: moving focus once the
//! view has caught up (after the next frame), and finding the link an event
//! happened in.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Which element [`focus_after_frame`] focuses.
pub enum FocusTarget {
    /// The element with this id.
    Id(String),
    /// The first element matching this CSS selector.
    Selector(&'static str),
}

/// Focuses `target` after the next frame, once the view has been updated
/// to hold it; nothing happens if it is not there then.
pub fn focus_after_frame(target: FocusTarget) {
    request_animation_frame(move || {
        let element = match target {
            FocusTarget::Id(id) => document().get_element_by_id(&id),
            FocusTarget::Selector(selector) => document().query_selector(selector).ok().flatten(),
        };
        if let Some(element) = element.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = element.focus();
        }
    });
}

/// The element matching `selector` (a link selector, such as `a[href]`)
/// that the event's target is in or is, if any.
pub fn closest_link(ev: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest(selector).ok().flatten())
}
