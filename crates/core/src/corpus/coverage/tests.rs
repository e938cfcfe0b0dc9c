//! The coverage ledger's unit tests: sentences, dates and asks.

use super::*;

fn split(text: &str) -> Vec<&str> {
    sentences(text).into_iter().map(|r| &text[r]).collect()
}

#[test]
fn sentences_end_at_stops_before_a_capital() {
    let check = |text: &str, expected: &[&str]| assert_eq!(split(text), expected, "{text:?}");
    check("One. Two.", &["One.", "Two."]);
    check("  One.  Two  ", &["One.", "Two"]);
    check("It rose.[12] Then fell.", &["It rose.[12]", "Then fell."]);
    check(
        "He said \"no.\" She left.",
        &["He said \"no.\"", "She left."],
    );
    check(
        "Paid U.S. oil firms. Done.",
        &["Paid U.S. oil firms.", "Done."],
    );
    check("Washington, D.C. Later.", &["Washington, D.C. Later."]);
    check("Law No. 51 passed. Next.", &["Law No. 51 passed.", "Next."]);
    check(
        "Talks with A. Smith. Next.",
        &["Talks with A. Smith.", "Next."],
    );
    check(
        "Rated 6.75 in 2018. Next.",
        &["Rated 6.75 in 2018.", "Next."],
    );
    check(
        "Why? Because. 2017 came.",
        &["Why?", "Because.", "2017 came."],
    );
    check("a.b c", &["a.b c"]);
    check(
        "Sign it. [...] Every case.",
        &["Sign it. [...] Every case."],
    );
    check("", &[]);
}

#[test]
fn raw_offsets_carry_over_to_the_corrected_text() {
    let raw = "One ciil word. Two.";
    let text = "One civil word. Two.";
    assert_eq!(to_corrected(raw, text, 2), 2);
    assert_eq!(to_corrected(raw, text, raw.len()), text.len());
    assert_eq!(to_corrected(raw, text, 15), 16);
    assert_eq!(to_corrected("abc", "abc", 3), 3);
}

#[test]
fn dates_are_years_months_and_relative_dates() {
    for s in [
        "In 2017 it changed.",
        "It started in March.",
        "During the year, ten were convicted.",
        "He remained in jail at year's end.",
        "Earlier that month both were robbed.",
        "Since 1989 he has ruled.",
        "At time of writing they were on trial.",
        "In recent years, the space has narrowed.",
        "So far change has been limited.",
    ] {
        assert!(is_dated(s), "{s:?}");
    }
    for s in [
        "It costs 2,000 tenge.",
        "Some 2.019 units.",
        "Members may join.",
        "Over 1,989 people.",
        "A yearly report.",
        "The current law stands.",
    ] {
        assert!(!is_dated(s), "{s:?}");
    }
}

#[test]
fn asks_are_calls_pledges_and_concerns() {
    for s in [
        "The EU called on authorities to release them.",
        "Four rapporteurs urged Kazakhstan to halt it.",
        "The government should reform the law.",
        "He pledged to adopt a plan.",
        "Telia expressed concern over the rules.",
        "It recommends a register.",
        "Their staff need to be protected.",
    ] {
        assert!(asks(s), "{s:?}");
    }
    for s in ["The court ruled.", "A recall vote.", "Callers were many."] {
        assert!(!asks(s), "{s:?}");
    }
}
