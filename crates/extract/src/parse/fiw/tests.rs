//! The Freedom in the World parser's unit tests, line by line.

use super::*;

fn check(line: &str, expected: Option<Heading>) {
    assert_eq!(heading(line), expected, "{line:?}");
}

#[test]
fn headings() {
    check(
        "POLITICAL RIGHTS: 5 / 40",
        Some(Heading::Category("POLITICAL RIGHTS", 5, 40)),
    );
    check(
        "A. ELECTORAL PROCESS: 1 / 12",
        Some(Heading::Subcategory("A", "ELECTORAL PROCESS", 1, 12)),
    );
    check(
        "A1. Was it fair? 0 / 4",
        Some(Heading::Indicator("A1", "Was it fair?", 0, 4)),
    );
    check(
        "G4. Do individuals enjoy equality? 2 / 4",
        Some(Heading::Indicator(
            "G4",
            "Do individuals enjoy equality?",
            2,
            4,
        )),
    );
    check("Political Rights: 5 / 40", None);
    check("22 /100", None);
    check("AB. Not a code? 1 / 4", None);
    check("A. Electoral Process: 1 / 12", None);
    check("The total was 3 / 4", None);
}

fn sample() -> String {
    [
        "Report - Country",
        "",
        "Not Free",
        "",
        "3 /12",
        "",
        "Key Developments:",
        "",
        "  • Something happened.",
        "",
        "POLITICAL RIGHTS: 1 / 8",
        "",
        "A. ELECTORAL PROCESS: 1 / 8",
        "",
        "A1. Was it free? 0 / 4",
        "",
        "No.",
        "",
        "Really no.",
        "",
        "A2. Was it fair? 1 / 4",
        "",
        "Partly.",
        "",
        "CIVIL LIBERTIES: 2 / 4",
        "",
        "D. FREEDOM OF EXPRESSION AND BELIEF: 2 / 4",
        "",
        "D1. Free media? 2 / 4",
        "",
        "Some.",
    ]
    .join("\n")
}

#[test]
fn a_small_report() {
    let parsed = parse(&DocId::from("x"), &sample(), &[]).unwrap();
    let Facts::Fiw(r) = &parsed.facts else {
        panic!("no report")
    };
    assert_eq!((r.status, r.score, r.max), (FiwStatus::NotFree, 3, 12));
    assert_eq!(r.key_developments.len(), 1);
    let codes: Vec<&str> = r.indicators().map(|(_, _, i)| i.code.as_str()).collect();
    assert_eq!(codes, ["A1", "A2", "D1"]);
    assert_eq!(r.indicator("A1").unwrap().narrative.len(), 2);
    assert_eq!(
        r.categories[1].subcategories[0].name,
        "Freedom of Expression and Belief"
    );
    assert!(unclaimed(r, &parsed.body).is_empty());
}

#[test]
fn stray_text_is_an_error() {
    let text = "Report\n\nNot Free\n\n3 /12\n\nA stray paragraph.";
    let errors = parse(&DocId::from("x"), text, &[]).unwrap_err();
    assert!(
        errors.iter().any(|e| e.contains("outside any indicator")),
        "{errors:?}"
    );
}
