//! Dates as users and containers write them, normalized to `YYYY-MM-DD`.

use chrono::{DateTime, NaiveDate, NaiveDateTime};

/// Normalize a stated date (ISO 8601, RFC 2822/3339, `2-APR-1987 01:08:04.55`, `April 2, 2024`...)
/// to `YYYY-MM-DD`. None when it is not a date.
pub fn normalize_date(s: &str) -> Option<String> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if let Ok(d) = DateTime::parse_from_rfc3339(s) {
        return Some(d.date_naive().to_string());
    }
    if let Ok(d) = DateTime::parse_from_rfc2822(s) {
        return Some(d.date_naive().to_string());
    }
    // Leading ISO day, whatever follows (a time, a zone, fractions).
    if s.len() >= 10 && s.is_char_boundary(10) {
        if let Ok(d) = NaiveDate::parse_from_str(&s[..10], "%Y-%m-%d") {
            return Some(d.to_string());
        }
    }
    const DATETIME: &[&str] = &[
        "%d-%b-%Y %H:%M:%S%.f",
        "%Y/%m/%d %H:%M:%S",
        "%d %b %Y %H:%M:%S",
    ];
    if let Some(d) = DATETIME
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
    {
        return Some(d.date().to_string());
    }
    const DATE: &[&str] = &[
        "%Y/%m/%d",
        "%d-%b-%Y",
        "%d %B %Y",
        "%d %b %Y",
        "%B %d, %Y",
        "%b %d, %Y",
        "%b. %d, %Y",
        "%B %d %Y",
        "%Y%m%d",
    ];
    DATE.iter()
        .find_map(|f| NaiveDate::parse_from_str(s, f).ok())
        .map(|d| d.to_string())
}

/// `YYYY-MM-DD` of a calendar day in a year news can carry (1900-2100); None for impossible days
/// (`2024-02-30`), which is what a wrong guess at a day/month order usually produces.
pub fn iso_day(year: u32, month: u32, day: u32) -> Option<String> {
    if !(1900..=2100).contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day).map(|d| d.to_string())
}

const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Month number (1-12) of an English month word, any case. Strict: the full name, its three-letter
/// abbreviation, or "Sept". Loose: also any longer prefix of the full name ("Janu", "Septem"), as page
/// markup abbreviates freely while prose does not.
pub fn month_number(word: &str, loose: bool) -> Option<u32> {
    let w = word.to_ascii_lowercase();
    if w.len() < 3 || !w.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let i = MONTH_NAMES.iter().position(|full| {
        if loose {
            full.starts_with(&w)
        } else {
            *full == w || full[..3] == w || (w == "sept" && full.starts_with("sept"))
        }
    })?;
    Some(i as u32 + 1)
}

/// Parse a `--since`/`--until` bound: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. `end` picks the last day of a
/// month or year, so `--until 2024` includes all of 2024.
pub fn parse_bound(s: &str, end: bool) -> Option<NaiveDate> {
    let parts: Vec<&str> = s.trim().split('-').collect();
    let num = |i: usize| parts.get(i).and_then(|p| p.parse::<u32>().ok());
    let year = parts.first()?.parse::<i32>().ok()?;
    match parts.len() {
        1 if end => NaiveDate::from_ymd_opt(year, 12, 31),
        1 => NaiveDate::from_ymd_opt(year, 1, 1),
        2 => {
            let month = num(1)?;
            let first = NaiveDate::from_ymd_opt(year, month, 1)?;
            if end {
                first.checked_add_months(chrono::Months::new(1))?.pred_opt()
            } else {
                Some(first)
            }
        }
        3 => NaiveDate::from_ymd_opt(year, num(1)?, num(2)?),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_day_checks_the_calendar() {
        assert_eq!(iso_day(2024, 2, 29).as_deref(), Some("2024-02-29"));
        assert_eq!(iso_day(2023, 2, 29), None);
        assert_eq!(iso_day(2024, 4, 31), None);
        assert_eq!(iso_day(1850, 1, 1), None);
        assert_eq!(iso_day(2024, 13, 1), None);
    }

    #[test]
    fn normalizes_container_dates() {
        assert_eq!(normalize_date("2024-05-24").as_deref(), Some("2024-05-24"));
        assert_eq!(
            normalize_date("2024-05-24T10:00:00Z").as_deref(),
            Some("2024-05-24")
        );
        assert_eq!(
            normalize_date("2-APR-1987 01:08:04.55").as_deref(),
            Some("1987-04-02")
        );
        assert_eq!(
            normalize_date("Tue, 2 Apr 2024 12:28:00 +0000").as_deref(),
            Some("2024-04-02")
        );
        assert_eq!(
            normalize_date("April 2, 2024").as_deref(),
            Some("2024-04-02")
        );
        assert_eq!(normalize_date("yesterday"), None);
        assert_eq!(normalize_date(""), None);
    }

    #[test]
    fn month_words() {
        assert_eq!(month_number("May", false), Some(5));
        assert_eq!(month_number("sept", false), Some(9));
        assert_eq!(month_number("SEPTEMBER", false), Some(9));
        assert_eq!(month_number("Septem", false), None);
        assert_eq!(month_number("Septem", true), Some(9));
        assert_eq!(month_number("Marc", false), None);
        assert_eq!(month_number("Ma", true), None);
        assert_eq!(month_number("Mayday", true), None);
        assert_eq!(month_number("Jun3", true), None);
    }

    #[test]
    fn bounds_cover_whole_periods() {
        assert_eq!(
            parse_bound("2024", true),
            NaiveDate::from_ymd_opt(2024, 12, 31)
        );
        assert_eq!(
            parse_bound("2024-02", true),
            NaiveDate::from_ymd_opt(2024, 2, 29)
        );
        assert_eq!(
            parse_bound("2024-02", false),
            NaiveDate::from_ymd_opt(2024, 2, 1)
        );
        assert_eq!(
            parse_bound("2024-05-01", false),
            NaiveDate::from_ymd_opt(2024, 5, 1)
        );
        assert_eq!(parse_bound("May 2024", false), None);
        assert_eq!(parse_bound("2024-13-01", false), None);
    }
}
