//! Page-wide keyboard shortcuts share one rule: a key is the app's only if
//! it was pressed without a modifier, nothing handled it yet, and focus is
//! not in a form control (where the key is the reader's typing). The `/`
//! that focuses the site search follows the same rule but allows Shift.

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
    !modified && !ev.default_prevented() && !typing()
}

/// Whether this key press is the `/` that focuses the site search: `/`
/// however the layout makes it (Shift is allowed, since some layouts need
/// it), not handled yet, and not typed into a form control.
pub fn is_search_key(ev: &KeyboardEvent) -> bool {
    let modified = ev.alt_key() || ev.ctrl_key() || ev.meta_key();
    ev.key() == "/" && !modified && !ev.default_prevented() && !typing()
}

/// Whether focus is in a form control, where keys are the reader's typing.
fn typing() -> bool {
    document().active_element().is_some_and(|el| {
        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || el.has_attribute("contenteditable")
    })
}

/// Whether the reader has only a touch screen (no hovering pointer), where
/// keyboard hints mean nothing; the same test as the style's `.key-hint`.
pub fn touch_only() -> bool {
    crate::site::BROWSER
        && leptos::prelude::window()
            .match_media("(hover: none) and (pointer: coarse)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches())
}
