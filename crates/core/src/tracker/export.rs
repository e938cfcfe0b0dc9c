//! Exporting the reader's updates as files.
//!
//! - [`json`]: the saved form ([`save`]), full fidelity, tombstones
//!   included, so it can be imported again with nothing lost.
//! - [`csv()`]: for spreadsheets, RFC 4180 as in [`crate::csv`] (CRLF line
//!   ends, quoting only where needed, UTF-8 after a byte-order mark, which
//!   [`crate::csv::table`] writes), with the header [`CSV_HEADER`]; live
//!   updates only, ordered by item then by the date the reader gave (see
//!   [`Update::chronology`]); `link` empty when there is none; `created`
//!   and `modified` as UTC times `YYYY-MM-DDTHH:MM:SSZ`. A note that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
//!   gets a leading `'`, so that a spreadsheet shows it as text and never
//!   runs it as a formula. The import reads JSON only (a leading
//!   byte-order mark is skipped there too, see [`super::format`]).

use super::format::save;
use super::store::Store;
use super::update::Update;
use crate::csv::table;

/// The CSV export's header row.
pub const CSV_HEADER: [&str; 8] = [
    "id", "item", "status", "date", "note", "link", "created", "modified",
];

/// The JSON export: the same text as [`save`].
pub fn json(store: &Store) -> String {
    save(store)
}

/// The CSV export of the live updates.
pub fn csv(store: &Store) -> String {
    let mut rows: Vec<&Update> = store.live().collect();
    crate::order::sort_by(&mut rows, |a, b| {
        (&a.item, a.chronology()).cmp(&(&b.item, b.chronology()))
    });
    table(
        &CSV_HEADER,
        rows.into_iter().map(|u| {
            [
                u.id.clone(),
                u.item.to_string(),
                u.status.to_string(),
                u.date.to_string(),
                as_text(&u.note),
                u.link.clone().unwrap_or_default(),
                utc(u.created),
                utc(u.modified),
            ]
        }),
    )
}

/// `note`, with a `'` before it if a spreadsheet would read it as a formula.
fn as_text(note: &str) -> String {
    if note.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{note}")
    } else {
        note.to_owned()
    }
}

/// Milliseconds since 1970 as a UTC time, `YYYY-MM-DDTHH:MM:SSZ`.
pub fn utc(ms: u64) -> String {
    let secs = ms / 1000;
    let (y, m, d) = civil_from_days(secs / 86_400);
    let s = secs % 86_400;
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        s / 3600,
        s % 3600 / 60,
        s % 60
    )
}

/// The proleptic Gregorian date of a day counted from 1970-01-01 (Howard
/// Hinnant's `civil_from_days`, for days on or after the epoch).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + u64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_times() {
        assert_eq!(utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(utc(951_782_400_000), "2000-02-29T00:00:00Z");
        assert_eq!(utc(1_626_953_696_789), "2021-07-22T11:34:56Z");
        assert_eq!(utc(4_102_444_799_000), "2099-12-31T23:59:59Z");
        assert_eq!(utc(super::super::MAX_TIMESTAMP), "287396-10-12T08:59:00Z");
    }

    #[test]
    fn formulas_stay_text() {
        assert_eq!(as_text("=1+1"), "'=1+1");
        assert_eq!(as_text("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(as_text("-2"), "'-2");
        assert_eq!(as_text("Fine = ok"), "Fine = ok");
        assert_eq!(as_text(""), "");
    }
}
