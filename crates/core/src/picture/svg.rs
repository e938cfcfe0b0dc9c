//! Writing SVG elements into a string, with text escaped.

use std::fmt::Write as _;

/// `text` with the five XML specials escaped, for content and attributes
/// (as for HTML: `&#39;` is as good in XML).
pub use crate::embed::escape_html as escape;

/// An SVG body being written.
#[derive(Default)]
pub(super) struct Svg(pub String);

/// How a line of text is set.
#[derive(Clone, Copy)]
pub(super) struct Type {
    pub size: f64,
    pub bold: bool,
    pub fill: &'static str,
    /// `start`, `middle` or `end`.
    pub anchor: &'static str,
}

impl Type {
    /// Regular text of `size` in `fill`, starting at its position.
    pub const fn plain(size: f64, fill: &'static str) -> Self {
        Self {
            size,
            bold: false,
            fill,
            anchor: "start",
        }
    }

    /// The same, bold.
    pub const fn bold(self) -> Self {
        Self { bold: true, ..self }
    }

    /// The same, anchored at `anchor`.
    pub const fn anchored(self, anchor: &'static str) -> Self {
        Self { anchor, ..self }
    }
}

impl Svg {
    /// A line of text whose baseline starts (or centres, or ends) at x, y.
    pub fn text(&mut self, x: f64, y: f64, t: Type, content: &str) {
        let weight = if t.bold { " font-weight=\"700\"" } else { "" };
        let _ = write!(
            self.0,
            "<text x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"{}\"{weight} fill=\"{}\" text-anchor=\"{}\">{}</text>",
            t.size,
            t.fill,
            t.anchor,
            escape(content)
        );
    }

    /// A rectangle; `stroke` of width 1 if given.
    pub fn rect(&mut self, (x, y, w, h): (f64, f64, f64, f64), fill: &str, stroke: Option<&str>) {
        let stroke = stroke.map_or(String::new(), |s| format!(" stroke=\"{s}\""));
        let _ = write!(
            self.0,
            "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{h:.1}\" fill=\"{fill}\"{stroke}/>"
        );
    }

    /// A straight line.
    pub fn line(
        &mut self,
        (x1, y1): (f64, f64),
        (x2, y2): (f64, f64),
        stroke: &str,
        width: f64,
        dash: &str,
    ) {
        let dash = if dash.is_empty() {
            String::new()
        } else {
            format!(" stroke-dasharray=\"{dash}\"")
        };
        let _ = write!(
            self.0,
            "<line x1=\"{x1:.1}\" y1=\"{y1:.1}\" x2=\"{x2:.1}\" y2=\"{y2:.1}\" stroke=\"{stroke}\" stroke-width=\"{width}\"{dash}/>"
        );
    }

    /// Any other element, written as given.
    pub fn raw(&mut self, element: &str) {
        self.0.push_str(element);
    }
}
