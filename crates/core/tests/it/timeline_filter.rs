//! The timeline's filters against the committed corpus: each filter returns
//! exactly the events it describes, in date order; filters combine by
//! intersection; the counts beside each control agree with applying the
//! filter; years bound and group the list.

use explainer_core::corpus::{Corpus, Direction, DocId, Event, EventType, Theme};
use explainer_core::route::Route;
use explainer_core::timeline::{
    Facet, Filter, SearchIndex, apply, facets, group_by_year, hits, year_range, years,
};

const JSON: &str = include_str!("../../../../corpus/corpus.json");

fn corpus() -> Corpus {
    serde_json::from_str(JSON).expect("corpus/corpus.json deserialises")
}

fn filter(corpus: &Corpus, hash: &str) -> Filter {
    let route = Route::parse(hash).expect("an app address");
    let (filter, notices) = Filter::from_route(&route, corpus);
    assert!(notices.is_empty(), "{hash}: {notices:?}");
    filter
}

fn ids<'a>(events: impl IntoIterator<Item = &'a Event>) -> Vec<&'a str> {
    events.into_iter().map(|e| e.id.as_str()).collect()
}

/// `hash` shows exactly the events for which `expected` holds, in the
/// corpus's order, and there is at least one.
fn check(corpus: &Corpus, index: &SearchIndex, hash: &str, expected: impl Fn(&Event) -> bool) {
    let got = ids(apply(corpus, index, &filter(corpus, hash)));
    let want = ids(corpus.events.iter().filter(|e| expected(e)));
    assert_eq!(got, want, "{hash}");
    assert!(!got.is_empty(), "{hash} shows nothing");
}

fn cites(e: &Event, doc: &str) -> bool {
    e.quotes().any(|q| q.doc == doc)
}

#[test]
fn the_empty_filter_shows_everything_in_order() {
    let c = corpus();
    let index = SearchIndex::new(&c);
    assert_eq!(index.len(), c.events.len());
    let all = apply(&c, &index, &Filter::default());
    assert_eq!(ids(all), ids(&c.events));
    assert!(c.events.len() > 150);
}

#[test]
fn each_filter_shows_exactly_its_events() {
    let c = corpus();
    let ix = SearchIndex::new(&c);
    check(&c, &ix, "#/timeline?theme=media", |e| {
        e.themes.contains(&Theme::Media)
    });
    for &t in Theme::ALL.iter() {
        let hash = format!("#/timeline?theme={}", t.id());
        check(&c, &ix, &hash, |e| e.themes.contains(&t));
    }
    for &d in <Direction as Facet>::ALL {
        let hash = format!("#/timeline?direction={}", d.id());
        check(&c, &ix, &hash, |e| e.direction == d);
    }
    for &k in <EventType as Facet>::ALL {
        let hash = format!("#/timeline?type={}", k.id());
        check(&c, &ix, &hash, |e| e.kind == k);
    }
    for doc in &c.documents {
        let hash = format!("#/timeline?source={}", doc.id);
        check(&c, &ix, &hash, |e| cites(e, doc.id.as_str()));
    }
}

#[test]
fn values_of_one_list_are_alternatives() {
    let c = corpus();
    let ix = SearchIndex::new(&c);
    check(&c, &ix, "#/timeline?theme=media,religion", |e| {
        e.themes.contains(&Theme::Media) || e.themes.contains(&Theme::Religion)
    });
    check(&c, &ix, "#/timeline?direction=widens,mixed", |e| {
        matches!(e.direction, Direction::Widens | Direction::Mixed)
    });
    check(&c, &ix, "#/timeline?source=hrw2017,fpc2021", |e| {
        cites(e, "hrw2017") || cites(e, "fpc2021")
    });
}

#[test]
fn year_bounds_are_inclusive() {
    let c = corpus();
    let ix = SearchIndex::new(&c);
    check(&c, &ix, "#/timeline?from=2016&to=2017", |e| {
        (2016..=2017).contains(&e.date.year)
    });
    let shown = apply(&c, &ix, &filter(&c, "#/timeline?from=2016&to=2017"));
    assert!(shown.iter().any(|e| e.date.year == 2016));
    assert!(shown.iter().any(|e| e.date.year == 2017));
    check(&c, &ix, "#/timeline?from=2018", |e| e.date.year >= 2018);
    check(&c, &ix, "#/timeline?to=1995", |e| e.date.year <= 1995);
    check(&c, &ix, "#/timeline?from=1989&to=1989", |e| {
        e.date.year == 1989
    });
    let (first, last) = year_range(&c).expect("events");
    check(
        &c,
        &ix,
        &format!("#/timeline?from={first}&to={last}"),
        |_| true,
    );
    let none = filter(&c, "#/timeline?from=2030");
    assert!(apply(&c, &ix, &none).is_empty());
}

#[test]
fn combined_filters_are_an_intersection() {
    let c = corpus();
    let ix = SearchIndex::new(&c);
    let parts = [
        "theme=media,justice",
        "direction=narrows",
        "type=case,law",
        "source=hrw2017",
        "from=2016",
        "to=2017",
        "q=court",
    ];
    for mask in 1u32..(1 << parts.len()) {
        let chosen: Vec<&str> = (0..parts.len())
            .filter(|i| mask & (1 << i) != 0)
            .map(|i| parts[i])
            .collect();
        let combined = ids(apply(
            &c,
            &ix,
            &filter(&c, &format!("#/timeline?{}", chosen.join("&"))),
        ));
        let each: Vec<Vec<&str>> = chosen
            .iter()
            .map(|p| ids(apply(&c, &ix, &filter(&c, &format!("#/timeline?{p}")))))
            .collect();
        let want: Vec<&str> = ids(&c.events)
            .into_iter()
            .filter(|id| each.iter().all(|shown| shown.contains(id)))
            .collect();
        assert_eq!(combined, want, "{chosen:?}");
    }
    // And the full combination is not trivially empty.
    let some = filter(
        &c,
        "#/timeline?theme=media,justice&direction=narrows&from=2016&to=2017",
    );
    assert!(!apply(&c, &ix, &some).is_empty());
}

#[test]
fn hits_are_the_applied_events() {
    let c = corpus();
    let ix = SearchIndex::new(&c);
    for hash in [
        "#/timeline",
        "#/timeline?theme=media&q=law",
        "#/timeline?q=court%20journalist",
        "#/timeline?source=nit2008&from=2005",
    ] {
        let f = filter(&c, hash);
        let hits = hits(&c, &ix, &f);
        let events: Vec<&Event> = hits.iter().map(|h| h.event).collect();
        assert_eq!(ids(events), ids(apply(&c, &ix, &f)), "{hash}");
        for h in &hits {
            assert!(std::ptr::eq(h.event, &c.events[h.position]));
        }
    }
}

/// The counts beside each control are what applying the filter with that
/// control changed would show.
fn check_facets(c: &Corpus, ix: &SearchIndex, f: &Filter) {
    let count = |g: &Filter| apply(c, ix, g).len();
    let got = facets(c, ix, f);
    assert_eq!(got.total, count(f), "{f:?}");
    for &(t, n) in &got.themes {
        let g = Filter {
            themes: [t].into_iter().collect(),
            ..f.clone()
        };
        assert_eq!(n, count(&g), "theme {t:?} of {f:?}");
    }
    for &(d, n) in &got.directions {
        let g = Filter {
            directions: [d].into_iter().collect(),
            ..f.clone()
        };
        assert_eq!(n, count(&g), "direction {d:?} of {f:?}");
    }
    for &(k, n) in &got.types {
        let g = Filter {
            types: [k].into_iter().collect(),
            ..f.clone()
        };
        assert_eq!(n, count(&g), "type {k:?} of {f:?}");
    }
    for (doc, n) in &got.sources {
        let g = Filter {
            sources: [doc.clone()].into_iter().collect(),
            ..f.clone()
        };
        assert_eq!(*n, count(&g), "source {doc} of {f:?}");
    }
    for &(y, n) in &got.years {
        let g = Filter {
            from: Some(y),
            to: Some(y),
            ..f.clone()
        };
        assert_eq!(n, count(&g), "year {y} of {f:?}");
    }
    assert_eq!(got.themes.len(), Theme::ALL.len());
    assert_eq!(got.sources.len(), c.documents.len());
    assert_eq!(got.years.iter().map(|p| p.0).collect::<Vec<_>>(), years(c));
}

#[test]
fn facet_counts_agree_with_applying_the_filter() {
    let c = corpus();
    let ix = SearchIndex::new(&c);
    for hash in [
        "#/timeline",
        "#/timeline?theme=media",
        "#/timeline?theme=media,religion&direction=narrows",
        "#/timeline?type=case&source=hrw2017&from=2016&to=2017",
        "#/timeline?q=journalist",
        "#/timeline?q=law&theme=labour&direction=narrows,mixed&to=2017",
        "#/timeline?from=2030",
    ] {
        check_facets(&c, &ix, &filter(&c, hash));
    }
}

#[test]
fn unfiltered_counts_are_the_corpus_tallies() {
    let c = corpus();
    let ix = SearchIndex::new(&c);
    let got = facets(&c, &ix, &Filter::default());
    assert_eq!(got.total, c.events.len());
    for (t, n) in got.themes {
        let want = c.events.iter().filter(|e| e.themes.contains(&t)).count();
        assert_eq!(n, want, "{t:?}");
    }
    let media = facets(&c, &ix, &filter(&c, "#/timeline?theme=media"));
    // Ticking media does not change the theme counts, only the others.
    assert_eq!(
        media.themes,
        facets(&c, &ix, &Filter::default()).themes,
        "theme counts ignore the theme control"
    );
    let narrows = media
        .directions
        .iter()
        .find(|(d, _)| *d == Direction::Narrows)
        .map(|p| p.1);
    let want = c
        .events
        .iter()
        .filter(|e| e.themes.contains(&Theme::Media) && e.direction == Direction::Narrows)
        .count();
    assert_eq!(narrows, Some(want));
    let sources: Vec<&DocId> = got.sources.iter().map(|p| &p.0).collect();
    assert_eq!(
        sources,
        c.documents.iter().map(|d| &d.id).collect::<Vec<_>>()
    );
}

#[test]
fn years_bound_and_group_the_list() {
    let c = corpus();
    let ix = SearchIndex::new(&c);
    let all: Vec<u16> = c.events.iter().map(|e| e.date.year).collect();
    let (first, last) = year_range(&c).expect("events");
    assert_eq!(first, *all.iter().min().unwrap());
    assert_eq!(last, *all.iter().max().unwrap());
    assert_eq!((first, last), (1989, 2021));
    let ys = years(&c);
    assert!(ys.windows(2).all(|w| w[0] < w[1]));
    assert!(all.iter().all(|y| ys.contains(y)));

    for hash in ["#/timeline", "#/timeline?theme=media", "#/timeline?q=zzzz"] {
        let shown = apply(&c, &ix, &filter(&c, hash));
        let groups = group_by_year(shown.iter().copied(), |e| e.date.year);
        assert!(groups.windows(2).all(|w| w[0].year < w[1].year), "{hash}");
        for g in &groups {
            assert!(!g.events.is_empty());
            assert!(g.events.iter().all(|e| e.date.year == g.year));
        }
        let flat: Vec<&Event> = groups.iter().flat_map(|g| g.events.clone()).collect();
        assert_eq!(ids(flat), ids(shown), "{hash}");
    }

    let empty = Corpus {
        events: Vec::new(),
        ..c.clone()
    };
    assert_eq!(year_range(&empty), None);
    assert!(years(&empty).is_empty());
    assert!(group_by_year(Vec::<&Event>::new(), |e| e.date.year).is_empty());
}

#[test]
fn grouping_puts_out_of_order_events_in_their_year() {
    let c = corpus();
    let (a, b) = (&c.events[c.events.len() - 1], &c.events[0]);
    let groups = group_by_year([a, b, a], |e| e.date.year);
    let got: Vec<(u16, usize)> = groups.iter().map(|g| (g.year, g.events.len())).collect();
    assert_eq!(got, [(b.date.year, 1), (a.date.year, 2)]);
}
