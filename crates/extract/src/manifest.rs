//! The hand-written inputs besides the texts and the curated data:
//! `corpus/manifest.toml` (what each source is) and `corpus/errata.toml`.

use crate::builder::ErratumSpec;
use crate::parse::Format;
use serde::Deserialize;

/// `corpus/manifest.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The country the corpus is about.
    pub country: String,
    /// The sources, in display order.
    #[serde(rename = "source")]
    pub sources: Vec<SourceSpec>,
}

/// One source in the manifest.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceSpec {
    /// Stable id.
    pub id: String,
    /// The text file, relative to `corpus/`.
    pub file: String,
    /// The report format, which picks the parser.
    pub format: Format,
    /// Title.
    pub title: String,
    /// Publisher.
    pub publisher: String,
    /// Author, where known.
    pub author: Option<String>,
    /// Edition.
    pub edition: String,
    /// Period covered.
    pub covers: String,
    /// Publication date, as precise as the text supports.
    pub published: String,
    /// What the date rests on.
    pub published_basis: String,
    /// Original address, only if the text gives it.
    pub url: Option<String>,
    /// Damage throughout the text that errata do not correct one by one.
    pub known_damage: Option<String>,
}

/// A quote as written in the hand-made files: a source id and the words.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuoteSpec {
    /// The source's id.
    pub source: String,
    /// The words, verbatim.
    pub quote: String,
}

/// `corpus/errata.toml`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrataFile {
    /// The errata.
    #[serde(default, rename = "erratum")]
    pub errata: Vec<ErratumSpec>,
}

/// Reads a TOML file into `T`; an error names the file.
pub fn read_toml<T: serde::de::DeserializeOwned>(path: &std::path::Path) -> Result<T, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// How many times `needle` occurs in `haystack` (possibly overlapping).
pub fn occurrences(haystack: &str, needle: &str) -> usize {
    if needle.is_empty() {
        return 0;
    }
    (0..haystack.len())
        .filter(|&i| haystack.is_char_boundary(i) && haystack[i..].starts_with(needle))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counting() {
        assert_eq!(occurrences("aaa", "aa"), 2);
        assert_eq!(occurrences("ciil society", "ciil"), 1);
        assert_eq!(occurrences("abc", ""), 0);
        assert_eq!(occurrences("“x” “x”", "“x”"), 2);
    }
}
