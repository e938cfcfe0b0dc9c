//! The HTML a host page pastes to embed a widget: the iframe (with a title,
//! lazy loading, full width and a fixed height that works without any
//! script), a `<noscript>` line naming the widget with a link to the full
//! view, and the optional script that resizes the iframe to its content.

use crate::route::Route;

/// What a snippet is made of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snippet<'a> {
    /// The app's page address without its fragment
    /// (`https://example.org/explainer/`).
    pub page_url: &'a str,
    /// The widget's address.
    pub widget: &'a Route,
    /// The full view's address, for the `<noscript>` link.
    pub full: &'a Route,
    /// The widget's title (the iframe's accessible name).
    pub title: &'a str,
    /// The product's name, credited in the title and the `<noscript>` line.
    pub site: &'a str,
    /// The iframe's fixed height, in CSS pixels.
    pub height: u32,
    /// The widget's colours.
    pub scheme: Scheme,
}

/// A widget's colours: the host page's, chosen by whoever embeds it, or the
/// reader's own setting. Carried in the frame's address before the
/// fragment (`?scheme=light`), where the page reads it before drawing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Scheme {
    /// Light, for a light page (most news sites): the default.
    #[default]
    Light,
    /// Dark, for a dark page.
    Dark,
    /// Light or dark as the reader's system is set.
    Reader,
}

impl Scheme {
    /// Every choice, in the order offered.
    pub const ALL: [Scheme; 3] = [Scheme::Light, Scheme::Dark, Scheme::Reader];

    /// The value in the address and in the dialog's choice.
    pub fn id(self) -> &'static str {
        match self {
            Scheme::Light => "light",
            Scheme::Dark => "dark",
            Scheme::Reader => "reader",
        }
    }

    /// The choice's words.
    pub fn label(self) -> &'static str {
        match self {
            Scheme::Light => "Light, for a light page",
            Scheme::Dark => "Dark, for a dark page",
            Scheme::Reader => "The reader's own setting",
        }
    }

    /// The choice with this id, if any.
    pub fn from_id(id: &str) -> Option<Scheme> {
        Scheme::ALL.into_iter().find(|s| s.id() == id)
    }

    /// The query the frame's address carries: `?scheme=light`, or nothing
    /// for the reader's setting.
    fn query(self) -> &'static str {
        match self {
            Scheme::Light => "?scheme=light",
            Scheme::Dark => "?scheme=dark",
            Scheme::Reader => "",
        }
    }
}

impl Snippet<'_> {
    /// The snippet's HTML, one element per line.
    pub fn html(&self) -> String {
        let page = page_without_fragment(self.page_url);
        // The widgets' own page, light to load; the page's own query
        // (perhaps another scheme) gives way to the widget's.
        let src = format!(
            "{}{}{}",
            frame_url(page),
            self.scheme.query(),
            self.widget.to_hash()
        );
        let full = format!("{page}{}", self.full.to_hash());
        let title = format!("{} – {}", self.title, self.site);
        format!(
            "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{}\" loading=\"lazy\" style=\"border:0;max-width:100%\"></iframe>\n\
             <noscript><p>{}: <a href=\"{}\">open it in {}</a>.</p></noscript>\n\
             <script src=\"{}\" async></script>",
            escape_html(&src),
            escape_html(&title),
            self.height,
            escape_html(self.title),
            escape_html(&full),
            escape_html(self.site),
            escape_html(&script_url(page)),
        )
    }
}

fn page_without_fragment(url: &str) -> &str {
    url.split_once('#').map_or(url, |(page, _)| page)
}

/// The address of `embed.js`, which sits beside the app's page: the page's
/// folder (query and fragment dropped) plus `embed.js`.
pub fn script_url(page_url: &str) -> String {
    beside(page_url, "embed.js")
}

/// The address of the widgets' page, `embed.html`, which sits beside the
/// app's page and loads only what a widget needs (a widget's frame never
/// loads the whole site).
pub fn frame_url(page_url: &str) -> String {
    beside(page_url, "embed.html")
}

/// The address of `file` in the folder of `page_url`.
fn beside(page_url: &str, file: &str) -> String {
    let page = page_without_fragment(page_url);
    let page = page.split_once('?').map_or(page, |(p, _)| p);
    // The folder ends at the last `/` after the scheme's `//`.
    let path_start = page.find("//").map_or(0, |i| i + 2);
    let folder = match page[path_start..].rfind('/') {
        Some(i) => &page[..path_start + i + 1],
        None => page,
    };
    if folder.ends_with('/') {
        format!("{folder}{file}")
    } else {
        format!("{folder}/{file}")
    }
}

/// Escapes text for an HTML attribute value or text content.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
