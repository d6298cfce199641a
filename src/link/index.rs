//! The loaded lists prepared for matching: every name and alias split into typed parts, and one
//! Aho-Corasick automaton over the key sequences a mention of each name can take.
//!
//! Sized for lists of half a million names (issue 11: under 500 MiB while loading and relinking):
//! an entry keeps only what linking reads (its id and name in one text buffer, its programs and
//! countries as shared sets); a name is a few numbers into one pool of word ids; each distinct word
//! is folded once; and the automaton's patterns are streamed to it, not collected first.

use std::collections::{HashMap, HashSet};
use std::ops::{Index, Range};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use anyhow::{bail, Context, Result};
use rustc_hash::FxHashMap;

use super::normalize::{core_range, fold_both, key, tokens, word_spans};
use crate::lists::{Entry, Kind, List};

/// One distinct word of the list names, in both transliterations.
#[derive(Debug, Clone)]
pub struct NameTok {
    /// Original spelling (for `why`).
    pub raw: Box<str>,
    pub folded: Box<str>,
    /// The other transliteration, when it differs (Cyrillic names): most names are Latin, and a
    /// list of half a million names keeps one string less per word.
    alt: Option<Box<str>>,
    /// How common the word is in English (Zipf scale), looked up once here for the rules.
    pub zipf: f32,
}

impl NameTok {
    fn new(word: &str) -> NameTok {
        let (a, d) = fold_both(word);
        NameTok {
            raw: word.into(),
            zipf: crate::clean::glue::word_zipf(&a),
            alt: (d != a).then(|| d.into_boxed_str()),
            folded: a.into_boxed_str(),
        }
    }

    /// A word of a list name on its own (for tests of the rules).
    #[cfg(test)]
    pub fn for_test(word: &str) -> NameTok {
        NameTok::new(word)
    }

    /// The deunicode transliteration (the any_ascii one, `folded`, for most words).
    pub fn alt_folded(&self) -> &str {
        self.alt.as_deref().unwrap_or(&self.folded)
    }
}

/// The words of one name: indexes into the shared word table, read like a slice of [`NameTok`].
#[derive(Clone, Copy)]
pub struct Toks<'a> {
    ids: &'a [u32],
    words: &'a [NameTok],
}

impl<'a> Toks<'a> {
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &'a NameTok> + 'a {
        let words = self.words;
        self.ids.iter().map(move |&i| &words[i as usize])
    }
}

impl Index<usize> for Toks<'_> {
    type Output = NameTok;
    fn index(&self, i: usize) -> &NameTok {
        &self.words[self.ids[i] as usize]
    }
}

/// How a person's name splits: family name words, then given names (the first is the given name proper).
#[derive(Debug, Clone)]
pub struct Person {
    pub family: Vec<usize>,
    pub given: Vec<usize>,
}

/// Words kept of one name: a longer "name" is no name, and the counts below fit in 16 bits.
const MAX_NAME_WORDS: usize = u16::MAX as usize;

/// A name or alias of an entry, prepared: its words are [`ListIndex::toks`].
#[derive(Debug, Clone)]
pub struct Name {
    pub entry: u32,
    /// Where its word ids start in the pool, and how many.
    toks: u32,
    len: u16,
    /// The words that are the name proper (legal forms at the ends removed).
    core: (u16, u16),
    /// Its legal forms: [`ListIndex::forms`].
    forms: u16,
    /// A person's split: the first word of the second part, and whether the family name comes first
    /// (`KOZLOV, Sergey`) rather than last.
    person: Option<(u16, bool)>,
    pub alias: bool,
    /// A person's alias written without a family name (`'EL SOCIO'`, `'ABU HAFS'`, `'Tango Four'`) where
    /// the list writes real names as `FAMILY, Given`: a nickname or a kunya, which many people share.
    pub nickname: bool,
}

impl Name {
    /// The words that are the name proper.
    pub fn core(&self) -> Range<usize> {
        self.core.0 as usize..self.core.1 as usize
    }

    /// A person's family and given name words (names of individuals of two words or more).
    pub fn person(&self) -> Option<Person> {
        let (split, family_first) = self.person?;
        let (split, n) = (split as usize, self.len as usize);
        let (family, given) = if family_first {
            ((0..split).collect(), (split..n).collect())
        } else {
            ((split..n).collect(), (0..split).collect())
        };
        Some(Person { family, given })
    }
}

/// The shapes a mention of a name can take, as the pattern that found it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Shape {
    /// The core words in order (organisations, vessels, unknown types).
    Core,
    /// Given name (and middle names) then family name.
    GivenFamily { middle: bool },
    /// Family name then given name (and middle names).
    FamilyGiven { middle: bool },
    /// An initial then the family name.
    InitialFamily,
    /// Given name then the first of two family names (`Ismael Zambada` of `ZAMBADA GARCIA, Ismael`).
    GivenFirstFamily,
}

/// Words that join a family name to its other word (`DE KONING`, `AL ASSAD`): such a name is not two
/// family names.
const PARTICLES: &[&str] = &[
    "de", "del", "la", "le", "da", "do", "dos", "das", "di", "van", "von", "der", "den", "al",
    "el", "bin", "ibn", "ben", "abu", "y", "e", "mac", "mc", "st", "san", "santa",
];
/// How many family name words make the first of two family names: its particles and the first
/// surname (`ZAMBADA` of `ZAMBADA GARCIA`, `EL AISSAMI` of `EL AISSAMI MADDAH`, `MURILLO` of
/// `MURILLO DE ORTEGA`), when another surname follows; None for one family name (`AL ASSAD`).
pub fn first_surname_len(toks: Toks, family: &[usize]) -> Option<usize> {
    let particle = |i: usize| PARTICLES.contains(&toks[i].folded.as_ref());
    let surname = |i: usize| toks[i].folded.len() >= 3 && !particle(i);
    let j = family.iter().position(|&i| !particle(i))?;
    (surname(family[j]) && family[j + 1..].iter().any(|&i| surname(i))).then_some(j + 1)
}

/// Given names that are kunyas (`Abu Abdullah`: father of Abdullah), not a person's own name.
const KUNYAS: &[&str] = &["abu", "abou", "umm", "um"];

/// An entry as linking reads it; the fields of a list entry that linking never reads after the build
/// (aliases, IMO number, `Linked To`) live in the name table, the IMO map and the links.
#[derive(Debug, Clone, Copy)]
struct EntryRec {
    /// Into [`ListIndex::text`]: the id from `text[0]`, the name from `text[1]`, up to `text[2]`.
    text: [u32; 3],
    list: u32,
    /// Into [`ListIndex::sets`].
    programs: u32,
    countries: u32,
    kind: Kind,
    /// The earliest year of birth, 0 when the list gives none.
    born: u16,
}

/// An entry of a loaded list.
#[derive(Debug, Clone, Copy)]
pub struct EntryRef<'a> {
    pub list: &'a str,
    pub id: &'a str,
    /// As the list spells it (OFAC: `KOZLOV, Sergey Mikhaylovich`).
    pub name: &'a str,
    pub kind: Kind,
    pub programs: &'a [String],
    /// ISO codes of the countries tied to the entry.
    pub countries: &'a [String],
    /// The earliest year of birth the list gives.
    pub born: Option<u16>,
}

pub struct ListIndex {
    list_names: Vec<String>,
    entries: Vec<EntryRec>,
    /// Every entry's id and name, one after the other.
    text: String,
    /// Distinct sets of programs or countries (many entries share one).
    sets: Vec<Vec<String>>,
    pub names: Vec<Name>,
    /// The word ids of every name, one name after the other.
    pool: Vec<u32>,
    words: Vec<NameTok>,
    /// Distinct lists of legal forms (0: none).
    form_sets: Vec<Vec<&'static str>>,
    ac: Option<AhoCorasick>,
    /// Every word key of a pattern -> its id: the automaton reads words as fixed-width ids, not
    /// letters, so its trie has a few states per word rather than one per letter.
    vocab: FxHashMap<Box<[u8]>, u32>,
    /// Bytes per word id.
    id_width: usize,
    /// Pattern id -> the names (and shapes) it stands for: `flat[offsets[id]..offsets[id + 1]]`.
    offsets: Vec<u32>,
    flat: Vec<(u32, Shape)>,
    pub imo: HashMap<String, Vec<u32>>,
    /// Entry -> the entries it is linked to, both ways: `linked[linked_at[e]..linked_at[e + 1]]`,
    /// with [`LINKED_TO`] set where the entry's own row names the other (`Linked To:`).
    linked_at: Vec<u32>,
    linked: Vec<u32>,
}

/// What only the build needs: lookups that make each distinct word, set and form list one copy.
#[derive(Default)]
struct Interned {
    words: HashMap<Box<str>, u32>,
    sets: HashMap<Vec<String>, u32>,
    forms: HashMap<Vec<&'static str>, u16>,
    /// (entry, name of an entry it is `Linked To`), in list order.
    linked: Vec<(u32, String)>,
}

/// Builds a [`ListIndex`] from entries given one at a time, so a stored list can be read straight
/// into it without all its entries parsed at once.
pub struct ListIndexBuilder {
    idx: ListIndex,
    interned: Interned,
}

impl ListIndexBuilder {
    /// A list whose entries come next; returns its number for [`ListIndexBuilder::entry`].
    pub fn list(&mut self, name: String) -> u32 {
        self.idx.list_names.push(name);
        (self.idx.list_names.len() - 1) as u32
    }

    /// Name a list after its entries (a stored list's own name is read with them).
    pub fn rename(&mut self, list: u32, name: String) {
        if let Some(n) = self.idx.list_names.get_mut(list as usize) {
            *n = name;
        }
    }

    pub fn entry(&mut self, list: u32, e: Entry) -> Result<()> {
        self.idx.add_entry(list, e, &mut self.interned)
    }

    pub fn finish(self) -> Result<ListIndex> {
        let ListIndexBuilder { mut idx, interned } = self;
        let Interned { linked, .. } = interned;
        idx.link_entries(linked);
        idx.build_automaton()?;
        Ok(idx)
    }
}

impl ListIndex {
    pub fn builder() -> ListIndexBuilder {
        let mut interned = Interned::default();
        interned.forms.insert(Vec::new(), 0);
        ListIndexBuilder {
            idx: ListIndex {
                list_names: Vec::new(),
                entries: Vec::new(),
                text: String::new(),
                sets: Vec::new(),
                names: Vec::new(),
                pool: Vec::new(),
                words: Vec::new(),
                form_sets: vec![Vec::new()],
                ac: None,
                vocab: FxHashMap::default(),
                id_width: 3,
                offsets: Vec::new(),
                flat: Vec::new(),
                imo: HashMap::new(),
                linked_at: Vec::new(),
                linked: Vec::new(),
            },
            interned,
        }
    }

    pub fn build(lists: Vec<List>) -> Result<ListIndex> {
        let mut b = ListIndex::builder();
        for list in lists {
            let li = b.list(list.name);
            // Entries are taken one by one, so each one's strings are freed as it is prepared.
            for e in list.entries {
                b.entry(li, e)?;
            }
        }
        b.finish()
    }

    fn add_entry(&mut self, list: u32, e: Entry, interned: &mut Interned) -> Result<()> {
        let idx = self.entries.len() as u32;
        let name = self.prepare_name(idx, &e.name, e.kind, false, interned)?;
        self.names.push(name);
        for a in &e.aliases {
            let mut n = self.prepare_name(idx, a, e.kind, true, interned)?;
            n.nickname = e.kind == Kind::Individual
                && ((e.name.contains(',') && !a.contains(',')) || self.kunya(&n));
            self.names.push(n);
        }
        if let Some(imo) = e.imo {
            self.imo.entry(imo).or_default().push(idx);
        }
        interned
            .linked
            .extend(e.linked.into_iter().map(|l| (idx, l)));
        let start = self.text.len();
        self.text.push_str(&e.id);
        let id_end = self.text.len();
        self.text.push_str(&e.name);
        let end = self.text.len();
        if u32::try_from(end).is_err() {
            bail!("the lists are too large to load (over 4 GB of ids and names)");
        }
        let programs = self.set(e.programs, interned);
        let countries = self.set(e.countries, interned);
        self.entries.push(EntryRec {
            text: [start as u32, id_end as u32, end as u32],
            list,
            programs,
            countries,
            kind: e.kind,
            born: e.born.unwrap_or(0),
        });
        Ok(())
    }

    fn set(&mut self, set: Vec<String>, interned: &mut Interned) -> u32 {
        if let Some(&i) = interned.sets.get(&set) {
            return i;
        }
        let i = self.sets.len() as u32;
        self.sets.push(set.clone());
        interned.sets.insert(set, i);
        i
    }

    fn word(&mut self, w: &str, interned: &mut Interned) -> u32 {
        if let Some(&i) = interned.words.get(w) {
            return i;
        }
        let i = self.words.len() as u32;
        self.words.push(NameTok::new(w));
        interned.words.insert(w.into(), i);
        i
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Bytes held by the automaton and the pattern table (for measuring big lists).
    pub fn automaton_bytes(&self) -> usize {
        let vocab: usize = self.vocab.keys().map(|k| k.len() + 16 + 4 + 8).sum();
        self.ac.as_ref().map_or(0, AhoCorasick::memory_usage)
            + vocab
            + self.flat.len() * std::mem::size_of::<(u32, Shape)>()
            + self.offsets.len() * 4
    }

    /// Bytes held by the entries, names and words (approximate: the heap blocks of the word table
    /// and the sets are counted at their lengths).
    pub fn table_bytes(&self) -> usize {
        use std::mem::size_of;
        let words: usize = self
            .words
            .iter()
            .map(|w| {
                size_of::<NameTok>()
                    + w.raw.len()
                    + w.folded.len()
                    + w.alt.as_ref().map_or(0, |a| a.len())
            })
            .sum();
        let sets: usize = self
            .sets
            .iter()
            .flatten()
            .map(|s| size_of::<String>() + s.len())
            .sum();
        self.entries.len() * size_of::<EntryRec>()
            + self.text.len()
            + sets
            + self.names.len() * size_of::<Name>()
            + self.pool.len() * 4
            + words
            + (self.linked.len() + self.linked_at.len()) * 4
    }

    pub fn automaton(&self) -> Option<&AhoCorasick> {
        self.ac.as_ref()
    }

    /// The id of a word key, when some pattern has that word.
    pub fn word_id(&self, key: &[u8]) -> Option<u32> {
        self.vocab.get(key).copied()
    }

    /// Append a word id as the automaton reads it: [`ListIndex::id_width`] bytes of seven bits, all but
    /// the first with the high bit set. So a pattern (which starts with a first byte) only matches from
    /// a word's start, through whole words, and never across a [`WORD_BREAK`]. First bytes are low:
    /// the builder looks them up in the start state's list of all 256 bytes from the bottom.
    pub fn push_id(&self, id: u32, out: &mut Vec<u8>) {
        for k in (0..self.id_width).rev() {
            let b = ((id >> (7 * k)) & 0x7f) as u8;
            out.push(if k + 1 == self.id_width { b } else { b | 0x80 });
        }
    }

    pub fn id_width(&self) -> usize {
        self.id_width
    }

    pub fn pattern(&self, id: usize) -> &[(u32, Shape)] {
        &self.flat[self.offsets[id] as usize..self.offsets[id + 1] as usize]
    }

    pub fn entry(&self, idx: u32) -> EntryRef<'_> {
        let e = &self.entries[idx as usize];
        let [start, id_end, end] = e.text.map(|o| o as usize);
        EntryRef {
            list: &self.list_names[e.list as usize],
            id: &self.text[start..id_end],
            name: &self.text[id_end..end],
            kind: e.kind,
            programs: &self.sets[e.programs as usize],
            countries: &self.sets[e.countries as usize],
            born: (e.born != 0).then_some(e.born),
        }
    }

    /// Every entry, in list order.
    pub fn entries(&self) -> impl Iterator<Item = EntryRef<'_>> {
        (0..self.entries.len() as u32).map(|i| self.entry(i))
    }

    /// The words of a name.
    pub fn toks(&self, name: &Name) -> Toks<'_> {
        let start = name.toks as usize;
        Toks {
            ids: &self.pool[start..start + name.len as usize],
            words: &self.words,
        }
    }

    /// The entry's own name of the name `n` (an entry's aliases follow its name).
    pub fn primary(&self, n: u32) -> &Name {
        let mut i = n as usize;
        while i > 0 && self.names[i].alias {
            i -= 1;
        }
        &self.names[i]
    }

    /// The classes of the legal forms a name carries (`LLC`, `JSC`), as the list writes them.
    pub fn forms(&self, name: &Name) -> &[&'static str] {
        &self.form_sets[name.forms as usize]
    }

    /// The entries an entry is `Linked To`, both ways.
    pub fn linked(&self, entry: u32) -> impl Iterator<Item = u32> + '_ {
        self.linked_raw(entry).iter().map(|&l| l & !LINKED_TO)
    }

    /// Whether the row of `entry` says it is `Linked To` `other` (a subsidiary to its parent, an
    /// agent to the body it works for), rather than the other way.
    pub fn links_to(&self, entry: u32, other: u32) -> bool {
        self.linked_raw(entry).contains(&(other | LINKED_TO))
    }

    fn linked_raw(&self, entry: u32) -> &[u32] {
        let e = entry as usize;
        &self.linked[self.linked_at[e] as usize..self.linked_at[e + 1] as usize]
    }

    /// A person's name whose only given name is a kunya.
    fn kunya(&self, n: &Name) -> bool {
        n.person().is_some_and(|p| {
            p.given.len() == 1 && KUNYAS.contains(&self.toks(n)[p.given[0]].folded.as_ref())
        })
    }

    /// Vessel names lose their `MV`/`M/V` prefix; persons split at the comma (`KOZLOV, Sergey`) or else
    /// take the last word as the family name.
    fn prepare_name(
        &mut self,
        entry: u32,
        name: &str,
        kind: Kind,
        alias: bool,
        interned: &mut Interned,
    ) -> Result<Name> {
        let mut spans = word_spans(name);
        spans.truncate(MAX_NAME_WORDS);
        let comma = name.find(',');
        let mut ids: Vec<u32> = spans
            .iter()
            .map(|&(s, e)| self.word(&name[s..e], interned))
            .collect();
        let mut lead = 0;
        if kind == Kind::Vessel && ids.len() > 1 {
            let f: Vec<&str> = ids
                .iter()
                .map(|&i| &*self.words[i as usize].folded)
                .collect();
            lead = match f.as_slice() {
                ["mv" | "mt" | "ms", ..] => 1,
                ["m", "v" | "t", ..] if ids.len() > 2 => 2,
                _ => 0,
            };
        }
        ids.drain(..lead);
        let n = ids.len();
        let (core, forms) = match kind {
            Kind::Organization | Kind::Unknown => {
                let folded: Vec<&str> = ids
                    .iter()
                    .map(|&i| &*self.words[i as usize].folded)
                    .collect();
                let (lo, hi, forms) = core_range(&folded);
                ((lo, hi), forms)
            }
            _ => ((0, n), Vec::new()),
        };
        let person = (kind == Kind::Individual && n >= 2).then(|| {
            let split = comma
                .map(|c| spans.iter().skip(lead).filter(|t| t.1 <= c).count())
                .filter(|&k| k > 0 && k < n)
                .unwrap_or(n - 1);
            (split as u16, comma.is_some())
        });
        let forms = match interned.forms.get(&forms) {
            Some(&i) => i,
            None => {
                let Ok(i) = u16::try_from(self.form_sets.len()) else {
                    bail!("too many different legal form combinations in the lists");
                };
                self.form_sets.push(forms.clone());
                interned.forms.insert(forms, i);
                i
            }
        };
        let Ok(toks) = u32::try_from(self.pool.len()) else {
            bail!("the lists are too large to load (over 4 billion name words)");
        };
        self.pool.extend_from_slice(&ids);
        Ok(Name {
            entry,
            toks,
            len: n as u16,
            core: (core.0 as u16, core.1 as u16),
            forms,
            person,
            alias,
            nickname: false,
        })
    }

    /// `Linked To` names resolved to entries of the same list, by their folded words: the first entry
    /// of that name. Only the names some entry links to are looked up.
    fn link_entries(&mut self, pending: Vec<(u32, String)>) {
        let n = self.entries.len();
        let mut pairs: Vec<(u32, u32)> = Vec::new();
        if !pending.is_empty() {
            let norm = |list: &str, s: &str| {
                let words: Vec<String> = tokens(s).into_iter().map(|t| t.folded).collect();
                format!("{list}\u{0}{}", words.join(" "))
            };
            let wanted: Vec<String> = pending
                .iter()
                .map(|(i, l)| norm(self.entry(*i).list, l))
                .collect();
            let wanted_set: HashSet<&str> = wanted.iter().map(String::as_str).collect();
            let mut by_name: HashMap<String, u32> = HashMap::new();
            for (i, e) in self.entries().enumerate() {
                let k = norm(e.list, e.name);
                if wanted_set.contains(k.as_str()) {
                    by_name.entry(k).or_insert(i as u32);
                }
            }
            // Both directions, in the order the list gives them: the rules take the first one matched.
            for ((i, _), k) in pending.iter().zip(&wanted) {
                if let Some(&j) = by_name.get(k) {
                    if j != *i {
                        pairs.push((*i, j | LINKED_TO));
                        pairs.push((j, *i));
                    }
                }
            }
            pairs.sort_by_key(|p| p.0);
        }
        self.linked_at = Vec::with_capacity(n + 1);
        let mut k = 0;
        for e in 0..n as u32 {
            self.linked_at.push(k as u32);
            while k < pairs.len() && pairs[k].0 == e {
                k += 1;
            }
        }
        self.linked_at.push(pairs.len() as u32);
        self.linked = pairs.into_iter().map(|p| p.1).collect();
    }

    /// The automaton over every name's patterns. Equal patterns become one automaton pattern whose
    /// names sit in one flat array (an offset per pattern, no vector each). Hashes, not strings, while
    /// grouping: a big list has millions of patterns. Two patterns with one hash would share their
    /// names, which the rules then check word by word. Each pattern's text comes from the first name
    /// that has it, written as word ids into one buffer (no string per pattern), and the automaton gets
    /// them in descending byte order: its builder keeps each state's transitions in a sorted list, which
    /// that order only ever extends at the head. Pattern ids follow that order; an id only names its
    /// pattern (overlapping matches come in text order, one pattern per text), so no link changes.
    fn build_automaton(&mut self) -> Result<()> {
        let mut all: Vec<(u64, u32, Shape)> = Vec::new();
        let mut vocab: FxHashMap<Box<[u8]>, u32> = FxHashMap::default();
        let keys = self.word_keys();
        for (n, name) in self.names.iter().enumerate() {
            for (text, shape) in self.name_patterns(name, &keys) {
                all.push((pattern_hash(&text), n as u32, shape));
                for w in text.split(' ') {
                    if !vocab.contains_key(w.as_bytes()) {
                        let id = vocab.len() as u32;
                        vocab.insert(w.as_bytes().into(), id);
                    }
                }
            }
        }
        self.id_width = match vocab.len() {
            0..=0x1f_ffff => 3,
            0x20_0000..=0xfff_ffff => 4,
            _ => bail!("the lists have too many different words to load"),
        };
        self.vocab = vocab;
        all.sort_unstable();
        all.dedup();
        // Groups of equal hashes, in hash order; a group's first name is its lowest.
        let mut hashes: Vec<u64> = Vec::new();
        let mut group_at: Vec<u32> = Vec::new();
        let mut flat: Vec<(u32, Shape)> = Vec::with_capacity(all.len());
        for &(h, n, shape) in &all {
            if hashes.last() != Some(&h) {
                hashes.push(h);
                group_at.push(flat.len() as u32);
            }
            flat.push((n, shape));
        }
        group_at.push(flat.len() as u32);
        drop(all);
        if hashes.is_empty() {
            return Ok(());
        }
        // One text per group, as word ids: `bytes[at[p]..at[p + 1]]` is the text of group `groups[p]`.
        let mut bytes: Vec<u8> = Vec::new();
        let mut at: Vec<u32> = Vec::with_capacity(hashes.len() + 1);
        let mut groups: Vec<u32> = Vec::with_capacity(hashes.len());
        let mut sent = vec![false; hashes.len()];
        for (n, name) in self.names.iter().enumerate() {
            for (text, _) in self.name_patterns(name, &keys) {
                let Ok(g) = hashes.binary_search(&pattern_hash(&text)) else {
                    continue;
                };
                if flat[group_at[g] as usize].0 as usize == n && !sent[g] {
                    sent[g] = true;
                    groups.push(g as u32);
                    let Ok(start) = u32::try_from(bytes.len()) else {
                        bail!("the lists have too many name patterns to load");
                    };
                    at.push(start);
                    for w in text.split(' ') {
                        self.push_id(self.vocab[w.as_bytes()], &mut bytes);
                    }
                }
            }
        }
        let Ok(end) = u32::try_from(bytes.len()) else {
            bail!("the lists have too many name patterns to load");
        };
        at.push(end);
        drop((hashes, sent));
        let text = |p: u32| &bytes[at[p as usize] as usize..at[p as usize + 1] as usize];
        let mut by_bytes: Vec<u32> = (0..groups.len() as u32).collect();
        by_bytes.sort_unstable_by(|&a, &b| text(b).cmp(text(a)));
        self.offsets = Vec::with_capacity(by_bytes.len() + 1);
        self.flat = Vec::with_capacity(flat.len());
        for &p in &by_bytes {
            let g = groups[p as usize] as usize;
            self.offsets.push(self.flat.len() as u32);
            let (lo, hi) = (group_at[g] as usize, group_at[g + 1] as usize);
            self.flat.extend_from_slice(&flat[lo..hi]);
        }
        self.offsets.push(self.flat.len() as u32);
        drop((flat, group_at, groups));
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(by_bytes.iter().map(|&p| text(p)))
            .context("building the list name automaton")?;
        self.ac = Some(ac);
        Ok(())
    }

    /// The key sequences (words joined by spaces; keys have none) under which a name is looked for in
    /// text, in both transliterations. A person is never looked for by the family name alone.
    /// The matching key of every distinct word of the lists, in both transliterations: a word is in
    /// many names and each name in several patterns, and a key costs a fold and a skeleton.
    fn word_keys(&self) -> Vec<[Box<str>; 2]> {
        self.words
            .iter()
            .map(|t| {
                let first: Box<str> = key(&t.folded).into();
                let alt = match &t.alt {
                    Some(alt) => key(alt).into(),
                    None => first.clone(),
                };
                [first, alt]
            })
            .collect()
    }

    fn name_patterns(&self, name: &Name, keys: &[[Box<str>; 2]]) -> Vec<(String, Shape)> {
        let kind = self.entries[name.entry as usize].kind;
        let toks = self.toks(name);
        let mut out = Vec::new();
        for alt in [false, true] {
            let k = |i: usize| -> &str { &keys[toks.ids[i] as usize][usize::from(alt)] };
            let join = |idx: &[usize]| idx.iter().map(|&i| k(i)).collect::<Vec<_>>().join(" ");
            match (name.person(), kind) {
                (Some(p), Kind::Individual) => {
                    let (g1, rest) = (p.given[0], &p.given[1..]);
                    let all_given: Vec<usize> = p.given.clone();
                    let fam = &p.family;
                    out.push((
                        join(&[&[g1][..], fam].concat()),
                        Shape::GivenFamily { middle: false },
                    ));
                    out.push((
                        join(&[fam, &[g1][..]].concat()),
                        Shape::FamilyGiven { middle: false },
                    ));
                    if !rest.is_empty() {
                        out.push((
                            join(&[&all_given[..], fam].concat()),
                            Shape::GivenFamily { middle: true },
                        ));
                        out.push((
                            join(&[fam, &all_given[..]].concat()),
                            Shape::FamilyGiven { middle: true },
                        ));
                    }
                    let initial = k(g1)
                        .chars()
                        .next()
                        .map(|c| c.to_string())
                        .unwrap_or_default();
                    if !initial.is_empty() {
                        out.push((format!("{initial} {}", join(fam)), Shape::InitialFamily));
                    }
                    if let Some(k) = first_surname_len(toks, fam) {
                        out.push((
                            join(&[&[g1][..], &fam[..k]].concat()),
                            Shape::GivenFirstFamily,
                        ));
                    }
                }
                (_, Kind::Individual) => {}
                _ => {
                    let idx: Vec<usize> = name.core().collect();
                    if !idx.is_empty() {
                        out.push((join(&idx), Shape::Core));
                    }
                }
            }
        }
        // A body known by one letter beside its legal form (`K A.S.`, `D Company`) would be looked
        // for in every initial and every list item of every story.
        out.retain(|(t, shape)| {
            t.trim().len() > 1 || (*shape != Shape::Core && !t.trim().is_empty())
        });
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
        out
    }
}

/// The bit of a [`ListIndex::linked`] entry number that says the link is the entry's own `Linked To`.
const LINKED_TO: u32 = 1 << 31;

/// In the word ids the automaton reads: a word no pattern has, or the end of a run of name words.
pub const WORD_BREAK: u8 = 0xff;

fn pattern_hash(t: &str) -> u64 {
    use std::hash::{BuildHasher, BuildHasherDefault};
    BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default().hash_one(t)
}
