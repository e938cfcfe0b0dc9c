//! One file (or folder) per view. [`render`] picks the view for an address,
//! [`page_title`] its title.

mod about;
mod all_questions;
mod data;
pub mod embed;
mod indicator;
mod method;
mod not_found;
mod overview;
mod quiz;
mod rating;
mod search;
mod sources;
mod timeline;
mod tracker;
mod what_if;

use explainer_core::corpus::text::first_words;
use explainer_core::route::View;
use leptos::prelude::*;

pub use about::About;
pub use all_questions::AllQuestions;
pub use data::Data;
pub use indicator::Indicator;
pub use method::Method;
pub use not_found::NotFound;
pub use overview::Overview;
pub use quiz::Quiz;
pub use rating::Rating;
pub use search::Search;
pub use sources::{SourceDocument, SourceList};
pub use timeline::{Event, Timeline};
pub use tracker::{Recommendation, Recommendations};
pub use what_if::WhatIf;

use crate::corpus::use_corpus;
use crate::site;

/// The view for an address.
///
/// Each arm calls a function of its own that is never inlined: the browser
/// compiles WebAssembly one function at a time, on its first call, so the
/// first view compiles only its own code rather than every view's.
pub fn render(view: &View) -> AnyView {
    match view {
        View::Overview => overview(),
        View::Rating => rating(),
        View::AllQuestions => all_questions(),
        View::Quiz => quiz(),
        View::Method => method(),
        View::WhatIf => what_if(),
        View::About => about(),
        View::Indicator(code) => indicator(code.clone()),
        View::Sources => sources(),
        View::Source(id) => source(id.clone()),
        View::Data => data(),
        View::Timeline => timeline(),
        View::Event(id) => event(id.clone()),
        View::Recommendations => recommendations(),
        View::Recommendation(id) => recommendation(id.clone()),
        View::Embed(widget) => embed_widget(widget.clone()),
        View::NotFound(path) => not_found(path.clone()),
        View::Search => search(),
    }
}

/// One never-inlined function per view (see [`render`]).
macro_rules! view_fns {
    ($($name:ident($($arg:ident: $ty:ty),*) => $component:ident;)*) => {$(
        #[inline(never)]
        fn $name($($arg: $ty),*) -> AnyView {
            view! { <$component $($arg=$arg)*/> }.into_any()
        }
    )*};
}

view_fns! {
    overview() => Overview;
    rating() => Rating;
    all_questions() => AllQuestions;
    quiz() => Quiz;
    method() => Method;
    what_if() => WhatIf;
    about() => About;
    indicator(code: String) => Indicator;
    sources() => SourceList;
    source(id: String) => SourceDocument;
    data() => Data;
    timeline() => Timeline;
    event(id: String) => Event;
    recommendations() => Recommendations;
    recommendation(id: String) => Recommendation;
    search() => Search;
}

#[inline(never)]
fn embed_widget(widget: explainer_core::embed::Widget) -> AnyView {
    view! { <embed::Embed widget=widget/> }.into_any()
}

#[inline(never)]
fn not_found(path: String) -> AnyView {
    view! { <NotFound path=path/> }.into_any()
}

/// The document title for a view: the page first, then the product.
pub fn page_title(view: &View) -> String {
    let name = site::name();
    match view {
        View::Overview => format!("{name} – {}", site::subject()),
        View::Source(id) => match use_corpus().document(id) {
            Some(doc) => format!("{} – Sources – {name}", doc.title),
            None => format!("Page not found – {name}"),
        },
        View::Indicator(code) => {
            let corpus = use_corpus();
            match corpus.fiw.indicator(code) {
                Some(i) => format!(
                    "{code}: {} – {name}",
                    corpus.question(i).unwrap_or_default()
                ),
                None => format!("Page not found – {name}"),
            }
        }
        View::Event(id) => match use_corpus().event(id) {
            Some(event) => format!("{} – Timeline – {name}", event.title),
            None => format!("Page not found – {name}"),
        },
        View::Recommendation(id) => match use_corpus().item(id) {
            // The first words tell apart items with the same parties.
            Some(item) => format!(
                "“{}”{} – {} – Recommendations – {name}",
                first_words(use_corpus().quote_text(&item.text).unwrap_or_default(), 8),
                item.part_suffix(),
                item.parties(),
            ),
            None => format!("Page not found – {name}"),
        },
        View::AllQuestions => format!("All 25 questions – {name}"),
        View::Embed(widget) => format!("{} – {name}", embed::title(widget)),
        View::NotFound(_) => format!("Page not found – {name}"),
        View::Search => format!("Search – {name}"),
        other => match other.section() {
            Some(section) => format!("{} – {name}", section.label()),
            None => name,
        },
    }
}
