//! Sentence spans bounded in length, so no input shape makes the role reader quadratic.

use super::*;

/// Compile a pattern with ASCII word boundaries: Unicode `\\b` would push the regex engine off its
/// fast lazy DFA on any non-ASCII text, and the words we look for are all ASCII.
pub(super) fn ascii_regex(pattern: &str) -> Result<Regex, regex::Error> {
    Regex::new(
        &pattern
            .replace(r"\b", r"(?-u:\b)")
            .replace(r"\w", "[0-9A-Za-z_]")
            .replace(r"\W", "[^0-9A-Za-z_]"),
    )
}

/// The most bytes one sentence may span. Each trigger searches its sentence (clause starts, passives,
/// target phrases), so the work of a sentence grows with triggers x length: text with no sentence
/// terminator (a PDF dump, a scraped page with no line breaks) would otherwise be one sentence, and its
/// cost would grow with the square of its length. Real sentences about sanctions stay far below this
/// (the longest in the labelled dev stories is ~1,350 bytes, a list of names); a longer run is cut into
/// pieces at word boundaries.
pub const MAX_SENTENCE_BYTES: usize = 2_000;

/// Sentence spans of a text: breaks after `.!?` followed by a capital or a quote, except after abbreviations;
/// none longer than [`MAX_SENTENCE_BYTES`].
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (a, b) in terminated_sentences(text) {
        push_bounded(text, a, b, &mut out);
    }
    out
}

/// Push `[a, b)` as pieces of at most [`MAX_SENTENCE_BYTES`], each cut after the last whitespace that
/// fits (mid-word, at a character boundary, only when a piece has no whitespace at all).
pub(super) fn push_bounded(text: &str, mut a: usize, b: usize, out: &mut Vec<(usize, usize)>) {
    while b - a > MAX_SENTENCE_BYTES {
        let limit = a + MAX_SENTENCE_BYTES;
        let cut = match text.as_bytes()[a..limit]
            .iter()
            .rposition(u8::is_ascii_whitespace)
        {
            Some(i) if i > 0 => a + i + 1,
            _ => (a + 1..=limit)
                .rev()
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(b),
        };
        out.push((a, cut));
        a = cut;
    }
    if a < b {
        out.push((a, b));
    }
}

/// The most triggers one piece of text handed to the role reader may hold. Each trigger searches its
/// whole sentence, so a sentence's cost grows with triggers x length; real sentences hold at most five
/// (the 41.5k news stories, the labelled dev stories), so more is a keyword dump or a list, which is cut
/// before every `MAX_TRIGGERS`-th trigger to keep the cost of each byte bounded.
pub(super) const MAX_TRIGGERS: usize = 8;

/// `[a, b)` cut into pieces of at most [`MAX_TRIGGERS`] triggers each, at trigger starts (word starts).
pub(super) fn few_triggers(text: &str, a: usize, b: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = a;
    for m in TRIGGER
        .find_iter(&text[a..b])
        .skip(MAX_TRIGGERS)
        .step_by(MAX_TRIGGERS)
    {
        out.push((from, a + m.start()));
        from = a + m.start();
    }
    out.push((from, b));
    out
}

/// Sentence spans as the punctuation gives them, of any length.
pub(super) fn terminated_sentences(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let para = c == b'\n' && i + 1 < b.len() && b[i + 1] == b'\n';
        let mut stop = false;
        if matches!(c, b'.' | b'!' | b'?' | b';') {
            // Closing quotes may sit between the stop and the space (`understood." Corporate`).
            let mut j = i + 1;
            let mut quoted = false;
            while j < b.len() && (b[j] == b'"' || b[j] == b'\'') {
                j += 1;
                quoted = true;
            }
            if text[j..].starts_with('\u{201d}') {
                j += '\u{201d}'.len_utf8();
                quoted = true;
            }
            // One or more spaces (wire copy often has two after a full stop).
            let mut k = j;
            while k < b.len() && b[k] == b' ' {
                k += 1;
            }
            if k > j && k < b.len() {
                let n = b[k];
                // `... election. * Dec. 30: ...`: a bullet opens the next item of a timeline.
                let bullet = n == b'*' && b.get(k + 1) == Some(&b' ');
                let next_opens = n.is_ascii_uppercase() || n == b'"' || n >= 0x80 || bullet;
                stop = next_opens
                    && (quoted || n == b'"' || !abbreviation_before(text, i))
                    && !list_number(text, i);
                if stop {
                    i = j;
                }
            }
        }
        if para || stop {
            out.push((start, i + 1));
            start = i + 1;
        }
        i += 1;
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

/// `1. Vanta Trading Ltd`: the period after the number opening a line marks a list item; it ends no
/// sentence.
fn list_number(text: &str, dot: usize) -> bool {
    let head = &text[..dot];
    let line = &head[head.rfind('\n').map_or(0, |i| i + 1)..];
    let number = line.trim_start();
    (1..=3).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit())
}

/// `U.S.`, `Mr.`, `Corp.`, `Jan.`: a period that ends a short word or an initial does not end a sentence.
pub(super) fn abbreviation_before(text: &str, dot: usize) -> bool {
    if text.as_bytes()[dot] != b'.' {
        return false;
    }
    let head = &text[..dot];
    if head.ends_with(' ') {
        return detached_abbreviation(head, &text[dot + 1..]);
    }
    let word = head
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    let plain = word.trim_start_matches(['(', '"']);
    // `Vanta Technology Co. Ltd.`: a company's abbreviated form goes on with another.
    let form_follows = || {
        let next = text[dot + 1..].trim_start();
        ["Ltd", "LTD", "Limited", "LIMITED", "LLC", "Inc", "INC"]
            .iter()
            .any(|f| next.starts_with(f))
    };
    plain.contains('.')
        || matches!(plain, "Co" | "CO" | "Corp" | "CORP") && form_follows()
        || crate::extract::legal_forms::continues(plain, &text[dot + 1..])
        || (plain.len() == 1 && plain.chars().all(|c| c.is_ascii_uppercase()))
        || TITLES.contains(&plain)
        || MONTHS.contains(&plain)
        || plain == "No"
}

/// Titles written short before a name (`Mr.`, `Gen.`): their period ends no sentence.
const TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Sen", "Rep", "Gov",
];

/// Months written short before a day (`Jan. 4`).
const MONTHS: &[&str] = &["Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"];

/// Copy that sets every full stop apart (`BARRED ALL U.S . DEALINGS`, `SINCE JAN . 1 .`, a 1960s
/// magazine's capitals) detaches an abbreviation's last period too: after a word with an inner period,
/// a title, or a month before a day, that period ends no sentence.
fn detached_abbreviation(head: &str, rest: &str) -> bool {
    let word = head
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    let is = |list: &[&str]| list.iter().any(|w| w.eq_ignore_ascii_case(word));
    let day_follows = rest.trim_start().starts_with(|c: char| c.is_ascii_digit());
    word.trim_start_matches(['(', '"']).contains('.')
        || is(TITLES)
        || word.eq_ignore_ascii_case("Mme")
        || day_follows && is(MONTHS)
}
