//! `DrawnPart`: a large part of a first view (a chart, a long list) that
//! the page has already drawn from the build's rendering
//! (`explainer_core::first_view`). When the app takes that rendering over,
//! it moves the drawn part into its own view as it is and builds the part
//! itself a task after its first frame: taking over is then a short task
//! on a slow phone, and nothing moves on screen. Where nothing was drawn
//! (every view after the first), the part is built at once.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::after_first_frame;

/// The name of the drawn part that holds a whole view in the build's
/// rendering (`src/bin/prerender.rs`), taken over by `views::CurrentView`.
pub const VIEW_PART: &str = "view";

/// What the app takes over from the page's drawing of its first view: the
/// drawn parts, by name, and the width of the box the ratings chart was
/// drawn in. Handed to the app as it is mounted, and kept as context
/// ([`provide_drawing`]) for the parts that take it over.
#[derive(Default)]
pub struct PageDrawing {
    parts: Vec<(String, web_sys::Element)>,
    chart_box: Option<f64>,
}

impl PageDrawing {
    /// The drawn parts of `page` (the page's static content, about to be
    /// removed).
    pub(crate) fn parts_of(page: &web_sys::Element) -> Self {
        let Ok(found) = page.query_selector_all("[data-drawn-part]") else {
            return Self::default();
        };
        let parts = (0..found.length())
            .filter_map(|i| found.item(i)?.dyn_into::<web_sys::Element>().ok())
            .filter_map(|el| Some((el.get_attribute("data-drawn-part")?, el)))
            .collect();
        Self {
            parts,
            chart_box: None,
        }
    }

    /// The same, with the chart drawn first in a box `px` wide: the box of
    /// the drawing the app replaces, or, for the build, the box of the
    /// variant being rendered.
    pub fn with_chart_box(self, px: Option<f64>) -> Self {
        Self {
            chart_box: px,
            ..self
        }
    }
}

/// The page's drawing, for the parts that take it over.
#[derive(Clone, Copy)]
struct Drawing(StoredValue<PageDrawing, LocalStorage>);

/// Provides `drawing` as context. Parts the view has not taken by its
/// first frame are stale then, unless the drawing holds the whole view,
/// which is built a frame later and forgets them itself
/// (`views::CurrentView`).
pub fn provide_drawing(drawing: PageDrawing) {
    let whole_view = drawing.parts.iter().any(|(n, _)| n == VIEW_PART);
    let drawing = Drawing(StoredValue::new_local(drawing));
    provide_context(drawing);
    if crate::site::BROWSER && !whole_view {
        request_animation_frame(move || {
            let _ = drawing.0.try_update_value(|d| d.parts.clear());
        });
    }
}

/// Forgets drawn parts that no view took (the reader had moved on).
pub(crate) fn forget_drawn_parts() {
    if let Some(Drawing(d)) = use_context() {
        d.update_value(|d| d.parts.clear());
    }
}

/// Whether the page drew a part named `name` that no view has taken yet.
/// Where no drawing was provided (a component on its own), none was.
pub(crate) fn has_drawn(name: &str) -> bool {
    use_context::<Drawing>()
        .is_some_and(|Drawing(d)| d.with_value(|d| d.parts.iter().any(|(n, _)| n == name)))
}

/// The width of the box the chart was drawn in, for the chart's first
/// drawing only.
pub(crate) fn first_chart_box() -> Option<f64> {
    use_context::<Drawing>().and_then(|Drawing(d)| d.try_update_value(|d| d.chart_box.take())?)
}

/// Moves the children of the drawn part `name` into `holder`, as the
/// holder is built: in the task that takes the drawing over, before any
/// frame could show the view without them.
fn adopt_drawn(holder: web_sys::Element, (name, drawing): (&'static str, Option<Drawing>)) {
    let drawn = drawing.and_then(|Drawing(d)| {
        d.try_update_value(|d| {
            let at = d.parts.iter().position(|(n, _)| n == name)?;
            Some(d.parts.swap_remove(at).1)
        })?
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
    let drawing = use_context::<Drawing>();
    view! {
        <div class="drawn-part" data-drawn-part=name aria-busy="true" use:adopt_drawn=(name, drawing)></div>
    }
}

/// A [`DrawnPart`] inside an SVG drawing: a `<g>`, which has no box of its
/// own to lay out.
#[component]
pub fn DrawnGroup(name: &'static str, children: ChildrenFn) -> impl IntoView {
    built_after_drawing(
        name,
        move || view! { <g data-drawn-part=name>{children()}</g> }.into_any(),
        move || {
            let drawing = use_context::<Drawing>();
            view! { <g data-drawn-part=name aria-busy="true" use:adopt_drawn=(name, drawing)></g> }
                .into_any()
        },
    )
}
