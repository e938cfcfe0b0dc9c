//! The rules the browser glue follows around its one saved copy, so that
//! the glue is thin and the rules are tested here.
//!
//! - **Before each save** the glue re-reads what is saved and calls
//!   [`reconcile`]: what another tab saved is merged in, never overwritten.
//! - **On another tab's save** (the `storage` event) it calls [`reconcile`]
//!   with the new text, and keeps the result in memory.
//! - **Unreadable text** (corrupted, from a newer version, edited by hand)
//!   comes back in [`Reconciled::unreadable`]: the glue copies it to a key
//!   of its own ([`aside_key`]) before anything is saved over it, and only
//!   saves if that copy succeeded.

use super::error::ReadError;
use super::format::{LoadOutcome, load};
use super::merge::merge;
use super::store::Store;

/// The key the updates are saved under.
pub const KEY: &str = "explainer.tracker";

/// The prefix of the keys that hold unreadable text kept aside.
pub const ASIDE_PREFIX: &str = "explainer.tracker.aside.";

/// The key for text kept aside at time `now`; a later one never reuses it.
pub fn aside_key(now: u64, taken: impl Fn(&str) -> bool) -> String {
    (now..)
        .map(|t| format!("{ASIDE_PREFIX}{t}"))
        .find(|k| !taken(k))
        .expect("some key after now is free")
}

/// The key under which a migrated older version is kept as it was.
pub fn backup_key(version: u32) -> String {
    format!("{KEY}.backup-v{version}")
}

/// What to hold after reading the saved text.
#[derive(Debug, PartialEq, Eq)]
pub struct Reconciled {
    /// The updates in memory merged with the saved ones.
    pub store: Store,
    /// Saved text that could not be read, to keep aside before saving.
    pub unreadable: Option<(String, ReadError)>,
    /// The version the saved text was migrated from, if older.
    pub migrated_from: Option<u32>,
}

/// `memory` merged with the saved text `saved` (none if nothing is saved),
/// read at `now`.
pub fn reconcile(memory: &Store, saved: Option<&str>, now: u64) -> Reconciled {
    match load(saved.unwrap_or_default(), now) {
        LoadOutcome::Empty => Reconciled {
            store: memory.clone(),
            unreadable: None,
            migrated_from: None,
        },
        LoadOutcome::Ok {
            store,
            migrated_from,
        } => Reconciled {
            store: merge(memory, &store),
            unreadable: None,
            migrated_from,
        },
        LoadOutcome::Unreadable { raw, reason } => Reconciled {
            store: memory.clone(),
            unreadable: Some((raw, reason)),
            migrated_from: None,
        },
    }
}
