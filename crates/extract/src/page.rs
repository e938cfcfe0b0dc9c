//! The page's static content: the headline facts written into `index.html`
//! at build time, from the corpus, for readers without JavaScript or
//! WebAssembly, link previews, reader modes and search engines. The app
//! replaces it when it starts.
//!
//! Also the page's Content-Security-Policy, which must list a hash for every
//! inline script, so it is computed from the finished page.

use base64::Engine as _;
use explainer_core::corpus::{Corpus, NitMeasure};
use explainer_core::site::{self, DATA_FILES};
use sha2::{Digest, Sha256};
use std::fmt::Write as _;

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

/// The base64 SHA-256 of every inline `<script>` (one without `src`), in
/// page order, as a Content-Security-Policy source: `'sha256-…'`.
pub fn inline_script_hashes(html: &str) -> Vec<String> {
    inline_hashes(html, "script")
}

/// The same for every `<style>` element.
pub fn inline_style_hashes(html: &str) -> Vec<String> {
    inline_hashes(html, "style")
}

fn inline_hashes(html: &str, tag: &str) -> Vec<String> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        rest = &rest[start..];
        let Some(open_end) = rest.find('>') else {
            break;
        };
        let attributes = &rest[..open_end];
        let body = &rest[open_end + 1..];
        let Some(end) = body.find(&close) else { break };
        if !attributes.contains(" src=") {
            let digest = Sha256::digest(&body.as_bytes()[..end]);
            let b64 = base64::engine::general_purpose::STANDARD.encode(digest);
            hashes.push(format!("'sha256-{b64}'"));
        }
        rest = &body[end..];
    }
    hashes
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
/// must come first, and before anything the policy governs.
pub fn insert_policy(page: &mut String) -> Result<(), String> {
    let csp = content_security_policy(&inline_script_hashes(page), &inline_style_hashes(page));
    let charset = "<meta charset=\"utf-8\">";
    let at = page
        .find(charset)
        .ok_or("the page has no <meta charset=\"utf-8\"> tag")?
        + charset.len();
    let meta = format!(
        "\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n  \
         <meta name=\"referrer\" content=\"no-referrer\">"
    );
    page.insert_str(at, &meta);
    Ok(())
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
    if index_html.contains(&format!("id=\"{STATIC_ID}\"")) {
        return Err("the page already has its static content".to_owned());
    }
    let body_at = index_html
        .find("<body>")
        .ok_or("the page has no <body> tag")?
        + "<body>".len();
    let mut page = String::with_capacity(index_html.len() + 16 * 1024);
    page.push_str(&index_html[..body_at]);
    page.push('\n');
    page.push_str(&static_content(corpus));
    page.push_str(&index_html[body_at..]);

    let title_at = page.find("<title>").ok_or("the page has no <title>")?;
    let title_end = page[title_at..]
        .find("</title>")
        .ok_or("the page's <title> is not closed")?
        + title_at
        + "</title>".len();
    page.replace_range(title_at..title_end, &head_tags(corpus));

    insert_policy(&mut page)?;
    Ok(page)
}
