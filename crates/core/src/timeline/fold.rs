//! Folding text for search, so that what a reader types finds what the
//! sources say however either is capitalised, accented or punctuated.
//!
//! Rules, applied per character, the same to the text and to the query:
//!
//! - letters and digits are lower-cased (`char::to_lowercase`), and common
//!   Latin diacritics are removed (`é` → `e`, `ş` → `s`, `ö` → `o`; Cyrillic
//!   `ё` → `е`); combining marks are dropped;
//! - apostrophes (straight, curly, modifier letter, backtick) are dropped,
//!   so "Nazarbayev’s", "Nazarbayev's" and "Nazarbayevs" read alike;
//! - everything else (spaces, punctuation, quotes of any kind, dashes,
//!   symbols, control characters) is a separator, and each run of
//!   separators becomes one space.
//!
//! A folded text knows where each of its bytes came from
//! ([`Folded::original_range`]), so a match in the folded text can be
//! highlighted in the original. The map is a list of stretches, not an
//! offset per byte: a new stretch starts only where folding changes a
//! character's length or drops characters, so it stays small.

use std::ops::Range;

/// A stretch of the folded text and where it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Segment {
    /// Where the stretch starts in the folded text.
    folded: u32,
    /// Where its first character starts in the original.
    original: u32,
    /// 0 when the stretch copies the original character by character, each
    /// folded character as long in bytes as the one it came from (so offsets
    /// inside it map one to one); otherwise the stretch is the output of one
    /// character of the original, this many bytes long.
    width: u8,
}

/// A text folded for search, with the map back to the original's offsets.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    segments: Vec<Segment>,
}

/// What a character becomes.
enum Fold {
    /// Dropped (apostrophes, combining marks).
    Drop,
    /// A separator (folded with its neighbours into one space).
    Separator,
    /// These characters.
    Keep(char, Option<char>),
}

/// Apostrophe-like characters, dropped inside words.
fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{02BC}' | '`' | '\u{00B4}' | '\u{2032}'
    )
}

/// The base letter of a lower-case letter with a common diacritic.
fn strip_diacritic(c: char) -> char {
    match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' => 's',
        'ţ' | 'ť' => 't',
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        'ё' => 'е',
        other => other,
    }
}

fn fold_char(c: char) -> Fold {
    if is_apostrophe(c) || ('\u{0300}'..='\u{036F}').contains(&c) {
        return Fold::Drop;
    }
    if !c.is_alphanumeric() {
        return Fold::Separator;
    }
    if c.is_ascii() {
        return Fold::Keep(c.to_ascii_lowercase(), None);
    }
    let mut lower = c.to_lowercase().map(strip_diacritic);
    // `to_lowercase` gives one character but for a few (İ → i + U+0307),
    // whose extra character is a combining mark, which folding drops.
    let first = lower.next().unwrap_or(c);
    let second = lower.find(|&d| !('\u{0300}'..='\u{036F}').contains(&d));
    Fold::Keep(first, second)
}

impl Folded {
    /// Folds `original`.
    pub fn new(original: &str) -> Self {
        let mut out = Self {
            text: String::with_capacity(original.len()),
            segments: Vec::new(),
        };
        let mut in_separator = false;
        for (at, c) in original.char_indices() {
            match fold_char(c) {
                Fold::Drop => {}
                Fold::Separator if in_separator => {}
                Fold::Separator => {
                    out.push(at, c.len_utf8(), ' ', None);
                    in_separator = true;
                }
                Fold::Keep(first, second) => {
                    out.push(at, c.len_utf8(), first, second);
                    in_separator = false;
                }
            }
        }
        out
    }

    /// Appends the folded form of the character at `at`, `len` bytes long.
    fn push(&mut self, at: usize, len: usize, first: char, second: Option<char>) {
        let folded = self.text.len() as u32;
        let original = at as u32;
        self.text.push(first);
        if let Some(second) = second {
            self.text.push(second);
        }
        let width = if self.text.len() - folded as usize == len {
            0
        } else {
            len as u8
        };
        let continues = self.segments.last().is_some_and(|s| {
            s.width == 0 && width == 0 && s.original + (folded - s.folded) == original
        });
        if !continues {
            self.segments.push(Segment {
                folded,
                original,
                width,
            });
        }
    }

    /// The segment that holds the folded byte at `offset`.
    fn segment(&self, offset: u32) -> Option<Segment> {
        let i = self.segments.partition_point(|s| s.folded <= offset);
        i.checked_sub(1).map(|i| self.segments[i])
    }

    /// The range of the original text that the folded range `folded` came
    /// from, always whole characters. Empty ranges and ranges outside the
    /// folded text give `0..0`.
    pub fn original_range(&self, folded: Range<usize>) -> Range<usize> {
        if folded.start >= folded.end || folded.end > self.text.len() {
            return 0..0;
        }
        let (first, last) = (folded.start as u32, folded.end as u32 - 1);
        let start = match self.segment(first) {
            Some(s) if s.width == 0 => s.original + (first - s.folded),
            Some(s) => s.original,
            None => 0,
        };
        let end = match self.segment(last) {
            Some(s) if s.width == 0 => s.original + (last - s.folded) + 1,
            Some(s) => s.original + u32::from(s.width),
            None => 0,
        };
        start as usize..end as usize
    }
}

/// Folds `text` (without the offset map).
pub fn fold(text: &str) -> String {
    Folded::new(text).text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        assert_eq!(fold(input), expected, "folding {input:?}");
    }

    #[test]
    fn folding() {
        check("Hello World", "hello world");
        check("  spaced \t\n out  ", " spaced out ");
        check(
            "“extremist” \"extremist\" «extremist»",
            " extremist extremist extremist ",
        );
        check("Nazarbayev’s Nazarbayev's", "nazarbayevs nazarbayevs");
        check(
            "non-governmental—organisations",
            "non governmental organisations",
        );
        check("Ö Café Şahin İstanbul ё Ё", "o cafe sahin istanbul е е");
        check("e\u{0301}te\u{0301}", "ete");
        check("Казахстан", "казахстан");
        check("6.71 — 2017", "6 71 2017");
        check("", "");
        check("’’’", "");
    }

    fn check_range(original: &str, needle: &str, expected: &str) {
        let f = Folded::new(original);
        let at = f
            .text
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} in {:?}", f.text));
        let range = f.original_range(at..at + needle.len());
        let got = original.get(range.clone());
        assert_eq!(got, Some(expected), "{needle:?} in {original:?}: {range:?}");
    }

    #[test]
    fn ranges_map_back_to_whole_characters() {
        check_range("The Café opens", "cafe", "Café");
        check_range("Our ÉCOLE", "ecole", "ÉCOLE");
        check_range("Nazarbayev’s party", "nazarbayevs", "Nazarbayev’s");
        check_range("a  “free”   press", "free press", "free”   press");
        check_range("İstanbul court", "istanbul", "İstanbul");
        check_range("İstanbul court", "court", "court");
        check_range("Суд в Астане", "астане", "Астане");
        check_range("x e\u{0301}t", "et", "e\u{0301}t");
        let f = Folded::new("abc");
        assert_eq!(f.original_range(2..2), 0..0);
        assert_eq!(f.original_range(1..9), 0..0);
    }
}
