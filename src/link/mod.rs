//! Linking mentions in an article to sanctions-list entries. Pure: text and lists in, links out.
//!
//! Mentions are found in one Aho-Corasick pass over the text's word keys (every list name and alias,
//! in the orders a mention can take), plus IMO numbers; each candidate is then checked by the rules of
//! its entry's type ([`rules`]), which decide `match`, `possible` or nothing and say why.

pub mod index;
pub mod normalize;
mod rules;
pub mod targets;

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::article::{Article, Link, Target};
pub use index::ListIndex;
use index::WORD_BREAK;
use normalize::push_key;
use rules::{Candidate, Evidence};

/// Links with a score from this are `match`, below it `possible`.
pub const MATCH_THRESHOLD: f32 = 0.85;
/// At most this many links to one entry are kept per article.
const MAX_PER_ENTRY: usize = 20;

/// What the article says besides the mention: the countries it names and the targets the facet stage
/// found (their types are cues).
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    pub countries: &'a [String],
    pub targets: &'a [Target],
    /// The year the article was written, when its date is known.
    pub year: Option<u16>,
}

/// How strict the rules are: `Text` for running news; `Query` for a name the user typed (`--target`),
/// where case and context cues cannot be asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Text,
    Query,
}

/// `kstart`/`kend` of a word that has no key (lower case, outside any capitalised run).
const NO_KEY: usize = usize::MAX;

/// A word of the text: where it is, and where its key is in the key string.
#[derive(Debug, Clone, Copy)]
pub struct TextTok {
    pub start: usize,
    pub end: usize,
    kstart: usize,
    kend: usize,
}

/// The text's words and their keys joined by spaces.
pub struct Keyed<'a> {
    pub text: &'a str,
    pub toks: Vec<TextTok>,
    keys: Vec<u8>,
    /// Nine letters in ten in capitals ([`rules::mostly_capitals`]).
    pub all_caps: bool,
}

/// A word that may continue a capitalised run without being capitalised itself: a connector inside a
/// name (`Bank of China`), a hyphenated continuation (`Jong-un`), or a body's head word the news
/// leaves in lower case (`VTB bank`).
/// The Arabic article in lower case, hyphened to a capitalised name (`al-Shabaab`, `al-Qaeda`): the
/// start of the name.
pub(crate) fn arabic_article(text: &str, start: usize, word: &str) -> bool {
    let mut after = text[start + word.len()..].chars();
    matches!(word, "al" | "el")
        && after.next() == Some('-')
        && after.next().is_some_and(char::is_uppercase)
}

/// The characters of `text` with their offsets, then a space at its end: bytes read as they are where
/// they are ASCII, most of a story, which `char_indices` decodes one by one.
fn chars_then_space(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        let c = match bytes.get(i) {
            None if i == bytes.len() => ' ',
            None => return None,
            Some(&b) if b.is_ascii() => b as char,
            Some(_) => text[i..].chars().next().unwrap_or(' '),
        };
        let at = i;
        i += c.len_utf8().max(1);
        Some((at, c))
    })
}

/// Distinct words a thread remembers the keys of before it starts afresh.
const KEY_MEMO_WORDS: usize = 1 << 16;

thread_local! {
    /// Keys of the capitalised words seen lately: the same few thousand (`The`, `Reuters`, `Moscow`)
    /// open the name runs of every story, and a lookup costs a fraction of [`push_key`].
    static KEY_MEMO: std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, Box<[u8]>>> =
        Default::default();
}

/// [`push_key`] through [`KEY_MEMO`].
fn push_key_memo(word: &str, out: &mut Vec<u8>) {
    KEY_MEMO.with_borrow_mut(|memo| {
        if let Some(k) = memo.get(word) {
            out.extend_from_slice(k);
            return;
        }
        let begin = out.len();
        push_key(word, out);
        if memo.len() >= KEY_MEMO_WORDS {
            memo.clear();
        }
        memo.insert(word.into(), out[begin..].into());
    });
}

fn continues_run(text: &str, start: usize, word: &str) -> bool {
    text[..start].ends_with('-') || rules::is_connector(word) || rules::is_lower_case_head(word)
}

impl<'a> Keyed<'a> {
    /// Every word of `text`, with keys for the words a mention can be made of. In running text
    /// (`all_words` false) a mention is capitalised, so only runs of capitalised words (with the
    /// connectors and hyphenated continuations inside them) get keys, each run ended by a line break
    /// that no name pattern contains: most words of a story are lower case, and the dictionary pass
    /// never looks at them. A text all in capitals is all one run; a typed query (`all_words`) too.
    pub fn new(text: &'a str, all_words: bool) -> Keyed<'a> {
        // About one word in six bytes of English text.
        let mut toks = Vec::with_capacity(text.len() / 6 + 1);
        let mut keys = Vec::with_capacity(if all_words {
            text.len()
        } else {
            text.len() / 4
        });
        let all_caps = rules::mostly_capitals(text);
        let all_words = all_words || all_caps;
        let mut start = None;
        let mut in_run = false;
        for (i, c) in chars_then_space(text) {
            // The same words as [`normalize::word_spans`], inner apostrophes included.
            let inside = if c.is_ascii() {
                c.is_ascii_alphanumeric()
                    || ((c == '\'' || c == '`')
                        && start.is_some()
                        && normalize::inner_apostrophe(text, i, c))
            } else {
                c.is_alphanumeric()
                    || (start.is_some()
                        && (unicode_normalization::char::is_combining_mark(c)
                            || normalize::inner_apostrophe(text, i, c)))
            };
            match (inside, start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    start = None;
                    let word = &text[s..i];
                    let first = word.chars().next().unwrap_or(' ');
                    let capital = first.is_uppercase() || first.is_numeric();
                    let keyed = all_words
                        || capital
                        || (in_run && continues_run(text, s, word))
                        || arabic_article(text, s, word);
                    if !keyed {
                        if in_run {
                            keys.push(b'\n');
                        }
                        in_run = false;
                        toks.push(TextTok {
                            start: s,
                            end: i,
                            kstart: NO_KEY,
                            kend: NO_KEY,
                        });
                        continue;
                    }
                    // Each key is followed by a space, each run starts with one and ends with a
                    // line break: ` a b \n c \n`, so patterns (` a b `) match whole words only.
                    if !in_run {
                        keys.push(b' ');
                    }
                    in_run = true;
                    let kstart = keys.len();
                    push_key_memo(word, &mut keys);
                    let kend = keys.len();
                    keys.push(b' ');
                    toks.push(TextTok {
                        start: s,
                        end: i,
                        kstart,
                        kend,
                    });
                }
                _ => {}
            }
        }
        Keyed {
            text,
            toks,
            keys,
            all_caps,
        }
    }

    pub fn word(&self, i: usize) -> &'a str {
        &self.text[self.toks[i].start..self.toks[i].end]
    }
}

/// Links for one article's body, using its countries and targets as context.
pub fn link_article(article: &Article, lists: &ListIndex) -> Vec<Link> {
    let ctx = Context {
        countries: &article.facets.countries,
        targets: &article.facets.targets,
        year: article.date.as_deref().and_then(year_of),
    };
    let mut links = find_mentions(&article.body, &ctx, lists);
    targets::mark_targets(
        &article.body,
        &mut links,
        !article.facets.sanctioners.is_empty(),
    );
    links
}

/// The year of a date as stores and dumps write it (`2023-03-03`, `26-FEB-1987 15:01`): the first
/// run of exactly four digits that reads as a year.
pub fn year_of(date: &str) -> Option<u16> {
    date.split(|c: char| !c.is_ascii_digit())
        .filter(|run| run.len() == 4)
        .filter_map(|run| run.parse::<u16>().ok())
        .find(|y| (1800..=2199).contains(y))
}

/// Every mention of a listed party in `text`, as links with byte offsets into `text`.
pub fn find_mentions(text: &str, ctx: &Context, lists: &ListIndex) -> Vec<Link> {
    if lists.is_empty() || text.is_empty() {
        return Vec::new();
    }
    let keyed = Keyed::new(text, false);
    let mut cands = candidates(&keyed, lists);
    if cands.is_empty() && !text.contains("IMO") {
        // Most articles name no listed party: nothing more to compute.
        return Vec::new();
    }
    let ev = Evidence::new(&keyed, ctx, Mode::Text);
    let mut scored: Vec<Candidate> = Vec::new();
    // Two rounds: one-word organisations are corroborated by the other entries matched first.
    let mut matched: HashSet<u32> = HashSet::new();
    for round in 0..2 {
        for c in cands.iter_mut() {
            if c.needs_corroboration(lists) != (round == 1) {
                continue;
            }
            if let Some(s) = rules::score(c, &keyed, lists, &ev, &matched) {
                scored.push(s);
            }
        }
        matched.extend(
            scored
                .iter()
                .filter(|c| c.score >= MATCH_THRESHOLD)
                .map(|c| lists.names[c.name as usize].entry),
        );
    }
    scored.extend(imo_mentions(text, lists));
    let kept = resolve(scored, lists);
    kept.into_iter()
        .map(|c| to_link(&c, &keyed, lists))
        .collect()
}

/// Entries a typed name stands for (`--target "Sergey Kozlov"`): the whole name must be one mention
/// that the rules would link, case and context aside.
pub fn entries_for_name(name: &str, lists: &ListIndex) -> Vec<(String, String)> {
    if lists.is_empty() {
        return Vec::new();
    }
    let keyed = Keyed::new(name, true);
    let n = keyed.toks.len();
    let ev = Evidence::new(&keyed, &Context::default(), Mode::Query);
    let matched = HashSet::new();
    let mut out: Vec<(String, String)> = candidates(&keyed, lists)
        .iter_mut()
        .filter(|c| c.first == 0 && c.last + 1 == n)
        .filter_map(|c| rules::score(c, &keyed, lists, &ev, &matched))
        .filter(|c| c.score >= MATCH_THRESHOLD)
        .map(|c| {
            let e = lists.entry(lists.names[c.name as usize].entry);
            (e.list.to_string(), e.id.to_string())
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Dictionary pass: every occurrence of a name pattern that starts and ends on word boundaries.
fn candidates(keyed: &Keyed, lists: &ListIndex) -> Vec<Candidate> {
    let Some(ac) = lists.automaton() else {
        return Vec::new();
    };
    // The keyed words as the automaton reads them: each one's id, and a break for a word no pattern
    // has and between runs; with where each id starts, to find the words a match spans.
    let width = lists.id_width();
    let mut ids: Vec<u8> = Vec::with_capacity(keyed.toks.len() * width);
    let mut at: Vec<(usize, u32)> = Vec::new();
    let mut broken = true;
    for (i, t) in keyed.toks.iter().enumerate() {
        let id = (t.kstart != NO_KEY)
            .then(|| lists.word_id(&keyed.keys[t.kstart..t.kend]))
            .flatten();
        match id {
            Some(id) => {
                at.push((ids.len(), i as u32));
                lists.push_id(id, &mut ids);
                broken = false;
            }
            // One break stands for any number of words.
            None if !broken => {
                ids.push(WORD_BREAK);
                broken = true;
            }
            None => {}
        }
    }
    let word_at = |pos: usize| {
        let k = at.partition_point(|w| w.0 < pos);
        at.get(k).filter(|w| w.0 == pos).map(|w| w.1)
    };
    let mut out = Vec::new();
    for m in ac.find_overlapping_iter(&ids) {
        let (Some(first), Some(last)) = (word_at(m.start()), word_at(m.end() - width)) else {
            continue;
        };
        for &(name, shape) in lists.pattern(m.pattern().as_usize()) {
            out.push(Candidate::new(name, shape, first as usize, last as usize));
        }
    }
    out
}

static IMO_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bIMO(?:\s+(?:No\.?|number|#))?\s*:?\s*(\d{7})\b").expect("IMO pattern")
});

/// `IMO 9161003` in the text links its vessel directly.
fn imo_mentions(text: &str, lists: &ListIndex) -> Vec<Candidate> {
    let mut out = Vec::new();
    if !text.contains("IMO") {
        return out;
    }
    for c in IMO_TEXT.captures_iter(text) {
        let (Some(whole), Some(num)) = (c.get(0), c.get(1)) else {
            continue;
        };
        for &e in lists.imo.get(num.as_str()).into_iter().flatten() {
            out.push(Candidate::imo(
                e,
                lists,
                whole.start(),
                whole.end(),
                num.as_str(),
            ));
        }
    }
    out
}

/// Keep, for each stretch of text, what the longest mention says: a mention inside a longer linked
/// one goes; at one span a `match` silences `possible`s; several different entries matched at one span
/// are all demoted to `possible` (the text cannot tell them apart).
fn resolve(mut cands: Vec<Candidate>, lists: &ListIndex) -> Vec<Candidate> {
    cands.sort_by(|a, b| {
        (a.start, std::cmp::Reverse(a.end))
            .cmp(&(b.start, std::cmp::Reverse(b.end)))
            .then(b.score.total_cmp(&a.score))
    });
    // One candidate per (span, entry): the best name of the entry.
    let entry_of = |c: &Candidate| {
        c.entry
            .unwrap_or_else(|| lists.names[c.name as usize].entry)
    };
    let mut seen = HashSet::new();
    cands.retain(|c| seen.insert((c.start, c.end, entry_of(c))));
    let strong: Vec<(usize, usize)> = cands
        .iter()
        .filter(|c| c.score >= MATCH_THRESHOLD)
        .map(|c| (c.start, c.end))
        .collect();
    cands.retain(|c| {
        !strong.iter().any(|&(s, e)| {
            (s <= c.start && c.end <= e && (s, e) != (c.start, c.end))
                || ((s, e) == (c.start, c.end) && c.score < MATCH_THRESHOLD)
        })
    });
    let mut out: Vec<Candidate> = Vec::with_capacity(cands.len());
    for group in cands.chunk_by(|a, b| (a.start, a.end) == (b.start, b.end)) {
        let entries: HashSet<u32> = group.iter().map(entry_of).collect();
        let strong: Vec<&Candidate> = group
            .iter()
            .filter(|c| c.score >= MATCH_THRESHOLD)
            .collect();
        // Of two people the mention fits, the one it names completely is meant (`Nicolas Maduro` is
        // MADURO MOROS, Nicolas rather than MADURO GUERRA, Nicolas Ernesto).
        let fewest = strong.iter().map(|c| c.missing).min().unwrap_or(0);
        let completest: Vec<u32> = strong
            .iter()
            .filter(|c| c.missing == fewest)
            .map(|c| entry_of(c))
            .collect();
        let (winner, how) = match completest.as_slice() {
            [one] => (Some(*one), "the one the mention names most completely"),
            _ => (
                parent_of(&completest, lists),
                "the one the others are linked to (the news names a parent, not its namesakes)",
            ),
        };
        for c in group {
            let mut c = c.clone();
            if winner == Some(entry_of(&c)) && strong.len() > 1 {
                c.why
                    .push(format!("of {} entries that fit, {how}", entries.len()));
            } else if strong.len() > 1 && entries.len() > 1 && c.score >= MATCH_THRESHOLD {
                c.score = c.score.min(0.7);
                c.why.push(format!(
                    "ambiguous: {} entries fit this mention",
                    entries.len()
                ));
            }
            out.push(c);
        }
    }
    let mut per_entry: std::collections::HashMap<u32, usize> = Default::default();
    out.retain(|c| {
        let n = per_entry.entry(entry_of(c)).or_default();
        *n += 1;
        *n <= MAX_PER_ENTRY
    });
    out
}

/// Of several entries one mention fits, the one every other is `Linked To` (`JOINT STOCK COMPANY
/// SBERBANK` in Ukraine to `SBERBANK OF RUSSIA`): a subsidiary named after its parent is written in
/// full where the news means it, and the short name means the parent.
fn parent_of(entries: &[u32], lists: &ListIndex) -> Option<u32> {
    entries
        .iter()
        .copied()
        .find(|&p| entries.iter().all(|&e| e == p || lists.links_to(e, p)))
}

fn to_link(c: &Candidate, keyed: &Keyed, lists: &ListIndex) -> Link {
    let idx = c
        .entry
        .unwrap_or_else(|| lists.names[c.name as usize].entry);
    let e = lists.entry(idx);
    let score = (c.score * 100.0).round() / 100.0;
    Link {
        list: e.list.to_string(),
        entry_id: e.id.to_string(),
        entry_name: e.name.to_string(),
        mention: keyed.text[c.start..c.end].to_string(),
        start: c.start,
        end: c.end,
        kind: e.kind.as_str().to_string(),
        programs: e.programs.to_vec(),
        score,
        status: if score >= MATCH_THRESHOLD {
            "match"
        } else {
            "possible"
        }
        .to_string(),
        why: c.why.join("; "),
        target: false,
    }
}

/// The lists stored beside an index, prepared for matching; None when there are none. Each list's
/// entries go from its file into the index one at a time.
pub fn load_index(index_dir: &std::path::Path) -> anyhow::Result<Option<ListIndex>> {
    let mut b = ListIndex::builder();
    let mut any = false;
    for name in crate::lists::stored_names(index_dir) {
        let li = b.list(name.clone());
        let stored = crate::lists::read_entries(index_dir, &name, &mut |e| b.entry(li, e))?;
        if let Some(stored) = stored {
            b.rename(li, stored);
            any = true;
        }
    }
    if !any {
        return Ok(None);
    }
    Ok(Some(b.finish()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lists::{Entry, Kind, List};

    fn entry(id: &str, name: &str, kind: Kind) -> Entry {
        Entry {
            programs: vec!["TEST".into()],
            ..Entry::new(id, name, kind)
        }
    }

    fn list_of(entries: Vec<Entry>) -> ListIndex {
        let list = List {
            name: "t".into(),
            format: "csv".into(),
            added: String::new(),
            source: String::new(),
            entries,
        };
        ListIndex::build(vec![list]).unwrap()
    }

    fn lists() -> ListIndex {
        list_of(entries())
    }

    fn entries() -> Vec<Entry> {
        let mut firm = entry("2", "INTELLEKT LLC", Kind::Organization);
        firm.linked = vec!["KOZLOV, Sergey Mikhaylovich".into()];
        let mut lady = entry("4", "LADY R", Kind::Vessel);
        lady.imo = Some("9161003".into());
        let mut bank = entry("9", "ZARVEX TEMIR BANK", Kind::Organization);
        bank.countries = vec!["IR".into()];
        vec![
            entry("1", "KOZLOV, Sergey Mikhaylovich", Kind::Individual),
            firm,
            entry("3", "PAMFILOVA, Ella Aleksandrovna", Kind::Individual),
            lady,
            entry("5", "LADY D", Kind::Vessel),
            entry("6", "LADY RANIA", Kind::Vessel),
            entry("7", "ANGARA", Kind::Vessel),
            entry("8", "LIMITED LIABILITY COMPANY ANGAR", Kind::Organization),
            bank,
            entry("10", "KOZLOV, Aleksandr Aleksandrovich", Kind::Individual),
        ]
    }

    fn found(text: &str) -> Vec<(String, String, String)> {
        let idx = lists();
        find_mentions(text, &Context::default(), &idx)
            .into_iter()
            .map(|l| (l.entry_id, l.mention, l.status))
            .collect()
    }

    fn ids(text: &str, status: &str) -> Vec<String> {
        ids_in(&lists(), &Context::default(), text, status)
    }

    /// The entries linked with `status` in `text`, in order, against `list`.
    fn ids_in(list: &ListIndex, ctx: &Context, text: &str, status: &str) -> Vec<String> {
        find_mentions(text, ctx, list)
            .into_iter()
            .filter(|l| l.status == status)
            .map(|l| l.entry_id)
            .collect()
    }

    #[test]
    fn characters_are_read_as_char_indices_reads_them() {
        for text in [
            "",
            "Plain text.",
            "Сергей Козлов, OOO «Интеллект»",
            "a\u{301}b é",
        ] {
            let want: Vec<(usize, char)> = text
                .char_indices()
                .chain(std::iter::once((text.len(), ' ')))
                .collect();
            assert_eq!(chars_then_space(text).collect::<Vec<_>>(), want, "{text}");
        }
    }

    #[test]
    fn a_body_of_one_letter_or_few_consonants_is_not_looked_for_in_initials() {
        let idx = list_of(vec![
            entry("1", "K A.S.", Kind::Organization),
            entry("2", "SIAISI LLC", Kind::Organization),
            entry("3", "CCC COMPANY", Kind::Organization),
        ]);
        let text = "Mr K, of the firm C in the U.S, met the company Q.";
        for status in ["match", "possible"] {
            assert!(ids_in(&idx, &Context::default(), text, status).is_empty());
        }
        // The names themselves are still found.
        let named = "The firm Siaisi LLC and CCC Company were designated.";
        let mut found = ids_in(&idx, &Context::default(), named, "possible");
        found.extend(ids_in(&idx, &Context::default(), named, "match"));
        found.sort();
        assert_eq!(found, ["2", "3"]);
    }

    #[test]
    fn a_person_needs_family_and_given_name() {
        assert_eq!(
            ids("Officials named Sergei Kozlov as the broker.", "match"),
            ["1"]
        );
        // Family name first: a match where the text marks it (capitals, a comma), else possible.
        assert_eq!(
            ids("The broker, KOZLOV Sergey, declined to comment.", "match"),
            ["1"]
        );
        assert_eq!(
            ids("The broker, Kozlov, Sergey, declined to comment.", "match"),
            ["1"]
        );
        assert_eq!(
            ids(
                "The broker, Kozlov Sergey, declined to comment.",
                "possible"
            ),
            ["1"]
        );
        assert_eq!(
            ids("Сергей Козлов отказался от комментариев.", "match"),
            ["1"]
        );
        // A surname alone, a different given name, a gendered ending: no link.
        assert!(found("Kozlov declined to comment.").is_empty());
        assert!(found("Ilya Kozlov declined to comment.").is_empty());
        assert!(found("Anna Kozlova declined to comment.").is_empty());
        assert!(found("Alexander Pamfilov declined to comment.").is_empty());
        // Lower case is not a name.
        assert!(found("a sergei kozlov of sorts").is_empty());
    }

    #[test]
    fn an_initial_is_only_possible() {
        assert_eq!(ids("A. Kozlov signed the deal.", "possible"), ["10"]);
        assert!(ids("A. Kozlov signed the deal.", "match").is_empty());
    }

    #[test]
    fn a_one_word_company_needs_a_cue_and_corroboration() {
        let both = "The firm Intellect hired Sergei Kozlov.";
        assert_eq!(ids(both, "match"), ["2", "1"]);
        // A cue without corroboration, or nothing at all: at most possible.
        assert_eq!(
            ids("The firm Intellect hired engineers.", "possible"),
            ["2"]
        );
        assert!(ids("Intellect hired engineers.", "match").is_empty());
        // A legal form beside the name is a cue too.
        assert_eq!(
            ids("Intellekt LLC hired Sergei Kozlov.", "match"),
            ["2", "1"]
        );
    }

    #[test]
    fn a_name_of_several_words_links_without_cues() {
        assert_eq!(ids("Zarvex Temir Bank moved the funds.", "match"), ["9"]);
        assert!(found("a zarvex temir for banks").is_empty());
    }

    #[test]
    fn names_of_common_words_need_more() {
        let mut ship = entry("20", "HAWK", Kind::Vessel);
        ship.countries = vec!["IR".into()];
        let firm = entry("21", "STATE PLANNING COMMISSION", Kind::Organization);
        let list = list_of(entries().into_iter().chain([ship, firm]).collect());
        let ids = |text: &str, status: &str| ids_in(&list, &Context::default(), text, status);
        // A ship of one common word: the ship word right before it, not a cargo hold after it.
        assert_eq!(ids("The tanker Hawk left the port.", "match"), ["20"]);
        assert!(ids("Hawk interior and cargo space.", "match").is_empty());
        assert!(ids("The carrier Kitty Hawk sailed.", "match").is_empty());
        // A body named by common words only: not without its country or a sanctions story.
        assert!(ids("The State Planning Commission met.", "match").is_empty());
    }

    #[test]
    fn news_forms_of_names_link_too() {
        let mut unit = entry(
            "30",
            "NORTHERN ROCKET TROOPS (NRT)-KORVATH SIGNAL BRIGADE",
            Kind::Organization,
        );
        unit.aliases = crate::lists::derived_org_aliases(&unit.name, &[]);
        let mut bank = entry("31", "BANK ZOLTAVIA", Kind::Organization);
        bank.aliases = crate::lists::derived_org_aliases(&bank.name, &[]);
        bank.countries = vec!["RU".into()];
        let mut ship = entry("32", "GOLDEN MARLIN", Kind::Vessel);
        ship.countries = vec!["IR".into()];
        let person = entry("33", "TREVANI, Marko", Kind::Individual);
        let list = list_of(
            entries()
                .into_iter()
                .chain([unit, bank, ship, person])
                .collect(),
        );
        let russia = ["RU".to_string()];
        let ctx = Context {
            countries: &russia,
            ..Context::default()
        };
        let ids = |text: &str| ids_in(&list, &ctx, text, "match");
        // A unit without its parent's name, a bank word on the other side and in lower case.
        assert_eq!(
            ids("Officers of the Korvath Signal Brigade were named."),
            ["30"]
        );
        assert_eq!(
            ids("Russia's Zoltavia bank was cut off by sanctions."),
            ["31"]
        );
        // A flag says ship: `the Panama-flagged Golden Marlin`.
        assert_eq!(
            ids("Guards boarded the Panama-flagged Golden Marlin."),
            ["32"]
        );
        assert!(ids("Chefs grilled a golden marlin.").is_empty());
        // An office's last word before a person's name is not a first name.
        assert_eq!(
            ids("The Minister of Information Marko Trevani spoke."),
            ["33"]
        );
        assert!(ids("The actor Sandro Marko Trevani spoke.").is_empty());
    }

    #[test]
    fn names_match_whole_words_whatever_their_word_ids() {
        // Enough different words before the bank's that its words' ids use every byte of their
        // encoding.
        let mut many: Vec<Entry> = (0..20_000)
            .map(|i| {
                let name = format!("Qorvan{i} Dreston Trading");
                entry(&format!("F{i}"), &name, Kind::Organization)
            })
            .collect();
        many.extend(entries());
        let list = list_of(many);
        let ids = |text: &str| ids_in(&list, &Context::default(), text, "match");
        assert_eq!(ids("Zarvex Temir Bank moved the funds."), ["9"]);
        assert_eq!(ids("Qorvan17 Dreston Trading moved the funds."), ["F17"]);
        // A word between, listed or not, ends the name.
        assert!(ids("Zarvex Qorvan17 Temir Bank moved the funds.").is_empty());
        assert!(ids("Zarvex Mulberry Temir Bank moved the funds.").is_empty());
    }

    #[test]
    fn vessels_need_the_exact_name_and_a_ship_cue() {
        assert_eq!(ids("The ship Lady R docked at the port.", "match"), ["4"]);
        assert_eq!(ids("The cargo ship Angara sailed on.", "match"), ["7"]);
        // No cue: possible; a different letter or a longer name: another ship, not this one.
        assert_eq!(ids("Lady R was seen at the port.", "possible"), ["4"]);
        assert_eq!(ids("The ship Lady Rania docked.", "match"), ["6"]);
        assert!(!ids("The ship Lady Rania docked.", "possible").contains(&"4".to_string()));
        assert!(!found("The tanker Angara-2 docked.")
            .iter()
            .any(|l| l.0 == "7"));
        // The IMO number alone links the ship.
        assert_eq!(ids("A tanker, IMO 9161003, was seized.", "match"), ["4"]);
    }

    #[test]
    fn typed_names_resolve_to_entries() {
        let idx = lists();
        assert_eq!(
            entries_for_name("sergey kozlov", &idx),
            [("t".to_string(), "1".to_string())]
        );
        assert_eq!(
            entries_for_name("Intellect", &idx),
            [("t".to_string(), "2".to_string())]
        );
        assert!(entries_for_name("Kozlov", &idx).is_empty());
    }

    #[test]
    fn every_link_says_why_and_points_into_the_text() {
        let text = "The firm Intellect hired Sergei Kozlov.";
        let idx = lists();
        for l in find_mentions(text, &Context::default(), &idx) {
            assert_eq!(&text[l.start..l.end], l.mention);
            assert!(!l.why.is_empty());
        }
    }

    /// Links of `text` against `entries`, with the countries the facet stage would give and a year.
    fn linked(
        entries: Vec<Entry>,
        text: &str,
        countries: &[&str],
        year: Option<u16>,
    ) -> Vec<(String, String)> {
        let idx = ListIndex::build(vec![List {
            name: "t".into(),
            format: "csv".into(),
            added: String::new(),
            source: String::new(),
            entries,
        }])
        .unwrap();
        let countries: Vec<String> = countries.iter().map(|c| c.to_string()).collect();
        let ctx = Context {
            countries: &countries,
            targets: &[],
            year,
        };
        find_mentions(text, &ctx, &idx)
            .into_iter()
            .map(|l| (l.entry_id, l.status))
            .collect()
    }

    fn with(mut e: Entry, f: impl FnOnce(&mut Entry)) -> Entry {
        f(&mut e);
        e
    }

    #[test]
    fn a_person_too_young_for_the_story_is_a_namesake() {
        let heir = || {
            with(entry("1", "VORNAK, Tadeusz", Kind::Individual), |e| {
                e.born = Some(2001)
            })
        };
        let text = "President Tadeusz Vornak opened the session.";
        assert!(linked(vec![heir()], text, &[], Some(1988)).is_empty());
        assert_eq!(
            linked(vec![heir()], text, &[], Some(2024)),
            [("1".into(), "match".into())]
        );
        assert_eq!(
            linked(vec![heir()], text, &[], None),
            [("1".into(), "match".into())]
        );
    }

    #[test]
    fn a_shortened_name_in_a_story_of_other_countries_is_only_possible() {
        let official = || {
            with(
                entry("1", "DRAVKO, Milos Petrovich", Kind::Individual),
                |e| e.countries = vec!["RS".into()],
            )
        };
        let sport = "Milos Dravko scored twice for Toronto in the win over Boston.";
        assert_eq!(
            linked(vec![official()], sport, &["CA", "US"], None),
            [("1".into(), "possible".into())]
        );
        let news = "Milos Dravko was among those the Treasury sanctioned.";
        assert_eq!(
            linked(vec![official()], news, &["US"], None),
            [("1".into(), "match".into())]
        );
        // The full name stands anywhere.
        let full = "Milos Petrovich Dravko scored twice for Toronto.";
        assert_eq!(
            linked(vec![official()], full, &["CA"], None),
            [("1".into(), "match".into())]
        );
    }

    #[test]
    fn of_two_people_a_mention_fits_the_one_it_names_completely() {
        let father = entry("1", "VELLAMO QUIROS, Anselmo", Kind::Individual);
        let son = entry("2", "VELLAMO QUIROS, Anselmo Ruben", Kind::Individual);
        let got = linked(
            vec![father, son],
            "Anselmo Vellamo Quiros spoke on Monday.",
            &[],
            None,
        );
        assert_eq!(
            got,
            [
                ("1".into(), "match".into()),
                ("2".into(), "possible".into())
            ]
        );
    }

    #[test]
    fn a_one_word_group_is_corroborated_by_its_program_subject() {
        let group = || {
            with(entry("1", "KHOROVAN", Kind::Organization), |e| {
                e.programs = vec!["SDGT".into()]
            })
        };
        let text = "Khorovan claimed the attack, and militants fired on the convoy.";
        assert_eq!(
            linked(vec![group()], text, &[], None),
            [("1".into(), "match".into())]
        );
        let quiet = "Khorovan held a rally on Sunday.";
        assert!(linked(vec![group()], quiet, &[], None)
            .iter()
            .all(|(_, s)| s != "match"));
    }

    #[test]
    fn a_rare_one_word_company_links_in_sanctions_news_of_its_country_but_an_english_word_does_not()
    {
        let rare = with(
            entry("1", "JOINT STOCK COMPANY TRAVNEFTEKS", Kind::Organization),
            |e| e.countries = vec!["RU".into()],
        );
        let word = with(
            entry(
                "2",
                "LIMITED LIABILITY COMPANY MERIDIAN",
                Kind::Organization,
            ),
            |e| e.countries = vec!["RU".into()],
        );
        let text = "Washington sanctioned Travnefteks on Friday; Meridian shares fell in Moscow.";
        let got = linked(vec![rare, word], text, &["RU", "US"], None);
        assert!(got.contains(&("1".into(), "match".into())), "{got:?}");
        assert!(!got.contains(&("2".into(), "match".into())), "{got:?}");
    }

    #[test]
    fn an_acronym_links_only_where_the_name_is_spelled_out() {
        let fund = || {
            with(
                entry("1", "KALDOR VESTA INVESTMENT FUND", Kind::Organization),
                |e| {
                    e.aliases = vec!["KVIF".into()];
                    e.countries = vec!["RU".into()];
                },
            )
        };
        let alone = "The fund KVIF was sanctioned, Moscow said.";
        assert!(linked(vec![fund()], alone, &["RU"], None)
            .iter()
            .all(|(_, s)| s != "match"));
        let spelled = "Kaldor Vesta Investment Fund, or KVIF, was sanctioned, Moscow said.";
        assert!(linked(vec![fund()], spelled, &["RU"], None)
            .iter()
            .all(|(_, s)| s == "match"));
        // An acronym common in English text names the well-known body, in a story about sanctions.
        let gru = || {
            with(
                entry("2", "MAIN INTELLIGENCE DIRECTORATE", Kind::Organization),
                |e| {
                    e.aliases = vec!["GRU".into()];
                    e.countries = vec!["RU".into()];
                },
            )
        };
        let news = "Washington sanctioned the GRU on Friday, Moscow said.";
        assert_eq!(
            linked(vec![gru()], news, &["RU", "US"], None),
            [("2".into(), "match".into())]
        );
        let museum = "The GRU museum in Moscow opened a new hall.";
        assert!(linked(vec![gru()], museum, &["RU"], None)
            .iter()
            .all(|(_, s)| s != "match"));
    }

    #[test]
    fn a_company_word_in_the_name_is_a_cue_not_a_distinctive_word() {
        let firm = || {
            with(entry("1", "AVAREX GROUP LLC", Kind::Organization), |e| {
                e.countries = vec!["RU".into()]
            })
        };
        let elsewhere = "Shoemaker Brenna bought Avarex Group for 90 million dollars.";
        assert_eq!(
            linked(vec![firm()], elsewhere, &["US"], None),
            [("1".into(), "possible".into())]
        );
        let here = "Moscow said Avarex Group would keep trading.";
        assert_eq!(
            linked(vec![firm()], here, &["RU"], None),
            [("1".into(), "match".into())]
        );
        let wagner = with(
            entry("2", "PRIVATE SECURITY FIRM NORTHWIND", Kind::Organization),
            |e| {
                e.aliases = vec!["NORTHWIND".into()];
                e.countries = vec!["RU".into()];
            },
        );
        let text = "Fighters of the Northwind Group left Moscow.";
        assert_eq!(
            linked(vec![wagner], text, &["RU"], None),
            [("2".into(), "match".into())]
        );
    }

    #[test]
    fn a_common_word_tied_only_by_country_needs_its_cue_right_at_it() {
        let firm = || {
            with(
                entry(
                    "1",
                    "LIMITED LIABILITY COMPANY MERIDIAN",
                    Kind::Organization,
                ),
                |e| e.countries = vec!["RU".into()],
            )
        };
        let far = "Moscow said one business client of Meridian left.";
        assert_eq!(
            linked(vec![firm()], far, &["RU"], None),
            [("1".into(), "possible".into())]
        );
        let named = "Moscow said the Meridian Group left.";
        assert_eq!(
            linked(vec![firm()], named, &["RU"], None),
            [("1".into(), "match".into())]
        );
        let other = "Moscow said Meridian Holdings left.";
        assert!(linked(vec![firm()], other, &["RU"], None)
            .iter()
            .all(|(_, s)| s != "match"));
    }

    #[test]
    fn a_name_a_subsidiary_shares_with_its_parent_means_the_parent() {
        let parent = with(
            entry(
                "1",
                "PUBLIC JOINT STOCK COMPANY ORVANTISBANK OF RUSSIA",
                Kind::Organization,
            ),
            |e| {
                e.aliases = crate::lists::derived_org_aliases(&e.name, &[]);
                e.countries = vec!["RU".into()];
            },
        );
        let daughter = |linked: bool| {
            with(
                entry("2", "JOINT STOCK COMPANY ORVANTISBANK", Kind::Organization),
                |e| {
                    e.countries = vec!["RU".into(), "UA".into()];
                    if linked {
                        e.linked = vec![parent.name.clone()];
                    }
                },
            )
        };
        let text = "Moscow said the bank Orvantisbank would keep paying.";
        let mut got = linked(vec![parent.clone(), daughter(true)], text, &["RU"], None);
        got.sort();
        assert_eq!(
            got,
            [
                ("1".into(), "match".into()),
                ("2".into(), "possible".into())
            ]
        );
        // Of two bodies of one name, the one the text writes in full, legal forms and all.
        let oil = |id: &str, name: &str| {
            with(entry(id, name, Kind::Organization), |e| {
                e.countries = vec!["IR".into()]
            })
        };
        let both = || {
            vec![
                oil("3", "KORVAN NATIONAL OIL COMPANY"),
                oil("4", "KORVAN NATIONAL OIL COMPANY PTE LTD"),
            ]
        };
        let mut got = linked(
            both(),
            "Tehran said Korvan National Oil Company sold crude.",
            &["IR"],
            None,
        );
        got.sort();
        assert_eq!(
            got,
            [
                ("3".into(), "match".into()),
                ("4".into(), "possible".into())
            ]
        );
        let mut got = linked(
            both(),
            "Tehran said Korvan National Oil Company Pte Ltd sold crude.",
            &["IR"],
            None,
        );
        got.sort();
        assert_eq!(
            got,
            [
                ("3".into(), "possible".into()),
                ("4".into(), "match".into())
            ]
        );
        // Two namesakes that are not linked stay ambiguous.
        let got = linked(vec![parent.clone(), daughter(false)], text, &["RU"], None);
        assert!(got.iter().all(|(_, s)| s == "possible"), "{got:?}");
    }

    #[test]
    fn a_word_inside_a_body_s_name_may_be_plural_but_its_last_word_may_not() {
        let corps = || {
            with(
                entry(
                    "1",
                    "KORVATHI REVOLUTIONARY GUARD CORPS",
                    Kind::Organization,
                ),
                |e| e.countries = vec!["IR".into()],
            )
        };
        let text = "Tehran said the Korvathi Revolutionary Guards Corps bought drones.";
        assert_eq!(
            linked(vec![corps()], text, &["IR"], None),
            [("1".into(), "match".into())]
        );
        let republic = || {
            with(
                entry("2", "ZELVANIAN DISTRICT REPUBLIC", Kind::Organization),
                |e| e.countries = vec!["UA".into()],
            )
        };
        let one = "Kyiv said the Zelvanian District Republic held votes.";
        assert_eq!(
            linked(vec![republic()], one, &["UA"], None),
            [("2".into(), "match".into())]
        );
        let text = "Kyiv said the Zelvanian District Republics held votes.";
        assert!(linked(vec![republic()], text, &["UA"], None)
            .iter()
            .all(|(_, s)| s != "match"));
    }

    #[test]
    fn banks_link_by_the_names_the_news_gives_them() {
        let org = |id: &str, name: &str, country: &str| {
            with(entry(id, name, Kind::Organization), |e| {
                e.aliases = crate::lists::derived_org_aliases(&e.name, &[]);
                e.countries = vec![country.into()];
            })
        };
        let nordvik = || {
            org(
                "1",
                "PUBLIC JOINT STOCK COMPANY BANK FINANCIAL CORPORATION NORDVIK",
                "RU",
            )
        };
        let text = "Moscow said Nordvik Bank and two insurers were cut off.";
        assert_eq!(
            linked(vec![nordvik()], text, &["RU"], None),
            [("1".into(), "match".into())]
        );
        let central = || org("2", "BANK MARKAZI JOMHOURI ISLAMI IRAN", "IR");
        let text = "Washington sanctioned the Central Bank of Iran on Friday.";
        assert_eq!(
            linked(vec![central()], text, &["IR", "US"], None),
            [("2".into(), "match".into())]
        );
        // A short name with its company word, in any case; a state corporation by its own name.
        let alfa = org("5", "JOINT STOCK COMPANY ZUBR-BANK", "RU");
        let text = "Moscow said Zubr-Bank and Zubr Bank were cut off.";
        assert_eq!(
            linked(vec![alfa], text, &["RU"], None),
            [("5".into(), "match".into()), ("5".into(), "match".into())]
        );
        let rostec = org("6", "STATE CORPORATION NORDTEC", "RU");
        let text = "Washington sanctioned the conglomerate Nordtec, Moscow said.";
        assert_eq!(
            linked(vec![rostec], text, &["RU", "US"], None),
            [("6".into(), "match".into())]
        );
        // Iran's revolutionary bodies without the word Islamic.
        let corps = with(
            entry("4", "ISLAMIC REVOLUTIONARY NORD CORPS", Kind::Organization),
            |e| {
                e.aliases = crate::lists::derived_org_aliases(&e.name, &[]);
                e.countries = vec!["IR".into()];
            },
        );
        let text = "Tehran said Iran's Revolutionary Nord Corps seized a tanker.";
        assert_eq!(
            linked(vec![corps], text, &["IR"], None),
            [("4".into(), "match".into())]
        );
        // The country first, and the name of the man who heads the bank right after it.
        let text =
            "Washington named the governor of Iran's Central Bank Darius Nourvand, a banker.";
        assert_eq!(
            linked(vec![central()], text, &["IR", "US"], None),
            [("2".into(), "match".into())]
        );
        // A title-case headline: a word for the members of a body ends its name.
        let group = || {
            with(entry("3", "KHOROVAN FRONT", Kind::Organization), |e| {
                e.programs = vec!["SDGT".into()]
            })
        };
        let text = "Treasury Sanctions Leaders of Khorovan Front Militants\n\nThe terrorist group was named.";
        assert_eq!(
            linked(vec![group()], text, &[], None),
            [("3".into(), "match".into())]
        );
    }

    #[test]
    fn a_person_by_the_first_of_family_names_with_particles_or_without_a_title() {
        let person = |id: &str, name: &str| {
            with(entry(id, name, Kind::Individual), |e| {
                e.aliases = crate::lists::derive::aliases_for(Kind::Individual, &e.name, &[]);
                e.countries = vec!["VE".into()];
            })
        };
        let text = "Caracas said Tadeo El Vornak and Rosalia Velmiro met Aymar al-Korvazi.";
        let got = linked(
            vec![
                person("1", "EL VORNAK MADDARI, Tadeo Zain"),
                person("2", "VELMIRO DE ORTANA, Rosalia Maria"),
                person("3", "AL KORVAZI, Dr. Aymar"),
            ],
            text,
            &["VE"],
            None,
        );
        assert_eq!(
            got,
            [
                ("1".into(), "match".into()),
                ("2".into(), "match".into()),
                ("3".into(), "match".into())
            ]
        );
    }

    #[test]
    fn a_name_may_open_with_the_arabic_article_in_lower_case() {
        let group = || {
            with(entry("1", "AL-ZARQAWIYA", Kind::Organization), |e| {
                e.programs = vec!["SDGT".into()]
            })
        };
        let text = "Fighters of al-Zarqawiya, a terrorist group, attacked the base.";
        assert_eq!(
            linked(vec![group()], text, &[], None),
            [("1".into(), "match".into())]
        );
        // Lower case without the hyphen is a word of the sentence.
        assert!(linked(vec![group()], "al zarqawiya", &[], None).is_empty());
    }

    #[test]
    fn a_company_word_first_leaves_the_next_word_to_name_the_body() {
        let bank = || {
            with(entry("1", "BANK ZORVANI", Kind::Organization), |e| {
                e.countries = vec!["IR".into()]
            })
        };
        let text = "The Treasury sanctioned Bank Zorvani, Tehran said.";
        assert_eq!(
            linked(vec![bank()], text, &["IR", "US"], None),
            [("1".into(), "match".into())]
        );
    }
}
