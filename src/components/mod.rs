//! Small components shared by several views.

mod cite;
mod pips;
mod rich_text;
mod scroll_table;

pub use cite::{Cite, passage_label};
pub use pips::Pips;
pub use rich_text::RichText;
pub use scroll_table::ScrollTable;
