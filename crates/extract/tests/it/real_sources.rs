//! The real inputs: the five verbatim texts, the manifest, the errata and
//! whatever curated data exists. These tests fail when the committed
//! `corpus/corpus.json` is out of date, when an erratum no longer fits its
//! source, or when a parser stops accounting for the whole of a text.

use explainer_core::corpus::text::collapse_whitespace;
use explainer_core::corpus::{Corpus, Document, NitCategory, NitMeasure, Quote};
use explainer_extract::build::build;
use explainer_extract::builder::ErratumSpec;
use explainer_extract::manifest::{ErrataFile, Manifest, occurrences, read_toml};
use explainer_extract::parse::{self, Facts, NitFacts};
use explainer_extract::{REGENERATE, corpus_dir};
use std::sync::OnceLock;

fn built() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| match build(&corpus_dir()) {
        Ok(b) => b.corpus,
        Err(errors) => panic!("the inputs do not build:\n{}", errors.join("\n")),
    })
}

fn manifest() -> Manifest {
    read_toml(&corpus_dir().join("manifest.toml")).unwrap()
}

fn errata() -> Vec<ErratumSpec> {
    read_toml::<ErrataFile>(&corpus_dir().join("errata.toml"))
        .unwrap()
        .errata
}

fn source(id: &str) -> String {
    let m = manifest();
    let spec = m.sources.iter().find(|s| s.id == id).unwrap();
    std::fs::read_to_string(corpus_dir().join(&spec.file)).unwrap()
}

fn parsed(id: &str) -> parse::Parsed {
    let m = manifest();
    let spec = m.sources.iter().find(|s| s.id == id).unwrap();
    parse::parse(spec.format, &id.into(), &source(id), &errata()).unwrap()
}

fn nit_facts(id: &str) -> NitFacts {
    match parsed(id).facts {
        Facts::Nit(f) => f,
        other => panic!("{id}: {other:?}"),
    }
}

#[test]
fn the_committed_corpus_json_is_up_to_date() {
    let fresh = build(&corpus_dir())
        .unwrap_or_else(|e| panic!("the inputs do not build:\n{}", e.join("\n")))
        .json;
    let committed = std::fs::read_to_string(corpus_dir().join("corpus.json")).unwrap_or_default();
    assert!(
        committed == fresh,
        "corpus/corpus.json is out of date with its inputs; regenerate it with `{REGENERATE}` from the workspace root"
    );
}

/// The proof that quotes are verbatim: every quote in the curated files
/// (events' evidence, stated aims and observed effects; recommendations'
/// texts and evidence; recorded contradictions' claims),
/// read here independently of the tool, is the text of its span in the
/// corpus, with whitespace runs collapsed on both sides and nothing else
/// changed.
#[test]
fn every_curated_quote_is_the_text_of_its_span() {
    use toml::Value;
    let c = built();
    let read = |name: &str| -> Value {
        let path = corpus_dir().join("curated").join(name);
        toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
    };
    let array = |v: &Value, key: &str| -> Vec<Value> {
        v.get(key)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let words = |v: &Value, key: &str| -> (String, String) {
        let s = |k: &str| v.get(k).and_then(Value::as_str).unwrap().to_owned();
        (s("source"), s(key))
    };
    let mut checked = 0;
    let mut check = |at: &str, quote: Option<&Quote>, (source, expected): (String, String)| {
        let quote = quote.unwrap_or_else(|| panic!("{at}: no quote in the corpus"));
        assert_eq!(quote.doc, source.as_str(), "{at}");
        let got = c
            .quote_text(quote)
            .unwrap_or_else(|| panic!("{at}: the span does not fit: {quote:?}"));
        assert_eq!(
            collapse_whitespace(got),
            collapse_whitespace(&expected),
            "{at}"
        );
        checked += 1;
    };
    for e in array(&read("events.toml"), "event") {
        let id = e.get("id").and_then(Value::as_str).unwrap();
        let event = c.event(id).unwrap();
        let evidence = array(&e, "evidence");
        assert_eq!(evidence.len(), event.evidence.len(), "{id}");
        for (n, q) in evidence.iter().enumerate() {
            check(
                &format!("{id} evidence {n}"),
                event.evidence.get(n),
                words(q, "quote"),
            );
        }
        for (key, quote) in [
            ("stated_aim", &event.stated_aim),
            ("observed_effect", &event.observed_effect),
        ] {
            assert_eq!(e.get(key).is_some(), quote.is_some(), "{id} {key}");
            if let Some(q) = e.get(key) {
                check(&format!("{id} {key}"), quote.as_ref(), words(q, "quote"));
            }
        }
    }
    for i in array(&read("recommendations.toml"), "item") {
        let id = i.get("id").and_then(Value::as_str).unwrap();
        let item = c.item(id).unwrap();
        check(&format!("{id} text"), Some(&item.text), words(&i, "text"));
        let evidence = array(&i, "evidence");
        assert_eq!(evidence.len(), item.evidence.len(), "{id}");
        for (n, q) in evidence.iter().enumerate() {
            check(
                &format!("{id} evidence {n}"),
                item.evidence.get(n),
                words(q, "quote"),
            );
        }
    }
    let recorded = array(&read("contradictions.toml"), "contradiction");
    assert!(!recorded.is_empty());
    for x in recorded {
        let id = x.get("id").and_then(Value::as_str).unwrap();
        let found = c.contradictions.iter().find(|k| k.id == id).unwrap();
        assert!(!found.detected, "{id}");
        let claims = array(&x, "claims");
        assert_eq!(claims.len(), found.claims.len(), "{id}");
        for (n, q) in claims.iter().enumerate() {
            check(
                &format!("{id} claim {n}"),
                found.claims.get(n),
                words(q, "quote"),
            );
        }
    }
    assert!(checked > 500, "only {checked} quotes checked");
}

#[test]
fn every_erratum_occurs_exactly_once_in_its_source() {
    let all = errata();
    assert!(!all.is_empty());
    for e in &all {
        let n = occurrences(&source(&e.source), &e.raw);
        assert_eq!(
            n, 1,
            "erratum {}: {:?} occurs {n} times in {}",
            e.id, e.raw, e.source
        );
        assert_ne!(e.raw, e.correction, "erratum {} changes nothing", e.id);
    }
    assert_eq!(built().errata.len(), all.len());
}

/// Every line of every source is in its document: the corpus holds the
/// texts in full (as raw text, speaker names or notes), so the app can show
/// them whole.
#[test]
fn the_documents_hold_the_whole_texts() {
    for doc in &built().documents {
        let mut held = String::new();
        for p in doc.paragraphs() {
            held.push_str(p.raw_text());
            held.push('\n');
        }
        for n in &doc.notes {
            held.push_str(&format!(
                "{} {}\n[{}] {}\n",
                n.number,
                n.raw_text(),
                n.number,
                n.raw_text()
            ));
        }
        for s in &doc.speakers {
            held.push_str(&format!("{}\n{}\n", s.name, s.role));
        }
        // "[7]The" in a source is "[7] The" once split into number and text.
        let norm = |s: &str| collapse_whitespace(&s.replace(']', "] "));
        let held = norm(&held);
        for line in source(doc.id.as_str()).lines() {
            let line = norm(line.trim_start().trim_start_matches('•'));
            assert!(
                line.is_empty() || held.contains(&line),
                "{}: line not held: {line:?}",
                doc.id
            );
        }
    }
}

#[test]
fn fiw_figures_come_from_the_text() {
    let c = built();
    assert_eq!((c.fiw.score, c.fiw.max), (22, 100));
    let political = &c.fiw.categories[0];
    let civil = &c.fiw.categories[1];
    assert_eq!((political.score, civil.score), (5, 17));
    let letters: String = c
        .fiw
        .categories
        .iter()
        .flat_map(|k| &k.subcategories)
        .map(|s| s.letter.as_str())
        .collect();
    assert_eq!(letters, "ABCDEFG");
    // Codes run 1, 2, … within each subcategory.
    for s in c.fiw.categories.iter().flat_map(|k| &k.subcategories) {
        for (n, i) in s.indicators.iter().enumerate() {
            assert_eq!(i.code.as_str(), format!("{}{}", s.letter, n + 1));
            let q = c.question(i).unwrap();
            assert!(q.ends_with('?'), "{}: {q:?}", i.code);
            assert!(!q.starts_with(i.code.as_str()), "{}: {q:?}", i.code);
        }
    }
    // Every paragraph of the report is claimed by the structure.
    let p = parsed("fiw2019");
    let Facts::Fiw(report) = &p.facts else {
        panic!()
    };
    assert!(parse::fiw::unclaimed(report, &p.body).is_empty());
    // The key developments are the bulleted lines of the text.
    let bullets = source("fiw2019")
        .lines()
        .filter(|l| l.trim_start().starts_with('•'))
        .count();
    assert_eq!(c.fiw.key_developments.len(), bullets);
}

fn doc<'a>(c: &'a Corpus, id: &str) -> &'a Document {
    c.document(id).unwrap()
}

#[test]
fn nit2018_table_section_tables_and_changes_agree() {
    let f = nit_facts("nit2018");
    let editions: Vec<u16> = f.table[0].values.iter().map(|(e, _)| *e).collect();
    assert_eq!(editions, (2009..=2018).collect::<Vec<_>>());
    assert_eq!(f.table.len(), 8);
    // Each category section repeats its row of the table.
    assert_eq!(f.section_tables.len(), 7);
    for row in &f.section_tables {
        let main = f.table.iter().find(|r| r.category == row.category).unwrap();
        assert_eq!(main.values, row.values, "{:?}", row.category);
    }
    // Each stated change matches the table's last two editions.
    assert_eq!(f.changes.len(), 3);
    for ch in &f.changes {
        let row = f
            .table
            .iter()
            .find(|r| {
                r.category
                    .map_or(NitMeasure::DemocracyScore, NitMeasure::from)
                    == ch.measure
            })
            .unwrap();
        let value = |e: u16| row.values.iter().find(|(ed, _)| *ed == e).unwrap().1;
        assert_eq!(Some(value(ch.edition - 1)), ch.from, "{:?}", ch.measure);
        assert_eq!(value(ch.edition), ch.to, "{:?}", ch.measure);
    }
    // The headline score is the table's latest.
    assert_eq!(f.prose.len(), 1);
    assert_eq!(f.table[7].values.last().unwrap().1, f.prose[0].rating);
    // The category sections are the seven categories, each once.
    let c = built();
    let mut sections: Vec<NitCategory> = doc(c, "nit2018")
        .sections
        .iter()
        .filter_map(|s| s.nit_category)
        .collect();
    sections.sort();
    assert_eq!(sections, NitCategory::ALL.to_vec());
}

#[test]
fn nit2008_ratings_are_stated_in_prose_and_the_score_is_computed() {
    let c = built();
    let ratings: Vec<_> = c
        .nit
        .ratings
        .iter()
        .filter(|r| r.doc == "nit2008" && r.edition == 2008)
        .collect();
    assert_eq!(ratings.len(), 8);
    for r in &ratings {
        let stated = r.measure != NitMeasure::DemocracyScore;
        assert_eq!(r.computed, !stated, "{r:?}");
        if let Some(a) = &r.anchor {
            let text = doc(c, "nit2008").paragraph(a).unwrap().text.as_str();
            assert!(text.contains(&r.rating.to_string()), "{text}");
        }
    }
    // Every category section is present; the one whose heading was lost is marked.
    let d = doc(c, "nit2008");
    let lost: Vec<_> = d.sections.iter().filter(|s| s.heading_missing).collect();
    assert_eq!(lost.len(), 1);
    assert_eq!(
        d.sections
            .iter()
            .filter(|s| s.nit_category.is_some())
            .count(),
        7
    );
}

#[test]
fn hrw2017_transcript_has_its_speakers() {
    let c = built();
    let d = doc(c, "hrw2017");
    assert_eq!(d.speakers.len(), 3);
    let transcript = d
        .sections
        .iter()
        .find(|s| s.id == "video-transcript")
        .unwrap();
    for s in &d.speakers {
        assert!(
            transcript
                .paragraphs
                .iter()
                .any(|p| p.speaker.as_ref() == Some(&s.id)),
            "{}",
            s.name
        );
        assert!(source("hrw2017").contains(&format!("{}\n{}", s.name, s.role)));
    }
}

#[test]
fn fpc2021_lists_are_the_bulleted_lines() {
    let c = built();
    let d = doc(c, "fpc2021");
    let bullets = source("fpc2021")
        .lines()
        .filter(|l| l.trim_start().starts_with('•'))
        .count();
    let listed: usize = d.lists.iter().map(|l| l.items.len()).sum();
    assert_eq!(listed, bullets);
    for id in [
        "decree-commitments",
        "recommendations-government",
        "recommendations-international",
    ] {
        assert!(d.list(id).is_some_and(|l| !l.items.is_empty()), "{id}");
    }
    let notes_in_text = source("fpc2021")
        .lines()
        .filter(|l| l.starts_with('['))
        .count();
    assert_eq!(d.notes.len(), notes_in_text);
}

#[test]
fn every_note_marker_has_a_note_and_every_note_a_marker() {
    for d in &built().documents {
        let mut referenced: Vec<u32> = d
            .paragraphs()
            .flat_map(|p| p.notes.iter().copied())
            .collect();
        referenced.sort_unstable();
        referenced.dedup();
        let mut numbers: Vec<u32> = d.notes.iter().map(|n| n.number).collect();
        numbers.sort_unstable();
        assert_eq!(referenced, numbers, "{}", d.id);
    }
}
