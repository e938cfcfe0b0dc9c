//! What every downloaded picture carries around its body: the title above,
//! and below it the source line and the address it came from.

use super::colour;
use super::svg::{Svg, Type, escape};

/// The words around a picture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frame {
    /// What the picture shows, in a sentence.
    pub title: String,
    /// Where its figures come from ("Source: …").
    pub source: String,
    /// The address of the view it was downloaded from.
    pub address: String,
}

/// A finished picture.
#[derive(Clone, Debug, PartialEq)]
pub struct Picture {
    /// The whole SVG document.
    pub svg: String,
    /// Its width and height in CSS pixels.
    pub width: f64,
    /// See `width`.
    pub height: f64,
    /// The frame's title, also the document's `<title>`.
    pub title: String,
}

/// The margin around everything.
pub(super) const PAD: f64 = 16.0;
const TITLE: Type = Type::plain(18.0, colour::FG).bold();
const SMALL: Type = Type::plain(11.0, colour::MUTED);

/// `text` broken at spaces into lines of at most `max` characters; a word
/// longer than that has a line of its own.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= max => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// How many characters of `t` fit in `width`, by a generous average advance.
fn fits(width: f64, t: Type) -> usize {
    let advance = t.size * if t.bold { 0.6 } else { 0.55 };
    ((width / advance).floor() as usize).max(10)
}

/// Puts `body` (drawn `width` less the margins × `height`, from its own
/// origin) under the
/// frame's title and above its source line and address.
pub(super) fn framed(frame: &Frame, width: f64, height: f64, body: Svg) -> Picture {
    let inner = width - 2.0 * PAD;
    let mut out = Svg::default();
    let mut y = PAD;
    for line in wrap(&frame.title, fits(inner, TITLE)) {
        y += 22.0;
        out.text(PAD, y, TITLE, &line);
    }
    y += 14.0;
    out.raw(&format!(
        "<g transform=\"translate({PAD} {y:.1})\">{}</g>",
        body.0
    ));
    y += height + 8.0;
    out.line((PAD, y), (width - PAD, y), colour::BORDER, 1.0, "");
    y += 4.0;
    for line in wrap(&frame.source, fits(inner, SMALL))
        .into_iter()
        .chain(wrap(&frame.address, fits(inner, SMALL)))
    {
        y += 15.0;
        out.text(PAD, y, SMALL, &line);
    }
    let total = (y + PAD).ceil();
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{total}\" viewBox=\"0 0 {width} {total}\" \
         font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\">\
         <title>{}</title><rect width=\"100%\" height=\"100%\" fill=\"{}\"/>{}</svg>",
        escape(&frame.title),
        colour::BG,
        out.0
    );
    Picture {
        svg,
        width,
        height: total,
        title: frame.title.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_at_spaces_within_the_width() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("  spaced   out ", 20), ["spaced out"]);
        assert_eq!(wrap("unbreakable", 4), ["unbreakable"]);
        assert!(wrap("", 10).is_empty());
    }

    #[test]
    fn a_frame_sets_title_source_and_address_in_order() {
        let frame = Frame {
            title: "A & B".into(),
            source: "Source: X".into(),
            address: "https://example.org/#/".into(),
        };
        let mut body = Svg::default();
        body.rect((0.0, 0.0, 10.0, 10.0), "#000", None);
        let p = framed(&frame, 400.0, 10.0, body);
        assert!(
            p.svg
                .starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\"")
        );
        assert!(p.svg.contains("<title>A &amp; B</title>"));
        let at = |s: &str| p.svg.find(s).unwrap_or_else(|| panic!("{s} missing"));
        assert!(
            at(">A &amp; B</text>") < at("<rect x=\"0.0\"")
                && at("<rect x=\"0.0\"") < at(">Source: X<")
        );
        assert!(at(">Source: X<") < at(">https://example.org/#/<"));
        assert!(p.height > 10.0 + 2.0 * PAD);
    }
}
