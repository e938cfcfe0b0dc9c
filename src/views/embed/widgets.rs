//! One component per widget, built from the full views' parts: the points
//! picture, an indicator's score and reasoning, the ratings chart, the
//! timeline's matching events, the tracker's counts, a scenario's result.

use explainer_core::embed::{TIMELINE_LIMIT, Widget, latest};
use explainer_core::method::{Category, Scenario, sentences};
use explainer_core::route::View;
use explainer_core::site;
use explainer_core::timeline::chart::editions;
use explainer_core::timeline::{Filter, facets, hits};
use explainer_core::tracker::catalogue::ItemFilter;
use leptos::prelude::*;

use super::pictures;
use crate::components::reasoning_part;
use crate::components::{Cite, PictureDownload, Pips, grid_picture};
use crate::corpus::use_corpus;
use crate::router::use_route;
use crate::views::rating::PointsPicture;
use crate::views::{timeline, tracker};

/// The body of a widget.
pub fn render(widget: &Widget) -> AnyView {
    match widget {
        Widget::Rating => view! { <RatingWidget/> }.into_any(),
        Widget::Indicator(code) => view! { <IndicatorWidget code=code.clone()/> }.into_any(),
        Widget::RatingsChart => view! { <ChartWidget/> }.into_any(),
        Widget::Timeline => view! { <TimelineWidget/> }.into_any(),
        Widget::Recommendations => view! { <TrackerWidget/> }.into_any(),
        Widget::WhatIf => view! { <WhatIfWidget/> }.into_any(),
        Widget::Unknown(_) => view! { <UnknownWidget/> }.into_any(),
    }
}

#[component]
fn UnknownWidget() -> impl IntoView {
    view! {
        <p class="embed-missing" data-testid="embed-missing">
            "This address names no widget of this explainer; the link above opens the explainer."
        </p>
    }
}

#[component]
fn RatingWidget() -> impl IntoView {
    let corpus = use_corpus();
    let fiw = &corpus.fiw;
    view! {
        <p class="embed-lede">
            {format!(
                "{}: {} of {} points, {}. Each square is one point: filled if awarded, hollow if withheld.",
                corpus.country, fiw.score, fiw.max, fiw.status.label()
            )}
        </p>
        <PointsPicture/>
    }
}

#[component]
fn IndicatorWidget(code: String) -> impl IntoView {
    let corpus = use_corpus();
    let Some(ind) = corpus.fiw.indicator(&code) else {
        return view! { <UnknownWidget/> }.into_any();
    };
    let more = ind.narrative.len().saturating_sub(1);
    view! {
        <div class="step-score">
            <span class="step-score-label">"Freedom House's score: "</span>
            <Pips score=ind.score max=ind.max/>
            " "
            <Cite doc=corpus.fiw.doc.as_str() anchor=ind.question.anchor.clone() label="source"/>
        </div>
        <PictureDownload name="question" what="the question's score" draw=pictures::question(&code)/>
        <div class="embed-reasoning">
            {reasoning_part(ind, true, 0..1)}
            {(more > 0).then(|| view! {
                <details>
                    <summary>{format!("The rest of Freedom House's reasoning ({})", site::count(more, "paragraph", "paragraphs"))}</summary>
                    {reasoning_part(ind, true, 1..usize::MAX)}
                </details>
            })}
        </div>
    }
    .into_any()
}

#[component]
fn ChartWidget() -> impl IntoView {
    let corpus = use_corpus();
    // The editions' years only: the events' 1989–2021 would leave the lines
    // a third of a narrow column.
    let (from, to) = editions(&corpus.nit).unzip();
    let filter = Memo::new(move |_| Filter {
        from,
        to,
        ..Filter::default()
    });
    let counts = Memo::new(move |_| filter.with(|f| facets(corpus, timeline::index(corpus, f), f)));
    view! { <timeline::NitChart filter=filter counts=counts widget=true/> }
}

#[component]
fn TimelineWidget() -> impl IntoView {
    let corpus = use_corpus();
    let route = use_route();
    let filter = Memo::new(move |_| route.with(|r| Filter::from_route(r, corpus).0));
    let matching = Memo::new(move |_| {
        filter.with(|f| {
            hits(corpus, timeline::index(corpus, f), f)
                .into_iter()
                .map(|h| h.position)
                .collect::<Vec<_>>()
        })
    });
    let summary = move || {
        matching.with(|m| {
            explainer_core::timeline::latest_summary(
                latest(m, TIMELINE_LIMIT).len(),
                m.len(),
                corpus.events.len(),
            )
        })
    };
    let events = move || {
        matching.with(|m| {
            latest(m, TIMELINE_LIMIT)
                .iter()
                .map(|&i| {
                    let event = &corpus.events[i];
                    view! {
                        <li class="embed-event">
                            <p class="embed-event-meta">{timeline::event_date(event)}" · "{timeline::event_direction(event)}</p>
                            <h2 class="embed-event-title"><a href=View::Event(event.id.to_string()).href()>{event.title.clone()}</a></h2>
                            // Folded, so the events fit a snippet's height in
                            // a narrow column; the title says what happened.
                            <details class="embed-event-summary">
                                <summary>"Summary"<span class="visually-hidden">{format!(": {}", event.title)}</span></summary>
                                <p>{event.summary.clone()}</p>
                            </details>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <p class="embed-lede" data-testid="embed-count">{summary}</p>
        <p class="muted">"Titles, summaries and directions are this explainer's words and judgments; each event's page quotes the sources."</p>
        <ol class="embed-events">{events}</ol>
        <PictureDownload name="timeline-events" what="the events" draw=pictures::events(matching)/>
    }
}

#[component]
fn TrackerWidget() -> impl IntoView {
    let corpus = use_corpus();
    let route = use_route();
    let items = Memo::new(move |_| {
        route.with(|r| ItemFilter::from_query(&r.query, corpus).0.apply(corpus))
    });
    let line = move || {
        let (n, total) = (items.with(Vec::len), corpus.items.len());
        if n == total {
            format!(
                "All {total} recommendations and pledges in the sources, by the status this explainer assessed from their evidence."
            )
        } else {
            format!(
                "{n} of the {total} recommendations and pledges, by the status this explainer assessed from their evidence."
            )
        }
    };
    view! {
        <p class="embed-lede">{line}</p>
        <tracker::Summary items=items/>
        <PictureDownload name="recommendations-by-status" what="the counts by status" draw=pictures::counts(items)/>
    }
}

#[component]
fn WhatIfWidget() -> impl IntoView {
    let fiw = &use_corpus().fiw;
    let route = use_route();
    let scenario = Memo::new(move |_| route.with(|r| Scenario::from_route(fiw, r).0));
    let stated = Scenario::stated(fiw).assess(fiw);
    let changes = move || scenario.with(|s| sentences::changes_line(&s.changes(fiw)));
    let result = move || {
        scenario.with(|s| {
            let a = s.assess(fiw);
            let line = |c: Category| sentences::category_line(&a, c, false);
            view! {
                <p class="wi-status">
                    {sentences::status_lead(&a)}
                    <strong>{a.status.label()}</strong>
                </p>
                <p>{line(Category::PoliticalRights)}</p>
                <p>{line(Category::CivilLiberties)}</p>
            }
        })
    };
    let assessment = Signal::derive(move || scenario.with(|s| s.assess(fiw)));
    let address = Signal::derive(move || route.with(|r| Widget::WhatIf.full_route(&r.query)));
    view! {
        <p class="embed-lede" data-testid="embed-changes">{changes}</p>
        <div class="embed-result" data-testid="embed-result">{result}</div>
        <PictureDownload name="what-if-status-grid" what="the status grid" draw=grid_picture(assessment, address)/>
        <p class="muted">
            {sentences::stated_line(
                &stated,
                "; every rating here is worked out the same way.",
            )}
        </p>
    }
}
