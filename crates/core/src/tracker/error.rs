//! What can go wrong, with messages written for the reader: each error's
//! `Display` is a sentence the app can show as it is.

use super::{MAX_NOTE_CHARS, MAX_TIMESTAMP};
use std::fmt;

/// A field that breaks the rules of [`super::Update::check`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldError {
    /// An update id that is empty, too long or has other characters.
    Id(String),
    /// An item id of the wrong form.
    Item(String),
    /// A status id of the wrong form.
    Status(String),
    /// A note longer than [`MAX_NOTE_CHARS`]; holds its length.
    NoteTooLong(usize),
    /// A link that is not a plain `http:` or `https:` address.
    Link(String),
    /// A timestamp above [`MAX_TIMESTAMP`].
    Timestamp(u64),
    /// `created` later than `modified`.
    CreatedAfterModified,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Id(id) => write!(f, "the id {id:?} is not a valid update id"),
            Self::Item(id) => write!(f, "the item id {id:?} is not of a valid form"),
            Self::Status(id) => write!(f, "the status {id:?} is not of a valid form"),
            Self::NoteTooLong(n) => write!(
                f,
                "the note has {n} characters; at most {MAX_NOTE_CHARS} are allowed"
            ),
            Self::Link(link) => write!(
                f,
                "the link {link:?} is not a web address starting with http:// or https://"
            ),
            Self::Timestamp(t) => {
                write!(
                    f,
                    "the timestamp {t} is above the largest allowed ({MAX_TIMESTAMP})"
                )
            }
            Self::CreatedAfterModified => f.write_str("it was created after it was last modified"),
        }
    }
}

/// Why an add, edit or delete was refused; the store is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    /// A field breaks the rules.
    Field(FieldError),
    /// The item is not a recommendation or pledge of the corpus.
    UnknownItem(String),
    /// The status is not in the corpus's vocabulary.
    UnknownStatus(String),
    /// An update with this id already exists (or was deleted).
    DuplicateId(String),
    /// No update has this id.
    NotFound(String),
    /// The update was deleted and cannot be edited.
    Deleted(String),
    /// The saved form would exceed [`super::MAX_FILE_BYTES`].
    Full,
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Field(e) => write!(f, "The update was not saved: {e}."),
            Self::UnknownItem(id) => write!(f, "There is no recommendation or pledge {id:?}."),
            Self::UnknownStatus(id) => write!(f, "{id:?} is not one of the tracker's statuses."),
            Self::DuplicateId(id) => write!(f, "An update with the id {id:?} already exists."),
            Self::NotFound(id) => write!(f, "There is no update with the id {id:?}."),
            Self::Deleted(id) => write!(f, "The update {id:?} was deleted."),
            Self::Full => write!(
                f,
                "Your updates have reached the size limit of {} KiB; export them and delete some before adding more.",
                super::MAX_FILE_BYTES / 1024
            ),
        }
    }
}

impl From<FieldError> for EditError {
    fn from(e: FieldError) -> Self {
        Self::Field(e)
    }
}

/// Why saved data or an imported file could not be read. Nothing was
/// changed; the text can be kept aside.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// The file is empty.
    Empty,
    /// The file is larger than the limit.
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// The file is not UTF-8 text.
    NotText,
    /// The text is not JSON; holds the parser's message (with line and
    /// column).
    NotJson(String),
    /// JSON, but not tracker updates; says what is missing.
    NotTrackerFile(String),
    /// Saved by a newer version of the app; holds the version as written.
    NewerVersion(String),
    /// A version this app never wrote (such as 0 or 1.5).
    UnsupportedVersion(String),
    /// Tracker updates, but one is malformed.
    Invalid {
        /// Which update, such as `update 3 (id "x")`, or `the file`.
        at: String,
        /// What is wrong.
        reason: String,
    },
    /// A link that is not `http:` or `https:`.
    BadLink {
        /// Which update.
        at: String,
        /// The link.
        link: String,
    },
    /// Item ids that are not in the corpus (each once, sorted).
    UnknownItems(Vec<String>),
    /// Statuses that are not in the vocabulary (each once, sorted).
    UnknownStatuses(Vec<String>),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("The file is empty."),
            Self::TooLarge { bytes, limit } => write!(
                f,
                "The file is too large ({} KiB); the limit is {} KiB.",
                bytes.div_ceil(1024),
                limit / 1024
            ),
            Self::NotText => f.write_str("The file is not a text file."),
            Self::NotJson(e) => write!(f, "The file is not valid JSON ({e})."),
            Self::NotTrackerFile(e) => {
                write!(
                    f,
                    "The file is JSON but not a file of tracker updates ({e})."
                )
            }
            Self::NewerVersion(v) => write!(
                f,
                "The updates were saved by a newer version of this app (format version {v}); this version reads up to {}.",
                super::CURRENT_VERSION
            ),
            Self::UnsupportedVersion(v) => {
                write!(
                    f,
                    "The file has format version {v}, which this app does not know."
                )
            }
            Self::Invalid { at, reason } => write!(f, "In {at}, {reason}."),
            Self::BadLink { at, link } => write!(
                f,
                "In {at}, the link {link:?} is not a web address starting with http:// or https://."
            ),
            Self::UnknownItems(ids) => write!(
                f,
                "The file has updates for items this app does not have: {}.",
                ids.join(", ")
            ),
            Self::UnknownStatuses(ids) => write!(
                f,
                "The file uses statuses this app does not have: {}.",
                ids.join(", ")
            ),
        }
    }
}

impl std::error::Error for FieldError {}
impl std::error::Error for EditError {}
impl std::error::Error for ReadError {}
