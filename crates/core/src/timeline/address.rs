//! A filter in the address: `#/timeline?theme=media,religion&from=2015&q=law`.
//!
//! Keys, in the canonical order [`Filter::to_query`] writes them:
//!
//! | key | value |
//! |---|---|
//! | `theme` | theme ids, comma-separated (`media,civil-society`) |
//! | `direction` | `widens`, `narrows`, `mixed`, `neutral`, comma-separated |
//! | `type` | `law`, `election`, `case`, `protest`, `international`, comma-separated |
//! | `source` | document ids (`hrw2017`), comma-separated |
//! | `from`, `to` | a year, both ends inclusive |
//! | `q` | the search text, verbatim |
//!
//! Guarantees: reading never panics and always yields a filter; reading
//! what [`Filter::to_query`] or [`Filter::to_hash`] wrote gives the filter
//! back (for a filter whose sources are documents of the corpus and whose
//! search text is at most [`MAX_QUERY_CHARS`] long); lists come out in
//! display order (documents in id order), so equal filters have equal
//! addresses.
//!
//! What is wrong is skipped and reported as a [`Notice`]; the rest applies,
//! so a mistyped or truncated link still shows most of what was shared and
//! the page can say what it left out. The rules:
//!
//! - An unknown key (`zzz=1`) is ignored.
//! - In a list, each unknown value (`theme=nope`) is ignored, the known ones
//!   apply. Values and keys are trimmed; values are read ignoring ASCII case.
//!   Empty values and empty pieces (`theme=`, `theme=media,`) are no
//!   constraint, with no notice: an HTML form with nothing ticked or typed
//!   sends exactly that.
//! - A list key given twice (`theme=media&theme=religion`, as a form with
//!   checkboxes sends it) takes the union, with no notice.
//! - `from`, `to` or `q` given twice: the first decides (as
//!   [`Route::param`] reads it) and each later one is reported.
//! - A year that is not digits (`from=abc`, `from=-5`, `from=2015-03`) is
//!   ignored; so is a number above [`MAX_YEAR`] (`from=99999999999999`).
//! - `from` after `to` (`from=2020&to=2010`): the two are swapped, and
//!   reported. Someone who typed the years into the wrong boxes means the
//!   years between them; showing nothing, or everything, would help less.
//! - A search text longer than [`MAX_QUERY_CHARS`] is cut to that length,
//!   and reported (it bounds the work a crafted link can cause).

use super::facet::{Facet, FacetSet};
use super::filter::Filter;
use super::notice::Notice;
use super::{MAX_QUERY_CHARS, MAX_YEAR};
use crate::corpus::{Corpus, Direction, EventType, Theme};
use crate::route::{Route, View, percent_encode};

/// The key of the document list.
pub const SOURCE_KEY: &str = "source";
/// The key of the first year.
pub const FROM_KEY: &str = "from";
/// The key of the last year.
pub const TO_KEY: &str = "to";
/// The key of the search text.
pub const QUERY_KEY: &str = "q";
/// Every key a filter reads, in the canonical order.
pub const KEYS: [&str; 7] = [
    <Theme as Facet>::KEY,
    <Direction as Facet>::KEY,
    <EventType as Facet>::KEY,
    SOURCE_KEY,
    FROM_KEY,
    TO_KEY,
    QUERY_KEY,
];

/// Adds each known value of a comma-separated list to `set`.
fn read_list<T: Facet>(value: &str, set: &mut FacetSet<T>, notices: &mut Vec<Notice>) {
    for piece in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        match T::from_id(piece) {
            Some(v) => {
                set.insert(v);
            }
            None => notices.push(Notice::UnknownValue {
                key: T::KEY,
                value: piece.to_owned(),
            }),
        }
    }
}

/// Whether a single-valued key is seen for the first time; reports it if
/// not.
fn first(seen: &mut bool, key: &'static str, value: &str, notices: &mut Vec<Notice>) -> bool {
    if *seen {
        notices.push(Notice::Repeated {
            key,
            value: value.to_owned(),
        });
        return false;
    }
    *seen = true;
    true
}

/// A year: `Ok(None)` for an empty value.
fn read_year(key: &'static str, value: &str) -> Result<Option<u16>, Notice> {
    let text = value.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Notice::MalformedYear {
            key,
            value: value.to_owned(),
        });
    }
    let digits = text.trim_start_matches('0');
    match digits.parse::<u16>() {
        _ if digits.is_empty() => Ok(Some(0)),
        Ok(year) if year <= MAX_YEAR => Ok(Some(year)),
        _ => Err(Notice::YearOutOfRange {
            key,
            value: value.to_owned(),
        }),
    }
}

impl Filter {
    /// Reads a filter from query pairs (decoded, in the order written),
    /// with a notice for everything ignored or changed. `corpus` says which
    /// documents exist. Never panics.
    pub fn from_query(query: &[(String, String)], corpus: &Corpus) -> (Filter, Vec<Notice>) {
        let mut filter = Filter::default();
        let mut notices = Vec::new();
        let (mut seen_from, mut seen_to, mut seen_q) = (false, false, false);
        for (key, value) in query {
            let key = key.trim();
            match key {
                FROM_KEY if first(&mut seen_from, FROM_KEY, value, &mut notices) => {
                    match read_year(FROM_KEY, value) {
                        Ok(year) => filter.from = year,
                        Err(notice) => notices.push(notice),
                    }
                }
                TO_KEY if first(&mut seen_to, TO_KEY, value, &mut notices) => {
                    match read_year(TO_KEY, value) {
                        Ok(year) => filter.to = year,
                        Err(notice) => notices.push(notice),
                    }
                }
                QUERY_KEY if first(&mut seen_q, QUERY_KEY, value, &mut notices) => {
                    let chars = value.chars().count();
                    filter.query = value.chars().take(MAX_QUERY_CHARS).collect();
                    if chars > MAX_QUERY_CHARS {
                        notices.push(Notice::QueryTooLong { chars });
                    }
                }
                FROM_KEY | TO_KEY | QUERY_KEY => {}
                k if k == Theme::KEY => read_list(value, &mut filter.themes, &mut notices),
                k if k == Direction::KEY => {
                    read_list(value, &mut filter.directions, &mut notices);
                }
                k if k == EventType::KEY => read_list(value, &mut filter.types, &mut notices),
                SOURCE_KEY => read_sources(value, corpus, &mut filter, &mut notices),
                _ => notices.push(Notice::UnknownKey {
                    key: key.to_owned(),
                    value: value.clone(),
                }),
            }
        }
        if let (Some(from), Some(to)) = (filter.from, filter.to)
            && from > to
        {
            filter.from = Some(to);
            filter.to = Some(from);
            notices.push(Notice::Swapped { from, to });
        }
        (filter, notices)
    }

    /// Reads the filter of a route (its query, whatever its view, so that
    /// an embedded timeline can share the format).
    pub fn from_route(route: &Route, corpus: &Corpus) -> (Filter, Vec<Notice>) {
        Self::from_query(&route.query, corpus)
    }

    /// The filter as query pairs, in canonical order, leaving out what is
    /// unconstrained; lists are comma-separated. Empty for an empty filter.
    pub fn to_query(&self) -> Vec<(String, String)> {
        fn list<T: Facet>(set: &FacetSet<T>) -> String {
            set.iter().map(Facet::id).collect::<Vec<_>>().join(",")
        }
        let sources = self
            .sources
            .iter()
            .map(|d| d.as_str())
            .collect::<Vec<_>>()
            .join(",");
        let pairs = [
            (Theme::KEY, list(&self.themes)),
            (Direction::KEY, list(&self.directions)),
            (EventType::KEY, list(&self.types)),
            (SOURCE_KEY, sources),
            (
                FROM_KEY,
                self.from.map(|y| y.to_string()).unwrap_or_default(),
            ),
            (TO_KEY, self.to.map(|y| y.to_string()).unwrap_or_default()),
            (QUERY_KEY, self.query.clone()),
        ];
        pairs
            .into_iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| (k.to_owned(), v))
            .collect()
    }

    /// The timeline's route with this filter.
    pub fn to_route(&self) -> Route {
        Route {
            view: View::Timeline,
            query: self.to_query(),
        }
    }

    /// The timeline's address with this filter, such as
    /// `#/timeline?theme=media,religion&from=2015`: `#/timeline` for the
    /// empty filter, which is the reset link. Commas between list values
    /// are written as they are (a fragment allows them; [`Route::to_hash`]
    /// would write `%2C`, which reads the same).
    pub fn to_hash(&self) -> String {
        let mut out = Route::new(View::Timeline).to_hash();
        for (i, (key, value)) in self.to_query().into_iter().enumerate() {
            out.push(if i == 0 { '?' } else { '&' });
            out.push_str(&key);
            out.push('=');
            let value = if key == QUERY_KEY {
                percent_encode(&value)
            } else {
                value
                    .split(',')
                    .map(percent_encode)
                    .collect::<Vec<_>>()
                    .join(",")
            };
            out.push_str(&value);
        }
        out
    }
}

/// Adds each document of a comma-separated list that the corpus has.
fn read_sources(value: &str, corpus: &Corpus, filter: &mut Filter, notices: &mut Vec<Notice>) {
    for piece in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        match corpus
            .documents
            .iter()
            .find(|d| d.id.as_str().eq_ignore_ascii_case(piece))
        {
            Some(doc) => {
                filter.sources.insert(doc.id.clone());
            }
            None => notices.push(Notice::UnknownValue {
                key: SOURCE_KEY,
                value: piece.to_owned(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_year(value: &str, expected: Result<Option<u16>, &str>) {
        let got = read_year(FROM_KEY, value).map_err(|n| n.to_string());
        assert_eq!(got, expected.map_err(str::to_owned), "{value:?}");
    }

    #[test]
    fn years() {
        check_year("2015", Ok(Some(2015)));
        check_year(" 2015 ", Ok(Some(2015)));
        check_year("02015", Ok(Some(2015)));
        check_year("0", Ok(Some(0)));
        check_year("000", Ok(Some(0)));
        check_year("9999", Ok(Some(9999)));
        check_year("", Ok(None));
        check_year("  ", Ok(None));
        check_year("abc", Err("from=abc: not a year (ignored)"));
        check_year("-5", Err("from=-5: not a year (ignored)"));
        check_year("2015-03", Err("from=2015-03: not a year (ignored)"));
        check_year("٢٠١٥", Err("from=٢٠١٥: not a year (ignored)"));
        check_year(
            "10000",
            Err("from=10000: years run from 0 to 9999 (ignored)"),
        );
        check_year(
            "99999999999999999999999999999",
            Err("from=999999999999999999999999…: years run from 0 to 9999 (ignored)"),
        );
    }
}
