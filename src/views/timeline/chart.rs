//! The Nations in Transit ratings as an SVG chart on the timeline's years:
//! a line per category and the democracy score, each can be hidden; every
//! point is a link to its source whose value shows on focus and hover; the
//! changes between editions with the reasons the sources give; and the data
//! table as the accessible alternative. No charting library.

use std::rc::Rc;

use explainer_core::corpus::NitMeasure;
use explainer_core::picture::{Picture, chart_frame, nit_chart};
use explainer_core::route::{Route, View};
use explainer_core::timeline::chart::{
    MAX_WIDTH, Scale, Span, changes, drawing_width, edition_note, editions, plot_height, series,
    span,
};
use explainer_core::timeline::{Facets, Filter, year_range};
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::{DrawnPart, PictureDownload, address_of, closest_link, observe_box_width};
use crate::corpus::use_corpus;

mod axes;
mod changes;
mod lines;
mod table;

use axes::{axes, key, key_for, key_top, strip};
use changes::Changes;
use lines::{HiddenLines, lines, toggles};
use table::RatingsTable;

/// Height of the events-per-year strip below the year labels.
const STRIP: f64 = 36.0;

/// The chart, its line toggles, the changes and the table.
#[component]
pub fn NitChart(
    /// The filter, whose years set the axis.
    filter: Memo<Filter>,
    /// Events per year under the filter, for the strip below the lines.
    counts: Memo<Facets>,
    /// The widget for other sites' pages: the chart on its own, not beside
    /// the events, with the changes folded.
    #[prop(optional)]
    widget: bool,
) -> impl IntoView {
    let corpus = use_corpus();
    let all = series(&corpus.nit);
    let explained: Vec<(NitMeasure, u16)> = changes(&corpus.nit)
        .into_iter()
        .filter(|c| c.stated.is_some())
        .map(|c| (c.measure, c.edition))
        .collect();
    let (first, last) = year_range(corpus).unwrap_or((2007, 2018));
    // Drawn as wide as its box (in steps), so labels keep their size on a
    // phone instead of shrinking with the whole drawing.
    // The first guess is the window's width less the page's margins, so a
    // phone's first drawing is close to its last; the box's own width
    // follows from the observer.
    // Replacing the build's rendering, the box it drew the chart in is the
    // chart's box, exactly; rendered for the build, the width it asks for.
    let guess = match crate::components::first_chart_box() {
        Some(px) => drawing_width(px),
        None => crate::site::BROWSER
            .then(|| window().inner_width().ok()?.as_f64())
            .flatten()
            .map_or(MAX_WIDTH, |w| drawing_width(w - 32.0)),
    };
    let (width, set_width) = signal(guess);
    let plot: NodeRef<html::Div> = NodeRef::new();
    observe_box_width(plot, move |px| {
        let w = drawing_width(px);
        if w != width.get_untracked() {
            set_width.set(w);
        }
    });
    let rated = editions(&corpus.nit);
    let axis = Memo::new(move |_| filter.with(|f| span(f.from, f.to, (first, last), rated)));
    let scale = Memo::new(move |_| {
        Scale::new(
            axis.get().years(),
            corpus.nit.ratings.iter().map(|r| r.rating),
            width.get(),
            plot_height(width.get()),
        )
    });
    let (hidden, set_hidden) = signal(HiddenLines::default());
    let (readout, set_readout) = signal(String::new());

    let toggles = toggles(hidden);
    let on_toggle = move |ev: web_sys::Event| {
        if let Ok(i) = event_target_value(&ev).parse::<usize>() {
            set_hidden.update(|h| h.toggle(i));
        }
    };

    let lines = lines(all, explained, scale, hidden);

    let axes = axes(scale);
    // A widget shows no events, so no bars counting them.
    let bars = !widget;
    let key = key(scale, bars);
    let strip = bars.then(|| strip(scale, counts));

    let label_at =
        |ev: &web_sys::Event| closest_link(ev, "a").and_then(|a| a.get_attribute("data-label"));
    let on_point = move |ev: &web_sys::Event| {
        if let Some(label) = label_at(ev) {
            set_readout.set(label);
        }
    };
    // On a touch screen the first tap on a point shows its value, and a
    // second tap on it follows its link: a finger has no hover. Whether a
    // tap is the second is known at its touch, before the focus and the
    // emulated hover that follow it set the readout.
    let second_tap = StoredValue::new(false);
    let touch = |ev: &web_sys::Event| {
        ev.dyn_ref::<web_sys::PointerEvent>()
            .is_some_and(|p| p.pointer_type() == "touch")
    };
    let on_down = move |ev: web_sys::PointerEvent| {
        if touch(&ev) {
            second_tap
                .set_value(label_at(&ev).is_some_and(|l| readout.with_untracked(|r| *r == l)));
        }
    };
    let on_tap = move |ev: web_sys::MouseEvent| {
        if let Some(label) = label_at(&ev).filter(|_| touch(&ev) && !second_tap.get_value()) {
            ev.prevent_default();
            set_readout.set(label);
        }
    };

    let picture: Rc<dyn Fn() -> Picture> = Rc::new(move || {
        nit_chart(
            corpus,
            &chart_frame(corpus, address_of(&Route::new(View::Timeline))),
        )
    });
    let editions = edition_note(corpus).unwrap_or_default();
    let years_note = move || match (widget, axis.get()) {
        (true, _) => "the editions rated".to_owned(),
        (false, Span::Editions(..)) => format!(
            "the editions rated: set the years above to draw it on more of the events' {first}–{last}; the bars below count the events per year under the current filters"
        ),
        (false, Span::Events(..)) => {
            "as the events' do; the bars below count the events per year under the current filters"
                .to_owned()
        }
    };
    let scale_note = move || {
        let years_note = years_note();
        scale.with(|sc| {
            format!(
                "Ratings run from 1 (most democratic) to 7 (least democratic); higher on the chart is more democratic, and the axis shows {} to {}. The years run {}–{}, {years_note}. Each edition is drawn at its own year. {editions} Ringed points are changes whose reason a source gives (listed below); hollow points are computed by this explainer from the category ratings. Focus, point at or tap a rating to see its value and source; a second tap opens the source.",
                sc.best, sc.worst, sc.first, sc.last
            )
        })
    };
    let heading = if widget {
        "Each category's rating by edition"
    } else {
        "Nations in Transit ratings"
    };

    let guide = view! {
        <p class="muted">{scale_note}</p>
        <fieldset class="tl-set tl-lines" on:change=on_toggle>
            <legend>"Lines shown"</legend>
            {toggles}
        </fieldset>
    };
    // The chart comes first and its guide folds under it, on the site as in
    // a widget: on a phone the guide and the line toggles would otherwise
    // push the chart, and the events after it, screens down.
    let guide = view! {
        <details class="tl-guide"><summary>"How to read it, and which lines it shows"</summary>{guide}</details>
    };

    view! {
        <section class="tl-chart-section" aria-labelledby="tl-chart-heading">
            <h2 id="tl-chart-heading">{heading}</h2>
            <div class="tl-chart" node_ref=plot>
                <svg
                    viewBox=move || scale.with(|sc| format!("0 0 {} {}", sc.width, key_top(sc, bars) + key_for(sc.width, bars).height))
                    role="group"
                    aria-label="Nations in Transit ratings by edition; each point links to its source. The table below has the same figures."
                    on:focusin=move |ev| on_point(&ev)
                    on:mouseover=move |ev| on_point(&ev)
                    on:pointerdown=on_down
                    on:click=on_tap
                >
                    <g aria-hidden="true">{axes}</g>
                    <g class="tl-strip" aria-hidden="true">{strip}</g>
                    {lines}
                    <g class="tl-chart-key" aria-hidden="true" data-testid="chart-key">{key}</g>
                </svg>
            </div>
            <PictureDownload name="nations-in-transit-ratings" what="the chart" draw=picture/>
            <p class="tl-readout" data-testid="chart-readout" hidden=move || readout.with(String::is_empty)>{readout}</p>
            {guide}
            <Changes years=Signal::derive(move || axis.get().years())/>
            <details class="tl-table">
                <summary>"The ratings as a table"</summary>
                // Folded, and as large as the chart: built a task after it.
                <DrawnPart name="tl-table"><RatingsTable/></DrawnPart>
            </details>
        </section>
    }
}
