//! The app shell: skip link, header with navigation, the current view, and
//! the footer. After navigation it moves focus to the new view's heading (or
//! to the cited passage) so that keyboard and screen-reader users land on
//! what changed.

mod footer;
mod header;

use explainer_core::route::View;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::{CopyLink, DrawnPart, PageDrawing, provide_drawing};
use crate::views::embed::{EmbedButtons, EmbedFrame};
use crate::{corpus, router, site, tracker_store, views};

pub use footer::Footer;
pub use header::Header;

/// Provides the state that outlives a view: the reader's tracker updates
/// and a quiz left in progress. The shell provides it, and so does the
/// build's renderer of first views.
pub fn provide_app_state() {
    tracker_store::provide_tracker();
    views::provide_kept_quiz();
}

/// The whole app, or a plain message if the embedded corpus cannot be read.
#[component]
pub fn App(
    /// What the app takes over from the page's drawing of its first view.
    #[prop(optional)]
    drawing: PageDrawing,
) -> impl IntoView {
    provide_drawing(drawing);
    match corpus::load_embedded() {
        Ok(_) => view! { <Shell/> }.into_any(),
        Err(error) => view! {
            <main id="main" class="fatal" role="alert">
                <h1>"This explainer could not start"</h1>
                <p>"Its data could not be read. Please reload the page; if this persists, the copy you opened is damaged."</p>
                <p><a href="">"Reload"</a></p>
                <details><summary>"Technical detail"</summary><pre>{error}</pre></details>
            </main>
        }
        .into_any(),
    }
}

fn html_element(selector: &str) -> Option<web_sys::HtmlElement> {
    document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into().ok())
}

/// Scrolls to `y`, trying again on the next frames (at most `tries`) while
/// the page is still too short: parts of a view are built a frame after it.
fn scroll_back_to(y: f64, tries: u8) {
    window().scroll_to_with_x_and_y(0.0, y);
    let short = window().scroll_y().is_ok_and(|now| now + 1.0 < y);
    if short && tries > 0 {
        request_animation_frame(move || scroll_back_to(y, tries - 1));
    }
}

/// Scrolls a cited passage to the middle of the screen and focuses it.
fn focus_passage(target: &web_sys::HtmlElement) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    target.scroll_into_view_with_scroll_into_view_options(&options);
    let _ = target.focus();
}

/// Gives a view that arrived after the reader moved to it (its part of the
/// app was fetched then) the focus the shell gives any new view: the cited
/// passage, else the heading. Inside a widget, nothing: focus there would
/// scroll the host's page.
pub fn focus_view() {
    if html_element(".embed-main").is_some() {
        return;
    }
    if let Some(target) = html_element(".passage-target") {
        focus_passage(&target);
    } else {
        focus_heading();
    }
}

/// Focuses the view's heading without scrolling to it.
fn focus_heading() {
    if let Some(heading) = html_element("#main h1") {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = heading.focus_with_options(&options);
    }
}

#[component]
fn Shell() -> impl IntoView {
    let route = router::provide_router();
    provide_app_state();
    let nav = router::use_navigation();
    // Only a change of view re-renders the page; a change of query (a filter,
    // a highlighted passage) is read by the view itself.
    let view = Memo::new(move |_| route.with(|r| r.view.clone()));
    // A widget for another site's page has none of the site's chrome.
    let embedded = Memo::new(move |_| view.with(|v| matches!(v, View::Embed(_))));

    // Syncs the document title, focus and scroll with the address: an effect,
    // because all three live outside the reactive graph. Focus moves to a
    // cited passage if there is one, else to the heading of a new view; a
    // change of query within a view (a what-if score) leaves focus alone.
    Effect::new(move |previous: Option<View>| {
        route.track();
        let current = view.get();
        let title = views::page_title(&current);
        if document().title() != title {
            document().set_title(&title);
        }
        let new_view = previous.as_ref().is_some_and(|p| p != &current);
        let restore = nav.take_scroll_to_restore();
        // In another site's frame, moving focus or scrolling would scroll
        // the host's page: a widget leaves both alone.
        if matches!(current, View::Embed(_)) {
            return current;
        }
        request_animation_frame(move || {
            if let Some(y) = restore {
                // Back to a page the reader had scrolled: the same place.
                focus_heading();
                scroll_back_to(y, 10);
            } else if let Some(target) = html_element(".passage-target") {
                focus_passage(&target);
            } else if new_view {
                // The page scrolls to its top anyway: focusing without
                // scrolling spares the browser a layout just to scroll.
                focus_heading();
                window().scroll_to_with_x_and_y(0.0, 0.0);
            }
        });
        current
    });

    // The site's other parts, fetched while the browser is idle. A widget in
    // a news page fetches nothing it does not show.
    if !embedded.get_untracked() {
        views::prefetch_when_idle();
    }

    move || {
        if embedded.get() {
            view! { <EmbedFrame view=view/> }.into_any()
        } else {
            view! {
                <SiteFrame skip_to_main=skip_to_main>
                    <views::CurrentView view=view/>
                </SiteFrame>
            }
            .into_any()
        }
    }
}

/// Focuses the content without changing the address, which is the router's.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(main) = html_element("#main") {
        let _ = main.focus();
    }
}

/// The site's page around a view: skip link, header, the view with its
/// address and embed buttons, footer. Also what the build renders for a
/// view's first paint (`src/bin/prerender.rs`), so the two cannot differ.
#[component]
pub fn SiteFrame(
    /// Moves focus to the content without changing the address.
    #[prop(optional)]
    skip_to_main: Option<fn(leptos::ev::MouseEvent)>,
    /// The view.
    children: Children,
) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main" on:click=move |ev| if let Some(f) = skip_to_main { f(ev) }>"Skip to content"</a>
        <Header/>
        <main id="main" tabindex="-1">
            // On paper the header is gone: say what this is.
            <p class="print-only print-subject">{format!("{}: {}", site::name(), site::subject())}</p>
            {children()}
            // On the page's first view, these are built a frame after it
            // (they are the drawing's until then), in tasks of their own.
            <DrawnPart name="view-tools">
                <CopyLink/>
                <EmbedButtons/>
            </DrawnPart>
        </main>
        <DrawnPart name="footer">
            <Footer/>
        </DrawnPart>
    }
}
