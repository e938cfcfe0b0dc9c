//! The page's stylesheets folded into one file at build time.
//!
//! Trunk writes one `<link rel="stylesheet">` per file under `style/`. Each
//! is a request that blocks the first paint and the app's start (scripts
//! wait for stylesheets), so the built page asks for one file instead: the
//! files' text in page order, which keeps the cascade as it was.

use crate::html;
use lol_html::element;
use sha2::{Digest, Sha256};
use std::cell::RefCell;
use std::fmt::Write as _;

/// A page whose stylesheets were folded into one.
#[derive(Debug, PartialEq)]
pub struct Merged {
    /// The page, with one stylesheet link where the first one was.
    pub page: String,
    /// The new file's address in the page (`./style-<hash>.css`), in the
    /// first stylesheet's folder.
    pub href: String,
    /// The new file's text.
    pub css: String,
    /// The addresses of the files folded in, in page order.
    pub folded: Vec<String>,
}

/// Folds every `<link rel="stylesheet">` of `page` into one file named for
/// its content, read through `read` (an address in the page to the file's
/// text). `None` if the page has fewer than two stylesheets.
pub fn merge_stylesheets(
    page: &str,
    read: &dyn Fn(&str) -> Result<String, String>,
) -> Result<Option<Merged>, String> {
    let links = RefCell::new(Vec::new());
    html::rewrite(
        page,
        vec![element!("link[rel=stylesheet]", |el| {
            let href = el
                .get_attribute("href")
                .ok_or("a stylesheet without href")?;
            links
                .borrow_mut()
                .push((el.source_location().bytes(), href));
            Ok(())
        })],
    )?;
    let links = links.into_inner();
    if links.len() < 2 {
        return Ok(None);
    }
    let mut css = String::new();
    for (_, href) in &links {
        css.push_str(&read(href)?);
        if !css.ends_with('\n') {
            css.push('\n');
        }
    }
    let digest = Sha256::digest(css.as_bytes());
    let mut hash = String::new();
    for byte in &digest[..8] {
        let _ = write!(hash, "{byte:02x}");
    }
    // In the folder the page names its stylesheets in (`./` for a site that
    // may be served from any folder), as the first link does.
    let first = &links[0].1;
    let folder = &first[..first.rfind('/').map_or(0, |i| i + 1)];
    let href = format!("{folder}style-{hash}.css");

    // Edited by the links' places in the page rather than by the rewriter,
    // which sees one tag at a time: a removed link's line goes with it.
    let mut out = String::with_capacity(page.len());
    let mut last = 0;
    for (i, (tag, _)) in links.iter().enumerate() {
        out.push_str(&page[last..tag.start]);
        let mut end = tag.end;
        if i == 0 {
            out.push_str(&format!("<link rel=\"stylesheet\" href=\"{href}\">"));
        } else if page[end..].starts_with('\n') {
            // The removed link's line goes with it.
            end += 1;
            while out.ends_with(' ') {
                out.pop();
            }
        }
        last = end;
    }
    out.push_str(&page[last..]);
    Ok(Some(Merged {
        page: out,
        href,
        css,
        folded: links.into_iter().map(|(_, href)| href).collect(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<head>\n  <link rel=\"stylesheet\" href=\"/a-1.css\" integrity=\"sha384-x\"/>\n  \
                        <link rel=\"stylesheet\" href=\"/b-2.css\" integrity=\"sha384-y\"/>\n  \
                        <link rel=\"icon\" href=\"favicon.png\">\n</head>";

    fn read(href: &str) -> Result<String, String> {
        match href {
            "/a-1.css" => Ok("a { color: red; }".to_owned()),
            "/b-2.css" => Ok("b { color: blue; }\n".to_owned()),
            other => Err(format!("{other}: no such file")),
        }
    }

    #[test]
    fn folds_the_stylesheets_in_page_order_into_one_link() {
        let merged = merge_stylesheets(PAGE, &read).unwrap().unwrap();
        assert_eq!(merged.css, "a { color: red; }\nb { color: blue; }\n");
        assert_eq!(merged.folded, ["/a-1.css", "/b-2.css"]);
        assert!(merged.href.starts_with("/style-") && merged.href.ends_with(".css"));
        assert_eq!(
            merged.page,
            format!(
                "<head>\n  <link rel=\"stylesheet\" href=\"{}\">\n  <link rel=\"icon\" href=\"favicon.png\">\n</head>",
                merged.href
            )
        );
    }

    #[test]
    fn the_new_file_stays_in_the_folder_the_page_names() {
        let page = PAGE.replace("\"/", "\"./");
        let relative = |h: &str| read(&h.replacen("./", "/", 1));
        let merged = merge_stylesheets(&page, &relative).unwrap().unwrap();
        assert!(merged.href.starts_with("./style-"), "{}", merged.href);
        assert!(merged.page.contains(&format!("href=\"{}\"", merged.href)));
    }

    #[test]
    fn the_name_follows_the_content() {
        let one = merge_stylesheets(PAGE, &read).unwrap().unwrap();
        let other = merge_stylesheets(PAGE, &|h: &str| read(h).map(|c| c.replace("red", "green")))
            .unwrap()
            .unwrap();
        assert_ne!(one.href, other.href);
    }

    #[test]
    fn a_page_with_one_stylesheet_is_left_alone() {
        let page = "<link rel=\"stylesheet\" href=\"/a-1.css\"/>";
        assert_eq!(merge_stylesheets(page, &read).unwrap(), None);
    }

    #[test]
    fn only_real_stylesheet_links_are_folded() {
        let page = PAGE.replace(
            "<link rel=\"icon\"",
            "<!-- <link rel=\"stylesheet\" href=\"/c-3.css\"> --><link rel=\"icon\"",
        );
        let merged = merge_stylesheets(&page, &read).unwrap().unwrap();
        assert_eq!(merged.folded, ["/a-1.css", "/b-2.css"]);
        assert!(
            merged
                .page
                .contains("<!-- <link rel=\"stylesheet\" href=\"/c-3.css\"> -->")
        );
        let no_href = PAGE.replace(" href=\"/b-2.css\"", "");
        assert_eq!(
            merge_stylesheets(&no_href, &read).unwrap_err(),
            "a stylesheet without href"
        );
    }

    #[test]
    fn a_missing_file_is_an_error_naming_it() {
        let page = PAGE.replace("/b-2.css", "/c-3.css");
        assert_eq!(
            merge_stylesheets(&page, &read).unwrap_err(),
            "/c-3.css: no such file"
        );
    }
}
