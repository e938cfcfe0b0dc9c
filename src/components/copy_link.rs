//! "Copy link": puts the address of the current view, with its state (a
//! question, filters, a scenario), on the clipboard. Where the clipboard is
//! not available (an insecure context, a refusal) the address is shown
//! selected, to copy by hand.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `navigator.clipboard.writeText`; throws where there is no clipboard.
    #[wasm_bindgen(js_namespace = ["navigator", "clipboard"], js_name = writeText, catch)]
    pub(crate) fn write_text(text: &str) -> Result<js_sys::Promise, JsValue>;
}

/// What happened to the last copy.
#[derive(Clone, PartialEq)]
enum Copied {
    Not,
    Yes,
    ByHand(String),
}

/// The button's words. The quiz's address holds no answers, so on its
/// tally the link is to the quiz, not to "this view".
fn label(view: &explainer_core::route::View) -> &'static str {
    match view {
        explainer_core::route::View::Quiz => "Copy link to the quiz",
        _ => "Copy link to this view",
    }
}

/// A button that copies the current address, with a polite status.
#[component]
pub fn CopyLink() -> impl IntoView {
    // The last copy and the address it was of: a new address makes it
    // stale, as `copied` reads.
    let (last, set_last) = signal((String::new(), Copied::Not));
    let route = crate::router::use_route();
    let copied = move || {
        let here = route.with(crate::router::address);
        last.with(|(of, copied)| {
            if *of == here {
                copied.clone()
            } else {
                Copied::Not
            }
        })
    };
    let copy = move |_| {
        let href = route.with_untracked(crate::router::address);
        let Ok(promise) = write_text(&href) else {
            set_last.set((href.clone(), Copied::ByHand(href)));
            return;
        };
        leptos::task::spawn_local(async move {
            let done = wasm_bindgen_futures::JsFuture::from(promise).await;
            let copied = match done {
                Ok(_) => Copied::Yes,
                Err(_) => Copied::ByHand(href.clone()),
            };
            set_last.set((href, copied));
        });
    };
    let select_all = |ev: leptos::ev::FocusEvent| {
        if let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.select();
        }
    };

    // A page that does not exist has no link worth sharing.
    let corpus = crate::corpus::use_corpus();
    let exists = Memo::new(move |_| route.with(|r| explainer_core::route::exists(&r.view, corpus)));
    view! {
        <div class="copy-link" hidden=move || !exists.get()>
            <button type="button" on:click=copy>{move || route.with(|r| label(&r.view))}</button>
            <span role="status">
                {move || match copied() {
                    Copied::Not => ().into_any(),
                    Copied::Yes => "Link copied.".into_any(),
                    Copied::ByHand(href) => view! {
                        <label>
                            "Copying is not allowed here; copy this address: "
                            <input type="text" readonly value=href on:focus=select_all/>
                        </label>
                    }
                    .into_any(),
                }}
            </span>
        </div>
        // Paper has no address bar: the printout says where it came from.
        <p class="print-only print-address">
            "Printed from "{move || route.with(crate::router::address)}
        </p>
    }
}
