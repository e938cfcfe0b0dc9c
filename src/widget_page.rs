//! The widgets' own page (`embed.html`), which a news article's iframe
//! loads. Its module (`src/bin/widgets.rs`) holds the widgets and nothing
//! else of the site: no shell, no other views, no corpus. It fetches the
//! slice of the corpus its widget shows (`widget-data/<set>.json`, see
//! `explainer_core::embed::data`), then draws the widget; a host page's
//! reader downloads a fraction of what the site's first view needs.
//!
//! If the slice cannot be fetched, the frame says so with a "Try again";
//! the widget keeps the page's loading line until then, never a blank.

use explainer_core::embed::{DataSet, Widget};
use explainer_core::route::View;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::components::{PageDrawing, provide_drawing};
use crate::views::embed::{Embed, EmbedMain, title};
use crate::{corpus, router, views};

/// The widget the page's address names (anything else: not found).
fn widget_of(view: &View) -> Widget {
    match view {
        View::Embed(widget) => widget.clone(),
        _ => Widget::Unknown(String::new()),
    }
}

/// Starts the widgets' page: fetches the widget's data, then mounts it in
/// place of the page's loading line.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
    let route = router::location_route();
    let widget = route
        .as_ref()
        .map_or(Widget::Unknown(String::new()), |r| widget_of(&r.view));
    let set = DataSet::of(&widget);
    wasm_bindgen_futures::spawn_local(async move {
        let first = fetch_data(set).await;
        let drawing = views::replace_static_page(route.as_ref());
        leptos::mount::mount_to_body(
            move || view! { <WidgetPage set=set first=first drawing=drawing/> },
        );
    });
}

/// Fetches and loads the slice `set`; an error says why, for the console.
async fn fetch_data(set: DataSet) -> Result<(), String> {
    let text = async {
        let response: web_sys::Response = JsFuture::from(window().fetch_with_str(&set.file()))
            .await?
            .dyn_into()?;
        if !response.ok() {
            return Err(format!("{}: HTTP {}", set.file(), response.status()).into());
        }
        JsFuture::from(response.text()?).await
    }
    .await
    .map_err(|e: wasm_bindgen::JsValue| e.as_string().unwrap_or_else(|| format!("{e:?}")))?;
    let text = text.as_string().unwrap_or_default();
    corpus::load(&text).map(|_| ()).map_err(str::to_owned)
}

/// Whether the widget's data is loaded, on its way, or failed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Data {
    Loading,
    Ready,
    Failed,
}

/// The page: the widget once its data is loaded, else a notice with a
/// retry (which keeps the loading line while it tries).
#[component]
fn WidgetPage(set: DataSet, first: Result<(), String>, drawing: PageDrawing) -> impl IntoView {
    provide_drawing(drawing);
    let state = RwSignal::new(match &first {
        Ok(()) => Data::Ready,
        Err(e) => {
            web_sys::console::error_1(&e.into());
            Data::Failed
        }
    });
    let retry = move |_| {
        state.set(Data::Loading);
        leptos::task::spawn_local(async move {
            state.set(match fetch_data(set).await {
                Ok(()) => Data::Ready,
                Err(_) => Data::Failed,
            });
        });
    };
    move || match state.get() {
        Data::Ready => view! { <WidgetFrame set=set/> }.into_any(),
        Data::Loading => view! {
            <p class="part-loading" role="status" aria-busy="true">"Loading the widget…"</p>
        }
        .into_any(),
        Data::Failed => view! {
            <main id="main" class="embed-main">
                <div class="part-failed" role="alert" data-testid="part-failed">
                    <h1 tabindex="-1">"This widget could not be loaded"</h1>
                    <p>"The connection may have dropped."</p>
                    <p><button type="button" on:click=retry>"Try again"</button></p>
                </div>
            </main>
        }
        .into_any(),
    }
}

/// The widget of the current address, with its title in the tab. A widget
/// that reads another slice than the one loaded (the host changed the
/// frame's address) reloads the page, which fetches that slice.
#[component]
fn WidgetFrame(set: DataSet) -> impl IntoView {
    let route = router::provide_router();
    let widget = Memo::new(move |_| route.with(|r| widget_of(&r.view)));
    Effect::new(move |_| {
        let current = widget.get();
        if DataSet::of(&current) != set {
            let _ = window().location().reload();
            return;
        }
        let name = crate::site::name();
        document().set_title(&format!("{} – {name}", title(&current)));
    });
    views::mark_first_view();
    view! {
        <EmbedMain>
            {move || view! { <Embed widget=widget.get()/> }}
        </EmbedMain>
    }
}
