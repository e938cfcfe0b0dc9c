//! The app shell: skip link, header with navigation, the current view, and
//! the footer. Moves focus to the new view's heading after navigation so that
//! keyboard and screen-reader users land on what changed.

mod footer;
mod header;

use leptos::prelude::*;

use crate::{router, views};

pub use footer::Footer;
pub use header::Header;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let route = router::provide_router();

    // Syncs the document title and focus with the view: an effect, because
    // both live outside the reactive graph.
    Effect::new(move |previous: Option<()>| {
        let route = route.get();
        document().set_title(&views::page_title(&route.view));
        if previous.is_some() {
            request_animation_frame(|| {
                if let Some(heading) = document()
                    .query_selector("#main h1")
                    .ok()
                    .flatten()
                    .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
                {
                    let _ = heading.focus();
                }
                window().scroll_to_with_x_and_y(0.0, 0.0);
            });
        }
    });

    let skip_to_main = |ev: leptos::ev::MouseEvent| {
        // The fragment is the router's: focus the content without changing it.
        ev.prevent_default();
        if let Some(main) = document()
            .get_element_by_id("main")
            .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
        {
            let _ = main.focus();
        }
    };

    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>"Skip to content"</a>
        <Header/>
        <main id="main" tabindex="-1">
            {move || route.with(|r| views::render(&r.view))}
        </main>
        <Footer/>
    }
}
