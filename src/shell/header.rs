//! The site header: the product's name, the site search and the navigation
//! to every section. On narrow screens the list folds behind a "Menu"
//! button (Escape folds it again) and the search takes a row of its own.

use explainer_core::route::{Section, View};
use leptos::prelude::*;

use crate::components::{DrawnPart, SearchBox};
use crate::{router::use_route, site};

/// Header with the product's name and the main navigation.
#[component]
pub fn Header() -> impl IntoView {
    let route = use_route();
    // The folded menu is open at the address it was opened at: following a
    // link closes it.
    let (open_at, set_open_at) = signal(None::<String>);
    let open = Memo::new(move |_| {
        let here = route.with(crate::router::address);
        open_at.with(|at| at.as_deref() == Some(here.as_str()))
    });
    let set_open = move |now: bool| {
        set_open_at.set(now.then(|| route.with_untracked(crate::router::address)));
    };

    // Escape closes the open menu and gives focus back to its button.
    let toggle = NodeRef::<leptos::html::Button>::new();
    let close_on_escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            set_open(false);
            if let Some(button) = toggle.get_untracked() {
                let _ = button.focus();
            }
        }
    };

    let links = Section::ALL
        .into_iter()
        .map(|section| {
            let current = move || route.with(|r| r.view.section() == Some(section));
            view! {
                <li>
                    <a
                        href=section.route().to_hash()
                        aria-current=move || current().then_some("page")
                    >
                        {section.label()}
                    </a>
                </li>
            }
        })
        .collect_view();

    view! {
        <header class="site-header">
            <a class="brand" href=View::Overview.href()>
                <span class="brand-name">{site::name()}</span>
                <span class="brand-subject">{site::subject()}</span>
            </a>
            // On the page's first view, the drawing's until the task after
            // the app's first frame.
            <DrawnPart name="site-search">
                <SearchBox/>
            </DrawnPart>
            <nav aria-label="Main" on:keydown=close_on_escape>
                <button
                    type="button"
                    class="menu-toggle"
                    node_ref=toggle
                    aria-expanded=move || open.get().to_string()
                    aria-controls="main-nav"
                    on:click=move |_| set_open(!open.get_untracked())
                >
                    "Menu"
                </button>
                <ul id="main-nav" class="nav-list" class:open=open>
                    {links}
                </ul>
            </nav>
        </header>
    }
}
