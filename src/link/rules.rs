//! The typed rules that turn a dictionary hit into a link, or reject it. Each rule says why.
//!
//! - person: the family name and a given name (or, weaker, its initial) must both agree; the
//!   dictionary never holds a family name alone, so a surname alone never links; a gendered ending
//!   (`-ov`/`-ova`) is a different key, so it contradicts.
//! - organisation: every core word must agree (legal forms are flags, not words). A one-word name needs
//!   a type cue (a legal form next to it, quotes, a company word nearby) and corroboration (a linked
//!   entry also matched, or a country of its programs named in the article); otherwise `possible`.
//! - vessel / aircraft: the exact normalised name and a ship (plane) cue, or the IMO number.

use std::collections::HashSet;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::index::{NameTok, Person, Shape, Toks};
use super::normalize::{
    fold, fuzzy_skeleton_edits, legal_form_at, legal_form_ending, same_group_skeletons, skeleton,
};
use super::{Context, Keyed, ListIndex, Mode};
use crate::lists::Kind;

/// A dictionary hit on its way to a link.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub name: u32,
    /// Set for hits that name no list name (IMO numbers).
    pub entry: Option<u32>,
    pub shape: Shape,
    /// First and last word of the mention.
    pub first: usize,
    pub last: usize,
    /// Byte offsets of the mention.
    pub start: usize,
    pub end: usize,
    pub score: f32,
    pub why: Vec<String>,
    /// How many of the entry's name parts the mention leaves out (persons): of two entries that fit
    /// one mention, the one it names more completely is meant.
    pub missing: usize,
}

impl Candidate {
    pub fn new(name: u32, shape: Shape, first: usize, last: usize) -> Candidate {
        Candidate {
            name,
            entry: None,
            shape,
            first,
            last,
            start: 0,
            end: 0,
            score: 0.0,
            why: Vec::new(),
            missing: 0,
        }
    }

    pub fn imo(entry: u32, lists: &ListIndex, start: usize, end: usize, num: &str) -> Candidate {
        let kind = lists.entry(entry).kind;
        Candidate {
            name: 0,
            entry: Some(entry),
            shape: Shape::Core,
            first: 0,
            last: 0,
            start,
            end,
            score: if kind == Kind::Vessel { 1.0 } else { 0.8 },
            why: vec![format!("IMO number {num}")],
            missing: 0,
        }
    }

    /// One-word organisation names wait for the other links of the article (their corroboration).
    pub fn needs_corroboration(&self, lists: &ListIndex) -> bool {
        let n = &lists.names[self.name as usize];
        lists.entry(n.entry).kind == Kind::Organization && n.core().len() == 1
    }
}

/// Words that say a name is a company.
const ORG_CUES: &[&str] = &[
    "company",
    "companies",
    "firm",
    "firms",
    "bank",
    "banks",
    "group",
    "corporation",
    "enterprise",
    "enterprises",
    "entity",
    "entities",
    "business",
    "businesses",
    "organization",
    "organizations",
    "organisation",
    "organisations",
    "plant",
    "factory",
    "manufacturer",
    "manufacturers",
    "maker",
    "supplier",
    "suppliers",
    "exporter",
    "importer",
    "trader",
    "traders",
    "operator",
    "shipowner",
    "conglomerate",
    "subsidiary",
    "subsidiaries",
    "producer",
    "contractor",
    "militant",
    "militants",
    "militia",
    "militias",
    "movement",
    "faction",
    "cartel",
    "gang",
    "terrorist",
    "guerrilla",
    "guerrillas",
    "insurgents",
    "holding",
    "llc",
    "jsc",
    "ltd",
    "ooo",
    "inc",
    "corp",
    "pjsc",
];
/// Words that say a name is a ship.
const SHIP_CUES: &[&str] = &[
    "ship",
    "ships",
    "vessel",
    "vessels",
    "tanker",
    "tankers",
    "freighter",
    "freighters",
    "carrier",
    "carriers",
    "boat",
    "boats",
    "mv",
    "tug",
    "ferry",
    "barge",
    "yacht",
    "superyacht",
    "containership",
    "cargo",
    "supertanker",
    "supertankers",
    "vlcc",
    // `the Panama-flagged Eternal Dawn`: a flag is a ship's.
    "flagged",
];
/// Words that say a name is an aircraft.
const AIR_CUES: &[&str] = &[
    "aircraft",
    "plane",
    "planes",
    "jet",
    "jets",
    "airliner",
    "airplane",
    "helicopter",
    "boeing",
    "airbus",
    "ilyushin",
    "antonov",
    "tupolev",
];
/// Whether a word is a connector allowed inside a capitalised name.
pub fn is_connector(word: &str) -> bool {
    CONNECTORS.iter().any(|k| k.eq_ignore_ascii_case(word))
}

/// Words that end a body's name and that the news often leaves in lower case (`VTB bank`, `the
/// Sinaloa cartel`, `the Houthi movement`): they may close a capitalised name.
const LOWER_CASE_HEADS: &[&str] = &[
    "bank",
    "group",
    "cartel",
    "company",
    "corporation",
    "movement",
    "organization",
    "organisation",
    "front",
    "brigade",
    "brigades",
    "network",
    "foundation",
    "association",
    "militia",
    "army",
];

/// Whether `word`, in lower case, may still close a capitalised name ([`LOWER_CASE_HEADS`]).
pub fn is_lower_case_head(word: &str) -> bool {
    LOWER_CASE_HEADS
        .iter()
        .any(|k| k.eq_ignore_ascii_case(word))
}

/// Nine letters in ten in capitals: case says nothing about names there.
pub fn mostly_capitals(text: &str) -> bool {
    let (mut upper, mut lower) = (0usize, 0usize);
    // Every letter is at least a byte: past this many lower-case letters the answer is no.
    let enough_lower = text.len() / 10 + 1;
    for c in text.chars() {
        if c.is_lowercase() {
            lower += 1;
            if lower >= enough_lower {
                return false;
            }
        } else if c.is_uppercase() {
            upper += 1;
        }
    }
    upper > 0 && upper >= (upper + lower) * 9 / 10
}

/// Lower-case words allowed inside a capitalised name.
const CONNECTORS: &[&str] = &[
    "of", "the", "and", "de", "la", "le", "del", "al", "el", "bin", "ibn", "von", "van", "der",
    "du", "des", "for", "da", "do", "dos", "y", "e", "i", "a", "in", "on", "s",
];
/// Words at least this frequent in English (Zipf scale) are common words: a name made only of them
/// needs more evidence.
const GENERIC_ZIPF: f32 = 3.0;
/// The same for a one-word company name (`Delta`, `Center`, `Contract` are words; `Hamas` a name).
const ONE_WORD_GENERIC_ZIPF: f32 = 4.0;
/// How far a cue may be from a name of one common word (`the tanker Hawk`).
const ADJACENT_CUE: usize = 3;
/// How far (in words) a cue may be from the mention, within its sentence.
const CUE_WINDOW: usize = 12;

/// What the text offers as evidence, computed once per text.
pub struct Evidence<'a> {
    countries: HashSet<&'a str>,
    targets: Vec<(String, &'a str)>,
    all_caps: bool,
    pub mode: Mode,
    year: Option<u16>,
    /// Whether the text speaks of sanctions, computed when first asked.
    about_sanctions: std::cell::OnceCell<bool>,
    topics: std::cell::OnceCell<u32>,
    /// [`Evidence::shape_ok`] answers by span and type.
    shapes: std::cell::RefCell<std::collections::HashMap<(usize, usize, Kind), bool>>,
}

/// Words that say a text is about sanctions: there a listed name is likely the listed party.
static SANCTIONS_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build([
            "sanction",
            "blacklist",
            "OFAC",
            "asset freeze",
            "assets frozen",
            "freezes assets",
            // `designated` alone is as often a hitter, an area or a driver.
            "designated by the",
            "designated under",
            "Specially Designated",
            "SDN list",
        ])
        .expect("sanctions words")
});

/// Sanctions programs about a subject rather than a country, and the words that show an article is
/// about that subject: `Hamas` (SDGT) in a story of militants is the listed group.
const PROGRAM_TOPICS: &[(&[&str], &str, &[&str])] = &[
    (
        &["SDGT", "FTO"],
        "terrorism",
        &[
            "terroris",
            "militant",
            "jihad",
            "extremis",
            "insurgen",
            "armed group",
        ],
    ),
    (
        &["SDNT", "ILLICIT-DRUGS"],
        "drug trafficking",
        &[
            "cartel",
            "narcotic",
            "drug traffick",
            "fentanyl",
            "cocaine",
            "heroin",
        ],
    ),
    (
        &["CYBER"],
        "cyber crime",
        &["cyber", "hacker", "hacking", "ransomware", "malware"],
    ),
    (
        &["ELECTION"],
        "election interference",
        &[
            "interfere",
            "meddl",
            "disinformation",
            "troll farm",
            "influence operation",
        ],
    ),
    (
        &["TCO"],
        "organised crime",
        &[
            "organized crime",
            "organised crime",
            "criminal organization",
            "mafia",
            "gang",
        ],
    ),
];

/// Every topic word, tagged with its topic's index in [`PROGRAM_TOPICS`].
static TOPIC_WORDS: LazyLock<(AhoCorasick, Vec<usize>)> = LazyLock::new(|| {
    let (mut words, mut topic) = (Vec::new(), Vec::new());
    for (i, (_, _, ws)) in PROGRAM_TOPICS.iter().enumerate() {
        words.extend(ws.iter().copied());
        topic.extend(std::iter::repeat_n(i, ws.len()));
    }
    let ac = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(words)
        .expect("topic words");
    (ac, topic)
});

impl<'a> Evidence<'a> {
    /// The program topics the article speaks of, as bits by index in [`PROGRAM_TOPICS`].
    fn topics(&self, text: &str) -> u32 {
        *self.topics.get_or_init(|| {
            let (ac, topic) = &*TOPIC_WORDS;
            ac.find_iter(text)
                .fold(0, |bits, m| bits | 1 << topic[m.pattern().as_usize()])
        })
    }

    pub fn new(keyed: &Keyed, ctx: &Context<'a>, mode: Mode) -> Evidence<'a> {
        Evidence {
            countries: ctx.countries.iter().map(String::as_str).collect(),
            targets: ctx
                .targets
                .iter()
                .map(|t| (folded_words(&t.name), t.kind.as_str()))
                .collect(),
            all_caps: keyed.all_caps,
            mode,
            year: ctx.year,
            about_sanctions: std::cell::OnceCell::new(),
            topics: std::cell::OnceCell::new(),
            shapes: Default::default(),
        }
    }

    /// The mention checks for a span, once per span and type: many names share a span.
    fn shape_ok(&self, keyed: &Keyed, c: &Candidate, kind: Kind) -> bool {
        let key = (c.first, c.last, kind);
        if let Some(&ok) = self.shapes.borrow().get(&key) {
            return ok;
        }
        let ok = capitalised(keyed, c, self)
            && !MENTION_CHECKS
                .iter()
                .any(|check| check.applies(kind) && (check.rejects)(keyed, c, self));
        self.shapes.borrow_mut().insert(key, ok);
        ok
    }

    fn about_sanctions(&self, text: &str) -> bool {
        *self
            .about_sanctions
            .get_or_init(|| SANCTIONS_WORDS.is_match(text))
    }

    /// A cue word from `cues` near the mention, in its sentence.
    /// `after`: whether a cue after the mention counts (`the tanker Hawk`, not `Hawk ... cargo`).
    fn cue_near(
        &self,
        keyed: &Keyed,
        c: &Candidate,
        cues: &[&str],
        window: usize,
        after: bool,
    ) -> Option<String> {
        let lo = c.first.saturating_sub(window);
        let hi = if after {
            (c.last + window).min(keyed.toks.len() - 1)
        } else {
            c.last
        };
        (lo..=hi)
            .filter(|&i| (i < c.first || i > c.last) && same_sentence(keyed, i, c.first))
            .map(|i| keyed.word(i))
            .find(|w| cues.iter().any(|q| q.eq_ignore_ascii_case(w)))
            .map(|w| format!("{:?} nearby", w.to_lowercase()))
    }

    /// The facet stage named the same words as a target of this type.
    fn target_says(&self, keyed: &Keyed, c: &Candidate, kind: &str) -> bool {
        let words: Vec<String> = (c.first..=c.last).map(|i| fold(keyed.word(i))).collect();
        let words = words.join(" ");
        self.targets.iter().any(|(t, k)| *k == kind && *t == words)
    }
}

/// Whether no sentence ends between words `a` and `b`: no `!`, `?` or line break between them, nor a
/// dot after a word longer than an initial (`S. Kozlov` is one sentence). Words are close (a cue
/// window), so scanning the gaps between them is cheaper than numbering every sentence of the text.
fn same_sentence(keyed: &Keyed, a: usize, b: usize) -> bool {
    let (lo, hi) = (a.min(b), a.max(b));
    (lo..hi).all(|i| {
        let t = keyed.toks[i];
        let g = gap(keyed, i);
        let initial = t.end - t.start == 1;
        !(g.contains(['!', '?', '\n']) || (g.contains('.') && !initial))
    })
}

fn folded_words(s: &str) -> String {
    super::normalize::tokens(s)
        .into_iter()
        .map(|t| t.folded)
        .collect::<Vec<_>>()
        .join(" ")
}

/// How one word of the mention agrees with one word of the list name, and its weight; None when they
/// differ (the dictionary key is loose, so a hit is only a candidate).
/// `number`: whether the word may be the list's in the other number (`Revolutionary Guards` for
/// `REVOLUTIONARY GUARD`), as in the words of a body's name of several words.
fn agree(word: &str, t: &NameTok, fuzzy: bool, number: bool) -> Option<(String, f32)> {
    let f = fold(word);
    if *f == *t.folded || f == t.alt_folded() {
        if word.is_ascii() && t.raw.is_ascii() {
            return Some(("exact".into(), 1.0));
        }
        return Some(("transliterated".into(), 0.99));
    }
    // Skeletons once per call: this runs for every dictionary hit, and most hits fail here.
    let sf = skeleton(&f);
    let (st, sa) = (skeleton(&t.folded), skeleton(t.alt_folded()));
    if same_group_skeletons(&sf, &st) || same_group_skeletons(&sf, &sa) {
        return Some(("name variant".into(), 0.97));
    }
    if gender_clash(&f, &t.folded) {
        return None;
    }
    if sf == st || sf == sa {
        let edits = strsim::levenshtein(&f, &t.folded);
        let w = if f.len() >= 5 { 0.96 } else { 0.9 };
        return Some((format!("spelling, {edits} edit{}", plural(edits)), w));
    }
    if number && (is_plural_of(&f, &t.folded) || is_plural_of(&t.folded, &f)) {
        return Some(("the other number".into(), 0.95));
    }
    // Beyond drift only where a name part is long and rare: an English word one letter from a listed
    // name (`Delta`/`DOLTA`, `Center`/`KONTUR`) is that word.
    if !fuzzy {
        return None;
    }
    let edits = fuzzy_skeleton_edits(&sf, &st).or_else(|| fuzzy_skeleton_edits(&sf, &sa))?;
    if crate::clean::glue::word_zipf(&f) >= GENERIC_ZIPF {
        return None;
    }
    Some((
        format!("close spelling, {edits} edit{}", plural(edits)),
        0.92,
    ))
}

/// Whether `many` is the English plural of `one` (`guards`, `technologies`), a word of four
/// letters or more.
fn is_plural_of(many: &str, one: &str) -> bool {
    if one.len() < 4 || one.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let Some(stem) = many.strip_suffix('s') else {
        return false;
    };
    stem == one
        || stem
            .strip_suffix("ie")
            .is_some_and(|s| one.strip_suffix('y') == Some(s))
}

/// Slavic family names end in `-a` for women (`Kozlov`/`Kozlova`, `Putin`/`Putina`,
/// `Kozlovsky`/`Kozlovskaya`): the two forms are two people, however close the spelling.
fn gender_clash(a: &str, b: &str) -> bool {
    let vowels: &[char] = &['a', 'e', 'i', 'o', 'u', 'y'];
    let (sa, sb) = (a.trim_end_matches(vowels), b.trim_end_matches(vowels));
    let slavic = ["ov", "ev", "in", "yn", "sk", "tsk", "ck"]
        .iter()
        .any(|e| sa.ends_with(e));
    slavic && sa == sb && a.ends_with('a') != b.ends_with('a')
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Score a candidate by the rules of its entry's type; None rejects it.
pub fn score(
    c: &mut Candidate,
    keyed: &Keyed,
    lists: &ListIndex,
    ev: &Evidence,
    matched: &HashSet<u32>,
) -> Option<Candidate> {
    if c.entry.is_some() {
        return Some(c.clone());
    }
    c.start = keyed.toks[c.first].start;
    c.end = keyed.toks[c.last].end;
    let name = &lists.names[c.name as usize];
    let kind = lists.entry(name.entry).kind;
    // Most dictionary hits are words whose loose key meets a body's name (`Friday`/`FRD`, `Boston`/
    // `BASTION`) and fail the word test: it comes first, before the dearer checks of shape.
    if kind == Kind::Organization && !may_agree(c, keyed, lists) {
        return None;
    }
    if ev.mode == Mode::Text && !ev.shape_ok(keyed, c, kind) {
        return None;
    }
    let mut out = c.clone();
    let scored = match kind {
        Kind::Individual => person(&mut out, keyed, lists, ev, matched),
        Kind::Organization => organisation(&mut out, keyed, lists, ev, matched),
        Kind::Vessel => craft(&mut out, keyed, lists, ev, SHIP_CUES, "vessel", "ship"),
        Kind::Aircraft => craft(&mut out, keyed, lists, ev, AIR_CUES, "aircraft", "aircraft"),
        Kind::Unknown => unknown(&mut out, keyed, lists),
    };
    scored.then_some(out)
}

/// Whether the mention's words could agree with the core words of an organisation's name by the
/// loosest test of [`agree`] (any edit budget, either number); the rules then apply the real one.
fn may_agree(c: &Candidate, keyed: &Keyed, lists: &ListIndex) -> bool {
    let name = &lists.names[c.name as usize];
    let toks = lists.toks(name);
    let core = name.core();
    if core.len() != c.last + 1 - c.first {
        return true;
    }
    core.enumerate()
        .all(|(k, i)| agree(keyed.word(c.first + k), &toks[i], true, true).is_some())
}

/// Every word of the mention capitalised (or the text all in capitals), connectors and hyphenated
/// continuations (`Jong-un`) aside.
fn capitalised(keyed: &Keyed, c: &Candidate, ev: &Evidence) -> bool {
    if ev.all_caps {
        return true;
    }
    (c.first..=c.last).all(|i| {
        let w = keyed.word(i);
        let first = w.chars().next().unwrap_or(' ');
        (i == c.first && super::arabic_article(keyed.text, keyed.toks[i].start, w))
            || first.is_uppercase()
            || first.is_numeric()
            || (i != c.first && keyed.text[..keyed.toks[i].start].ends_with('-'))
            || (i != c.first && CONNECTORS.iter().any(|k| k.eq_ignore_ascii_case(w)))
            || (i == c.last && i != c.first && is_lower_case_head(w))
    })
}

/// A check on the shape of a mention in running text, whatever name it matched: each rejects what a
/// name in news does not look like. `kinds` empty means every type. The must/must-not examples are
/// the unit tests' (`mention_checks_hold_their_examples`).
// The reason and the examples are read by the unit test that holds every check to its examples.
#[cfg_attr(not(test), allow(dead_code))]
pub struct MentionCheck {
    pub why: &'static str,
    kinds: &'static [Kind],
    rejects: fn(&Keyed, &Candidate, &Evidence) -> bool,
    /// Sentences whose `[[mention]]` this check must reject / must let through.
    pub rejected: &'static [&'static str],
    pub kept: &'static [&'static str],
}

impl MentionCheck {
    fn applies(&self, kind: Kind) -> bool {
        self.kinds.is_empty() || self.kinds.contains(&kind)
    }
}

pub const MENTION_CHECKS: &[MentionCheck] = &[
    MentionCheck {
        why: "a mention may not stop inside a hyphenated, dotted or apostrophe-joined word",
        kinds: &[],
        rejects: splits_a_word,
        rejected: &["The tanker [[Angara]]-2 docked.", "Kim [[Jong]]-un spoke."],
        kept: &["[[Sergei Kozlov]]'s firm", "the ships [[Lady R]] and Angara."],
    },
    MentionCheck {
        why: "the words of a name are separated by spaces or one hyphen, apostrophe, dot or comma, \
              never a line break or quoting marks",
        kinds: &[],
        rejects: broken_gaps,
        rejected: &[
            "They tried to sign [[Sergei\n> Makarov]] before.",
            "[[Basil |> Hasan]] said",
            "AGAINST [[WIN. THEY]] SAID",
        ],
        kept: &["[[Kim Jong-un]] visited.", "[[S. Kozlov]] signed.", "[[KOZLOV, Sergey]] signed."],
    },
    MentionCheck {
        why: "a person's name has words of two letters or more, without digits (an initial aside)",
        kinds: &[Kind::Individual],
        rejects: not_name_words,
        rejected: &["the code [[1-P]] is", "[[Mr O]] said"],
        kept: &["[[A. Kozlov]] said", "[[Kim Jong Un]] said"],
    },
    MentionCheck {
        why: "a capitalised word right after the mention, not a company word, means a longer name \
              (`Ahmed Zaki Yamani`)",
        kinds: &[],
        rejects: longer_name_after,
        rejected: &[
            "succeeding [[Ahmed Zaki]] Yamani last year",
            "the minister [[Karim Nasser]] al-Tamimi said",
        ],
        kept: &[
            "[[Intellekt]] LLC hired him.",
            "said [[Sergei Kozlov]], the broker.",
            "the [[Northwind]] Group hired him.",
            "[[Marimba Sonora]] S.R.L. de C.V. paid.",
            "[[Karim Nasser]] al said",
            "Treasury Sanctions [[Northwind Front]] Faction Leaders",
            "governor of Northland's [[Central Bank]] Farid Seifi, said",
        ],
    },
    MentionCheck {
        why: "a name joined by a connector that goes on with another connector and a capitalised \
              word is the start of a longer name (`Bank for Development and Reconstruction`)",
        kinds: &[Kind::Organization, Kind::Unknown],
        rejects: joined_name_goes_on,
        rejected: &[
            "the Northland [[Fund for Growth]] and Renewal said",
            "the [[Office of Trade]] of Northland said",
        ],
        kept: &[
            "the [[Fund for Growth]] and the bank said",
            "[[Northwind]] and Sberbank said",
            "the [[Fund for Growth]] said",
            "they sanctioned the [[Bank of Nordland]] on Friday",
        ],
    },
    MentionCheck {
        why: "a capitalised word right before the mention, not a title, a country or a legal form, \
              means a longer name (`Kitty Hawk`, `Ri Yong Ho`, `Minnesota North Star`)",
        kinds: &[Kind::Organization, Kind::Vessel, Kind::Aircraft, Kind::Unknown],
        rejects: longer_name_before,
        rejected: &[
            "the aircraft carrier Kitty [[Hawk]] is",
            "the Minnesota [[North Star]] owner",
        ],
        kept: &[
            "the ships Lady R and [[Angara]] left.",
            "OOO [[Intellekt]] hired him.",
            "the Russian [[Intellekt]] firm",
        ],
    },
    MentionCheck {
        why: "a two-word person's name right after a capitalised word that is not a title or a place \
              is the end of a longer name (`Ri Yong Ho`)",
        kinds: &[Kind::Individual],
        rejects: short_name_inside_longer,
        rejected: &[
            "Foreign Minister Ri [[Yong Ho]] spoke",
            "says analyst Khaled [[Abdel Majeed]] today",
        ],
        kept: &[
            "Russian President [[Vladimir Putin]] said",
            "the United States [[Sergei Kislyak]] said",
            "Minister [[Yong Ho]] spoke",
            "the Minister of Information [[Marko Lueth]] said",
            "Northland's Central Bank [[Farid Seifi]] said",
        ],
    },
];

/// A mention may not stop inside a hyphenated, dotted or apostrophe-joined word (`Kim Jong` of
/// `Kim Jong-un`, `Angara` of `Angara-2`, `DON` of `DON'T`); a possessive `'s` is not such a word.
fn splits_a_word(keyed: &Keyed, c: &Candidate, _: &Evidence) -> bool {
    let joined = |gap: &str, forward: bool| {
        let mut ch = gap.chars();
        let Some(sep) = ch.next() else {
            return false;
        };
        let next = ch.next();
        if !next.is_some_and(char::is_alphanumeric) {
            return false;
        }
        match sep {
            '-' | '.' | '/' => true,
            '\'' | '’' => {
                // `Kozlov's`: a possessive ends the name; `DON'T`, `O'Brien` go on.
                let possessive = forward
                    && matches!(next, Some('s' | 'S'))
                    && !ch.next().is_some_and(char::is_alphanumeric);
                !possessive
            }
            _ => false,
        }
    };
    let after = &keyed.text[c.end..];
    let before: String = keyed.text[..c.start].chars().rev().take(2).collect();
    joined(after, true) || joined(&before, false)
}

fn gap<'a>(keyed: &Keyed<'a>, i: usize) -> &'a str {
    &keyed.text[keyed.toks[i].end..keyed.toks[i + 1].start]
}

fn broken_gaps(keyed: &Keyed, c: &Candidate, _: &Evidence) -> bool {
    (c.first..c.last).any(|i| {
        let g = gap(keyed, i);
        let marks: Vec<char> = g.chars().filter(|ch| !ch.is_whitespace()).collect();
        // A dot only after an initial or a short abbreviation (`S. Kozlov`), not a sentence's end.
        let dot_ok = keyed.word(i).chars().count() <= 2;
        g.contains('\n')
            || g.chars().count() > 3
            || marks.len() > 1
            || marks.iter().any(|ch| !"-'’.,&".contains(*ch))
            || (marks.contains(&'.') && !dot_ok)
    })
}

fn not_name_words(keyed: &Keyed, c: &Candidate, _: &Evidence) -> bool {
    (c.first..=c.last).any(|i| {
        let w = keyed.word(i);
        let initial = i < c.last && w.chars().count() == 1 && gap(keyed, i).starts_with('.');
        // An inner apostrophe is part of a name word (`Sa'id`).
        let letters = w
            .chars()
            .filter(|ch| !super::normalize::APOSTROPHES.contains(ch));
        !letters.clone().all(char::is_alphabetic) || (letters.count() < 2 && !initial)
    })
}

/// Capitalised words that stand before a name without being part of it.
const TITLES: &[&str] = &[
    "president",
    "minister",
    "premier",
    "prime",
    "foreign",
    "leader",
    "chairman",
    "chairwoman",
    "ceo",
    "director",
    "ambassador",
    "secretary",
    "senator",
    "general",
    "gen",
    "colonel",
    "col",
    "major",
    "captain",
    "capt",
    "lt",
    "sgt",
    "admiral",
    "commander",
    "chief",
    "deputy",
    "governor",
    "mayor",
    "judge",
    "justice",
    "king",
    "queen",
    "prince",
    "princess",
    "sheikh",
    "emir",
    "ayatollah",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "professor",
    "sir",
    "lord",
    "dame",
    "comrade",
    "supreme",
    "spokesman",
    "spokeswoman",
    "officer",
    "executive",
    "tycoon",
    "oligarch",
    "businessman",
    "billionaire",
    "banker",
    "founder",
    "owner",
    "head",
    "vice",
    "acting",
    "former",
    "senior",
    "speaker",
    "envoy",
    "agent",
    "candidate",
    "rep",
    "sen",
    "gov",
    "pres",
    "st",
    "saint",
    "uncle",
    "brigadier",
    "lieutenant",
    "sergeant",
    "brother",
    "sister",
    "father",
    "mother",
    "son",
    "daughter",
    "wife",
    "husband",
];

/// A word that could continue a name: capitalised, and not a legal form, a connector, a title, or a
/// country or its people (`Russian Rosneft`, `President Putin`).
fn name_like(keyed: &Keyed, i: usize, ev: &Evidence) -> bool {
    let w = keyed.word(i);
    if !ev.all_caps && !w.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let f = fold(w);
    // In a text all in capitals, a rare word is the best sign of a name (`ALI SALEH SAADI`).
    let looks = !ev.all_caps || crate::clean::glue::word_zipf(&f) < GENERIC_ZIPF;
    looks
        && legal_form_at(&[f.as_str()], 0).is_none()
        && !CONNECTORS.contains(&f.as_str())
        && !TITLES.contains(&f.as_str())
        && crate::extract::resolve_country(w).is_none()
}

/// Words for a part or the members of a body, capitalised after its name in a headline (`Islamic
/// State Faction`, `Hamas Fighters`): they end the name rather than make a longer one.
const PART_WORDS: &[&str] = &[
    "faction",
    "factions",
    "branch",
    "affiliate",
    "affiliates",
    "wing",
    "cell",
    "members",
    "fighters",
    "militants",
    "operatives",
    "leaders",
    "commanders",
    "officials",
    "executives",
    "financiers",
    "network",
];

/// Particles that join the next word to a name (`Mohammed Mustafa al-Jibouri`, `Ali bin Hasan`).
const NAME_PARTICLES: &[&str] = &["al", "el", "bin", "ibn", "bint", "abu", "ould"];

fn longer_name_after(keyed: &Keyed, c: &Candidate, ev: &Evidence) -> bool {
    let next = c.last + 1;
    let particle = next + 1 < keyed.toks.len()
        && NAME_PARTICLES.contains(&fold(keyed.word(next)).as_str())
        && gap(keyed, c.last) == " "
        && matches!(gap(keyed, next), " " | "-")
        && name_like(keyed, next + 1, ev);
    if particle {
        return true;
    }
    // A company word or a legal form after the name says what the name is (`the Wagner Group`,
    // `Marimba S.R.L. de C.V.`), not a longer name.
    next < keyed.toks.len()
        && gap(keyed, c.last).chars().all(|ch| ch == ' ')
        && name_like(keyed, next, ev)
        && !ORG_DESCRIPTORS.contains(&fold(keyed.word(next)).as_str())
        && !PART_WORDS.contains(&fold(keyed.word(next)).as_str())
        && !legal_form_follows(keyed, next)
        && !person_after_body(keyed, c, ev)
}

/// A body's name that ends in its head word, then a two-word name that ends there: the person who
/// heads it (`the Central Bank Valiollah Seif`), not a longer name of the body.
fn person_after_body(keyed: &Keyed, c: &Candidate, ev: &Evidence) -> bool {
    let (next, n) = (c.last + 1, keyed.toks.len());
    c.last > c.first
        && is_lower_case_head(keyed.word(c.last))
        && next + 1 < n
        && gap(keyed, next) == " "
        && name_like(keyed, next + 1, ev)
        && !(next + 2 < n && gap(keyed, next + 1) == " " && name_like(keyed, next + 2, ev))
}

fn joined_name_goes_on(keyed: &Keyed, c: &Candidate, ev: &Evidence) -> bool {
    let is_connector = |i: usize| CONNECTORS.contains(&fold(keyed.word(i)).as_str());
    // `on`, `in`, `at` after a name start the sentence's own phrase (`the Bank of Nordland on
    // Friday`), not more of the name.
    let goes_on = |i: usize| {
        is_connector(i) && !["on", "in", "a", "at"].contains(&fold(keyed.word(i)).as_str())
    };
    let (next, after) = (c.last + 1, c.last + 2);
    after < keyed.toks.len()
        && (c.first + 1..c.last).any(is_connector)
        && goes_on(next)
        && gap(keyed, c.last).chars().all(|ch| ch == ' ')
        && gap(keyed, next).chars().all(|ch| ch == ' ')
        && name_like(keyed, after, ev)
}

fn legal_form_follows(keyed: &Keyed, at: usize) -> bool {
    let words: Vec<String> = (at..keyed.toks.len().min(at + 8))
        .map(|i| fold(keyed.word(i)))
        .collect();
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    legal_form_at(&words, 0).is_some()
}

/// A two-word person's name after another name word is the end of a longer name (`Ri Yong Ho`,
/// `Khaled Abdel Majeed`); titles and places before a name are not name words. Names of three words
/// or more are specific enough to stand.
fn short_name_inside_longer(keyed: &Keyed, c: &Candidate, ev: &Evidence) -> bool {
    c.last - c.first == 1 && longer_name_before(keyed, c, ev) && !office_word(keyed, c.first - 1)
}

/// Words this frequent in English are the end of an office or a body's name before a person's name
/// (`Minister of Information Marko Lueth`, `Central Bank Farid Seifi`), not a first name.
const OFFICE_WORD_ZIPF: f32 = 5.0;

fn office_word(keyed: &Keyed, i: usize) -> bool {
    let f = fold(keyed.word(i));
    !COMMON_GIVEN.contains(&f.as_str()) && crate::clean::glue::word_zipf(&f) >= OFFICE_WORD_ZIPF
}

fn longer_name_before(keyed: &Keyed, c: &Candidate, ev: &Evidence) -> bool {
    if c.first == 0 {
        return false;
    }
    if c.first >= 2 {
        let two = format!("{} {}", keyed.word(c.first - 2), keyed.word(c.first - 1));
        // `the United States`, and a place after a preposition (`ambassador to Washington`).
        let place = ["to", "in", "from", "at"].contains(&keyed.word(c.first - 2));
        if place || crate::extract::resolve_country(&two).is_some() {
            return false;
        }
    }
    let prev = c.first - 1;
    let starts_sentence = prev == 0 || !same_sentence(keyed, prev - 1, prev);
    gap(keyed, prev).chars().all(|ch| ch == ' ') && name_like(keyed, prev, ev) && !starts_sentence
}

/// Agreement of the mention's words with the name words `idx`, in order: the product of the weights,
/// with one phrase per word for `why`.
/// `fuzzy` says which name words may differ by more than drift (family names, words of longer company
/// names; never given names, where `Francesca` and `Francesco` are two people); `plural` whether a
/// word before the last may be in the other number.
fn words_agree(
    keyed: &Keyed,
    first: usize,
    name_toks: Toks,
    idx: &[usize],
    fuzzy: &dyn Fn(usize) -> bool,
    plural: bool,
) -> Option<(f32, Vec<String>)> {
    let mut w = 1.0;
    let mut why = Vec::new();
    for (k, &i) in idx.iter().enumerate() {
        let word = keyed.word(first + k);
        let t = &name_toks[i];
        // A plural last word names several bodies (`the Donetsk and Luhansk People's Republics`, a
        // team's `North Stars`); inside the name it is the name's own variant (`Guards Corps`).
        let number = plural && k + 1 < idx.len();
        let (how, weight) = agree(word, t, fuzzy(i), number)?;
        w *= weight;
        why.push(if how == "exact" {
            format!("{word} exact")
        } else {
            format!("{word} ~ {} ({how})", t.raw)
        });
    }
    Some((w, why))
}

/// Countries whose names put the family name first (`Kim Jong Un`, `Xi Jinping`): there a mention in
/// that order is the natural one. Elsewhere family-first needs the text to mark it (`KOZLOV Sergey`,
/// `Kozlov, Sergey`), or `Ahmed Zaki` would be read as `ZAKI, Ahmed`.
const FAMILY_FIRST_COUNTRIES: &[&str] = &[
    "KP", "KR", "CN", "TW", "HK", "MO", "VN", "JP", "KH", "HU", "SG",
];

fn family_first_marked(keyed: &Keyed, c: &Candidate, n_family: usize, ev: &Evidence) -> bool {
    let last_family = c.first + n_family - 1;
    let caps = !ev.all_caps
        && (c.first..=last_family).all(|i| {
            let w = keyed.word(i);
            w.chars().count() > 1 && !w.chars().any(char::is_lowercase)
        });
    caps || gap(keyed, last_family).trim_start().starts_with(',')
}

/// A nickname alias of three words or more, two of them rare (`Abu Bakr al-Baghdadi`), names one person
/// as well as a real name does; `Abu Adam From Germany` does not.
fn specific_alias(toks: Toks) -> bool {
    let rare = toks
        .iter()
        .filter(|t| !["abu", "abou", "umm", "al", "el", "bin", "ibn"].contains(&t.folded.as_ref()))
        .filter(|t| t.zipf < 3.0)
        .count();
    toks.len() >= 3 && rare >= 2
}

/// Given names so common that, with a family name alone, they name many people (`Mohammed Osman`,
/// `Juan Guzman`, `Mark Taylor`).
const COMMON_GIVEN: &[&str] = &[
    "muhammad", "mohammed", "mohamed", "mohammad", "muhammed", "mohamad", "ahmad", "ahmed", "ali",
    "abdul", "abd", "abdel", "abdullah", "abdallah", "hussein", "husayn", "hassan", "hasan",
    "omar", "umar", "mahmoud", "mahmud", "said", "saeed", "khalid", "ibrahim", "yusuf", "mustafa",
    "mostafa", "jose", "juan", "luis", "carlos", "jorge", "mario", "manuel", "maria", "john",
    "david", "james", "michael", "mark", "paul", "peter", "robert", "william", "richard", "thomas",
    "george",
];

/// Why a person's name as mentioned is too common to link on the name alone, if it is: a two-word
/// mention with a common given name or an English-common family name, two short words (`Yong Ho`), or
/// only the first of two family names.
fn common_person_name(
    keyed: &Keyed,
    c: &Candidate,
    toks: Toks,
    p: &Person,
) -> Option<&'static str> {
    let words = c.last - c.first + 1;
    let given = &toks[p.given[0]].folded;
    if c.shape == Shape::GivenFirstFamily {
        return Some("only the first of two family names");
    }
    if words != 2 {
        return None;
    }
    let family_zipf = toks[first_surname(toks, p)].zipf;
    // `Mohammed Osman` names many people, `Mohammad Khalilzadeh` few: a common given name counts only
    // with a family name that is itself met in English text.
    if COMMON_GIVEN.contains(&given.as_ref()) && family_zipf >= 2.5 {
        return Some("a common given name with a common family name");
    }
    if p.family.len() == 1 && family_zipf >= GENERIC_ZIPF {
        return Some("a common family name");
    }
    let short = (c.first..=c.last).all(|i| keyed.word(i).chars().count() <= 4);
    short.then_some("a name of two short words")
}

/// The first family name word that is not a particle (`AISSAMI` of `EL AISSAMI MADDAH`), the one a
/// shortened name keeps.
fn first_surname(toks: Toks, p: &Person) -> usize {
    super::index::first_surname_len(toks, &p.family)
        .map(|k| p.family[k - 1])
        .unwrap_or(p.family[0])
}

/// What in the article ties a person to the entry: a linked entry matched, or a country of the
/// entry's programs or nationality named.
fn person_corroboration(
    lists: &ListIndex,
    entry: u32,
    text: &str,
    ev: &Evidence,
    matched: &HashSet<u32>,
) -> Option<String> {
    let e = lists.entry(entry);
    corroborate(lists, entry, text, e.countries, ev, matched)
}

fn person(
    c: &mut Candidate,
    keyed: &Keyed,
    lists: &ListIndex,
    ev: &Evidence,
    matched: &HashSet<u32>,
) -> bool {
    let name = &lists.names[c.name as usize];
    let toks = lists.toks(name);
    let Some(p) = name.person() else {
        return false;
    };
    if ev.mode == Mode::Text && too_young(lists.entry(name.entry).born, ev.year) {
        return false;
    }
    let Some((order_len, initial, mut w, mut why)) = person_words(c, keyed, toks, &p) else {
        return false;
    };
    c.missing = (p.family.len() + p.given.len()).saturating_sub(order_len);
    // What ties the entry to the article, asked by several checks and computed once.
    let found = std::cell::OnceCell::new();
    let corroboration =
        || found.get_or_init(|| person_corroboration(lists, name.entry, keyed.text, ev, matched));
    // `Mario Fernandez` for `FERNANDEZ SANTANA, Mario`: a common surname alone names thousands.
    let first = first_surname(toks, &p);
    if c.shape == Shape::GivenFirstFamily
        && toks[first].zipf >= 2.5
        && !(ev.mode == Mode::Text && ev.about_sanctions(keyed.text) && corroboration().is_some())
    {
        w = w.min(0.6);
        why.push(format!("{} alone is a common family name", toks[first].raw));
    }
    why.insert(
        0,
        if initial {
            "person: family name and initial agree"
        } else {
            "person: family name and given name agree"
        }
        .into(),
    );
    if ev.mode == Mode::Text {
        w = person_in_context(
            c,
            keyed,
            lists,
            name.entry,
            toks,
            &p,
            ev,
            &corroboration,
            w,
            &mut why,
        );
    }
    if name.alias {
        w *= 0.95;
        why.push(format!("alias {:?}", joined_raw(toks)));
    }
    if name.nickname && !specific_alias(toks) {
        w = w.min(0.6);
        why.push("a nickname alias, which others may share".into());
    }
    c.score = w;
    c.why = why;
    true
}

/// The mention's words against the name's, in the order its shape says: how many name words it
/// covers, whether it opens with an initial, the weight and the reasons; None if a word disagrees.
fn person_words(
    c: &Candidate,
    keyed: &Keyed,
    toks: Toks,
    p: &super::index::Person,
) -> Option<(usize, bool, f32, Vec<String>)> {
    let g1 = p.given[0];
    let given: Vec<usize> = match c.shape {
        Shape::GivenFamily { middle: true } | Shape::FamilyGiven { middle: true } => {
            p.given.clone()
        }
        _ => vec![g1],
    };
    let (order, initial): (Vec<usize>, bool) = match c.shape {
        Shape::GivenFamily { .. } => ([&given[..], &p.family[..]].concat(), false),
        Shape::FamilyGiven { .. } => ([&p.family[..], &given[..]].concat(), false),
        Shape::InitialFamily => ([&[g1][..], &p.family[..]].concat(), true),
        Shape::GivenFirstFamily => {
            let k = super::index::first_surname_len(toks, &p.family)?;
            ([&[g1][..], &p.family[..k]].concat(), false)
        }
        Shape::Core => return None,
    };
    if order.len() != c.last - c.first + 1 {
        return None;
    }
    let family_only = |i: usize| p.family.contains(&i);
    if initial {
        let letter = fold(keyed.word(c.first));
        if letter.len() != 1 || !toks[g1].folded.starts_with(&letter) {
            return None;
        }
        let (w, mut why) = words_agree(keyed, c.first + 1, toks, &p.family, &family_only, false)?;
        why.insert(
            0,
            format!("initial {} of {}", keyed.word(c.first), toks[g1].raw),
        );
        return Some((order.len(), true, w.min(0.7), why));
    }
    let (w, mut why) = words_agree(keyed, c.first, toks, &order, &family_only, false)?;
    let mut w = w * if given.len() > 1 { 0.99 } else { 0.96 };
    if c.shape == Shape::GivenFirstFamily {
        w *= 0.96;
        why.push("the first of two family names".into());
    }
    Some((order.len(), false, w, why))
}

/// What the article says about a person's mention in running text: family name first unmarked, a
/// shortened name in a story of elsewhere, a name many people share. Returns the capped weight.
#[allow(clippy::too_many_arguments)]
fn person_in_context<'c>(
    c: &Candidate,
    keyed: &Keyed,
    lists: &ListIndex,
    entry: u32,
    toks: Toks,
    p: &super::index::Person,
    ev: &Evidence,
    corroboration: &dyn Fn() -> &'c Option<String>,
    mut w: f32,
    why: &mut Vec<String>,
) -> f32 {
    if matches!(c.shape, Shape::FamilyGiven { .. }) {
        let natural = lists
            .entry(entry)
            .countries
            .iter()
            .any(|k| FAMILY_FIRST_COUNTRIES.contains(&k.as_str()));
        if !natural && !family_first_marked(keyed, c, p.family.len(), ev) {
            w = w.min(0.75);
            why.push("family name first, but the text does not mark it as one".into());
        }
    }
    // A story set elsewhere (it names countries, none of the entry's) that never speaks of
    // sanctions is, for a shortened name, about a namesake: the hockey player, not the official.
    if c.missing > 0
        && !ev.countries.is_empty()
        && !ev.about_sanctions(keyed.text)
        && corroboration().is_none()
    {
        w = w.min(0.75);
        why.push("part of the name only, in a story of other countries, not of sanctions".into());
    }
    if let Some(common) = common_person_name(keyed, c, toks, p) {
        match corroboration() {
            Some(how) => why.push(format!("{common}, corroborated: {how}")),
            None => {
                w = w.min(0.75);
                why.push(format!("{common}, not corroborated"));
            }
        }
    }
    w
}

/// Below this age a listed person is not the one a story speaks of (a child, or not yet born: a
/// 1987 story's `Hafez al-Assad` is not the one born in 2001).
const ADULT_AGE: u16 = 16;

fn too_young(born: Option<u16>, year: Option<u16>) -> bool {
    matches!((born, year), (Some(born), Some(year)) if born + ADULT_AGE > year)
}

fn joined_raw(toks: Toks) -> String {
    toks.iter()
        .map(|t| t.raw.as_ref())
        .collect::<Vec<_>>()
        .join(" ")
}

fn organisation(
    c: &mut Candidate,
    keyed: &Keyed,
    lists: &ListIndex,
    ev: &Evidence,
    matched: &HashSet<u32>,
) -> bool {
    let name = &lists.names[c.name as usize];
    let entry = lists.entry(name.entry);
    let toks = lists.toks(name);
    let core: Vec<usize> = name.core().collect();
    let several = core.len() > 1;
    let Some((w, mut why)) = words_agree(keyed, c.first, toks, &core, &|_| several, several) else {
        return false;
    };
    let facts = org_facts(toks, &core);
    let head_tok = &toks[core[facts.head]];
    if !written_as_a_body(keyed, c, ev, &facts, core.len(), head_tok) {
        return false;
    }
    for f in lists.forms(name) {
        why.push(format!("legal form {f} in the list name"));
    }
    c.missing = legal_forms_apart(keyed, c, lists);
    let cue = org_cue(keyed, c, ev).or_else(|| {
        (core.len() > 1 && facts.one_word).then(|| "a company word in the name".to_string())
    });
    // A common word needs the cue right at the name: a legal form, quotes, the facet stage's target.
    let strong_cue = cue.as_ref().filter(|q| !q.ends_with("nearby"));
    let corroboration = if ev.mode == Mode::Query {
        None
    } else {
        corroborate(lists, name.entry, keyed.text, entry.countries, ev, matched)
    };
    let usable_cue = if needs_cue_at_name(&facts, head_tok, corroboration.as_deref()) {
        strong_cue
    } else {
        cue.as_ref()
    };
    let Some((mut score, label)) = org_rule(
        &facts,
        usable_cue.is_some(),
        strong_cue.is_some(),
        corroboration.as_deref(),
        keyed,
        ev,
    ) else {
        return false;
    };
    if acronym_alias(name, toks, entry.name)
        && !matched.contains(&name.entry)
        && !well_known_acronym(head_tok.zipf, head_tok.raw.as_ref(), keyed, ev)
        && score >= 0.85
    {
        score = 0.7;
        why.push("an acronym, and the article never spells the name out".into());
    }
    why.insert(0, label.into());
    why.extend(cue);
    why.extend(corroboration);
    if name.alias {
        score *= 0.97;
        why.push(format!("alias {:?}", joined_raw(toks)));
    }
    c.score = score * w;
    c.why = why;
    true
}

/// Whether the mention is written the way a body's name is, before any cue is weighed.
fn written_as_a_body(
    keyed: &Keyed,
    c: &Candidate,
    ev: &Evidence,
    facts: &OrgFacts,
    core_len: usize,
    head_tok: &NameTok,
) -> bool {
    // In a text all in capitals nothing sets a name apart from a phrase (`A DAY`, `THE STANDARD LINE`).
    if ev.all_caps && ev.mode == Mode::Text && (facts.one_word || facts.generic) {
        return false;
    }
    if facts.one_word && core_len == 1 && ev.mode == Mode::Text {
        // A short one-word name (an acronym) must be written in capitals, as acronyms are; with its
        // company word (`Alfa-Bank`, `Tat Bank`) it is the name of a body whatever its case. A legal
        // form after it is not enough: `Gas Co`, `Its Ltd` are other firms.
        let word = keyed.word(c.first + facts.head);
        if head_tok.raw.chars().count() <= 4 && word.chars().any(|ch| ch.is_lowercase()) {
            return false;
        }
    }
    true
}

/// How far the legal forms beside the mention are from those of the entry's own name: of two
/// bodies with one name (`NATIONAL IRANIAN OIL COMPANY` and its `... COMPANY PTE LTD`), the
/// mention means the one it writes in full.
fn legal_forms_apart(keyed: &Keyed, c: &Candidate, lists: &ListIndex) -> usize {
    let beside = forms_beside(keyed, c);
    let own = lists.forms(lists.primary(c.name));
    own.iter().filter(|f| !beside.contains(f)).count()
        + beside.iter().filter(|f| !own.contains(f)).count()
}

/// A one-word name that is a generic word, or a common word (`Navigator` 3.3) tied to the entry
/// only by its country, needs its cue right at it: a company word further off is often another
/// firm's.
fn needs_cue_at_name(facts: &OrgFacts, head_tok: &NameTok, corroboration: Option<&str>) -> bool {
    let country_only = corroboration.is_some_and(|h| h.starts_with("its country"));
    let common_word = head_tok.zipf >= RARE_NAME_ZIPF && country_only;
    facts.one_word && (facts.generic || common_word)
}

/// A one-word name rarer than this (`Sberbank` 1.9, `Sovcomflot`) is that company wherever its
/// country and sanctions are in the story; a commoner one (`Navigator` 3.3, `Proton` 3.4) is as
/// often the English word or another body of that name.
const RARE_NAME_ZIPF: f32 = 3.0;

/// Words that say what kind of body a name is, not which one.
const ORG_DESCRIPTORS: &[&str] = &[
    "group",
    "company",
    "holding",
    "holdings",
    "bank",
    "corporation",
    "international",
    "trading",
    "industries",
    "enterprises",
    "enterprise",
];

/// A short all-capital alias of a longer name (`SEDCO`, `NAPO`): such letters stand for many bodies,
/// so they link only where the article also gives the name in full, or is well known
/// ([`well_known_acronym`]).
fn acronym_alias(name: &super::index::Name, toks: Toks, entry_name: &str) -> bool {
    let core = name.core();
    let t = &toks[core.start];
    name.alias
        && core.len() == 1
        && t.raw.chars().count() <= 5
        && t.raw
            .chars()
            .all(|ch| ch.is_uppercase() || ch.is_ascii_digit())
        && entry_name.split_whitespace().count() >= 2
}

/// An acronym of three letters or more that is common in English text (`FSB` 2.9, `IRGC` 2.4) names
/// the well-known body in a story about sanctions; elsewhere it may be another (`UKIP`).
fn well_known_acronym(zipf: f32, raw: &str, keyed: &Keyed, ev: &Evidence) -> bool {
    raw.chars().count() >= 3 && zipf >= WELL_KNOWN_ACRONYM_ZIPF && ev.about_sanctions(keyed.text)
}

/// See [`acronym_alias`]: `VTB` 2.2 and up are well known; `NAPO` 2.0, `OMZ` 1.3 are not.
const WELL_KNOWN_ACRONYM_ZIPF: f32 = 2.2;

/// What [`org_rule`] weighs about an organisation's name.
struct OrgFacts {
    /// One word, or one word beside company words.
    one_word: bool,
    /// Every word common in English text.
    generic: bool,
    /// Core words of the name.
    words: usize,
    /// Where in the core the word that names the body is, and its frequency and length.
    head: usize,
    head_zipf: f32,
    head_len: usize,
}

fn org_facts(toks: Toks, core: &[usize]) -> OrgFacts {
    let company_word = |i: usize| ORG_DESCRIPTORS.contains(&toks[i].folded.as_ref());
    // `AVIA Group`, `VTB Bank`: a company word in the name says what it is, not which one; the rest
    // is one word and is held to the one-word rules, with the company word as its type cue.
    let descriptors = core.iter().filter(|&&i| company_word(i)).count();
    let one_word = core.len() == 1 || (descriptors > 0 && core.len() - descriptors == 1);
    // The word that names the body: the one that is not a company word (`Sepah` of `Bank Sepah`).
    let head = core
        .iter()
        .position(|&i| !company_word(i))
        .filter(|_| one_word)
        .unwrap_or(0);
    // Names made only of common words (`Ministry of Petroleum`, `State Planning Commission`, `Navigator`)
    // are as often a phrase or another body of the same name as the listed one.
    // One word is held to a higher bar: names in the news (`Hamas`, `Taliban`) are frequent words too.
    let bar = if core.len() == 1 {
        ONE_WORD_GENERIC_ZIPF
    } else {
        GENERIC_ZIPF
    };
    let generic = core
        .iter()
        .map(|&i| &toks[i])
        .filter(|t| !CONNECTORS.contains(&t.folded.as_ref()))
        .all(|t| t.zipf >= bar);
    let head_tok = &toks[core[head]];
    OrgFacts {
        one_word,
        generic,
        words: core.len(),
        head,
        head_zipf: head_tok.zipf,
        head_len: head_tok.folded.len(),
    }
}

/// The organisation rules as one table: the shape of the name, whether a usable type cue is at the
/// mention, and what corroborates it, give a score and its label; None links nothing.
fn org_rule(
    f: &OrgFacts,
    cue: bool,
    strong_cue: bool,
    corroboration: Option<&str>,
    keyed: &Keyed,
    ev: &Evidence,
) -> Option<(f32, &'static str)> {
    let three = f.words >= 3;
    Some(match (f.one_word, f.generic, cue, corroboration) {
        _ if ev.mode == Mode::Query => (0.93, "organisation: the name as typed"),
        (false, false, _, _) => (0.95, "organisation: every word of the name agrees"),
        (false, true, _, Some(_)) => (0.93, "organisation: a name of common words, corroborated"),
        // A long name of common words in an article about sanctions (`Popular Front for the
        // Liberation of Palestine`, `Special Technology Center`).
        (false, true, _, None) if three && ev.about_sanctions(keyed.text) => (
            0.9,
            "organisation: a name of three or more common words, in an article about sanctions",
        ),
        (false, true, true, None) if three && strong_cue => (
            0.9,
            "organisation: a name of three or more common words, with a legal form or quotes",
        ),
        (false, true, true, None) => (
            0.7,
            "organisation: a name of common words with a type cue, not corroborated",
        ),
        (false, true, false, None) => return None,
        (true, _, true, Some(_)) => (
            0.93,
            "organisation: one-word name with a type cue and corroboration",
        ),
        (true, _, true, None) => (
            0.7,
            "organisation: one-word name with a type cue, not corroborated",
        ),
        // A distinctive word tied to the entry by what the article is about: its program's subject
        // (`Hamas` in a story of militants), an entry it is linked to, or its country in a story
        // about sanctions.
        (true, false, false, Some(how))
            if !how.starts_with("its country")
                || (ev.about_sanctions(keyed.text) && f.head_zipf < RARE_NAME_ZIPF) =>
        {
            (
                0.9,
                "organisation: one-word name, corroborated by what the article is about",
            )
        }
        (true, false, false, Some(_)) => (
            0.7,
            "organisation: one-word name, corroborated, no type cue",
        ),
        (true, _, false, _) => {
            if f.generic || f.head_len <= 3 {
                return None;
            }
            (
                0.55,
                "organisation: one-word name, no type cue, no corroboration",
            )
        }
    })
}

/// A legal form next to the mention, quotes around it, a company word nearby, or the facet stage's
/// organisation target of the same words.
fn org_cue(keyed: &Keyed, c: &Candidate, ev: &Evidence) -> Option<String> {
    let n = keyed.toks.len();
    let around: Vec<String> = (c.first.saturating_sub(4)..(c.last + 5).min(n))
        .map(|i| fold(keyed.word(i)))
        .collect();
    let words: Vec<&str> = around.iter().map(String::as_str).collect();
    let rel_first = c.first - c.first.saturating_sub(4);
    let rel_after = rel_first + (c.last - c.first) + 1;
    if let Some((class, _)) =
        legal_form_at(&words, rel_after).or_else(|| legal_form_ending(&words, rel_first))
    {
        return Some(format!("legal form {class} beside the mention"));
    }
    let before = keyed.text[..c.start].chars().next_back();
    let after = keyed.text[c.end..].chars().next();
    let quote = |ch: Option<char>| ch.is_some_and(|ch| "\"“”«»‘’'„".contains(ch));
    if quote(before) && quote(after) {
        return Some("in quotes".into());
    }
    if ev.target_says(keyed, c, "organization") {
        return Some("named as a target organisation".into());
    }
    // `Group` right after the name is how the news names a body (`the Wagner Group`); other company
    // words there make another firm's name (`Navigator Holdings`).
    if let Some(w) = (c.last + 1 < keyed.toks.len())
        .then(|| keyed.word(c.last + 1))
        .filter(|w| fold(w) == "group")
    {
        return Some(format!("{:?} right after the name", w.to_lowercase()));
    }
    // One word needs the company word right at it (`the firm Intellect`, `state bank VEB`): further
    // away it is often about another company of the sentence.
    let window = if c.first == c.last {
        ADJACENT_CUE
    } else {
        CUE_WINDOW
    };
    ev.cue_near(keyed, c, ORG_CUES, window, true)
}

/// The classes of the legal forms right before and right after the mention (`OOO Intellekt`,
/// `National Iranian Oil Company Pte Ltd`), several in a row after it.
fn forms_beside(keyed: &Keyed, c: &Candidate) -> Vec<&'static str> {
    let n = keyed.toks.len();
    let lo = c.first.saturating_sub(4);
    let words: Vec<String> = (lo..(c.last + 7).min(n))
        .map(|i| fold(keyed.word(i)))
        .collect();
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let mut out = Vec::new();
    if let Some((class, _)) = legal_form_ending(&words, c.first - lo) {
        out.push(class);
    }
    let mut at = c.last + 1 - lo;
    while let Some((class, len)) = legal_form_at(&words, at) {
        out.push(class);
        at += len;
    }
    out
}

/// What ties a mention to the entry beyond its name: a linked entry also matched, a country of the
/// entry named in the article, or an article about sanctions.
fn corroborate(
    lists: &ListIndex,
    entry: u32,
    text: &str,
    countries: &[String],
    ev: &Evidence,
    matched: &HashSet<u32>,
) -> Option<String> {
    if let Some(other) = lists.linked(entry).find(|e| matched.contains(e)) {
        return Some(format!(
            "linked entry {} also mentioned",
            lists.entry(other).name
        ));
    }
    if let Some(c) = countries.iter().find(|c| ev.countries.contains(c.as_str())) {
        return Some(format!("its country {c} is named in the article"));
    }
    let topics = ev.topics(text);
    lists.entry(entry).programs.iter().find_map(|p| {
        PROGRAM_TOPICS
            .iter()
            .position(|(prefixes, _, _)| prefixes.iter().any(|x| p.starts_with(x)))
            .filter(|&i| topics & (1 << i) != 0)
            .map(|i| {
                format!(
                    "its program {p} is about {}, as is the article",
                    PROGRAM_TOPICS[i].1
                )
            })
    })
}

#[allow(clippy::too_many_arguments)]
fn craft(
    c: &mut Candidate,
    keyed: &Keyed,
    lists: &ListIndex,
    ev: &Evidence,
    cues: &[&str],
    target_kind: &str,
    noun: &str,
) -> bool {
    let name = &lists.names[c.name as usize];
    let toks = lists.toks(name);
    let all: Vec<usize> = (0..toks.len()).collect();
    if all.len() != c.last - c.first + 1 {
        return false;
    }
    // Any letter or digit of difference is another ship.
    let exact = all.iter().enumerate().all(|(k, &i)| {
        let f = fold(keyed.word(c.first + k));
        *f == *toks[i].folded || f == toks[i].alt_folded()
    });
    if !exact {
        return false;
    }
    let mut why = vec![format!("{noun}: exact name {}", joined_raw(toks))];
    // A ship named by one common word (`Hawk`, `Victory`) is that word unless the text calls it a
    // ship right there (`the tanker Hawk`); in a text all in capitals nothing tells.
    let common = all.iter().all(|&i| toks[i].zipf >= GENERIC_ZIPF);
    let one_common = all.len() == 1 && common;
    if one_common && ev.all_caps && ev.mode == Mode::Text {
        return false;
    }
    let window = if one_common { ADJACENT_CUE } else { CUE_WINDOW };
    let cue = if ev.mode == Mode::Query {
        Some("the name as typed".to_string())
    } else if ev.target_says(keyed, c, target_kind) {
        Some(format!("named as a target {target_kind}"))
    } else {
        ev.cue_near(keyed, c, cues, window, !one_common)
    };
    let score = match &cue {
        Some(_) => 0.97,
        None => {
            if one_common {
                return false;
            }
            why.push(format!("no {noun} cue nearby"));
            0.6
        }
    };
    why.extend(cue.map(|q| format!("{noun} cue: {q}")));
    c.score = score;
    c.why = why;
    true
}

fn unknown(c: &mut Candidate, keyed: &Keyed, lists: &ListIndex) -> bool {
    let name = &lists.names[c.name as usize];
    let toks = lists.toks(name);
    let core: Vec<usize> = name.core().collect();
    let several = core.len() > 1;
    let Some((w, mut why)) = words_agree(keyed, c.first, toks, &core, &|_| several, several) else {
        return false;
    };
    let score = if core.len() >= 2 {
        why.insert(0, "name of an untyped list: every word agrees".into());
        0.92
    } else {
        if toks[core[0]].zipf >= GENERIC_ZIPF {
            return false;
        }
        why.insert(0, "one-word name of an untyped list".into());
        0.6
    };
    c.score = score * w;
    c.why = why;
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::Context;

    /// The words of `[[mention]]` in `sentence`, and the sentence without the brackets.
    fn marked(sentence: &str) -> (String, usize, usize) {
        let open = sentence.find("[[").expect("[[ in example");
        let close = sentence.find("]]").expect("]] in example");
        let text = sentence.replace("[[", "").replace("]]", "");
        let (start, end) = (open, close - 2);
        let keyed = Keyed::new(&text, true);
        let first = keyed.toks.iter().position(|t| t.start == start);
        let last = keyed.toks.iter().position(|t| t.end == end);
        let (Some(first), Some(last)) = (first, last) else {
            panic!("the mention of {sentence:?} is not whole words");
        };
        (text, first, last)
    }

    fn rejects(check: &MentionCheck, sentence: &str) -> bool {
        let (text, first, last) = marked(sentence);
        let keyed = Keyed::new(&text, false);
        let ev = Evidence::new(&keyed, &Context::default(), Mode::Text);
        let mut c = Candidate::new(0, Shape::Core, first, last);
        c.start = keyed.toks[first].start;
        c.end = keyed.toks[last].end;
        (check.rejects)(&keyed, &c, &ev)
    }

    #[test]
    fn mention_checks_hold_their_examples() {
        for check in MENTION_CHECKS {
            assert!(!check.why.is_empty());
            for s in check.rejected {
                assert!(rejects(check, s), "{:?} should reject {s:?}", check.why);
            }
            for s in check.kept {
                assert!(!rejects(check, s), "{:?} should keep {s:?}", check.why);
            }
        }
    }

    #[test]
    fn close_spellings_are_family_names_not_words_or_genders() {
        let tok = |w: &str| NameTok::for_test(w);
        assert!(agree("Petroles", &tok("PETROLEOS"), true, false).is_some());
        assert!(agree("Petroles", &tok("PETROLEOS"), false, false).is_none());
        // An English word near a listed name is the word.
        assert!(agree("Delta", &tok("DOLTA"), true, false).is_none());
        // The other gender's form of a family name is another person.
        assert!(agree("Kozlova", &tok("KOZLOV"), true, false).is_none());
        assert!(agree("Kozlovskaya", &tok("KOZLOVSKY"), true, false).is_none());
        // Spelling drift is not fuzzy: it always agrees.
        assert!(agree("Intellect", &tok("INTELLEKT"), false, false).is_some());
        assert!(agree("Aksyonov", &tok("AKSENOV"), false, false).is_some());
    }

    #[test]
    fn a_word_of_a_body_may_be_in_the_other_number_but_a_person_s_may_not() {
        let tok = |w: &str| NameTok::for_test(w);
        assert!(agree("Guards", &tok("GUARD"), false, true).is_some());
        assert!(agree("Missile", &tok("MISSILES"), false, true).is_some());
        assert!(agree("Technologies", &tok("TECHNOLOGY"), false, true).is_some());
        assert!(agree("Guards", &tok("GUARD"), false, false).is_none());
        // Not a plural: another word, or too short to tell.
        assert!(agree("Guardian", &tok("GUARD"), false, true).is_none());
        assert!(agree("Arms", &tok("ARM"), false, true).is_none());
    }
}
