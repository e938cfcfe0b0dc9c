//! The committed corpus (`corpus/corpus.json`), loaded as the app loads it:
//! it deserialises, it validates, its headline figures are the report's, and
//! the validator catches each kind of damage when it is introduced.

use explainer_core::corpus::nit::democracy_score;
use explainer_core::corpus::{
    Anchor, Corpus, ErrorKind, IndicatorCode, NitCategory, NitMeasure, PartialDate, Quote, Rating,
    validate,
};
use std::collections::BTreeMap;

const JSON: &str = include_str!("../../../../corpus/corpus.json");

fn corpus() -> Corpus {
    serde_json::from_str(JSON).expect("corpus/corpus.json deserialises")
}

#[test]
fn the_committed_corpus_is_valid() {
    if let Err(errors) = validate(&corpus()) {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("{} problems:\n{}", list.len(), list.join("\n"));
    }
}

/// Reading and writing the corpus gives the same bytes: nothing the JSON
/// leaves out (anchors, default values) is lost.
#[test]
fn the_json_round_trips() {
    assert_eq!(serde_json::to_string(&corpus()).unwrap() + "\n", JSON);
}

#[test]
fn every_quote_has_words() {
    let c = corpus();
    let quotes = c
        .events
        .iter()
        .flat_map(|e| e.quotes())
        .chain(c.items.iter().flat_map(|i| i.quotes()))
        .chain(c.contradictions.iter().flat_map(|x| &x.claims));
    let mut n = 0;
    for q in quotes {
        let words = c.quote_text(q).unwrap_or_else(|| panic!("{q:?}"));
        assert!(!words.trim().is_empty(), "{q:?}");
        n += 1;
    }
    assert!(n > 100, "only {n} quotes");
}

#[test]
fn headline_figures_are_the_reports() {
    let c = corpus();
    assert_eq!((c.fiw.score, c.fiw.max), (22, 100));
    let totals: Vec<(&str, i16, i16)> = c
        .fiw
        .categories
        .iter()
        .map(|k| (k.name.as_str(), k.score, k.max))
        .collect();
    assert_eq!(
        totals,
        [("Political Rights", 5, 40), ("Civil Liberties", 17, 60)]
    );
    assert_eq!(c.fiw.indicators().count(), 25);
    assert_eq!(c.fiw.status.label(), "Not Free");
    let latest = c
        .nit
        .ratings
        .iter()
        .filter(|r| r.measure == NitMeasure::DemocracyScore && !r.computed)
        .max_by_key(|r| r.edition)
        .expect("a stated democracy score");
    assert_eq!(
        (latest.edition, latest.rating.to_string()),
        (2018, "6.71".to_owned())
    );
}

/// Every edition with a stated democracy score: the mean of its seven
/// category ratings, rounded to the nearest hundredth, is the stated score.
/// Rounding (not truncation) is what the tables use: at least one edition's
/// mean would come out differently if it were truncated.
#[test]
fn stated_democracy_scores_are_rounded_means() {
    let c = corpus();
    let mut editions: BTreeMap<(String, u16), BTreeMap<NitMeasure, Rating>> = BTreeMap::new();
    for r in &c.nit.ratings {
        editions
            .entry((r.doc.to_string(), r.edition))
            .or_default()
            .insert(r.measure, r.rating);
    }
    let mut checked = 0;
    let mut truncation_differs = false;
    for ((doc, edition), m) in &editions {
        let stated = c.nit.ratings.iter().find(|r| {
            r.doc == doc.as_str()
                && r.edition == *edition
                && r.measure == NitMeasure::DemocracyScore
        });
        let Some(stated) = stated.filter(|r| !r.computed) else {
            continue;
        };
        let values: Vec<Rating> = NitCategory::ALL
            .iter()
            .map(|k| m[&NitMeasure::from(*k)])
            .collect();
        assert_eq!(
            democracy_score(&values),
            Some(stated.rating),
            "{doc} {edition}"
        );
        let sum: u32 = values.iter().map(|v| u32::from(v.0)).sum();
        truncation_differs |= (sum / 7) as u16 != stated.rating.0;
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} editions checked");
    assert!(
        truncation_differs,
        "truncating would give the same scores; the rule is not pinned"
    );
}

#[test]
fn computed_scores_are_marked_and_unanchored() {
    let c = corpus();
    for r in &c.nit.ratings {
        assert_eq!(r.computed, r.anchor.is_none(), "{r:?}");
        if r.computed {
            assert_eq!(r.measure, NitMeasure::DemocracyScore);
        }
    }
    assert!(
        c.nit
            .ratings
            .iter()
            .any(|r| r.computed && r.doc == "nit2008")
    );
}

#[test]
fn the_csv_files_have_their_headers_and_a_row_per_record() {
    use explainer_core::csv;
    let c = corpus();
    let files = [
        (
            csv::indicators(&c),
            "code,category,subcategory,question,score,max_score,passages",
            25,
        ),
        (
            csv::nit_ratings(&c),
            "edition,category,rating,source,computed",
            c.nit.ratings.len(),
        ),
        (
            csv::timeline(&c),
            "id,date,date_precision,title,themes,direction,type,sources,passages",
            c.events.len(),
        ),
        (
            csv::recommendations(&c),
            "id,kind,text,from,to,date,themes,status,status_as_of,indicators,passages",
            c.items.len(),
        ),
        (
            csv::coverage(&c),
            "document,anchor,sentence,finds,events,items,reason,related,note,passages",
            explainer_core::corpus::coverage::find(&c).len(),
        ),
    ];
    for (text, header, rows) in files {
        // A byte-order mark (EF BB BF), once, then the header row.
        assert!(
            text.starts_with(&format!("\u{feff}{header}\r\n")),
            "{header}"
        );
        assert_eq!(text.as_bytes()[..3], [0xEF, 0xBB, 0xBF], "{header}");
        assert_eq!(text.matches('\u{feff}').count(), 1, "{header}");
        assert!(text.ends_with("\r\n"));
        // Records end in CRLF; quoted fields never contain CRLF here, so
        // counting CRLF counts records.
        assert_eq!(text.matches("\r\n").count(), rows + 1, "{header}");
    }
    let indicators = csv::indicators(&c);
    let a1 = indicators.lines().nth(1).unwrap();
    assert!(
        a1.starts_with("A1,Political Rights,Electoral Process,"),
        "{a1}"
    );
    // Score and maximum, then the passages, the heading first.
    let heading = &c.fiw.indicator("A1").unwrap().question.anchor;
    let passages = format!(",0,4,{}:{heading};", c.fiw.doc);
    assert!(a1.contains(&passages), "{a1}");
}

/// Each damage, introduced into the real corpus, is reported with its kind.
fn check(damage: impl FnOnce(&mut Corpus), expected: ErrorKind) {
    let mut c = corpus();
    damage(&mut c);
    let errors = validate(&c).expect_err("the damage should be reported");
    assert!(
        errors.iter().any(|e| e.kind == expected),
        "expected {expected:?}, got {errors:?}"
    );
}

fn first_quote(c: &mut Corpus) -> &mut Quote {
    if let Some(e) = c.events.first_mut() {
        return &mut e.evidence[0];
    }
    &mut c.contradictions[0].claims[0]
}

#[test]
fn the_validator_catches_damage() {
    use ErrorKind::*;
    check(
        |c| c.fiw.categories[0].subcategories[0].indicators[0].score += 1,
        TotalMismatch,
    );
    check(
        |c| c.fiw.categories[0].subcategories[0].score += 1,
        TotalMismatch,
    );
    check(|c| c.fiw.categories[1].score -= 1, TotalMismatch);
    check(|c| c.fiw.score = 23, TotalMismatch);
    check(
        |c| {
            c.fiw.categories[0].subcategories[0].indicators[0]
                .narrative
                .clear()
        },
        EmptyNarrative,
    );
    check(
        |c| c.fiw.categories[0].subcategories[0].indicators[1].code = IndicatorCode::from("A1"),
        DuplicateId,
    );
    check(
        |c| c.fiw.categories[0].subcategories[0].indicators[0].narrative[0] = Anchor::from("p9999"),
        DanglingReference,
    );
    check(
        |c| c.fiw.categories[0].subcategories[0].indicators[0].score = 5,
        OutOfRange,
    );
    check(
        |c| {
            let r = c
                .nit
                .ratings
                .iter_mut()
                .find(|r| r.measure == NitMeasure::CivilSociety && !r.computed)
                .unwrap();
            r.rating.0 += 25;
        },
        AverageMismatch,
    );
    check(
        |c| {
            let r = c
                .nit
                .ratings
                .iter_mut()
                .find(|r| r.measure == NitMeasure::Corruption)
                .unwrap();
            r.computed = true;
        },
        Provenance,
    );
    check(|c| first_quote(c).end += 100_000, BadSpan);
    check(
        |c| {
            let q = first_quote(c);
            q.end = q.start;
        },
        BadSpan,
    );
    check(
        |c| {
            let q = first_quote(c);
            q.end = q.start + 1;
            q.start += 2;
        },
        BadSpan,
    );
    check(
        |c| {
            // A span ending inside a character of more than one byte.
            let text = c.clone();
            let q = c
                .events
                .iter_mut()
                .flat_map(|e| e.evidence.iter_mut())
                .find(|q| !text.quote_text(q).unwrap().is_ascii())
                .expect("a quote with a non-ASCII character");
            let words = text.quote_text(q).unwrap();
            let (at, _) = words.char_indices().find(|(_, ch)| !ch.is_ascii()).unwrap();
            q.end = q.start + at as u32 + 1;
        },
        BadSpan,
    );
    check(
        |c| {
            let text = c.clone();
            let q = c
                .events
                .iter_mut()
                .flat_map(|e| e.evidence.iter_mut())
                .find(|q| {
                    !q.raw
                        && text.raw_text_at(q.doc.as_str(), &q.anchor)
                            == text.text_at(q.doc.as_str(), &q.anchor)
                })
                .expect("a quote of a paragraph no erratum changed");
            q.raw = true;
        },
        BadSpan,
    );
    check(
        |c| first_quote(c).anchor = Anchor::from("p9999"),
        DanglingReference,
    );
    check(
        |c| c.documents[1].sections[1].paragraphs[0].anchor = Anchor::from("p1"),
        DuplicateId,
    );
    check(|c| c.errata[0].raw = "not in the paragraph".into(), Erratum);
    check(
        |c| {
            c.documents
                .iter_mut()
                .for_each(|d| d.notes.retain(|n| n.number != 1))
        },
        DanglingReference,
    );
    check(|c| c.contradictions[0].claims.truncate(1), NoEvidence);
}

#[test]
fn the_validator_catches_damage_to_curated_data() {
    use ErrorKind::*;
    let c = corpus();
    if c.events.is_empty() || c.items.is_empty() {
        return; // nothing curated yet to damage
    }
    check(|c| c.events[0].evidence.clear(), NoEvidence);
    check(|c| c.events[1].id = c.events[0].id.clone(), DuplicateId);
    check(|c| c.events[0].id = "Not Kebab".into(), MalformedId);
    check(
        |c| c.events[0].indicators.push(IndicatorCode::from("H9")),
        DanglingReference,
    );
    check(
        |c| c.items[0].status = "no-such-status".into(),
        DanglingReference,
    );
    check(
        |c| c.items[0].events.push("no-such-event".into()),
        DanglingReference,
    );
    check(|c| c.items[0].evidence.clear(), NoEvidence);
    check(|c| c.items[0].text.start = c.items[0].text.end, BadSpan);
    check(
        |c| c.items[0].status_as_of = "2099-01-01".parse::<PartialDate>().unwrap(),
        StatusAfterSources,
    );
    check(
        |c| {
            c.items[0].date = "2030".parse().unwrap();
            c.items[0].status_as_of = "2029".parse().unwrap();
        },
        StatusBeforeItem,
    );
    check(|c| c.statuses.push(c.statuses[0].clone()), DuplicateId);
    if !c.contradictions.is_empty() {
        check(
            |c| c.contradictions[0].events.push("no-such-event".into()),
            DanglingReference,
        );
        check(
            |c| c.contradictions[0].items.push("no-such-item".into()),
            DanglingReference,
        );
    }
}

/// The coverage ledger is complete: every sentence the finder finds in the
/// sources is quoted by an event (if dated) and an item (if it asks), or
/// set aside with a reason; and the counts add up.
#[test]
fn every_sentence_found_is_quoted_or_set_aside() {
    use explainer_core::corpus::coverage::{counts, ledger};
    let c = corpus();
    let missing: Vec<String> = ledger(&c)
        .iter()
        .filter(|r| !r.accounted())
        .map(|r| {
            let s = &r.found.sentence;
            format!(
                "{} {}: {}",
                s.doc,
                s.anchor,
                c.quote_text(s).unwrap_or_default()
            )
        })
        .collect();
    assert!(
        missing.is_empty(),
        "{} sentences neither quoted nor set aside (run `cargo run -p explainer-extract -- --ledger-draft`):\n{}",
        missing.len(),
        missing.join("\n")
    );
    let n = counts(&c);
    assert_eq!(n.missing, 0);
    assert_eq!(n.quoted + n.set_aside_total(), n.found);
    assert_eq!(n.set_aside_total(), c.coverage.len());
    assert!(n.dated + n.asks >= n.found);
    // Sentences the issue named are in the timeline now.
    for id in [
        "2007-masimov-replaces-akhmetov",
        "2007-hizb-ut-tahrir-trial-karaganda",
    ] {
        assert!(c.event(id).is_some(), "{id}");
    }
}

/// Each damage to the ledger is reported with its kind.
#[test]
fn the_validator_catches_damage_to_the_ledger() {
    use ErrorKind::*;
    use explainer_core::corpus::{Reason, Related};
    let c = corpus();
    if c.coverage.is_empty() {
        return;
    }
    check(
        |c| {
            c.coverage.remove(0);
        },
        Uncovered,
    );
    check(|c| c.coverage.push(c.coverage[0].clone()), Ledger);
    check(|c| c.coverage[0].sentence.end -= 1, Ledger);
    check(
        |c| {
            c.coverage[0].reason = Reason::Duplicate;
            c.coverage[0].of = None;
        },
        Ledger,
    );
    check(
        |c| c.coverage[0].of = Some(Related::Event("no-such-event".into())),
        DanglingReference,
    );
    check(
        |c| c.coverage[0].of = Some(Related::Item("no-such-item".into())),
        DanglingReference,
    );
    // A new event quoting a set-aside sentence makes its entry stale.
    check(
        |c| {
            let mut e = c.events[0].clone();
            e.id = "quotes-a-set-aside-sentence".into();
            e.evidence = vec![c.coverage[0].sentence.clone()];
            c.events.push(e);
        },
        Ledger,
    );
}

/// Every contradiction recorded by hand names what it bears on, and each
/// event or item it names finds it again.
#[test]
fn recorded_contradictions_name_what_they_concern() {
    let c = corpus();
    for x in c.contradictions.iter().filter(|x| !x.detected) {
        assert!(
            !(x.events.is_empty() && x.items.is_empty()),
            "{} names no event or item",
            x.id
        );
        for e in &x.events {
            assert!(
                c.contradictions_about_event(e.as_str())
                    .any(|y| y.id == x.id),
                "{e}"
            );
        }
        for i in &x.items {
            assert!(
                c.contradictions_about_item(i.as_str())
                    .any(|y| y.id == x.id),
                "{i}"
            );
        }
    }
}

/// Items that share the same words say which part of them each tracks, and
/// no other item has a part: in the tracker's list the words (and the part)
/// name each card.
#[test]
fn items_with_the_same_words_are_told_apart_by_their_part() {
    let c = corpus();
    let words = |i: &explainer_core::corpus::Item| c.quote_text(&i.text).unwrap().to_owned();
    let mut names = std::collections::BTreeSet::new();
    for item in &c.items {
        let shared = c.items.iter().filter(|o| words(o) == words(item)).count();
        assert_eq!(item.part.is_some(), shared > 1, "{}", item.id);
        assert!(
            names.insert(format!("{}{}", words(item), item.part_suffix())),
            "{} is named like another item",
            item.id
        );
    }
    let shared = c.item("osce-2007-04-media").unwrap();
    assert_eq!(shared.part_suffix(), " (media part)");
}

/// Only addresses with a page exist; a mistyped code or id does not.
#[test]
fn an_address_exists_only_if_the_corpus_holds_what_it_names() {
    use explainer_core::embed::Widget;
    use explainer_core::route::{View, exists};
    let c = corpus();
    let event = c.events[0].id.as_str().to_owned();
    let item = c.items[0].id.as_str().to_owned();
    for view in [
        View::Overview,
        View::Indicator("D1".into()),
        View::Embed(Widget::Indicator("G4".into())),
        View::Source("fiw2019".into()),
        View::Event(event.clone()),
        View::Recommendation(item.clone()),
        View::Embed(Widget::Timeline),
    ] {
        assert!(exists(&view, &c), "{view:?}");
    }
    for view in [
        View::NotFound("/nowhere".into()),
        View::Indicator("Z9".into()),
        View::Embed(Widget::Indicator("Z9".into())),
        View::Embed(Widget::Unknown("nothing".into())),
        View::Source("fiw2099".into()),
        View::Event(format!("{event}-x")),
        View::Recommendation(format!("{item}-x")),
    ] {
        assert!(!exists(&view, &c), "{view:?}");
    }
}

/// The build renders the four entry points' first views, each question and
/// each widget, each to a file of its own.
#[test]
fn the_first_views_cover_the_entry_points_and_every_question_and_widget() {
    use explainer_core::first_view::{first_views, key};
    let keys: Vec<String> = first_views(&corpus()).iter().map(key).collect();
    for k in [
        "index",
        "rating/D1",
        "timeline",
        "recommendations",
        "embed/rating",
        "embed/rating/G4",
        "embed/ratings-chart",
    ] {
        assert!(keys.iter().any(|x| x == k), "{k} missing from {keys:?}");
    }
    assert_eq!(
        keys.iter()
            .filter(|k| k.starts_with("rating/") && *k != "rating/all")
            .count(),
        25
    );
    assert_eq!(
        keys.iter()
            .filter(|k| k.starts_with("embed/rating/"))
            .count(),
        25
    );
    let unique: std::collections::BTreeSet<&String> = keys.iter().collect();
    assert_eq!(unique.len(), keys.len(), "a key twice");
}

/// The tracker's wording: the status it treats as "not yet assessed" is in
/// the corpus's vocabulary, such an item claims no date, an assessed one
/// does, and the opening sentence counts what the corpus holds.
#[test]
fn the_tracker_words_unassessed_items_without_a_date() {
    use explainer_core::corpus::ItemKind;
    use explainer_core::tracker::wording::{NOT_ASSESSED, lede, status_as_of, status_note};
    let corpus = corpus();
    assert!(
        corpus
            .statuses
            .iter()
            .any(|s| s.id.as_str() == NOT_ASSESSED)
    );
    let open = corpus
        .items
        .iter()
        .find(|i| i.status.as_str() == NOT_ASSESSED)
        .unwrap();
    assert_eq!(status_as_of(open), None);
    assert!(!status_note(open).contains("as of"));
    let judged = corpus
        .items
        .iter()
        .find(|i| i.status.as_str() != NOT_ASSESSED)
        .unwrap();
    assert_eq!(
        status_as_of(judged),
        Some(format!("as of {}", judged.status_as_of.human()))
    );
    let recommendations = corpus
        .items
        .iter()
        .filter(|i| i.kind == ItemKind::Recommendation)
        .count();
    let pledges = corpus.items.len() - recommendations;
    let open_count = corpus
        .items
        .iter()
        .filter(|i| i.status.as_str() == NOT_ASSESSED)
        .count();
    let text = lede(&corpus);
    assert!(text.starts_with(&format!("{recommendations} recommendations and {pledges} pledges from the sources, about Kazakhstan. ")), "{text}");
    assert!(
        text.contains(&format!("of {} of them", corpus.items.len() - open_count)),
        "{text}"
    );
    assert!(
        text.contains(&format!("the other {open_count} are not yet assessed")),
        "{text}"
    );
}

#[test]
fn every_question_has_a_short_name_of_its_own() {
    let corpus = corpus();
    let names: Vec<&str> = corpus
        .fiw
        .indicators()
        .map(|(_, _, i)| i.short.as_str())
        .collect();
    assert_eq!(names.len(), 25);
    assert!(
        names
            .iter()
            .all(|n| !n.is_empty() && n.chars().count() <= 30),
        "{names:?}"
    );
    let distinct: std::collections::BTreeSet<_> = names.iter().collect();
    assert_eq!(
        distinct.len(),
        names.len(),
        "two questions share a short name"
    );
}
