//! The hand-over from the page's static content to the app: removing the
//! static summary or the build's drawing of the first view (keeping the
//! parts the view takes over, and the chart's box width), and the
//! `first-view` performance mark once the app's first view is in place.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use explainer_core::route::Route;

/// Removes the page's static content, right before the app is mounted in
/// its place: the headline facts for readers without WebAssembly, or the
/// first view the build rendered (see `explainer_core::first_view`) for
/// `route`, the page's address, which the app's first frame matches.
pub(crate) fn replace_static_page(route: Option<&Route>) {
    let Some(static_page) = document().get_element_by_id("static-page") else {
        return;
    };
    keep_chart_box(&static_page);
    // Its parts are the view's only if it is the current address's drawing
    // (a link followed while its drawing failed to come is not).
    let drawn = static_page.get_attribute("data-first-view");
    if let (Some(route), Some(drawn)) = (route, drawn)
        && explainer_core::first_view::is_drawing_of(&drawn, route)
    {
        crate::components::keep_drawn_parts(&static_page);
    }
    static_page.remove();
    // Parts the view did not take by its first frame are stale. A drawn
    // view is built a frame later, and forgets them itself then.
    if !crate::components::has_drawn(super::VIEW_PART) {
        request_animation_frame(crate::components::forget_drawn_parts);
    }
}

/// The ratings chart draws itself to its box's width: the app's first
/// drawing takes the width of the box the drawn chart is in, if any.
fn keep_chart_box(static_page: &web_sys::Element) {
    let chart = static_page.query_selector(".tl-chart").ok().flatten();
    let Some(chart) = chart.and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    let style = window().get_computed_style(&chart).ok().flatten();
    let padding = |side: &str| {
        style
            .as_ref()
            .and_then(|s| s.get_property_value(side).ok())
            .and_then(|v| v.trim_end_matches("px").parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    let content =
        f64::from(chart.client_width()) - padding("padding-left") - padding("padding-right");
    set_first_chart_box(content);
}

thread_local! {
    static FIRST_CHART_BOX: std::cell::Cell<Option<f64>> = const { std::cell::Cell::new(None) };
}

/// Sets the width of the ratings chart's box for its next first drawing:
/// the box of the rendering the app replaces, or, for the build, the box
/// of the variant being rendered.
pub fn set_first_chart_box(px: f64) {
    FIRST_CHART_BOX.set(Some(px));
}

/// The width set by [`set_first_chart_box`], once.
pub(crate) fn first_chart_box() -> Option<f64> {
    FIRST_CHART_BOX.take()
}

/// Records the `first-view` performance mark (for the benchmark and the
/// tests) once, right after the first view is in the document: in the
/// microtask after this task, which puts it there.
pub(crate) fn mark_first_view() {
    thread_local! {
        static MARKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if MARKED.replace(true) {
        return;
    }
    let mark = wasm_bindgen::prelude::Closure::once_into_js(|| {
        if let Some(performance) = window().performance() {
            let _ = performance.mark("first-view");
        }
    });
    window().queue_microtask(mark.unchecked_ref());
}
