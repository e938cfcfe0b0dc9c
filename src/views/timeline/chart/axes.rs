//! The chart's frame: the rating grid and ticks, the years, and the strip
//! of events per year below them.

use explainer_core::timeline::Facets;
use explainer_core::timeline::chart::{LEFT, RIGHT, Scale};
use leptos::prelude::*;

use super::{H, STRIP};

/// The rating grid with its ticks, and the years below.
pub(super) fn axes(scale: Memo<Scale>) -> impl IntoView {
    move || {
        let sc = scale.get();
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
            .map(|y| view! { <text class="tl-tick" x=sc.x(y) y=H + 16.0 text-anchor="middle">{y.to_string()}</text> })
            .collect_view();
        view! { {ratings}{years} }
    }
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
                    view! { <rect x=sc.x(y) - slot / 2.0 y=H + 24.0 + STRIP - h width=slot - 1.0 height=h/> }
                })
                .collect_view()
        })
    }
}
