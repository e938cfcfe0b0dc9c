//! The saved form, its versions and their migration.
//!
//! Version 2 (current), as [`save`] writes it, with updates ordered by id:
//!
//! ```json
//! {"version":2,"updates":[{"id":"lzq1k3c-8f2a9d","item":"fpc-gov-01",
//!   "status":"in-progress","date":"2021-07","note":"…","link":null,
//!   "created":1627000000000,"modified":1627000000000,"deleted":false}]}
//! ```
//!
//! Version 1 (the first draft of the tracker) kept one update per item,
//! with no ids, times or deletions:
//!
//! ```json
//! {"version":1,"items":{"fpc-gov-01":{"status":"in-progress",
//!   "date":"2021-07","note":"…","link":"https://…"}}}
//! ```
//!
//! It migrates to version 2 with the id `v1:<item>` (the same in every tab,
//! so two tabs migrating the same data do not duplicate it) and `created` =
//! `modified` = the time of reading.
//!
//! Reading is strict and never panics: a leading byte-order mark and
//! surrounding whitespace are allowed; anything else that is not exactly
//! this form (unknown fields at any level, wrong types, negative,
//! fractional or too large numbers, duplicate ids, a version above
//! [`CURRENT_VERSION`]) is a [`ReadError`], because a field this version
//! does not know would otherwise be lost on the next save. JSON nesting is
//! bounded by the parser (128 levels), so deep input cannot overflow the
//! stack.

use super::MAX_TIMESTAMP;
use super::error::{FieldError, ReadError};
use super::store::Store;
use super::update::Update;
use crate::corpus::{ItemId, PartialDate, StatusId};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// The version [`save`] writes.
pub const CURRENT_VERSION: u32 = 2;

/// What [`load`] found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadOutcome {
    /// Nothing was saved (empty or only whitespace).
    Empty,
    /// The saved updates.
    Ok {
        /// The updates.
        store: Store,
        /// The version they were saved in, if older than the current one:
        /// the app may keep the old text as a backup before saving over it.
        migrated_from: Option<u32>,
    },
    /// Saved data that could not be read. Keep `raw` aside (do not save
    /// over it), tell the reader `reason`, and offer `raw` as a download.
    Unreadable {
        /// The text exactly as it was saved.
        raw: String,
        /// Why it could not be read.
        reason: ReadError,
    },
}

impl LoadOutcome {
    /// The store to start from: the saved one, or an empty one.
    pub fn store(&self) -> Store {
        match self {
            Self::Ok { store, .. } => store.clone(),
            Self::Empty | Self::Unreadable { .. } => Store::new(),
        }
    }
}

/// Reads the saved text at time `now` (milliseconds since 1970, used only
/// to date migrated updates). Never panics and never loses the text. There
/// is no size limit here: it is the app's own data (merging two full
/// stores can exceed [`super::MAX_FILE_BYTES`]).
pub fn load(raw: &str, now: u64) -> LoadOutcome {
    match parse(raw, now) {
        Ok((store, from)) => LoadOutcome::Ok {
            store,
            migrated_from: (from != CURRENT_VERSION).then_some(from),
        },
        Err(ReadError::Empty) => LoadOutcome::Empty,
        Err(reason) => LoadOutcome::Unreadable {
            raw: raw.to_owned(),
            reason,
        },
    }
}

#[derive(Serialize)]
struct Saved<'a> {
    version: u32,
    updates: Vec<&'a Update>,
}

/// The saved form of `store` in the current version: compact JSON, updates
/// ordered by id, so equal stores give equal text. Also the JSON export.
pub fn save(store: &Store) -> String {
    let saved = Saved {
        version: CURRENT_VERSION,
        updates: store.updates().collect(),
    };
    serde_json::to_string(&saved).expect("updates always serialize: string keys only")
}

/// Reads any known version; returns the store and the version read.
pub(crate) fn parse(text: &str, now: u64) -> Result<(Store, u32), ReadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| ReadError::NotJson(e.to_string()))?;
    let Value::Object(mut map) = value else {
        return Err(not_ours(format!("it is {}, not an object", kind(&value))));
    };
    let version = match map.remove("version") {
        None => return Err(not_ours("it has no \"version\"")),
        Some(Value::Number(n)) => n,
        Some(_) => return Err(not_ours("its \"version\" is not a number")),
    };
    match version.as_u64() {
        Some(1) => Ok((v1(map, now)?, 1)),
        Some(2) => Ok((v2(map)?, 2)),
        Some(v) if v > u64::from(CURRENT_VERSION) => Err(ReadError::NewerVersion(v.to_string())),
        _ if version
            .as_f64()
            .is_some_and(|v| v > f64::from(CURRENT_VERSION)) =>
        {
            Err(ReadError::NewerVersion(version.to_string()))
        }
        _ => Err(ReadError::UnsupportedVersion(version.to_string())),
    }
}

fn not_ours(reason: impl Into<String>) -> ReadError {
    ReadError::NotTrackerFile(reason.into())
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// Takes the one list field `key` of the top-level object, refusing any
/// other field.
fn only_field(mut map: Map<String, Value>, key: &str) -> Result<Value, ReadError> {
    let value = map
        .remove(key)
        .ok_or_else(|| not_ours(format!("it has no \"{key}\"")))?;
    if let Some(other) = map.keys().next() {
        return Err(invalid(
            "the file",
            format!("the field {other:?} is not known"),
        ));
    }
    Ok(value)
}

fn invalid(at: impl Into<String>, reason: impl Into<String>) -> ReadError {
    ReadError::Invalid {
        at: at.into(),
        reason: reason.into(),
    }
}

fn checked(update: &Update, at: &str) -> Result<(), ReadError> {
    update.check().map_err(|e| match e {
        FieldError::Link(link) => ReadError::BadLink {
            at: at.to_owned(),
            link,
        },
        e => invalid(at, e.to_string()),
    })
}

fn v2(map: Map<String, Value>) -> Result<Store, ReadError> {
    let Value::Array(list) = only_field(map, "updates")? else {
        return Err(invalid("the file", "\"updates\" is not a list"));
    };
    let mut store = Store::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for (i, value) in list.into_iter().enumerate() {
        let at = match value.get("id").and_then(Value::as_str) {
            Some(id) => format!("update {} (id {id:?})", i + 1),
            None => format!("update {}", i + 1),
        };
        let update: Update =
            serde_json::from_value(value).map_err(|e| invalid(&at, e.to_string()))?;
        checked(&update, &at)?;
        if let Some(first) = seen.insert(update.id.clone(), i + 1) {
            return Err(invalid(at, format!("the id is used by update {first} too")));
        }
        store.put(update);
    }
    Ok(store)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct V1Entry {
    status: StatusId,
    date: PartialDate,
    #[serde(default)]
    note: String,
    #[serde(default)]
    link: Option<String>,
}

fn v1(map: Map<String, Value>, now: u64) -> Result<Store, ReadError> {
    let Value::Object(items) = only_field(map, "items")? else {
        return Err(invalid("the file", "\"items\" is not an object"));
    };
    let now = now.min(MAX_TIMESTAMP);
    let mut store = Store::new();
    for (item, value) in items {
        let at = format!("the update for item {item:?}");
        let entry: V1Entry =
            serde_json::from_value(value).map_err(|e| invalid(&at, e.to_string()))?;
        let update = Update {
            id: format!("v1:{item}"),
            item: ItemId(item),
            status: entry.status,
            date: entry.date,
            note: entry.note,
            link: entry.link,
            created: now,
            modified: now,
            deleted: false,
        };
        checked(&update, &at)?;
        store.put(update);
    }
    Ok(store)
}
