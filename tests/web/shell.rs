//! The shell: mount the real app in headless Chromium,
//! drive it through the address as a reader would, and read what it shows.

use leptos::prelude::*;
use rating_explainer::shell::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

/// Waits for the browser to deliver `hashchange` and Leptos to update.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    leptos::task::tick().await;
}

/// Mounts the app in a fresh container; dropping the handle unmounts it.
fn mount_app() -> (web_sys::HtmlElement, impl Drop) {
    let container: web_sys::HtmlElement =
        document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), || view! { <App/> });
    (container, handle)
}

fn heading(container: &web_sys::HtmlElement) -> String {
    container
        .query_selector("main h1")
        .unwrap()
        .expect("the view has a heading")
        .text_content()
        .unwrap()
}

#[wasm_bindgen_test]
async fn follows_the_address_and_marks_the_current_link() {
    // Mounting also sets up Leptos' executor, which `settle` needs.
    let (app, handle) = mount_app();
    window().location().set_hash("#/").unwrap();
    settle().await;
    assert!(
        app.query_selector("[data-testid=overview]")
            .unwrap()
            .is_some()
    );

    window().location().set_hash("#/method").unwrap();
    settle().await;
    assert_eq!(heading(&app), "How the score becomes a status");
    let current = app
        .query_selector("nav a[aria-current=page]")
        .unwrap()
        .expect("one link is marked current");
    assert_eq!(current.text_content().unwrap(), "Method");
    assert_eq!(document().title(), "Method – 22/100, explained");

    window().location().set_hash("#/nowhere/at-all").unwrap();
    settle().await;
    assert_eq!(heading(&app), "Page not found");
    let text = app.text_content().unwrap();
    assert!(
        text.contains("#/nowhere/at-all"),
        "echoes the address: {text}"
    );
    assert!(
        app.query_selector("nav a[aria-current=page]")
            .unwrap()
            .is_none()
    );
    drop(handle);
    app.remove();
}

#[wasm_bindgen_test]
async fn menu_button_folds_and_unfolds_the_navigation() {
    let (app, handle) = mount_app();
    window().location().set_hash("#/about").unwrap();
    settle().await;
    let button: web_sys::HtmlElement = app
        .query_selector("button.menu-toggle")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    button.click();
    settle().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let list = app.query_selector("#main-nav").unwrap().unwrap();
    assert!(list.class_list().contains("open"));
    // Following a link folds the menu again.
    window().location().set_hash("#/data").unwrap();
    settle().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    drop(handle);
    app.remove();
}

#[wasm_bindgen_test]
async fn an_embed_address_shows_the_widget_without_the_site_chrome() {
    let (app, handle) = mount_app();
    window().location().set_hash("#/embed/rating/d1").unwrap();
    settle().await;
    let count = |selector: &str| app.query_selector_all(selector).unwrap().length();
    assert_eq!(count("[data-testid=embed]"), 1);
    assert_eq!(
        count(".site-header, .site-footer, .skip-link, .copy-link"),
        0
    );
    assert!(heading(&app).starts_with("D1: "), "{}", heading(&app));
    let open = app
        .query_selector(".embed-open")
        .unwrap()
        .expect("the full view link");
    assert_eq!(open.get_attribute("href").as_deref(), Some("#/rating/D1"));
    assert_eq!(open.get_attribute("target").as_deref(), Some("_blank"));

    window().location().set_hash("#/embed/nothing").unwrap();
    settle().await;
    assert_eq!(heading(&app), "Widget not found");

    // Back to a full view: the chrome returns, with an Embed button.
    window().location().set_hash("#/rating").unwrap();
    settle().await;
    assert_eq!(count("[data-testid=embed]"), 0);
    assert_eq!(count(".site-header"), 1);
    assert_eq!(count(".embed-button"), 1);
    drop(handle);
    app.remove();
}
