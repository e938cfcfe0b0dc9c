//! One file (or folder) per view. [`render`] picks the view for an address,
//! [`page_title`] its title.

mod about;
mod all_questions;
mod current;
mod data;
mod disagreements;
pub mod embed;
mod indicator;
mod method;
mod not_found;
mod overview;
mod quiz;
mod rating;
mod search;
mod sources;
mod static_page;
mod timeline;
mod title;
mod tracker;
mod what_if;

use explainer_core::route::View;
use explainer_core::walkthrough;
use leptos::prelude::*;

use crate::corpus::use_corpus;

pub use about::About;
pub use all_questions::AllQuestions;
pub use current::CurrentView;
pub use data::Data;
pub use disagreements::Disagreements;
pub use indicator::Indicator;
pub use method::Method;
pub use not_found::NotFound;
pub use overview::Overview;
pub use quiz::{Quiz, provide_kept_quiz};
pub use rating::Rating;
pub use search::Search;
pub use sources::{SourceDocument, SourceList};
pub use timeline::{Event, Timeline};
pub use tracker::{Recommendation, Recommendations};
pub use what_if::WhatIf;

pub(crate) use static_page::{mark_first_view, replace_static_page};
pub use title::page_title;

/// The view for an address, as a future: in the split build (feature
/// `split`) each area of the app is a WebAssembly module of its own, fetched
/// the first time one of its views is shown; otherwise, and once fetched,
/// the future is ready at once.
pub async fn render(view: View) -> Result<AnyView, PartFailed> {
    match view {
        View::Overview => parts::overview().await,
        View::Rating => parts::rating().await,
        View::AllQuestions => parts::all_questions().await,
        View::Quiz => parts::quiz().await,
        View::Method => parts::method().await,
        View::WhatIf => parts::what_if().await,
        View::About => parts::about().await,
        View::Indicator(code) => match walkthrough::step(&use_corpus().fiw, &code) {
            Some(step) => parts::indicator(step).await,
            None => Ok(not_found::question(&code)),
        },
        View::Sources => parts::sources().await,
        View::Source(id) => match use_corpus().document(&id) {
            Some(doc) => parts::source(doc).await,
            None => Ok(view! { <NotFound path=format!("/sources/{id}")/> }.into_any()),
        },
        View::Data => parts::data().await,
        View::Disagreements => parts::disagreements().await,
        View::Timeline => parts::timeline().await,
        View::Event(id) => parts::event(id).await,
        View::Recommendations => parts::recommendations().await,
        View::Recommendation(id) => match use_corpus().item(&id) {
            Some(item) => parts::recommendation(item).await,
            None => Ok(view! { <NotFound path=format!("/recommendations/{id}")/> }.into_any()),
        },
        View::Embed(widget) => parts::embed_widget(widget).await,
        View::NotFound(path) => Ok(view! { <NotFound path=path/> }.into_any()),
        View::Search => parts::search().await,
    }
}

/// The view for an address if its part of the app is at hand, as it always
/// is in a build without `split`: what the build renders for a first paint.
pub fn render_now(view: View) -> Option<AnyView> {
    let load = std::pin::pin!(render(view));
    match load.poll(&mut std::task::Context::from_waker(std::task::Waker::noop())) {
        std::task::Poll::Ready(Ok(shown)) => Some(shown),
        _ => None,
    }
}

/// Fetches the site's other parts one after another while the browser is
/// idle, so the reader's next view is as quick as one already at hand. Only
/// the split build has anything to fetch; a widget in another site's page
/// never calls this.
pub fn prefetch_when_idle() {
    #[cfg(feature = "split")]
    {
        use wasm_bindgen::JsCast;
        use wasm_bindgen::prelude::Closure;
        let run = Closure::once_into_js(|| {
            leptos::task::spawn_local(async {
                // In the order a reader is likely to go: the walkthrough
                // from the overview, then the timeline and the tracker.
                let _ = parts::__wasm_split_preload_overview().await;
                let _ = parts::__wasm_split_preload_rating().await;
                let _ = parts::__wasm_split_preload_timeline().await;
                let _ = parts::__wasm_split_preload_recommendations().await;
                let _ = parts::__wasm_split_preload_sources().await;
            });
        });
        // A second after the start, at the browser's next idle moment
        // (Safari has no idle callbacks: then, at once).
        set_timeout(
            move || {
                let window = window();
                let idle = js_sys::Reflect::get(&window, &"requestIdleCallback".into())
                    .ok()
                    .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
                let run: &js_sys::Function = run.unchecked_ref();
                match idle {
                    Some(idle) => {
                        let _ = idle.call1(&window, run);
                    }
                    None => {
                        let _ = run.call0(&window);
                    }
                }
            },
            std::time::Duration::from_secs(1),
        );
    }
}

/// Fetches the part of the app that shows `view`, if it is not at hand yet.
/// The app waits for it before replacing the page's static summary, so the
/// first view goes from the summary straight to the view.
pub async fn preload(view: &View) -> Result<(), PartFailed> {
    #[cfg(feature = "split")]
    {
        // Each split function has a loader of its own (over one fetch per
        // area): the view's own, so that its call is then ready at once.
        match view {
            View::Overview => parts::__wasm_split_preload_overview().await?,
            View::Rating => parts::__wasm_split_preload_rating().await?,
            View::AllQuestions => parts::__wasm_split_preload_all_questions().await?,
            View::Quiz => parts::__wasm_split_preload_quiz().await?,
            View::Method => parts::__wasm_split_preload_method().await?,
            View::WhatIf => parts::__wasm_split_preload_what_if().await?,
            View::About => parts::__wasm_split_preload_about().await?,
            View::Indicator(_) => parts::__wasm_split_preload_indicator().await?,
            View::Sources => parts::__wasm_split_preload_sources().await?,
            View::Source(_) => parts::__wasm_split_preload_source().await?,
            View::Data => parts::__wasm_split_preload_data().await?,
            View::Disagreements => parts::__wasm_split_preload_disagreements().await?,
            View::Timeline => parts::__wasm_split_preload_timeline().await?,
            View::Event(_) => parts::__wasm_split_preload_event().await?,
            View::Recommendations => parts::__wasm_split_preload_recommendations().await?,
            View::Recommendation(_) => parts::__wasm_split_preload_recommendation().await?,
            View::Search => parts::__wasm_split_preload_search().await?,
            View::Embed(_) => parts::__wasm_split_preload_embed_widget().await?,
            View::NotFound(_) => {}
        }
    }
    #[cfg(not(feature = "split"))]
    let _ = view;
    Ok(())
}

/// A part of the app that could not be fetched (the network failed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartFailed;

#[cfg(feature = "split")]
impl From<::leptos::wasm_split::SplitLoaderError> for PartFailed {
    fn from(_: ::leptos::wasm_split::SplitLoaderError) -> Self {
        PartFailed
    }
}

/// One function per view, each in the module of its area (`$part`) in the
/// split build. The browser fetches an area's module the first time one of
/// its functions is called; the rest of the app never waits for it.
macro_rules! view_fns {
    ($($part:ident: $name:ident($($arg:ident: $ty:ty),*) => $component:ident;)*) => {
        mod parts {
            use super::*;
            $(
                #[cfg(feature = "split")]
                #[::leptos::wasm_split::wasm_split($part, wasm_split_path = ::leptos::wasm_split, fallible)]
                pub(super) fn $name($($arg: $ty),*) -> Result<AnyView, PartFailed> {
                    Ok(view! { <$component $($arg=$arg)*/> }.into_any())
                }
                /// Never inlined: the browser compiles WebAssembly a function
                /// at a time, on first call, so the first view compiles only
                /// its own code.
                #[cfg(not(feature = "split"))]
                #[inline(never)]
                pub(super) async fn $name($($arg: $ty),*) -> Result<AnyView, PartFailed> {
                    Ok(view! { <$component $($arg=$arg)*/> }.into_any())
                }
            )*
        }
    };
}

view_fns! {
    overview: overview() => Overview;
    walkthrough: rating() => Rating;
    walkthrough: all_questions() => AllQuestions;
    walkthrough: quiz() => Quiz;
    walkthrough: method() => Method;
    walkthrough: what_if() => WhatIf;
    walkthrough: about() => About;
    walkthrough: indicator(step: walkthrough::Step<'static>) => Indicator;
    library: sources() => SourceList;
    library: source(doc: &'static explainer_core::corpus::Document) => SourceDocument;
    library: data() => Data;
    library: disagreements() => Disagreements;
    timeline: timeline() => Timeline;
    timeline: event(id: String) => Event;
    tracker: recommendations() => Recommendations;
    tracker: recommendation(item: &'static explainer_core::corpus::Item) => Recommendation;
    library: search() => Search;
    embed: embed_widget(widget: explainer_core::embed::Widget) => EmbedWidget;
}

/// A widget with its title line and credit (see [`embed::Embed`]).
#[component]
fn EmbedWidget(widget: explainer_core::embed::Widget) -> impl IntoView {
    view! { <embed::Embed widget=widget/> }
}
