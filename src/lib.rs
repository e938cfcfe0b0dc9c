//! The app: thin Leptos components over the pure logic in `explainer-core`.
//!
//! The library holds every component so that browser tests can mount them;
//! `main.rs` only calls [`start`].

#![recursion_limit = "256"]

pub mod components;
pub mod corpus;
pub mod download;
pub mod keys;
pub mod router;
pub mod shell;
pub mod site;
pub mod tracker_store;
pub mod views;
pub mod widget_page;

use leptos::prelude::*;

/// Mounts the app on `<body>`.
///
/// The corpus is parsed in a task of its own, and the view is built in
/// another after it: shorter tasks rather than one long one, so the page
/// stays responsive while the app starts (less blocking time on slow
/// phones).
///
/// The page's static content (headline facts written at build time for
/// readers without WebAssembly, or the first view the build rendered, which
/// the page drew before loading the app) is removed in the same task as the
/// app is mounted, so no frame shows both or neither.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        // The page's own script shows the reader a message when the module
        // traps right after this; the console gets the reason.
        web_sys::console::error_1(&info.to_string().into());
    }));
    // Three tasks: instantiating the module (this one), reading the
    // corpus, building the view. An error reading the corpus is shown by
    // the app itself once mounted.
    set_timeout(
        || {
            let _ = corpus::load_embedded();
            set_timeout(mount, std::time::Duration::ZERO);
        },
        std::time::Duration::ZERO,
    );
}

/// Fetches the first view's part of the app, then mounts the app in place
/// of the page's static content.
fn mount() {
    // Leptos sets up its executor in `mount_to_body`, not yet here.
    wasm_bindgen_futures::spawn_local(async {
        // The first view's part of the app, fetched while the page still
        // shows its summary. If it fails, the view says so with a retry.
        let route = router::location_route();
        let first = route
            .as_ref()
            .map_or(explainer_core::route::View::Overview, |r| r.view.clone());
        let _ = views::preload(&first).await;
        let drawing = views::replace_static_page(route.as_ref());
        // The `first-view` mark is placed by the view itself once it is in
        // the document (`views::CurrentView`).
        leptos::mount::mount_to_body(move || view! { <shell::App drawing=drawing/> });
    });
}
