//! Reading `corpus/curated/coverage.toml`, the coverage ledger's entries
//! (format in `corpus/README.md`). Each entry names a sentence by document,
//! paragraph anchor and a verbatim fragment of it; the tool stores the whole
//! sentence, as the finder in `explainer_core::corpus::coverage` cuts it, so
//! that the validator can match the entry with the sentence it sets aside.

use crate::manifest::read_toml;
use explainer_core::corpus::coverage::{Reason, Related, SetAside, sentences};
use explainer_core::corpus::text::find_verbatim;
use explainer_core::corpus::{Anchor, Document, EventId, ItemId, Quote};
use serde::Deserialize;
use std::path::Path;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct LedgerFile {
    #[serde(default)]
    sentence: Vec<EntrySpec>,
}

/// One sentence set aside.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EntrySpec {
    source: String,
    anchor: String,
    /// Verbatim words of the sentence (whitespace runs aside), enough to
    /// tell it from the paragraph's other sentences.
    fragment: String,
    reason: Reason,
    /// The event it duplicates or relates to.
    #[serde(default)]
    event: Option<String>,
    /// The item it duplicates or relates to.
    #[serde(default)]
    item: Option<String>,
    #[serde(default)]
    note: Option<String>,
}

/// Reads the ledger from `path` (a missing file counts as empty) against
/// the documents; errors name the entry.
pub fn read(path: &Path, docs: &[Document]) -> Result<Vec<SetAside>, Vec<String>> {
    let file: LedgerFile = if path.exists() {
        read_toml(path).map_err(|e| vec![e])?
    } else {
        LedgerFile::default()
    };
    let mut errors = Vec::new();
    let mut out = Vec::new();
    for (n, e) in file.sentence.into_iter().enumerate() {
        let at = format!(
            "curated/coverage.toml sentence {} ({} {} {:?})",
            n + 1,
            e.source,
            e.anchor,
            e.fragment
        );
        match entry(e, docs) {
            Ok(x) => out.push(x),
            Err(why) => errors.push(format!("{at}: {why}")),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

fn entry(e: EntrySpec, docs: &[Document]) -> Result<SetAside, String> {
    let doc = docs
        .iter()
        .find(|d| d.id == e.source.as_str())
        .ok_or_else(|| format!("unknown source {:?}", e.source))?;
    let anchor = Anchor::from(e.anchor.as_str());
    let p = doc
        .paragraph(&anchor)
        .ok_or_else(|| format!("{} has no paragraph {}", e.source, e.anchor))?;
    let span = find_verbatim(&p.text, &e.fragment)
        .ok_or_else(|| format!("the fragment is not in {} {}", e.source, e.anchor))?;
    let sentence = sentences(&p.text)
        .into_iter()
        .find(|s| s.start <= span.start && span.end <= s.end)
        .ok_or_else(|| "the fragment runs across two sentences".to_owned())?;
    let of = match (e.event, e.item) {
        (Some(_), Some(_)) => return Err("name an event or an item, not both".to_owned()),
        (Some(id), None) => Some(Related::Event(EventId::from(id))),
        (None, Some(id)) => Some(Related::Item(ItemId::from(id))),
        (None, None) => None,
    };
    Ok(SetAside {
        sentence: Quote {
            doc: doc.id.clone(),
            anchor,
            start: sentence.start as u32,
            end: sentence.end as u32,
            raw: false,
        },
        reason: e.reason,
        of,
        note: e.note,
    })
}
