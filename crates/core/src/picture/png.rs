//! A PNG's words: the browser draws the picture, and this writes its title
//! (and where it came from) into the file as `iTXt` chunks (UTF-8 text), so
//! that a picture saved to a slide deck still says what it is.

const SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1a, b'\n'];
/// Where the first chunk after the header begins: the signature, then the
/// header's length, type, 13 bytes of data and checksum.
const AFTER_HEADER: usize = 8 + 4 + 4 + 13 + 4;

/// The CRC-32 that PNG chunks carry (ISO 3309, as zlib's).
fn crc32(bytes: impl IntoIterator<Item = u8>) -> u32 {
    let mut crc = !0u32;
    for b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// An `iTXt` chunk: keyword (Latin-1, so ASCII here), NUL, no compression,
/// no language or translated keyword, then the text in UTF-8.
fn text_chunk(keyword: &str, text: &str) -> Vec<u8> {
    let mut data: Vec<u8> = keyword.bytes().filter(u8::is_ascii_graphic).collect();
    data.extend([0, 0, 0, 0, 0]);
    data.extend(text.as_bytes());
    let mut chunk = Vec::with_capacity(data.len() + 12);
    chunk.extend((data.len() as u32).to_be_bytes());
    chunk.extend(b"iTXt");
    chunk.extend(&data);
    let crc = crc32(b"iTXt".iter().copied().chain(data.iter().copied()));
    chunk.extend(crc.to_be_bytes());
    chunk
}

/// The PNG with an `iTXt` chunk for each `(keyword, text)` after its header,
/// or `None` if it is not a PNG.
pub fn with_text(png: &[u8], texts: &[(&str, &str)]) -> Option<Vec<u8>> {
    if !png.starts_with(&SIGNATURE) || png.get(12..16)? != b"IHDR" || png.len() < AFTER_HEADER {
        return None;
    }
    let mut out = Vec::with_capacity(png.len() + 256);
    out.extend(&png[..AFTER_HEADER]);
    for (keyword, text) in texts {
        out.extend(text_chunk(keyword, text));
    }
    out.extend(&png[AFTER_HEADER..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PNG's width and height, from its header.
    fn dimensions(png: &[u8]) -> Option<(u32, u32)> {
        if !png.starts_with(&SIGNATURE) || png.get(12..16)? != b"IHDR" {
            return None;
        }
        let word = |at: usize| Some(u32::from_be_bytes(png.get(at..at + 4)?.try_into().ok()?));
        Some((word(16)?, word(20)?))
    }

    /// The uncompressed `iTXt` chunks of a PNG, as `(keyword, text)`, with
    /// their checksums checked: one that fails ends the reading.
    fn texts(png: &[u8]) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut at = SIGNATURE.len();
        while let Some(len) = png
            .get(at..at + 4)
            .and_then(|b| b.try_into().ok())
            .map(u32::from_be_bytes)
        {
            let end = at + 8 + len as usize;
            let (Some(body), Some(crc)) = (png.get(at + 4..end), png.get(end..end + 4)) else {
                break;
            };
            if crc32(body.iter().copied()).to_be_bytes() != crc {
                break;
            }
            if let Some(data) = body.strip_prefix(b"iTXt") {
                // keyword NUL flag method language NUL translated NUL text
                let mut parts = data.splitn(2, |&b| b == 0);
                let keyword = parts.next().unwrap_or_default();
                let rest = parts.next().unwrap_or_default();
                if let [0, _, rest @ ..] = rest {
                    let mut rest = rest.splitn(3, |&b| b == 0).skip(2);
                    if let Some(text) = rest.next() {
                        out.push((
                            String::from_utf8_lossy(keyword).into_owned(),
                            String::from_utf8_lossy(text).into_owned(),
                        ));
                    }
                }
            }
            at = end + 4;
        }
        out
    }

    /// A 1 × 1 PNG (from a browser's canvas).
    const DOT: &[u8] = &[
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
        0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f,
        0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8,
        0xff, 0xff, 0x3f, 0x00, 0x05, 0xfe, 0x02, 0xfe, 0xa7, 0x35, 0x81, 0x84, 0x00, 0x00, 0x00,
        0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
    ];

    #[test]
    fn crc_matches_the_header_s_own() {
        assert_eq!(
            crc32(DOT[12..29].iter().copied()).to_be_bytes(),
            DOT[29..33]
        );
    }

    #[test]
    fn titles_are_written_after_the_header_and_read_back() {
        let titled = with_text(DOT, &[("Title", "Kazakhstan – 22/100"), ("Source", "FH")]).unwrap();
        assert_eq!(dimensions(&titled), Some((1, 1)));
        assert_eq!(
            texts(&titled),
            [
                ("Title".to_owned(), "Kazakhstan – 22/100".to_owned()),
                ("Source".to_owned(), "FH".to_owned())
            ]
        );
        assert!(titled.ends_with(&DOT[AFTER_HEADER..]));
        assert!(texts(DOT).is_empty());
        assert_eq!(with_text(b"GIF89a", &[]), None);
        assert_eq!(dimensions(b"\x89PNG"), None);
    }
}
