//! Comparing quotes with source text.
//!
//! A quote is *verbatim* when, after every run of whitespace on both sides is
//! collapsed to one space (and the ends trimmed), it occurs in the source as
//! is. Nothing else is normalised: curly and straight quotes, dashes and
//! letter case must match exactly.
//!
//! [`Collapsed`] keeps, for a collapsed text, where each of its bytes came
//! from, so that a quote found in the collapsed text can be stored as a byte
//! span of the text itself ([`find_verbatim`]).

use std::ops::Range;

/// `s` with every run of whitespace (including no-break spaces and line
/// breaks) replaced by one space, and no whitespace at either end.
pub fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The first `n` words of `s` (whitespace collapsed), with "…" where words
/// were left out: a short name for a long quote, in a page title.
pub fn first_words(s: &str, n: usize) -> String {
    let mut words = s.split_whitespace();
    let mut out = words.by_ref().take(n).collect::<Vec<_>>().join(" ");
    if words.next().is_some() {
        out = out.trim_end_matches([',', ';', ':', '.']).to_owned();
        out.push('…');
    }
    out
}

/// A text with its whitespace runs collapsed (as by [`collapse_whitespace`]),
/// remembering for each byte of the collapsed text the offset of the byte of
/// the original text it stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Collapsed {
    /// The collapsed text.
    pub text: String,
    /// For each byte of `text`, its offset in the original text.
    offsets: Vec<usize>,
}

impl Collapsed {
    /// Collapses `s`, keeping the offsets.
    pub fn new(s: &str) -> Self {
        let mut text = String::with_capacity(s.len());
        let mut offsets = Vec::with_capacity(s.len());
        let mut pending_space: Option<usize> = None;
        for (at, c) in s.char_indices() {
            if c.is_whitespace() {
                if !text.is_empty() && pending_space.is_none() {
                    pending_space = Some(at);
                }
                continue;
            }
            if let Some(space) = pending_space.take() {
                text.push(' ');
                offsets.push(space);
            }
            text.push(c);
            offsets.extend(at..at + c.len_utf8());
        }
        Self { text, offsets }
    }

    /// The byte span, in the original text, of the first occurrence of
    /// `needle` (already collapsed and non-empty) in the collapsed text. The
    /// span starts at the needle's first character and ends just after its
    /// last, so collapsing the span's text gives the needle back.
    pub fn find(&self, needle: &str) -> Option<Range<usize>> {
        if needle.is_empty() {
            return None;
        }
        let at = self.text.find(needle)?;
        let last = at + needle.len() - 1;
        Some(self.offsets[at]..self.offsets[last] + 1)
    }
}

/// The byte span of `text` where `quote` occurs verbatim (whitespace runs
/// collapsed on both sides), first occurrence; `None` if it does not occur
/// or is empty.
pub fn find_verbatim(text: &str, quote: &str) -> Option<Range<usize>> {
    Collapsed::new(text).find(&collapse_whitespace(quote))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_words_marks_what_it_leaves_out() {
        assert_eq!(
            first_words("Stop  targeting NGOs, with taxes", 3),
            "Stop targeting NGOs…"
        );
        assert_eq!(first_words("Stop targeting NGOs", 3), "Stop targeting NGOs");
        assert_eq!(first_words("Stop targeting", 3), "Stop targeting");
        assert_eq!(first_words("", 3), "");
    }

    /// Whether `quote` occurs verbatim in `text` (whitespace runs collapsed
    /// on both sides, nothing else normalised); an empty quote never matches.
    fn contains_verbatim(text: &str, quote: &str) -> bool {
        let quote = collapse_whitespace(quote);
        !quote.is_empty() && collapse_whitespace(text).contains(&quote)
    }

    fn check(text: &str, quote: &str, expected: bool) {
        assert_eq!(
            contains_verbatim(text, quote),
            expected,
            "{quote:?} in {text:?}"
        );
    }

    #[test]
    fn verbatim() {
        check("a free  and fair\nelection", "free and fair election", true);
        check("a free and fair election", " free and\u{a0}fair ", true);
        check("the “first president”", "“first president”", true);
        check("the “first president”", "\"first president\"", false);
        check(
            "human rights– and governance",
            "human rights- and governance",
            false,
        );
        check("Not Free", "not free", false);
        check("Not Free", "", false);
        check("Not Free", "   ", false);
        check("Not", "Not Free", false);
    }

    fn check_span(text: &str, quote: &str, expected: Option<&str>) {
        let got = find_verbatim(text, quote).map(|r| &text[r]);
        assert_eq!(got, expected, "{quote:?} in {text:?}");
        if let Some(span) = got {
            assert_eq!(collapse_whitespace(span), collapse_whitespace(quote));
        }
    }

    #[test]
    fn spans() {
        check_span(
            "a free  and fair\nelection",
            "free and fair election",
            Some("free  and fair\nelection"),
        );
        check_span(
            "  “first”\u{a0}president’s ",
            " “first” president’s",
            Some("“first”\u{a0}president’s"),
        );
        check_span("Noember – vlast.kz", "–", Some("–"));
        check_span("abc", "abc", Some("abc"));
        check_span("abc", "b c", None);
        check_span("abc", "  ", None);
        check_span("two two", "two", Some("two"));
        assert_eq!(find_verbatim("one two two", "two"), Some(4..7));
    }

    #[test]
    fn collapsing() {
        assert_eq!(collapse_whitespace("  a \t b\n\nc  "), "a b c");
        assert_eq!(collapse_whitespace(""), "");
    }
}
