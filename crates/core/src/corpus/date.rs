//! Dates as precise as the sources make them: a year, a month or a day.
//!
//! A [`PartialDate`] is written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; its
//! precision follows from the form. Parsing rejects impossible dates
//! (month 13, 30 February), and the text form round-trips.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// How precise a [`PartialDate`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum DatePrecision {
    /// Only the year is known.
    Year,
    /// The year and month are known.
    Month,
    /// The exact day is known.
    Day,
}

impl DatePrecision {
    /// The precision's name as used in the CSV files: `year`, `month`, `day`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Year => "year",
            Self::Month => "month",
            Self::Day => "day",
        }
    }
}

/// A date known to the year, the month or the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    /// The year, such as 2017.
    pub year: u16,
    /// The month, 1–12, if known.
    pub month: Option<u8>,
    /// The day of the month, if known (only with a month).
    pub day: Option<u8>,
}

/// Why a text is not a [`PartialDate`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:?} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD",
            self.0
        )
    }
}

impl std::error::Error for DateError {}

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The months' English names, January first.
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl PartialDate {
    /// Whether every day this date can mean is after `today` (a full date):
    /// `2030` is, and so is next month, but this month is not.
    pub fn after(&self, today: &PartialDate) -> bool {
        let earliest = (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1));
        let today = (
            today.year,
            today.month.unwrap_or(12),
            today.day.unwrap_or(31),
        );
        earliest > today
    }

    /// How precise the date is.
    pub fn precision(&self) -> DatePrecision {
        match (self.month, self.day) {
            (None, _) => DatePrecision::Year,
            (Some(_), None) => DatePrecision::Month,
            (Some(_), Some(_)) => DatePrecision::Day,
        }
    }

    /// The first day the date can mean, as (year, month, day).
    pub fn earliest(&self) -> (u16, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day the date can mean, as (year, month, day).
    pub fn latest(&self) -> (u16, u8, u8) {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        (self.year, month, day)
    }

    /// Whether this date is certainly after `other`: every day it can mean
    /// comes after every day `other` can mean. `2021-07-22` is certainly after
    /// `2019`, but `2019-06` is not certainly after `2019`.
    pub fn certainly_after(&self, other: &PartialDate) -> bool {
        self.earliest() > other.latest()
    }
}

impl FromStr for PartialDate {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || DateError(s.to_owned());
        let number = |part: &str, len: usize| -> Result<u16, DateError> {
            if part.len() == len && part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| err())
            } else {
                Err(err())
            }
        };
        let mut parts = s.split('-');
        let year = number(parts.next().ok_or_else(err)?, 4)?;
        let month = parts.next().map(|p| number(p, 2)).transpose()?;
        let day = parts.next().map(|p| number(p, 2)).transpose()?;
        if parts.next().is_some() {
            return Err(err());
        }
        let month = match month {
            Some(m) if (1..=12).contains(&m) => Some(m as u8),
            Some(_) => return Err(err()),
            None => None,
        };
        let day = match (month, day) {
            (Some(m), Some(d)) if d >= 1 && d <= u16::from(days_in_month(year, m)) => Some(d as u8),
            (_, Some(_)) => return Err(err()),
            (_, None) => None,
        };
        Ok(Self { year, month, day })
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl PartialDate {
    /// The date as a reader says it, only as precise as it is known:
    /// "2017", "March 2017", "10 March 2017".
    pub fn human(&self) -> String {
        let month = self
            .month
            .and_then(|m| MONTHS.get(usize::from(m).wrapping_sub(1)));
        match (self.day, month) {
            (Some(d), Some(m)) => format!("{d} {m} {}", self.year),
            (None, Some(m)) => format!("{m} {}", self.year),
            _ => self.year.to_string(),
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn after_today_only_when_every_day_it_can_mean_is() {
        let d = |s: &str| s.parse::<super::PartialDate>().unwrap();
        let today = d("2026-11-22");
        for later in ["2027", "2026-12", "2026-11-23", "2030-01-01"] {
            assert!(d(later).after(&today), "{later}");
        }
        for not in ["2026", "2026-11", "2026-11-22", "2026-11-21", "2001-12-31"] {
            assert!(!d(not).after(&today), "{not}");
        }
    }

    use super::*;

    fn check(input: &str, expected: Option<(&str, DatePrecision)>) {
        let got = input.parse::<PartialDate>();
        match expected {
            Some((text, precision)) => {
                let date = got.unwrap_or_else(|e| panic!("{input:?}: {e}"));
                assert_eq!(date.to_string(), text, "{input:?}");
                assert_eq!(date.precision(), precision, "{input:?}");
            }
            None => assert!(got.is_err(), "{input:?} should not parse"),
        }
    }

    #[test]
    fn parsing() {
        use DatePrecision::*;
        check("2017", Some(("2017", Year)));
        check("2017-03", Some(("2017-03", Month)));
        check("2017-03-10", Some(("2017-03-10", Day)));
        check("2020-02-29", Some(("2020-02-29", Day)));
        check("2019-02-29", None);
        check("2017-13", None);
        check("2017-00", None);
        check("2017-04-31", None);
        check("2017-3-10", None);
        check("17", None);
        check("2017-03-10-1", None);
        check("", None);
        check("July 2017", None);
    }

    #[test]
    fn certainly_after() {
        let d = |s: &str| s.parse::<PartialDate>().unwrap();
        assert!(d("2021-07-23").certainly_after(&d("2021-07-22")));
        assert!(!d("2021-07-22").certainly_after(&d("2021-07-22")));
        assert!(d("2020-01").certainly_after(&d("2019")));
        assert!(!d("2019-12-31").certainly_after(&d("2019")));
        assert!(!d("2019").certainly_after(&d("2019-06")));
        assert!(d("2019-03").certainly_after(&d("2019-02")));
    }

    #[test]
    fn serde_round_trip() {
        let date: PartialDate = serde_json::from_str("\"2021-07\"").unwrap();
        assert_eq!(serde_json::to_string(&date).unwrap(), "\"2021-07\"");
        assert!(serde_json::from_str::<PartialDate>("\"2021-7\"").is_err());
    }
}

#[cfg(test)]
mod human_tests {
    use super::PartialDate;

    fn check(input: &str, expected: &str) {
        let date: PartialDate = input.parse().expect("a valid date");
        assert_eq!(date.human(), expected, "{input}");
    }

    #[test]
    fn dates_read_as_precisely_as_known() {
        check("2017", "2017");
        check("2017-03", "March 2017");
        check("2017-03-10", "10 March 2017");
        check("2021-12-31", "31 December 2021");
        check("1989-01", "January 1989");
    }
}
