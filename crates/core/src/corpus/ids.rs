//! Typed identifiers. Each is a thin wrapper around a string so that an
//! anchor cannot be passed where a document id is expected; whether an id
//! names something is checked once, by [`super::validate()`].

use serde::{Deserialize, Serialize};

macro_rules! string_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The identifier as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_owned())
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                Self(s)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }
    };
}

string_id!(
    /// A source document, such as `fiw2019`.
    DocId
);
string_id!(
    /// A place in one document: `p12` for the twelfth paragraph, `n12` for
    /// note 12. Unique within its document and stable across regenerations
    /// as long as the source text does not change.
    Anchor
);
string_id!(
    /// A section of one document, such as `executive-summary` or `a1`.
    SectionId
);
string_id!(
    /// A list of paragraphs within one document, such as `key-developments`.
    ListId
);
string_id!(
    /// A speaker in a transcript, such as `mihra-rittmann`.
    SpeakerId
);
string_id!(
    /// A Freedom in the World indicator, `A1` … `G4`.
    IndicatorCode
);
string_id!(
    /// A timeline event (kebab-case).
    EventId
);
string_id!(
    /// A recommendation or pledge.
    ItemId
);
string_id!(
    /// A status in the tracker's vocabulary, such as `no-action`.
    StatusId
);
string_id!(
    /// An erratum.
    ErratumId
);
string_id!(
    /// A recorded contradiction between sources.
    ContradictionId
);

impl Anchor {
    /// The anchor of the `n`-th paragraph of a document (counting from 1).
    pub fn paragraph(n: usize) -> Self {
        Self(format!("p{n}"))
    }

    /// The anchor of note number `n`.
    pub fn note(n: u32) -> Self {
        Self(format!("n{n}"))
    }
}

/// Whether `s` is lower-case kebab-case: ASCII letters and digits in
/// non-empty runs joined by single hyphens.
pub fn is_kebab_case(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: bool) {
        assert_eq!(is_kebab_case(input), expected, "{input:?}");
    }

    #[test]
    fn kebab_case() {
        check("2017-03-constitutional-amendments", true);
        check("no-action", true);
        check("a", true);
        check("", false);
        check("-a", false);
        check("a-", false);
        check("a--b", false);
        check("A-b", false);
        check("a_b", false);
        check("a b", false);
    }

    #[test]
    fn anchors() {
        assert_eq!(Anchor::paragraph(12).as_str(), "p12");
        assert_eq!(Anchor::note(3).as_str(), "n3");
    }
}
