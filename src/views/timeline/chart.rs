//! The Nations in Transit ratings as an SVG chart on the timeline's years:
//! a line per category and the democracy score, each can be hidden; every
//! point is a link to its source whose value shows on focus and hover; the
//! changes between editions with the reasons the sources give; and the data
//! table as the accessible alternative. No charting library.

use explainer_core::corpus::{NitMeasure, NitRating};
use explainer_core::passage::Passage;
use explainer_core::site;
use explainer_core::timeline::chart::{
    Change, LEFT, MAX_WIDTH, RIGHT, Scale, Span, changes, drawing_width, edition_note, editions,
    measures, polyline, series, span,
};
use explainer_core::timeline::table::{Rows, nit_table};
use explainer_core::timeline::{Facets, Filter, year_range};
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::{Cite, RichText, ScrollTable, nit_cell, observe_box_width, passage_label};
use crate::corpus::use_corpus;

/// Height of the ratings plot.
const H: f64 = 220.0;
/// Height of the events-per-year strip below the year labels.
const STRIP: f64 = 36.0;

/// A marker of one of eight shapes, so lines differ by more than colour.
fn marker(shape: usize, x: f64, y: f64) -> String {
    match shape {
        0 => format!(
            "M{:.1} {y:.1}a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0-7 0z",
            x - 3.5
        ),
        1 => format!("M{:.1} {:.1}h6v6h-6z", x - 3.0, y - 3.0),
        2 => format!("M{x:.1} {:.1}l4 7h-8z", y - 4.0),
        3 => format!("M{x:.1} {:.1}l4.5 4.5-4.5 4.5-4.5-4.5z", y - 4.5),
        4 => format!("M{x:.1} {:.1}l4-7h-8z", y + 4.0),
        5 => format!("M{:.1} {:.1}h9v4h-9z", x - 4.5, y - 2.0),
        6 => format!("M{:.1} {:.1}h4v9h-4z", x - 2.0, y - 4.5),
        _ => format!("M{:.1} {y:.1}a5 5 0 1 0 10 0a5 5 0 1 0-10 0z", x - 5.0),
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
    let guess = match crate::views::first_chart_box() {
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
    let axis = Memo::new(move |_| {
        let w = width.get();
        filter.with(|f| span(f.from, f.to, (first, last), rated, w))
    });
    let scale = Memo::new(move |_| {
        Scale::new(
            axis.get().years(),
            corpus.nit.ratings.iter().map(|r| r.rating),
            width.get(),
            H,
        )
    });
    let (off, set_off) = signal(0u16);
    let (readout, set_readout) = signal(String::new());

    let toggles = measures()
        .into_iter()
        .enumerate()
        .map(|(i, m)| {
            let id = format!("tl-line-{i}");
            view! {
                <span class="tl-check">
                    <input type="checkbox" id=id.clone() value=i.to_string() prop:checked=move || off.get() & (1 << i) == 0/>
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
        .collect_view();
    let on_toggle = move |ev: web_sys::Event| {
        if let Ok(i) = event_target_value(&ev).parse::<u16>() {
            set_off.update(|o| *o ^= 1 << i);
        }
    };

    let lines = all
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
            view! {
                <g class=format!("tl-line tl-m{i}") display=move || if off.get() & (1 << i) == 0 { "inline" } else { "none" }>
                    {drawn}
                </g>
            }
        })
        .collect_view();

    let axes = move || {
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
    };

    let strip = move || {
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
    };

    let on_point = move |ev: &web_sys::Event| {
        let label = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a").ok().flatten())
            .and_then(|a| a.get_attribute("data-label"));
        if let Some(label) = label {
            set_readout.set(label);
        }
    };

    let editions = edition_note(corpus).unwrap_or_default();
    let years_note = move || match (widget, axis.get()) {
        (true, _) => {
            "the editions rated; the bars below count the timeline's events per year".to_owned()
        }
        (false, Span::Editions(..)) => format!(
            "the editions rated: on a screen this narrow the events' {first}–{last} would crowd the lines, so set the years above to see more; the bars below count the events per year under the current filters"
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
                "Ratings run from 1 (most democratic) to 7 (least democratic); higher on the chart is more democratic, and the axis shows {} to {}. The years run {}–{}, {years_note}. Each edition is drawn at its own year. {editions} Ringed points are changes whose reason a source gives (listed below).",
                sc.best, sc.worst, sc.first, sc.last
            )
        })
    };
    let heading = if widget {
        "Each category's rating by edition"
    } else {
        "Nations in Transit ratings on the same years"
    };

    let guide = view! {
        <p class="muted">{scale_note}</p>
        <fieldset class="tl-set tl-lines" on:change=on_toggle>
            <legend>"Lines shown"</legend>
            {toggles}
        </fieldset>
    };
    // On the site the guide comes first; in a widget, the chart does, and
    // its guide folds under it, so a narrow column shows the chart at once.
    let (guide_first, guide_folded) = if widget {
        (
            None,
            Some(
                view! { <details class="tl-guide"><summary>"How to read it, and which lines it shows"</summary>{guide}</details> },
            ),
        )
    } else {
        (Some(guide), None)
    };

    view! {
        <section class="tl-chart-section" aria-labelledby="tl-chart-heading">
            <h2 id="tl-chart-heading">{heading}</h2>
            {guide_first}
            <div class="tl-chart" node_ref=plot>
                <svg
                    viewBox=move || format!("0 0 {} {}", width.get(), H + 24.0 + STRIP)
                    role="group"
                    aria-label="Nations in Transit ratings by edition; each point links to its source. The table below has the same figures."
                    on:focusin=move |ev| on_point(&ev)
                    on:mouseover=move |ev| on_point(&ev)
                >
                    <g aria-hidden="true">{axes}</g>
                    <g class="tl-strip" aria-hidden="true">{strip}</g>
                    {lines}
                </svg>
            </div>
            <p class="tl-readout" data-testid="chart-readout">
                {move || { let r = readout.get(); if r.is_empty() { "Focus or point at a rating to see its value and source.".to_owned() } else { r } }}
            </p>
            {guide_folded}
            <Changes folded=widget years=Signal::derive(move || axis.get().years())/>
            <details class="tl-table">
                <summary>"The ratings as a table"</summary>
                <RatingsTable/>
            </details>
        </section>
    }
}

/// Each change between editions in the years the chart shows: those a
/// source explains with its reason, quoted; the others listed in one line;
/// and how many fall outside those years.
#[component]
fn Changes(folded: bool, years: Signal<(u16, u16)>) -> impl IntoView {
    let corpus = use_corpus();
    let all = changes(&corpus.nit);
    let head = |c: &Change| {
        let direction = if c.to > c.from {
            "less democratic"
        } else {
            "more democratic"
        };
        format!(
            "{}, {} edition: {} → {} ({direction})",
            c.measure.name(),
            c.edition,
            c.from,
            c.to
        )
    };
    // Each explained change is built once and shown or hidden with the
    // years, so changing them does not rebuild the quotes.
    let explained = all
        .iter()
        .filter_map(|c| {
            let s = c.stated?;
            let doc = corpus.document(s.doc.as_str())?;
            let p = doc.paragraph(&s.anchor)?;
            let doc = doc.id.as_str();
            let edition = c.edition;
            let hidden = move || {
                let (first, last) = years.get();
                !(first..=last).contains(&edition)
            };
            Some(view! {
                <li hidden=hidden>
                    <p class="tl-change-head">{head(c)}</p>
                    <blockquote class="tl-quote">
                        <p><RichText text=p.text.as_str() doc=doc notes=p.notes.as_slice()/></p>
                        <footer><Cite doc=doc anchor=s.anchor.clone()/></footer>
                    </blockquote>
                </li>
            })
        })
        .collect_view();
    let plain: Vec<(u16, String)> = all
        .iter()
        .filter(|c| c.stated.is_none())
        .map(|c| (c.edition, head(c)))
        .collect();
    let editions: Vec<u16> = all.iter().map(|c| c.edition).collect();
    let unexplained = move || {
        let (first, last) = years.get();
        let shown: Vec<&str> = plain
            .iter()
            .filter(|(e, _)| (first..=last).contains(e))
            .map(|(_, h)| h.as_str())
            .collect();
        (!shown.is_empty()).then(|| view! {
            <p class="muted">{format!("The sources in this explainer give no reason for these changes: {}.", shown.join("; "))}</p>
        })
    };
    let outside = move || {
        let (first, last) = years.get();
        let n = editions
            .iter()
            .filter(|e| !(first..=last).contains(*e))
            .count();
        (n > 0).then(|| view! {
            <p class="muted" data-testid="changes-outside">
                {format!("{} in editions outside the years shown ({first}–{last}).", site::count(n, "change is", "changes are"))}
            </p>
        })
    };
    view! {
        <details class="tl-changes" open=!folded>
            <summary>"Changes between editions, with the reasons the sources give"</summary>
            <ol>{explained}</ol>
            {unexplained}
            {outside}
        </details>
    }
}

/// Editions down, measures across, each value linked to its source.
#[component]
fn RatingsTable() -> impl IntoView {
    let corpus = use_corpus();
    let columns: &'static [&'static str] = Vec::leak(
        std::iter::once("Edition")
            .chain(measures().into_iter().map(NitMeasure::name))
            .collect(),
    );
    let rows = nit_table(&corpus.nit, Rows::ByEdition)
        .into_iter()
        .map(|row| {
            let cells = row.cells.into_iter().map(nit_cell).collect_view();
            view! { <tr><th scope="row">{row.edition.to_string()}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <p id="tl-table-heading" class="muted">
            "Nations in Transit ratings, 1 most democratic to 7 least. * computed by this explainer as the mean of the seven category ratings; the source does not state it."
        </p>
        <ScrollTable labelled_by="tl-table-heading" columns=columns testid="nit-table">{rows}</ScrollTable>
    }
}
