//! The timeline's filter in the address: reading, canonical writing, the
//! notices for what is ignored, the round trip, and a seeded property test
//! that no input makes reading panic.

use explainer_core::corpus::{Corpus, Direction, EventType, Theme};
use explainer_core::route::Route;
use explainer_core::timeline::{Facet, Filter, MAX_QUERY_CHARS, Notice};

use crate::support;
use support::Rng;

const JSON: &str = include_str!("../../../../corpus/corpus.json");

fn corpus() -> Corpus {
    serde_json::from_str(JSON).expect("corpus/corpus.json deserialises")
}

fn read(corpus: &Corpus, hash: &str) -> (Filter, Vec<Notice>) {
    let route = Route::parse(hash).expect("an app address");
    Filter::from_route(&route, corpus)
}

/// Reading `hash` gives a filter whose canonical address is `canonical`,
/// with these notices.
fn check(corpus: &Corpus, hash: &str, canonical: &str, notices: &[&str]) {
    let (filter, got) = read(corpus, hash);
    assert_eq!(filter.to_hash(), canonical, "reading {hash}");
    let got: Vec<String> = got.iter().map(ToString::to_string).collect();
    assert_eq!(got, notices, "notices for {hash}");
}

#[test]
fn valid_addresses_read_and_are_written_canonically() {
    let c = &corpus();
    check(c, "#/timeline", "#/timeline", &[]);
    check(c, "#/timeline?", "#/timeline", &[]);
    check(
        c,
        "#/timeline?theme=media&from=2015",
        "#/timeline?theme=media&from=2015",
        &[],
    );
    check(
        c,
        "#/timeline?theme=religion,media",
        "#/timeline?theme=media,religion",
        &[],
    );
    check(
        c,
        "#/timeline?theme=religion%2Cmedia",
        "#/timeline?theme=media,religion",
        &[],
    );
    check(
        c,
        "#/timeline?q=x&to=2018&source=nit2018&type=case&direction=mixed&theme=labour",
        "#/timeline?theme=labour&direction=mixed&type=case&source=nit2018&to=2018&q=x",
        &[],
    );
    check(
        c,
        "#/timeline?direction=narrows,widens&type=protest,law",
        "#/timeline?direction=widens,narrows&type=law,protest",
        &[],
    );
    check(
        c,
        "#/timeline?source=nit2018,fiw2019,hrw2017",
        "#/timeline?source=fiw2019,hrw2017,nit2018",
        &[],
    );
    check(
        c,
        "#/timeline?q=free+speech",
        "#/timeline?q=free%20speech",
        &[],
    );
    check(
        c,
        "#/timeline?q=%E2%80%9Cextremist%E2%80%9D%2C%20a%26b",
        "#/timeline?q=%E2%80%9Cextremist%E2%80%9D%2C%20a%26b",
        &[],
    );
    check(
        c,
        "#/timeline?from=2010&to=2010",
        "#/timeline?from=2010&to=2010",
        &[],
    );
    check(c, "#/timeline?to=1990", "#/timeline?to=1990", &[]);
}

#[test]
fn values_are_lenient_about_case_spaces_and_empty_pieces() {
    let c = &corpus();
    check(
        c,
        "#/timeline?theme=Media,%20RELIGION%20,,&type=LAW",
        "#/timeline?theme=media,religion&type=law",
        &[],
    );
    check(
        c,
        "#/timeline?source=HRW2017",
        "#/timeline?source=hrw2017",
        &[],
    );
    check(
        c,
        "#/timeline?from=+2015+&to=02017",
        "#/timeline?from=2015&to=2017",
        &[],
    );
}

#[test]
fn empty_values_are_no_constraint() {
    let c = &corpus();
    check(
        c,
        "#/timeline?theme=&direction=&type=&source=&from=&to=&q=",
        "#/timeline",
        &[],
    );
    check(c, "#/timeline?theme=,,", "#/timeline", &[]);
}

#[test]
fn unknown_keys_and_values_are_ignored_with_a_notice() {
    let c = &corpus();
    check(
        c,
        "#/timeline?zzz=1",
        "#/timeline",
        &["zzz=1: not a timeline filter (ignored)"],
    );
    check(
        c,
        "#/timeline?flag&theme=media",
        "#/timeline?theme=media",
        &["flag=: not a timeline filter (ignored)"],
    );
    check(
        c,
        "#/timeline?Theme=media",
        "#/timeline",
        &["Theme=media: not a timeline filter (ignored)"],
    );
    check(
        c,
        "#/timeline?theme=nope",
        "#/timeline",
        &["theme=nope: no such theme (ignored)"],
    );
    check(
        c,
        "#/timeline?theme=media,nope,religion,civil%20society",
        "#/timeline?theme=media,religion",
        &[
            "theme=nope: no such theme (ignored)",
            "theme=civil society: no such theme (ignored)",
        ],
    );
    check(
        c,
        "#/timeline?direction=up&type=riot&source=bbc,hrw2017",
        "#/timeline?source=hrw2017",
        &[
            "direction=up: no such direction (ignored)",
            "type=riot: no such event type (ignored)",
            "source=bbc: no such source document (ignored)",
        ],
    );
}

#[test]
fn malformed_and_huge_years_are_ignored_with_a_notice() {
    let c = &corpus();
    check(
        c,
        "#/timeline?from=abc&to=2018",
        "#/timeline?to=2018",
        &["from=abc: not a year (ignored)"],
    );
    check(
        c,
        "#/timeline?from=2015-03&to=-1",
        "#/timeline",
        &[
            "from=2015-03: not a year (ignored)",
            "to=-1: not a year (ignored)",
        ],
    );
    check(
        c,
        "#/timeline?from=99999999999999999999999999&to=65536",
        "#/timeline",
        &[
            "from=999999999999999999999999…: years run from 0 to 9999 (ignored)",
            "to=65536: years run from 0 to 9999 (ignored)",
        ],
    );
    check(
        c,
        "#/timeline?from=1e3&to=2017.5",
        "#/timeline",
        &[
            "from=1e3: not a year (ignored)",
            "to=2017.5: not a year (ignored)",
        ],
    );
}

#[test]
fn a_reversed_range_is_swapped_with_a_notice() {
    let c = &corpus();
    check(
        c,
        "#/timeline?from=2020&to=2010",
        "#/timeline?from=2010&to=2020",
        &["from=2020 is after to=2010: showing 2010 to 2020 instead"],
    );
    let (filter, _) = read(c, "#/timeline?to=2010&from=2020");
    assert_eq!((filter.from, filter.to), (Some(2010), Some(2020)));
}

#[test]
fn repeated_keys() {
    let c = &corpus();
    // Lists: the union, as a form with checkboxes sends them.
    check(
        c,
        "#/timeline?theme=media&theme=religion&theme=media",
        "#/timeline?theme=media,religion",
        &[],
    );
    check(
        c,
        "#/timeline?source=hrw2017&source=fpc2021",
        "#/timeline?source=fpc2021,hrw2017",
        &[],
    );
    // Single values: the first decides, as `Route::param` reads it.
    check(
        c,
        "#/timeline?from=2010&from=2012&to=2018&to=2019",
        "#/timeline?from=2010&to=2018",
        &[
            "from=2012: from is already given earlier (ignored)",
            "to=2019: to is already given earlier (ignored)",
        ],
    );
    check(
        c,
        "#/timeline?from=abc&from=2012",
        "#/timeline",
        &[
            "from=abc: not a year (ignored)",
            "from=2012: from is already given earlier (ignored)",
        ],
    );
    check(
        c,
        "#/timeline?q=media&q=law",
        "#/timeline?q=media",
        &["q=law: q is already given earlier (ignored)"],
    );
}

#[test]
fn a_long_search_is_cut_with_a_notice() {
    let c = &corpus();
    let long = "é".repeat(MAX_QUERY_CHARS + 50);
    let (filter, notices) = read(c, &format!("#/timeline?q={long}"));
    assert_eq!(filter.query.chars().count(), MAX_QUERY_CHARS);
    assert_eq!(
        notices,
        [Notice::QueryTooLong {
            chars: MAX_QUERY_CHARS + 50
        }]
    );
    let exact = "a".repeat(MAX_QUERY_CHARS);
    let (filter, notices) = read(c, &format!("#/timeline?q={exact}"));
    assert_eq!((filter.query.as_str(), notices.len()), (exact.as_str(), 0));
}

#[test]
fn the_query_is_kept_verbatim() {
    let c = &corpus();
    for q in ["free ", "  two  spaces ", "“quoted”", "a,b", "100%", "+"] {
        let filter = Filter {
            query: q.to_owned(),
            ..Filter::default()
        };
        let (back, notices) = read(c, &filter.to_hash());
        assert_eq!((back.query.as_str(), notices.len()), (q, 0));
    }
}

/// A random valid filter: every part present about half the time.
fn random_filter(rng: &mut Rng, corpus: &Corpus) -> Filter {
    let mut f = Filter::default();
    for &t in Theme::ALL.iter() {
        if rng.chance(4) {
            f.themes.insert(t);
        }
    }
    for &d in <Direction as Facet>::ALL {
        if rng.chance(3) {
            f.directions.insert(d);
        }
    }
    for &t in <EventType as Facet>::ALL {
        if rng.chance(3) {
            f.types.insert(t);
        }
    }
    for d in &corpus.documents {
        if rng.chance(3) {
            f.sources.insert(d.id.clone());
        }
    }
    let a = 1980 + rng.index(50) as u16;
    let b = a + rng.index(20) as u16;
    f.from = rng.chance(2).then_some(a);
    f.to = rng.chance(2).then_some(b);
    if rng.chance(2) {
        const PIECES: [&str; 12] = [
            "media", " ", "law", "“", "”", "’", "&", "=", ",", "%", "é", "Ж",
        ];
        f.query = (0..rng.index(8))
            .map(|_| PIECES[rng.index(PIECES.len())])
            .collect();
    }
    f
}

#[test]
fn valid_filters_round_trip() {
    let c = corpus();
    let mut rng = Rng::new(2019);
    for _ in 0..2000 {
        let f = random_filter(&mut rng, &c);
        for hash in [f.to_hash(), f.to_route().to_hash()] {
            let (back, notices) = read(&c, &hash);
            assert_eq!(back, f, "via {hash}");
            assert!(notices.is_empty(), "{hash}: {notices:?}");
        }
        let (back, notices) = Filter::from_query(&f.to_query(), &c);
        assert_eq!((back, notices), (f, vec![]));
    }
    assert_eq!(Filter::default().to_hash(), "#/timeline");
}

/// A random address made of the pieces that matter (keys, separators,
/// escapes, digits, ids, non-ASCII) and random characters.
fn random_address(rng: &mut Rng) -> String {
    const PIECES: [&str; 32] = [
        "theme",
        "direction",
        "type",
        "source",
        "from",
        "to",
        "q",
        "=",
        "&",
        ",",
        "?",
        "%",
        "%2C",
        "%E2%80",
        "%FF",
        "+",
        "media",
        "narrows",
        "law",
        "hrw2017",
        "2015",
        "0",
        "99999999999",
        "-",
        " ",
        "é",
        "’",
        "\u{0}",
        "#",
        "/",
        "İ",
        "zzz",
    ];
    let mut out = String::from("#/timeline?");
    for _ in 0..rng.index(24) {
        if rng.chance(5) {
            let c = char::from_u32(rng.index(0x11_0000) as u32).unwrap_or('x');
            out.push(c);
        } else {
            out.push_str(PIECES[rng.index(PIECES.len())]);
        }
    }
    out
}

#[test]
fn reading_never_panics_and_what_it_reads_is_canonical() {
    let c = corpus();
    let mut rng = Rng::new(22);
    for _ in 0..20_000 {
        let address = random_address(&mut rng);
        let Some(route) = Route::parse(&address) else {
            continue;
        };
        let (filter, _) = Filter::from_route(&route, &c);
        // What was read is valid: written and read again it is the same,
        // with nothing to report.
        let (again, notices) = read(&c, &filter.to_hash());
        assert_eq!(again, filter, "{address:?}");
        assert!(notices.is_empty(), "{address:?}: {notices:?}");
        if let (Some(from), Some(to)) = (filter.from, filter.to) {
            assert!(from <= to, "{address:?}");
        }
    }
}

#[test]
fn reading_raw_pairs_never_panics() {
    let c = corpus();
    let mut rng = Rng::new(7);
    let text = |rng: &mut Rng| -> String {
        (0..rng.index(12))
            .map(|_| char::from_u32(rng.index(0x3000) as u32).unwrap_or(','))
            .collect()
    };
    for _ in 0..5_000 {
        let pairs: Vec<(String, String)> = (0..rng.index(6))
            .map(|_| {
                let key = if rng.chance(2) {
                    ["theme", "from", "to", "q", "source", "type", "direction"][rng.index(7)]
                        .to_owned()
                } else {
                    text(&mut rng)
                };
                (key, text(&mut rng))
            })
            .collect();
        let (filter, notices) = Filter::from_query(&pairs, &c);
        for n in &notices {
            assert!(!n.to_string().is_empty());
        }
        let _ = filter.to_hash();
    }
}
