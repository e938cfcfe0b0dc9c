//! How each of the chart's eight lines looks: a colour, a dash and a marker
//! shape of its own, so that lines differ by more than colour. The
//! stylesheet's `--tl-cN` and `.tl-mN` rules draw the same on screen (a
//! native test compares them); a downloaded picture takes them from here.

/// One line's look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineLook {
    /// Stroke and marker colour (light scheme).
    pub colour: &'static str,
    /// `stroke-dasharray`, empty for a solid line.
    pub dash: &'static str,
    /// Stroke width.
    pub width: &'static str,
}

const fn look(colour: &'static str, dash: &'static str, width: &'static str) -> LineLook {
    LineLook {
        colour,
        dash,
        width,
    }
}

/// Line `i`'s look, in `measures` order.
pub const LOOKS: [LineLook; 8] = [
    look("#1d3f6e", "", "2"),
    look("#b3261e", "6 3", "2"),
    look("#1b7a3a", "2 3", "2"),
    look("#7b3fa0", "8 3 2 3", "2"),
    look("#a05a00", "4 4", "2"),
    look("#00788a", "10 2", "2"),
    look("#6b6b00", "1 2", "2"),
    look("#1a1a1a", "", "3.5"),
];

/// A marker of one of eight shapes centred on x, y, as an SVG path.
pub fn marker(shape: usize, x: f64, y: f64) -> String {
    match shape {
        0 => format!(
            "M{:.1} {y:.1}a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0-7 0z",
            x - 3.5
        ),
        1 => format!("M{:.1} {:.1}h6v6h-6z", x - 3.0, y - 3.0),
        2 => format!("M{x:.1} {:.1}l4 7h-8z", y - 4.0),
        3 => format!("M{x:.1} {:.1}l4.5 4.5-4.5 4.5-4.5-4.5z", y - 4.5),
        4 => format!("M{x:.1} {:.1}l4-7h-8z", y + 4.0),
        5 => format!("M{:.1} {:.1}h9v4h-9z", x - 4.5, y - 2.0),
        6 => format!("M{:.1} {:.1}h4v9h-4z", x - 2.0, y - 4.5),
        _ => format!("M{:.1} {y:.1}a5 5 0 1 0 10 0a5 5 0 1 0-10 0z", x - 5.0),
    }
}
