//! The chart's key, drawn on the picture itself so that a chart published
//! alone still says which line is which: entries flow left to right and
//! wrap, as words do, within the drawing's width.

/// Height of one row of the key.
pub const KEY_ROW: f64 = 16.0;
/// Width of an entry's sample of line and marker.
pub const KEY_SAMPLE: f64 = 28.0;
/// Gap between the sample and its words, and between entries.
const GAP: f64 = 6.0;
const SPACE: f64 = 14.0;
/// The advance of one character at the key's 12-unit type: generous, so
/// that an entry never runs into the next in any common sans-serif face.
const CHAR: f64 = 6.7;

/// Where each entry goes: the top-left of its sample, relative to the
/// key's top-left corner.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyLayout {
    /// One position per label, in the labels' order.
    pub at: Vec<(f64, f64)>,
    /// The key's height.
    pub height: f64,
}

/// The width an entry takes: its sample, a gap and its words.
pub fn entry_width(label: &str) -> f64 {
    KEY_SAMPLE + GAP + CHAR * label.chars().count() as f64
}

/// Lays out `labels` in rows no wider than `width`; an entry wider than
/// the row has a row of its own.
pub fn key_layout(width: f64, labels: &[&str]) -> KeyLayout {
    let mut at = Vec::with_capacity(labels.len());
    let (mut x, mut y) = (0.0, 0.0);
    for label in labels {
        let w = entry_width(label);
        if x > 0.0 && x + w > width {
            x = 0.0;
            y += KEY_ROW;
        }
        at.push((x, y));
        x += w + SPACE;
    }
    let height = if labels.is_empty() { 0.0 } else { y + KEY_ROW };
    KeyLayout { at, height }
}

/// The words after a sample: where `at.0 + KEY_SAMPLE + GAP` puts them.
pub fn label_x(x: f64) -> f64 {
    x + KEY_SAMPLE + GAP
}

#[cfg(test)]
mod tests {
    use super::*;

    const LABELS: [&str; 4] = [
        "Electoral Process",
        "Civil Society",
        "Corruption",
        "Judicial Framework and Independence",
    ];

    #[test]
    fn entries_wrap_within_the_width_and_never_overlap() {
        for width in [280.0, 340.0, 520.0, 720.0] {
            let key = key_layout(width, &LABELS);
            for (i, (label, &(x, y))) in LABELS.iter().zip(&key.at).enumerate() {
                assert!(
                    x == 0.0 || x + entry_width(label) <= width,
                    "{label} at {width}"
                );
                if let Some(&(nx, ny)) = key.at.get(i + 1) {
                    assert!(
                        ny > y || nx >= x + entry_width(label),
                        "{label} overlaps at {width}"
                    );
                }
            }
            assert_eq!(key.height, key.at.last().unwrap().1 + KEY_ROW);
        }
        // Wide enough, one row; narrow, a row each for the long ones.
        assert_eq!(key_layout(2000.0, &LABELS).height, KEY_ROW);
        assert!(key_layout(280.0, &LABELS).height >= 3.0 * KEY_ROW);
        assert_eq!(key_layout(280.0, &[]).height, 0.0);
    }
}
