//! The widgets' credit lines against the committed corpus: each names the
//! documents its figures come from, and only those.

use explainer_core::corpus::Corpus;
use explainer_core::embed::{Widget, sources};

const JSON: &str = include_str!("../../../../corpus/corpus.json");

#[test]
fn each_widget_credits_the_documents_it_draws_on() {
    let corpus: Corpus = serde_json::from_str(JSON).expect("corpus/corpus.json deserialises");
    let ids = |w: &Widget| -> Vec<String> {
        sources(w, &corpus)
            .iter()
            .map(|d| d.id.as_str().to_owned())
            .collect()
    };
    let fiw = vec![corpus.fiw.doc.as_str().to_owned()];
    assert_eq!(ids(&Widget::Rating), fiw);
    assert_eq!(ids(&Widget::Indicator("D1".into())), fiw);
    assert_eq!(ids(&Widget::WhatIf), fiw);

    let chart = ids(&Widget::RatingsChart);
    assert!(!chart.is_empty());
    assert!(!chart.contains(&fiw[0]));
    for r in &corpus.nit.ratings {
        assert!(
            chart.iter().any(|c| c == r.doc.as_str()),
            "{}",
            r.doc.as_str()
        );
    }

    let all: Vec<String> = corpus
        .documents
        .iter()
        .map(|d| d.id.as_str().to_owned())
        .collect();
    assert_eq!(ids(&Widget::Timeline), all);
    assert_eq!(ids(&Widget::Recommendations), all);
}

/// Each widget's slice of the corpus reads back as a corpus, keeps the
/// words its widgets show exactly as the whole corpus has them, and is a
/// fraction of the whole.
#[test]
fn each_widget_slice_keeps_what_its_widget_shows() {
    use explainer_core::embed::DataSet;
    use explainer_core::embed::data::slice;

    let corpus: Corpus = serde_json::from_str(JSON).expect("corpus/corpus.json deserialises");
    for set in DataSet::ALL {
        let json = serde_json::to_string(&slice(&corpus, set)).unwrap();
        assert!(
            json.len() * 10 < JSON.len() * 8,
            "{}: {} of {} bytes",
            set.id(),
            json.len(),
            JSON.len()
        );
        let part: Corpus = serde_json::from_str(&json).expect("a slice reads back");
        assert_eq!(part.fiw, corpus.fiw, "{}", set.id());
        assert_eq!(part.nit, corpus.nit, "{}", set.id());
        assert_eq!(part.statuses, corpus.statuses, "{}", set.id());
        assert!(
            part.errata.is_empty() && part.contradictions.is_empty() && part.coverage.is_empty()
        );
        assert_eq!(part.documents.len(), corpus.documents.len());
        for (a, b) in part.documents.iter().zip(&corpus.documents) {
            assert_eq!((&a.id, &a.title), (&b.id, &b.title));
            assert_eq!(a.paragraphs().count(), b.paragraphs().count());
        }
        match set {
            DataSet::Scores => {
                for (_, _, i) in corpus.fiw.indicators() {
                    assert_eq!(part.question(i), corpus.question(i));
                    let doc = corpus.fiw.doc.as_str();
                    for a in &i.narrative {
                        assert_eq!(part.text_at(doc, a), corpus.text_at(doc, a));
                    }
                }
                assert!(part.events.is_empty() && part.items.is_empty());
            }
            DataSet::Ratings => {
                for c in &corpus.nit.changes {
                    let (doc, a) = (c.doc.as_str(), &c.anchor);
                    assert_eq!(part.text_at(doc, a), corpus.text_at(doc, a));
                }
                assert!(part.events.is_empty() && part.items.is_empty());
            }
            DataSet::Events => {
                assert_eq!(part.events, corpus.events);
                assert!(part.items.is_empty());
                for q in corpus.events.iter().flat_map(|e| e.quotes()) {
                    assert_eq!(part.quote_text(q), corpus.quote_text(q));
                }
            }
            DataSet::Items => {
                assert_eq!(part.items, corpus.items);
                assert!(part.events.is_empty());
                for q in corpus.items.iter().flat_map(|i| i.quotes()) {
                    assert_eq!(part.quote_text(q), corpus.quote_text(q));
                }
            }
        }
    }
}
