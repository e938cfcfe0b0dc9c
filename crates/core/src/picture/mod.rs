//! Pictures to download, for slides and articles: the ratings chart, the
//! score breakdown, the what-if's place on the status grid, and each
//! widget's (a question, the latest events, counts as bars), each a whole
//! SVG document with its title, source line and address on the picture.
//! Strings, not DOM, so that what a reader downloads is tested natively;
//! the browser only turns them into files (and a PNG). Drawn in fixed light
//! colours: a downloaded picture has no page whose scheme it could follow.

mod cards;
mod frame;
mod frames;
mod nit_chart;
pub mod png;
mod points;
mod status_grid;
mod svg;

pub use cards::{Bar, EventLine, bars, events, question};
pub use frame::{Frame, Picture, wrap};
pub use frames::{
    chart_frame, counts_frame, events_frame, points_frame, question_frame, status_frame,
};
pub use nit_chart::{AXIS_LABEL, COMPUTED_LABEL, RING_LABEL, nit_chart};
pub use points::points;
pub use status_grid::status_grid;
pub use svg::escape;

/// The palette of a downloaded picture (the stylesheet's light scheme).
pub mod colour {
    /// Page.
    pub const BG: &str = "#ffffff";
    /// Text.
    pub const FG: &str = "#1a1a1a";
    /// Secondary text.
    pub const MUTED: &str = "#4a4a4a";
    /// Rules and grid lines.
    pub const BORDER: &str = "#c9ced6";
    /// Links and awarded points.
    pub const LINK: &str = "#1a4f8a";
    /// Statuses' cells: Free, Partly Free, Not Free.
    pub const FREE: &str = "#d4e9f7";
    /// See [`FREE`].
    pub const PARTLY: &str = "#fbe3a6";
    /// See [`FREE`].
    pub const NOT_FREE: &str = "#e4d3ee";

    /// The tracker's colour for a status, by its id (the stylesheet's
    /// `--st-<id>`); a grey for one it does not know.
    pub fn status(id: &str) -> &'static str {
        match id {
            "implemented" => "#1d4f91",
            "partial" => "#3f7fc4",
            "in-progress" => "#7fb0e0",
            "stalled" => "#d9a21b",
            "no-action" => "#b35c00",
            "reversed" => "#6a3d9a",
            _ => "#8a9099",
        }
    }
}
