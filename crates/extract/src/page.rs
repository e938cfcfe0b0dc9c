//! The page's static content: the headline facts written into `index.html`
//! at build time, from the corpus, for readers without JavaScript or
//! WebAssembly, link previews, reader modes and search engines. The app
//! replaces it when it starts.
//!
//! The page's Content-Security-Policy is written last ([`crate::policy`]).

use crate::html;
use crate::policy::insert_policy;
use explainer_core::corpus::{Corpus, NitMeasure};
use explainer_core::site::{self, DATA_FILES};
use lol_html::html_content::ContentType;
use lol_html::{element, end_tag};
use std::cell::Cell;
use std::fmt::Write as _;
use std::rc::Rc;

/// The id of the element holding the static content; the app removes it.
pub const STATIC_ID: &str = "static-page";

/// Escapes text for HTML element content and quoted attribute values: the
/// same rule as the embed snippets use.
pub use explainer_core::embed::escape_html as escape;

/// The static content: headline, category and subcategory totals, every
/// indicator with its score, the democracy score, downloads and sources.
pub fn static_content(corpus: &Corpus) -> String {
    let e = escape;
    let fiw = &corpus.fiw;
    let report = corpus
        .document(fiw.doc.as_str())
        .map_or("", |d| d.edition.as_str());
    let mut h = String::new();
    let _ = write!(
        h,
        "<div id=\"{STATIC_ID}\">\n\
         <header class=\"site-header\"><a class=\"brand\" href=\"#/\">\
         <span class=\"brand-name\">{}</span> <span class=\"brand-subject\">{}</span></a></header>\n\
         <main id=\"main\" class=\"view overview static\">\n\
         <p class=\"loading-line for-page\" role=\"status\">Loading this page of the explainer…</p>\n\
         <p class=\"loading-line for-widget\" role=\"status\">Loading the widget… \
         <a href=\"./\" target=\"_blank\" rel=\"noopener\">Open the explainer in a new tab ↗</a></p>\n\
         <h1>{}: {}/{}, {}</h1>\n\
         <p class=\"lede\">Freedom House's rating in <cite>{}</cite>, with every question's score. \
         The interactive explainer, which links each figure to its source passage, \
         needs JavaScript and WebAssembly.</p>\n<dl class=\"figures\">\n",
        e(&site::name(corpus)),
        e(&site::subject(corpus)),
        e(&corpus.country),
        fiw.score,
        fiw.max,
        e(fiw.status.label()),
        e(report),
    );
    let figure = |h: &mut String, term: &str, value: &str, main: bool| {
        let class = if main { "figure figure-main" } else { "figure" };
        let _ = writeln!(
            h,
            "<div class=\"{class}\"><dt>{}</dt><dd><span class=\"figure-value\">{}</span></dd></div>",
            e(term),
            e(value)
        );
    };
    figure(&mut h, "Total", &format!("{}/{}", fiw.score, fiw.max), true);
    figure(&mut h, "Status", fiw.status.label(), true);
    for c in &fiw.categories {
        figure(&mut h, &c.name, &format!("{}/{}", c.score, c.max), false);
    }
    h.push_str("</dl>\n<h2>The seven subcategories</h2>\n<table class=\"scores\">\n");
    let _ = writeln!(
        h,
        "<caption>Points awarded in each subcategory of {}</caption>\n\
         <thead><tr><th scope=\"col\">Subcategory</th><th scope=\"col\">Points</th></tr></thead><tbody>",
        e(report)
    );
    for s in fiw.categories.iter().flat_map(|c| &c.subcategories) {
        let _ = writeln!(
            h,
            "<tr><th scope=\"row\">{}. {}</th><td class=\"num\">{} of {}</td></tr>",
            e(&s.letter),
            e(&s.name),
            s.score,
            s.max
        );
    }
    h.push_str(
        "</tbody></table>\n<h2>The 25 questions</h2>\n<table class=\"scores static-questions\">\n",
    );
    let _ = writeln!(
        h,
        "<caption>Each question's score in {}</caption>\n<thead><tr><th scope=\"col\">Question</th>\
         <th scope=\"col\">Score</th></tr></thead><tbody>",
        e(report)
    );
    for (_, _, i) in fiw.indicators() {
        let _ = writeln!(
            h,
            "<tr id=\"static-q-{}\"><th scope=\"row\">{} {}</th><td class=\"num\">{} of {}</td></tr>",
            e(i.code.as_str()),
            e(i.code.as_str()),
            e(corpus.question(i).unwrap_or_default()),
            i.score,
            i.max
        );
    }
    h.push_str("</tbody></table>\n");
    let democracy = corpus
        .nit
        .ratings
        .iter()
        .filter(|r| r.measure == NitMeasure::DemocracyScore && !r.computed)
        .max_by_key(|r| r.edition);
    if let Some(r) = democracy {
        let edition = corpus
            .document(r.doc.as_str())
            .map_or("", |d| d.edition.as_str());
        let _ = writeln!(
            h,
            "<h2>{}</h2>\n<p>Democracy Score <strong class=\"figure-value\">{}</strong> \
             on a scale from 1 (most democratic) to 7 (least democratic).</p>",
            e(edition),
            r.rating
        );
    }
    h.push_str("<h2>Downloads</h2>\n<ul class=\"downloads\">\n");
    for f in DATA_FILES {
        let _ = writeln!(
            h,
            "<li><a href=\"data/{0}\" download>{0}</a> {1}</li>",
            e(f.name),
            e(f.about)
        );
    }
    h.push_str("</ul>\n<h2>Sources</h2>\n<ul>\n");
    for d in &corpus.documents {
        let by = d
            .author
            .as_ref()
            .map(|a| format!(" ({})", e(a)))
            .unwrap_or_default();
        let _ = writeln!(
            h,
            "<li>{}{by}: <cite>{}</cite> ({}; {})</li>",
            e(&d.publisher),
            e(&d.title),
            e(&d.published.human()),
            e(&d.covers)
        );
    }
    let _ = write!(
        h,
        "</ul>\n<p>{}</p>\n</main>\n</div>\n",
        e(site::METHOD_CREDIT)
    );
    h
}

/// The page's title, description and link-preview tags (Open Graph and
/// Twitter cards), from the corpus.
pub fn head_tags(corpus: &Corpus) -> String {
    let fiw = &corpus.fiw;
    let report = corpus
        .document(fiw.doc.as_str())
        .map_or("", |d| d.edition.as_str());
    let title = format!("{} – {}", site::name(corpus), site::subject(corpus));
    let categories = fiw
        .categories
        .iter()
        .map(|c| format!("{} {}/{}", c.name, c.score, c.max))
        .collect::<Vec<_>>()
        .join(", ");
    let description = format!(
        "Freedom House rated {} {}/{}, {}, in {report}: {categories}. The rating question \
         by question, the reforms behind it and what was recommended, with each quote and \
         sourced figure linked to its passage.",
        corpus.country,
        fiw.score,
        fiw.max,
        fiw.status.label(),
    );
    let (title, description) = (escape(&title), escape(&description));
    format!(
        "<title>{title}</title>\n  \
         <meta name=\"description\" content=\"{description}\">\n  \
         <meta property=\"og:type\" content=\"website\">\n  \
         <meta property=\"og:title\" content=\"{title}\">\n  \
         <meta property=\"og:description\" content=\"{description}\">\n  \
         <meta name=\"twitter:card\" content=\"summary\">\n  \
         <meta name=\"twitter:title\" content=\"{title}\">\n  \
         <meta name=\"twitter:description\" content=\"{description}\">"
    )
}

/// Writes the static content after `<body>`, the title and link-preview
/// tags in place of the page's placeholder `<title>`, and the policy and
/// referrer policy at the top of `<head>`. Fails if the page has no such tags or
/// already has static content, so a page is never staged twice.
pub fn stage(index_html: &str, corpus: &Corpus) -> Result<String, String> {
    let content = format!("\n{}", static_content(corpus));
    let tags = head_tags(corpus);
    let (staged, body, title) = (Cell::new(false), Cell::new(false), Cell::new(false));
    // Set by the title's end tag, which a handler must own.
    let title_closed = Rc::new(Cell::new(false));
    let mut page = html::rewrite(
        index_html,
        vec![
            element!(format!("#{STATIC_ID}"), |_| {
                staged.set(true);
                Ok(())
            }),
            element!("body", |el| {
                if !body.replace(true) {
                    el.prepend(&content, ContentType::Html);
                }
                Ok(())
            }),
            element!("title", |el| {
                if !title.replace(true) {
                    el.replace(&tags, ContentType::Html);
                    let closed = Rc::clone(&title_closed);
                    el.on_end_tag(end_tag!(move |_| {
                        closed.set(true);
                        Ok(())
                    }))?;
                }
                Ok(())
            }),
        ],
    )?;
    if staged.get() {
        return Err("the page already has its static content".to_owned());
    }
    if !title.get() {
        return Err("the page has no <title>".to_owned());
    }
    // An unclosed title's text is the rest of the page, `<body>` and all.
    if !title_closed.get() {
        return Err("the page's <title> is not closed".to_owned());
    }
    if !body.get() {
        return Err("the page has no <body> tag".to_owned());
    }
    insert_policy(&mut page)?;
    Ok(page)
}
