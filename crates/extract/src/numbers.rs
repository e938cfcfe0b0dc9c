//! Reading numbers that the text extraction ran together.
//!
//! The Nations in Transit tables lost their cell borders, so a row such as
//! `5.505.755.756.006.256.56.50…` is one string. [`parse_run_together`] finds
//! every way to cut such a string into exactly `n` values of the form
//! *digits* `.` *one or two digits* that lie on the given [`Scale`], and
//! succeeds only if there is exactly one. With one-digit ratings the cut is
//! always forced (each value has its decimal point one character after its
//! start), but the parser does not rely on that: a string that admits two
//! readings is rejected as ambiguous, and one that admits none is rejected
//! with the reason.

use std::fmt;

/// The values a parsed number may take, in hundredths.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scale {
    /// The smallest value allowed.
    pub min: u32,
    /// The largest value allowed.
    pub max: u32,
    /// Values must be multiples of this.
    pub step: u32,
}

impl Scale {
    /// Nations in Transit category ratings: 1.00 to 7.00 in quarter steps.
    pub const NIT_RATING: Scale = Scale {
        min: 100,
        max: 700,
        step: 25,
    };
    /// Nations in Transit democracy scores: averages, 1.00 to 7.00 to the hundredth.
    pub const NIT_SCORE: Scale = Scale {
        min: 100,
        max: 700,
        step: 1,
    };

    fn admits(&self, v: u32) -> bool {
        (self.min..=self.max).contains(&v) && v.is_multiple_of(self.step)
    }

    /// How many digits the whole part of a value on this scale can have.
    fn int_digits(&self) -> usize {
        (self.max / 100).to_string().len()
    }
}

/// Why a run-together string could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RunTogetherError {
    /// A character other than a digit or a decimal point.
    BadCharacter(char),
    /// No way to read exactly `expected` values on the scale.
    NoReading {
        /// How many values were wanted.
        expected: usize,
        /// A hint at the reason, such as a value off the scale.
        hint: String,
    },
    /// More than one way to read the string.
    Ambiguous {
        /// One reading.
        first: Vec<u32>,
        /// Another.
        second: Vec<u32>,
    },
}

impl fmt::Display for RunTogetherError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let show = |v: &[u32]| {
            v.iter()
                .map(|x| format!("{}.{:02}", x / 100, x % 100))
                .collect::<Vec<_>>()
                .join(" ")
        };
        match self {
            Self::BadCharacter(c) => write!(f, "unexpected character {c:?}"),
            Self::NoReading { expected, hint } => {
                write!(f, "cannot be read as {expected} values: {hint}")
            }
            Self::Ambiguous { first, second } => write!(
                f,
                "ambiguous: reads as [{}] and as [{}]",
                show(first),
                show(second)
            ),
        }
    }
}

/// One token starting at `at`: (value in hundredths, length in bytes),
/// for every length the grammar allows, scale or not.
fn tokens(s: &[u8], at: usize, int_digits: usize) -> Vec<(u32, usize)> {
    let mut out = Vec::new();
    for int_len in 1..=int_digits {
        let dot = at + int_len;
        if dot >= s.len() || s[dot] != b'.' || !s[at..dot].iter().all(u8::is_ascii_digit) {
            continue;
        }
        let whole: u32 = std::str::from_utf8(&s[at..dot]).unwrap().parse().unwrap();
        for frac_len in 1..=2 {
            let end = dot + 1 + frac_len;
            if end > s.len() || !s[dot + 1..end].iter().all(u8::is_ascii_digit) {
                continue;
            }
            let frac: u32 = std::str::from_utf8(&s[dot + 1..end])
                .unwrap()
                .parse()
                .unwrap();
            let frac = if frac_len == 1 { frac * 10 } else { frac };
            out.push((whole * 100 + frac, end - at));
        }
    }
    out
}

/// Every reading of `s[at..]` as exactly `n` values, up to `limit` readings.
fn readings(
    s: &[u8],
    at: usize,
    n: usize,
    scale: Option<&Scale>,
    int_digits: usize,
    limit: usize,
) -> Vec<Vec<u32>> {
    if n == 0 {
        return if at == s.len() {
            vec![Vec::new()]
        } else {
            Vec::new()
        };
    }
    let mut out = Vec::new();
    for (value, len) in tokens(s, at, int_digits) {
        if scale.is_some_and(|sc| !sc.admits(value)) {
            continue;
        }
        for mut rest in readings(s, at + len, n - 1, scale, int_digits, limit) {
            rest.insert(0, value);
            out.push(rest);
            if out.len() >= limit {
                return out;
            }
        }
    }
    out
}

/// Reads `s` as exactly `n` run-together values on `scale`, in hundredths.
pub fn parse_run_together(s: &str, n: usize, scale: Scale) -> Result<Vec<u32>, RunTogetherError> {
    if let Some(c) = s.chars().find(|c| !c.is_ascii_digit() && *c != '.') {
        return Err(RunTogetherError::BadCharacter(c));
    }
    let bytes = s.as_bytes();
    let digits = scale.int_digits();
    let mut found = readings(bytes, 0, n, Some(&scale), digits, 2);
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => {
            // Explain: try again without the scale, and with any count.
            let hint =
                match (1..=s.len()).find_map(|k| readings(bytes, 0, k, None, digits, 1).pop()) {
                    Some(loose) => match loose.iter().find(|v| !scale.admits(**v)) {
                        Some(v) => format!(
                            "{}.{:02} is not on the scale {}–{} in steps of 0.{:02}",
                            v / 100,
                            v % 100,
                            scale.min / 100,
                            scale.max / 100,
                            scale.step
                        ),
                        None => format!("it reads as {} values", loose.len()),
                    },
                    None => "it is not a run of numbers like 6.75".to_owned(),
                };
            Err(RunTogetherError::NoReading { expected: n, hint })
        }
        _ => Err(RunTogetherError::Ambiguous {
            first: found.remove(0),
            second: found.remove(0),
        }),
    }
}

/// Reads `s` as run-together four-digit years, such as `20092010…2018`.
pub fn parse_years(s: &str) -> Option<Vec<u16>> {
    if s.is_empty() || !s.len().is_multiple_of(4) || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    (0..s.len() / 4)
        .map(|i| s[i * 4..i * 4 + 4].parse().ok())
        .collect()
}

/// Reads a rating written as in the reports' prose, such as `6.75` or `6.5`.
pub fn parse_rating(s: &str) -> Option<u16> {
    parse_run_together(s, 1, Scale::NIT_SCORE)
        .ok()
        .map(|v| v[0] as u16)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, n: usize, scale: Scale, expected: Result<&[u32], &str>) {
        let got = parse_run_together(input, n, scale);
        match (got, expected) {
            (Ok(v), Ok(e)) => assert_eq!(v, e, "{input:?}"),
            (Err(err), Err(e)) => assert!(
                err.to_string().contains(e),
                "{input:?}: error {err} should mention {e:?}"
            ),
            (got, expected) => panic!("{input:?}: got {got:?}, expected {expected:?}"),
        }
    }

    const R: Scale = Scale::NIT_RATING;
    const S: Scale = Scale::NIT_SCORE;
    /// A scale with two-digit whole parts, where readings can be ambiguous.
    const WIDE: Scale = Scale {
        min: 0,
        max: 9999,
        step: 1,
    };

    #[test]
    fn ratings() {
        check("6.756.75", 2, R, Ok(&[675, 675]));
        check("6.56.50", 2, R, Ok(&[650, 650]));
        check("6.506.5", 2, R, Ok(&[650, 650]));
        check(
            "5.505.755.756.006.256.56.506.506.506.75",
            10,
            R,
            Ok(&[550, 575, 575, 600, 625, 650, 650, 650, 650, 675]),
        );
        check("1.007.00", 2, R, Ok(&[100, 700]));
        check("7.0", 1, R, Ok(&[700]));
        check("6.25", 1, R, Ok(&[625]));
    }

    #[test]
    fn scores() {
        check("6.326.436.43", 3, S, Ok(&[632, 643, 643]));
        check("6.716.7", 2, S, Ok(&[671, 670]));
        check("6.6", 1, S, Ok(&[660]));
    }

    #[test]
    fn failures() {
        check("6.756.7", 2, R, Err("6.70 is not on the scale"));
        check("6.756.75", 3, R, Err("reads as 2 values"));
        check("6.756.75", 1, R, Err("reads as 2 values"));
        check("7.256.75", 2, R, Err("7.25 is not on the scale"));
        check("0.756.75", 2, R, Err("0.75 is not on the scale"));
        check("6.75 6.75", 2, R, Err("unexpected character ' '"));
        check("6,75", 1, R, Err("unexpected character ','"));
        check("", 1, R, Err("not a run of numbers"));
        check("675", 1, R, Err("not a run of numbers"));
        check("6.", 1, R, Err("not a run of numbers"));
        check("6.757", 1, R, Err("cannot be read as 1 values"));
        check("6.756..75", 2, R, Err("cannot be read"));
    }

    #[test]
    fn ambiguity_is_refused() {
        // With two-digit whole parts, "10.510.5" is 10.5 + 10.5 or 10.51 + 0.5.
        check("10.510.5", 2, WIDE, Err("ambiguous"));
        check("1.51.5", 2, WIDE, Ok(&[150, 150])); // 1.51 would leave ".5"
        check("10.5", 1, WIDE, Ok(&[1050]));
    }

    #[test]
    fn years() {
        assert_eq!(parse_years("20092010"), Some(vec![2009, 2010]));
        assert_eq!(parse_years("2009201"), None);
        assert_eq!(parse_years(""), None);
        assert_eq!(parse_years("2009x010"), None);
    }

    #[test]
    fn prose_ratings() {
        assert_eq!(parse_rating("6.75"), Some(675));
        assert_eq!(parse_rating("6.5"), Some(650));
        assert_eq!(parse_rating("6.64"), Some(664));
        assert_eq!(parse_rating("x"), None);
    }
}
