//! The finder's reading of a text: where its sentences are, and whether a
//! sentence is dated or asks for something. Plain text in, no corpus, so
//! each rule is tested on its own words.

use std::ops::Range;

/// The byte spans of the sentences of `text`, without surrounding
/// whitespace. A sentence ends at `.`, `?` or `!` (after any closing quotes,
/// brackets and note markers such as `[12]`) followed by whitespace and a
/// capital letter, a digit or an opening quote, unless the word before the
/// stop is a known abbreviation or a single capital (an initial).
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        // A stop next to another stop is an ellipsis ("[...]"), not an end.
        let ellipsis =
            c == b'.' && (bytes.get(i + 1) == Some(&b'.') || (i > 0 && bytes[i - 1] == b'.'));
        if matches!(c, b'.' | b'?' | b'!') && !ellipsis && !abbreviation(&text[start..i]) {
            // Past closing quotes, brackets and note markers.
            let mut end = i + 1;
            loop {
                let rest = &text[end..];
                if let Some(ch) = rest.chars().next()
                    && matches!(ch, '"' | '\'' | '”' | '’' | ')' | ']')
                {
                    end += ch.len_utf8();
                    continue;
                }
                if rest.starts_with('[')
                    && let Some(close) = rest.find(']')
                    && close > 1
                    && rest[1..close].bytes().all(|b| b.is_ascii_digit())
                {
                    end += close + 1;
                    continue;
                }
                break;
            }
            let rest = &text[end..];
            let trimmed = rest.trim_start();
            let gap = rest.len() - trimmed.len();
            let next = trimmed.chars().next();
            let opens = next.is_some_and(|ch| {
                ch.is_uppercase() || ch.is_ascii_digit() || matches!(ch, '"' | '“' | '‘' | '\'')
            });
            if gap > 0 && opens {
                push_trimmed(text, start..end, &mut out);
                start = end + gap;
                i = start;
                continue;
            }
        }
        i += 1;
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let piece = &text[r.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if piece.trim().is_empty() {
        return;
    }
    out.push(r.start + lead..r.end - trail);
}

/// Whether the text before a full stop ends in an abbreviation or an
/// initial, after which a stop does not end the sentence.
fn abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    const KNOWN: [&str; 14] = [
        "Mr", "Mrs", "Ms", "Dr", "St", "No", "Nos", "Jr", "vs", "e.g", "i.e", "U.S", "D.C", "Inc",
    ];
    if KNOWN.contains(&word) {
        return true;
    }
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// Dates relative to the document's period.
const RELATIVE: [&str; 20] = [
    "this year",
    "that year",
    "last year",
    "next year",
    "the year",
    "year's end",
    "year’s end",
    "this month",
    "that month",
    "same day",
    "recent years",
    "recent months",
    "last few years",
    "past year",
    "years later",
    "year later",
    "time of writing",
    "at present",
    "currently",
    "so far",
];

/// The words of `s`: runs of letters, digits and apostrophes.
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
}

/// Whether a sentence states a year (1900–2099, as a word of its own), a
/// month's name, or a date relative to the document's period.
pub fn is_dated(s: &str) -> bool {
    let year = |w: &str| {
        w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && (w.starts_with("19") || w.starts_with("20"))
    };
    // A year inside a figure ("2,000", "2.5") is not a year.
    let figure = |s: &str, w: &str| {
        s.match_indices(w).all(|(i, _)| {
            let before = s[..i].chars().next_back();
            let after = s[i + w.len()..].chars().next();
            matches!(before, Some(',' | '.' | '$'))
                || matches!(after, Some(',' | '.'))
                    && s[i + w.len() + 1..]
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_digit())
        })
    };
    if words(s).any(|w| year(w) && !figure(s, w)) {
        return true;
    }
    if words(s).any(|w| crate::corpus::date::MONTHS.contains(&w)) {
        return true;
    }
    let lower = s.to_lowercase();
    RELATIVE.iter().any(|r| contains_phrase(&lower, r))
}

/// Whether `phrase` occurs in `text` as whole words.
fn contains_phrase(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Words that ask for something, promise it or state a concern, and their
/// forms.
const ASKING: [&str; 35] = [
    "ask",
    "asks",
    "asked",
    "urge",
    "urges",
    "urged",
    "urging",
    "recommend",
    "recommends",
    "recommended",
    "recommendation",
    "recommendations",
    "pledge",
    "pledges",
    "pledged",
    "commit",
    "commits",
    "committed",
    "commitment",
    "commitments",
    "promise",
    "promises",
    "promised",
    "should",
    "concern",
    "concerns",
    "concerned",
    "demand",
    "demands",
    "demanded",
    "appeal",
    "appealed",
    "criticized",
    "criticised",
    "warns",
];

/// Whether a sentence asks, urges, calls on or for, recommends, pledges,
/// commits, promises, demands, appeals, criticizes, says what should be or
/// needs to be done, or states a concern.
pub fn asks(s: &str) -> bool {
    let lower = s.to_lowercase();
    if words(&lower).any(|w| ASKING.contains(&w)) {
        return true;
    }
    [
        "call on",
        "calls on",
        "called on",
        "calling on",
        "called for",
        "calls for",
        "call for",
        "need to",
        "needs to",
    ]
    .iter()
    .any(|p| contains_phrase(&lower, p))
}
