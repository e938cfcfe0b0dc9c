//! The timeline's text search against the committed corpus: words from a
//! title find their event, any case and any quote marks; several words must
//! all match; quotes are searched; highlights fall on whole characters and
//! cover what was searched for. A micro-benchmark prints (and asserts
//! nothing about) the time per keystroke.

use explainer_core::corpus::{Corpus, Event};
use explainer_core::timeline::fold::fold;
use explainer_core::timeline::{Filter, Query, SearchIndex, apply, hits, split_highlights};
use std::time::Instant;

const JSON: &str = include_str!("../../../../corpus/corpus.json");

fn corpus() -> Corpus {
    serde_json::from_str(JSON).expect("corpus/corpus.json deserialises")
}

fn search<'c>(c: &'c Corpus, ix: &SearchIndex, q: &str) -> Vec<&'c str> {
    let f = Filter {
        query: q.to_owned(),
        ..Filter::default()
    };
    apply(c, ix, &f)
        .into_iter()
        .map(|e| e.id.as_str())
        .collect()
}

/// Searching `q` finds the event `id`.
fn check_finds(c: &Corpus, ix: &SearchIndex, q: &str, id: &str) {
    let found = search(c, ix, q);
    assert!(found.contains(&id), "{q:?} should find {id}: {found:?}");
}

/// The same search without the index: every word in the folded title,
/// summary or a quote.
fn naive(c: &Corpus, e: &Event, q: &str) -> bool {
    let mut fields = vec![fold(&e.title), fold(&e.summary)];
    fields.extend(e.quotes().map(|q| fold(c.quote_text(q).unwrap_or(""))));
    Query::new(q)
        .terms()
        .iter()
        .all(|t| fields.iter().any(|f| f.contains(t.as_str())))
}

#[test]
fn a_word_from_a_known_title_finds_its_event() {
    let c = corpus();
    let ix = SearchIndex::new(&c);
    let id = "1989-zheltoksan-protests-crackdown";
    for q in [
        "Zheltoksan",
        "zheltoksan",
        "ZHELTOKSAN",
        "  zheltok ",
        "“Zheltoksan”",
    ] {
        check_finds(&c, &ix, q, id);
    }
    assert_eq!(search(&c, &ix, "zheltoksan suppressed"), [id]);
    check_finds(
        &c,
        &ix,
        "country's top office",
        "1989-nazarbayev-holds-top-office",
    );
    check_finds(&c, &ix, "country’s", "1989-nazarbayev-holds-top-office");
    check_finds(&c, &ix, "countrys", "1989-nazarbayev-holds-top-office");
    check_finds(&c, &ix, "Women’s March", "2021-womens-march-held-legally");
    check_finds(&c, &ix, "womens march", "2021-womens-march-held-legally");
}

#[test]
fn the_longest_word_of_every_title_finds_its_event() {
    let c = corpus();
    let ix = SearchIndex::new(&c);
    for e in &c.events {
        let word = e
            .title
            .split(|ch: char| !ch.is_alphanumeric())
            .max_by_key(|w| w.chars().count())
            .expect("a title has words");
        check_finds(&c, &ix, word, e.id.as_str());
        check_finds(&c, &ix, &e.title, e.id.as_str());
    }
}

#[test]
fn every_word_must_match_somewhere() {
    let c = corpus();
    let ix = SearchIndex::new(&c);
    let both = search(&c, &ix, "media law");
    let media = search(&c, &ix, "media");
    let law = search(&c, &ix, "law");
    let want: Vec<&str> = media
        .iter()
        .copied()
        .filter(|id| law.contains(id))
        .collect();
    assert_eq!(both, want);
    assert!(!both.is_empty() && both.len() < media.len());
    assert!(search(&c, &ix, "media zzzzqqq").is_empty());
    assert!(search(&c, &ix, "zzzzqqq").is_empty());
}

#[test]
fn an_empty_search_matches_everything() {
    let c = corpus();
    let ix = SearchIndex::new(&c);
    for q in ["", "   ", "“ ” , . —", "'"] {
        assert_eq!(search(&c, &ix, q).len(), c.events.len(), "{q:?}");
    }
}

#[test]
fn quotes_are_searched() {
    let c = corpus();
    let ix = SearchIndex::new(&c);
    let mut checked = 0;
    for (position, e) in c.events.iter().enumerate() {
        let own = format!("{} {}", fold(&e.title), fold(&e.summary));
        // A word of a quote that the title and summary do not contain.
        let Some((quote, word)) = e.quotes().enumerate().find_map(|(i, q)| {
            let text = fold(c.quote_text(q)?);
            let word = text
                .split(' ')
                .find(|w| w.len() > 6 && !own.contains(*w))?
                .to_owned();
            Some((i, word))
        }) else {
            continue;
        };
        check_finds(&c, &ix, &word, e.id.as_str());
        let found = ix.find(position, &Query::new(&word)).expect("a match");
        assert!(found.title.is_empty() && found.summary.is_empty(), "{word}");
        assert!(found.quotes.contains(&quote), "{word} in {}", e.id);
        checked += 1;
    }
    assert!(checked > 50, "only {checked} events checked");
}

#[test]
fn the_index_agrees_with_a_naive_search() {
    let c = corpus();
    let ix = SearchIndex::new(&c);
    let queries = [
        "court",
        "journalist prison",
        "Nazarbayev",
        "extremis",
        "Ablyazov facebook",
        "трудовой",
        "Казахстан",
        "ILO union",
        "6.71",
        "oil",
        "a",
        "osce",
    ];
    for q in queries {
        let want: Vec<&str> = c
            .events
            .iter()
            .filter(|e| naive(&c, e, q))
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(search(&c, &ix, q), want, "{q:?}");
    }
}

#[test]
fn highlights_are_whole_characters_covering_the_words() {
    let c = corpus();
    let ix = SearchIndex::new(&c);
    for q in [
        "media law",
        "Nazarbayev’s",
        "court",
        "a",
        "e",
        "kazakhstan s",
        "women’s march",
    ] {
        let query = Query::new(q);
        let f = Filter {
            query: q.to_owned(),
            ..Filter::default()
        };
        for hit in hits(&c, &ix, &f) {
            for (text, ranges) in [
                (&hit.event.title, &hit.found.title),
                (&hit.event.summary, &hit.found.summary),
            ] {
                assert!(ranges.windows(2).all(|w| w[0].end < w[1].start), "{q:?}");
                for r in ranges {
                    let piece = text.get(r.clone()).expect("on char boundaries");
                    let folded = fold(piece);
                    assert!(
                        query.terms().iter().any(|t| folded.contains(t.as_str())),
                        "{piece:?} for {q:?}"
                    );
                }
                // Every occurrence is highlighted: nothing outside the
                // ranges contains a word.
                for (piece, lit) in split_highlights(text, ranges) {
                    if !lit {
                        let folded = fold(piece);
                        assert!(
                            query.terms().iter().all(|t| !folded.contains(t.as_str())),
                            "{piece:?} unlit for {q:?}"
                        );
                    }
                }
                let joined: String = split_highlights(text, ranges)
                    .into_iter()
                    .map(|p| p.0)
                    .collect();
                assert_eq!(&joined, text);
            }
        }
    }
}

#[test]
fn a_title_highlight_is_the_word_as_written() {
    let c = corpus();
    let ix = SearchIndex::new(&c);
    let check = |query: &str, id: &str, expected: &[&str]| {
        let f = Filter {
            query: query.into(),
            ..Filter::default()
        };
        let h = hits(&c, &ix, &f)
            .into_iter()
            .find(|h| h.event.id == id)
            .expect("found");
        let lit: Vec<&str> = h
            .found
            .title
            .iter()
            .map(|r| &h.event.title[r.clone()])
            .collect();
        assert_eq!(lit, expected, "{query}");
    };
    check(
        "ZHELTOKSAN",
        "1989-zheltoksan-protests-crackdown",
        &["Zheltoksan"],
    );
    check(
        "countrys",
        "1989-nazarbayev-holds-top-office",
        &["country's"],
    );
}

#[test]
fn an_index_of_another_length_never_panics() {
    let c = corpus();
    let empty = SearchIndex::default();
    assert!(empty.is_empty());
    let f = Filter {
        query: "court".into(),
        ..Filter::default()
    };
    assert!(apply(&c, &empty, &f).is_empty());
    assert_eq!(apply(&c, &empty, &Filter::default()).len(), c.events.len());
    assert_eq!(empty.find(5, &Query::new("")), Some(Default::default()));
}

/// Prints the cost of building the index and of one keystroke; asserts
/// nothing about time (machines differ), only that results are found.
#[test]
fn micro_benchmark_prints_time_per_keystroke() {
    let c = corpus();
    let start = Instant::now();
    let ix = SearchIndex::new(&c);
    let build = start.elapsed();
    let typed = [
        "j",
        "jo",
        "jou",
        "jour",
        "journ",
        "journal",
        "journalist",
        "journalist c",
        "journalist court",
    ];
    let rounds = 200;
    let start = Instant::now();
    let mut found = 0;
    for _ in 0..rounds {
        for q in typed {
            let f = Filter {
                query: q.to_owned(),
                ..Filter::default()
            };
            found += hits(&c, &ix, &f).len();
        }
    }
    let per_keystroke = start.elapsed() / (rounds * typed.len() as u32);
    assert!(found > 0);
    println!(
        "timeline search: index built in {build:?}; {per_keystroke:?} per keystroke \
         (hits with highlights over {} events)",
        c.events.len()
    );
}
