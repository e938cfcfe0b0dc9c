//! The app: thin Leptos components over the pure logic in `explainer-core`.
//!
//! The library holds every component so that browser tests can mount them;
//! `main.rs` only calls [`start`].

pub mod components;
pub mod corpus;
pub mod download;
pub mod keys;
pub mod router;
pub mod shell;
pub mod site;
pub mod tracker_store;
pub mod views;

use leptos::prelude::*;

/// Mounts the app on `<body>` and records the `first-view` performance mark.
///
/// Leptos renders the first view synchronously during `mount_to_body`, so the
/// mark placed right after it is the moment the view is in the document.
pub fn start() {
    leptos::mount::mount_to_body(shell::App);
    if let Some(performance) = window().performance() {
        let _ = performance.mark("first-view");
    }
}
