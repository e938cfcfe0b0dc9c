//! The chart's frame: the axis's label, the rating grid and ticks, the
//! years, the strip of events per year below them, and the key, all on the
//! picture itself so that the chart published alone still reads.

use explainer_core::picture::{COMPUTED_LABEL, RING_LABEL};

use crate::components::rating_axes;
use explainer_core::timeline::Facets;
use explainer_core::timeline::chart::{
    KEY_SAMPLE, KeyLayout, LEFT, RIGHT, Scale, key_layout, label_x, marker, measures,
};
use leptos::prelude::*;

use super::STRIP;

/// The key's entry for the strip of bars.
const BARS_LABEL: &str = "Bars: events a year";

/// Where the key starts: below the years, and the strip if `bars`.
pub(super) fn key_top(sc: &Scale, bars: bool) -> f64 {
    sc.height + 24.0 + if bars { STRIP } else { 0.0 } + 10.0
}

/// The key's words, in order: the lines, then the marks.
fn key_labels(bars: bool) -> Vec<&'static str> {
    let marks = if bars {
        &[RING_LABEL, COMPUTED_LABEL, BARS_LABEL][..]
    } else {
        &[RING_LABEL, COMPUTED_LABEL][..]
    };
    measures()
        .iter()
        .map(|m| m.name())
        .chain(marks.iter().copied())
        .collect()
}

/// The key's layout for a drawing `width` wide.
pub(super) fn key_for(width: f64, bars: bool) -> KeyLayout {
    key_layout(width, &key_labels(bars))
}

/// The key: a sample of each line (its colour, dash and marker), of the
/// ring, the hollow marker and, with `bars`, a bar, each with its words.
pub(super) fn key(scale: Memo<Scale>, bars: bool) -> impl IntoView {
    move || {
        let labels = key_labels(bars);
        let sc = scale.get();
        let (layout, top) = (key_for(sc.width, bars), key_top(&sc, bars));
        let lines = measures().len();
        labels
            .into_iter()
            .zip(layout.at)
            .enumerate()
            .map(|(i, (label, (x, y)))| {
                let (y, mid, cx) = (top + y, top + y + 6.0, x + KEY_SAMPLE / 2.0);
                let sample = match i.checked_sub(lines) {
                    None => view! {
                        <g class=format!("tl-key tl-m{i}")>
                            <line x1=x y1=mid x2=x + KEY_SAMPLE y2=mid/>
                            <path d=marker(i, cx, mid)/>
                        </g>
                    }
                    .into_any(),
                    Some(0) => view! { <circle class="tl-ring" cx=cx cy=mid r="6"/> }.into_any(),
                    Some(1) => view! { <g class="tl-key tl-m0"><path class="tl-computed" d=marker(0, cx, mid)/></g> }.into_any(),
                    Some(_) => view! { <g class="tl-strip"><rect x=cx - 5.0 y=mid - 6.0 width="10" height="12"/></g> }.into_any(),
                };
                view! { {sample}<text class="tl-tick" x=label_x(x) y=y + 10.0>{label}</text> }
            })
            .collect_view()
    }
}

/// The rating grid with its ticks, and the years below.
pub(super) fn axes(scale: Memo<Scale>) -> impl IntoView {
    move || scale.with(rating_axes)
}

/// The bars below the years: the events per year under the filter.
pub(super) fn strip(scale: Memo<Scale>, counts: Memo<Facets>) -> impl IntoView {
    move || {
        let sc = scale.get();
        counts.with(|c| {
            let max = c.years.iter().filter(|(y, _)| sc.shows(*y)).map(|(_, n)| *n).max().unwrap_or(0).max(1);
            let slot = ((sc.width - LEFT - RIGHT) / f64::from(sc.last - sc.first + 1)).clamp(2.0, 14.0);
            c.years
                .iter()
                .filter(|(y, n)| sc.shows(*y) && *n > 0)
                .map(|&(y, n)| {
                    let h = (STRIP - 4.0) * n as f64 / max as f64;
                    view! { <rect x=sc.x(y) - slot / 2.0 y=sc.height + 24.0 + STRIP - h width=slot - 1.0 height=h/> }
                })
                .collect_view()
        })
    }
}
