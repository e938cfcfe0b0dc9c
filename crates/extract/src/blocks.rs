//! Cutting a source text into blocks: runs of non-blank lines separated by
//! blank lines (lines of only whitespace, including no-break spaces, count
//! as blank).

/// A run of non-blank lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block<'a> {
    /// The lines, as in the source (not trimmed).
    pub lines: Vec<&'a str>,
    /// How many blank lines came before the block.
    pub blank_before: usize,
}

impl Block<'_> {
    /// The block's lines trimmed and joined by single spaces.
    pub fn joined(&self) -> String {
        self.lines
            .iter()
            .map(|l| l.trim())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Whether the block is one line.
    pub fn is_single_line(&self) -> bool {
        self.lines.len() == 1
    }
}

/// Cuts `text` into blocks.
pub fn blocks(text: &str) -> Vec<Block<'_>> {
    let mut out = Vec::new();
    let mut lines = Vec::new();
    let mut blank = 0;
    let mut blank_before = 0;
    for line in text.lines() {
        if line.trim().is_empty() {
            if !lines.is_empty() {
                out.push(Block {
                    lines: std::mem::take(&mut lines),
                    blank_before,
                });
                blank = 0;
            }
            blank += 1;
        } else {
            if lines.is_empty() {
                blank_before = blank;
            }
            lines.push(line);
        }
    }
    if !lines.is_empty() {
        out.push(Block {
            lines,
            blank_before,
        });
    }
    out
}

/// The text of a bulleted line without its bullet, if it is one.
pub fn bullet(line: &str) -> Option<&str> {
    line.trim_start().strip_prefix('•').map(str::trim)
}

/// Splits lines into paragraphs: each bulleted line starts a list item;
/// other lines continue the paragraph before them (joined by a space) or
/// start a text paragraph. Returns (is list item, text) pairs.
pub fn paragraphs<'a>(lines: impl IntoIterator<Item = &'a str>) -> Vec<(bool, String)> {
    let mut out: Vec<(bool, String)> = Vec::new();
    for line in lines {
        match bullet(line) {
            Some(text) => out.push((true, text.to_owned())),
            None => match out.last_mut() {
                Some((_, text)) => {
                    text.push(' ');
                    text.push_str(line.trim());
                }
                None => out.push((false, line.trim().to_owned())),
            },
        }
    }
    out
}

/// A heading-like line: short, with no sentence-ending punctuation.
pub fn looks_like_heading(line: &str, max_words: usize) -> bool {
    let line = line.trim();
    let words = line.split_whitespace().count();
    (1..=max_words).contains(&words)
        && !line.ends_with(['.', '!', '?', ',', ';', '”', '"', '’', ')'])
        && line.chars().next().is_some_and(|c| c.is_uppercase())
}

/// A lower-case, hyphenated id from a title: "Freedom of Assembly" becomes
/// `freedom-of-assembly`.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_blocks(text: &str, expected: &[(&[&str], usize)]) {
        let got: Vec<(Vec<&str>, usize)> = blocks(text)
            .into_iter()
            .map(|b| (b.lines, b.blank_before))
            .collect();
        let expected: Vec<(Vec<&str>, usize)> =
            expected.iter().map(|(l, n)| (l.to_vec(), *n)).collect();
        assert_eq!(got, expected, "{text:?}");
    }

    #[test]
    fn cutting() {
        check_blocks("a\nb\n\nc", &[(&["a", "b"], 0), (&["c"], 1)]);
        check_blocks("\n\na\n\n\n\nb\n", &[(&["a"], 2), (&["b"], 3)]);
        check_blocks("a\n\u{a0}\nb", &[(&["a"], 0), (&["b"], 1)]);
        check_blocks("a\n \t\nb", &[(&["a"], 0), (&["b"], 1)]);
        check_blocks("", &[]);
    }

    fn check_paragraphs(lines: &[&str], expected: &[(bool, &str)]) {
        let got = paragraphs(lines.iter().copied());
        let expected: Vec<(bool, String)> =
            expected.iter().map(|(b, s)| (*b, s.to_string())).collect();
        assert_eq!(got, expected, "{lines:?}");
    }

    #[test]
    fn splitting_paragraphs() {
        check_paragraphs(
            &["skilled", "professionals"],
            &[(false, "skilled professionals")],
        );
        check_paragraphs(&["  • one", "  • two"], &[(true, "one"), (true, "two")]);
        check_paragraphs(&["intro", "  • one"], &[(false, "intro"), (true, "one")]);
        check_paragraphs(&["  • one", "more"], &[(true, "one more")]);
    }

    fn check_heading(line: &str, expected: bool) {
        assert_eq!(looks_like_heading(line, 6), expected, "{line:?}");
    }

    #[test]
    fn headings() {
        check_heading("Parliamentary Elections", true);
        check_heading("Sexual Orientation and Gender Identity", true);
        check_heading("Trade unions are the only organizations.", false);
        check_heading("one two three four five six seven", false);
        check_heading("lower case", false);
        check_heading("", false);
    }

    fn check_slug(title: &str, expected: &str) {
        assert_eq!(slug(title), expected, "{title:?}");
    }

    #[test]
    fn slugs() {
        check_slug("Freedom of Assembly", "freedom-of-assembly");
        check_slug("Outlook for 2018:", "outlook-for-2018");
        check_slug("  Key  International Actors ", "key-international-actors");
        check_slug(
            "Media Restrictions and Freedom of Expression",
            "media-restrictions-and-freedom-of-expression",
        );
    }
}
