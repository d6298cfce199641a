//! Metadata read from the text itself: dates, bylines (authors and the publishing desk), wire credits.
//!
//! Everything here only *reads* lines the boilerplate classifier has singled out (a date header, a byline, a
//! trailing credit, a dateline); nothing is guessed from prose, so a text that states no date gets none.

use regex::Regex;
use std::sync::LazyLock;

/// Make word boundaries ASCII-only so the regex engine's DFA also runs on non-ASCII text.
fn ascii_b(p: &str) -> String {
    p.replace(r"\b", r"(?-u:\b)")
}

/// Month number (1-12) from an English month name or its abbreviation ("Sept." too).
fn month_number(name: &str) -> Option<u32> {
    crate::clean::date::month_number(name.trim_end_matches('.'), false)
}

static ISO_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")).expect("static regex")
});
static MDY_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"\b([A-Z][a-z]{2,8}\.?) (\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\d\d)\b",
    ))
    .expect("static regex")
});
static DMY_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"\b(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]{2,8}\.?),? ((?:19|20)\d\d)\b",
    ))
    .expect("static regex")
});
static SLASH_DATE: LazyLock<Regex> = LazyLock::new(|| {
    // Year first only: day/month order of "02/04/2024" cannot be told from the text.
    Regex::new(&ascii_b(r"\b((?:19|20)\d\d)[/.](\d{1,2})[/.](\d{1,2})\b")).expect("static regex")
});

fn ymd(y: &str, m: u32, d: &str) -> Option<String> {
    crate::clean::date::iso_day(y.parse().ok()?, m, d.parse().ok()?)
}

/// The first full date (with a year) stated in `s`, as `YYYY-MM-DD`.
pub fn find_date(s: &str) -> Option<String> {
    // Every pattern below needs a year `19dd` or `20dd`: rule out the many lines without one before four
    // regex searches with captures.
    let has_year = s.as_bytes().windows(4).any(|w| {
        (w[0] == b'1' && w[1] == b'9' || w[0] == b'2' && w[1] == b'0')
            && w[2].is_ascii_digit()
            && w[3].is_ascii_digit()
    });
    if !has_year {
        return None;
    }
    let mut best: Option<(usize, String)> = None;
    let mut consider = |pos: usize, v: Option<String>| {
        if let Some(v) = v {
            if best.as_ref().is_none_or(|(p, _)| pos < *p) {
                best = Some((pos, v));
            }
        }
    };
    if let Some(c) = ISO_DATE.captures(s) {
        let m = c[2].parse().unwrap_or(0);
        consider(c.get(0).map_or(0, |g| g.start()), ymd(&c[1], m, &c[3]));
    }
    if let Some(c) = MDY_DATE.captures(s) {
        if let Some(m) = month_number(&c[1]) {
            consider(c.get(0).map_or(0, |g| g.start()), ymd(&c[3], m, &c[2]));
        }
    }
    if let Some(c) = DMY_DATE.captures(s) {
        if let Some(m) = month_number(&c[2]) {
            consider(c.get(0).map_or(0, |g| g.start()), ymd(&c[3], m, &c[1]));
        }
    }
    if let Some(c) = SLASH_DATE.captures(s) {
        let m = c[2].parse().unwrap_or(0);
        consider(c.get(0).map_or(0, |g| g.start()), ymd(&c[1], m, &c[3]));
    }
    best.map(|(_, v)| v)
}

static DATE_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)^\s*(?:date|dated|published|posted|updated|last updated)\s*:?\s+((?:19|20)\d\d-\d\d-\d\d)(?:[T ]\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?\s*"))
        .expect("static regex")
});

/// A `date YYYY-MM-DD` header at the start of a line, possibly glued to the first paragraph:
/// returns the date and the rest of the line.
pub fn date_header(line: &str) -> Option<(String, &str)> {
    let c = DATE_HEADER.captures(line)?;
    let whole = c.get(0)?;
    let date = find_date(&c[1])?;
    Some((date, &line[whole.end()..]))
}

/// Wire services and news agencies whose bare name closes a story as its credit.
const WIRES: &[&str] = &[
    "reuters",
    "ap",
    "associated press",
    "the associated press",
    "afp",
    "agence france-presse",
    "agence france presse",
    "bloomberg",
    "xinhua",
    "yonhap",
    "tass",
    "interfax",
    "dpa",
    "upi",
    "united press international",
    "pti",
    "ani",
    "ians",
    "kyodo",
    "kyodo news",
    "efe",
    "ansa",
    "anadolu",
    "anadolu agency",
    "bernama",
    "unb",
];

/// If the whole line is a wire credit (`Reuters`, `(AP)`, `— AFP`), the agency as written.
pub fn wire_credit(line: &str) -> Option<String> {
    if line.len() > 40 {
        return None;
    }
    let t = line.trim().trim_matches(|c: char| {
        matches!(
            c,
            '(' | ')' | '[' | ']' | '-' | '—' | '–' | '.' | ' ' | '/' | '©'
        )
    });
    let low = t.to_ascii_lowercase();
    // Reuters signed its 1980s wire stories with a bare "Reuter": the same agency under its current name.
    if low == "reuter" {
        return Some("Reuters".to_string());
    }
    if WIRES.contains(&low.as_str()) {
        return Some(t.to_string());
    }
    None
}

/// A government body's masthead over its own page (`U.S. DEPARTMENT of STATE`, `HM Treasury`,
/// `Ministry of Foreign Affairs of Japan`): the page's publisher, as written.
pub fn government_masthead(line: &str) -> Option<String> {
    let t = line.trim();
    (t.split_whitespace().count() <= 9 && MASTHEAD.is_match(t)).then(|| t.to_string())
}

static MASTHEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:the\s+)?(?:(?:U\.S\.|US|UK|HM|United\s+States|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+)?(?:Department|Ministry|Treasury|Foreign\s+Office|Council|Commission|Government)(?:\s+(?:of|for)\s+[\w\s,&'.]{2,60})?$")
        .expect("masthead pattern compiles")
});

/// What a byline line states.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Byline {
    pub authors: Vec<String>,
    /// A desk or publication credited in the byline (`The Kyiv Independent news desk`).
    pub source: Option<String>,
    pub date: Option<String>,
}

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(
        r"^(?i:by|written by|posted by|words by|author:|authors:|reporting by)\s+(.+)$",
    ))
    .expect("static regex")
});
/// Where the names of a byline end: a date, a time, a reading time, a separator.
static BYLINE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\s*(?:[|•·]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)|\b\d{4}-\d\d-\d\d|\b\d{1,2}:\d\d|\bupdated\b|\bpublished\b|\bposted\b|\bon (?:mon|tue|wed|thu|fri|sat|sun)|\b\d+ min)"))
        .expect("static regex")
});
static DESK_SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_b(r"(?i)\s+(?:news desk|desk|staff|staff writers?|newsroom|editorial team|editors|reporters|web desk|online desk|wire services?)$"))
        .expect("static regex")
});

/// Is `s` shaped like a person's name: 1-5 capitalised words (initials, particles like `de`, `van` allowed)?
fn looks_like_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 5 {
        return false;
    }
    let mut caps = 0;
    for w in &words {
        let first = w.chars().next().unwrap_or(' ');
        if first.is_uppercase() {
            caps += 1;
        } else if !matches!(
            *w,
            "de" | "van" | "von" | "der" | "da" | "di" | "bin" | "al" | "la" | "le" | "du"
        ) {
            return false;
        }
        if w.chars().any(|c| c.is_ascii_digit()) {
            return false;
        }
    }
    caps >= 1 && words.len() >= 2 || (caps == 1 && words.len() == 1 && s.len() > 2)
}

/// Parse a byline (`by Dinara Khalilova and The Kyiv Independent news desk April 2, 2024 12:28 PM 2 min read`).
/// Returns None when the line does not start like a byline or is too long to be one.
pub fn parse_byline(line: &str) -> Option<Byline> {
    let line = line.trim();
    // Every byline opening (by, written, posted, words, author, reporting) starts with one of these letters:
    // most lines are ruled out before the regex.
    if !matches!(
        line.as_bytes().first(),
        Some(b'b' | b'B' | b'w' | b'W' | b'p' | b'P' | b'a' | b'A' | b'r' | b'R')
    ) || line.split_whitespace().count() > 30
    {
        return None;
    }
    let c = BYLINE.captures(line)?;
    let rest = c.get(1)?.as_str();
    let names = match BYLINE_TAIL.find(rest) {
        Some(m) => &rest[..m.start()],
        None => rest,
    };
    let mut out = Byline {
        date: find_date(rest),
        ..Byline::default()
    };
    let names = names.trim().trim_end_matches([',', ';', '-', '—']);
    for part in names.split([',', '&', ';']).flat_map(|p| p.split(" and ")) {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        if let Some(m) = DESK_SUFFIX.find(part) {
            let desk = part[..m.start()].trim();
            if !desk.is_empty() && out.source.is_none() {
                out.source = Some(desk.to_string());
            }
        } else if looks_like_name(part) {
            out.authors.push(part.to_string());
        } else {
            // Not a list of names after all ("by the way ..."): not a byline.
            return None;
        }
    }
    if out.authors.is_empty() && out.source.is_none() {
        return None;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_government_masthead_is_the_publisher() {
        for line in [
            "U.S. DEPARTMENT of STATE",
            "HM Treasury",
            "Ministry of Foreign Affairs of Japan",
            "Council of the European Union",
        ] {
            assert_eq!(government_masthead(line).as_deref(), Some(line));
        }
        for line in [
            "Home > Office of the Spokesperson > Press Releases",
            "Department stores cut prices as shoppers stay home this winter",
            "Politics | World | Business",
        ] {
            assert_eq!(government_masthead(line), None, "{line}");
        }
    }

    #[test]
    fn dates_in_common_formats() {
        assert_eq!(
            find_date("April 2, 2024 12:28 PM").as_deref(),
            Some("2024-04-02")
        );
        assert_eq!(
            find_date("Published Jun 4, 2025").as_deref(),
            Some("2025-06-04")
        );
        assert_eq!(find_date("on 13 Sept. 2023").as_deref(), Some("2023-09-13"));
        assert_eq!(find_date("2024-05-24").as_deref(), Some("2024-05-24"));
        // No year stated: no date.
        assert_eq!(find_date("reported on April 2."), None);
    }

    #[test]
    fn date_header_glued_to_paragraph() {
        let (d, rest) = date_header(
            " date 2024-05-24 South Korea and Japan announced on Friday a series of sanctions",
        )
        .expect("header");
        assert_eq!(d, "2024-05-24");
        assert!(rest.starts_with("South Korea and Japan"));
        assert!(date_header("South Korea and Japan announced on Friday").is_none());
    }

    #[test]
    fn wire_credit_line() {
        assert_eq!(wire_credit("Reuters").as_deref(), Some("Reuters"));
        assert_eq!(wire_credit("(AP)").as_deref(), Some("AP"));
        // The 1987 wire's sign-off, indented as in the Reuters-21578 bodies.
        assert_eq!(wire_credit(" Reuter").as_deref(), Some("Reuters"));
        assert_eq!(wire_credit("Reuters said"), None);
        assert_eq!(wire_credit("the news agency Reuters reported."), None);
    }

    #[test]
    fn byline_with_desk_and_date() {
        let b = parse_byline("by Dinara Khalilova and The Kyiv Independent news desk April 2, 2024 12:28 PM 2 min read")
            .expect("byline");
        assert_eq!(b.authors, vec!["Dinara Khalilova".to_string()]);
        assert_eq!(b.source.as_deref(), Some("The Kyiv Independent"));
        assert_eq!(b.date.as_deref(), Some("2024-04-02"));
        assert!(parse_byline("by sending North Korean workers to Russia.").is_none());
    }
}
