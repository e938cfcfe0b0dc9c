//! The coverage ledger: proof that the timeline and the tracker miss
//! nothing the sources report.
//!
//! [`find`] reads every sentence of running text in the sources (paragraphs,
//! list items and transcript speech; not headings, tables, captions, page
//! furniture or notes) and keeps those that state a dated happening (a year,
//! a month, or a date relative to the document's period such as "during the
//! year": [`is_dated`]) or that ask for something or promise it (asks, urges,
//! calls on, recommends, pledges, commits, promises, "should", or a stated
//! concern: [`asks`]). A dated sentence is accounted for when a timeline
//! event quotes it; an ask, when a tracker item quotes it. Every other
//! sentence found must be set aside by hand in `corpus/curated/coverage.toml`
//! with a [`Reason`]; [`super::validate()`] reports each sentence that is
//! neither quoted nor set aside, and each entry that no longer fits a
//! sentence the finder finds, so a new source or edition cannot slip
//! through unread.
//!
//! The finder is deliberately generous (a month's name is a date even when a
//! sentence only mentions it); what it over-finds is set aside with the
//! reason [`Reason::Wording`], visibly, rather than missed silently.

use super::ids::{DocId, EventId, ItemId};
use super::{Corpus, ParagraphKind, Quote};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::ops::Range;

/// Why a sentence the finder found is not quoted by an event or an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// Context rather than a happening: history the timeline starts after,
    /// how an institution or a law works, a standing state of affairs.
    Background,
    /// Part of a happening or an ask the corpus already has (named in
    /// [`SetAside::of`]), told again or in more detail in this sentence.
    Duplicate,
    /// A source's summary of a period (a year, a category) whose
    /// happenings the timeline holds one by one.
    Summary,
    /// An outlook, an expectation or a plan, not something that happened.
    Forecast,
    /// A figure restated: a count, a share, a total, a rating the ratings
    /// data already holds.
    Figure,
    /// The source's own judgment or analysis, not a happening or someone's
    /// ask.
    Assessment,
    /// The words the finder matched neither date a happening nor ask for
    /// anything here ("a pledge of secrecy", a year in a programme's name).
    Wording,
    /// A happening or ask the project has yet to file as an event or an
    /// item; the note says why (for example, no event type fits it).
    Deferred,
}

impl Reason {
    /// Every reason, in the order the ledger's counts list them.
    pub const ALL: [Reason; 8] = [
        Self::Background,
        Self::Duplicate,
        Self::Summary,
        Self::Forecast,
        Self::Figure,
        Self::Assessment,
        Self::Wording,
        Self::Deferred,
    ];

    /// The kebab-case id, as in the curated file.
    pub fn id(self) -> &'static str {
        match self {
            Self::Background => "background",
            Self::Duplicate => "duplicate",
            Self::Summary => "summary",
            Self::Forecast => "forecast",
            Self::Figure => "figure",
            Self::Assessment => "assessment",
            Self::Wording => "wording",
            Self::Deferred => "deferred",
        }
    }

    /// What the reason means, in a sentence, for the ledger's readers.
    pub fn meaning(self) -> &'static str {
        match self {
            Self::Background => {
                "Context rather than a happening: history, how an institution or law works, a standing state of affairs."
            }
            Self::Duplicate => {
                "Part of a happening or ask that an event or item already holds, told again in this sentence."
            }
            Self::Summary => {
                "A source's summary of a period whose happenings the timeline holds one by one."
            }
            Self::Forecast => "An outlook, expectation or plan, not something that happened.",
            Self::Figure => "A figure restated: a count, a share, a total, or a rating.",
            Self::Assessment => "The source's own judgment or analysis, not a happening or an ask.",
            Self::Wording => {
                "The words the finder matched neither date a happening nor ask for anything here."
            }
            Self::Deferred => {
                "A happening or ask not yet filed as an event or item; the note says why."
            }
        }
    }
}

/// What a set-aside sentence is a duplicate of, or relates to: an event or
/// an item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Related {
    /// A timeline event.
    Event(EventId),
    /// A tracker item.
    Item(ItemId),
}

impl Related {
    /// The id it names.
    pub fn id(&self) -> &str {
        match self {
            Self::Event(id) => id.as_str(),
            Self::Item(id) => id.as_str(),
        }
    }
}

/// A sentence the finder finds that no event or item quotes, and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SetAside {
    /// The whole sentence.
    pub sentence: Quote,
    /// Why it is not an event or an item.
    pub reason: Reason,
    /// The event or item it duplicates (required for
    /// [`Reason::Duplicate`]) or relates to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub of: Option<Related>,
    /// More, in the project's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A sentence the finder keeps, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// The sentence, as a quote of its paragraph.
    pub sentence: Quote,
    /// It states a year, a month or a relative date.
    pub dated: bool,
    /// It asks, urges, calls on, recommends, pledges, commits, promises or
    /// states a concern.
    pub asks: bool,
}

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
    if words(s).any(|w| super::date::MONTHS.contains(&w)) {
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

/// Whether the finder reads paragraphs of this kind.
fn read(kind: ParagraphKind) -> bool {
    matches!(
        kind,
        ParagraphKind::Text | ParagraphKind::ListItem | ParagraphKind::Speech
    )
}

/// Every sentence of running text in the sources that is dated or asks, in
/// document and reading order.
pub fn find(corpus: &Corpus) -> Vec<Found> {
    let mut out = Vec::new();
    for d in &corpus.documents {
        for p in d.sections.iter().flat_map(|s| &s.paragraphs) {
            if !read(p.kind) {
                continue;
            }
            for r in sentences(&p.text) {
                let s = &p.text[r.clone()];
                let (dated, asks) = (is_dated(s), asks(s));
                if dated || asks {
                    out.push(Found {
                        sentence: quote(&d.id, p, r),
                        dated,
                        asks,
                    });
                }
            }
        }
    }
    out
}

fn quote(doc: &DocId, p: &super::Paragraph, r: Range<usize>) -> Quote {
    Quote {
        doc: doc.clone(),
        anchor: p.anchor.clone(),
        start: r.start as u32,
        end: r.end as u32,
        raw: false,
    }
}

/// Whether `q` quotes part of the sentence `s` (at least a few bytes of it,
/// so that a quote ending where the sentence begins does not count). The
/// span of a quote of the raw text is first carried over to the corrected
/// text ([`to_corrected`]).
fn overlaps(corpus: &Corpus, q: &Quote, s: &Quote) -> bool {
    if q.doc != s.doc || q.anchor != s.anchor {
        return false;
    }
    let (start, end) = if q.raw {
        let (Some(raw), Some(text)) = (
            corpus.raw_text_at(q.doc.as_str(), &q.anchor),
            corpus.text_at(q.doc.as_str(), &q.anchor),
        ) else {
            return false;
        };
        (
            to_corrected(raw, text, q.start as usize) as u32,
            to_corrected(raw, text, q.end as usize) as u32,
        )
    } else {
        (q.start, q.end)
    };
    start.max(s.start) + 8 <= end.min(s.end)
}

/// Where an offset into a raw text falls in its corrected text: unchanged
/// before the first correction, counted from the end after the last, and
/// in proportion in between (errata change a few bytes, so a quote's span
/// lands on the same sentence).
fn to_corrected(raw: &str, text: &str, offset: usize) -> usize {
    let (r, t) = (raw.as_bytes(), text.as_bytes());
    let prefix = r.iter().zip(t).take_while(|(a, b)| a == b).count();
    let room = r.len().min(t.len()) - prefix;
    let suffix = r
        .iter()
        .rev()
        .zip(t.iter().rev())
        .take(room)
        .take_while(|(a, b)| a == b)
        .count();
    if offset <= prefix {
        offset
    } else if offset >= r.len() - suffix {
        offset + t.len() - r.len()
    } else {
        let (rm, tm) = (r.len() - suffix - prefix, t.len() - suffix - prefix);
        prefix + (offset - prefix) * tm / rm.max(1)
    }
}

/// How one sentence found is accounted for.
#[derive(Clone, Debug, PartialEq)]
pub struct Row<'a> {
    /// The sentence and what the finder saw in it.
    pub found: Found,
    /// The events that quote it.
    pub events: Vec<&'a EventId>,
    /// The items that quote it.
    pub items: Vec<&'a ItemId>,
    /// Its entry in the ledger, if it was set aside.
    pub set_aside: Option<&'a SetAside>,
}

impl Row<'_> {
    /// Whether quotes alone account for it: a dated sentence quoted by an
    /// event, an ask by an item.
    pub fn quoted(&self) -> bool {
        (!self.found.dated || !self.events.is_empty())
            && (!self.found.asks || !self.items.is_empty())
    }

    /// Whether it is accounted for, by quotes or by the ledger.
    pub fn accounted(&self) -> bool {
        self.quoted() || self.set_aside.is_some()
    }
}

/// Every sentence found, with what quotes it and its ledger entry.
pub fn ledger(corpus: &Corpus) -> Vec<Row<'_>> {
    find(corpus)
        .into_iter()
        .map(|found| {
            let s = &found.sentence;
            let events = corpus
                .events
                .iter()
                .filter(|e| e.quotes().any(|q| overlaps(corpus, q, s)))
                .map(|e| &e.id)
                .collect();
            let items = corpus
                .items
                .iter()
                .filter(|i| i.quotes().any(|q| overlaps(corpus, q, s)))
                .map(|i| &i.id)
                .collect();
            let set_aside = corpus.coverage.iter().find(|x| x.sentence == *s);
            Row {
                found,
                events,
                items,
                set_aside,
            }
        })
        .collect()
}

/// The ledger's totals, for the About page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Sentences found.
    pub found: usize,
    /// Of those, dated.
    pub dated: usize,
    /// Of those, asks.
    pub asks: usize,
    /// Accounted for by quotes of events and items alone.
    pub quoted: usize,
    /// Set aside, by reason (only sentences that quotes do not account for).
    pub set_aside: BTreeMap<Reason, usize>,
    /// Neither quoted nor set aside (zero in a valid corpus).
    pub missing: usize,
}

impl Counts {
    /// Sentences set aside, all reasons together.
    pub fn set_aside_total(&self) -> usize {
        self.set_aside.values().sum()
    }
}

/// Counts the ledger of `corpus`.
pub fn counts(corpus: &Corpus) -> Counts {
    let mut c = Counts::default();
    for row in ledger(corpus) {
        c.found += 1;
        c.dated += usize::from(row.found.dated);
        c.asks += usize::from(row.found.asks);
        if row.quoted() {
            c.quoted += 1;
        } else if let Some(x) = row.set_aside {
            *c.set_aside.entry(x.reason).or_default() += 1;
        } else {
            c.missing += 1;
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn sentences_end_at_stops_before_a_capital() {
        let check = |text: &str, expected: &[&str]| assert_eq!(split(text), expected, "{text:?}");
        check("One. Two.", &["One.", "Two."]);
        check("  One.  Two  ", &["One.", "Two"]);
        check("It rose.[12] Then fell.", &["It rose.[12]", "Then fell."]);
        check(
            "He said \"no.\" She left.",
            &["He said \"no.\"", "She left."],
        );
        check(
            "Paid U.S. oil firms. Done.",
            &["Paid U.S. oil firms.", "Done."],
        );
        check("Washington, D.C. Later.", &["Washington, D.C. Later."]);
        check("Law No. 51 passed. Next.", &["Law No. 51 passed.", "Next."]);
        check(
            "Talks with A. Smith. Next.",
            &["Talks with A. Smith.", "Next."],
        );
        check(
            "Rated 6.75 in 2018. Next.",
            &["Rated 6.75 in 2018.", "Next."],
        );
        check(
            "Why? Because. 2017 came.",
            &["Why?", "Because.", "2017 came."],
        );
        check("a.b c", &["a.b c"]);
        check(
            "Sign it. [...] Every case.",
            &["Sign it. [...] Every case."],
        );
        check("", &[]);
    }

    #[test]
    fn raw_offsets_carry_over_to_the_corrected_text() {
        let raw = "One ciil word. Two.";
        let text = "One civil word. Two.";
        assert_eq!(to_corrected(raw, text, 2), 2);
        assert_eq!(to_corrected(raw, text, raw.len()), text.len());
        assert_eq!(to_corrected(raw, text, 15), 16);
        assert_eq!(to_corrected("abc", "abc", 3), 3);
    }

    #[test]
    fn dates_are_years_months_and_relative_dates() {
        for s in [
            "In 2017 it changed.",
            "It started in March.",
            "During the year, ten were convicted.",
            "He remained in jail at year's end.",
            "Earlier that month both were robbed.",
            "Since 1989 he has ruled.",
            "At time of writing they were on trial.",
            "In recent years, the space has narrowed.",
            "So far change has been limited.",
        ] {
            assert!(is_dated(s), "{s:?}");
        }
        for s in [
            "It costs 2,000 tenge.",
            "Some 2.019 units.",
            "Members may join.",
            "Over 1,989 people.",
            "A yearly report.",
            "The current law stands.",
        ] {
            assert!(!is_dated(s), "{s:?}");
        }
    }

    #[test]
    fn asks_are_calls_pledges_and_concerns() {
        for s in [
            "The EU called on authorities to release them.",
            "Four rapporteurs urged Kazakhstan to halt it.",
            "The government should reform the law.",
            "He pledged to adopt a plan.",
            "Telia expressed concern over the rules.",
            "It recommends a register.",
            "Their staff need to be protected.",
        ] {
            assert!(asks(s), "{s:?}");
        }
        for s in ["The court ruled.", "A recall vote.", "Callers were many."] {
            assert!(!asks(s), "{s:?}");
        }
    }
}
