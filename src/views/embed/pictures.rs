//! What the question, timeline and counts widgets offer as pictures: each
//! draws, when asked, what the widget shows at that moment, addressed to
//! the full view it comes from.

use std::rc::Rc;

use explainer_core::corpus::Item;
use explainer_core::embed::{TIMELINE_LIMIT, Widget, latest};
use explainer_core::picture::{
    self, Bar, EventLine, Picture, counts_frame, events_frame, question_frame,
};
use explainer_core::route::Route;
use explainer_core::timeline::{direction_label, latest_summary};
use explainer_core::tracker::catalogue::summary;
use leptos::prelude::*;

use crate::components::address_of;
use crate::corpus::use_corpus;
use crate::router::use_route;

/// The full view's address of `widget` as the widget's address is now.
fn address(route: ReadSignal<Route>, widget: Widget) -> String {
    route.with_untracked(|r| address_of(&widget.full_route(&r.query)))
}

/// One question: its words and its score.
pub(super) fn question(code: &str) -> Rc<dyn Fn() -> Picture> {
    let (code, corpus, route) = (code.to_owned(), use_corpus(), use_route());
    Rc::new(move || {
        let ind = corpus.fiw.indicator(&code);
        let (score, max) = ind.map_or((0, 0), |i| (i.score, i.max));
        let words = ind.and_then(|i| corpus.question(i)).unwrap_or_default();
        let frame = question_frame(
            corpus,
            &code,
            score,
            max,
            address(route, Widget::Indicator(code.clone())),
        );
        picture::question(words, score, max, &frame)
    })
}

/// The latest of the events matching (by their places in the corpus).
pub(super) fn events(matching: Memo<Vec<usize>>) -> Rc<dyn Fn() -> Picture> {
    let (corpus, route) = (use_corpus(), use_route());
    Rc::new(move || {
        matching.with_untracked(|m| {
            let shown = latest(m, TIMELINE_LIMIT);
            let lines: Vec<EventLine> = shown
                .iter()
                .map(|&i| {
                    let e = &corpus.events[i];
                    EventLine {
                        date: e.date.human(),
                        direction: direction_label(e.direction).to_owned(),
                        title: e.title.clone(),
                    }
                })
                .collect();
            let heading = format!(
                "{}, on the timeline: {}",
                corpus.country,
                latest_summary(shown.len(), m.len(), corpus.events.len())
            );
            picture::events(
                &lines,
                &events_frame(corpus, heading, address(route, Widget::Timeline)),
            )
        })
    })
}

/// The items shown, counted by status.
pub(super) fn counts(items: Memo<Vec<&'static Item>>) -> Rc<dyn Fn() -> Picture> {
    let (corpus, route) = (use_corpus(), use_route());
    Rc::new(move || {
        items.with_untracked(|items| {
            let bars: Vec<Bar> = summary(items, corpus)
                .by_status
                .iter()
                .map(|(st, n)| Bar {
                    label: st.label.clone(),
                    count: *n,
                    fill: picture::colour::status(st.id.0.as_str()),
                })
                .collect();
            picture::bars(
                &bars,
                &counts_frame(corpus, items.len(), address(route, Widget::Recommendations)),
            )
        })
    })
}
