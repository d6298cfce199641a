//! Turning the many ways pages write a publication date into `YYYY-MM-DD`.

use crate::clean::date::iso_day;

fn month_of(word: &str) -> Option<u32> {
    crate::clean::date::month_number(word, true)
}

/// Split into runs of digits and runs of letters; everything else separates.
fn tokens(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    let mut kind = 0u8;
    for (i, c) in s.char_indices() {
        let k = if c.is_ascii_digit() {
            1
        } else if c.is_alphabetic() {
            2
        } else {
            0
        };
        if k != kind {
            if let (Some(st), true) = (start, kind != 0) {
                out.push(&s[st..i]);
            }
            start = Some(i);
            kind = k;
        }
    }
    if let (Some(st), true) = (start, kind != 0) {
        out.push(&s[st..]);
    }
    out
}

/// A machine-readable date (ISO 8601 and its relatives: `2019-11-20T05:27:00Z`, `2019/11/20`, `20191120`).
pub fn parse_iso(s: &str) -> Option<String> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() >= 10 && b[..4].iter().all(u8::is_ascii_digit) && matches!(b[4], b'-' | b'/' | b'.')
    {
        let y = s.get(..4)?.parse().ok()?;
        let m = s.get(5..7)?.parse().ok()?;
        let d = s.get(8..10)?.parse().ok()?;
        return iso_day(y, m, d);
    }
    if b.len() >= 8
        && b[..8].iter().all(u8::is_ascii_digit)
        && b.get(8).is_none_or(|c| !c.is_ascii_digit())
    {
        return iso_day(
            s.get(..4)?.parse().ok()?,
            s.get(4..6)?.parse().ok()?,
            s.get(6..8)?.parse().ok()?,
        );
    }
    None
}

/// A date written for people: `November 20, 2019`, `20 Nov 2019`, `Wed, 20 Nov 2019`, or ISO inside text.
/// Numeric day/month orders other than ISO are ambiguous (US vs. the rest) and are not guessed.
pub fn parse_text(s: &str) -> Option<String> {
    // Ordinal suffixes ("September 1st, 2023") are dropped so the day stands next to its month.
    let t: Vec<&str> = tokens(s)
        .into_iter()
        .filter(|w| !matches!(w.to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th"))
        .collect();
    for i in 0..t.len() {
        if let Some(m) = month_of(t[i]) {
            // Month Day Year
            if let (Some(d), Some(y)) = (t.get(i + 1), t.get(i + 2)) {
                if d.len() <= 2 && y.len() == 4 {
                    if let (Ok(d), Ok(y)) = (d.parse(), y.parse()) {
                        if let Some(v) = iso_day(y, m, d) {
                            return Some(v);
                        }
                    }
                }
            }
            // Day Month Year
            if i > 0 {
                if let (Some(d), Some(y)) = (t.get(i - 1), t.get(i + 1)) {
                    if d.len() <= 2 && y.len() == 4 {
                        if let (Ok(d), Ok(y)) = (d.parse(), y.parse()) {
                            if let Some(v) = iso_day(y, m, d) {
                                return Some(v);
                            }
                        }
                    }
                }
            }
        }
        // ISO digits inside text: 2019-11-20
        if t[i].len() == 4 && t[i].bytes().all(|c| c.is_ascii_digit()) {
            if let (Some(m), Some(d)) = (t.get(i + 1), t.get(i + 2)) {
                if m.len() <= 2 && d.len() <= 2 {
                    if let (Ok(y), Ok(m), Ok(d)) = (t[i].parse(), m.parse(), d.parse()) {
                        let sep_ok = s.contains(&format!("{}-{}", t[i], t[i + 1]))
                            || s.contains(&format!("{}/{}", t[i], t[i + 1]));
                        if sep_ok {
                            if let Some(v) = iso_day(y, m, d) {
                                return Some(v);
                            }
                        }
                    }
                }
            }
        }
    }
    numeric(s)
}

/// `10/31/2024` (month first, as US pages write it, unless the first number cannot be a month) and
/// `17.05.2021` (day first, as European pages write it).
fn numeric(s: &str) -> Option<String> {
    for sep in ['/', '.'] {
        for w in s.split(|c: char| c.is_whitespace() || c == ',') {
            let parts: Vec<&str> = w.split(sep).collect();
            if parts.len() != 3 || parts[2].len() != 4 || parts[0].len() > 2 || parts[1].len() > 2 {
                continue;
            }
            let (Ok(a), Ok(b), Ok(y)) = (
                parts[0].parse::<u32>(),
                parts[1].parse::<u32>(),
                parts[2].parse::<u32>(),
            ) else {
                continue;
            };
            let (m, d) = if sep == '.' || a > 12 { (b, a) } else { (a, b) };
            if let Some(v) = iso_day(y, m, d) {
                return Some(v);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_forms() {
        assert_eq!(
            parse_iso("2019-11-20T05:27:00-06:00").as_deref(),
            Some("2019-11-20")
        );
        assert_eq!(parse_iso("20191120").as_deref(), Some("2019-11-20"));
        assert_eq!(parse_iso("2019-13-20"), None);
        assert_eq!(parse_iso("yesterday"), None);
    }

    #[test]
    fn text_forms() {
        assert_eq!(
            parse_text("Updated 5:27 am CST, Wednesday, November 20, 2019").as_deref(),
            Some("2019-11-20")
        );
        assert_eq!(
            parse_text("Posted 4 Sept 2025 by staff").as_deref(),
            Some("2025-09-04")
        );
        assert_eq!(
            parse_text("Published: 2025-09-04").as_deref(),
            Some("2025-09-04")
        );
        assert_eq!(parse_text("You may win 3 of 2000 prizes"), None);
        assert_eq!(
            parse_text("September 1st, 2023").as_deref(),
            Some("2023-09-01")
        );
        assert_eq!(
            parse_text("Updated: 10/31/2024").as_deref(),
            Some("2024-10-31")
        );
        assert_eq!(parse_text("17.05.2021").as_deref(), Some("2021-05-17"));
        assert_eq!(parse_text("version 1.2.3"), None);
    }
}
