//! A filter in words, for the printed timeline: paper has no controls to
//! show what was chosen, so the page says it.

use super::filter::Filter;
use super::labels::{direction_label, theme_label, type_label};
use super::search::Query;
use crate::corpus::Corpus;

/// One line per constraint of `filter`, in the order of the controls
/// ("Themes: media, justice", "Years: 2015 onward"); empty for no
/// constraint. Documents are named by their titles in `corpus`.
pub fn describe(filter: &Filter, corpus: &Corpus) -> Vec<String> {
    let mut lines = Vec::new();
    let mut list = |name: &str, values: Vec<String>| {
        if !values.is_empty() {
            lines.push(format!("{name}: {}", values.join(", ")));
        }
    };
    list(
        "Themes",
        filter
            .themes
            .iter()
            .map(|t| theme_label(t).to_owned())
            .collect(),
    );
    list(
        "Direction",
        filter
            .directions
            .iter()
            .map(|d| direction_label(d).to_owned())
            .collect(),
    );
    list(
        "Types",
        filter
            .types
            .iter()
            .map(|t| type_label(t).to_owned())
            .collect(),
    );
    list(
        "Sources",
        corpus
            .documents
            .iter()
            .filter(|d| filter.sources.contains(&d.id))
            .map(|d| d.title.clone())
            .collect(),
    );
    match (filter.from, filter.to) {
        (Some(from), Some(to)) if from == to => lines.push(format!("Years: {from}")),
        (Some(from), Some(to)) => lines.push(format!("Years: {from}–{to}")),
        (Some(from), None) => lines.push(format!("Years: {from} onward")),
        (None, Some(to)) => lines.push(format!("Years: up to {to}")),
        (None, None) => {}
    }
    if !Query::new(&filter.query).is_empty() {
        lines.push(format!("Search: “{}”", filter.query.trim()));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Direction, Theme};

    fn corpus() -> Corpus {
        serde_json::from_str(include_str!("../../../../corpus/corpus.json")).unwrap()
    }

    #[test]
    fn no_filter_says_nothing() {
        assert!(describe(&Filter::default(), &corpus()).is_empty());
        let spaces = Filter {
            query: "  ".into(),
            ..Filter::default()
        };
        assert!(describe(&spaces, &corpus()).is_empty());
    }

    #[test]
    fn every_constraint_is_named_in_the_controls_order() {
        let corpus = corpus();
        let doc = &corpus.documents[1];
        let mut filter = Filter {
            from: Some(2015),
            query: " courts ".into(),
            ..Filter::default()
        };
        filter.themes.insert(Theme::Justice);
        filter.themes.insert(Theme::Media);
        filter.directions.insert(Direction::Narrows);
        filter.sources.insert(doc.id.clone());
        assert_eq!(
            describe(&filter, &corpus),
            vec![
                "Themes: media, justice".to_owned(),
                "Direction: narrows rights".to_owned(),
                format!("Sources: {}", doc.title),
                "Years: 2015 onward".to_owned(),
                "Search: “courts”".to_owned(),
            ]
        );
    }

    #[test]
    fn year_ranges_read_naturally() {
        let years = |from, to| {
            describe(
                &Filter {
                    from,
                    to,
                    ..Filter::default()
                },
                &corpus(),
            )
        };
        assert_eq!(years(Some(2010), Some(2015)), ["Years: 2010–2015"]);
        assert_eq!(years(Some(2010), Some(2010)), ["Years: 2010"]);
        assert_eq!(years(None, Some(2010)), ["Years: up to 2010"]);
    }
}
