//! Shared components, mounted on their own.

use leptos::prelude::*;
use rating_explainer::components::{AfterPaint, RichText};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

fn mount(view: impl Fn() -> AnyView + 'static) -> (web_sys::HtmlElement, impl Drop) {
    rating_explainer::corpus::load_embedded().unwrap();
    let container: web_sys::HtmlElement =
        document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), view);
    (container, handle)
}

#[wasm_bindgen_test]
fn rich_text_links_notes_and_addresses_and_marks_the_quote() {
    let text = "Law adopted.[12] See https://example.org/a. Also [13].";
    // Highlight "adopted.[12]".
    let (el, _handle) = mount(move || {
        view! { <RichText text=text doc="nit2018" notes=&[12] highlight=Some((4, 16))/> }.into_any()
    });
    let note = el
        .query_selector("a.note-ref")
        .unwrap()
        .expect("note 12 is a link");
    assert_eq!(
        note.get_attribute("href").as_deref(),
        Some("#/sources/nit2018?at=n12")
    );
    assert_eq!(note.text_content().as_deref(), Some("[12]"));
    assert_eq!(
        el.query_selector_all("a.note-ref").unwrap().length(),
        1,
        "[13] is no known note"
    );
    let link = el
        .query_selector("a[href^=http]")
        .unwrap()
        .expect("the address is a link");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://example.org/a")
    );
    assert_eq!(
        link.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    let marked: String = (0..el.query_selector_all("mark").unwrap().length())
        .map(|i| {
            el.query_selector_all("mark")
                .unwrap()
                .item(i)
                .unwrap()
                .text_content()
                .unwrap()
        })
        .collect();
    assert_eq!(marked, "adopted.[12]");
    assert_eq!(
        el.text_content().as_deref(),
        Some(text),
        "nothing is added or lost"
    );
    el.remove();
}

#[wasm_bindgen_test]
fn rich_text_shows_markup_as_text() {
    let text = "<b>bold</b> <script>alert(1)</script> javascript:alert(2)";
    let (el, _handle) = mount(move || view! { <RichText text=text doc="fiw2019"/> }.into_any());
    assert!(el.query_selector("b, script, a").unwrap().is_none());
    assert_eq!(el.text_content().as_deref(), Some(text));
    el.remove();
}

/// Resolves in the task after the next frame has been painted, plus 20 ms.
async fn after_next_frame() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        window().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    let task = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(task).await.unwrap();
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn after_paint_builds_its_part_once_the_first_frame_is_painted() {
    let (el, _handle) = mount(|| {
        view! {
            <p class="first">"The question"</p>
            <AfterPaint><ul class="later"><li>"A related event"</li></ul></AfterPaint>
        }
        .into_any()
    });
    // At first only the placeholder, marked busy, follows the first part.
    assert!(el.query_selector(".first").unwrap().is_some());
    assert!(el.query_selector(".later").unwrap().is_none());
    assert!(el.query_selector("[aria-busy=true]").unwrap().is_some());
    after_next_frame().await;
    let later = el
        .query_selector(".later li")
        .unwrap()
        .expect("built after the frame");
    assert_eq!(later.text_content().as_deref(), Some("A related event"));
    assert!(el.query_selector("[aria-busy]").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn after_paint_builds_nothing_for_a_view_already_gone() {
    let (el, handle) =
        mount(|| view! { <AfterPaint><p class="later">"Late"</p></AfterPaint> }.into_any());
    drop(handle);
    after_next_frame().await;
    assert!(el.query_selector(".later").unwrap().is_none());
    assert_eq!(el.child_element_count(), 0);
}
