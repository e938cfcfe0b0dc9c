//! Small components shared by several views.

mod cite;
mod rich_text;

pub use cite::{Cite, passage_label};
pub use rich_text::RichText;
