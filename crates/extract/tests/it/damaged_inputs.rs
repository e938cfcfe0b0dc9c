//! The tool's answers to broken inputs: each damage to a copy of the real
//! inputs must make the build fail with a message that says what is wrong.

use explainer_extract::build::build;
use explainer_extract::corpus_dir;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy(&entry.path(), &target);
        } else if entry.file_name() != "corpus.json" {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn scratch() -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "explainer-extract-test-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    copy(&corpus_dir(), &dir);
    dir
}

/// Applies `damage` to a copy of the inputs and expects an error mentioning `expected`.
fn check(damage: impl FnOnce(&Path), expected: &str) {
    let dir = scratch();
    damage(&dir);
    let result = build(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    match result {
        Ok(_) => panic!("the damage should fail the build (expected {expected:?})"),
        Err(errors) => assert!(
            errors.iter().any(|e| e.contains(expected)),
            "expected an error mentioning {expected:?}, got:\n{}",
            errors.join("\n")
        ),
    }
}

fn append(path: &Path, text: &str) {
    let mut s = std::fs::read_to_string(path).unwrap_or_default();
    s.push_str(text);
    std::fs::write(path, s).unwrap();
}

fn replace(path: &Path, from: &str, to: &str) {
    let s = std::fs::read_to_string(path).unwrap();
    assert!(s.contains(from), "{from:?} not in {}", path.display());
    std::fs::write(path, s.replacen(from, to, 1)).unwrap();
}

const EVENT: &str = r#"
[[event]]
id = "test-event"
date = "2017-03"
title = "t"
summary = "s"
themes = ["constitution"]
direction = "narrows"
type = "law"
indicators = ["C1"]
  [[event.evidence]]
  source = "nit2018"
  quote = "On March 10, the president signed into law constitutional reforms"
"#;

#[test]
fn broken_inputs_are_reported() {
    // A quote with straight quotation marks where the source has curly ones.
    check(
        |d| {
            let event = EVENT.replace("nit2018", "fiw2019").replace(
                "On March 10, the president signed into law constitutional reforms",
                r#"special status as Kazakhstan’s \"first president\" exempts him"#,
            );
            append(&d.join("curated/events.toml"), &event)
        },
        "then the source has \"“first president” ex\" where the quote has \"\\\"first president\\\" ex\"",
    );
    check(
        |d| {
            append(
                &d.join("curated/events.toml"),
                &EVENT.replace(
                    "On March 10, the president",
                    "Nothing like this is in the text",
                ),
            )
        },
        "not found in nit2018",
    );
    check(
        |d| {
            append(
                &d.join("curated/events.toml"),
                &EVENT.replace("nit2018", "nit2099"),
            )
        },
        "unknown source \"nit2099\"",
    );
    check(
        |d| {
            append(
                &d.join("curated/events.toml"),
                &EVENT.replace("\"law\"", "\"decree\""),
            )
        },
        "unknown variant `decree`",
    );
    check(
        |d| {
            append(
                &d.join("curated/events.toml"),
                &EVENT.replace("2017-03", "2017-13"),
            )
        },
        "is not a date",
    );
    check(
        |d| append(&d.join("curated/events.toml"), &EVENT.replace("C1", "C9")),
        "indicator C9 does not exist",
    );
    check(
        |d| {
            append(&d.join("curated/events.toml"), &EVENT.replace("  [[event.evidence]]\n  source = \"nit2018\"\n  quote = \"On March 10, the president signed into law constitutional reforms\"\n", ""))
        },
        "cites no source",
    );
    // A recorded contradiction whose claim is not in its source.
    check(
        |d| {
            replace(
                &d.join("curated/contradictions.toml"),
                "killed some 35 people",
                "killed some 53 people",
            )
        },
        "curated/contradictions.toml contradiction \"terrorist-attacks-2016-deaths\": not verbatim in fiw2019",
    );
    // Contradictions belong in the curated data, no longer in the manifest.
    check(
        |d| {
            append(
                &d.join("manifest.toml"),
                "\n[[contradiction]]\nid = \"x\"\ntopic = \"t\"\nnote = \"n\"\nclaims = []\n",
            )
        },
        "unknown field `contradiction`",
    );
    // Errata that do not fit their source.
    check(
        |d| {
            append(
                &d.join("errata.toml"),
                "\n[[erratum]]\nid = \"x\"\nsource = \"fiw2019\"\nraw = \"the\"\ncorrection = \"teh\"\nwhy = \"test\"\n",
            )
        },
        "occurs",
    );
    check(
        |d| {
            append(
                &d.join("errata.toml"),
                "\n[[erratum]]\nid = \"x\"\nsource = \"fiw2019\"\nraw = \"no such words anywhere\"\ncorrection = \"y\"\nwhy = \"test\"\n",
            )
        },
        "occurs 0 times",
    );
    // A source whose stated total no longer adds up.
    check(
        |d| {
            replace(
                &d.join("sources/fiw2019-freedom-in-the-world-2019.txt"),
                "22 /100",
                "23 /100",
            )
        },
        "the stated score is 23",
    );
    // A ratings row that cannot be read.
    check(
        |d| {
            replace(
                &d.join("sources/nit2018-nations-in-transit-2018.txt"),
                "Corruption6.506.50",
                "Corruption6.506.5x",
            )
        },
        "unexpected character 'x'",
    );
    // A democracy score that is not the mean of its row.
    check(
        |d| {
            replace(
                &d.join("sources/nit2018-nations-in-transit-2018.txt"),
                "Democracy Score6.32",
                "Democracy Score6.33",
            )
        },
        "the stated democracy score is 6.33 but the ratings average 6.32",
    );
}

/// Every quote that is not found is listed, not just the first.
#[test]
fn every_quote_not_found_is_listed() {
    let dir = scratch();
    let first = EVENT.replace(
        "On March 10, the president",
        "Nothing like this is in the text",
    );
    let second = EVENT
        .replace("test-event", "test-event-2")
        .replace("On March 10, the president", "Nor is this anywhere in it");
    append(&dir.join("curated/events.toml"), &(first + &second));
    let result = build(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    let errors = match result {
        Ok(_) => panic!("two quotes not found should fail the build"),
        Err(errors) => errors,
    };
    for id in ["\"test-event\"", "\"test-event-2\""] {
        assert!(
            errors
                .iter()
                .any(|e| e.contains(id) && e.contains("not found in nit2018")),
            "{id} not listed:\n{}",
            errors.join("\n")
        );
    }
}

#[test]
fn a_missing_curated_folder_counts_as_empty() {
    let dir = scratch();
    std::fs::remove_dir_all(dir.join("curated")).unwrap();
    let built = build(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    let corpus = built.unwrap_or_else(|e| panic!("{}", e.join("\n"))).corpus;
    assert!(corpus.events.is_empty() && corpus.items.is_empty() && corpus.coverage.is_empty());
    assert_eq!(corpus.fiw.indicators().count(), 25);
}

/// The coverage ledger: a sentence dropped from it, an entry that no longer
/// fits, and an entry whose fragment is not in its paragraph are each
/// reported, and the draft lists the dropped sentence for a curator.
#[test]
fn ledger_damage_is_reported() {
    let ledger = |d: &Path| d.join("curated/coverage.toml");
    // Dropping the entry for Freedom House's lead-in to the 2018 corruption
    // cases leaves that dated sentence unaccounted for.
    check(
        |d| {
            let text = std::fs::read_to_string(ledger(d)).unwrap();
            let start = text
                .find("[[sentence]]\nsource = \"fiw2019\"\nanchor = \"p38\"")
                .unwrap();
            let end = start + text[start..].find("\n\n").unwrap() + 2;
            std::fs::write(ledger(d), format!("{}{}", &text[..start], &text[end..])).unwrap();
        },
        "a dated sentence that no event quotes and the ledger does not set aside: \"The extent of corruption",
    );
    // A fragment that is not in the paragraph it names.
    check(
        |d| {
            append(
                &ledger(d),
                "\n[[sentence]]\nsource = \"fiw2019\"\nanchor = \"p38\"\nfragment = \"no such words\"\nreason = \"background\"\n",
            )
        },
        "the fragment is not in fiw2019 p38",
    );
    // An entry for a sentence that an event already quotes.
    check(
        |d| {
            append(
                &ledger(d),
                "\n[[sentence]]\nsource = \"hrw2017\"\nanchor = \"p36\"\nfragment = \"On October 3, an Astana court\"\nreason = \"background\"\n",
            )
        },
        "quotes already account for the sentence",
    );
    // A duplicate that names nothing, and one that names an unknown event.
    check(
        |d| {
            append(
                &ledger(d),
                "\n[[sentence]]\nsource = \"fiw2019\"\nanchor = \"p38\"\nfragment = \"The extent of corruption\"\nreason = \"duplicate\"\n",
            )
        },
        "a duplicate must name the event or item it duplicates",
    );
    check(
        |d| {
            replace(
                &ledger(d),
                "event = \"2017-10-kyrgyzstan-dispute\"",
                "event = \"no-such-event\"",
            )
        },
        "event no-such-event does not exist",
    );
    // A reason outside the vocabulary.
    check(
        |d| replace(&ledger(d), "reason = \"forecast\"", "reason = \"guess\""),
        "unknown variant `guess`",
    );
}

#[test]
fn the_ledger_draft_lists_what_is_missing() {
    let dir = scratch();
    let path = dir.join("curated/coverage.toml");
    std::fs::write(&path, "").unwrap();
    let corpus = explainer_extract::build::assemble(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    let draft = explainer_extract::build::ledger_draft(&corpus.expect("assembles"));
    assert!(
        draft.contains("source = \"nit2008\"\nanchor = \"p13\"\nfragment = \"Outlook for 2008.\""),
        "{draft}"
    );
    assert!(draft.contains("reason = \"?\""));
    // The draft is TOML as written, with every sentence's words intact
    // (one has a no-break space, which must not be escaped away).
    let parsed: toml::Value = toml::from_str(&draft).expect("the draft is TOML");
    let entries = parsed["sentence"].as_array().unwrap();
    assert!(
        entries
            .iter()
            .any(|e| e["fragment"].as_str().unwrap().contains("Juncker\u{a0}met")),
        "{draft}"
    );
}
