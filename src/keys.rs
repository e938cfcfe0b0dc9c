//! Page-wide keyboard shortcuts share one rule: a key is the app's only if
//! it was pressed without a modifier, nothing handled it yet, and focus is
//! not in a form control (where the key is the reader's typing).

use leptos::prelude::document;
use web_sys::KeyboardEvent;

/// The tag name of the focused element ("BUTTON", "A", …), if any.
pub fn focused_tag() -> String {
    document()
        .active_element()
        .map(|el| el.tag_name())
        .unwrap_or_default()
}

/// Whether a shortcut may act on this key press.
pub fn is_shortcut(ev: &KeyboardEvent) -> bool {
    let modified = ev.alt_key() || ev.ctrl_key() || ev.meta_key() || ev.shift_key();
    let typing = document().active_element().is_some_and(|el| {
        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || el.has_attribute("contenteditable")
    });
    !modified && !ev.default_prevented() && !typing
}
