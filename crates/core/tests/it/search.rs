//! The site-wide search against the committed corpus: counts agree with a
//! plain scan of the corpus, groups come in a fixed order and are capped,
//! every word must match, accents and case do not matter, marks fall on
//! whole characters and cover what was searched for, every result opens a
//! real place, and no query (empty, odd Unicode, very long, generated)
//! panics. `FUZZ_CASES` scales the generated pass. A micro-benchmark prints
//! (and asserts nothing about) the time per keystroke.

use crate::support;

use explainer_core::corpus::{Corpus, ParagraphKind};
use explainer_core::passage::Passage;
use explainer_core::route::{Route, View};
use explainer_core::search::{Hit, Index, IndexBuilder, Kind, Outcome, Results};
use explainer_core::timeline::fold::fold;
use std::collections::BTreeSet;
use std::time::Instant;
use support::Rng;

const JSON: &str = include_str!("../../../../corpus/corpus.json");

fn corpus() -> Corpus {
    serde_json::from_str(JSON).expect("corpus/corpus.json deserialises")
}

fn found(ix: &Index, q: &str, cap: usize) -> Results {
    match ix.search(q, cap) {
        Outcome::Found(r) => r,
        Outcome::TooShort => panic!("{q:?} is long enough to search"),
    }
}

fn keys(r: &Results) -> BTreeSet<String> {
    r.hits().map(|h| h.key.clone()).collect()
}

/// Each kind's searchable texts, folded, gathered straight from the corpus
/// (not from the index), for counting matches by a plain scan.
fn texts_by_kind(c: &Corpus) -> Vec<(Kind, Vec<String>)> {
    let fiw = c.document(c.fiw.doc.as_str()).unwrap();
    let questions = c
        .fiw
        .indicators()
        .map(|(_, _, i)| {
            let mut t = format!("{} {}", i.code, c.question(i).unwrap());
            for a in &i.narrative {
                t.push('\n');
                t.push_str(&fold(&fiw.paragraph(a).unwrap().text));
            }
            fold(&t)
        })
        .collect();
    let events = c
        .events
        .iter()
        .map(|e| {
            let quotes: Vec<String> = e.quotes().map(|q| fold(c.quote_text(q).unwrap())).collect();
            format!(
                "{}\n{}\n{}",
                fold(&e.title),
                fold(&e.summary),
                quotes.join("\n")
            )
        })
        .collect();
    let items = c
        .items
        .iter()
        .map(|i| {
            let text = c.quote_text(&i.text).unwrap();
            fold(&format!(
                "{:?}: {} ({})\n{text}",
                i.kind,
                i.headline(text),
                i.parties()
            ))
        })
        .collect();
    let passages = c
        .documents
        .iter()
        .flat_map(|d| {
            d.paragraphs()
                .filter(|p| p.kind != ParagraphKind::Chrome)
                .map(|p| fold(&p.text))
                .chain(d.notes.iter().map(|n| fold(&n.text)))
                .collect::<Vec<_>>()
        })
        .collect();
    vec![
        (Kind::Indicator, questions),
        (Kind::Event, events),
        (Kind::Item, items),
        (Kind::Passage, passages),
    ]
}

/// Words that occur in the corpus, for queries.
const WORDS: &[&str] = &[
    "media",
    "election",
    "Nazarbayev",
    "constitution",
    "court",
    "religious",
    "torture",
    "internet",
    "NGO",
    "protest",
    "press freedom",
    "extremis",
    "2017",
    "Astana",
    "law",
    "the",
];

#[test]
fn counts_agree_with_a_plain_scan_and_groups_are_ordered_and_capped() {
    let c = corpus();
    let ix = Index::new(&c);
    let texts = texts_by_kind(&c);
    for q in WORDS {
        let terms: Vec<String> = fold(q).split(' ').map(str::to_owned).collect();
        for cap in [0, 1, 5, usize::MAX] {
            let r = found(&ix, q, cap);
            let mut expected_total = 0;
            let mut kinds = Vec::new();
            for (kind, all) in &texts {
                let n = all
                    .iter()
                    .filter(|t| terms.iter().all(|w| t.contains(w.as_str())))
                    .count();
                expected_total += n;
                let group = r.groups.iter().find(|g| g.kind == *kind);
                if n == 0 {
                    assert!(group.is_none(), "{q:?}: no empty {kind:?} group");
                    continue;
                }
                kinds.push(*kind);
                let group = group.unwrap_or_else(|| panic!("{q:?}: a {kind:?} group"));
                assert_eq!(group.total, n, "{q:?}: {kind:?} count");
                assert_eq!(group.hits.len(), n.min(cap), "{q:?}: {kind:?} cap {cap}");
                assert_eq!(group.more(), n - n.min(cap));
            }
            assert_eq!(r.total, expected_total, "{q:?}: total");
            let order: Vec<Kind> = r.groups.iter().map(|g| g.kind).collect();
            assert_eq!(order, kinds, "{q:?}: groups in the fixed order");
        }
    }
    // The words above reach every kind of result.
    for kind in Kind::ALL {
        assert!(
            WORDS
                .iter()
                .any(|q| found(&ix, q, 1).groups.iter().any(|g| g.kind == kind)),
            "{kind:?} is reached"
        );
    }
}

#[test]
fn every_word_must_match() {
    let c = corpus();
    let ix = Index::new(&c);
    for (a, b) in [
        ("media", "law"),
        ("court", "religious"),
        ("election", "2017"),
    ] {
        let both = keys(&found(&ix, &format!("{a} {b}"), usize::MAX));
        let ka = keys(&found(&ix, a, usize::MAX));
        let kb = keys(&found(&ix, b, usize::MAX));
        let intersection: BTreeSet<String> = ka.intersection(&kb).cloned().collect();
        assert!(!both.is_empty(), "{a} {b} finds something");
        assert!(both.len() < ka.len().min(kb.len()), "{a} {b} narrows");
        assert_eq!(both, intersection, "{a} {b}");
        // Order of words does not matter.
        assert_eq!(both, keys(&found(&ix, &format!("{b} {a}"), usize::MAX)));
    }
    assert_eq!(found(&ix, "media zzqxv", 5).total, 0);
    assert_eq!(found(&ix, "media zzqxv", 5).count_text(), "No results");
}

#[test]
fn case_accents_and_punctuation_do_not_matter() {
    let c = corpus();
    let ix = Index::new(&c);
    let plain = found(&ix, "nazarbayev constitution", usize::MAX);
    assert!(plain.total > 0);
    for q in [
        "NAZARBAYEV Constitution",
        "Nazarbáyev “constitution”",
        "nazarbayev, constitutión!",
        "  nazarbayev\tconstitution  ",
    ] {
        assert_eq!(found(&ix, q, usize::MAX), plain, "{q:?}");
    }
    // An apostrophe in the text or the query reads the same.
    assert_eq!(
        keys(&found(&ix, "Nazarbayev’s", usize::MAX)),
        keys(&found(&ix, "nazarbayevs", usize::MAX))
    );
}

#[test]
fn queries_without_a_word_of_two_letters_find_nothing() {
    let c = corpus();
    let ix = Index::new(&c);
    for q in ["", " ", "a", "É", "a b c", "—", "“”", "’’", "\u{0301}"] {
        assert_eq!(ix.search(q, 5), Outcome::TooShort, "{q:?}");
        assert!(ix.search(q, 5).results().is_none(), "{q:?}");
    }
    assert!(ix.search("la", 5).results().is_some_and(|r| r.total > 0));
    assert!(matches!(ix.search("a law", 5), Outcome::Found(_)));
}

/// Marks are on character boundaries and each marks a searched word.
fn check_marks(q: &str, hit: &Hit) {
    let terms: Vec<String> = fold(q)
        .split(' ')
        .filter(|t| t.chars().count() >= 2)
        .map(str::to_owned)
        .collect();
    for m in std::iter::once(&hit.title).chain(hit.snippet.as_ref()) {
        let mut last_end = 0;
        for r in &m.marks {
            assert!(
                r.start >= last_end && r.start < r.end,
                "{q:?}: sorted, disjoint"
            );
            last_end = r.end;
            let text = m.text.get(r.clone()).unwrap_or_else(|| {
                panic!("{q:?}: mark {r:?} on character boundaries of {:?}", m.text)
            });
            let folded = fold(text);
            assert!(
                terms.iter().any(|t| folded.contains(t.as_str())),
                "{q:?}: {text:?} is a searched word"
            );
        }
        assert_eq!(
            m.pieces().iter().map(|p| p.0).collect::<String>(),
            m.text,
            "pieces cover the text"
        );
    }
    // A shown match has something marked unless only single letters matched.
    if !terms.is_empty() && hit.key.starts_with("passage:") {
        assert!(!hit.snippet.as_ref().unwrap().marks.is_empty(), "{q:?}");
    }
}

/// The result's address opens a real view; a passage's highlight is a
/// searched word within the passage.
fn check_address(c: &Corpus, q: &str, hit: &Hit) {
    let route = Route::parse(&hit.address).expect("an app address");
    assert_eq!(Route::parse(&route.to_hash()), Some(route.clone()));
    match &route.view {
        View::Indicator(code) => {
            assert!(c.fiw.indicator(code).is_some(), "{}", hit.address);
            assert_eq!(hit.key, format!("question:{code}"));
        }
        View::Event(id) => {
            assert!(c.event(id).is_some(), "{}", hit.address);
            assert_eq!(hit.key, format!("event:{id}"));
        }
        View::Recommendation(id) => {
            assert!(c.item(id).is_some(), "{}", hit.address);
            assert_eq!(hit.key, format!("item:{id}"));
        }
        View::Source(_) => {
            let p = Passage::from_route(&route).expect("a passage");
            let anchor = p.anchor.clone().expect("an anchor");
            assert_eq!(hit.key, format!("passage:{}:{anchor}", p.doc));
            let text = c
                .text_at(&p.doc, &anchor.as_str().into())
                .unwrap_or_else(|| panic!("{} names a passage", hit.address));
            let (start, end) = p.highlight.expect("a highlight");
            let marked = text.get(start..end).expect("on character boundaries");
            let folded = fold(marked);
            assert!(
                fold(q)
                    .split(' ')
                    .any(|t| t.len() >= 2 && folded.contains(t)),
                "{q:?}: {marked:?}"
            );
        }
        other => panic!("{} opens {other:?}", hit.address),
    }
}

#[test]
fn marks_and_addresses_hold_for_every_shown_result() {
    let c = corpus();
    let ix = Index::new(&c);
    let mut seen = BTreeSet::new();
    for q in WORDS.iter().chain(&["an", "in", "of", "ka", "Казах", "é"]) {
        let Outcome::Found(r) = ix.search(q, usize::MAX) else {
            continue;
        };
        for hit in r.hits() {
            check_marks(q, hit);
            check_address(&c, q, hit);
            seen.insert(hit.key.clone());
        }
    }
    // The short words reach (nearly) everything: most of the index is checked.
    assert!(
        seen.len() * 10 >= ix.len() * 9,
        "{} of {}",
        seen.len(),
        ix.len()
    );
}

#[test]
fn matches_in_the_title_come_first() {
    let c = corpus();
    let ix = Index::new(&c);
    let r = found(&ix, "constitution", usize::MAX);
    let events = r.groups.iter().find(|g| g.kind == Kind::Event).unwrap();
    let in_title: Vec<bool> = events
        .hits
        .iter()
        .map(|h| !h.title.marks.is_empty())
        .collect();
    assert!(in_title.contains(&true) && in_title.contains(&false));
    assert!(in_title.is_sorted_by(|a, b| a >= b), "{in_title:?}");
}

#[test]
fn questions_are_found_by_code() {
    let c = corpus();
    let ix = Index::new(&c);
    let r = found(&ix, "D1", 5);
    let first = r.hits().next().unwrap();
    assert_eq!(first.address, "#/rating/D1");
}

fn cases() -> usize {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_000)
}

const PIECES: &[&str] = &[
    "a",
    "law",
    "é",
    "É",
    "İ",
    "ё",
    "Ё",
    "ß",
    "ﬁ",
    "Σ",
    "ς",
    "\u{0301}",
    "\u{200D}",
    "😀",
    "👩‍👩‍👧",
    " ",
    "\t",
    "\n",
    "’",
    "'",
    "\"",
    "“",
    "—",
    "-",
    "\u{0}",
    "\u{FEFF}",
    "\u{10FFFF}",
    "中文",
    "Казах",
    "media",
    "nazarbayev",
    "2017",
    "%",
    "?",
    "#/",
    "¶",
];

#[test]
fn generated_queries_never_panic() {
    let c = corpus();
    let ix = Index::new(&c);
    let mut rng = Rng::new(7);
    for _ in 0..cases() {
        let n = 1 + rng.index(8);
        let q: String = (0..n).map(|_| *rng.pick(PIECES)).collect();
        if let Outcome::Found(r) = ix.search(&q, 5) {
            assert_eq!(r.total, r.groups.iter().map(|g| g.total).sum::<usize>());
            for hit in r.hits() {
                check_marks(&q, hit);
            }
        }
    }
    // Very long queries read only their start, and never panic.
    let long = "media ".repeat(10_000);
    assert_eq!(ix.search(&long, 5), ix.search(&long[..200], 5));
    assert_ne!(ix.search(&long[..199], 5), ix.search(&long[..200], 5));
    let _ = ix.search(&"é".repeat(100_000), 5);
    let _ = ix.search(&"\u{0301}".repeat(1_000), 5);
}

#[test]
fn time_per_keystroke() {
    let c = corpus();
    let t = Instant::now();
    let ix = Index::new(&c);
    let built = t.elapsed();
    let mut worst = std::time::Duration::ZERO;
    let word = "constitutional court";
    let t = Instant::now();
    for n in 1..=word.len() {
        let k = Instant::now();
        let _ = ix.search(&word[..n], 5);
        worst = worst.max(k.elapsed());
    }
    println!(
        "search: index of {} built in {built:?}; {} keystrokes in {:?}, worst {worst:?}",
        ix.len(),
        word.len(),
        t.elapsed()
    );
}

#[test]
fn an_index_built_in_slices_is_the_index_built_at_once() {
    let c = corpus();
    let whole = Index::new(&c);
    for slice in [1, 7, 250, 100_000] {
        let mut builder = IndexBuilder::new(&c);
        let total = builder.remaining();
        assert_eq!(total, whole.len());
        let mut steps = 0;
        while !builder.step(slice) {
            steps += 1;
            assert_eq!(builder.remaining(), total - steps * slice);
        }
        assert_eq!(builder.remaining(), 0);
        let sliced = builder.finish();
        assert_eq!(sliced.len(), whole.len(), "slices of {slice}");
        for q in [
            "constitution",
            "media freedom",
            "Nazarbayev",
            "zhanaozen",
            "law",
        ] {
            assert_eq!(
                sliced.search(q, 10_000),
                whole.search(q, 10_000),
                "{q:?} in slices of {slice}"
            );
        }
    }
    // Finishing early folds what remains.
    let mut builder = IndexBuilder::new(&c);
    builder.step(30);
    let early = builder.finish();
    assert_eq!(
        early.search("election", 10_000),
        whole.search("election", 10_000)
    );
}
