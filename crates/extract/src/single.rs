//! The single-file offline edition: the built site (`dist/`) folded into one
//! HTML file, with the styles, the favicon, the script and the WebAssembly
//! (base64) inside, so that it works opened from disk with no network: on a
//! teacher's laptop, an intranet, as an email attachment.

use crate::html;
use crate::policy::insert_policy;
use base64::Engine as _;
use lol_html::html_content::ContentType::Html;
use lol_html::{element, text};
use std::cell::{Cell, RefCell};

/// Reads a file of the built site by its address in the page (`/app.css`).
pub type Read<'a> = &'a dyn Fn(&str) -> Result<Vec<u8>, String>;

/// The inline module script that loads the app ([`crate::loader`]).
const LOADER: &str = "script[type=module]:not([src])";

fn text(bytes: Vec<u8>, path: &str) -> Result<String, String> {
    String::from_utf8(bytes).map_err(|_| format!("{path} is not UTF-8"))
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// The text between `before` and the next `after` in `s`.
fn between<'a>(s: &'a str, before: &str, after: &str) -> Option<&'a str> {
    let start = s.find(before)? + before.len();
    Some(&s[start..start + s[start..].find(after)?])
}

/// The loader script's new text: the glue it imports, as module code of the
/// page itself (its exports have no importer), then the init function
/// called with the WebAssembly it fetched, inline.
fn inline_loader(loader: &str, read: Read) -> Result<String, String> {
    let js_path = between(loader, "from '", "'").ok_or("the loader imports no script")?;
    let wasm_path = between(loader, "module_or_path: '", "'").ok_or("the loader loads no wasm")?;
    let glue = text(read(js_path)?, js_path)?
        .replace("\nexport { initSync, __wbg_init as default };", "")
        .replace("\nexport class ", "\nclass ")
        .replace("\nexport function ", "\nfunction ");
    if !glue.contains("async function __wbg_init(") {
        return Err(format!("{js_path} has no __wbg_init"));
    }
    Ok(format!(
        "\n{glue}\nconst bytes = Uint8Array.from(atob(\"{}\"), (c) => c.charCodeAt(0));\n\
         const exports = await __wbg_init({{ module_or_path: bytes }});\n\
         dispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {{ detail: {{ wasm: exports }} }}));\n",
        b64(&read(wasm_path)?)
    ))
}

/// Folds the built page into one file. Fails, naming what is missing, if
/// the page is not shaped as the build makes it.
pub fn single_file(index: &str, read: Read) -> Result<String, String> {
    let styles = Cell::new(0);
    // The first loader's text, while it is read; then whether it was.
    let (loader, in_loader, loader_done) = (
        RefCell::new(String::new()),
        Cell::new(false),
        Cell::new(false),
    );
    // From the static downloads heading to its list.
    let in_downloads = Cell::new(false);
    let mut page = html::rewrite(
        index,
        vec![
            element!("link[rel=stylesheet]", |el| {
                let href = el
                    .get_attribute("href")
                    .ok_or("a stylesheet without href")?;
                let css = text(read(&href)?, &href)?;
                el.replace(&format!("<style>{css}</style>"), Html);
                styles.set(styles.get() + 1);
                Ok(())
            }),
            element!("link[rel=icon]", |el| {
                let href = el.get_attribute("href").ok_or("an icon without href")?;
                let kind = el.get_attribute("type");
                let kind = kind.as_deref().unwrap_or("image/svg+xml");
                let data = b64(&read(&href)?);
                el.replace(
                    &format!(
                        "<link rel=\"icon\" type=\"{kind}\" href=\"data:{kind};base64,{data}\">"
                    ),
                    Html,
                );
                Ok(())
            }),
            // Nothing to preload: everything is here.
            element!("link[rel=modulepreload], link[rel=preload]", |el| {
                el.remove();
                Ok(())
            }),
            element!(LOADER, |_| {
                in_loader.set(!loader_done.get());
                Ok(())
            }),
            text!(LOADER, |chunk| {
                if in_loader.get() {
                    loader.borrow_mut().push_str(chunk.as_str());
                    if chunk.last_in_text_node() {
                        chunk.replace(&inline_loader(&loader.borrow(), read)?, Html);
                        in_loader.set(false);
                        loader_done.set(true);
                    } else {
                        chunk.remove();
                    }
                }
                Ok(())
            }),
            // The static list links to files beside the page; the app's data
            // page makes the same files in the browser.
            element!("h2", |el| {
                let after = &index[el.source_location().bytes().end..];
                if after.starts_with("Downloads</h2>") {
                    el.remove();
                    in_downloads.set(true);
                }
                Ok(())
            }),
            text!("body", |chunk| {
                if in_downloads.get() {
                    chunk.remove();
                }
                Ok(())
            }),
            element!("ul.downloads", |el| {
                el.remove();
                in_downloads.set(false);
                Ok(())
            }),
        ],
    )?;
    if !loader_done.get() {
        return Err("the page has no module loader script".to_owned());
    }
    if styles.get() == 0 {
        return Err("the page has no stylesheet".to_owned());
    }
    // The policy it has, rewritten with the hashes of what is now inline.
    insert_policy(&mut page)?;
    Ok(page)
}
