//! The timeline's Nations in Transit chart and event page against the
//! committed corpus: every rating is in exactly one series, each change
//! between editions is found with the statement of it where a source gives
//! one, and an event's neighbours and citing items follow the corpus.

use explainer_core::corpus::{Corpus, NitMeasure, Rating};
use explainer_core::timeline::chart::{
    Scale, around, changes, edition_note, measures, polyline, rating_documents, series,
};
use explainer_core::timeline::{items_citing, neighbours};

const JSON: &str = include_str!("../../../../corpus/corpus.json");

fn corpus() -> Corpus {
    serde_json::from_str(JSON).expect("corpus/corpus.json deserialises")
}

#[test]
fn every_rating_is_in_its_series_once_per_edition() {
    let corpus = corpus();
    let all = series(&corpus.nit);
    assert_eq!(all.len(), 8);
    assert_eq!(
        all.iter().map(|s| s.measure).collect::<Vec<_>>(),
        measures()
    );
    for s in &all {
        let editions: Vec<u16> = s.points.iter().map(|p| p.edition).collect();
        let mut sorted = editions.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(
            editions, sorted,
            "{:?}: one point per edition, in order",
            s.measure
        );
        for r in corpus.nit.ratings.iter().filter(|r| r.measure == s.measure) {
            assert!(s.points.iter().any(|p| p.edition == r.edition));
        }
    }
}

#[test]
fn changes_carry_the_stated_reason_where_there_is_one() {
    let corpus = corpus();
    let found = changes(&corpus.nit);
    assert!(!found.is_empty());
    for c in &found {
        assert_ne!(c.from, c.to);
        if let Some(stated) = c.stated {
            assert_eq!(
                (stated.edition, stated.measure, stated.to),
                (c.edition, c.measure, c.to)
            );
        }
    }
    // Every stated change that is a change is attached to one found change.
    for stated in corpus
        .nit
        .changes
        .iter()
        .filter(|s| s.from.is_some_and(|f| f != s.to))
    {
        let attached = found.iter().filter(|c| c.stated == Some(stated)).count();
        assert_eq!(attached, 1, "{stated:?}");
    }
    // The 2018 edition's civil society rating: 6.50 to 6.75, with its reason.
    let civil = found
        .iter()
        .find(|c| c.edition == 2018 && c.measure == NitMeasure::CivilSociety)
        .expect("a 2018 civil society change");
    assert_eq!((civil.from, civil.to), (Rating(650), Rating(675)));
    assert!(civil.stated.is_some());
}

#[test]
fn the_chart_scale_fits_every_rating() {
    let corpus = corpus();
    let scale = Scale::new(
        (1989, 2021),
        corpus.nit.ratings.iter().map(|r| r.rating),
        600.0,
        200.0,
    );
    for r in &corpus.nit.ratings {
        let (x, y) = (scale.x(r.edition), scale.y(r.rating));
        assert!(
            (0.0..=600.0).contains(&x) && (0.0..=200.0).contains(&y),
            "{r:?}"
        );
    }
    let s = &series(&corpus.nit)[0];
    assert_eq!(
        polyline(&scale, &s.points).split(' ').count(),
        s.points.len()
    );
    let narrow = Scale {
        first: 2015,
        last: 2016,
        ..scale
    };
    assert_eq!(polyline(&narrow, &s.points).split(' ').count(), 2);
}

#[test]
fn an_event_knows_its_neighbours_and_the_items_citing_it() {
    let corpus = corpus();
    let first = neighbours(&corpus, corpus.events[0].id.as_str()).unwrap();
    assert!(first.prev.is_none());
    assert_eq!(first.next.map(|e| &e.id), Some(&corpus.events[1].id));
    let last = corpus.events.last().unwrap();
    let n = neighbours(&corpus, last.id.as_str()).unwrap();
    assert!(n.next.is_none());
    assert!(neighbours(&corpus, "no-such-event").is_none());
    let cited = corpus
        .items
        .iter()
        .flat_map(|i| i.events.iter())
        .next()
        .expect("some item cites an event");
    let items = items_citing(&corpus, cited.as_str());
    assert!(!items.is_empty());
    assert!(items.iter().all(|i| i.events.contains(cited)));
    assert!(items_citing(&corpus, "no-such-event").is_empty());
}

fn check_control(start: &str, key: &str, value: &str, on: bool, expected: &str) {
    use explainer_core::route::Route;
    use explainer_core::timeline::Filter;
    let corpus = corpus();
    let (filter, _) = Filter::from_route(&Route::parse(start).unwrap(), &corpus);
    let next = filter.with_control(key, value, on, &corpus);
    assert_eq!(next.to_hash(), expected, "{start} {key}={value} {on}");
}

#[test]
fn a_control_changes_one_constraint() {
    let t = "#/timeline";
    check_control(t, "theme", "media", true, "#/timeline?theme=media");
    check_control(
        "#/timeline?theme=media",
        "theme",
        "elections",
        true,
        "#/timeline?theme=elections,media",
    );
    check_control("#/timeline?theme=media", "theme", "media", false, t);
    check_control(
        t,
        "direction",
        "narrows",
        true,
        "#/timeline?direction=narrows",
    );
    check_control(t, "type", "case", true, "#/timeline?type=case");
    check_control(t, "source", "hrw2017", true, "#/timeline?source=hrw2017");
    check_control("#/timeline?source=hrw2017", "source", "hrw2017", false, t);
    check_control(t, "from", "2015", true, "#/timeline?from=2015");
    check_control("#/timeline?from=2015", "from", "", true, t);
    check_control("#/timeline?to=2015", "to", "any", true, t);
    check_control(t, "q", "free speech", true, "#/timeline?q=free%20speech");
    // Unknown keys and values change nothing.
    check_control(
        "#/timeline?theme=media",
        "theme",
        "nope",
        true,
        "#/timeline?theme=media",
    );
    check_control(
        "#/timeline?theme=media",
        "source",
        "nope",
        true,
        "#/timeline?theme=media",
    );
    check_control(
        "#/timeline?theme=media",
        "zzz",
        "1",
        true,
        "#/timeline?theme=media",
    );
}

#[test]
fn around_an_events_year_are_the_edition_before_it_and_the_one_reporting_on_it() {
    let corpus = corpus();
    for s in series(&corpus.nit) {
        for p in &s.points {
            let [before, after] = around(&corpus.nit, s.measure, p.edition);
            assert_eq!(before.map(|r| r.rating), Some(p.rating));
            let next = s.points.iter().find(|q| q.edition == p.edition + 1);
            assert_eq!(after.map(|r| r.rating), next.map(|q| q.rating));
        }
    }
    // Each change a source states for edition E is seen from an event of
    // E - 1, the year that edition reports on.
    let stated: Vec<_> = changes(&corpus.nit)
        .into_iter()
        .filter(|c| c.stated.is_some())
        .collect();
    assert!(!stated.is_empty());
    for c in stated {
        let [before, after] = around(&corpus.nit, c.measure, c.edition - 1);
        assert_eq!(
            (before.map(|r| r.rating), after.map(|r| r.rating)),
            (Some(c.from), Some(c.to)),
            "{:?} {}",
            c.measure,
            c.edition
        );
    }
    let first = corpus.nit.ratings.iter().map(|r| r.edition).min().unwrap();
    assert_eq!(
        around(&corpus.nit, NitMeasure::DemocracyScore, first - 1)[0],
        None
    );
}

#[test]
fn the_edition_note_rests_on_each_documents_stated_period() {
    let corpus = corpus();
    let docs = rating_documents(&corpus);
    assert!(docs.len() >= 2);
    let note = edition_note(&corpus).unwrap();
    for (edition, doc) in &docs {
        // The note's rule holds for every document it names: the newest
        // edition a document rates is its own, and it covers the year before.
        assert!(
            doc.edition.ends_with(&edition.to_string()),
            "{}",
            doc.edition
        );
        assert!(
            doc.covers.ends_with(&(edition - 1).to_string()),
            "{}",
            doc.covers
        );
        assert!(
            note.contains(&doc.edition) && note.contains(&doc.covers),
            "{note}"
        );
    }
    assert!(note.starts_with("An edition reports on the year before it: "));
}
