//! The reader's data as files, and what to tell them about it: notices when
//! storage is unavailable or a save failed (with the exports at hand), saved
//! data kept aside because it could not be read (downloadable), and the
//! import with its preview and choice of merge or replace.

use explainer_core::site;
use explainer_core::tracker::export;
use explainer_core::tracker::{
    ImportPreview, MAX_FILE_BYTES, Mode, ReadError, Update, preview_bytes,
};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::status_label;
use crate::components::{FocusTarget, focus_after_frame};
use crate::corpus::use_corpus;
use crate::download::download;
use crate::tracker_store::{Health, now, use_tracker, vocab};

/// Buttons that download every update as JSON and as CSV.
#[component]
fn Exports() -> impl IntoView {
    let tracker = use_tracker();
    let error = RwSignal::new(None::<String>);
    let get = move |csv: bool| {
        let text = tracker
            .store
            .with_untracked(|s| if csv { export::csv(s) } else { export::json(s) });
        let (name, mime) = if csv {
            ("tracker-updates.csv", "text/csv;charset=utf-8")
        } else {
            ("tracker-updates.json", "application/json")
        };
        error.set(download(name, mime, &text).err());
    };
    view! {
        <p class="tr-exports">
            <button type="button" on:click=move |_| get(false)>"Download your updates (JSON)"</button>
            " "
            <button type="button" on:click=move |_| get(true)>"Download as CSV"</button>
        </p>
        <p class="error" role="alert">{move || error.get()}</p>
    }
}

/// What the reader must know about where their updates are: shown on the
/// list and on each item.
#[component]
pub fn StorageNotices() -> impl IntoView {
    let tracker = use_tracker();
    let health = move || {
        match tracker.health.get() {
        Health::Saved => None,
        Health::Unavailable => Some(view! {
            <div class="notice" role="alert" data-testid="tr-storage-notice">
                <p>
                    "This browser does not let the page keep data (private browsing, or storage turned off). "
                    "Your updates last only while this tab is open: download them to keep them."
                </p>
                <Exports/>
            </div>
        }
        .into_any()),
        Health::SaveFailed(why) => Some(view! {
            <div class="notice" role="alert" data-testid="tr-storage-notice">
                <p>
                    {format!("Your last change could not be saved in this browser: {why}. ")}
                    "It is kept in this tab; download your updates to keep them."
                </p>
                <Exports/>
            </div>
        }
        .into_any()),
    }
    };
    let aside = move || {
        tracker
            .aside
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, a)| {
                let confirming = RwSignal::new(false);
                let raw = a.raw.clone();
                let name = format!("tracker-kept-aside-{}.json", i + 1);
                let error = RwSignal::new(None::<String>);
                let where_kept = if a.key.is_some() {
                    "It is kept aside in this browser, unchanged, and nothing is saved over it."
                } else {
                    "It could not be copied aside, so nothing is saved over it; download it to keep it."
                };
                let get = {
                    let raw = raw.clone();
                    move |_| error.set(download(&name, "application/json", &raw).err())
                };
                let raw_for_discard = raw.clone();
                view! {
                    <div class="notice" role="alert" data-testid="tr-aside-notice">
                        <p>
                            "Updates saved earlier in this browser could not be read: "
                            {a.reason.clone()}" "{where_kept}
                        </p>
                        <p class="tr-actions">
                            <button type="button" on:click=get>"Download the unreadable data"</button>
                            {move || {
                                let raw = raw_for_discard.clone();
                                if confirming.get() {
                                    view! {
                                        <button type="button" on:click=move |_| tracker.discard(&raw)>"Yes, delete the kept copy"</button>
                                        <button type="button" on:click=move |_| confirming.set(false)>"Keep it"</button>
                                    }
                                    .into_any()
                                } else {
                                    view! { <button type="button" on:click=move |_| confirming.set(true)>"Delete the kept copy"</button> }.into_any()
                                }
                            }}
                        </p>
                        <p class="error" role="alert">{move || error.get()}</p>
                    </div>
                }
            })
            .collect_view()
    };
    view! { {health}{aside} }
}

/// "Your updates": how many, the exports and the import.
#[component]
pub fn ReaderData() -> impl IntoView {
    let corpus = use_corpus();
    let tracker = use_tracker();
    let preview = RwSignal::new(None::<ImportPreview>);
    let error = RwSignal::new(String::new());
    let message = RwSignal::new(String::new());
    let mode = RwSignal::new(Mode::Merge);

    let counts = move || {
        tracker.store.with(|s| {
            let latest = s.latest_per_item();
            format!(
                "You have {} on {}, kept only in this browser and never sent anywhere.",
                site::count(s.live().count(), "update", "updates"),
                site::count(latest.len(), "item", "items")
            )
        })
    };

    let read_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = ev.target().expect("an input").unchecked_into();
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        preview.set(None);
        message.set(String::new());
        error.set(String::new());
        if file.size() > MAX_FILE_BYTES as f64 {
            let e = ReadError::TooLarge {
                bytes: file.size() as usize,
                limit: MAX_FILE_BYTES,
            };
            error.set(format!("{e} Nothing was changed."));
            return;
        }
        leptos::task::spawn_local(async move {
            let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                Err(_) => {
                    error.set("The file could not be read. Nothing was changed.".into());
                    return;
                }
            };
            let result = tracker
                .store
                .with_untracked(|s| preview_bytes(s, &bytes, vocab(), now()));
            match result {
                Ok(p) => {
                    error.set(String::new());
                    preview.set(Some(p));
                }
                Err(e) => error.set(format!("{e} Nothing was changed.")),
            }
        });
    };

    let name_of = move |item: &str| {
        corpus.item(item).map_or_else(
            || item.to_owned(),
            |i| format!("{} ({})", i.parties(), i.date.human()),
        )
    };
    let describe = move |p: &ImportPreview, m: Mode| {
        let d = p.diff(m);
        format!(
            "{} added, {} changed, {} removed, {} unchanged",
            d.added.len(),
            d.changed.len(),
            d.removed.len(),
            d.unchanged
        )
    };
    let do_import = move |_| {
        let Some(p) = preview.get_untracked() else {
            return;
        };
        let m = mode.get_untracked();
        tracker.import(&p, m);
        preview.set(None);
        message.set(format!("Imported: {}.", describe(&p, m)));
        if let Some(input) = document().get_element_by_id("tr-import") {
            input
                .unchecked_into::<web_sys::HtmlInputElement>()
                .set_value("");
        }
        focus_after_frame(FocusTarget::Id("tr-import-message".to_owned()));
    };

    let preview_view = move || {
        preview.get().map(|p| {
            let q = p.clone();
            let lines = move |m: Mode| {
                let p = &q;
                let d = p.diff(m);
                let line = |what: &str, u: &Update| {
                    format!(
                        "{what}: {}, {} for {}",
                        status_label(u.status.as_str()),
                        u.date.human(),
                        name_of(u.item.as_str())
                    )
                };
                let mut out: Vec<String> = d.added.iter().map(|u| line("Added", u)).collect();
                out.extend(d.changed.iter().map(|c| line("Changed", &c.after)));
                out.extend(d.removed.iter().map(|u| line("Removed", u)));
                out.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()
            };
            let (merge_text, replace_text) = (describe(&p, Mode::Merge), describe(&p, Mode::Replace));
            view! {
                <div class="tr-preview" data-testid="tr-preview">
                    <p>{format!("The file holds {} (format version {}).", site::count(p.incoming().live().count(), "update", "updates"), p.version)}</p>
                    <fieldset>
                        <legend>"How to import"</legend>
                        <label class="tr-choice">
                            <input type="radio" name="tr-mode" checked=move || mode.get() == Mode::Merge on:change=move |_| mode.set(Mode::Merge)/>
                            {format!("Merge with your updates: {merge_text}")}
                        </label>
                        <label class="tr-choice">
                            <input type="radio" name="tr-mode" checked=move || mode.get() == Mode::Replace on:change=move |_| mode.set(Mode::Replace)/>
                            {format!("Replace your updates with the file's: {replace_text}")}
                        </label>
                    </fieldset>
                    <ul class="tr-diff">{move || lines(mode.get())}</ul>
                    <p class="tr-actions">
                        <button type="button" on:click=do_import>"Import"</button>
                        <button type="button" on:click=move |_| preview.set(None)>"Cancel"</button>
                    </p>
                </div>
            }
        })
    };

    view! {
        <section class="tr-data" aria-labelledby="tr-data-heading" data-testid="tr-data">
            <h2 id="tr-data-heading">"Your updates as files"</h2>
            <p>{counts}</p>
            <Exports/>
            <div class="tr-field">
                <label for="tr-import">"Import a JSON file of updates"</label>
                <input id="tr-import" type="file" accept=".json,application/json" aria-describedby="tr-import-error" on:change=read_file/>
                <p id="tr-import-error" class="error" role="alert">{move || error.get()}</p>
            </div>
            {preview_view}
            <p id="tr-import-message" class="tr-message" role="status" tabindex="-1">{move || message.get()}</p>
        </section>
    }
}
