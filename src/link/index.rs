//! The loaded lists prepared for matching: every name and alias split into typed parts, and one
//! Aho-Corasick automaton over the key sequences a mention of each name can take.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use anyhow::{Context, Result};

use super::normalize::{core_range, fold_both, key, tokens};
use crate::lists::{Entry, Kind, List};

/// One word of a list name in both transliterations.
#[derive(Debug, Clone)]
pub struct NameTok {
    /// Original spelling (for `why`).
    pub raw: Arc<str>,
    pub folded: Arc<str>,
    /// The other transliteration, when it differs (Cyrillic names): most names are Latin, and a
    /// list of half a million names keeps one string less per word.
    alt: Option<Arc<str>>,
    /// How common the word is in English (Zipf scale), looked up once here for the rules.
    pub zipf: f32,
}

impl NameTok {
    /// A word of a list name on its own (for tests of the rules).
    #[cfg(test)]
    pub fn for_test(word: &str) -> NameTok {
        let (a, d) = fold_both(word);
        NameTok {
            raw: word.into(),
            zipf: crate::clean::glue::word_zipf(&a),
            alt: (d != a).then(|| d.as_str().into()),
            folded: a.as_str().into(),
        }
    }

    /// The deunicode transliteration (the any_ascii one, `folded`, for most words).
    pub fn alt_folded(&self) -> &str {
        self.alt.as_deref().unwrap_or(&self.folded)
    }
}

/// How a person's name splits: family name words, then given names (the first is the given name proper).
#[derive(Debug, Clone)]
pub struct Person {
    pub family: Vec<usize>,
    pub given: Vec<usize>,
}

/// A name or alias of an entry, prepared.
#[derive(Debug, Clone)]
pub struct Name {
    pub entry: u32,
    pub alias: bool,
    /// A person's alias written without a family name (`'EL SOCIO'`, `'ABU HAFS'`, `'Tango Four'`) where
    /// the list writes real names as `FAMILY, Given`: a nickname or a kunya, which many people share.
    pub nickname: bool,
    pub toks: Vec<NameTok>,
    /// The words that are the name proper (legal forms at the ends removed).
    pub core: (usize, usize),
    pub forms: Vec<&'static str>,
    pub person: Option<Person>,
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
/// Given names that are kunyas (`Abu Abdullah`: father of Abdullah), not a person's own name.
const KUNYAS: &[&str] = &["abu", "abou", "umm", "um"];

pub struct ListIndex {
    pub entries: Vec<(String, Entry)>,
    pub names: Vec<Name>,
    ac: Option<AhoCorasick>,
    /// Pattern id -> the names (and shapes) it stands for: `flat[offsets[id]..offsets[id + 1]]`.
    offsets: Vec<u32>,
    flat: Vec<(u32, Shape)>,
    pub imo: HashMap<String, Vec<u32>>,
    /// Entry -> the entries it is linked to, both ways.
    pub linked: Vec<Vec<u32>>,
}

impl ListIndex {
    pub fn build(lists: Vec<List>) -> Result<ListIndex> {
        let mut entries = Vec::new();
        let mut names = Vec::new();
        let mut words = Words::default();
        for list in lists {
            for e in list.entries {
                let idx = entries.len() as u32;
                names.push(prepare_name(idx, &e.name, e.kind, false, &mut words));
                for a in &e.aliases {
                    let mut n = prepare_name(idx, a, e.kind, true, &mut words);
                    n.nickname = e.kind == Kind::Individual
                        && ((e.name.contains(',') && !a.contains(',')) || kunya(&n));
                    names.push(n);
                }
                entries.push((list.name.clone(), e));
            }
        }
        drop(words);
        // Every (pattern, name, shape) by the pattern's hash, sorted: equal patterns become one
        // automaton pattern whose names sit in one flat array (an offset per pattern, no vector each).
        // Hashes, not strings, while sorting: a big list has millions of patterns. Two patterns with
        // one hash would share their names, which the rules then check word by word.
        let hash = |t: &str| {
            use std::hash::{BuildHasher, BuildHasherDefault};
            BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default().hash_one(t)
        };
        let mut all: Vec<(u64, u32, Shape)> = Vec::new();
        for (n, name) in names.iter().enumerate() {
            for (text, shape) in name_patterns(name, entries[name.entry as usize].1.kind) {
                all.push((hash(&text), n as u32, shape));
            }
        }
        all.sort_unstable();
        all.dedup();
        let mut ids: HashMap<u64, u32> = HashMap::new();
        let mut offsets: Vec<u32> = Vec::new();
        let mut flat: Vec<(u32, Shape)> = Vec::with_capacity(all.len());
        for &(h, n, shape) in &all {
            if let std::collections::hash_map::Entry::Vacant(v) = ids.entry(h) {
                v.insert(offsets.len() as u32);
                offsets.push(flat.len() as u32);
            }
            flat.push((n, shape));
        }
        offsets.push(flat.len() as u32);
        drop(all);
        // The pattern texts, in id order; spaces around, so a pattern matches whole words only.
        let mut texts: Vec<Option<String>> = vec![None; ids.len()];
        for name in &names {
            for (text, _) in name_patterns(name, entries[name.entry as usize].1.kind) {
                if let Some(&id) = ids.get(&hash(&text)) {
                    let slot = &mut texts[id as usize];
                    if slot.is_none() {
                        *slot = Some(format!(" {text} "));
                    }
                }
            }
        }
        drop(ids);
        let texts: Vec<String> = texts.into_iter().map(Option::unwrap_or_default).collect();
        let ac = if texts.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .build(&texts)
                    .context("building the list name automaton")?,
            )
        };
        drop(texts);
        let imo = imo_map(&entries);
        let linked = linked_entries(&entries);
        Ok(ListIndex {
            entries,
            names,
            ac,
            offsets,
            flat,
            imo,
            linked,
        })
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Bytes held by the automaton and the pattern table (for measuring big lists).
    pub fn automaton_bytes(&self) -> usize {
        self.ac.as_ref().map_or(0, AhoCorasick::memory_usage)
            + self.flat.len() * std::mem::size_of::<(u32, Shape)>()
            + self.offsets.len() * 4
    }

    pub fn automaton(&self) -> Option<&AhoCorasick> {
        self.ac.as_ref()
    }

    pub fn pattern(&self, id: usize) -> &[(u32, Shape)] {
        &self.flat[self.offsets[id] as usize..self.offsets[id + 1] as usize]
    }

    pub fn entry(&self, idx: u32) -> &(String, Entry) {
        &self.entries[idx as usize]
    }
}

/// One copy of each word: list names repeat given names, legal forms and common words, and half a
/// million names would otherwise hold millions of small strings.
#[derive(Default)]
struct Words(HashSet<Arc<str>>);

impl Words {
    fn get(&mut self, w: &str) -> Arc<str> {
        if let Some(a) = self.0.get(w) {
            return a.clone();
        }
        let a: Arc<str> = w.into();
        self.0.insert(a.clone());
        a
    }
}

/// A person's name whose only given name is a kunya.
fn kunya(n: &Name) -> bool {
    n.person
        .as_ref()
        .is_some_and(|p| p.given.len() == 1 && KUNYAS.contains(&n.toks[p.given[0]].folded.as_ref()))
}

/// Vessel names lose their `MV`/`M/V` prefix; persons split at the comma (`KOZLOV, Sergey`) or else
/// take the last word as the family name.
fn prepare_name(entry: u32, name: &str, kind: Kind, alias: bool, words: &mut Words) -> Name {
    let toks = tokens(name);
    let comma = name.find(',');
    let mut nt: Vec<NameTok> = toks
        .iter()
        .map(|t| {
            let (a, d) = fold_both(&name[t.start..t.end]);
            NameTok {
                raw: words.get(&name[t.start..t.end]),
                zipf: crate::clean::glue::word_zipf(&a),
                alt: (d != a).then(|| words.get(&d)),
                folded: words.get(&a),
            }
        })
        .collect();
    let mut lead = 0;
    if kind == Kind::Vessel && nt.len() > 1 {
        let f: Vec<&str> = nt.iter().map(|t| t.folded.as_ref()).collect();
        lead = match f.as_slice() {
            ["mv" | "mt" | "ms", ..] => 1,
            ["m", "v" | "t", ..] if nt.len() > 2 => 2,
            _ => 0,
        };
    }
    nt.drain(..lead);
    let folded: Vec<&str> = nt.iter().map(|t| t.folded.as_ref()).collect();
    let (core, forms) = match kind {
        Kind::Organization | Kind::Unknown => {
            let (lo, hi, forms) = core_range(&folded);
            ((lo, hi), forms)
        }
        _ => ((0, nt.len()), Vec::new()),
    };
    let person = (kind == Kind::Individual && nt.len() >= 2).then(|| {
        let split = comma
            .map(|c| toks.iter().skip(lead).filter(|t| t.end <= c).count())
            .filter(|&k| k > 0 && k < nt.len())
            .unwrap_or(nt.len() - 1);
        let (family, given): (Vec<usize>, Vec<usize>) = if comma.is_some() {
            ((0..split).collect(), (split..nt.len()).collect())
        } else {
            ((split..nt.len()).collect(), (0..split).collect())
        };
        Person { family, given }
    });
    Name {
        entry,
        alias,
        nickname: false,
        toks: nt,
        core,
        forms,
        person,
    }
}

/// The key sequences (words joined by spaces) under which a name is looked for in text, in both
/// transliterations. A person is never looked for by the family name alone.
fn name_patterns(name: &Name, kind: Kind) -> Vec<(String, Shape)> {
    let mut out = Vec::new();
    for alt in [false, true] {
        let k = |i: usize| {
            let t = &name.toks[i];
            key(if alt { t.alt_folded() } else { &t.folded })
        };
        let join = |idx: &[usize]| idx.iter().map(|&i| k(i)).collect::<Vec<_>>().join(" ");
        match (&name.person, kind) {
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
                let two_surnames = fam.len() == 2
                    && fam.iter().all(|&i| {
                        let f = &name.toks[i].folded;
                        f.len() >= 3 && !PARTICLES.contains(&f.as_ref())
                    });
                if two_surnames {
                    out.push((join(&[g1, fam[0]]), Shape::GivenFirstFamily));
                }
            }
            (_, Kind::Individual) => {}
            _ => {
                let idx: Vec<usize> = (name.core.0..name.core.1).collect();
                if !idx.is_empty() {
                    out.push((join(&idx), Shape::Core));
                }
            }
        }
    }
    out.retain(|(t, _)| !t.trim().is_empty());
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
    out
}

fn imo_map(entries: &[(String, Entry)]) -> HashMap<String, Vec<u32>> {
    let mut m: HashMap<String, Vec<u32>> = HashMap::new();
    for (i, (_, e)) in entries.iter().enumerate() {
        if let Some(imo) = &e.imo {
            m.entry(imo.clone()).or_default().push(i as u32);
        }
    }
    m
}

/// `Linked To` names resolved to entries of the same list, by their folded words.
fn linked_entries(entries: &[(String, Entry)]) -> Vec<Vec<u32>> {
    let norm = |list: &str, s: &str| {
        let words: Vec<String> = tokens(s).into_iter().map(|t| t.folded).collect();
        format!("{list}\u{0}{}", words.join(" "))
    };
    let mut by_name: HashMap<String, u32> = HashMap::new();
    for (i, (list, e)) in entries.iter().enumerate() {
        by_name.entry(norm(list, &e.name)).or_insert(i as u32);
    }
    let mut linked = vec![Vec::new(); entries.len()];
    for (i, (list, e)) in entries.iter().enumerate() {
        for l in &e.linked {
            if let Some(&j) = by_name.get(&norm(list, l)) {
                if j as usize != i {
                    linked[i].push(j);
                    linked[j as usize].push(i as u32);
                }
            }
        }
    }
    linked
}
