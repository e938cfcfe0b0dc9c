//! The Nations in Transit 2018 parser's unit tests, line by line.

use super::*;

fn check(line: &str, n: usize, expected: Result<(&str, &[u16]), &str>) {
    let got = table_row(line, n);
    match (got, expected) {
        (Ok((label, values)), Ok((l, v))) => {
            assert_eq!(label, l, "{line:?}");
            assert_eq!(
                values,
                v.iter().map(|x| Rating(*x)).collect::<Vec<_>>(),
                "{line:?}"
            );
        }
        (Err(e), Err(m)) => assert!(e.contains(m), "{line:?}: {e}"),
        (got, _) => panic!("{line:?}: {got:?}"),
    }
}

#[test]
fn rows() {
    check(
        "Electoral Process6.756.75",
        2,
        Ok(("Electoral Process", &[675, 675])),
    );
    check(
        "Civil Society6.256.56.50",
        3,
        Ok(("Civil Society", &[625, 650, 650])),
    );
    check(
        "Democracy Score6.326.43",
        2,
        Ok(("Democracy Score", &[632, 643])),
    );
    check("6.756.75", 2, Ok(("", &[675, 675])));
    check("Corruption6.326.43", 2, Err("not on the scale"));
    check("Corruption", 2, Err("no numbers"));
    check("Corruption6.756.75", 3, Err("reads as 2 values"));
}

fn sample() -> String {
    [
        "Democracy Score: 6.63 (1 = Most Democratic, 7 = Least Democratic)",
        "",
        "Nations in Transit Ratings and Averaged Scores",
        "",
        "NIT Edition20172018",
        "Electoral Process6.756.75",
        "Civil Society6.506.75",
        "Independent Media6.756.75",
        "National Democratic Governance6.756.75",
        "Local Democratic Governance6.506.50",
        "Judicial Framework and Independence6.506.50",
        "Corruption6.506.50",
        "Democracy Score6.606.64",
        "",
        "Score Changes:",
        "",
        "  • Civil Society rating declined from 6.50 to 6.75 due to reasons.",
        "",
        "As a result, the Democracy Score declined from 6.60 to 6.64.",
        "",
        "Civil Society:",
        "",
        "20172018",
        "6.506.75",
        "  • A point.[1]",
        "",
        "Notes:",
        "",
        "1 A note.",
        "",
        "A closing line.",
    ]
    .join("\n")
}

#[test]
fn a_small_report() {
    let parsed = parse(&DocId::from("x"), &sample(), &[]).unwrap();
    let Facts::Nit(f) = &parsed.facts else {
        panic!()
    };
    assert_eq!(f.table.len(), 8);
    assert_eq!(
        f.table[7].values,
        vec![(2017, Rating(660)), (2018, Rating(664))]
    );
    assert_eq!(f.section_tables.len(), 1);
    assert_eq!(
        f.section_tables[0].category,
        Some(NitCategory::CivilSociety)
    );
    assert_eq!(f.changes.len(), 2);
    assert_eq!(f.changes[1].measure, NitMeasure::DemocracyScore);
    assert_eq!(f.prose[0].edition, 2018);
    assert_eq!(parsed.body.notes.len(), 1);
    let last = parsed.body.sections.last().unwrap();
    assert_eq!(last.id, "disclaimer");
}

#[test]
fn a_bad_row_fails_loudly() {
    let text = sample().replace("Corruption6.506.50", "Corruption6.506.5O");
    let errors = parse(&DocId::from("x"), &text, &[]).unwrap_err();
    assert!(
        errors.iter().any(|e| e.contains("Corruption")),
        "{errors:?}"
    );
}
