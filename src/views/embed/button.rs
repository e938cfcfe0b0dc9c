//! "Embed": under each view that has a widget, a button per widget that
//! opens a modal dialog with the snippet to paste (from
//! `explainer_core::embed::Snippet`), a copy button and a preview link.
//! Escape and "Close" close it; focus goes back to the button.

use explainer_core::embed::{Scheme, Snippet, Widget, frame_url, widgets_for};
use explainer_core::route::{Route, View};
use leptos::html;
use leptos::prelude::*;

use crate::components::write_text;
use crate::router::use_route;
use crate::site;

/// The snippet for a widget address, for this page's own address.
fn snippet(widget: &Route, scheme: Scheme) -> String {
    let View::Embed(w) = &widget.view else {
        return String::new();
    };
    let page = window().location().href().unwrap_or_default();
    Snippet {
        page_url: &page,
        widget,
        full: &w.full_route(&widget.query),
        title: &super::title(w),
        site: &site::name(),
        height: w.default_height(),
        scheme,
    }
    .html()
}

/// The Embed buttons for the current view (none for a view with no widget).
/// The buttons are rebuilt only when their number changes: moving to the
/// next question or typing in a filter updates their words and snippets in
/// place, which keeps a step or a keystroke cheap.
#[component]
pub fn EmbedButtons() -> impl IntoView {
    let route = use_route();
    let fiw = &crate::corpus::use_corpus().fiw;
    // A question the corpus lacks is a not-found page, with nothing to embed.
    let widgets = Memo::new(move |_| {
        let mut list = route.with(widgets_for);
        list.retain(|w| !matches!(&w.view, View::Embed(Widget::Indicator(code)) if fiw.indicator(code).is_none()));
        list
    });
    // A copy opened from a file cannot be embedded in a web page: a frame
    // on another site cannot load a file from the reader's disk.
    let from_file =
        crate::site::BROWSER && window().location().protocol().is_ok_and(|p| p == "file:");
    let count = Memo::new(move |_| if from_file { 0 } else { widgets.with(Vec::len) });
    move || {
        let n = count.get();
        (n > 0).then(|| {
            let buttons = (0..n)
                .map(|i| {
                    let widget = Memo::new(move |_| widgets.with(|l| l.get(i).cloned()));
                    view! { <EmbedButton widget=widget index=i/> }
                })
                .collect_view();
            view! { <div class="embed-buttons">{buttons}</div> }
        })
    }
}

/// What happened to the last copy.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Yes,
    ByHand,
}

#[component]
fn EmbedButton(widget: Memo<Option<Route>>, index: usize) -> impl IntoView {
    let title = move || {
        widget.with(|w| match w.as_ref().map(|w| &w.view) {
            Some(View::Embed(w)) => super::title(w),
            _ => String::new(),
        })
    };
    let dialog = NodeRef::<html::Dialog>::new();
    let opener = NodeRef::<html::Button>::new();
    let area = NodeRef::<html::Textarea>::new();
    let (text, set_text) = signal(String::new());
    let (copied, set_copied) = signal(Copied::Not);
    let heading = format!("embed-heading-{index}");
    let labelled_by = heading.clone();
    let field = format!("embed-snippet-{index}");
    let label_for = field.clone();
    let scheme_field = format!("embed-scheme-{index}");
    let scheme_for = scheme_field.clone();
    let (scheme, set_scheme) = signal(Scheme::default());
    let preview = move || {
        let query = scheme.with(|s| match s {
            Scheme::Reader => String::new(),
            s => format!("?scheme={}", s.id()),
        });
        // The widgets' page beside this one, as the snippet's frame.
        let path = crate::site::BROWSER
            .then(|| window().location().pathname().ok())
            .flatten();
        let page = frame_url(&path.unwrap_or_default());
        widget.with(|w| w.as_ref().map(|w| format!("{page}{query}{}", w.to_hash())))
    };
    let refresh = move || {
        let s = scheme.get_untracked();
        set_text
            .set(widget.with_untracked(|w| w.as_ref().map(|w| snippet(w, s)).unwrap_or_default()));
    };
    let on_scheme = move |ev| {
        if let Some(s) = Scheme::from_id(&event_target_value(&ev)) {
            set_scheme.set(s);
            refresh();
            set_copied.set(Copied::Not);
        }
    };
    let options = Scheme::ALL
        .map(
            |s| view! { <option value=s.id() selected=s == Scheme::default()>{s.label()}</option> },
        )
        .collect_view();

    let open = move |_| {
        refresh();
        set_copied.set(Copied::Not);
        if let Some(d) = dialog.get_untracked() {
            let _ = d.show_modal();
        }
    };
    let close = move |_| {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    };
    // However it closes (Escape, the button), focus goes back to the opener.
    let on_close = move |_| {
        if let Some(b) = opener.get_untracked() {
            let _ = b.focus();
        }
    };
    let select = move || {
        if let Some(a) = area.get_untracked() {
            a.select();
        }
    };
    let copy = move |_| {
        let snippet = text.get_untracked();
        let Ok(promise) = write_text(&snippet) else {
            select();
            set_copied.set(Copied::ByHand);
            return;
        };
        leptos::task::spawn_local(async move {
            let done = wasm_bindgen_futures::JsFuture::from(promise).await;
            if done.is_ok() {
                set_copied.set(Copied::Yes);
            } else {
                select();
                set_copied.set(Copied::ByHand);
            }
        });
    };

    view! {
        <button type="button" class="embed-button" node_ref=opener on:click=open>
            {move || format!("Embed: {}", title())}
        </button>
        <dialog class="embed-dialog" node_ref=dialog aria-labelledby=labelled_by on:close=on_close>
            <h2 id=heading>{move || format!("Embed “{}” in your page", title())}</h2>
            <p>
                "Paste this HTML where the widget should appear. It works at a fixed height on its own; "
                "the script, which is optional, makes the frame as tall as the widget. "
                "The widget reads nothing from your page and sends it nothing but its height."
            </p>
            <p class="embed-scheme">
                <label for=scheme_for>"Colours"</label>
                <select id=scheme_field on:change=on_scheme>{options}</select>
            </p>
            <label for=label_for>"HTML to paste"</label>
            <textarea id=field class="embed-snippet" readonly rows="7" node_ref=area prop:value=move || text.get()></textarea>
            <p>
                <a href=preview target="_blank" rel="noopener">
                    "Preview the widget"
                    <span class="visually-hidden">" (opens in a new tab)"</span>
                </a>
            </p>
            <div class="embed-actions">
                <button type="button" on:click=copy>"Copy the HTML"</button>
                <button type="button" on:click=close>"Close"</button>
                <span role="status" class="embed-copied">
                    {move || match copied.get() {
                        Copied::Not => "",
                        Copied::Yes => "Copied.",
                        Copied::ByHand => "Copying is not allowed here: the HTML is selected, copy it with your keyboard.",
                    }}
                </span>
            </div>
        </dialog>
    }
}
