//! The changes between editions below the chart: those a source explains,
//! with its words quoted; the others in one line; and how many fall
//! outside the years shown.

use explainer_core::site;
use explainer_core::timeline::chart::{Change, changes};
use leptos::prelude::*;

use crate::components::{Cite, RichText};
use crate::corpus::use_corpus;

/// Each change between editions in the years the chart shows: those a
/// source explains with its reason, quoted; the others listed in one line;
/// and how many fall outside those years. Folded: with their quotes they
/// run to several screens on a phone.
#[component]
pub(super) fn Changes(years: Signal<(u16, u16)>) -> impl IntoView {
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
        <details class="tl-changes">
            <summary>"Changes between editions, with the reasons the sources give"</summary>
            <ol>{explained}</ol>
            {unexplained}
            {outside}
        </details>
    }
}
