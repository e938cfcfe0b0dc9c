//! The reader's tracker updates in `localStorage`: thin glue around the
//! rules in `explainer_core::tracker` (chiefly [`sync`]).
//!
//! One copy lives for the whole page (not per view), so that updates made
//! while storage is unavailable survive moving between the list and an
//! item. Every save re-reads and merges what another tab saved; the
//! `storage` event merges another tab's saves as they happen. Saved text
//! that cannot be read is copied to a key of its own before anything is
//! saved over it, and if that copy fails nothing is saved at all. A failed
//! save keeps the updates in memory and says so; export still works.

use std::cell::OnceCell;
use std::sync::OnceLock;

use explainer_core::tracker::sync::{self, ASIDE_PREFIX, KEY};
use explainer_core::tracker::{
    EditError, ImportPreview, LoadOutcome, Mode, Op, Store, Vocabulary, import, load, save,
};
use leptos::prelude::*;
use web_sys::Storage;

use crate::corpus::use_corpus;

/// Whether the updates are safely in the browser's storage.
#[derive(Clone, Debug, PartialEq)]
pub enum Health {
    /// Saved (or nothing to save yet).
    Saved,
    /// The browser offers no storage (private browsing, storage turned off).
    Unavailable,
    /// The last save failed; the message says why.
    SaveFailed(String),
}

/// Saved text that could not be read, kept as it was.
#[derive(Clone, Debug, PartialEq)]
pub struct Aside {
    /// Where it is kept; `None` if even that failed and it is only in this
    /// tab (then nothing is saved over the original).
    pub key: Option<String>,
    /// The text exactly as found.
    pub raw: String,
    /// Why it could not be read, for the reader.
    pub reason: String,
}

#[derive(Clone)]
struct Shared {
    store: ArcRwSignal<Store>,
    health: ArcRwSignal<Health>,
    aside: ArcRwSignal<Vec<Aside>>,
}

thread_local! {
    static SHARED: OnceCell<Shared> = const { OnceCell::new() };
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
}

fn persist(next: Store) {
    SHARED.with(|s| s.get_or_init(init).persist(next));
}

/// The page's one tracker, read from storage on first use.
pub fn use_tracker() -> Tracker {
    let shared = SHARED.with(|s| s.get_or_init(init).clone());
    Tracker {
        store: shared.store.into(),
        health: shared.health.into(),
        aside: shared.aside.into(),
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

fn storage() -> Option<Storage> {
    if !crate::site::BROWSER {
        return None;
    }
    window().local_storage().ok().flatten()
}

fn init() -> Shared {
    let mut store = Store::new();
    let mut aside = Vec::new();
    let health = match storage() {
        // Rendered for the build: as a reader with nothing saved sees it.
        None if !crate::site::BROWSER => Health::Saved,
        None => Health::Unavailable,
        Some(s) => {
            aside = kept_aside(&s);
            let saved = s.get_item(KEY).ok().flatten();
            let r = sync::reconcile(&store, saved.as_deref(), now());
            if let (Some(v), Some(raw)) = (r.migrated_from, &saved) {
                let backup = sync::backup_key(v);
                if s.get_item(&backup).ok().flatten().is_none() {
                    let _ = s.set_item(&backup, raw);
                }
            }
            if let Some((raw, reason)) = r.unreadable {
                keep_aside(&s, raw, reason.to_string(), &mut aside);
            }
            store = r.store;
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
        let Some(s) = storage() else { return };
        if key == KEY {
            let new_value = ev.new_value();
            let r = sync::reconcile(
                &on_storage.store.get_untracked(),
                new_value.as_deref(),
                now(),
            );
            if let Some((raw, reason)) = r.unreadable {
                on_storage
                    .aside
                    .update(|a| keep_aside(&s, raw, reason.to_string(), a));
                on_storage.store.set(r.store);
            } else if new_value.as_deref() != Some(save(&r.store).as_str()) {
                // This tab holds updates the other tab's save lacks (its
                // save raced with ours): save the union so neither is lost.
                on_storage.persist(r.store);
            } else {
                on_storage.store.set(r.store);
            }
        } else if key.starts_with(ASIDE_PREFIX) {
            on_storage.aside.set(kept_aside(&s));
        }
    });
    shared
}

/// Every unreadable text kept aside earlier, oldest first.
fn kept_aside(s: &Storage) -> Vec<Aside> {
    let mut keys: Vec<String> = (0..s.length().unwrap_or(0))
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(ASIDE_PREFIX))
        .collect();
    explainer_core::order::sort(&mut keys);
    keys.into_iter()
        .filter_map(|key| {
            let raw = s.get_item(&key).ok().flatten()?;
            let reason = match load(&raw, now()) {
                LoadOutcome::Unreadable { reason, .. } => reason.to_string(),
                _ => "It could not be read when it was found.".to_owned(),
            };
            Some(Aside {
                key: Some(key),
                raw,
                reason,
            })
        })
        .collect()
}

/// Copies `raw` to a key of its own, unless it is kept already.
fn keep_aside(s: &Storage, raw: String, reason: String, aside: &mut Vec<Aside>) {
    if aside.iter().any(|a| a.raw == raw) {
        return;
    }
    let key = sync::aside_key(now(), |k| s.get_item(k).ok().flatten().is_some());
    let key = s.set_item(&key, &raw).is_ok().then_some(key);
    aside.push(Aside { key, raw, reason });
}

impl Shared {
    /// Holds `next` and saves it merged with what is saved now.
    fn persist(&self, next: Store) {
        let Some(s) = storage() else {
            self.store.set(next);
            self.health.set(Health::Unavailable);
            return;
        };
        let saved = s.get_item(KEY).ok().flatten();
        let r = sync::reconcile(&next, saved.as_deref(), now());
        let mut aside = self.aside.get_untracked();
        if let Some((raw, reason)) = r.unreadable {
            keep_aside(&s, raw, reason.to_string(), &mut aside);
            self.aside.set(aside.clone());
        }
        let health = if aside.iter().any(|a| a.key.is_none()) {
            Health::SaveFailed(
                "saved data that could not be read could not be kept aside either, so nothing is saved over it".into(),
            )
        } else {
            match s.set_item(KEY, &save(&r.store)) {
                Ok(()) => Health::Saved,
                Err(_) => Health::SaveFailed(
                    "the browser refused to store it (its storage may be full)".into(),
                ),
            }
        };
        self.store.set(r.store);
        self.health.set(health);
    }
}

impl Tracker {
    /// Adds, edits or deletes an update, then saves.
    pub fn apply(self, op: Op) -> Result<(), EditError> {
        let mut next = self.store.get_untracked();
        next.apply(op, vocab(), now())?;
        persist(next);
        Ok(())
    }

    /// Imports a previewed file, then saves.
    pub fn import(self, preview: &ImportPreview, mode: Mode) {
        persist(import(&self.store.get_untracked(), preview, mode, now()));
    }

    /// Forgets a copy of unreadable text (after the reader chose to).
    pub fn discard(self, raw: &str) {
        let mut list = self.aside.get_untracked();
        if let Some(s) = storage() {
            if let Some(key) = list
                .iter()
                .find(|a| a.raw == raw)
                .and_then(|a| a.key.as_ref())
            {
                let _ = s.remove_item(key);
            }
            // The original may still be under the main key if nothing was
            // saved since; the reader chose to let it go, so it is not kept
            // aside again.
            if s.get_item(KEY).ok().flatten().as_deref() == Some(raw) {
                let _ = s.remove_item(KEY);
            }
        }
        list.retain(|a| a.raw != raw);
        self.aside.set(list);
        persist(self.store.get_untracked());
    }
}
