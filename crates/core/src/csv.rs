//! The data downloads as CSV (RFC 4180): a header row, then one record per
//! line; fields that contain a comma, a double quote, a carriage return or a
//! line feed are enclosed in double quotes with inner quotes doubled; lines
//! end in CRLF; text is UTF-8. Multi-valued fields are joined with `;`.
//!
//! A `passages` column, last, lists the places in the sources a row rests
//! on, each once, as `<document id>:<anchor>`: `fiw2019:p12` is the twelfth
//! paragraph of the document `fiw2019`, `nit2018:n31` its note 31 (the app
//! opens one at `#/sources/<document id>?at=<anchor>`).
//!
//! Every file starts with a byte-order mark ([`BOM`], the bytes `EF BB BF`)
//! before its header row: without it, Excel on Windows reads UTF-8 as the
//! local code page and garbles curly quotes, dashes and names. [`table`]
//! writes it, once per file; [`record`] writes single records and never
//! does.
//!
//! Each file is a pure function of the corpus, so the same corpus always
//! gives the same bytes.

use crate::corpus::text::collapse_whitespace;
use crate::corpus::{Anchor, Corpus, DocId, Quote};

/// Appends one field to `out`, quoted only if RFC 4180 requires it.
fn push_field(out: &mut String, field: &str) {
    if field.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

/// One record: fields separated by commas, ended by CRLF.
pub fn record<S: AsRef<str>>(fields: &[S]) -> String {
    let mut out = String::new();
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_field(&mut out, f.as_ref());
    }
    out.push_str("\r\n");
    out
}

/// The byte-order mark that starts every CSV file.
pub const BOM: char = '\u{feff}';

/// A whole CSV file: [`BOM`], the header row, then one record per row.
pub fn table<R, S>(header: &[&str], rows: impl IntoIterator<Item = R>) -> String
where
    R: AsRef<[S]>,
    S: AsRef<str>,
{
    let mut out = String::from(BOM);
    out.push_str(&record(header));
    for row in rows {
        out.push_str(&record(row.as_ref()));
    }
    out
}

fn join<T: AsRef<str>>(values: impl IntoIterator<Item = T>) -> String {
    values
        .into_iter()
        .map(|v| v.as_ref().to_owned())
        .collect::<Vec<_>>()
        .join(";")
}

/// A place in a source, as the `passages` columns write it: `fiw2019:p12`.
fn passage(doc: &DocId, anchor: &Anchor) -> String {
    format!("{doc}:{anchor}")
}

/// The passages of `places`, each once, in first-cited order, joined with `;`.
fn passages<'a>(places: impl IntoIterator<Item = (&'a DocId, &'a Anchor)>) -> String {
    let mut seen: Vec<(&DocId, &Anchor)> = Vec::new();
    for place in places {
        if !seen.contains(&place) {
            seen.push(place);
        }
    }
    join(seen.into_iter().map(|(doc, anchor)| passage(doc, anchor)))
}

/// The passages that `quotes` cite.
fn quoted<'a>(quotes: impl IntoIterator<Item = &'a Quote>) -> String {
    passages(quotes.into_iter().map(|q| (&q.doc, &q.anchor)))
}

/// `indicators.csv`:
/// `code,category,subcategory,question,score,max_score,passages`;
/// `passages` is the indicator's heading in the report (the question and
/// score), then the paragraphs that explain the score.
pub fn indicators(corpus: &Corpus) -> String {
    let doc = &corpus.fiw.doc;
    let rows = corpus.fiw.indicators().map(|(c, s, i)| {
        vec![
            i.code.to_string(),
            c.name.clone(),
            s.name.clone(),
            corpus.question(i).unwrap_or_default().to_owned(),
            i.score.to_string(),
            i.max.to_string(),
            passages(
                std::iter::once(&i.question.anchor)
                    .chain(&i.narrative)
                    .map(|a| (doc, a)),
            ),
        ]
    });
    table(
        &[
            "code",
            "category",
            "subcategory",
            "question",
            "score",
            "max_score",
            "passages",
        ],
        rows,
    )
}

/// `nit_ratings.csv`: `edition,category,rating,source,computed`, one row per
/// edition, measure and source document; the democracy score has category
/// `Democracy Score`.
pub fn nit_ratings(corpus: &Corpus) -> String {
    let rows = corpus.nit.ratings.iter().map(|r| {
        vec![
            r.edition.to_string(),
            r.measure.name().to_owned(),
            r.rating.to_string(),
            r.doc.to_string(),
            r.computed.to_string(),
        ]
    });
    table(
        &["edition", "category", "rating", "source", "computed"],
        rows,
    )
}

/// `timeline.csv`:
/// `id,date,date_precision,title,themes,direction,type,sources,passages`;
/// `sources` lists the documents the event's quotes cite, in first-cited
/// order, and `passages` the paragraphs and notes they cite, in the same
/// way (evidence, then the stated aim, then the observed effect).
pub fn timeline(corpus: &Corpus) -> String {
    let rows = corpus.events.iter().map(|e| {
        let mut sources: Vec<&DocId> = Vec::new();
        for q in e.quotes() {
            if !sources.contains(&&q.doc) {
                sources.push(&q.doc);
            }
        }
        vec![
            e.id.to_string(),
            e.date.to_string(),
            e.date.precision().as_str().to_owned(),
            e.title.clone(),
            join(e.themes.iter().map(|t| t.id())),
            e.direction.id().to_owned(),
            e.kind.id().to_owned(),
            join(sources.iter().map(|d| d.as_str())),
            quoted(e.quotes()),
        ]
    });
    table(
        &[
            "id",
            "date",
            "date_precision",
            "title",
            "themes",
            "direction",
            "type",
            "sources",
            "passages",
        ],
        rows,
    )
}

/// `recommendations.csv`:
/// `id,kind,text,from,to,date,themes,status,status_as_of,indicators,passages`;
/// `text` is the quoted recommendation or pledge with whitespace runs
/// collapsed; `passages` lists the paragraphs and notes its quotes cite,
/// its text first, then the evidence for its status.
pub fn recommendations(corpus: &Corpus) -> String {
    let rows = corpus.items.iter().map(|i| {
        vec![
            i.id.to_string(),
            i.kind.id().to_owned(),
            collapse_whitespace(corpus.quote_text(&i.text).unwrap_or_default()),
            i.from.clone(),
            i.to.clone(),
            i.date.to_string(),
            join(i.themes.iter().map(|t| t.id())),
            i.status.to_string(),
            i.status_as_of.to_string(),
            join(i.indicators.iter().map(|c| c.as_str())),
            quoted(i.quotes()),
        ]
    });
    table(
        &[
            "id",
            "kind",
            "text",
            "from",
            "to",
            "date",
            "themes",
            "status",
            "status_as_of",
            "indicators",
            "passages",
        ],
        rows,
    )
}

/// `coverage.csv`, the coverage ledger:
/// `document,anchor,sentence,finds,events,items,reason,related,note,passages`;
/// one row per sentence the finder finds (see
/// [`crate::corpus::coverage`]), in document and reading order. `finds` is
/// `dated`, `asks` or both; `events` and `items` list what quotes the
/// sentence; `reason`, `related` (an event or item id) and `note` are its
/// ledger entry, empty when quotes account for it.
pub fn coverage(corpus: &Corpus) -> String {
    use crate::corpus::coverage::ledger;
    let rows = ledger(corpus).into_iter().map(|row| {
        let s = &row.found.sentence;
        let finds: Vec<&str> = [(row.found.dated, "dated"), (row.found.asks, "asks")]
            .into_iter()
            .filter_map(|(on, word)| on.then_some(word))
            .collect();
        let entry = row.set_aside.filter(|_| !row.quoted());
        vec![
            s.doc.to_string(),
            s.anchor.to_string(),
            collapse_whitespace(corpus.quote_text(s).unwrap_or_default()),
            join(finds),
            join(row.events.iter().map(|e| e.as_str())),
            join(row.items.iter().map(|i| i.as_str())),
            entry.map_or("", |x| x.reason.id()).to_owned(),
            entry
                .and_then(|x| x.of.as_ref())
                .map_or("", |r| r.id())
                .to_owned(),
            entry.and_then(|x| x.note.clone()).unwrap_or_default(),
            passage(&s.doc, &s.anchor),
        ]
    });
    table(
        &[
            "document", "anchor", "sentence", "finds", "events", "items", "reason", "related",
            "note", "passages",
        ],
        rows,
    )
}

#[cfg(test)]
mod tests;
