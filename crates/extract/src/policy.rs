//! The page's Content-Security-Policy, which must list a hash for every
//! inline script (and, in the single-file edition, style), so it is
//! computed from the finished page and written into it last.

use crate::html;
use base64::Engine as _;
use lol_html::html_content::ContentType;
use lol_html::{element, text};
use sha2::{Digest, Sha256};
use std::cell::{Cell, RefCell};

/// The base64 SHA-256 of every inline `<script>` (one without `src`), in
/// page order, as a Content-Security-Policy source: `'sha256-…'`.
pub fn inline_script_hashes(html: &str) -> Result<Vec<String>, String> {
    inline_hashes(html, "script")
}

/// The same for every `<style>` element.
pub fn inline_style_hashes(html: &str) -> Result<Vec<String>, String> {
    inline_hashes(html, "style")
}

/// The hash of the text of every `tag` element without `src`, as the
/// browser reads it: comments, tags and entities in it are its text.
fn inline_hashes(html: &str, tag: &str) -> Result<Vec<String>, String> {
    let bodies = RefCell::new(Vec::<String>::new());
    let inline = format!("{tag}:not([src])");
    html::rewrite(
        html,
        vec![
            element!(inline, |_| {
                bodies.borrow_mut().push(String::new());
                Ok(())
            }),
            text!(inline, |chunk| {
                if let Some(body) = bodies.borrow_mut().last_mut() {
                    body.push_str(chunk.as_str());
                }
                Ok(())
            }),
        ],
    )?;
    let hash = |body: &String| {
        let digest = Sha256::digest(body.as_bytes());
        let b64 = base64::engine::general_purpose::STANDARD.encode(digest);
        format!("'sha256-{b64}'")
    };
    Ok(bodies.borrow().iter().map(hash).collect())
}

/// The policy: the page's own files, its inline scripts (and styles, in
/// the single-file edition) by hash, and the WebAssembly compile; nothing
/// from any other origin, no plug-ins, no forms, no `<base>`. `blob:` and
/// `data:` images are the app's own (downloads, the favicon).
pub fn content_security_policy(script_hashes: &[String], style_hashes: &[String]) -> String {
    let sources = |first: &str, hashes: &[String]| {
        hashes.iter().fold(first.to_owned(), |all, h| all + " " + h)
    };
    format!(
        "default-src 'none'; script-src {}; style-src {}; img-src 'self' data: blob:; \
         connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'",
        sources("'self' 'wasm-unsafe-eval'", script_hashes),
        sources("'self'", style_hashes),
    )
}

/// Writes the policy meta elements right after the character set, which
/// must come first, and before anything the policy governs. A page that has
/// them already (the single-file edition is made from a built page) has
/// them rewritten where they are, with the hashes of what it now holds.
pub fn insert_policy(page: &mut String) -> Result<(), String> {
    const POLICY: &str = "meta[http-equiv=Content-Security-Policy]";
    const REFERRER: &str = "meta[name=referrer]";
    let csp = content_security_policy(&inline_script_hashes(page)?, &inline_style_hashes(page)?);
    let (has_policy, has_referrer) = (Cell::new(false), Cell::new(false));
    html::rewrite(
        page,
        vec![
            element!(POLICY, |_| {
                has_policy.set(true);
                Ok(())
            }),
            element!(REFERRER, |_| {
                has_referrer.set(true);
                Ok(())
            }),
        ],
    )?;
    let mut missing = String::new();
    if !has_policy.get() {
        missing += &format!("\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">");
    }
    if !has_referrer.get() {
        missing += "\n  <meta name=\"referrer\" content=\"no-referrer\">";
    }
    let charset = Cell::new(false);
    *page = html::rewrite(
        page,
        vec![
            element!("meta[charset]", |el| {
                if !charset.replace(true) {
                    el.after(&missing, ContentType::Html);
                }
                Ok(())
            }),
            element!(POLICY, |el| Ok(el.set_attribute("content", &csp)?)),
            element!(REFERRER, |el| Ok(
                el.set_attribute("content", "no-referrer")?
            )),
        ],
    )?;
    if charset.get() {
        Ok(())
    } else {
        Err("the page has no <meta charset> tag".to_owned())
    }
}
