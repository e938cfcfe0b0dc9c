//! The site search's index over the embedded corpus, built once per page:
//! folded in slices in idle moments after the search box appears, and
//! finished on first use by the box or the search page. Apart from the box,
//! since the search page uses the index without the box.

use std::cell::{Cell, RefCell};
use std::sync::OnceLock;
use std::time::Duration;

use explainer_core::search::{Index, IndexBuilder};
use leptos::prelude::*;

use crate::corpus::use_corpus;

static INDEX: OnceLock<Index<'static>> = OnceLock::new();

thread_local! {
    /// The index while it is folded in idle moments, until it is done.
    static BUILDER: RefCell<Option<IndexBuilder<'static>>> = const { RefCell::new(None) };
    /// Whether folding in idle moments has been scheduled.
    static SCHEDULED: Cell<bool> = const { Cell::new(false) };
}

/// How long after the box appears the folding starts: the first view and
/// the reader's first moves come first.
const FOLD_DELAY: Duration = Duration::from_millis(1500);
/// The longest a slice of folding may keep the page busy.
const SLICE_MS: f64 = 4.0;
/// Entries folded between two looks at the clock.
const ENTRIES_PER_CHECK: usize = 16;

/// Folds the search index in slices of a few milliseconds, a moment after
/// the box appears, so that the box's first focus has nothing left to do
/// and no slice holds up the page. Timed as the `search-index-idle`
/// performance measure, from the first slice to the last.
pub(crate) fn fold_in_idle_moments() {
    if SCHEDULED.replace(true) {
        return;
    }
    set_timeout(
        || {
            if let Some(p) = window().performance() {
                let _ = p.mark("search-index-idle-start");
            }
            fold_slice();
        },
        FOLD_DELAY,
    );
}

fn fold_slice() {
    if INDEX.get().is_some() {
        return;
    }
    let Some(performance) = window().performance() else {
        search_index();
        return;
    };
    let start = performance.now();
    let done = BUILDER.with_borrow_mut(|builder| {
        let builder = builder.get_or_insert_with(|| IndexBuilder::new(use_corpus()));
        loop {
            if builder.step(ENTRIES_PER_CHECK) {
                return true;
            }
            if performance.now() - start >= SLICE_MS {
                return false;
            }
        }
    });
    if done {
        search_index();
        let _ = performance.measure_with_start_mark("search-index-idle", "search-index-idle-start");
    } else {
        set_timeout(fold_slice, Duration::ZERO);
    }
}

/// The search index of the embedded corpus. Folded in idle moments once the
/// box is shown (see `fold_in_idle_moments`); whatever is left is folded on
/// first use (the box's focus, or the search page), timed as the
/// `search-index` performance measure. Never during start-up.
pub fn search_index() -> &'static Index<'static> {
    INDEX.get_or_init(|| {
        let performance = window().performance();
        if let Some(p) = &performance {
            let _ = p.mark("search-index-start");
        }
        let builder = BUILDER
            .with_borrow_mut(Option::take)
            .unwrap_or_else(|| IndexBuilder::new(use_corpus()));
        let index = builder.finish();
        if let Some(p) = &performance {
            let _ = p.measure_with_start_mark("search-index", "search-index-start");
        }
        index
    })
}
