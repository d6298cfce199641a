//! Repair of words glued together by a lossy HTML-to-text step (`allegedprocurement`, `NorthKorea`,
//! `(US)accused`, `conference,Japan's`).
//!
//! Evidence used, most certain first:
//! 1. punctuation directly followed by a letter (`,J`, `)a`), where prose always has a space;
//! 2. a lower-to-upper case change inside a word whose whole form is not a known word (`asSouth`), so brand
//!    spellings that are words in their own right (`YouTube`, `iPhone`, `McDonald`) stay;
//! 3. word frequencies: an unknown token is split only when every part is a common English word
//!    (`saidthatsanctions`), never when the token itself is a known word (`meanwhile`, `chairperson`).
//!
//! Frequencies: `data/en_wordfreq.tsv.gz`, the 289,023 alphabetic English words of the `wordfreq` package's
//! large list (Zipf scale: log10 of occurrences per billion words); see `data/en_wordfreq.PROVENANCE.md`.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use super::words::Tokens;

/// The list as `word\tzipf*100` lines sorted by word, inflated from `data/en_wordfreq.tsv.gz` by `build.rs`.
static WORDS_TEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/en_wordfreq.tsv"));

/// FNV-1a: word lookups are the hot path of segmentation, and SipHash's flood protection buys nothing for a
/// fixed, trusted key set.
#[derive(Default, Clone, Copy)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FnvBuild = BuildHasherDefault<Fnv>;

/// word -> Zipf x 100. Built once per process; sized up front from the line count, since growing a table
/// of 289k words by doubling spent more time rehashing than inserting.
static FREQ: LazyLock<HashMap<&'static str, u16, FnvBuild>> = LazyLock::new(|| {
    let text: &'static str = WORDS_TEXT;
    let mut map = HashMap::with_capacity_and_hasher(
        text.bytes().filter(|&b| b == b'\n').count() + 1,
        FnvBuild::default(),
    );
    map.extend(text.lines().filter_map(|l| {
        let (w, z) = l.split_once('\t')?;
        Some((w, z.trim().parse().ok()?))
    }));
    map
});

/// The most frequent words (Zipf >= 3.5, some 20k), a table small enough to stay in cache: most tokens of
/// running text are found here without touching the big one.
static HOT: LazyLock<HashMap<&'static str, u16, FnvBuild>> = LazyLock::new(|| {
    FREQ.iter()
        .filter(|(_, z)| **z >= 350)
        .map(|(w, z)| (*w, *z))
        .collect()
});

/// Build the word tables now rather than on the first lookup (see `pipeline::warm_up`).
pub fn warm_up() {
    LazyLock::force(&HOT);
}

/// Zipf frequency of a lower-case ASCII word (0 when unknown).
fn zipf_lower(w: &str) -> f32 {
    if let Some(z) = HOT.get(w) {
        return *z as f32 / 100.0;
    }
    FREQ.get(w).map_or(0.0, |z| *z as f32 / 100.0)
}

/// Zipf frequency of an English word in any case (0 when unknown): how common a list name's word is.
pub fn word_zipf(w: &str) -> f32 {
    zipf(w)
}

/// Zipf frequency of a word in any case.
fn zipf(w: &str) -> f32 {
    if !w.bytes().any(|b| b.is_ascii_uppercase()) {
        return zipf_lower(w);
    }
    // Lower-case on the stack: capitalised tokens are looked up often (names ending in a function word's
    // letters, `Washington`), and an allocation per lookup cost more than the lookup.
    let mut buf = [0u8; 48];
    match buf.get_mut(..w.len()) {
        Some(b) => {
            b.copy_from_slice(w.as_bytes());
            b.make_ascii_lowercase();
            std::str::from_utf8(b).map_or(0.0, zipf_lower)
        }
        None => zipf_lower(&w.to_ascii_lowercase()),
    }
}

/// How common a part of a split must be: short parts must be very common words, so that rare
/// two- and three-letter strings (`ov`, `lov`) cannot cut a name into pieces.
fn part_threshold(len: usize) -> f32 {
    match len {
        0 | 1 => f32::INFINITY,
        2 => 5.5,
        3 => 4.5,
        4 => 4.0,
        _ => 3.0,
    }
}

/// Function words that glue onto neighbours in lossy text. `or` and `be` are left out: as parts they mostly
/// cut real compounds (`offeror`, `begain`).
const FUNCTION_WORDS: &[&str] = &[
    "the", "and", "of", "to", "in", "on", "that", "for", "with", "is", "was", "by", "at", "as",
    "from", "it", "this", "what", "which", "have", "has", "are", "were", "an", "its", "their",
    "but", "not", "will", "would",
];

/// A whole token this common is a word, never split.
const KNOWN_WORD: f32 = 3.0;
/// Name particles that start camel-case surnames (`McDonald`, `MacArthur`, `DeSantis`, `VanDyke`).
const NAME_PREFIXES: &[&str] = &[
    "mc", "mac", "de", "di", "da", "du", "del", "della", "des", "le", "la", "van", "von", "fitz",
    "al", "el", "o",
];

/// Does `w` occur in `text` as a word of its own (not inside a longer word)?
fn has_word(text: &str, w: &str) -> bool {
    let is_letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(w).any(|(i, _)| {
        !is_letter(text[..i].chars().next_back()) && !is_letter(text[i + w.len()..].chars().next())
    })
}

/// Best split of a lower-case ASCII letter string into 2-4 common words, or None.
fn segment(lower: &str) -> Option<Vec<(usize, usize)>> {
    let n = lower.len();
    if !(5..=40).contains(&n) {
        return None;
    }
    // best[i] = (score, parts, back-pointer) for the prefix lower[..i].
    let mut best: Vec<Option<(f32, usize, usize)>> = vec![None; n + 1];
    best[0] = Some((0.0, 0, 0));
    for end in 2..=n {
        for start in end.saturating_sub(20)..end.saturating_sub(1) {
            let Some((s, parts, _)) = best[start] else {
                continue;
            };
            if parts >= 4 {
                continue;
            }
            let w = &lower[start..end];
            let z = zipf_lower(w);
            if z < part_threshold(w.len()) {
                continue;
            }
            // Log-probability of the part, and a cost per part so that fewer, longer words win.
            let cand = s + (z - 9.0) - 1.0;
            if best[end].is_none_or(|(b, _, _)| cand > b) {
                best[end] = Some((cand, parts + 1, start));
            }
        }
    }
    let (_, parts, _) = best[n]?;
    if parts < 2 {
        return None;
    }
    let mut spans = Vec::with_capacity(parts);
    let mut end = n;
    while end > 0 {
        let (_, _, start) = best[end]?;
        spans.push((start, end));
        end = start;
    }
    spans.reverse();
    Some(spans)
}

/// Bytes of evidence search a document gets, as a multiple of its length (with a floor that no ordinary
/// article comes near): each distinct question reads the whole document, so without a budget a huge text of
/// distinct glued tokens would cost tokens x length. Past it, a token needing evidence is left as it is.
const EVIDENCE_SCANS: usize = 32;
const EVIDENCE_FLOOR: usize = 256 << 20;

/// What the whole document says about a token (`North Korea` written apart elsewhere, `Korea` used alone):
/// each question searched for once per document, within a budget of [`EVIDENCE_SCANS`] passes.
pub struct Evidence<'a> {
    text: &'a str,
    answers: RefCell<HashMap<(bool, String), bool>>,
    budget: Cell<usize>,
}

impl<'a> Evidence<'a> {
    pub fn new(text: &'a str) -> Self {
        Evidence {
            text,
            answers: RefCell::new(HashMap::new()),
            budget: Cell::new(
                text.len()
                    .saturating_mul(EVIDENCE_SCANS)
                    .max(EVIDENCE_FLOOR),
            ),
        }
    }

    /// Does the document hold `phrase` anywhere?
    fn contains(&self, phrase: &str) -> bool {
        self.ask(false, phrase, |t| t.contains(phrase))
    }

    /// Does the document use `w` as a word of its own?
    fn has_word(&self, w: &str) -> bool {
        self.ask(true, w, |t| has_word(t, w))
    }

    fn ask(&self, word: bool, q: &str, search: impl Fn(&str) -> bool) -> bool {
        let key = (word, q.to_string());
        if let Some(&a) = self.answers.borrow().get(&key) {
            return a;
        }
        let left = self.budget.get();
        let a = left >= self.text.len() && {
            self.budget.set(left - self.text.len());
            search(self.text)
        };
        self.answers.borrow_mut().insert(key, a);
        a
    }
}

/// Where a token is repaired: the evidence of the whole document, and whether this token already showed glue
/// (a camel-case join), which lowers the bar for its pieces.
#[derive(Clone, Copy)]
struct Ctx<'a> {
    evidence: &'a Evidence<'a>,
    glued: bool,
}

/// The first word of a letter run: itself when common, else the first part of its best split.
fn leading_word(piece: &str) -> &str {
    if zipf(piece) >= KNOWN_WORD {
        return piece;
    }
    match segment(&piece.to_ascii_lowercase()) {
        Some(spans) => &piece[..spans[0].1],
        None => piece,
    }
}

/// Split a run of ASCII letters that may be several words (no punctuation inside). None = leave as is.
fn split_letters(word: &str, ctx: Ctx) -> Option<Vec<String>> {
    if never_split(word, ctx) {
        return None;
    }
    let whole = zipf(word);
    if whole >= KNOWN_WORD {
        return None;
    }
    match camel_cuts(word) {
        Some(cuts) => split_camel(word, &cuts, ctx),
        None => split_segmented(word, whole, ctx),
    }
}

/// Cheap exits before any lookup: short words, all-caps, and the many names and lower-case words the
/// rules below would never split.
fn never_split(word: &str, ctx: Ctx) -> bool {
    if word.len() < 5 || word.bytes().all(|b| b.is_ascii_uppercase()) {
        return true;
    }
    let b = word.as_bytes();
    let camel = b
        .windows(2)
        .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase());
    if !camel && b[0].is_ascii_uppercase() && !ctx.glued {
        // A capitalised token is only split when a function word is glued to its end (see below).
        let lower_end =
            |f: &&str| word.len() > f.len() && word[word.len() - f.len()..].eq_ignore_ascii_case(f);
        return !FUNCTION_WORDS.iter().any(lower_end);
    }
    // The rules below never split a lower-case token this short (most words end here).
    !camel && b[0].is_ascii_lowercase() && word.len() < 8
}

/// Camel-case boundaries: lower followed by upper-then-lower (`asSouth`, `NorthKorea`); None if none.
fn camel_cuts(word: &str) -> Option<Vec<usize>> {
    let b = word.as_bytes();
    let cuts: Vec<usize> = (1..b.len().saturating_sub(1))
        .filter(|&i| {
            b[i - 1].is_ascii_lowercase()
                && b[i].is_ascii_uppercase()
                && b[i + 1].is_ascii_lowercase()
        })
        .collect();
    (!cuts.is_empty()).then_some(cuts)
}

fn split_camel(word: &str, cuts: &[usize], ctx: Ctx) -> Option<Vec<String>> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for &c in cuts.iter().chain(std::iter::once(&word.len())) {
        pieces.push(&word[start..c]);
        start = c;
    }
    let first = pieces[0];
    let first_lower = first.to_ascii_lowercase();
    let first_ok = if first.as_bytes()[0].is_ascii_lowercase() {
        // `asSouth`, `theRussia`: a common lower-case word, two letters at least (`iPhone`, `eBay` stay).
        first.len() >= 2 && zipf_lower(&first_lower) >= 5.0
    } else {
        // `NorthKorea`: company names are built the same way (`SouthTrust`, `GenCorp`), so demand that the
        // document also writes the two words apart, and never cut a surname particle (`McDonald`).
        first.len() >= 3
            && zipf_lower(&first_lower) >= 3.5
            && !NAME_PREFIXES.contains(&first_lower.as_str())
            && ctx
                .evidence
                .contains(&format!("{first} {}", leading_word(pieces[1])))
    };
    let rest_ok = pieces[1..].iter().all(|p| p.len() >= 3);
    if !(first_ok && rest_ok) {
        return None;
    }
    let mut out = Vec::new();
    let inner = Ctx { glued: true, ..ctx };
    for p in pieces {
        match split_letters(p, inner) {
            Some(parts) => out.extend(parts),
            None => out.push(p.to_string()),
        }
    }
    Some(out)
}

/// Words run together with no case change (`allegedprocurement`, `Koreaof`): the most probable
/// segmentation, kept only where the document or the word shapes support it.
fn split_segmented(word: &str, whole: f32, ctx: Ctx) -> Option<Vec<String>> {
    let lower = word.to_ascii_lowercase();
    let spans = segment(&lower)?;
    let parts: Vec<&str> = spans.iter().map(|&(s, e)| &word[s..e]).collect();
    let split_score: f32 = parts.iter().map(|p| zipf(p) - 9.0).sum();
    if whole > 0.0 && split_score < (whole - 9.0) + 2.0 {
        // A rare but listed form (`onstream`, `offeror`, `inthe`): split only when far more probable than
        // the whole.
        return None;
    }
    if ctx.glued {
        return Some(parts.into_iter().map(str::to_string).collect());
    }
    let is_function = |p: &&str| FUNCTION_WORDS.contains(&p.to_ascii_lowercase().as_str());
    let content: Vec<&&str> = parts.iter().filter(|p| !is_function(p)).collect();
    let has_function = content.len() < parts.len();
    let ok = if word.as_bytes()[0].is_ascii_uppercase() {
        // Capitalised compounds are mostly names (`Wheelon`, `Callon`): only a glued function word after a
        // word the document also uses on its own (`Koreaof`, `Fridayandthe`).
        has_function
            && !is_function(&parts[0])
            && parts.last().is_some_and(is_function)
            && ctx.evidence.has_word(parts[0])
    } else if has_function {
        // `saidthatsanctions`, `imposedon`: the content words carry the evidence, so no short ones.
        word.len() >= 8 && content.iter().all(|p| p.len() >= 4)
    } else {
        // Two content words (`allegedprocurement`): closed compounds are common in English (`countertrade`,
        // `bookrunner`), so only long words on both sides, or the document writing them apart.
        (parts.len() == 2 && parts.iter().all(|p| p.len() >= 6))
            || ctx.evidence.contains(&parts.join(" "))
    };
    ok.then(|| parts.into_iter().map(str::to_string).collect())
}

/// Repair one word-like piece (no whitespace, no hyphen): keeps leading/trailing punctuation and a
/// possessive `'s`.
fn repair_piece(piece: &str, ctx: Ctx) -> Option<String> {
    let start = piece.find(|c: char| c.is_ascii_alphabetic())?;
    let end = piece.rfind(|c: char| c.is_ascii_alphabetic())? + 1;
    let (lead, core, trail) = (&piece[..start], &piece[start..end], &piece[end..]);
    // A possessive is not part of the glued words (`asJapan's`).
    let (core, poss) = match core.rfind(['\'', '’']) {
        Some(i) if &core[i + core[i..].chars().next().map_or(1, char::len_utf8)..] == "s" => {
            (&core[..i], &core[i..])
        }
        _ => (core, ""),
    };
    if !core.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let parts = split_letters(core, ctx)?;
    Some(format!("{lead}{}{poss}{trail}", parts.join(" ")))
}

/// Insert spaces where punctuation is glued to the next word: `(US)accused`, `conference,Japan's`,
/// `Ukraine.The`. Returns None when nothing changes.
fn split_punctuation(tok: &str) -> Option<String> {
    let b = tok.as_bytes();
    let mut out: Option<String> = None;
    let mut last = 0;
    for i in 1..b.len().saturating_sub(1) {
        let c = b[i];
        let next = b[i + 1];
        let prev = b[i - 1];
        let glued = match c {
            b',' | b';' => prev.is_ascii_alphabetic() && next.is_ascii_alphabetic(),
            b')' | b']' => {
                (prev.is_ascii_alphanumeric() || prev == b'.') && next.is_ascii_lowercase()
            }
            b'.' | b'?' | b'!' => {
                // Sentence glued to the next one: a lower-case word of 3+ letters, then a capitalised word.
                // Abbreviations (`U.S.`), domains (`example.com`) and versions do not look like this.
                i >= 3
                    && b[i - 3..i].iter().all(|x| x.is_ascii_lowercase())
                    && next.is_ascii_uppercase()
                    && b.get(i + 2).is_some_and(|x| x.is_ascii_lowercase())
                    && !tok[i + 1..].contains('.')
            }
            _ => false,
        };
        if glued {
            let o = out.get_or_insert_with(String::new);
            o.push_str(&tok[last..=i]);
            o.push(' ');
            last = i + 1;
        }
    }
    let mut o = out?;
    o.push_str(&tok[last..]);
    Some(o)
}

/// Repair one whitespace-free token; None when it is left as is.
fn repair_token(tok: &str, ctx: Ctx) -> Option<String> {
    // Most tokens of running text: a short lower-case word, which no rule below splits (split_letters leaves
    // lower-case runs under 8 letters alone, and there is no punctuation to space).
    if tok.len() < 8 && tok.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    if tok.len() < 5
        || tok
            .bytes()
            .any(|b| b.is_ascii_digit() || matches!(b, b'@' | b'/' | b'_' | b'#' | b'=' | b'&'))
        || tok.contains("www")
    {
        return None;
    }
    let spaced = split_punctuation(tok);
    let base = spaced.as_deref().unwrap_or(tok);
    // Repaired pieces as (byte range in `base`, replacement): the output string is only built when there is
    // one, since nearly every token reaching this point is left as it is.
    let mut fixes: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    let mut offset = 0;
    for piece in base.split([' ', '-']) {
        if let Some(r) = repair_piece(piece, ctx) {
            fixes.push((offset..offset + piece.len(), r));
        }
        offset += piece.len() + 1;
    }
    if fixes.is_empty() {
        return spaced;
    }
    let mut out = String::with_capacity(base.len() + 8);
    let mut last = 0;
    for (range, r) in fixes {
        out.push_str(&base[last..range.start]);
        out.push_str(&r);
        last = range.end;
    }
    out.push_str(&base[last..]);
    Some(out)
}

/// Repair glued words in `text`; returns the repaired text and the repairs made (token as found, repaired
/// text). Whitespace between tokens is kept as it was.
pub fn repair_glued(text: &str) -> (String, Vec<(String, String)>) {
    repair_glued_in(text, text)
}

/// As [`repair_glued`], taking evidence (words written apart, words used alone) from `context`, normally the
/// whole document `text` belongs to.
pub fn repair_glued_in(text: &str, context: &str) -> (String, Vec<(String, String)>) {
    repair_glued_with(text, &Evidence::new(context))
}

/// As [`repair_glued_in`], with the evidence of a document shared by all its paragraphs.
pub fn repair_glued_with(text: &str, evidence: &Evidence) -> (String, Vec<(String, String)>) {
    let ctx = Ctx {
        evidence,
        glued: false,
    };
    let mut repairs = Vec::new();
    // Built only once a token is repaired: most paragraphs have none, and copying them token by token cost
    // more than finding the tokens.
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut tokens = Tokens::new(text);
    while let Some((start, end)) = tokens.next_token() {
        let tok = &text[start..end];
        if let Some(r) = repair_token(tok, ctx) {
            let o = out.get_or_insert_with(|| String::with_capacity(text.len() + 16));
            o.push_str(&text[copied..start]);
            o.push_str(&r);
            copied = end;
            repairs.push((tok.to_string(), r));
        }
    }
    let out = match out {
        Some(mut o) => {
            o.push_str(&text[copied..]);
            o
        }
        None => text.to_string(),
    };
    (out, repairs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(s: &str) -> String {
        repair_glued(s).0
    }

    #[test]
    fn splits_glued_words_from_seed() {
        assert_eq!(
            fixed("Russia's allegedprocurement of weapons"),
            "Russia's alleged procurement of weapons"
        );
        // A capitalised join is split only when the document also writes the words apart.
        assert_eq!(
            fixed("North Korea fired missiles; weapons from NorthKorea."),
            "North Korea fired missiles; weapons from North Korea."
        );
        assert_eq!(
            fixed("weapons from NorthKorea."),
            "weapons from NorthKorea."
        );
        assert_eq!(
            fixed("foreign ministry saidthatsanctions were"),
            "foreign ministry said that sanctions were"
        );
        assert_eq!(
            fixed("North Korea: the chairperson of theRussia-NorthKoreafriendship parliamentary group"),
            "North Korea: the chairperson of the Russia-North Korea friendship parliamentary group"
        );
        assert_eq!(
            fixed("the United States (US)accused North Korea"),
            "the United States (US) accused North Korea"
        );
        assert_eq!(
            fixed("a press conference,Japan's Chief"),
            "a press conference, Japan's Chief"
        );
        assert_eq!(fixed("came asSouth Korea"), "came as South Korea");
        // A name with a function word glued on: only when the name is also used on its own.
        assert_eq!(
            fixed("on Friday; until Fridayandthe two sides"),
            "on Friday; until Friday and the two sides"
        );
        assert_eq!(
            fixed("until Fridayandthe two sides"),
            "until Fridayandthe two sides"
        );
        assert_eq!(
            fixed("North Korea: NorthKoreatransportingmilitary supplies"),
            "North Korea: North Korea transporting military supplies"
        );
    }

    #[test]
    fn leaves_real_words_and_names() {
        let s = "Pyongyang Sodeistvie Nebenzya Khalilova meanwhile chairperson Telegram iPhone McDonald YouTube \
                 MacArthur Goodfriend SouthTrust GenCorp countertrade bookrunner writedown offeror onstream Callon \
                 U.S. e.g. example.com 1,000 RUSSIA co-operation Kim's";
        let (out, repairs) = repair_glued(s);
        assert_eq!(out, s);
        assert!(repairs.is_empty(), "{repairs:?}");
    }

    /// A long text of glued tokens asks the document about each distinct token once: repeated questions
    /// once searched the whole text every time.
    #[test]
    fn evidence_is_searched_once_per_question() {
        let text = "Sanctions hit NorthKorea and the North Korea fleet again. ".repeat(20_000);
        let evidence = Evidence::new(&text);
        let started = std::time::Instant::now();
        let (fixed, repairs) = repair_glued_with(&text, &evidence);
        assert_eq!(repairs.len(), 20_000);
        assert!(fixed.starts_with("Sanctions hit North Korea and"));
        assert_eq!(evidence.answers.borrow().len(), 1);
        assert!(started.elapsed() < std::time::Duration::from_secs(60));
        // Past the budget a question is answered no without a search.
        let small = Evidence::new("Korea");
        small.budget.set(0);
        assert!(!small.has_word("Korea"));
    }

    #[test]
    fn lists_repairs_made() {
        let (_, r) = repair_glued("sanctions onpeople, organisations");
        assert_eq!(r, vec![("onpeople,".to_string(), "on people,".to_string())]);
    }
}
