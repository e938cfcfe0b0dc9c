//! The timeline's text search.
//!
//! A [`Query`] is the reader's text folded (see [`super::fold`]) and split
//! into words; an event matches when every word occurs somewhere in its
//! title, its summary or the words of any quote it cites (as a substring, so
//! a word still being typed already matches). The [`SearchIndex`] holds each
//! event's text folded once, so a keystroke costs only substring searches.
//! A [`Match`] tells the view what to highlight.

use super::fold::{Folded, fold};
use crate::corpus::Corpus;
use std::ops::Range;

/// The words of a search, folded, without repeats, in the order typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    terms: Vec<String>,
}

impl Query {
    /// Reads the reader's text.
    pub fn new(text: &str) -> Self {
        let mut terms: Vec<String> = Vec::new();
        for word in fold(text).split(' ').filter(|w| !w.is_empty()) {
            if !terms.iter().any(|t| t == word) {
                terms.push(word.to_owned());
            }
        }
        Self { terms }
    }

    /// The folded words.
    pub fn terms(&self) -> &[String] {
        &self.terms
    }

    /// True when there is nothing to search for: every event matches.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Whether matches are worth marking: not for a search of single
    /// letters, which matches nearly every event and would mark a letter in
    /// every word (the first keystroke of any search).
    pub fn marks(&self) -> bool {
        self.terms.iter().any(|t| t.chars().nth(1).is_some())
    }
}

/// Where a search matched one event, for highlighting.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Match {
    /// Byte ranges of the event's title to highlight: sorted, disjoint, on
    /// character boundaries.
    pub title: Vec<Range<usize>>,
    /// Byte ranges of the event's summary, likewise.
    pub summary: Vec<Range<usize>>,
    /// Positions, in [`crate::corpus::Event::quotes`] order, of the quotes whose words
    /// contain at least one search word.
    pub quotes: Vec<usize>,
}

/// One event's text, folded.
#[derive(Clone, Debug)]
struct Entry {
    title: Folded,
    summary: Folded,
    quotes: Vec<String>,
}

impl Entry {
    fn contains(&self, term: &str) -> bool {
        self.title.text.contains(term)
            || self.summary.text.contains(term)
            || self.quotes.iter().any(|q| q.contains(term))
    }
}

/// Every event's searchable text, folded once. Built from one corpus and
/// valid for that corpus: positions are those of [`Corpus::events`].
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    entries: Vec<Entry>,
}

impl SearchIndex {
    /// Folds the title, summary and quoted words of every event. A quote
    /// whose words cannot be found (an invalid corpus) is searched as empty.
    pub fn new(corpus: &Corpus) -> Self {
        let entries = corpus
            .events
            .iter()
            .map(|e| Entry {
                title: Folded::new(&e.title),
                summary: Folded::new(&e.summary),
                quotes: e
                    .quotes()
                    .map(|q| corpus.quote_text(q).map(fold).unwrap_or_default())
                    .collect(),
            })
            .collect();
        Self { entries }
    }

    /// How many events the index holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the index holds no events.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Whether the event at `position` in the corpus matches: every word of
    /// the query occurs in its text. An empty query matches every event; a
    /// position the index does not hold matches only the empty query.
    pub fn matches(&self, position: usize, query: &Query) -> bool {
        if query.is_empty() {
            return true;
        }
        self.entries
            .get(position)
            .is_some_and(|entry| query.terms.iter().all(|t| entry.contains(t)))
    }

    /// Where the event at `position` matches, or `None` if it does not. An
    /// empty query matches with nothing to highlight.
    pub fn find(&self, position: usize, query: &Query) -> Option<Match> {
        if !self.matches(position, query) {
            return None;
        }
        let Some(entry) = self.entries.get(position) else {
            return Some(Match::default());
        };
        let quotes = entry
            .quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| query.terms.iter().any(|t| q.contains(t.as_str())))
            .map(|(i, _)| i)
            .collect();
        Some(Match {
            title: highlights(&entry.title, query),
            summary: highlights(&entry.summary, query),
            quotes,
        })
    }
}

/// Where the words of `query` occur in any `text` (such as a quote), for
/// highlighting: sorted, merged byte ranges on character boundaries.
pub fn highlight(text: &str, query: &Query) -> Vec<Range<usize>> {
    highlights(&Folded::new(text), query)
}

/// Every occurrence of every word in `folded`, as original byte ranges,
/// sorted and merged where they overlap or touch. For text folded once and
/// highlighted often (the site search's index).
pub fn highlights(folded: &Folded, query: &Query) -> Vec<Range<usize>> {
    let mut ranges: Vec<Range<usize>> = query
        .terms
        .iter()
        .flat_map(|t| {
            folded
                .text
                .match_indices(t.as_str())
                .map(|(at, m)| folded.original_range(at..at + m.len()))
        })
        .filter(|r| !r.is_empty())
        .collect();
    crate::order::sort_by_key(&mut ranges, |r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// Splits `text` into pieces for display: `(piece, highlighted)`, in order,
/// covering the whole text. Ranges that are out of bounds, not on character
/// boundaries, overlapping or out of order are skipped, so any ranges are
/// safe to pass.
pub fn split_highlights<'t>(text: &'t str, ranges: &[Range<usize>]) -> Vec<(&'t str, bool)> {
    let mut pieces = Vec::new();
    let mut at = 0;
    for r in ranges {
        if r.start < at || r.start >= r.end {
            continue;
        }
        let (Some(before), Some(hit)) = (text.get(at..r.start), text.get(r.clone())) else {
            continue;
        };
        if !before.is_empty() {
            pieces.push((before, false));
        }
        pieces.push((hit, true));
        at = r.end;
    }
    if let Some(rest) = text.get(at..).filter(|r| !r.is_empty()) {
        pieces.push((rest, false));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_query(text: &str, expected: &[&str]) {
        assert_eq!(Query::new(text).terms(), expected, "{text:?}");
    }

    #[test]
    fn queries_are_folded_words() {
        check_query("", &[]);
        check_query("   ", &[]);
        check_query("“,” —", &[]);
        check_query("Free  SPEECH", &["free", "speech"]);
        check_query("free free Free", &["free"]);
        check_query("“extremist” Nazarbayev’s", &["extremist", "nazarbayevs"]);
        check_query("civil-society", &["civil", "society"]);
    }

    fn check_highlights(text: &str, query: &str, expected: &[&str]) {
        let folded = Folded::new(text);
        let ranges = highlights(&folded, &Query::new(query));
        let got: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(got, expected, "{query:?} in {text:?}");
    }

    #[test]
    fn highlighting() {
        check_highlights("Media law restricts media", "media", &["Media", "media"]);
        check_highlights("Media law", "law media", &["Media", "law"]);
        check_highlights("freedom", "free freedom", &["freedom"]);
        check_highlights("Café Şahin", "cafe sahin", &["Café", "Şahin"]);
        check_highlights("abcabc", "bca", &["bca"]);
        check_highlights("aaaa", "aa", &["aaaa"]);
        check_highlights("nothing", "zzz", &[]);
    }

    #[test]
    fn splitting_for_display() {
        let text = "Media law restricts media";
        let pieces = split_highlights(text, &[0..5, 20..25]);
        assert_eq!(
            pieces,
            [("Media", true), (" law restricts ", false), ("media", true)]
        );
        assert_eq!(split_highlights("abc", &[]), [("abc", false)]);
        assert_eq!(split_highlights("", &[0..1, 0..0]), []);
        // Bad ranges are skipped, never a panic.
        assert_eq!(
            split_highlights("é", &[0..1, 5..9, Range { start: 1, end: 0 }]),
            [("é", false)]
        );
        assert_eq!(
            split_highlights("abcd", &[2..3, 0..1, 2..4]),
            [("ab", false), ("c", true), ("d", false)]
        );
    }
}

#[cfg(test)]
mod marks_tests {
    use super::Query;

    #[test]
    fn single_letters_are_not_marked() {
        assert!(!Query::new("").marks());
        assert!(!Query::new("r").marks());
        assert!(!Query::new("r e É").marks());
        assert!(Query::new("re").marks());
        assert!(Query::new("r law").marks());
    }
}
