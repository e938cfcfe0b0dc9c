//! Following an element's size as it changes: the ratings chart lays itself
//! out in real pixels (its labels must stay legible in a 280-pixel column),
//! and a widget tells the page around it its height.

use leptos::html::ElementType;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// Calls `on_resize` with the observer's entry for `el` once it is laid
/// out and whenever its size changes afterwards; stops with the owner.
/// Where the browser has no `ResizeObserver`, never calls it.
pub fn observe_resize<E>(
    el: NodeRef<E>,
    on_resize: impl Fn(&web_sys::ResizeObserverEntry) + 'static,
) where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    if !crate::site::BROWSER {
        return;
    }
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let last = entries.get(entries.length().saturating_sub(1));
        if let Ok(entry) = last.dyn_into::<web_sys::ResizeObserverEntry>() {
            on_resize(&entry);
        }
    })
    .into_js_value();
    let Ok(observer) = web_sys::ResizeObserver::new(callback.unchecked_ref()) else {
        return;
    };
    let observer = StoredValue::new_local(observer);
    Effect::new(move |_| {
        if let Some(el) = el.get() {
            observer.with_value(|o| o.observe(el.unchecked_ref()));
        }
    });
    on_cleanup(move || {
        let _ = observer.try_with_value(web_sys::ResizeObserver::disconnect);
    });
}

/// Calls `on_width` with the content width of `el`, in CSS pixels, as
/// [`observe_resize`] sees it change.
pub fn observe_box_width<E>(el: NodeRef<E>, on_width: impl Fn(f64) + 'static)
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    observe_resize(el, move |entry| on_width(entry.content_rect().width()));
}
