//! The reader's own tracker updates: dated statuses, notes and links that a
//! reader adds beside the app's assessment of a recommendation or pledge,
//! kept in the browser and never sent anywhere.
//!
//! This module is the saved-state format and its rules; the browser glue
//! (storage, tabs, downloads) calls into it. What it guarantees:
//!
//! - **Versioned.** The saved form is JSON `{"version":2,"updates":[…]}`
//!   ([`mod@format`]). Version 1 (one update per item, no ids or timestamps) is
//!   migrated on reading; a version above [`CURRENT_VERSION`] is reported as
//!   "from a newer version", never read as the current one.
//! - **Nothing is lost.** [`load`] never panics and never discards: what it
//!   cannot read comes back as [`LoadOutcome::Unreadable`] with the raw text
//!   and a reason for the reader, so the app can keep it aside and offer it
//!   as a download.
//! - **Tabs merge.** Every update has a caller-made unique id and a
//!   last-modified time; deleting leaves a tombstone. [`merge()`] keeps, for
//!   each id, the version that is latest in a total order (modified time,
//!   then deleted over live, then content), so it is commutative,
//!   associative and idempotent and two tabs' saves never overwrite each
//!   other's additions, edits or deletions ([`mod@merge`]).
//! - **Safe text.** Notes and links are data, to be shown as text; a link is
//!   kept only if it is `http:` or `https:` ([`update::check_link`]).
//! - **Strict files.** Unknown fields, duplicate ids, bad dates, links or
//!   timestamps make a file unreadable rather than being dropped on the
//!   next save. Imports are limited to [`MAX_FILE_BYTES`] and checked
//!   against the corpus's item ids and statuses before anything changes
//!   ([`mod@import`]).
//! - **The list.** Filtering, grouping and counting the corpus's items,
//!   with the filter in the address ([`catalogue`]).
//! - **The form.** The reader's fields as typed, checked field by field
//!   ([`mod@form`]).
//! - **Storage rules.** Re-read and merge before saving, keep unreadable
//!   text aside ([`mod@sync`]), over any key-value storage
//!   ([`mod@storage`]).
//! - **Exports.** JSON is [`save`] (full fidelity); CSV is
//!   [`export::csv`], a byte-order mark then the header
//!   [`export::CSV_HEADER`].

pub mod catalogue;
pub mod error;
pub mod export;
pub mod form;
pub mod format;
pub mod import;
pub mod merge;
pub mod storage;
pub mod store;
pub mod sync;
pub mod update;
pub mod wording;

pub use error::{EditError, FieldError, ReadError};
pub use format::{CURRENT_VERSION, LoadOutcome, load, save};
pub use import::{Change, Diff, ImportPreview, Mode, import, preview, preview_bytes};
pub use merge::merge;
pub use store::{Op, Store};
pub use update::{Fields, Update, Vocabulary};

/// The largest file [`preview`] accepts, in bytes (1 MiB), and the largest
/// saved form that [`Store::apply`] lets a store grow to, so that every
/// export can be imported again. Thousands of updates with long notes fit.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;

/// The longest note, in characters (Unicode scalar values).
pub const MAX_NOTE_CHARS: usize = 4000;

/// The longest link, in bytes.
pub const MAX_LINK_BYTES: usize = 2048;

/// The longest update id or item id, in bytes.
pub const MAX_ID_BYTES: usize = 128;

/// The largest timestamp: 2^53 − 1 milliseconds, the largest integer a
/// JavaScript number holds exactly (the year 287396).
pub const MAX_TIMESTAMP: u64 = (1 << 53) - 1;
