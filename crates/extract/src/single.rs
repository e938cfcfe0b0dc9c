//! The single-file offline edition: the built site (`dist/`) folded into one
//! HTML file, with the styles, the favicon, the script and the WebAssembly
//! (base64) inside, so that it works opened from disk with no network: on a
//! teacher's laptop, an intranet, as an email attachment.

use crate::policy::insert_policy;
use base64::Engine as _;

/// Reads a file of the built site by its address in the page (`/app.css`).
pub type Read<'a> = &'a dyn Fn(&str) -> Result<Vec<u8>, String>;

/// The value of attribute `name` in a tag's text, if quoted with `"` or `'`.
pub(crate) fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let at = tag.find(&format!(" {name}="))? + name.len() + 2;
    let quote = tag[at..].chars().next()?;
    let rest = &tag[at + 1..];
    Some(&rest[..rest.find(quote)?])
}

fn text(bytes: Vec<u8>, path: &str) -> Result<String, String> {
    String::from_utf8(bytes).map_err(|_| format!("{path} is not UTF-8"))
}

/// The text between `before` and the next `after` in `s`.
fn between<'a>(s: &'a str, before: &str, after: &str) -> Option<&'a str> {
    let start = s.find(before)? + before.len();
    Some(&s[start..start + s[start..].find(after)?])
}

/// Folds the built page into one file. Fails, naming what is missing, if
/// the page is not shaped as the build makes it.
pub fn single_file(index: &str, read: Read) -> Result<String, String> {
    let b64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
    let mut out = String::with_capacity(index.len() * 4);
    let mut rest = index;
    let mut loader_done = false;
    let mut styles = 0;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if rest.starts_with("<link ") {
            let end = rest.find('>').ok_or("an unclosed <link>")? + 1;
            let tag = &rest[..end];
            rest = &rest[end..];
            match attribute(tag, "rel") {
                Some("stylesheet") => {
                    let href = attribute(tag, "href").ok_or("a stylesheet without href")?;
                    out.push_str("<style>");
                    out.push_str(&text(read(href)?, href)?);
                    out.push_str("</style>");
                    styles += 1;
                }
                Some("icon") => {
                    let href = attribute(tag, "href").ok_or("an icon without href")?;
                    let kind = attribute(tag, "type").unwrap_or("image/svg+xml");
                    out.push_str(&format!(
                        "<link rel=\"icon\" type=\"{kind}\" href=\"data:{kind};base64,{}\">",
                        b64(&read(href)?)
                    ));
                }
                // Nothing to preload: everything is here.
                Some("modulepreload" | "preload") => {}
                _ => out.push_str(tag),
            }
        } else if rest.starts_with("<script type=\"module\">") && !loader_done {
            let end = rest.find("</script>").ok_or("an unclosed <script>")? + "</script>".len();
            let loader = &rest[..end];
            rest = &rest[end..];
            let js_path = between(loader, "from '", "'").ok_or("the loader imports no script")?;
            let wasm_path =
                between(loader, "module_or_path: '", "'").ok_or("the loader loads no wasm")?;
            let glue = text(read(js_path)?, js_path)?;
            // The glue as module code of the page itself: its exports have no
            // importer, and the init function is called with the bytes.
            let glue = glue
                .replace("\nexport { initSync, __wbg_init as default };", "")
                .replace("\nexport class ", "\nclass ")
                .replace("\nexport function ", "\nfunction ");
            if !glue.contains("async function __wbg_init(") {
                return Err(format!("{js_path} has no __wbg_init"));
            }
            out.push_str("<script type=\"module\">\n");
            out.push_str(&glue);
            out.push_str(&format!(
                "\nconst bytes = Uint8Array.from(atob(\"{}\"), (c) => c.charCodeAt(0));\n\
                 const exports = await __wbg_init({{ module_or_path: bytes }});\n\
                 dispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {{ detail: {{ wasm: exports }} }}));\n\
                 </script>",
                b64(&read(wasm_path)?)
            ));
            loader_done = true;
        } else if rest.starts_with("<meta http-equiv=\"Content-Security-Policy\"")
            || rest.starts_with("<meta name=\"referrer\"")
        {
            // Written again below, with the hashes of what is now inline.
            let end = rest.find('>').ok_or("an unclosed <meta>")? + 1;
            rest = rest[end..].trim_start_matches([' ', '\n']);
        } else if rest.starts_with("<h2>Downloads</h2>") {
            // The static list links to files beside the page; the app's data
            // page makes the same files in the browser.
            let end = rest.find("</ul>").ok_or("an unclosed downloads list")? + "</ul>".len();
            rest = &rest[end..];
        } else {
            out.push('<');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    if !loader_done {
        return Err("the page has no module loader script".to_owned());
    }
    if styles == 0 {
        return Err("the page has no stylesheet".to_owned());
    }
    insert_policy(&mut out)?;
    Ok(out)
}
