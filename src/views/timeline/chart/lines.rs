//! The chart's lines: a marker shape per measure (so lines differ by more
//! than colour), the points as links to their sources with what each says
//! on focus and hover, the toggles that show and hide them, and the set of
//! hidden lines.

use explainer_core::corpus::{NitMeasure, NitRating};
use explainer_core::passage::Passage;
use explainer_core::timeline::chart::{Scale, Series, marker, measures, polyline};
use leptos::prelude::*;

use crate::components::{DrawnGroup, passage_label};

/// The lines the reader has hidden, by their place in
/// [`measures`]; every line is shown at first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct HiddenLines([bool; 8]);

impl HiddenLines {
    /// Whether line `i` is shown.
    pub(super) fn shows(self, i: usize) -> bool {
        !self.0.get(i).copied().unwrap_or(false)
    }

    /// Hides line `i` if shown, shows it if hidden.
    pub(super) fn toggle(&mut self, i: usize) {
        if let Some(hidden) = self.0.get_mut(i) {
            *hidden = !*hidden;
        }
    }
}

/// Where a rating's link goes: the stated passage, or the document whose
/// ratings a computed value comes from.
fn source_of(r: &NitRating) -> (String, String) {
    let passage = Passage {
        doc: r.doc.0.clone(),
        anchor: r.anchor.as_ref().map(|a| a.0.clone()),
        highlight: None,
    };
    let label = passage_label(&passage.doc, passage.anchor.as_deref());
    (passage.route().to_hash(), label)
}

/// What a point says on focus and hover.
fn point_label(measure: NitMeasure, r: &NitRating) -> String {
    let (_, source) = source_of(r);
    let how = if r.computed {
        format!("computed by this explainer from the category ratings in {source}")
    } else {
        format!("source: {source}")
    };
    format!(
        "{}, {} edition: {} ({how})",
        measure.name(),
        r.edition,
        r.rating
    )
}

/// A checkbox per line, with its key, checked while the line is shown.
pub(super) fn toggles(hidden: ReadSignal<HiddenLines>) -> impl IntoView {
    measures()
        .into_iter()
        .enumerate()
        .map(|(i, m)| {
            let id = format!("tl-line-{i}");
            view! {
                <span class="tl-check">
                    <input type="checkbox" id=id.clone() value=i.to_string() prop:checked=move || hidden.get().shows(i)/>
                    <label for=id>
                        <svg class=format!("tl-key tl-m{i}") viewBox="0 0 28 12" width="28" height="12" aria-hidden="true">
                            <line x1="0" y1="6" x2="28" y2="6"/>
                            <path d=marker(i, 14.0, 6.0)/>
                        </svg>
                        {m.name()}
                    </label>
                </span>
            }
        })
        .collect_view()
}

/// One line per measure, each point a link to its source, ringed where a
/// source gives the change's reason; a hidden line is not displayed.
pub(super) fn lines(
    all: Vec<Series<'static>>,
    explained: Vec<(NitMeasure, u16)>,
    scale: Memo<Scale>,
    hidden: ReadSignal<HiddenLines>,
) -> impl IntoView {
    all
        .into_iter()
        .enumerate()
        .map(move |(i, s)| {
            let measure = s.measure;
            let explained = explained.clone();
            let drawn = move || {
                let sc = scale.get();
                let points = s
                    .points
                    .iter()
                    .filter(|p| sc.shows(p.edition))
                    .map(|p| {
                        let (href, _) = source_of(p);
                        let ringed = explained.contains(&(measure, p.edition));
                        let mut label = point_label(measure, p);
                        if ringed {
                            label.push_str("; the source gives the reason for this change, listed below the chart");
                        }
                        let (x, y) = (sc.x(p.edition), sc.y(p.rating));
                        let d = marker(i, x, y);
                        let ring = ringed.then(|| view! { <circle class="tl-ring" cx=x cy=y r="8"/> });
                        // Inside `<g>` so that the macro makes an SVG link.
                        view! {
                            <g>
                                <a href=href aria-label=label.clone() data-label=label>
                                    {ring}
                                    <path class:tl-computed=p.computed d=d/>
                                </a>
                            </g>
                        }
                    })
                    .collect_view();
                view! { <polyline points=polyline(&sc, &s.points)/>{points} }
            };
            let line = move || {
                view! {
                    <g class=format!("tl-line tl-m{i}") display=move || if hidden.get().shows(i) { "inline" } else { "none" }>
                        {drawn.clone()}
                    </g>
                }
            };
            // The chart's first build (a slow phone's longest task of the
            // timeline's start) takes half the lines; the drawing's other
            // half stays a task longer.
            match i.checked_sub(LATER_FROM).and_then(|k| LATER.get(k)) {
                Some(&name) => view! { <DrawnGroup name=name>{line()}</DrawnGroup> }.into_any(),
                None => line().into_any(),
            }
        })
        .collect_view()
}

/// The lines from this one on are built a task after the chart when it
/// takes over the page's drawing of it.
const LATER_FROM: usize = 4;
/// Their drawn parts' names.
const LATER: [&str; 4] = ["tl-line-4", "tl-line-5", "tl-line-6", "tl-line-7"];
