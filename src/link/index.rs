//! The loaded lists prepared for matching: every name and alias split into typed parts, and one
//! Aho-Corasick automaton over the key sequences a mention of each name can take.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use anyhow::{Context, Result};

use super::normalize::{core_range, fold_both, key, tokens};
use crate::lists::{Entry, Kind, List};

/// One word of a list name in both transliterations.
#[derive(Debug, Clone)]
pub struct NameTok {
    /// Original spelling (for `why`).
    pub raw: String,
    pub folded: String,
    pub alt_folded: String,
    /// How common the word is in English (Zipf scale), looked up once here for the rules.
    pub zipf: f32,
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    "de", "del", "la", "le", "da", "do", "dos", "das", "di", "van", "von", "der", "den", "al", "el",
    "bin", "ibn", "ben", "abu", "y", "e", "mac", "mc", "st", "san", "santa",
];
/// Given names that are kunyas (`Abu Abdullah`: father of Abdullah), not a person's own name.
const KUNYAS: &[&str] = &["abu", "abou", "umm", "um"];

pub struct ListIndex {
    pub entries: Vec<(String, Entry)>,
    pub names: Vec<Name>,
    ac: Option<AhoCorasick>,
    /// Pattern id -> the names (and shapes) it stands for.
    patterns: Vec<Vec<(u32, Shape)>>,
    pub imo: HashMap<String, Vec<u32>>,
    /// Entry -> the entries it is linked to, both ways.
    pub linked: Vec<Vec<u32>>,
}

impl ListIndex {
    pub fn build(lists: Vec<List>) -> Result<ListIndex> {
        let mut entries = Vec::new();
        let mut names = Vec::new();
        for list in lists {
            for e in list.entries {
                let idx = entries.len() as u32;
                names.push(prepare_name(idx, &e.name, e.kind, false));
                for a in &e.aliases {
                    let mut n = prepare_name(idx, a, e.kind, true);
                    n.nickname = e.kind == Kind::Individual
                        && ((e.name.contains(',') && !a.contains(',')) || kunya(&n));
                    names.push(n);
                }
                entries.push((list.name.clone(), e));
            }
        }
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut patterns: Vec<Vec<(u32, Shape)>> = Vec::new();
        let mut texts: Vec<String> = Vec::new();
        for (n, name) in names.iter().enumerate() {
            for (text, shape) in name_patterns(name, entries[name.entry as usize].1.kind) {
                // Spaces around: a pattern matches whole words of the text's key string only.
                let text = format!(" {text} ");
                let id = *ids.entry(text.clone()).or_insert_with(|| {
                    texts.push(text);
                    patterns.push(Vec::new());
                    (patterns.len() - 1) as u32
                });
                let slot = &mut patterns[id as usize];
                if !slot.contains(&(n as u32, shape)) {
                    slot.push((n as u32, shape));
                }
            }
        }
        drop(ids);
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
        let imo = imo_map(&entries);
        let linked = linked_entries(&entries);
        Ok(ListIndex {
            entries,
            names,
            ac,
            patterns,
            imo,
            linked,
        })
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn automaton(&self) -> Option<&AhoCorasick> {
        self.ac.as_ref()
    }

    pub fn pattern(&self, id: usize) -> &[(u32, Shape)] {
        &self.patterns[id]
    }

    pub fn entry(&self, idx: u32) -> &(String, Entry) {
        &self.entries[idx as usize]
    }
}

/// A person's name whose only given name is a kunya.
fn kunya(n: &Name) -> bool {
    n.person.as_ref().is_some_and(|p| {
        p.given.len() == 1 && KUNYAS.contains(&n.toks[p.given[0]].folded.as_str())
    })
}

/// Vessel names lose their `MV`/`M/V` prefix; persons split at the comma (`KOZLOV, Sergey`) or else
/// take the last word as the family name.
fn prepare_name(entry: u32, name: &str, kind: Kind, alias: bool) -> Name {
    let toks = tokens(name);
    let comma = name.find(',');
    let mut nt: Vec<NameTok> = toks
        .iter()
        .map(|t| {
            let (a, d) = fold_both(&name[t.start..t.end]);
            NameTok {
                raw: name[t.start..t.end].to_string(),
                zipf: crate::clean::glue::word_zipf(&a),
                folded: a,
                alt_folded: d,
            }
        })
        .collect();
    let mut lead = 0;
    if kind == Kind::Vessel && nt.len() > 1 {
        let f: Vec<&str> = nt.iter().map(|t| t.folded.as_str()).collect();
        lead = match f.as_slice() {
            ["mv" | "mt" | "ms", ..] => 1,
            ["m", "v" | "t", ..] if nt.len() > 2 => 2,
            _ => 0,
        };
    }
    nt.drain(..lead);
    let folded: Vec<&str> = nt.iter().map(|t| t.folded.as_str()).collect();
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
            key(if alt { &t.alt_folded } else { &t.folded })
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
                        f.len() >= 3 && !PARTICLES.contains(&f.as_str())
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
