//! The Nations in Transit table of the data page and the chart, against the
//! committed corpus: every rating is in its row and column, and a row per
//! edition agrees with the chart's series.

use explainer_core::corpus::Corpus;
use explainer_core::timeline::chart::{measures, series};
use explainer_core::timeline::table::{Rows, nit_table};

const JSON: &str = include_str!("../../../../corpus/corpus.json");

fn corpus() -> Corpus {
    serde_json::from_str(JSON).expect("corpus/corpus.json deserialises")
}

#[test]
fn by_document_every_rating_is_in_its_row_and_column() {
    let corpus = corpus();
    let table = nit_table(&corpus.nit, Rows::ByDocument);
    let keys: Vec<(u16, &str)> = table
        .iter()
        .map(|r| (r.edition, r.doc.expect("a row per document names it")))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(keys, sorted, "rows by edition, then document, once each");
    for r in &corpus.nit.ratings {
        let row = table
            .iter()
            .find(|row| row.edition == r.edition && row.doc == Some(r.doc.as_str()))
            .expect("a row for each edition and document");
        let column = measures().iter().position(|m| *m == r.measure).unwrap();
        assert_eq!(row.cells[column], Some(r));
    }
    let filled: usize = table.iter().map(|r| r.cells.iter().flatten().count()).sum();
    assert_eq!(filled, corpus.nit.ratings.len());
}

#[test]
fn by_edition_the_rows_are_the_charts_series() {
    let corpus = corpus();
    let table = nit_table(&corpus.nit, Rows::ByEdition);
    let all = series(&corpus.nit);
    let mut editions: Vec<u16> = corpus.nit.ratings.iter().map(|r| r.edition).collect();
    editions.sort_unstable();
    editions.dedup();
    assert_eq!(
        table.iter().map(|r| r.edition).collect::<Vec<_>>(),
        editions
    );
    for row in &table {
        assert_eq!(row.doc, None);
        for (cell, s) in row.cells.iter().zip(&all) {
            let point = s.points.iter().find(|p| p.edition == row.edition).copied();
            assert_eq!(*cell, point);
        }
    }
}
