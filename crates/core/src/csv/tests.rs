//! The CSV writer's unit tests: quoting, line ends and the byte-order mark.

use super::*;

fn check(fields: &[&str], expected: &str) {
    assert_eq!(record(fields), expected, "{fields:?}");
}

#[test]
fn records() {
    check(&["a", "b"], "a,b\r\n");
    check(&["a,b", "c"], "\"a,b\",c\r\n");
    check(&["say \"no\""], "\"say \"\"no\"\"\"\r\n");
    check(&["line\nbreak"], "\"line\nbreak\"\r\n");
    check(&["cr\rhere"], "\"cr\rhere\"\r\n");
    check(&["“curly” – dash"], "“curly” – dash\r\n");
    check(&["", ""], ",\r\n");
    check(&["x"], "x\r\n");
    check(&["a;b"], "a;b\r\n");
    check(&[" spaced "], " spaced \r\n");
}

#[test]
fn a_table_starts_with_one_byte_order_mark_then_its_header() {
    let t = table(&["a", "b"], [vec!["1".to_owned(), "x,y".to_owned()]]);
    assert_eq!(t, "\u{feff}a,b\r\n1,\"x,y\"\r\n");
    assert_eq!(t.as_bytes()[..3], [0xEF, 0xBB, 0xBF]);
    assert_eq!(t.matches(BOM).count(), 1);
    assert_eq!(table::<[&str; 0], &str>(&["a"], []), "\u{feff}a\r\n");
    assert!(!record(&["a"]).starts_with(BOM));
}

#[test]
fn passages_are_listed_once_in_first_cited_order() {
    let q = |doc: &str, anchor: &str| Quote {
        doc: doc.into(),
        anchor: anchor.into(),
        start: 0,
        end: 1,
        raw: false,
    };
    let quotes = [
        q("nit2018", "p40"),
        q("nit2018", "n4"),
        q("nit2018", "p40"),
        q("fiw2019", "p40"),
    ];
    assert_eq!(quoted(&quotes), "nit2018:p40;nit2018:n4;fiw2019:p40");
    assert_eq!(quoted(&[]), "");
}

#[test]
fn joining() {
    assert_eq!(join(["media", "justice"]), "media;justice");
    assert_eq!(join(Vec::<&str>::new()), "");
}
