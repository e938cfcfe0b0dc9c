//! `#/sources` and `#/sources/<doc>`: the five documents, readable in full.
//!
//! Every paragraph and note has a stable anchor (`?at=p12`, `?at=n12`); a
//! citation elsewhere opens its passage here with the quoted words
//! highlighted (`&hl=start-end`). Corrected text is shown; where an erratum
//! changed a paragraph, the text as received is one click away.

use explainer_core::corpus::{Document, ErratumId, Paragraph, ParagraphKind};
use explainer_core::passage::Passage;
use explainer_core::route::{Route, View};
use leptos::prelude::*;

use crate::components::{Cite, RichText, ScrollTable};
use crate::corpus::use_corpus;
use crate::router::use_route;

/// The list of source documents.
#[component]
pub fn SourceList() -> impl IntoView {
    let corpus = use_corpus();
    let items = corpus
        .documents
        .iter()
        .map(|d| {
            view! {
                <li class="source-card">
                    <h2><a href=View::Source(d.id.to_string()).href()>{d.title.clone()}</a></h2>
                    <DocumentFacts doc=d/>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="view sources" data-testid="sources">
            <h1 tabindex="-1">"Sources"</h1>
            <p>
                "Every quote in this explainer, and every figure it takes from a source, comes "
                "from these five documents, kept word for word as received. Damage from "
                "extracting the text (a dropped letter, a lost character) is corrected only "
                "through a published list of errata; each corrected paragraph or note shows "
                "the text as received."
            </p>
            <ul class="source-list">{items}</ul>
            <p>
                "Publishers, authors and editions come from the documents or, where a text does not "
                "name them, from the notes that came with the texts; each document's page says what "
                "its publication date rests on. "
                "The rules that turn scores into ratings and a status come from none of "
                "these documents: they are Freedom House's published methodology, cited as "
                "such on the method page."
            </p>
            <Disagreements/>
            <Errata/>
        </section>
    }
}

/// A pointer to the list of every disagreement between the sources.
#[component]
fn Disagreements() -> impl IntoView {
    let count = use_corpus().contradictions.len();
    let href = Route::new(View::Disagreements).to_hash();
    view! {
        <h2>"Where the sources disagree"</h2>
        <p>
            {format!("The sources disagree in {count} places, on figures, dates, names, posts and charges. ")}
            <a href=href data-testid="disagreements-link">"Every disagreement, with both sides"</a>
            "; each event and recommendation concerned also says so."
        </p>
    }
}

/// Every correction of extraction damage, with its reason and passage.
#[component]
fn Errata() -> impl IntoView {
    let corpus = use_corpus();
    let rows = corpus
        .errata
        .iter()
        .map(|e| {
            view! {
                <tr>
                    <td><code>{e.raw.clone()}</code></td>
                    <td><code>{e.correction.clone()}</code></td>
                    <td>{e.why.clone()}</td>
                    <td><Cite doc=e.doc.0.clone() anchor=e.anchor.clone()/></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h2 id="errata-heading">"Errata"</h2>
        <p>{format!(
            "{} corrections of damage from extracting the texts. The texts themselves are never edited.",
            corpus.errata.len()
        )}</p>
        <ScrollTable labelled_by="errata-heading" columns=&["As received", "Corrected", "Why", "Passage"]>
            {rows}
        </ScrollTable>
    }
}

/// What a document is: publisher, author, edition, period, date.
#[component]
fn DocumentFacts(doc: &'static Document) -> impl IntoView {
    let errata = use_corpus()
        .errata
        .iter()
        .filter(|e| e.doc == doc.id)
        .count();
    view! {
        <dl class="facts">
            <dt>"Publisher"</dt><dd>{doc.publisher.clone()}</dd>
            {doc.author.clone().map(|a| view! { <dt>"Author"</dt><dd>{a}</dd> })}
            <dt>"Edition"</dt><dd>{doc.edition.clone()}</dd>
            <dt>"Covers"</dt><dd>{doc.covers.clone()}</dd>
            <dt>"Published"</dt>
            <dd>{doc.published.human()}<br/><small class="muted">{doc.published_basis.clone()}</small></dd>
            {doc.url.clone().map(|u| view! { <dt>"Address"</dt><dd><code>{u}</code></dd> })}
            <dt>"Corrections"</dt>
            <dd>{match errata { 0 => "none".to_owned(), 1 => "1 erratum".to_owned(), n => format!("{n} errata") }}</dd>
        </dl>
    }
}

/// One document, in full.
#[component]
pub fn SourceDocument(
    /// The document, found from the address's id.
    doc: &'static Document,
) -> impl IntoView {
    let route = use_route();
    let passage = Memo::new(move |_| route.with(Passage::from_route));
    let target = move || passage.with(|p| p.as_ref().and_then(|p| p.anchor.clone()));
    let highlight = move || passage.with(|p| p.as_ref().and_then(|p| p.highlight));

    let contents = doc
        .sections
        .iter()
        .filter(|s| s.paragraphs.iter().any(|p| p.kind != ParagraphKind::Chrome))
        .map(|s| {
            let first = s.paragraphs.first().map(|p| p.anchor.0.clone()).unwrap_or_default();
            view! { <li><a href=Route::new(View::Source(doc.id.to_string())).with("at", first.to_string()).to_hash()>{s.title.clone()}</a></li> }
        })
        .collect_view();

    let body = move || {
        let (target, highlight) = (target(), highlight());
        doc.sections
            .iter()
            .map(|section| {
                let paragraphs = section
                    .paragraphs
                    .iter()
                    .map(|p| {
                        let is_target = target.as_deref() == Some(p.anchor.as_str());
                        view! {
                            <SourceParagraph
                                doc=doc
                                paragraph=p
                                level=section.level
                                target=is_target
                                highlight=if is_target { highlight } else { None }
                            />
                        }
                    })
                    .collect_view();
                view! { <div class="source-section" id=format!("{}-{}", doc.id, section.id)>{paragraphs}</div> }
            })
            .collect_view()
    };

    let notes = move || {
        let (target, highlight) = (target(), highlight());
        doc.notes
            .iter()
            .map(|n| {
                let is_target = target.as_deref() == Some(n.anchor.as_str());
                let hl = if is_target { highlight } else { None };
                view! {
                    <li
                        id=format!("{}-{}", doc.id, n.anchor)
                        value=n.number.to_string()
                        tabindex="-1"
                        class:passage-target=is_target
                    >
                        <RichText text=n.text.as_str() doc=doc.id.as_str() highlight=hl/>
                        " "
                        <a class="anchor" href=Route::new(View::Source(doc.id.to_string())).with("at", n.anchor.to_string()).to_hash()
                            aria-label=format!("Link to note {}", n.number)>"#"</a>
                        {as_received(n.raw.as_deref(), &n.errata)}
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <article class="view source-document" data-testid="source-document">
            <p class="breadcrumb"><a href=View::Sources.href()>"Sources"</a></p>
            <h1 tabindex="-1">{doc.title.clone()}</h1>
            <DocumentFacts doc=doc/>
            <nav aria-label="Sections of this document" class="toc">
                <h2>"Contents"</h2>
                <ol>{contents}</ol>
            </nav>
            <div class="source-text">{body}</div>
            {(!doc.notes.is_empty()).then(|| view! {
                <section aria-labelledby="notes-heading">
                    <h2 id="notes-heading">"Notes"</h2>
                    <ol class="notes">{notes}</ol>
                </section>
            })}
        </article>
    }
    .into_any()
}

/// For a corrected paragraph or note, the text as received and each
/// correction with its reason, folded.
fn as_received(raw: Option<&'static str>, errata: &'static [ErratumId]) -> Option<impl IntoView> {
    let corpus = use_corpus();
    let raw = raw?;
    let reasons = errata
        .iter()
        .filter_map(|id| corpus.errata.iter().find(|e| &e.id == id))
        .map(|e| view! { <li>{format!("“{}” → “{}”: {}", e.raw, e.correction, e.why)}</li> })
        .collect_view();
    Some(view! {
        <details class="raw">
            <summary>"Corrected: show the text as received"</summary>
            <p class="raw-text">{raw}</p>
            <ul>{reasons}</ul>
        </details>
    })
}

/// One paragraph, with its anchor link and, if corrected, the raw text.
#[component]
fn SourceParagraph(
    doc: &'static Document,
    paragraph: &'static Paragraph,
    level: u8,
    target: bool,
    highlight: Option<(usize, usize)>,
) -> impl IntoView {
    let id = format!("{}-{}", doc.id, paragraph.anchor);
    let number = paragraph.anchor.as_str().trim_start_matches('p').to_owned();
    let text = view! {
        <RichText text=paragraph.text.as_str() doc=doc.id.as_str() notes=paragraph.notes.as_slice() highlight=highlight/>
    };
    let speaker = paragraph.speaker.as_ref().and_then(|s| {
        doc.speakers.iter().find(|sp| &sp.id == s).map(|sp| {
            view! { <span class="speaker">{format!("{}: ", sp.name)}</span> }
        })
    });
    let raw = as_received(paragraph.raw.as_deref(), &paragraph.errata);
    let anchor = view! {
        <a class="anchor" href=Route::new(View::Source(doc.id.to_string())).with("at", paragraph.anchor.to_string()).to_hash()
            aria-label=format!("Link to paragraph {number}")>"¶"</a>
    };
    let body = view! { {speaker}{text}" "{anchor}{raw} };
    let class = match paragraph.kind {
        ParagraphKind::Chrome => "para chrome",
        ParagraphKind::ListItem => "para list-item",
        ParagraphKind::TableRow => "para table-row",
        ParagraphKind::Caption => "para caption",
        ParagraphKind::Speech => "para speech",
        _ => "para",
    };
    // The document's title is the page's h1, so its sections start at h2.
    if paragraph.kind == ParagraphKind::Heading && level <= 1 {
        view! {
            <h2 class="para source-heading" id=id tabindex="-1" class:passage-target=target>{body}</h2>
        }
        .into_any()
    } else if paragraph.kind == ParagraphKind::Heading {
        view! {
            <h3 class="para source-heading" id=id tabindex="-1" class:passage-target=target>{body}</h3>
        }
        .into_any()
    } else {
        view! {
            <div class=class id=id tabindex="-1" class:passage-target=target>{body}</div>
        }
        .into_any()
    }
}
