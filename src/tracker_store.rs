//! The reader's tracker updates in `localStorage`: the browser's
//! implementation of core's [`Storage`], and the page's one copy of the
//! updates as signals. The rules (what is read, merged, kept aside and
//! saved) are core's, in `explainer_core::tracker::storage`.
//!
//! One copy lives for the whole app (not per view), so that updates made
//! while storage is unavailable survive moving between the list and an
//! item: the shell provides it as context ([`provide_tracker`]), and it is
//! read from storage when a view first asks for it. Every save re-reads and merges what another tab saved; the
//! `storage` event merges another tab's saves as they happen. Saved text
//! that cannot be read is copied to a key of its own before anything is
//! saved over it, and if that copy fails nothing is saved at all. A failed
//! save keeps the updates in memory and says so; export still works.

use std::sync::{Arc, OnceLock};

use explainer_core::tracker::storage::{self, Answer, Refused, Storage};
use explainer_core::tracker::sync::{ASIDE_PREFIX, KEY};
use explainer_core::tracker::{EditError, ImportPreview, Mode, Op, Store, Vocabulary, import};
use leptos::prelude::*;

use crate::corpus::use_corpus;

pub use explainer_core::tracker::storage::{Aside, Health};

/// The browser's `localStorage`; a read or write it refuses is a value
/// missing or a refusal.
struct Local(web_sys::Storage);

impl Storage for Local {
    fn get(&self, key: &str) -> Option<String> {
        self.0.get_item(key).ok().flatten()
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused> {
        self.0.set_item(key, value).map_err(|_| Refused)
    }

    fn remove(&mut self, key: &str) {
        let _ = self.0.remove_item(key);
    }

    fn keys(&self) -> Vec<String> {
        (0..self.0.length().unwrap_or(0))
            .filter_map(|i| self.0.key(i).ok().flatten())
            .collect()
    }
}

#[derive(Clone)]
struct Shared {
    store: ArcRwSignal<Store>,
    health: ArcRwSignal<Health>,
    aside: ArcRwSignal<Vec<Aside>>,
}

/// The app's one tracker, filled on first use (so a page without a
/// tracker view never reads storage).
#[derive(Clone, Default)]
struct TrackerHome(Arc<OnceLock<Shared>>);

/// Provides the app's tracker as context, for the views below it.
pub fn provide_tracker() {
    provide_context(TrackerHome::default());
}

/// The reader's updates and their state, for a view.
#[derive(Clone, Copy)]
pub struct Tracker {
    /// Every update, tombstones included.
    pub store: RwSignal<Store>,
    /// Whether they are saved.
    pub health: RwSignal<Health>,
    /// Unreadable saved text kept aside.
    pub aside: RwSignal<Vec<Aside>>,
    /// The same, for saving.
    shared: StoredValue<Shared>,
}

/// The app's one tracker (see [`provide_tracker`]), read from storage on
/// first use.
pub fn use_tracker() -> Tracker {
    let home = use_context::<TrackerHome>().expect("the shell provides the tracker");
    let shared = home.0.get_or_init(init).clone();
    Tracker {
        store: shared.store.clone().into(),
        health: shared.health.clone().into(),
        aside: shared.aside.clone().into(),
        shared: StoredValue::new(shared),
    }
}

/// The item ids and statuses updates may use: the corpus's.
pub fn vocab() -> &'static Vocabulary {
    static VOCAB: OnceLock<Vocabulary> = OnceLock::new();
    VOCAB.get_or_init(|| Vocabulary::from_corpus(use_corpus()))
}

/// Milliseconds since 1970.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// A new update id: the time and a random part, so tabs never collide.
pub fn new_id() -> String {
    let random = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    format!("{}-{}", base36(now()), base36(random))
}

fn base36(mut n: u64) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b"0123456789abcdefghijklmnopqrstuvwxyz"[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

fn local_storage() -> Option<Local> {
    if !crate::site::BROWSER {
        return None;
    }
    window().local_storage().ok().flatten().map(Local)
}

fn init() -> Shared {
    let mut store = Store::new();
    let mut aside = Vec::new();
    let health = match local_storage() {
        // Rendered for the build: as a reader with nothing saved sees it.
        None if !crate::site::BROWSER => Health::Saved,
        None => Health::Unavailable,
        Some(mut s) => {
            let opened = storage::open(&mut s, now());
            (store, aside) = (opened.store, opened.aside);
            Health::Saved
        }
    };
    let shared = Shared {
        store: ArcRwSignal::new(store),
        health: ArcRwSignal::new(health),
        aside: ArcRwSignal::new(aside),
    };
    let on_storage = shared.clone();
    // Lives as long as the page, like the tracker itself.
    if !crate::site::BROWSER {
        return shared;
    }
    let _ = window_event_listener(leptos::ev::storage, move |ev| {
        let Some(key) = ev.key() else { return };
        let Some(mut s) = local_storage() else { return };
        if key == KEY {
            let mut aside = on_storage.aside.get_untracked();
            let answer = storage::other_save(
                &mut s,
                &on_storage.store.get_untracked(),
                ev.new_value().as_deref(),
                &mut aside,
                now(),
            );
            if aside != on_storage.aside.get_untracked() {
                on_storage.aside.set(aside);
            }
            match answer {
                Answer::Hold(store) => on_storage.store.set(store),
                Answer::Save(store) => on_storage.persist(store),
            }
        } else if key.starts_with(ASIDE_PREFIX) {
            on_storage.aside.set(storage::kept_aside(&s, now()));
        }
    });
    shared
}

impl Shared {
    /// Holds `next` and saves it merged with what is saved now.
    fn persist(&self, next: Store) {
        let mut aside = self.aside.get_untracked();
        let (store, health) = storage::persist(local_storage().as_mut(), next, &mut aside, now());
        if aside != self.aside.get_untracked() {
            self.aside.set(aside);
        }
        self.store.set(store);
        self.health.set(health);
    }
}

impl Tracker {
    /// Adds, edits or deletes an update, then saves.
    pub fn apply(self, op: Op) -> Result<(), EditError> {
        let mut next = self.store.get_untracked();
        next.apply(op, vocab(), now())?;
        self.persist(next);
        Ok(())
    }

    /// Imports a previewed file, then saves.
    pub fn import(self, preview: &ImportPreview, mode: Mode) {
        self.persist(import(&self.store.get_untracked(), preview, mode, now()));
    }

    /// Forgets a copy of unreadable text (after the reader chose to).
    pub fn discard(self, raw: &str) {
        let mut list = self.aside.get_untracked();
        storage::discard(local_storage().as_mut(), raw, &mut list);
        self.aside.set(list);
        self.persist(self.store.get_untracked());
    }

    fn persist(self, next: Store) {
        self.shared.with_value(|s| s.persist(next));
    }
}
