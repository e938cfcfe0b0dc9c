//! Comparing quotes with source text.
//!
//! A quote is *verbatim* when, after every run of whitespace on both sides is
//! collapsed to one space (and the ends trimmed), it occurs in the source as
//! is. Nothing else is normalised: curly and straight quotes, dashes and
//! letter case must match exactly.

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

/// Whether `quote` occurs verbatim in `text` (whitespace runs collapsed on
/// both sides, nothing else normalised). An empty quote never matches.
pub fn contains_verbatim(text: &str, quote: &str) -> bool {
    let quote = collapse_whitespace(quote);
    !quote.is_empty() && collapse_whitespace(text).contains(&quote)
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn collapsing() {
        assert_eq!(collapse_whitespace("  a \t b\n\nc  "), "a b c");
        assert_eq!(collapse_whitespace(""), "");
    }
}
