//! The width of an element's content box, followed as it changes, for
//! drawings that lay themselves out in real pixels (an SVG whose labels must
//! stay legible in a 280-pixel column).

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// Calls `on_width` with the content width of `el`, in CSS pixels, once it
/// is laid out and whenever it changes afterwards; stops with the owner.
/// Where the browser has no `ResizeObserver`, never calls it.
pub fn observe_box_width(el: NodeRef<html::Div>, on_width: impl Fn(f64) + 'static) {
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let last = entries.get(entries.length().saturating_sub(1));
        if let Ok(entry) = last.dyn_into::<web_sys::ResizeObserverEntry>() {
            on_width(entry.content_rect().width());
        }
    })
    .into_js_value();
    let Ok(observer) = web_sys::ResizeObserver::new(callback.unchecked_ref()) else {
        return;
    };
    let observer = StoredValue::new_local(observer);
    Effect::new(move |_| {
        if let Some(el) = el.get() {
            observer.with_value(|o| o.observe(&el));
        }
    });
    on_cleanup(move || {
        let _ = observer.try_with_value(web_sys::ResizeObserver::disconnect);
    });
}
