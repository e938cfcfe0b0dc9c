//! A short stretch of a long text around its first match, cut between
//! words, with the marks moved to fit.

use super::Marked;
use std::ops::Range;

/// How far before the first match a snippet starts, in bytes (then moved
/// to the start of a word).
const BEFORE: usize = 60;
/// How long a snippet is, in bytes (then cut back to the end of a word).
const LENGTH: usize = 200;
/// Marks where the text was cut.
const ELLIPSIS: &str = "…";

/// The largest character boundary of `text` at or before `at`.
fn floor(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A stretch of `text` of about `LENGTH` bytes that holds the first of
/// `marks` (sorted, on character boundaries, as the search gives them),
/// with "…" where it was cut and the marks that fall inside it, moved to
/// its offsets. Without marks, the text's opening words.
pub fn snippet(text: &str, marks: &[Range<usize>]) -> Marked {
    let marks: Vec<Range<usize>> = marks
        .iter()
        .filter(|r| {
            r.start < r.end
                && r.end <= text.len()
                && text.is_char_boundary(r.start)
                && text.is_char_boundary(r.end)
        })
        .cloned()
        .collect();
    let first = marks.first().cloned().unwrap_or(0..0);

    // Start a little before the first match, at the start of a word.
    let mut start = floor(text, first.start.saturating_sub(BEFORE));
    if start > 0 {
        start = text[start..first.start]
            .find(' ')
            .map_or(first.start, |space| start + space + 1);
    }
    // End about LENGTH bytes on, at the end of a word, never inside the
    // first match.
    let mut end = floor(text, start + LENGTH).max(first.end);
    if end < text.len()
        && let Some(space) = text[first.end..end].rfind(' ')
    {
        end = first.end + space;
    }
    let body = text[start..end].trim_end();
    let end = start + body.len();

    let prefix = if start > 0 { ELLIPSIS } else { "" };
    let mut out = String::with_capacity(body.len() + 2 * ELLIPSIS.len());
    out.push_str(prefix);
    out.push_str(body);
    if end < text.len() {
        out.push_str(ELLIPSIS);
    }
    let shift = prefix.len();
    let marks = marks
        .into_iter()
        .filter(|r| r.start < end && r.end > start)
        .map(|r| r.start.max(start) - start + shift..r.end.min(end) - start + shift)
        .collect();
    Marked { text: out, marks }
}

// Marks are lists of ranges, often of one; a backwards range is a bad mark
// on purpose.
#[cfg(test)]
#[allow(clippy::single_range_in_vec_init, clippy::reversed_empty_ranges)]
mod tests {
    use super::*;

    fn check(text: &str, marks: &[Range<usize>], expected: &str, marked: &[&str]) {
        let s = snippet(text, marks);
        assert_eq!(s.text, expected, "snippet of {text:?}");
        let got: Vec<&str> = s.marks.iter().map(|r| &s.text[r.clone()]).collect();
        assert_eq!(got, marked, "marks in {:?}", s.text);
    }

    #[test]
    fn short_texts_are_whole() {
        check("Media law", &[0..5], "Media law", &["Media"]);
        check("Media law", &[], "Media law", &[]);
        check("", &[], "", &[]);
    }

    #[test]
    fn long_texts_are_cut_between_words_around_the_first_match() {
        let words = "word ".repeat(60);
        let text = format!("{words}Café law {words}");
        let at = text.find("Café").unwrap();
        let s = snippet(&text, &[at..at + "Café".len()]);
        assert!(s.text.starts_with("…word"), "{}", s.text);
        assert!(s.text.ends_with("word…"), "{}", s.text);
        assert!(s.text.len() <= LENGTH + 2 * ELLIPSIS.len());
        assert_eq!(
            s.marks
                .iter()
                .map(|r| &s.text[r.clone()])
                .collect::<Vec<_>>(),
            ["Café"]
        );
        // Without marks: the opening words.
        let s = snippet(&text, &[]);
        assert!(s.text.starts_with("word word"));
        assert!(s.text.ends_with('…'));
    }

    #[test]
    fn a_match_longer_than_the_snippet_is_kept_whole() {
        let text = format!("a {} b", "é".repeat(300));
        let s = snippet(&text, &[2..602]);
        assert_eq!(s.marks.len(), 1);
        assert_eq!(&s.text[s.marks[0].clone()], "é".repeat(300));
    }

    #[test]
    fn bad_marks_are_ignored() {
        check("é law", &[0..1, 3..99, 4..3], "é law", &[]);
    }

    #[test]
    fn non_ascii_text_is_cut_on_characters() {
        let text = "Суд ".repeat(80) + "Астана " + &"Суд ".repeat(80);
        let at = text.find("Астана").unwrap();
        let s = snippet(&text, &[at..at + "Астана".len()]);
        assert_eq!(&s.text[s.marks[0].clone()], "Астана");
        assert!(s.text.starts_with("…Суд"));
    }
}
