//! The site search in the header: a search box (also focused by `/`) and,
//! as the reader types, a panel of results grouped by kind with the matched
//! words marked. Arrow keys move from the box through the results, Enter on
//! a result opens it (a plain link), Enter in the box opens the search page
//! with every result, Escape clears and returns to the box, and a click or
//! Tab outside closes the panel. The search itself is core's
//! [`explainer_core::search`]; this file only shows it.

use explainer_core::search::{BOX_CAP, Outcome, page_address};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::on_window;
use super::search_index::{fold_in_idle_moments, search_index};
use super::search_panel::{PANEL_ID, SearchPanel, panel_links};
use crate::router::use_route;
use crate::site;
use explainer_core::route::View;

/// Where an arrow key moves focus among the panel's `len` links from link
/// `at` (`None`: the box, or outside the links): `Some(Some(i))` to link
/// `i`, `Some(None)` back to the box (up from the first link), `None`
/// nowhere, leaving the key to the browser.
fn arrow_target(down: bool, at: Option<usize>, in_box: bool, len: usize) -> Option<Option<usize>> {
    match (down, at) {
        (true, None) if in_box => Some(Some(0)),
        (true, Some(i)) => Some(Some((i + 1).min(len.saturating_sub(1)))),
        (false, Some(0)) => Some(None),
        (false, Some(i)) => Some(Some(i - 1)),
        _ => None,
    }
}

/// The search box and its results panel.
#[component]
pub fn SearchBox() -> impl IntoView {
    let route = use_route();
    let query = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let input: NodeRef<leptos::html::Input> = NodeRef::new();
    let container: NodeRef<leptos::html::Div> = NodeRef::new();
    if site::BROWSER {
        fold_in_idle_moments();
    }

    // One search per keystroke while the panel is open; only the capped
    // results are built. A closed panel searches nothing, so the box can
    // follow the search page's words without searching twice.
    let outcome = Memo::new(move |_| {
        if !open.get() {
            return None;
        }
        query.with(|q| (!q.trim().is_empty()).then(|| search_index().search(q, BOX_CAP)))
    });
    let found = move || outcome.with(|o| o.as_ref().and_then(Outcome::results).is_some());
    let shown = move || open.get() && outcome.with(Option::is_some);

    // Going anywhere closes the panel; the text stays for next time. On
    // the search page the box holds the page's words, so the two agree.
    Effect::new(move |_| {
        let words = route.with(|r| {
            (r.view == View::Search).then(|| r.param("q").unwrap_or_default().to_owned())
        });
        open.set(false);
        if let Some(words) = words {
            query.set(words);
        }
    });

    // `/` focuses the box from anywhere but a form control.
    on_window(leptos::ev::keydown, move |ev| {
        if crate::keys::is_search_key(&ev)
            && let Some(el) = input.get_untracked()
        {
            ev.prevent_default();
            let _ = el.focus();
            el.select();
        }
    });
    // A click outside closes the panel.
    on_window(leptos::ev::pointerdown, move |ev| {
        let inside = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .zip(container.get_untracked())
            .is_some_and(|(t, c)| c.contains(Some(&t)));
        if !inside {
            open.set(false);
        }
    });

    let focus_box = move || {
        if let Some(el) = input.get_untracked() {
            let _ = el.focus();
        }
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let in_box = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some();
        match ev.key().as_str() {
            // `/` in the empty box is the shortcut pressed again, not words.
            "/" if in_box && query.with_untracked(String::is_empty) => ev.prevent_default(),
            "Escape" => {
                ev.prevent_default();
                query.set(String::new());
                open.set(false);
                focus_box();
            }
            "ArrowDown" | "ArrowUp" => {
                if !shown() {
                    open.set(true);
                    ev.prevent_default();
                    return;
                }
                let links = panel_links();
                let active = document().active_element();
                let at = links
                    .iter()
                    .position(|l| active.as_ref().is_some_and(|a| a == l.unchecked_ref()));
                let down = ev.key() == "ArrowDown";
                let Some(next) = arrow_target(down, at, in_box, links.len()) else {
                    return;
                };
                ev.prevent_default();
                match next.and_then(|i| links.get(i)) {
                    Some(link) => {
                        let _ = link.focus();
                    }
                    None => focus_box(),
                }
            }
            "Enter" if in_box => {
                ev.prevent_default();
                if found() {
                    let address = query.with_untracked(|q| page_address(q.trim()));
                    let _ = window().location().set_hash(&address);
                }
            }
            _ => {}
        }
    };
    // Tabbing out of the box and its panel closes the panel. Focus leaving
    // the window (no new target) leaves it as it is.
    let on_focusout = move |ev: web_sys::FocusEvent| {
        let Some(to) = ev
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
        else {
            return;
        };
        if !container
            .get_untracked()
            .is_some_and(|c| c.contains(Some(&to)))
        {
            open.set(false);
        }
    };

    // The "/" key means nothing on a touch screen with no keyboard.
    let placeholder = if crate::keys::touch_only() {
        "Search"
    } else {
        "Search  /"
    };
    view! {
        <div class="site-search" role="search" node_ref=container
            on:keydown=on_keydown on:focusout=on_focusout>
            <label class="visually-hidden" for="site-search-q">"Search the explainer"</label>
            <input
                id="site-search-q"
                node_ref=input
                type="search"
                autocomplete="off"
                spellcheck="false"
                placeholder=placeholder
                aria-keyshortcuts="/"
                aria-controls=PANEL_ID
                aria-describedby="site-search-status"
                prop:value=move || query.get()
                on:focus=move |_| {
                    // Folds the corpus before the first letter is typed.
                    search_index();
                    open.set(true);
                }
                on:input=move |ev| {
                    query.set(event_target_value(&ev));
                    open.set(true);
                }
            />
            <SearchPanel outcome=outcome query=query open=open/>
        </div>
    }
}
