//! Quotes: a piece of a source, as (document, paragraph anchor, byte span).
//!
//! A quote stores no words of its own: it is a span of the cited paragraph's
//! (or note's) text, so the corpus holds every word once. The span is into
//! the corrected text, or, for the rare quote that only the text as received
//! contains (`raw`), into the raw text. [`super::Corpus::quote_text`] gives
//! the words; [`super::validate()`] checks that every span is non-empty, in
//! bounds and on character boundaries. The extraction tool finds each span by
//! matching the curated quote with runs of whitespace collapsed (see
//! [`super::text`]), so the words are verbatim.
//!
//! Quotes are the corpus's most numerous objects, so the JSON writes each as
//! an array, `["nit2018","p40",0,172]`, with a fifth element `true` only for
//! a span into the raw text.

use super::ids::{Anchor, DocId};
use serde::de::{Error, SeqAccess, Visitor};
use serde::ser::SerializeSeq;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A verbatim quote from one paragraph (or note) of one document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// The document quoted.
    pub doc: DocId,
    /// The paragraph (`p…`) or note (`n…`) that holds the words.
    pub anchor: Anchor,
    /// Byte offset of the first quoted byte in the text.
    pub start: u32,
    /// Byte offset just past the last quoted byte.
    pub end: u32,
    /// True when the span is into the raw text (as received, before errata),
    /// because only that text contains the words; false (and omitted from the
    /// JSON) when it is into the corrected text.
    pub raw: bool,
}

impl Quote {
    /// The span as a byte range.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

impl Serialize for Quote {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(if self.raw { 5 } else { 4 }))?;
        seq.serialize_element(&self.doc)?;
        seq.serialize_element(&self.anchor)?;
        seq.serialize_element(&self.start)?;
        seq.serialize_element(&self.end)?;
        if self.raw {
            seq.serialize_element(&true)?;
        }
        seq.end()
    }
}

struct QuoteVisitor;

impl<'de> Visitor<'de> for QuoteVisitor {
    type Value = Quote;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "a quote: [document, anchor, start, end] or [document, anchor, start, end, raw]",
        )
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Quote, A::Error> {
        let missing = |n| A::Error::invalid_length(n, &self);
        let doc = seq.next_element()?.ok_or_else(|| missing(0))?;
        let anchor = seq.next_element()?.ok_or_else(|| missing(1))?;
        let start = seq.next_element()?.ok_or_else(|| missing(2))?;
        let end = seq.next_element()?.ok_or_else(|| missing(3))?;
        let raw = seq.next_element()?.unwrap_or(false);
        if seq.next_element::<serde::de::IgnoredAny>()?.is_some() {
            return Err(A::Error::invalid_length(6, &self));
        }
        Ok(Quote {
            doc,
            anchor,
            start,
            end,
            raw,
        })
    }
}

impl<'de> Deserialize<'de> for Quote {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_seq(QuoteVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(quote: Quote, json: &str) {
        assert_eq!(serde_json::to_string(&quote).unwrap(), json);
        assert_eq!(serde_json::from_str::<Quote>(json).unwrap(), quote);
    }

    #[test]
    fn json() {
        let q = Quote {
            doc: DocId::from("nit2018"),
            anchor: Anchor::from("p40"),
            start: 0,
            end: 172,
            raw: false,
        };
        check(q.clone(), r#"["nit2018","p40",0,172]"#);
        check(Quote { raw: true, ..q }, r#"["nit2018","p40",0,172,true]"#);
        for bad in [
            r#"["nit2018","p40",0]"#,
            r#"["nit2018","p40",0,1,true,1]"#,
            "{}",
        ] {
            assert!(serde_json::from_str::<Quote>(bad).is_err(), "{bad}");
        }
    }
}
