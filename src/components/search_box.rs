//! The site search in the header: a search box (also focused by `/`) and,
//! as the reader types, a panel of results grouped by kind with the matched
//! words marked. Arrow keys move from the box through the results, Enter on
//! a result opens it (a plain link), Enter in the box opens the search page
//! with every result, Escape clears and returns to the box, and a click or
//! Tab outside closes the panel. The search itself is core's
//! [`explainer_core::search`]; this file only shows it.

use explainer_core::search::{BOX_CAP, Group, Hit, Kind, Outcome, Results, page_address};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::search_hit::{group_heading, hit_view};
use super::search_index::{fold_in_idle_moments, search_index};
use super::{closest_link, on_window};
use crate::router::use_route;
use crate::site;
use explainer_core::route::View;

fn group_of(results: &Results, kind: Kind) -> Option<&Group> {
    results.groups.iter().find(|g| g.kind == kind)
}

/// The links of the panel, in order: the results and "Show all".
fn panel_links() -> Vec<web_sys::HtmlElement> {
    let Ok(list) = document().query_selector_all("#site-search-panel a") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.get(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .collect()
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
    let found = move || {
        outcome.with(|o| match o {
            Some(Outcome::Found(r)) => Some(r.total),
            _ => None,
        })
    };
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
                let next = match (ev.key().as_str(), at) {
                    ("ArrowDown", None) if in_box => Some(0),
                    ("ArrowDown", Some(i)) => Some((i + 1).min(links.len().saturating_sub(1))),
                    ("ArrowUp", Some(0)) => None,
                    ("ArrowUp", Some(i)) => Some(i - 1),
                    _ => return,
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
                if found().is_some() {
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

    let status = move || match outcome.get() {
        None => String::new(),
        Some(Outcome::TooShort) => "Type at least 2 letters to search.".to_owned(),
        Some(Outcome::Found(r)) => r.count_text(),
    };
    let groups = Kind::ALL
        .into_iter()
        .map(|kind| {
            let total = move || {
                outcome.with(|o| match o {
                    Some(Outcome::Found(r)) => group_of(r, kind).map_or(0, |g| g.total),
                    _ => 0,
                })
            };
            let hits = move || {
                outcome.with(|o| match o {
                    Some(Outcome::Found(r)) => group_of(r, kind).map(|g| g.hits.clone()),
                    _ => None,
                })
                .unwrap_or_default()
            };
            let more = move || {
                let n = outcome.with(|o| match o {
                    Some(Outcome::Found(r)) => group_of(r, kind).map_or(0, Group::more),
                    _ => 0,
                });
                (n > 0).then(|| view! { <p class="search-more">{format!("and {n} more")}</p> })
            };
            let id = format!("site-search-{}", kind.id());
                let labelled_by = id.clone();
            view! {
                <section class="search-group" hidden=move || total() == 0 aria-labelledby=labelled_by
                    data-kind=kind.id()>
                    <h2 id=id>{move || group_heading(kind, total())}</h2>
                    <ul>
                        // Keyed by the whole result: one that a keystroke
                        // leaves as it was is not rebuilt.
                        <For each=hits key=|hit: &Hit| hit.clone() children=hit_view/>
                    </ul>
                    {more}
                </section>
            }
        })
        .collect_view();
    let show_all = move || {
        outcome.with(|o| match o {
            Some(Outcome::Found(r)) if r.hits().count() < r.total => Some(r.total),
            _ => None,
        })
        .map(|n| {
            let href = query.with(|q| page_address(q.trim()));
            view! { <p class="search-all"><a href=href>{format!("Show all {n} results")}</a></p> }
        })
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
                aria-controls="site-search-panel"
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
            <div id="site-search-panel" class="search-panel" hidden=move || !shown()
                on:click=move |ev: web_sys::MouseEvent| {
                    // Choosing a result closes the panel even when it is the
                    // page already shown (no address change to close it).
                    if closest_link(&ev, "a").is_some() {
                        open.set(false);
                    }
                }>
                <p id="site-search-status" class="search-status" role="status"
                    data-testid="search-count">{status}</p>
                {groups}
                {show_all}
                <p class="search-hint">"↑ ↓ move through the results, Enter opens, Esc closes."</p>
            </div>
        </div>
    }
}
