//! The data downloads read back as a spreadsheet would read them: each CSV
//! file starts with one byte-order mark and its header, and every passage a
//! row lists is one its record cites and one the sources have.

use explainer_core::corpus::{Anchor, Corpus, Quote};
use explainer_core::csv;
use explainer_core::site::DATA_FILES;

const JSON: &str = include_str!("../../../../corpus/corpus.json");

fn corpus() -> Corpus {
    serde_json::from_str(JSON).expect("corpus/corpus.json deserialises")
}

/// Reads RFC 4180 text, after its byte-order mark, into rows of fields.
fn parse(file: &str) -> Vec<Vec<String>> {
    let text = file
        .strip_prefix('\u{feff}')
        .expect("the file starts with a byte-order mark");
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => {
                assert!(field.is_empty(), "a quote inside an unquoted field");
                quoted = true;
            }
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(
        !quoted && field.is_empty() && row.is_empty(),
        "the last record ends in CRLF"
    );
    rows
}

/// A file's rows as (column name → value) lookups, checking every row has
/// the header's width.
struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn read(file: &str) -> Self {
        let mut rows = parse(file);
        let header = rows.remove(0);
        for r in &rows {
            assert_eq!(r.len(), header.len(), "{r:?}");
        }
        Self { header, rows }
    }

    fn column(&self, name: &str) -> usize {
        self.header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name} in {:?}", self.header))
    }

    /// The value of `column` in the row whose first field is `id`.
    fn value(&self, id: &str, column: &str) -> &str {
        let c = self.column(column);
        let row = self
            .rows
            .iter()
            .find(|r| r[0] == id)
            .unwrap_or_else(|| panic!("no row {id}"));
        &row[c]
    }
}

/// `doc:anchor` of each place, each once, in the order given.
fn expected<'a>(places: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut out: Vec<String> = Vec::new();
    for (doc, anchor) in places {
        let p = format!("{doc}:{anchor}");
        if !out.contains(&p) {
            out.push(p);
        }
    }
    out.join(";")
}

fn places<'a>(quotes: impl IntoIterator<Item = &'a Quote>) -> Vec<(&'a str, &'a str)> {
    quotes
        .into_iter()
        .map(|q| (q.doc.as_str(), q.anchor.as_str()))
        .collect()
}

#[test]
fn every_csv_file_offered_starts_with_one_byte_order_mark_then_its_header() {
    let headers = [
        (
            "indicators.csv",
            "code,category,subcategory,question,score,max_score,passages",
        ),
        ("nit_ratings.csv", "edition,category,rating,source,computed"),
        (
            "timeline.csv",
            "id,date,date_precision,title,themes,direction,type,sources,passages",
        ),
        (
            "recommendations.csv",
            "id,kind,text,from,to,date,themes,status,status_as_of,indicators,passages",
        ),
        (
            "coverage.csv",
            "document,anchor,sentence,finds,events,items,reason,related,note,passages",
        ),
    ];
    let c = corpus();
    let mut csv_files = 0;
    for f in DATA_FILES {
        let text = f.contents(&c, JSON);
        if let Some((_, header)) = headers.iter().find(|(name, _)| *name == f.name) {
            csv_files += 1;
            // U+FEFF is EF BB BF in UTF-8: once, at the very start.
            assert_eq!(text.as_bytes()[..3], [0xEF, 0xBB, 0xBF], "{}", f.name);
            assert_eq!(text.matches('\u{feff}').count(), 1, "{}", f.name);
            assert!(
                text.starts_with(&format!("\u{feff}{header}\r\n")),
                "{}",
                f.name
            );
            assert_eq!(parse(&text)[0].join(","), *header);
        } else {
            assert_eq!(f.name, "corpus.json");
            assert_eq!(text, JSON, "the corpus, byte for byte, with no mark");
        }
    }
    assert_eq!(csv_files, headers.len());
}

#[test]
fn the_passages_column_comes_last() {
    let c = corpus();
    for file in [
        csv::indicators(&c),
        csv::timeline(&c),
        csv::recommendations(&c),
    ] {
        let t = Table::read(&file);
        assert_eq!(t.column("passages"), t.header.len() - 1, "{:?}", t.header);
    }
}

#[test]
fn a_known_event_lists_the_passages_its_quotes_cite() {
    let c = corpus();
    let t = Table::read(&csv::timeline(&c));
    let id = "2017-03-constitutional-amendments";
    let e = c.event(id).expect("the event is in the corpus");
    let from_corpus = expected(places(
        e.evidence
            .iter()
            .chain(&e.stated_aim)
            .chain(&e.observed_effect),
    ));
    assert_eq!(t.value(id, "passages"), from_corpus);
    // Read from corpus.json: evidence in note 4 and paragraphs 41, 29 (three
    // quotes), 97 (two quotes), 59 and 105 of nit2018, 35 of fiw2019 and 43
    // of nit2018; the stated aim in paragraph 41 again; the observed effect
    // in paragraph 30 of nit2018.
    assert_eq!(
        t.value(id, "passages"),
        "nit2018:n4;nit2018:p41;nit2018:p29;nit2018:p97;nit2018:p59;nit2018:p105;fiw2019:p35;nit2018:p43;nit2018:p30"
    );
    // `sources` names the same documents in the same order.
    let docs: Vec<&str> = t
        .value(id, "passages")
        .split(';')
        .map(|p| p.split_once(':').unwrap().0)
        .fold(Vec::new(), |mut v, d| {
            if !v.contains(&d) {
                v.push(d);
            }
            v
        });
    assert_eq!(t.value(id, "sources"), docs.join(";"));
}

#[test]
fn a_known_item_lists_its_text_then_its_evidence() {
    let c = corpus();
    let t = Table::read(&csv::recommendations(&c));
    // An item whose text is not its first piece of evidence, so the order
    // shows.
    let id = "decree-2021-01";
    let i = c.item(id).expect("the item is in the corpus");
    assert_ne!(
        (&i.text.doc, &i.text.anchor),
        (&i.evidence[0].doc, &i.evidence[0].anchor)
    );
    let from_corpus = expected(places(std::iter::once(&i.text).chain(&i.evidence)));
    assert_eq!(t.value(id, "passages"), from_corpus);
    let first = format!("{}:{};", i.text.doc, i.text.anchor);
    assert!(from_corpus.starts_with(&first), "{from_corpus}");
    // The text is also evidence: listed once.
    assert_eq!(from_corpus.matches(&first).count(), 1, "{from_corpus}");
}

#[test]
fn every_row_lists_exactly_what_its_record_cites() {
    let c = corpus();
    let t = Table::read(&csv::timeline(&c));
    assert_eq!(t.rows.len(), c.events.len());
    for e in &c.events {
        let quotes = e
            .evidence
            .iter()
            .chain(&e.stated_aim)
            .chain(&e.observed_effect);
        assert_eq!(t.value(e.id.as_str(), "passages"), expected(places(quotes)));
    }
    let t = Table::read(&csv::recommendations(&c));
    assert_eq!(t.rows.len(), c.items.len());
    for i in &c.items {
        let quotes = std::iter::once(&i.text).chain(&i.evidence);
        assert_eq!(t.value(i.id.as_str(), "passages"), expected(places(quotes)));
    }
    let t = Table::read(&csv::indicators(&c));
    let doc = c.fiw.doc.as_str();
    for (_, _, i) in c.fiw.indicators() {
        let anchors = std::iter::once(&i.question.anchor).chain(&i.narrative);
        assert_eq!(
            t.value(i.code.as_str(), "passages"),
            expected(anchors.map(|a| (doc, a.as_str())))
        );
    }
}

#[test]
fn every_listed_passage_is_a_paragraph_or_note_of_its_document() {
    let c = corpus();
    let mut listed = 0;
    let mut notes = 0;
    for file in [
        csv::indicators(&c),
        csv::timeline(&c),
        csv::recommendations(&c),
    ] {
        let t = Table::read(&file);
        let col = t.column("passages");
        for row in &t.rows {
            assert!(!row[col].is_empty(), "{row:?} lists no passage");
            for p in row[col].split(';') {
                let (doc, anchor) = p.split_once(':').unwrap_or_else(|| panic!("{p}"));
                let anchor = Anchor::from(anchor);
                assert!(
                    c.document(doc).is_some() && c.text_at(doc, &anchor).is_some(),
                    "{p} in {row:?} is not in the sources"
                );
                listed += 1;
                notes += usize::from(anchor.as_str().starts_with('n'));
            }
        }
    }
    assert!(listed > 300, "{listed}");
    assert!(notes > 0, "some passages are notes");
}
