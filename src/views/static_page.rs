//! The hand-over from the page's static content to the app: removing the
//! static summary or the build's drawing of the first view (keeping the
//! parts the view takes over, and the chart's box width), and the
//! `first-view` performance mark once the app's first view is in place.

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::PageDrawing;

use explainer_core::route::Route;

/// Removes the page's static content, right before the app is mounted in
/// its place: the headline facts for readers without WebAssembly, or the
/// first view the build rendered (see `explainer_core::first_view`) for
/// `route`, the page's address, which the app's first frame matches.
///
/// Returns what the app takes over from that drawing, for
/// [`provide_drawing`](crate::components::provide_drawing).
pub(crate) fn replace_static_page(route: Option<&Route>) -> PageDrawing {
    let Some(static_page) = document().get_element_by_id("static-page") else {
        return PageDrawing::default();
    };
    // Its parts are the view's only if it is the current address's drawing
    // (a link followed while its drawing failed to come is not).
    let drawn = static_page.get_attribute("data-first-view");
    let parts = match (route, drawn) {
        (Some(route), Some(drawn)) if explainer_core::first_view::is_drawing_of(&drawn, route) => {
            PageDrawing::parts_of(&static_page)
        }
        _ => PageDrawing::default(),
    };
    let drawing = parts.with_chart_box(chart_box(&static_page));
    static_page.remove();
    drawing
}

/// The ratings chart draws itself to its box's width: the app's first
/// drawing takes the width of the box the drawn chart is in, if any.
fn chart_box(static_page: &web_sys::Element) -> Option<f64> {
    let chart = static_page.query_selector(".tl-chart").ok().flatten();
    let chart = chart.and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok())?;
    let style = window().get_computed_style(&chart).ok().flatten();
    let padding = |side: &str| {
        style
            .as_ref()
            .and_then(|s| s.get_property_value(side).ok())
            .and_then(|v| v.trim_end_matches("px").parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    Some(f64::from(chart.client_width()) - padding("padding-left") - padding("padding-right"))
}

/// Records the `first-view` performance mark (for the benchmark and the
/// tests) once, right after the first view is in the document: in the
/// microtask after this task, which puts it there.
pub(crate) fn mark_first_view() {
    static MARKED: AtomicBool = AtomicBool::new(false);
    if MARKED.swap(true, Ordering::Relaxed) {
        return;
    }
    let mark = wasm_bindgen::prelude::Closure::once_into_js(|| {
        if let Some(performance) = window().performance() {
            let _ = performance.mark("first-view");
        }
    });
    window().queue_microtask(mark.unchecked_ref());
}
