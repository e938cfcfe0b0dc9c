//! The frame of a Nations in Transit chart, shared by the timeline's chart
//! and a question step's small one: the axis's label, the rating grid with
//! its ticks, and the years below.

use explainer_core::picture::AXIS_LABEL;
use explainer_core::timeline::chart::{LEFT, RIGHT, Scale};
use leptos::prelude::*;

/// The label, grid, rating ticks and years for `sc`.
pub fn rating_axes(sc: &Scale) -> impl IntoView + use<> {
    let ratings = sc
        .rating_ticks()
        .into_iter()
        .map(|r| {
            let y = sc.y(r);
            view! {
                <line class="tl-grid" x1=LEFT x2=sc.width - RIGHT y1=y y2=y/>
                <text class="tl-tick" x=LEFT - 6.0 y=y + 4.0 text-anchor="end">{r.to_string()}</text>
            }
        })
        .collect_view();
    let years = sc
        .year_ticks()
        .into_iter()
        .map(|y| view! { <text class="tl-tick" x=sc.x(y) y=sc.height + 16.0 text-anchor="middle">{y.to_string()}</text> })
        .collect_view();
    view! { <text class="tl-tick" x="0" y="12">{AXIS_LABEL}</text>{ratings}{years} }
}
