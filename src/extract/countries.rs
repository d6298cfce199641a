//! Country gazetteer and mention finding.
//!
//! Names, ISO codes and demonyms come from the maintained `keshvar` crate; what it lacks (short and
//! historical names, abbreviations, seats of government, US state abbreviations for datelines, blocs)
//! lives in `data/places.tsv`; cities and capitals come from GeoNames (`data/cities.tsv`).
//! One Aho-Corasick automaton (case-insensitive, leftmost-longest) finds every candidate; each candidate
//! is then checked against the case and context rules below, so the scan stays linear in the text.

use aho_corasick::{
    AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, Input, MatchKind, StartKind,
};
use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

const PLACES: &str = include_str!("../../data/places.tsv");
const CITIES: &str = include_str!("../../data/cities.tsv");

/// Cities at least this big count when named with a locative cue (`talks in Geneva`).
const CITY_MIN_POP: u32 = 100_000;
/// Capitals at least this big stand for their country anywhere (`Seoul said`).
const CAPITAL_MIN_POP: u32 = 100_000;

/// What kind of word found a country: it decides the case rule, the context rule and the weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Name,
    Abbr,
    Demonym,
    Seat,
    Capital,
    City,
    Region,
    Ambiguous,
    /// A longer phrase that hides a place word (`Latin America`): it consumes the match, yields nothing.
    NoCountry,
    /// The city of a wire dateline.
    Dateline,
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    code: &'static str,
    kind: Kind,
    pop: u32,
    /// Which source set it: a later, more specific source wins over an earlier one.
    rank: u8,
}

/// One country mention in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub code: &'static str,
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

struct Gazetteer {
    ac: AhoCorasick,
    /// The first two bytes (ASCII lower-cased) any place word may start with.
    openings: Openings,
    entries: Vec<Entry>,
    /// Every city by lower-cased name, with the population of the biggest of that name, for dateline
    /// look-ups (any population).
    cities: HashMap<String, (&'static str, u32)>,
    /// Every gazetteer word by lower-cased text, for dateline look-ups without context rules.
    by_text: HashMap<String, Entry>,
    /// Dateline qualifiers: `N.J.` -> US, `Calif.` -> US, `Ont.` -> CA (exact case).
    dl_abbr: HashMap<String, &'static str>,
    /// EU / UN / NATO words, for the roles stage.
    blocs: AhoCorasick,
    bloc_codes: Vec<&'static str>,
    bloc_exact: Vec<bool>,
}

/// Codes are interned once so mentions can carry `&'static str` without allocating per article.
fn intern(code: &str, pool: &mut HashMap<String, &'static str>) -> &'static str {
    if let Some(c) = pool.get(code) {
        return c;
    }
    let leaked: &'static str = Box::leak(code.to_string().into_boxed_str());
    pool.insert(code.to_string(), leaked);
    leaked
}

/// ISO short names carry qualifiers (`Iran (Islamic Republic of)`, `Tanzania, United Republic of`).
fn short_name(iso: &str) -> &str {
    let cut = iso.find([',', '(']).unwrap_or(iso.len());
    iso[..cut].trim()
}

/// The rows of `data/places.tsv` as (kind, code, text); comments, blank and malformed lines skipped.
fn place_rows() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    PLACES
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|line| {
            let mut f = line.split('\t');
            let row = (f.next()?, f.next()?, f.next()?);
            f.next().is_none().then_some(row)
        })
}

/// keshvar's demonyms with their country codes. A demonym shared by several codes (`French`, `Dutch`)
/// goes to the UN member.
fn keshvar_demonyms(pool: &mut HashMap<String, &'static str>) -> HashMap<String, &'static str> {
    let mut demonyms: HashMap<String, (&'static str, bool)> = HashMap::new();
    for country in keshvar::CountryIterator::new() {
        let Some(nat) = country.maybe_nationality() else {
            continue;
        };
        let code = intern(&country.alpha2().to_string(), pool);
        let un = country.un_member();
        for d in nat.split(", ") {
            let slot = demonyms.entry(d.to_string()).or_insert((code, un));
            if un && !slot.1 {
                *slot = (code, un);
            }
        }
    }
    demonyms
        .into_iter()
        .map(|(d, (code, _))| (d, code))
        .collect()
}

/// Place words by lower-cased text while the gazetteer is built: each keeps its spelling and entry.
#[derive(Default)]
struct Table(HashMap<String, (String, Entry)>);

impl Table {
    /// A later, more specific source wins a name over an earlier one.
    fn put(&mut self, text: &str, e: Entry) {
        let key = text.to_lowercase();
        match self.0.get(&key) {
            Some((_, old)) if old.rank > e.rank => {}
            // Same source, same name: the bigger place keeps the name (cities), the first keeps it otherwise.
            Some((_, old)) if old.rank == e.rank && old.pop >= e.pop => {}
            _ => {
                self.0.insert(key, (text.to_string(), e));
            }
        }
    }
}

/// The curated rows that are not place words: dateline qualifiers and blocs.
#[derive(Default)]
struct Curated {
    dl_abbr: HashMap<String, &'static str>,
    bloc_pats: Vec<&'static str>,
    bloc_codes: Vec<&'static str>,
    bloc_exact: Vec<bool>,
}

/// GeoNames cities (rank 1): the big ones are place words; every one is kept for datelines.
fn add_cities(
    table: &mut Table,
    pool: &mut HashMap<String, &'static str>,
) -> HashMap<String, (&'static str, u32)> {
    let mut cities = HashMap::new();
    for line in CITIES.lines().filter(|l| !l.starts_with('#')) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 4 {
            continue;
        }
        let code = intern(f[1], pool);
        let pop: u32 = f[2].parse().unwrap_or(0);
        let capital = f[3] == "C";
        cities.entry(f[0].to_lowercase()).or_insert((code, pop));
        let kind = if capital && pop >= CAPITAL_MIN_POP {
            Kind::Capital
        } else if pop >= CITY_MIN_POP || capital {
            Kind::City
        } else {
            continue;
        };
        table.put(
            f[0],
            Entry {
                code,
                kind,
                pop,
                rank: 1,
            },
        );
    }
    cities
}

/// keshvar's country names and demonyms (rank 2).
fn add_keshvar(table: &mut Table, pool: &mut HashMap<String, &'static str>) {
    for country in keshvar::CountryIterator::new() {
        let code = intern(&country.alpha2().to_string(), pool);
        let name = short_name(country.iso_short_name());
        if name != "Korea" {
            table.put(
                name,
                Entry {
                    code,
                    kind: Kind::Name,
                    pop: 0,
                    rank: 2,
                },
            );
        }
    }
    for (d, code) in &keshvar_demonyms(pool) {
        table.put(
            d,
            Entry {
                code,
                kind: Kind::Demonym,
                pop: 0,
                rank: 2,
            },
        );
    }
}

/// The kind of place a curated row names; None for the rows that are not place words.
fn curated_kind(kind: &str) -> Option<Kind> {
    Some(match kind {
        "name" => Kind::Name,
        "abbr" => Kind::Abbr,
        "demonym" => Kind::Demonym,
        "seat" => Kind::Seat,
        "city" => Kind::City,
        "capital" => Kind::Capital,
        "region" => Kind::Region,
        "ambiguous" => Kind::Ambiguous,
        "none" => Kind::NoCountry,
        _ => return None,
    })
}

/// The curated places of `data/places.tsv` (rank 3), and its dateline qualifiers and blocs.
fn add_curated(table: &mut Table, pool: &mut HashMap<String, &'static str>) -> Curated {
    let mut cur = Curated::default();
    for (kind, code, text) in place_rows() {
        let code = intern(code, pool);
        match kind {
            "dlabbr" => {
                cur.dl_abbr.insert(dl_key(text), code);
            }
            "bloc" => {
                cur.bloc_pats.push(text);
                cur.bloc_codes.push(code);
                // Short all-caps forms (EU, EC, UN) are words only in capitals.
                cur.bloc_exact.push(text.len() <= 5);
            }
            _ => {
                let Some(k) = curated_kind(kind) else {
                    continue;
                };
                let e = Entry {
                    code,
                    kind: k,
                    pop: u32::MAX,
                    rank: 3,
                };
                table.put(text, e);
                // Glued forms from lossy HTML-to-text (`NorthKorea`): the same entry without its spaces.
                if matches!(k, Kind::Name | Kind::Demonym) && text.contains(' ') {
                    table.put(&text.replace(' ', ""), e);
                }
            }
        }
    }
    cur
}

fn build() -> Gazetteer {
    let mut pool = HashMap::new();
    let mut table = Table::default();
    let cities = add_cities(&mut table, &mut pool);
    add_keshvar(&mut table, &mut pool);
    let cur = add_curated(&mut table, &mut pool);

    let mut pats = Vec::with_capacity(table.0.len());
    let mut entries = Vec::with_capacity(table.0.len());
    let mut by_text = HashMap::with_capacity(table.0.len());
    for (key, (text, e)) in table.0 {
        pats.push(text);
        entries.push(e);
        by_text.insert(key, e);
    }
    // Anchored: every place word starts with a capital, so the scan tries only positions where a
    // capitalised word (or a glued `NorthKorea` part) begins, and walks the table from there. A contiguous
    // NFA, not a DFA: it builds in half the time (28 vs 55 ms, paid by every process that extracts) and
    // these short anchored walks run no slower (stage_bench: 12.7 us of facets per story either way).
    let openings = Openings::new(&pats);
    let ac = AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .start_kind(StartKind::Anchored)
        .build(&pats)
        .expect("gazetteer patterns are plain strings");
    let blocs = AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(&cur.bloc_pats)
        .expect("bloc patterns are plain strings");
    Gazetteer {
        ac,
        openings,
        entries,
        cities,
        by_text,
        dl_abbr: cur.dl_abbr,
        blocs,
        bloc_codes: cur.bloc_codes,
        bloc_exact: cur.bloc_exact,
    }
}

static GAZ: LazyLock<Gazetteer> = LazyLock::new(build);

/// The pairs of bytes, ASCII lower-cased, that open a place word; a one-byte word opens with its byte.
/// Most capitalised words (`The`, `He`, `Mr`) open no place word, and looking that up in a table costs
/// a few instructions where an anchored automaton walk costs a hundred.
struct Openings {
    pairs: Vec<u64>,
    single: [bool; 256],
}

impl Openings {
    fn new(pats: &[String]) -> Self {
        let mut o = Openings {
            pairs: vec![0; 65_536 / 64],
            single: [false; 256],
        };
        for p in pats {
            match p.as_bytes() {
                [a] => o.single[usize::from(a.to_ascii_lowercase())] = true,
                [a, b, ..] => {
                    let k = Self::key(*a, *b);
                    o.pairs[k / 64] |= 1 << (k % 64);
                }
                [] => {}
            }
        }
        o
    }

    fn key(a: u8, b: u8) -> usize {
        usize::from(a.to_ascii_lowercase()) << 8 | usize::from(b.to_ascii_lowercase())
    }

    /// Whether a place word may start at `bytes[i..]` (the automaton matches ASCII case-insensitively).
    fn may_start(&self, bytes: &[u8], i: usize) -> bool {
        if self.single[usize::from(bytes[i].to_ascii_lowercase())] {
            return true;
        }
        bytes.get(i + 1).is_some_and(|&b| {
            let k = Self::key(bytes[i], b);
            self.pairs[k / 64] & (1 << (k % 64)) != 0
        })
    }
}

/// Build the mention automaton, the dateline pattern and the names `resolve_country` reads now
/// rather than in the first article that needs them (see `pipeline::warm_up`).
pub fn warm_up() {
    LazyLock::force(&GAZ);
    LazyLock::force(&DATELINE);
    LazyLock::force(&NAMES);
}

/// Names for users' filters and for display. Kept apart from the gazetteer so a search that only
/// resolves `--country "north korea"` or labels facets does not build the mention automaton.
struct Names {
    /// Lower-cased names/aliases/codes/demonyms -> code, for `resolve_country`.
    lookup: HashMap<String, &'static str>,
    display: HashMap<&'static str, &'static str>,
}

static NAMES: LazyLock<Names> = LazyLock::new(build_names);

fn build_names() -> Names {
    let mut pool = HashMap::new();
    let mut lookup: HashMap<String, &'static str> = HashMap::new();
    let mut display: HashMap<&'static str, &'static str> = HashMap::new();
    // keshvar names, codes, unofficial names and demonyms.
    for country in keshvar::CountryIterator::new() {
        let code = intern(&country.alpha2().to_string(), &mut pool);
        let name = short_name(country.iso_short_name());
        display.entry(code).or_insert(name);
        lookup.insert(code.to_lowercase(), code);
        lookup.insert(country.alpha3().to_string().to_lowercase(), code);
        if name != "Korea" {
            lookup.insert(name.to_lowercase(), code);
        }
        for n in country.unofficial_name_list() {
            // Only plain English-looking names: the list also holds other languages' names.
            if n.is_ascii()
                && n.starts_with(|c: char| c.is_ascii_uppercase())
                && !n.contains(['(', ','])
            {
                lookup.entry(n.to_lowercase()).or_insert(code);
            }
        }
    }
    for (d, code) in &keshvar_demonyms(&mut pool) {
        lookup.entry(d.to_lowercase()).or_insert(code);
    }
    // Curated names, display names and blocs.
    for (kind, code, text) in place_rows() {
        let code = intern(code, &mut pool);
        match kind {
            "display" => {
                display.insert(code, text);
                lookup.insert(text.to_lowercase(), code);
            }
            "bloc" => {
                lookup.insert(text.to_lowercase(), code);
                lookup.insert(code.to_lowercase(), code);
            }
            "name" | "abbr" | "demonym" => {
                lookup.insert(text.to_lowercase(), code);
            }
            _ => {}
        }
    }
    for (code, name) in &display {
        lookup.entry(name.to_lowercase()).or_insert(code);
    }
    Names { lookup, display }
}

/// The country of a town too small to be a place word (`Zug`, `Larnaca`), by its name as written:
/// only for a place the words around it mark as one (a seat's `-registered`), since small towns share
/// names with people and things. A name a big city also has (`St. Petersburg`, Florida's and
/// Russia's) is left to the place words.
pub fn town_country(name: &str) -> Option<&'static str> {
    GAZ.cities
        .get(&name.to_lowercase())
        .filter(|&&(_, pop)| pop < CITY_MIN_POP)
        .map(|&(code, _)| code)
}

/// Resolve a user's filter (`KP`, `north korea`, `DPRK`, `EU`, `UN`) to a code.
pub fn resolve_country(s: &str) -> Option<&'static str> {
    let key = s.trim().replace('\u{2019}', "'").to_lowercase();
    let key = key.trim_start_matches("the ");
    NAMES.lookup.get(key).copied().or_else(|| {
        // Plurals and possessives of demonyms and names: `North Koreans`, `Russia's`.
        let k = key.trim_end_matches("'s").trim_end_matches('s');
        NAMES.lookup.get(k).copied()
    })
}

/// Display name for a code (`KP` -> `North Korea`).
pub fn country_name(code: &str) -> Option<&'static str> {
    NAMES
        .display
        .get(code.to_ascii_uppercase().as_str())
        .copied()
}

/// Dateline qualifiers are written loosely (`W. Va.`, `Fla`, `MINN.`): compare letters only.
fn dl_key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether a letter or digit ends just before byte `i` (a char boundary). Only a letter or digit
/// joins words: curly quotes, dashes and no-break spaces around a name (`“Iran`, `Iran’s`) do not.
fn word_before(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i.wrapping_sub(1)) {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => text[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric),
    }
}

/// Whether a letter or digit starts at byte `i` (a char boundary).
fn word_at(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => text[i..].chars().next().is_some_and(char::is_alphanumeric),
    }
}

/// The word just before `pos` (letters only), if any.
fn prev_word(text: &str, pos: usize) -> &str {
    let head = text[..pos].trim_end_matches([' ', '\t']);
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphanumeric() && c != '\'')
        .map_or(0, |(i, c)| i + c.len_utf8());
    &head[start..]
}

/// The word just after `pos` when a single space separates it.
fn next_word(text: &str, pos: usize) -> &str {
    let tail = &text[pos..];
    let Some(rest) = tail.strip_prefix(' ') else {
        return "";
    };
    let end = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    &rest[..end]
}

fn is_titlecase(w: &str) -> bool {
    let mut cs = w.chars();
    matches!(cs.next(), Some(c) if c.is_uppercase()) && cs.next().is_some_and(|c| c.is_lowercase())
}

/// Does a sentence start right before `pos` (so a capital letter there says nothing)?
fn sentence_start(text: &str, pos: usize) -> bool {
    let head = text[..pos].trim_end();
    head.is_empty() || head.ends_with(['.', '!', '?', '"', '\u{201c}', ':', '\n'])
}

/// Weekdays and month names: a capitalised neighbour that is one of them does not make a place part
/// of a proper name (`Seoul Monday`, `Paris March`).
pub(crate) const CALENDAR: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
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

/// Words before a place that say "this happened there" (`talks in Geneva`, `flew to Tokyo`).
const LOCATIVE: &[&str] = &[
    "in", "at", "from", "to", "near", "outside", "visiting", "visit", "via", "into", "toward",
    "towards", "across", "IN", "AT", "FROM", "TO", "NEAR", "VIA",
];

/// Nouns that make `<noun> of X` name a place X.
const PLACE_NOUNS: &[&str] = &[
    "port",
    "city",
    "town",
    "capital",
    "province",
    "state",
    "region",
    "island",
    "village",
    "outskirts",
    "suburbs",
    "streets",
    "centre",
    "center",
    "mayor",
    "residents",
    "people",
    "governor",
];

/// A name of a person or an organization continues with another capitalised word (`Paris Club`,
/// `Michael Jordan`); a place standing alone does not.
fn inside_proper_name(text: &str, m: &Mention, all_caps: bool) -> bool {
    if all_caps {
        return false;
    }
    let next = next_word(text, m.end);
    if is_titlecase(next) && !CALENDAR.contains(&next) {
        return true;
    }
    let prev = prev_word(text, m.start);
    if is_titlecase(prev) && !CALENDAR.contains(&prev) {
        let p = text[..m.start].trim_end().len() - prev.len();
        // `In Geneva`, `The Kremlin`: a capitalised word opening a sentence is no first name.
        return !sentence_start(text, p) && !matches!(prev, "In" | "The" | "From" | "To" | "At");
    }
    false
}

/// Is most of the text in capitals (TIME 1963, Reuters headlines)? Then case says nothing.
pub fn mostly_caps(text: &str) -> bool {
    // Counted in byte-wide sums over pieces of at most 255 bytes (no sum can overflow) rather than in one
    // branchy loop: the compiler turns each sum into a vector loop, and every article asks this of its
    // body several times.
    let head = &text.as_bytes()[..text.len().min(1500)];
    let (mut up, mut low) = (0usize, 0usize);
    for piece in head.chunks(255) {
        let piece_up: u8 = piece.iter().map(|b| u8::from(b.is_ascii_uppercase())).sum();
        let piece_low: u8 = piece.iter().map(|b| u8::from(b.is_ascii_lowercase())).sum();
        up += usize::from(piece_up);
        low += usize::from(piece_low);
    }
    up > 4 * low.max(1)
}

/// Every country mention in `text`, in order. `all_caps` disables the case rules.
pub fn find_mentions(text: &str, all_caps: bool) -> Vec<Mention> {
    let mut out = scan_mentions(text, all_caps);
    resolve_ambiguous(text, &mut out, &[]);
    out
}

/// The gazetteer's matches in `text`, ambiguous words (`Washington`, `Jordan`) not yet settled.
fn scan_mentions(text: &str, all_caps: bool) -> Vec<Mention> {
    let g = &*GAZ;
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let Some(next) = next_candidate(bytes, i) else {
            break;
        };
        i = next;
        if !g.openings.may_start(bytes, i) || !candidate_start(text, i) {
            i += 1;
            continue;
        }
        let Some(m) =
            g.ac.find(Input::new(text).range(i..).anchored(Anchored::Yes))
        else {
            i += 1;
            continue;
        };
        i = m.end();
        let e = g.entries[m.pattern().as_usize()];
        if e.kind == Kind::NoCountry {
            continue;
        }
        let s = m.start();
        let Some(end) = word_end(text, s, m.end(), e.kind) else {
            continue;
        };
        if !case_ok(&text[s..m.end()], e.kind, all_caps) || part_of_identifier(bytes, end) {
            continue;
        }
        let men = Mention {
            code: e.code,
            start: s,
            end,
            kind: e.kind,
        };
        if place_context_ok(text, &men, all_caps) {
            out.push(men);
        }
    }
    out
}

/// The first byte from `from` on that may open a candidate. The scan runs over every byte of every
/// body, so it first skips 16 bytes at a time: a test of a whole piece without an early exit is a few
/// vector instructions, and most pieces of prose hold no capital.
fn next_candidate(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(piece) = bytes[i..].first_chunk::<16>() {
        if piece.iter().fold(false, |any, &b| any | opens_candidate(b)) {
            break;
        }
        i += 16;
    }
    bytes[i..]
        .iter()
        .position(|&b| opens_candidate(b))
        .map(|p| i + p)
}

/// A byte a candidate may start at: an ASCII capital or the lead byte of a non-ASCII character.
fn opens_candidate(c: u8) -> bool {
    c.is_ascii_uppercase() || c >= 0xC0
}

/// Candidate starts: a capital letter opening a word or following a lower-case letter (glue).
fn candidate_start(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    opens_candidate(bytes[i])
        && (i == 0 || bytes[i - 1].is_ascii_lowercase() || !word_before(text, i))
}

/// Where the place word found at `s..t` ends, or None when it is part of a longer word. A
/// lowercase-to-uppercase step counts as a boundary (glued `asSouth Korea`); names and demonyms take
/// a plural `s` (`Russians`, `North Koreans`, `Britons`).
fn word_end(text: &str, s: usize, t: usize, kind: Kind) -> Option<usize> {
    let bytes = text.as_bytes();
    let glued_start = s > 0 && bytes[s - 1].is_ascii_lowercase() && bytes[s].is_ascii_uppercase();
    if word_before(text, s) && !glued_start {
        return None;
    }
    if !word_at(text, t) {
        return Some(t);
    }
    let plural = matches!(kind, Kind::Demonym | Kind::Name)
        && (bytes[t] == b's' || bytes[t] == b'S')
        && !word_at(text, t + 1);
    let glued_end = bytes[t - 1].is_ascii_lowercase() && bytes[t].is_ascii_uppercase();
    if plural {
        Some(t + 1)
    } else {
        glued_end.then_some(t)
    }
}

/// Case: abbreviations exactly as written; other words capitalised (`turkey`, `china` are not places);
/// a short all-capitals city word inside mixed-case text is an acronym (`NIS`).
fn case_ok(found: &str, kind: Kind, all_caps: bool) -> bool {
    if kind == Kind::Abbr {
        // `US` the pronoun never sits in a lower-case sentence as capitals, but `U.S` might end one.
        let exact = found.bytes().any(|b| b.is_ascii_uppercase()) && found == found.to_uppercase();
        return exact && !(all_caps && matches!(found, "US" | "UK"));
    }
    if !found.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let acronym = !all_caps
        && matches!(
            kind,
            Kind::City | Kind::Capital | Kind::Region | Kind::Ambiguous
        )
        && found.len() <= 4
        && found.bytes().all(|b| !b.is_ascii_lowercase());
    !acronym
}

/// `NIS.NSF.NET`, `www.russia.ru`: part of a host name or an identifier.
fn part_of_identifier(bytes: &[u8], end: usize) -> bool {
    bytes.get(end) == Some(&b'.')
        && bytes
            .get(end + 1)
            .is_some_and(|b| b.is_ascii_alphanumeric())
}

/// Cities, capitals, seats and ambiguous words count outside a proper name (`Paris Club`), and a
/// city only with a locative cue (`in Geneva`, `a Dubai-based firm`, `the port of Basra`).
fn place_context_ok(text: &str, men: &Mention, all_caps: bool) -> bool {
    let (s, end) = (men.start, men.end);
    match men.kind {
        Kind::City | Kind::Capital | Kind::Ambiguous | Kind::Seat => {
            if men.kind != Kind::Seat && inside_proper_name(text, men, all_caps) {
                return false;
            }
            // `Dubai-based`, `Dubai-registered`: a firm's seat.
            let next_based = SEAT_SUFFIXES.iter().any(|x| text[end..].starts_with(x));
            let prev = prev_word(text, s);
            // `the port of Geelong`, `the city of Basra`: `of` after a place noun is locative too.
            let place_of = prev == "of" && {
                let head = text[..s].trim_end();
                let noun = prev_word(text, head.len() - 2);
                PLACE_NOUNS.contains(&noun.to_ascii_lowercase().as_str())
            };
            let locative = LOCATIVE.contains(&prev) || next_based || place_of;
            men.kind != Kind::City || locative
        }
        _ => true,
    }
}

/// Words after a city that make it a party's seat (`targets::place_prefix` reads the hyphenated ones
/// as describing words too).
pub const SEAT_SUFFIXES: &[&str] = &[
    "-based",
    " based",
    "-registered",
    "-headquartered",
    "-incorporated",
    "-domiciled",
];

/// An ambiguous word (`Jordan`, `Chad`, `Georgia`) counts when the text also names the same country
/// unambiguously, or when it stands in a list next to other countries (`Syria, Jordan and Egypt`).
/// `also` are mentions of the rest of the article: a title's `WASHINGTON` is the capital when the body
/// names the United States. An ambiguous capital acting as a state counts alone (see [`acts_as_state`]).
fn resolve_ambiguous(text: &str, ms: &mut Vec<Mention>, also: &[Mention]) {
    // Most texts hold no ambiguous word: the set of sure codes, hashed per text, is then not needed.
    if ms.iter().all(|m| m.kind != Kind::Ambiguous) {
        return;
    }
    let sure: HashSet<&str> = ms
        .iter()
        .chain(also)
        .filter(|m| m.kind != Kind::Ambiguous)
        .map(|m| m.code)
        .collect();
    let keep: Vec<bool> = (0..ms.len())
        .map(|i| {
            let m = &ms[i];
            if m.kind != Kind::Ambiguous || sure.contains(m.code) || acts_as_state(text, m) {
                return true;
            }
            let near = |j: usize| {
                let o = &ms[j];
                o.kind == Kind::Name
                    && (o.start.abs_diff(m.end) < 12 || m.start.abs_diff(o.end) < 12)
            };
            (i > 0 && near(i - 1)) || (i + 1 < ms.len() && near(i + 1))
        })
        .collect();
    let mut k = keep.into_iter();
    ms.retain(|_| k.next().unwrap_or(true));
}

/// Ambiguous words that are also a capital standing for its state in the news (`Washington said`):
/// a person (`George Washington`, `Jordan`) or a region (`Georgia`) of the same spelling does not act
/// for a state, so only these are read by [`acts_as_state`].
const AMBIGUOUS_CAPITALS: &[&str] = &["washington"];

/// Words after a capital that make it act as its state: speech, policy, and measures
/// (`Washington said`, `Washington has imposed`, `Washington's sanctions`).
const STATE_ACTS: &[&str] = &[
    "said",
    "says",
    "has",
    "had",
    "will",
    "would",
    "is",
    "was",
    "also",
    "imposed",
    "announced",
    "slapped",
    "sanctioned",
    "blacklisted",
    "accused",
    "warned",
    "urged",
    "wants",
    "demanded",
    "retaliated",
    "responded",
    "ordered",
    "banned",
    "barred",
    "froze",
    "designated",
    "decided",
    "agreed",
    "approved",
    "rejected",
    "refused",
    "threatened",
    "plans",
    "hopes",
    "insists",
    "suspended",
    "halted",
    "stopped",
    "cancelled",
    "canceled",
    "tightened",
    "extended",
    "expanded",
    "restricted",
    "cut",
    "cuts",
    "severed",
    "broke",
    "closed",
    "blocked",
    "revoked",
    "denied",
    "added",
    "listed",
    "targeted",
    "penalized",
    "placed",
    "imposes",
    "bans",
    "bars",
    "freezes",
    "threatens",
];

/// An ambiguous capital (`Washington`) as the subject of a state's act or the owner of its measures:
/// `Washington said`, `Washington on Tuesday slapped`, `Washington's sanctions`, and no first name or
/// title before it (`George Washington said`, `Mr. Washington said`).
fn acts_as_state(text: &str, m: &Mention) -> bool {
    let word = &text[m.start..m.end];
    if !AMBIGUOUS_CAPITALS.contains(&word.to_ascii_lowercase().as_str()) {
        return false;
    }
    let before = text[..m.start].trim_end();
    let prev = before.split_whitespace().next_back().unwrap_or("");
    let sentence_start =
        before.is_empty() || before.ends_with(['.', '!', '?', ':', '"', '\u{201c}']);
    let title = matches!(
        prev,
        "Mr." | "Mrs." | "Ms." | "Dr." | "Gen." | "Sen." | "Rep."
    );
    if title || !sentence_start && prev.starts_with(char::is_uppercase) {
        return false;
    }
    if text[m.end..].starts_with("'s ") || text[m.end..].starts_with("\u{2019}s ") {
        return true;
    }
    let mut next = text[m.end..].split_whitespace();
    let mut w = next.next().unwrap_or("");
    // `Washington on Tuesday slapped`: a time phrase between subject and verb.
    if w == "on" || w == "last" || w == "this" {
        next.next();
        w = next.next().unwrap_or("");
    }
    STATE_ACTS.contains(&w.trim_end_matches([',', '.']).to_ascii_lowercase().as_str())
}

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|\s)([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3})(?:, ([A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?))?,? (?:(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2} ?)?(?:\([A-Za-z ]+\) ?)?[-\u{2013}\u{2014}] ",
    )
    .expect("dateline pattern compiles")
});

/// The byte end of the first `n` characters of `text`. Most bodies open with `n` ASCII bytes, which one
/// vector test says, where walking `char_indices` costs a few instructions a character.
fn head_chars_end(text: &str, n: usize) -> usize {
    if text.as_bytes().get(..n).is_some_and(<[u8]>::is_ascii) {
        return n;
    }
    text.char_indices().nth(n).map_or(text.len(), |(i, _)| i)
}

/// Whether `head` may hold what [`DATELINE`] ends in: a hyphen, an en dash or an em dash, then a space.
/// Most stories have none in their head, and this test costs far less than the search. It reads byte
/// pairs without stopping early, so the compiler makes it a vector loop: the dashes' last UTF-8 byte
/// (0x93, 0x94) stands for them, and the few other characters ending in that byte only let the search
/// run.
fn may_hold_dash(head: &[u8]) -> bool {
    let after = head.get(1..).unwrap_or_default();
    head.iter().zip(after).fold(false, |any, (&d, &s)| {
        any | ((s == b' ') & ((d == b'-') | (d == 0x93) | (d == 0x94)))
    })
}

/// The country of a wire dateline (`FRANKFURT, April 2 -`, `RAHWAY, N.J., March 16 -`,
/// `SEOUL, April 2 (Yonhap) -`, `WASHINGTON (Reuters) -`), looked for in the first 300 bytes.
pub fn dateline(body: &str) -> Option<(&'static str, usize)> {
    let head = &body[..head_chars_end(body, 300)];
    if !may_hold_dash(head.as_bytes()) {
        return None;
    }
    let c = DATELINE.captures(head)?;
    let city = c.get(1)?;
    // A dateline needs a date or an agency: `CITY -` alone is too weak.
    let whole = c.get(0)?.as_str();
    if !whole.contains(|ch: char| ch.is_ascii_digit()) && !whole.contains('(') {
        return None;
    }
    let g = &*GAZ;
    let known = |name: &str| -> Option<&'static str> {
        let key = name.to_lowercase();
        match g.by_text.get(&key) {
            Some(e) if e.kind != Kind::NoCountry => Some(e.code),
            _ => g.cities.get(&key).map(|&(code, _)| code),
        }
    };
    if let Some(q) = c.get(2) {
        // `RAHWAY, N.J.`, `RIPLEY, W. Va.`, `NIAMEY, NIGER`, `TULSA, Okla.`
        let q = q.as_str();
        if let Some(code) = g.dl_abbr.get(&dl_key(q)) {
            return Some((code, city.start()));
        }
        if let Some(code) = known(q) {
            return Some((code, city.start()));
        }
    }
    known(city.as_str()).map(|code| (code, city.start()))
}

/// EU / UN / NATO mentions (for sanctioners), in order.
pub fn bloc_mentions(text: &str) -> Vec<(&'static str, usize, usize)> {
    let g = &*GAZ;
    g.blocs
        .find_iter(text)
        .filter(|m| {
            let (s, e) = (m.start(), m.end());
            let found = &text[s..e];
            let bounded = !word_before(text, s) && !word_at(text, e);
            let exact_ok = !g.bloc_exact[m.pattern().as_usize()] || found == found.to_uppercase();
            bounded && exact_ok && found.starts_with(|c: char| c.is_uppercase())
        })
        .map(|m| (g.bloc_codes[m.pattern().as_usize()], m.start(), m.end()))
        .collect()
}

/// Weight of one mention for centrality: a name says more than a passing demonym.
fn weight(k: Kind) -> f32 {
    match k {
        Kind::Dateline => 6.0,
        Kind::Name | Kind::Abbr => 1.0,
        Kind::Capital | Kind::Seat => 0.8,
        Kind::Demonym => 0.7,
        Kind::City | Kind::Region | Kind::Ambiguous => 0.6,
        Kind::NoCountry => 0.0,
    }
}

/// The country mentions of an article's title and body, each text read with its own case rule
/// (`find_mentions(text, mostly_caps(text))`). Found once per article: the ranking and the roles
/// reader both need the body's, and the body scan is the gazetteer's main cost.
#[derive(Debug, Default)]
pub struct ArticleMentions {
    pub title: Option<Vec<Mention>>,
    pub body: Vec<Mention>,
}

impl ArticleMentions {
    pub fn of(title: Option<&str>, body: &str) -> Self {
        let body = find_mentions(body, mostly_caps(body));
        let title = title.map(|t| {
            let mut ms = scan_mentions(t, mostly_caps(t));
            resolve_ambiguous(t, &mut ms, &body);
            ms
        });
        ArticleMentions { title, body }
    }
}

/// Countries of an article, most central first: dateline, title, then weighted mentions (earlier weigh more).
/// Returns (code, score) pairs.
pub fn rank_countries(title: Option<&str>, body: &str) -> Vec<(&'static str, f32)> {
    rank_mentions(body, &ArticleMentions::of(title, body))
}

/// As [`rank_countries`], from the article's mentions found already.
pub fn rank_mentions(body: &str, mentions: &ArticleMentions) -> Vec<(&'static str, f32)> {
    let mut score: Vec<(&'static str, f32)> = Vec::new();
    let mut add = |code: &'static str, w: f32| {
        if let Some(x) = score.iter_mut().find(|x| x.0 == code) {
            x.1 += w;
        } else {
            score.push((code, w));
        }
    };
    for m in mentions.title.iter().flatten() {
        add(m.code, 2.0 * weight(m.kind));
    }
    if let Some((code, _)) = dateline(body) {
        add(code, weight(Kind::Dateline));
    }
    let len = body.len().max(1) as f32;
    for m in &mentions.body {
        let pos = m.start as f32 / len;
        add(m.code, weight(m.kind) * (1.5 - pos));
    }
    score.sort_by(|a, b| b.1.total_cmp(&a.1));
    score
}

#[cfg(test)]
mod tests {

    /// `Dominican` in news means the Dominican Republic, not Dominica (whose own name stays).
    #[test]
    fn dominican_is_the_dominican_republic() {
        let codes =
            |t: &str| -> Vec<&str> { find_mentions(t, false).iter().map(|m| m.code).collect() };
        assert_eq!(
            codes("Haitian ships left Dominican ports."),
            vec!["HT", "DO"]
        );
        assert_eq!(codes("Officials in Dominica said so."), vec!["DM"]);
    }
    use super::*;

    fn codes(text: &str) -> Vec<&'static str> {
        let mut v: Vec<_> = find_mentions(text, mostly_caps(text))
            .into_iter()
            .map(|m| m.code)
            .collect();
        v.sort();
        v.dedup();
        v
    }

    /// A city is a party's seat before `-based` and the like; alone in a name it is nothing.
    #[test]
    fn city_before_a_seat_suffix_counts() {
        assert_eq!(codes("a Dubai-registered broker"), vec!["AE"]);
        assert_eq!(codes("a Dubai-headquartered bank"), vec!["AE"]);
        assert!(codes("the Dubai Tennis Open").is_empty());
    }

    /// A title's ambiguous word is settled by the whole article, not by the title alone.
    #[test]
    fn title_ambiguous_word_settled_by_body() {
        let m = ArticleMentions::of(
            Some("Washington acts"),
            "Talks with the United States went on.",
        );
        let title: Vec<_> = m.title.iter().flatten().map(|m| m.code).collect();
        assert_eq!(title, vec!["US"]);
        let m = ArticleMentions::of(Some("Washington acts"), "Talks went on.");
        assert!(m.title.iter().flatten().next().is_none());
    }

    /// Older spellings (`Kiev`, `Teheran`) and small places the news names as venues (`Venice`).
    #[test]
    fn older_spellings_and_small_venues() {
        assert_eq!(codes("Talks in Kiev ended."), vec!["UA"]);
        assert_eq!(codes("Envoys flew to Teheran."), vec!["IR"]);
        assert_eq!(codes("Leaders meet in Venice next week."), vec!["IT"]);
    }

    /// `Washington` alone counts when it acts as a state (`Washington said`, `Washington on Monday
    /// imposed`, `Washington's tariffs`); a person or a paper of that name does not.
    #[test]
    fn a_capital_acting_as_a_state_counts_alone() {
        for t in [
            "Washington said the talks had failed.",
            "Talks failed. Washington on Monday imposed tariffs on steel.",
            "Washington's tariffs hit the steel mills.",
            "Talks failed. Washington suspended all new aid to the junta.",
        ] {
            assert_eq!(codes(t), vec!["US"], "{t}");
        }
        for t in [
            "George Washington said the union must hold.",
            "Mr. Washington said he would appeal.",
            "The Washington Post said the talks had failed.",
            "Washington state imposed a ban on smoking.",
        ] {
            assert!(codes(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn typographic_quotes_and_dashes_are_word_boundaries() {
        assert_eq!(codes("Iran\u{2019}s navy held the ship."), vec!["IR"]);
        assert_eq!(
            codes("\u{201c}Syria will answer,\u{201d} he said."),
            vec!["SY"]
        );
        assert_eq!(
            codes("Ports in Chile\u{2014}and Peru\u{2014}stayed open."),
            vec!["CL", "PE"]
        );
        assert_eq!(
            codes("A Russian\u{00a0}firm and the Cubans\u{2019} reply."),
            vec!["CU", "RU"]
        );
        // A letter outside ASCII still joins a word: `Omanía` is no `Oman`.
        assert!(codes("The brand Omanía sold well.").is_empty());
    }

    /// Typographic apostrophes, quotes and dashes bound a name as their ASCII forms do.
    #[test]
    fn typographic_punctuation_bounds_names() {
        assert_eq!(
            codes("Canada froze Russia\u{2019}s assets."),
            vec!["CA", "RU"]
        );
        assert_eq!(
            codes("\u{201c}Chinese firms\u{201d} were named."),
            vec!["CN"]
        );
        assert_eq!(codes("Trade with Chile\u{2014}and Peru."), vec!["CL", "PE"]);
        // A letter outside ASCII still glues (`Francé` is no France).
        assert!(codes("Francé is a name.").is_empty());
    }

    #[test]
    fn turkey_under_both_names_but_not_the_bird() {
        assert_eq!(codes("Firms based in Turkey were named."), vec!["TR"]);
        assert_eq!(codes("Türkiye said it would object."), vec!["TR"]);
        assert!(codes("They ate roast turkey.").is_empty());
    }

    #[test]
    fn names_abbreviations_and_demonyms() {
        let t = "Seoul's foreign ministry said sanctions had been slapped on seven North Korean individuals and two Russian vessels over weapons trade and other activities between Pyongyang and Moscow.";
        assert_eq!(codes(t), vec!["KP", "KR", "RU"]);
        let t = "U.S. Secretary of State Antony Blinken has warned that Russia has been assisting North Korea";
        assert_eq!(codes(t), vec!["KP", "RU", "US"]);
        assert_eq!(
            codes("who, according to Seoul, cooperate with the DPRK, Yonhap reports"),
            vec!["KP", "KR"]
        );
    }

    /// keshvar gives `Nigerian` to Niger as well as Nigeria; the curated rows settle shared demonyms.
    #[test]
    fn demonyms_keshvar_shares() {
        assert_eq!(codes("A Nigerian court ruled on Monday."), vec!["NG"]);
        assert_eq!(codes("The Nigerien junta met on Monday."), vec!["NE"]);
        assert_eq!(codes("A Dominican court ruled on Monday."), vec!["DO"]);
    }

    #[test]
    fn any_case_and_glued() {
        assert_eq!(
            codes("two legal entities from RUSSIA, who, according to SOUTH KOREA, cooperate"),
            vec!["KR", "RU"]
        );
        assert_eq!(
            codes("related to Russia's allegedprocurement of weapons from NorthKorea."),
            vec!["KP", "RU"]
        );
        assert_eq!(
            codes("The sanctions came asSouth Korea and the United States (US)accused"),
            vec!["KR", "US"]
        );
    }

    #[test]
    fn historical_names() {
        assert_eq!(
            codes("blew radioactive debris outside the Soviet Union in violation"),
            vec!["SU"]
        );
        assert_eq!(
            codes("but West Germany and Britain called for the rise"),
            vec!["DE", "GB"]
        );
        assert_eq!(
            codes("arms embargoes applied to China, Burma and Zimbabwe"),
            vec!["CN", "MM", "ZW"]
        );
        // The federation of 1992-2006 is Yugoslavia, not its two republics.
        assert_eq!(
            codes("new measures against Serbia and Montenegro and Croatia"),
            vec!["HR", "YU"]
        );
        assert_eq!(codes("the union of Serbia & Montenegro"), vec!["YU"]);
        // Egypt's name from 1958 to 1971.
        assert_eq!(
            codes("the United Arab Republic's boycott office"),
            vec!["EG"]
        );
    }

    #[test]
    fn seats_capitals_and_places() {
        assert_eq!(
            codes("the Kremlin stated that the parties had not signed an agreement"),
            vec!["RU"]
        );
        assert_eq!(
            codes("Two Guam-based U.S. B-1B bombers flew through South Korean airspace"),
            vec!["GU", "KR", "US"]
        );
        assert_eq!(
            codes("to attend a summit of Southeast Asian countries, including Myanmar, in Manila."),
            vec!["MM", "PH"]
        );
    }

    #[test]
    fn organization_names_and_common_words_are_no_places() {
        assert_eq!(
            codes("Unnamed sources told the New York Times in February"),
            Vec::<&str>::new()
        );
        assert_eq!(
            codes("The Paris Club of creditor nations met on Monday."),
            Vec::<&str>::new()
        );
        assert_eq!(
            codes("Chad Smith said the roast turkey and fine china were sold."),
            Vec::<&str>::new()
        );
        assert_eq!(codes("Michael Jordan scored."), Vec::<&str>::new());
        assert_eq!(
            codes("Tunisia, Israel, Jordan, Lebanon, Morocco"),
            vec!["IL", "JO", "LB", "MA", "TN"]
        );
        assert_eq!(codes("Latin American debt talks"), Vec::<&str>::new());
    }

    #[test]
    fn acronyms_and_host_names_are_no_cities() {
        assert_eq!(
            codes("It can be obtained via FTP from NIS.NSF.NET. in the U.S."),
            vec!["US"]
        );
        assert_eq!(
            codes(
                "The French ship Capitaine Wallis berthed at the port of Geelong in Victoria today"
            ),
            vec!["AU", "FR"]
        );
    }

    #[test]
    fn datelines() {
        assert_eq!(
            dateline("FRANKFURT, April 2 - Deutsche Bank AG has agreed").map(|x| x.0),
            Some("DE")
        );
        assert_eq!(
            dateline("RAHWAY, N.J., March 16 - Tofutti Brands Inc said").map(|x| x.0),
            Some("US")
        );
        assert_eq!(
            dateline("SEOUL, April 2 (Yonhap) - South Korea has imposed").map(|x| x.0),
            Some("KR")
        );
        let t = "(This version corrects paragraph 3) By Patricia Zengerle WASHINGTON (Reuters) - Erik Prince";
        assert_eq!(dateline(t).map(|x| x.0), Some("US"));
        assert_eq!(
            dateline("NEW YORK, March 24 - Shr 41 cts vs 30 cts").map(|x| x.0),
            Some("US")
        );
        assert_eq!(
            dateline("South Korea has imposed new sanctions - again"),
            None
        );
    }

    #[test]
    fn resolve_and_display() {
        assert_eq!(resolve_country("KP"), Some("KP"));
        assert_eq!(resolve_country("north korea"), Some("KP"));
        assert_eq!(resolve_country("DPRK"), Some("KP"));
        assert_eq!(resolve_country("EU"), Some("EU"));
        assert_eq!(resolve_country("UN"), Some("UN"));
        assert_eq!(resolve_country("Russian"), Some("RU"));
        assert_eq!(resolve_country("USSR"), Some("SU"));
        assert_eq!(resolve_country("nowhere-land"), None);
        assert_eq!(country_name("KP"), Some("North Korea"));
        assert_eq!(country_name("EU"), Some("European Union"));
        assert_eq!(country_name("SU"), Some("Soviet Union"));
        assert_eq!(country_name("ir"), Some("Iran"));
    }

    #[test]
    fn all_caps_text() {
        let t = "WHAT REALLY HAD WASHINGTON AND BONN CONCERNED WAS LONDON'S NEXT MOVE . LET US SEE THE U.S. ANSWER.";
        assert_eq!(codes(t), vec!["DE", "GB", "US"]);
    }
}
