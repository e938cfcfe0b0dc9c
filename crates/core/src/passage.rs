//! Citations and the source reader's text: where a citation points
//! (`#/sources/<doc>?at=<anchor>&hl=<start>-<end>`), and how a paragraph's
//! text splits into plain runs, note markers (`[12]`), web addresses and the
//! highlighted quote.
//!
//! Everything here works on byte offsets into one paragraph's text and never
//! panics on offsets that do not fit: a highlight that is out of bounds or not
//! on a character boundary is ignored, so a hand-edited address still opens
//! the passage.

use crate::route::{Route, View};

/// A place in a source document, optionally with a highlighted span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Passage {
    /// The document id, such as `nit2018`.
    pub doc: String,
    /// The paragraph (`p12`) or note (`n12`) anchor.
    pub anchor: Option<String>,
    /// Byte offsets of the highlighted words within the anchored text.
    pub highlight: Option<(usize, usize)>,
}

impl Passage {
    /// The address that opens this passage in the source reader.
    pub fn route(&self) -> Route {
        let mut query = Vec::new();
        if let Some(anchor) = &self.anchor {
            query.push(("at".to_owned(), anchor.clone()));
            if let Some((start, end)) = self.highlight {
                query.push(("hl".to_owned(), format!("{start}-{end}")));
            }
        }
        Route {
            view: View::Source(self.doc.clone()),
            query,
        }
    }

    /// Reads a passage from a source-reader address; `None` for other views.
    /// A malformed `hl` is dropped rather than rejected.
    pub fn from_route(route: &Route) -> Option<Self> {
        let View::Source(doc) = &route.view else {
            return None;
        };
        let anchor = route.param("at").map(str::to_owned);
        let highlight = anchor.as_ref().and(route.param("hl")).and_then(parse_span);
        Some(Self {
            doc: doc.clone(),
            anchor,
            highlight,
        })
    }
}

/// Parses `start-end` (byte offsets, `start < end`).
pub fn parse_span(s: &str) -> Option<(usize, usize)> {
    let (start, end) = s.split_once('-')?;
    let (start, end) = (start.parse().ok()?, end.parse().ok()?);
    (start < end).then_some((start, end))
}

/// What a run of text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SegmentKind {
    /// Plain text.
    Text,
    /// A note marker such as `[12]`, pointing at note 12.
    NoteRef(u32),
    /// A web address (`http://` or `https://`).
    Url,
}

/// A run of a paragraph's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment<'a> {
    /// The run's text, a slice of the paragraph.
    pub text: &'a str,
    /// What the run is.
    pub kind: SegmentKind,
    /// Whether the run lies inside the highlighted span.
    pub marked: bool,
}

/// Splits `text` into runs: note markers `[n]` for the numbers in `notes`,
/// web addresses, and plain text, each cut where the highlight starts and
/// ends. Concatenating the runs gives `text` back.
pub fn segments<'a>(
    text: &'a str,
    notes: &[u32],
    highlight: Option<(usize, usize)>,
) -> Vec<Segment<'a>> {
    let mut special = special_ranges(text, notes);
    crate::order::sort_by_key(&mut special, |(start, _, _)| *start);

    // Plain runs fill the gaps between the special ones.
    let mut runs: Vec<(usize, usize, SegmentKind)> = Vec::new();
    let mut at = 0;
    for (start, end, kind) in special {
        if start < at {
            continue; // overlaps the previous special run
        }
        if start > at {
            runs.push((at, start, SegmentKind::Text));
        }
        runs.push((start, end, kind));
        at = end;
    }
    if at < text.len() {
        runs.push((at, text.len(), SegmentKind::Text));
    }

    let highlight = highlight.filter(|&(s, e)| {
        s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
    });
    let mut out = Vec::with_capacity(runs.len() + 2);
    for (start, end, kind) in runs {
        let cuts = match highlight {
            Some((hs, he)) => [start, hs.clamp(start, end), he.clamp(start, end), end],
            None => [start, start, start, end],
        };
        for pair in cuts.windows(2) {
            let (s, e) = (pair[0], pair[1]);
            if s < e {
                let marked = highlight.is_some_and(|(hs, he)| s >= hs && e <= he);
                out.push(Segment {
                    text: &text[s..e],
                    kind,
                    marked,
                });
            }
        }
    }
    out
}

fn special_ranges(text: &str, notes: &[u32]) -> Vec<(usize, usize, SegmentKind)> {
    let mut ranges = Vec::new();
    let bytes = text.as_bytes();
    for (i, _) in text.match_indices('[') {
        let digits = bytes[i + 1..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let close = i + 1 + digits;
        if digits > 0
            && bytes.get(close) == Some(&b']')
            && let Ok(n) = text[i + 1..close].parse::<u32>()
            && notes.contains(&n)
        {
            ranges.push((i, close + 1, SegmentKind::NoteRef(n)));
        }
    }
    for scheme in ["https://", "http://"] {
        for (i, _) in text.match_indices(scheme) {
            let len = text[i..]
                .find(|c: char| c.is_whitespace() || matches!(c, '"' | '<' | '>' | '“' | '”'))
                .unwrap_or(text.len() - i);
            // Sentence punctuation right after an address is not part of it.
            let url = text[i..i + len].trim_end_matches(['.', ',', ';', ':', ')', ']', '…']);
            if url.len() > scheme.len() {
                ranges.push((i, i + url.len(), SegmentKind::Url));
            }
        }
    }
    ranges
}

/// Whether a reader-supplied link may be followed: only `http` and `https`.
pub fn is_safe_url(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

#[cfg(test)]
mod tests {
    use super::*;
    use SegmentKind::*;

    fn check(
        text: &str,
        notes: &[u32],
        hl: Option<(usize, usize)>,
        expected: &[(&str, SegmentKind, bool)],
    ) {
        let got: Vec<_> = segments(text, notes, hl)
            .into_iter()
            .map(|s| (s.text, s.kind, s.marked))
            .collect();
        assert_eq!(got, expected, "segments of {text:?}");
        let joined: String = segments(text, notes, hl).iter().map(|s| s.text).collect();
        assert_eq!(joined, text, "runs concatenate back to the text");
    }

    #[test]
    fn plain_text_is_one_run() {
        check(
            "No notes here.",
            &[],
            None,
            &[("No notes here.", Text, false)],
        );
        check("", &[], None, &[]);
    }

    #[test]
    fn note_markers_link_only_known_notes() {
        check(
            "Law adopted.[12] Later [13] and [x].",
            &[12],
            None,
            &[
                ("Law adopted.", Text, false),
                ("[12]", NoteRef(12), false),
                (" Later [13] and [x].", Text, false),
            ],
        );
    }

    #[test]
    fn addresses_become_links_without_trailing_punctuation() {
        check(
            "See https://example.org/a?b=1. And http://x.kz/y, too",
            &[],
            None,
            &[
                ("See ", Text, false),
                ("https://example.org/a?b=1", Url, false),
                (". And ", Text, false),
                ("http://x.kz/y", Url, false),
                (", too", Text, false),
            ],
        );
        check(
            "bare https:// only",
            &[],
            None,
            &[("bare https:// only", Text, false)],
        );
    }

    #[test]
    fn highlight_cuts_runs() {
        check(
            "abc[1]def",
            &[1],
            Some((1, 8)),
            &[
                ("a", Text, false),
                ("bc", Text, true),
                ("[1]", NoteRef(1), true),
                ("de", Text, true),
                ("f", Text, false),
            ],
        );
    }

    #[test]
    fn bad_highlights_are_ignored() {
        let plain = &[("héllo", Text, false)][..];
        check("héllo", &[], Some((2, 3)), plain); // inside "é"
        check("héllo", &[], Some((3, 99)), plain); // past the end
        check("héllo", &[], Some((3, 3)), plain); // empty
    }

    #[test]
    fn passages_round_trip_through_the_address() {
        let passage = Passage {
            doc: "nit2018".into(),
            anchor: Some("p12".into()),
            highlight: Some((10, 42)),
        };
        let hash = passage.route().to_hash();
        assert_eq!(hash, "#/sources/nit2018?at=p12&hl=10-42");
        let back = Passage::from_route(&Route::parse(&hash).unwrap()).unwrap();
        assert_eq!(back, passage);
    }

    #[test]
    fn malformed_spans_are_dropped() {
        for hl in ["", "5", "5-", "-5", "9-3", "3-3", "a-b", "1-2-3"] {
            let route = Route::parse(&format!("#/sources/fiw2019?at=p1&hl={hl}")).unwrap();
            let passage = Passage::from_route(&route).unwrap();
            assert_eq!(passage.highlight, None, "hl={hl}");
            assert_eq!(passage.anchor.as_deref(), Some("p1"));
        }
        assert_eq!(Passage::from_route(&Route::parse("#/data").unwrap()), None);
    }

    #[test]
    fn only_web_links_are_safe() {
        assert!(is_safe_url("https://example.org"));
        assert!(is_safe_url("HTTP://example.org"));
        assert!(!is_safe_url("javascript:alert(1)"));
        assert!(!is_safe_url("data:text/html,x"));
        assert!(!is_safe_url("//example.org"));
    }
}
