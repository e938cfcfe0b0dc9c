//! Small components shared by several views.

mod after_paint;
mod cite;
mod copy_link;
mod disagreement;
mod drawn_part;
mod nit_cell;
mod pips;
mod points_hero;
mod reasoning;
mod related;
mod resize;
mod rich_text;
mod scroll_table;
mod search_box;
mod source_credits;
mod status_vocabulary;
mod window_listener;

pub use after_paint::{AfterPaint, after_first_frame, fill_in_batches};
pub use cite::{Cite, passage_label};
pub use copy_link::CopyLink;
pub(crate) use copy_link::write_text;
pub use disagreement::{DisagreementNotice, disagreement_item};
pub use drawn_part::DrawnPart;
pub(crate) use drawn_part::{forget_drawn_parts, keep_drawn_parts};
pub use nit_cell::nit_cell;
pub use pips::Pips;
pub use points_hero::PointsHero;
pub use reasoning::{reasoning, reasoning_part};
pub use related::{RelatedSection, event_item, indicator_item, recommendation_item};
pub use resize::{observe_box_width, observe_resize};
pub use rich_text::RichText;
pub use scroll_table::ScrollTable;
pub use search_box::{SearchBox, group_heading, hit_view, search_index};
pub use source_credits::SourceCredits;
pub use status_vocabulary::StatusVocabulary;
pub use window_listener::on_window;
