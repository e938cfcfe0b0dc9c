//! The widgets' credit lines against the committed corpus: each names the
//! documents its figures come from, and only those.

use explainer_core::corpus::Corpus;
use explainer_core::embed::{Widget, sources};

const JSON: &str = include_str!("../../../corpus/corpus.json");

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
