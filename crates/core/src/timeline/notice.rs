//! What reading an address ignored or changed: [`Notice`], with a sentence
//! for the reader (`theme=nope: no such theme (ignored)`). The rules that
//! produce them are in [`super::address`].

use super::facet::Facet;
use super::{MAX_QUERY_CHARS, MAX_YEAR};
use crate::corpus::{Direction, EventType, Theme};
use std::fmt;

/// Something in the address that was ignored or changed, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A key the timeline does not read.
    UnknownKey {
        /// The key as written.
        key: String,
        /// Its value as written.
        value: String,
    },
    /// A value that names no theme, direction, type or document.
    UnknownValue {
        /// The list's key.
        key: &'static str,
        /// The value as written (trimmed).
        value: String,
    },
    /// A year that is not a number.
    MalformedYear {
        /// `from` or `to`.
        key: &'static str,
        /// The value as written.
        value: String,
    },
    /// A year above [`MAX_YEAR`].
    YearOutOfRange {
        /// `from` or `to`.
        key: &'static str,
        /// The value as written.
        value: String,
    },
    /// `from`, `to` or `q` given again; the first one decided.
    Repeated {
        /// The key.
        key: &'static str,
        /// The later value, ignored.
        value: String,
    },
    /// `from` was after `to`; the filter uses them the other way round.
    Swapped {
        /// The year given as `from`.
        from: u16,
        /// The year given as `to`.
        to: u16,
    },
    /// The search text was cut to [`MAX_QUERY_CHARS`] characters.
    QueryTooLong {
        /// Its length as given, in characters.
        chars: usize,
    },
}

/// At most a few words of a value, for a notice.
fn shorten(value: &str) -> String {
    const LONGEST: usize = 24;
    let mut out: String = value.chars().take(LONGEST).collect();
    if value.chars().nth(LONGEST).is_some() {
        out.push('…');
    }
    out
}

impl fmt::Display for Notice {
    /// A sentence for the reader: `theme=nope: no such theme (ignored)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnknownKey { key, value } => write!(
                f,
                "{}={}: not a timeline filter (ignored)",
                shorten(key),
                shorten(value)
            ),
            Self::UnknownValue { key, value } => {
                let what = match *key {
                    k if k == Theme::KEY => Theme::NAME,
                    k if k == Direction::KEY => Direction::NAME,
                    k if k == EventType::KEY => EventType::NAME,
                    _ => "source document",
                };
                write!(f, "{key}={}: no such {what} (ignored)", shorten(value))
            }
            Self::MalformedYear { key, value } => {
                write!(f, "{key}={}: not a year (ignored)", shorten(value))
            }
            Self::YearOutOfRange { key, value } => write!(
                f,
                "{key}={}: years run from 0 to {MAX_YEAR} (ignored)",
                shorten(value)
            ),
            Self::Repeated { key, value } => write!(
                f,
                "{key}={}: {key} is already given earlier (ignored)",
                shorten(value)
            ),
            Self::Swapped { from, to } => write!(
                f,
                "from={from} is after to={to}: showing {to} to {from} instead"
            ),
            Self::QueryTooLong { chars } => write!(
                f,
                "q: the search text has {chars} characters; only the first \
                 {MAX_QUERY_CHARS} are used"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notices_read_as_sentences() {
        let check = |n: Notice, s: &str| assert_eq!(n.to_string(), s);
        check(
            Notice::UnknownKey {
                key: "zzz".into(),
                value: "1".into(),
            },
            "zzz=1: not a timeline filter (ignored)",
        );
        check(
            Notice::UnknownValue {
                key: "theme",
                value: "nope".into(),
            },
            "theme=nope: no such theme (ignored)",
        );
        check(
            Notice::UnknownValue {
                key: "type",
                value: "x".into(),
            },
            "type=x: no such event type (ignored)",
        );
        check(
            Notice::UnknownValue {
                key: "source",
                value: "x".into(),
            },
            "source=x: no such source document (ignored)",
        );
        check(
            Notice::Repeated {
                key: "to",
                value: "2012".into(),
            },
            "to=2012: to is already given earlier (ignored)",
        );
        check(
            Notice::Swapped {
                from: 2020,
                to: 2010,
            },
            "from=2020 is after to=2010: showing 2010 to 2020 instead",
        );
        check(
            Notice::QueryTooLong { chars: 300 },
            "q: the search text has 300 characters; only the first 200 are used",
        );
    }
}
