//! The built page's HTML, read and edited with an HTML rewriter (`lol_html`)
//! rather than by searching its text: a tag is found however its attributes
//! are written, and never inside a script, a style or a comment.

use lol_html::{ElementContentHandlers, RewriteStrSettings, Selector, rewrite_str};
use std::borrow::Cow;

/// What the rewriter does with the elements a selector matches, as
/// `lol_html`'s `element!` and `text!` macros make it.
pub(crate) type Handler<'h> = (Cow<'static, Selector>, ElementContentHandlers<'h>);

/// `page` rewritten by `handlers`, in order. A handler's error is the
/// error's message, so that a missing file is named as it was read.
pub(crate) fn rewrite(page: &str, handlers: Vec<Handler<'_>>) -> Result<String, String> {
    let settings = handlers
        .into_iter()
        .fold(RewriteStrSettings::new(), |settings, handler| {
            settings.append_element_content_handler(handler)
        });
    rewrite_str(page, settings).map_err(|e| e.to_string())
}
