//! `DrawnPart`: a large part of a first view (a chart, a long list) that
//! the page has already drawn from the build's rendering
//! (`explainer_core::first_view`). When the app takes that rendering over,
//! it moves the drawn part into its own view as it is and builds the part
//! itself a task after its first frame: taking over is then a short task
//! on a slow phone, and nothing moves on screen. Where nothing was drawn
//! (every view after the first), the part is built at once.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::after_first_frame;

thread_local! {
    /// The drawn parts of the page's static content, by name, kept when
    /// the app removes that content and taken by the parts it builds.
    static DRAWN: RefCell<Vec<(String, web_sys::Element)>> = const { RefCell::new(Vec::new()) };
}

/// Keeps the drawn parts of `page` (the page's static content, about to be
/// removed) for the app's view to take over.
pub(crate) fn keep_drawn_parts(page: &web_sys::Element) {
    let Ok(found) = page.query_selector_all("[data-drawn-part]") else {
        return;
    };
    let parts = (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter_map(|el| Some((el.get_attribute("data-drawn-part")?, el)))
        .collect();
    DRAWN.set(parts);
}

/// Forgets drawn parts that no view took (the reader had moved on).
pub(crate) fn forget_drawn_parts() {
    DRAWN.set(Vec::new());
}

/// Whether the page drew a part named `name` that no view has taken yet.
pub(crate) fn has_drawn(name: &str) -> bool {
    DRAWN.with_borrow(|parts| parts.iter().any(|(n, _)| n == name))
}

/// Moves the children of the drawn part `name` into `holder`, as the
/// holder is built: in the task that takes the drawing over, before any
/// frame could show the view without them.
fn adopt_drawn(holder: web_sys::Element, name: &'static str) {
    let drawn = DRAWN.with_borrow_mut(|parts| {
        let at = parts.iter().position(|(n, _)| n == name)?;
        Some(parts.swap_remove(at).1)
    });
    if let Some(drawn) = drawn {
        while let Some(child) = drawn.first_child() {
            let _ = holder.append_child(&child);
        }
    }
}

/// `build()`, or, where the page drew the part `name`, `hold()` (which
/// takes the drawing over, busy) until the task after the frame following
/// it, and `build()` then: the one rule behind [`DrawnPart`],
/// [`DrawnGroup`] and the drawn view (`views::CurrentView`).
pub(crate) fn built_after_drawing(
    name: &'static str,
    build: impl Fn() -> AnyView + Send + Sync + 'static,
    hold: impl Fn() -> AnyView + Send + Sync + 'static,
) -> AnyView {
    if !(crate::site::BROWSER && has_drawn(name)) {
        return build();
    }
    let built = after_first_frame();
    (move || if built.get() { build() } else { hold() }).into_any()
}

/// Renders `children` in a box without a layout of its own (`display:
/// contents`), named `name` in the build's rendering; shows the drawn part
/// of that name, if the page has one, until the frame after the view's
/// first is painted. Marked busy until then, as every part that fills in
/// later is.
#[component]
pub fn DrawnPart(name: &'static str, children: ChildrenFn) -> impl IntoView {
    built_after_drawing(
        name,
        move || {
            view! { <div class="drawn-part" data-drawn-part=name>{children()}</div> }.into_any()
        },
        move || view! { <DrawnHolder name=name/> }.into_any(),
    )
}

/// The drawn part `name`, moved as it is into the app's view while the app
/// builds its own (busy until then).
#[component]
pub fn DrawnHolder(name: &'static str) -> impl IntoView {
    view! { <div class="drawn-part" data-drawn-part=name aria-busy="true" use:adopt_drawn=name></div> }
}

/// A [`DrawnPart`] inside an SVG drawing: a `<g>`, which has no box of its
/// own to lay out.
#[component]
pub fn DrawnGroup(name: &'static str, children: ChildrenFn) -> impl IntoView {
    built_after_drawing(
        name,
        move || view! { <g data-drawn-part=name>{children()}</g> }.into_any(),
        move || {
            view! { <g data-drawn-part=name aria-busy="true" use:adopt_drawn=name></g> }.into_any()
        },
    )
}
