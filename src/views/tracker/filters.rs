//! The tracker's filter form. Each choice replaces the address (as the
//! what-if sandbox does), so the filtered list can be shared and a reload
//! keeps it; focus stays on the control that changed.

use explainer_core::corpus::{ItemKind, Theme};
use explainer_core::route::View;
use explainer_core::tracker::catalogue::{Group, ItemFilter, parties, theme_label};
use leptos::prelude::*;

use crate::corpus::use_corpus;
use crate::router::use_replace_route;

/// One select: key, label, options (value, text), how to read and write it.
type Control = (
    &'static str,
    &'static str,
    Vec<(String, String)>,
    fn(&ItemFilter) -> Option<String>,
    fn(&mut ItemFilter, Option<String>),
);

/// The filter's controls for `filter`, read from the address.
#[component]
pub fn Filters(
    /// The filter as the address gives it.
    #[prop(into)]
    filter: Signal<ItemFilter>,
) -> impl IntoView {
    let corpus = use_corpus();
    let replace = use_replace_route();
    let set = move |change: &dyn Fn(&mut ItemFilter, Option<String>), value: String| {
        let mut next = filter.get_untracked();
        change(&mut next, (!value.is_empty()).then_some(value));
        replace.go(&next.to_hash());
    };

    let party_options = |to: bool| {
        parties(corpus, to)
            .into_iter()
            .map(|(slug, name, n)| (slug, format!("{name} ({n})")))
            .collect::<Vec<_>>()
    };
    let sources = corpus
        .documents
        .iter()
        .filter(|d| corpus.items.iter().any(|i| i.text.doc == d.id))
        .map(|d| (d.id.0.clone(), d.edition.clone()))
        .collect();
    let controls: [Control; 6] = [
        (
            "from",
            "Who asked or promised",
            party_options(false),
            |f| f.from.clone(),
            |f, v| f.from = v,
        ),
        (
            "to",
            "To whom",
            party_options(true),
            |f| f.to.clone(),
            |f, v| f.to = v,
        ),
        (
            "theme",
            "Theme",
            Theme::ALL
                .iter()
                .map(|t| (t.id().to_owned(), theme_label(*t)))
                .collect(),
            |f| f.theme.map(|t| t.id().to_owned()),
            |f, v| f.theme = v.and_then(|v| Theme::ALL.into_iter().find(|t| t.id() == v)),
        ),
        (
            "status",
            "Assessed status",
            corpus
                .statuses
                .iter()
                .map(|s| (s.id.0.clone(), s.label.clone()))
                .collect(),
            |f| f.status.clone(),
            |f, v| f.status = v,
        ),
        (
            "source",
            "Source",
            sources,
            |f| f.source.clone(),
            |f, v| f.source = v,
        ),
        (
            "kind",
            "Kind",
            vec![
                ("recommendation".into(), "Recommendations".into()),
                ("pledge".into(), "Pledges".into()),
            ],
            |f| f.kind.map(|k| k.id().to_owned()),
            |f, v| {
                f.kind = v.map(|v| {
                    if v == "pledge" {
                        ItemKind::Pledge
                    } else {
                        ItemKind::Recommendation
                    }
                })
            },
        ),
    ];
    let selects = controls
        .into_iter()
        .map(|(key, label, options, read, write)| {
            let id = format!("tr-filter-{key}");
            let options = options
                .into_iter()
                .map(|(value, text)| view! { <option value=value>{text}</option> })
                .collect_view();
            view! {
                <div class="tr-field">
                    <label for=id.clone()>{label}</label>
                    <select
                        id=id
                        prop:value=move || filter.with(read).unwrap_or_default()
                        on:change=move |ev| set(&write, event_target_value(&ev))
                    >
                        <option value="">"All"</option>
                        {options}
                    </select>
                </div>
            }
        })
        .collect_view();
    let groups = Group::ALL
        .iter()
        .map(|g| view! { <option value=g.id()>{g.label()}</option> })
        .collect_view();
    let set_group = move |value: String| {
        let mut next = filter.get_untracked();
        next.group = Group::ALL
            .into_iter()
            .find(|g| g.id() == value)
            .unwrap_or_default();
        replace.go(&next.to_hash());
    };
    view! {
        <form class="tr-filters" aria-label="Filter and group" on:submit=|ev| ev.prevent_default()>
            {selects}
            <div class="tr-field">
                <label for="tr-group">"Group by"</label>
                <select
                    id="tr-group"
                    prop:value=move || filter.with(|f| f.group.id())
                    on:change=move |ev| set_group(event_target_value(&ev))
                >
                    {groups}
                </select>
            </div>
            <p class="tr-reset">
                <a href=View::Recommendations.href()>"Show everything"</a>
            </p>
        </form>
    }
}
