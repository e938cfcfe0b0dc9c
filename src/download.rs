//! Downloads made in the browser from text the app already has, so they work
//! offline and from a file opened from disk.

use wasm_bindgen::JsCast;

/// Offers `contents` as a file named `name` of type `mime`.
pub fn download(name: &str, mime: &str, contents: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&contents.into());
    offer(name, mime, &parts)
}

/// Offers `bytes` as a file named `name` of type `mime`.
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    offer(name, mime, &parts)
}

/// A blob of `parts`, offered through a link's `download`, then let go.
fn offer(name: &str, mime: &str, parts: &js_sys::Array) -> Result<(), String> {
    let fail = |what: &str| format!("Could not prepare {name}: {what}.");
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &options)
        .map_err(|_| fail("the browser refused to create the file"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| fail("the browser refused a link to the file"))?;
    let document = leptos::prelude::document();
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| fail("no link element"))?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // Give the browser time to start reading the file before letting it go.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    Ok(())
}
