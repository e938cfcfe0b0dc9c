//! A related list kept short: the first few items, the rest folded under
//! "Show all", so that a page's long lists do not bury what follows them on
//! a phone. A `<details>`, so it works without script and in print.

use leptos::prelude::*;

/// A section of related items with `id` and `title`: the first `shown` of
/// `items` (list items), and the rest under "Show all N `noun`".
#[component]
pub fn ShortList(
    /// Id of the heading, which names the section.
    id: &'static str,
    /// The heading's text.
    title: &'static str,
    /// What the items are, one and many: ("event", "events").
    noun: (&'static str, &'static str),
    /// How many show before the fold.
    shown: usize,
    /// The list items.
    mut items: Vec<AnyView>,
) -> impl IntoView {
    let total = items.len();
    let rest = items.split_off(shown.min(total));
    let more = (!rest.is_empty()).then(|| {
        view! {
            <details class="short-list-more">
                <summary>{format!("Show all {total} {}", if total == 1 { noun.0 } else { noun.1 })}</summary>
                <ul class="related">{rest}</ul>
            </details>
        }
    });
    view! {
        <section aria-labelledby=id>
            <h2 id=id>{title}</h2>
            <ul class="related">{items}</ul>
            {more}
        </section>
    }
}
