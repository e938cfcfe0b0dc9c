//! Buttons that download a picture as SVG and as PNG, for slides and
//! articles. The picture is drawn by core (`explainer_core::picture`) only
//! when asked; the PNG is the browser's drawing of that SVG at twice its
//! size, with the title and address written into the file.

use std::rc::Rc;

use explainer_core::picture::{Picture, png};
use explainer_core::route::Route;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::download::{download, download_bytes};

/// The absolute address of `route` in the full app: this page's address
/// ([`crate::router::address`]), where a widget's frame (`embed.html`)
/// names the app's page beside it.
pub fn address_of(route: &Route) -> String {
    crate::router::address(route).replacen("embed.html#", "#", 1)
}

/// The browser's PNG of `picture`, at twice its size, titled.
async fn png_of(picture: &Picture) -> Result<Vec<u8>, String> {
    let fail = |what: &str| format!("Could not draw the PNG: {what}.");
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let parts = js_sys::Array::of1(&JsValue::from_str(&picture.svg));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| fail("the browser refused the drawing"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| fail("no address for the drawing"))?;
    let image = web_sys::HtmlImageElement::new().map_err(|_| fail("no image"))?;
    image.set_src(&url);
    let decoded = JsFuture::from(image.decode()).await;
    let _ = web_sys::Url::revoke_object_url(&url);
    decoded.map_err(|_| fail("the browser could not read the drawing"))?;
    let canvas: web_sys::HtmlCanvasElement = document()
        .create_element("canvas")
        .map_err(|_| fail("no canvas"))?
        .unchecked_into();
    let (w, h) = (picture.width * 2.0, picture.height * 2.0);
    canvas.set_width(w as u32);
    canvas.set_height(h as u32);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .ok_or_else(|| fail("no canvas to draw on"))?
        .unchecked_into();
    context
        .draw_image_with_html_image_element_and_dw_and_dh(&image, 0.0, 0.0, w, h)
        .map_err(|_| fail("the drawing could not be copied"))?;
    let data = canvas
        .to_data_url()
        .map_err(|_| fail("the canvas could not be read"))?;
    let base64 = data
        .strip_prefix("data:image/png;base64,")
        .ok_or_else(|| fail("not a PNG"))?;
    let bytes = window()
        .atob(base64)
        .map_err(|_| fail("the PNG could not be read"))?;
    let bytes: Vec<u8> = bytes.chars().map(|c| c as u8).collect();
    png::with_text(&bytes, &[("Title", &picture.title)]).ok_or_else(|| fail("not a PNG"))
}

/// "Download: PNG SVG" for the picture `draw` makes, named `name`.png and
/// `name`.svg; `what` names it to a screen reader ("the chart").
#[component]
pub fn PictureDownload(
    /// The files' name, without extension.
    name: &'static str,
    /// What the picture is, after "Download" in the buttons' names.
    what: &'static str,
    /// Draws the picture when a button is pressed.
    draw: Rc<dyn Fn() -> Picture>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let svg = {
        let draw = draw.clone();
        move |_| error.set(download(&format!("{name}.svg"), "image/svg+xml", &draw().svg).err())
    };
    let png = move |_| {
        let picture = draw();
        leptos::task::spawn_local(async move {
            let done = match png_of(&picture).await {
                Ok(bytes) => download_bytes(&format!("{name}.png"), "image/png", &bytes),
                Err(e) => Err(e),
            };
            error.set(done.err());
        });
    };
    view! {
        <div class="picture-download" role="group" aria-label=format!("Download {what}")>
            <span class="muted" aria-hidden="true">"Download: "</span>
            <button type="button" class="small" on:click=png aria-label=format!("Download {what} as PNG")>"PNG"</button>
            <button type="button" class="small" on:click=svg aria-label=format!("Download {what} as SVG")>"SVG"</button>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </div>
    }
}
