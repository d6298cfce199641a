//! Who sanctions whom, read from the structure of each sentence around a sanctions word.
//!
//! For every sentence holding a trigger (`sanction(s/ed)`, `embargo`, `blacklist`, `tariffs`, `asset freeze`,
//! `export controls`, `boycott`, ...):
//! - a trigger used as approval (`U.N.-sanctioned project`, `sanctioned a base rate reduction`) or cited as a
//!   standing regime (`in breach of UN resolutions`, `the sanctions regime`, `sanctions prohibit`) is skipped;
//! - sanctioners: a country or bloc written right before the trigger (`the European Union's arms embargo`,
//!   `U.S. sanctions`), the agent after `by`, or the clause subject before the trigger (`Japan also announced
//!   sanctions`), unless the words in between show it is not the imposer (`want`, `oppose`, `urge`, `veto`);
//! - targets: the phrase after `against` / `on` / `targeting` / `applied to` up to the next clause break
//!   (`over`, `for`, `because`, `which`, a semicolon), and the subject of a passive (`... were sanctioned`,
//!   `were included in the sanctions list`) or the inverted `subject to restrictions were ...`;
//! - a premodifier that is elsewhere an explicit target (`Japanese tariffs`, `S. African sanctions`) is a target.

use super::countries::{self, Kind, Mention};
use super::{slot_names, targets};
use crate::article::Target;
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

#[derive(Debug, Default)]
pub struct Roles {
    pub sanctioners: Vec<String>,
    pub target_countries: Vec<String>,
    pub target_types: Vec<String>,
    pub targets: Vec<Target>,
}

/// One sanctions action as read (`extract --explain`): its trigger, who acts, whom it targets, and the
/// sentence it was read from. Adjectival premodifiers (`Japanese tariffs`) are settled per story, after
/// the events, so they show here as `premodifiers`.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Event {
    pub trigger: String,
    pub agents: Vec<String>,
    pub premodifiers: Vec<String>,
    pub target_countries: Vec<String>,
    pub targets: Vec<String>,
    /// Why the trigger gives no event (`lifting or easing`), when a cancel context says so.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cancelled: Option<&'static str>,
    pub sentence: String,
}

static TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(
        r"(?i)\b(sanction(?:s|ed|ing)?|embargo(?:es|ed)?|blacklist(?:s|ed|ing)?|designat(?:e|es|ed|ing|ions?)|asset freezes?|froze|(?:freez(?:e|es|ing)|frozen)(?: [a-z]+){0,2} assets|counter-?measures|counter-?sanctions|ban(?:n(?:ed|ing)|s)? (?:the |all )?(?:[a-z]+ )?(?:imports?|exports?|entry|sales?)|(?:restrict|den(?:y|ies|ied)|refus)\w* entry|stop[- ]list|(?:added|adds|add|adding) to (?:the|its|their|a|an) (?:(?:sanctions?|entity|restricted|trade|sdn|consolidated|terror(?:ist)?|designation|export|control|black) ){0,2}list|tariffs?|(?:import|punitive|retaliatory|penalty) duties|export controls?|(?:import|export|arms|air|trade|travel|entry|visa) (?:bans?|curbs|restrictions|quotas|boycott)|trade (?:curbs|retaliation|reprisals)|retaliat(?:ion|ory|e)|reprisals?|boycott(?:s|ed|ing)?|blockade|entity list|restrictions|restrictive measures|barred|cut(?:s|ting)? off from the (?:[A-Za-z.]+ )?financial system|(?:implements?|enforces?|adopted|tighten(?:ed|s)?) (?:the )?(?:u\.?n\.? )?(?:security council )?resolutions|listed)\b",
    )
    .expect("trigger pattern compiles")
});

/// The trigger in a sense that is no sanction: approval (`U.N.-sanctioned`, `sanctioned a base rate
/// reduction`) or another meaning of `designate` (`has been designated the "B" tranche`).
fn is_other_sense(sentence: &str, start: usize, end: usize) -> bool {
    let t = TriggerAt {
        sentence,
        end,
        word: sentence[start..end].to_ascii_lowercase(),
        before: &sentence[..start],
        after: sentence[end..].trim_start(),
    };
    // Each check decides (Some) or passes (None); the first that decides wins, in this order.
    OTHER_SENSE_CHECKS
        .iter()
        .find_map(|check| check(&t))
        .unwrap_or(false)
}

/// A trigger word in its sentence, as the sense checks read it.
struct TriggerAt<'a> {
    sentence: &'a str,
    end: usize,
    /// The trigger, lower case.
    word: String,
    before: &'a str,
    /// After the trigger, leading space trimmed.
    after: &'a str,
}

const OTHER_SENSE_CHECKS: &[fn(&TriggerAt) -> Option<bool>] = &[
    referred_back,
    approving,
    sanctioned_sense,
    trade_treaty,
    trade_policy_duties,
    easing,
    described_by_designation,
    designate_sense,
    list_of_no_measure,
    listed_sense,
];

/// Words after `sanctioning`/`sanctioned` that still leave room for a target (`sanctioned the`,
/// `sanctioned two`): only another lower-case word there is approval.
const NOT_APPROVAL_OBJECTS: &[&str] = &[
    "a", "an", "the", "by", "for", "over", "in", "under", "on", "against", "after", "last", "this",
    "earlier", "as", "at", "and", "or", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "dozens", "several", "more", "some", "its", "their", "his", "her", "those",
    "these", "entities",
];

/// `the assets of those blacklisted`, `those sanctioned today`: the parties of an action already
/// read, referred back to.
fn referred_back(t: &TriggerAt) -> Option<bool> {
    let prev = t.before.split_whitespace().next_back().unwrap_or("");
    (t.word.ends_with("ed") && prev.eq_ignore_ascii_case("those")).then_some(true)
}

/// `a resolution sanctioning military action`: approving a lower-case thing that is no target.
fn approving(t: &TriggerAt) -> Option<bool> {
    if t.word != "sanctioning" && t.word != "sanctioned" {
        return None;
    }
    let mut w = t
        .after
        .split_whitespace()
        .map(|x| x.trim_matches(|c: char| !c.is_alphanumeric()));
    let first = w.next().unwrap_or("");
    let approves = first.starts_with(|c: char| c.is_ascii_lowercase())
        && !NOT_APPROVAL_OBJECTS.contains(&first)
        && !std::iter::once(first)
            .chain(w.take(2))
            .any(|x| targets::type_of_noun(x).is_some());
    approves.then_some(true)
}

/// `U.N.-sanctioned project` and `sanctioned a|an|the <thing>` that is no target type: approval.
/// `newly-sanctioned` is the time of a designation; a count (`a further 11 of ...`), a capitalised
/// name (`the Bank of X`) or a party described by its place or flag (`the Comoros-flagged Nordic
/// Wren`) after it makes it a designation.
fn sanctioned_sense(t: &TriggerAt) -> Option<bool> {
    if !t.word.starts_with("sanctioned") {
        return None;
    }
    let before = t.before;
    let adverb = ["newly-", "recently-", "previously-", "already-"]
        .iter()
        .any(|a| before.to_ascii_lowercase().ends_with(a));
    if !adverb
        && (before.ends_with('-') || before.ends_with(|c: char| c.is_alphanumeric() || c == '.'))
    {
        return Some(true);
    }
    if described_as_listed(before) {
        return Some(true);
    }
    let mut w = t.after.split_whitespace();
    if !matches!(w.next(), Some("a" | "an" | "the")) {
        return None;
    }
    let rest: Vec<&str> = w
        .take(3)
        .map(|x| x.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    Some(!rest.iter().any(|x| {
        targets::type_of_noun(x).is_some()
            || targets::place_prefix(x)
            || x.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase())
            || COUNTS.contains(&x.to_ascii_lowercase().as_str())
    }))
}

/// `the General Agreement on Tariffs and Trade`: the trade treaty's name, no measure.
fn trade_treaty(t: &TriggerAt) -> Option<bool> {
    (t.word.starts_with("tariff")
        && t.before
            .trim_end()
            .to_ascii_lowercase()
            .ends_with("agreement on")
        && t.after.to_ascii_lowercase().starts_with("and trade"))
    .then_some(true)
}

/// `import duties` are a measure only where the sentence says they punish (`in retaliation`,
/// `alleging a breach`); otherwise they are trade policy.
fn trade_policy_duties(t: &TriggerAt) -> Option<bool> {
    (t.word.ends_with("duties") && !PUNITIVE.is_match(t.sentence)).then_some(true)
}

/// `sanctions relief`, `sanctions waivers`: an easing granted to the subject, who is no imposer.
fn easing(t: &TriggerAt) -> Option<bool> {
    let next = t
        .after
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    (next.starts_with("relief") || next.starts_with("waiver") || next.starts_with("exemption"))
        .then_some(true)
}

/// `U.S.-designated China Concord Petroleum`, `OFAC-blacklisted`: a party already listed, described.
fn described_by_designation(t: &TriggerAt) -> Option<bool> {
    ((t.word.starts_with("designat") || t.word.starts_with("blacklist")) && t.before.ends_with('-'))
        .then_some(true)
}

/// `designate` decides here either way: an earlier listing described, or the sanctions sense
/// ([`designation_sense`], `pursuant to`, counted targets, an imposing verb just before).
fn designate_sense(t: &TriggerAt) -> Option<bool> {
    if !t.word.starts_with("designat") {
        return None;
    }
    if described_as_listed(t.before) {
        return Some(true);
    }
    let l = t.sentence.to_ascii_lowercase();
    Some(
        !(designation_sense(t.sentence, t.end)
            || l.contains("pursuant to")
            || counted_targets(t.after)
            || t.before
                .split_whitespace()
                .rev()
                .take(3)
                .any(|w| IMPOSE_VERBS.contains(&w.to_ascii_lowercase().as_str()))),
    )
}

/// `added to the list of speakers`: a list that names no measure.
fn list_of_no_measure(t: &TriggerAt) -> Option<bool> {
    (t.word.starts_with("add") && t.after.to_ascii_lowercase().starts_with("of ")).then_some(true)
}

/// `listed three vessels`, not `listed on the exchange` or `listed companies`.
fn listed_sense(t: &TriggerAt) -> Option<bool> {
    (t.word == "listed").then(|| !counted_targets(t.after))
}

/// Words that count the parties a designation names (`three`, `12`, `several`).
const COUNTS: &[&str] = &[
    "a",
    "an",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "dozens",
    "several",
    "more",
    "further",
    "additional",
    "another",
    "some",
];

/// The text after a designating verb counts its objects and names their kind (`three Iranian
/// entities`, `12 more vessels`): the verb designates parties, not a tranche or a venue.
fn counted_targets(after: &str) -> bool {
    let raw: Vec<&str> = after.split_whitespace().take(6).collect();
    let word = |w: &&str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let first = raw
        .first()
        .map(word)
        .unwrap_or_default()
        .to_ascii_lowercase();
    let counted = !first.is_empty()
        && (first.chars().all(|c| c.is_ascii_digit()) || COUNTS.contains(&first.as_str()));
    // The kind heads its phrase: `two national parks` counts parks, `three Chinese nationals` people.
    counted && (1..raw.len().min(5)).any(|i| kind_heads(&raw, i, &[]))
}

/// Whether `raw[i]` is a kind of party (not `state`) that heads its phrase: the phrase ends there, or
/// the next word is capitalised, a word that may follow a head ([`FOLLOWS_HEAD`]) or one of `also`.
fn kind_heads(raw: &[&str], i: usize, also: &[&str]) -> bool {
    let word = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let heads = raw[i].ends_with([',', ';', ':', '.'])
        || raw.get(i + 1).map(|n| word(n)).is_none_or(|n| {
            !n.starts_with(|c: char| c.is_ascii_lowercase())
                || FOLLOWS_HEAD.contains(&n.as_str())
                || also.contains(&n.as_str())
        });
    heads && targets::type_of_noun(&word(raw[i])).is_some_and(|k| k != "state")
}

/// Lower-case words that may follow the head noun of a counted phrase (`three firms in Turkey`).
const FOLLOWS_HEAD: &[&str] = &[
    "of",
    "in",
    "and",
    "or",
    "for",
    "from",
    "to",
    "with",
    "on",
    "at",
    "as",
    "under",
    "over",
    "that",
    "who",
    "which",
    "linked",
    "based",
    "owned",
    "tied",
    "involved",
    "accused",
    "including",
];

/// Words that make duties on imports a punishment.
static PUNITIVE: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:retaliat\w*|punitive|punish\w*|penal\w*|alleg\w*|violat\w*|sanctions?|reprisals?)\b")
        .expect("pattern compiles")
});

/// `the already sanctioned Vostra group`, `a previously designated firm`: the participle describes a
/// party listed before; it reports no measure (`has already sanctioned X` does).
fn described_as_listed(before: &str) -> bool {
    let mut words = before.split_whitespace().rev().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase()
    });
    let prev = words.next().unwrap_or_default();
    let prev2 = words.next().unwrap_or_default();
    let auxiliary = matches!(
        prev2.as_str(),
        "has" | "have" | "had" | "was" | "were" | "is" | "are" | "been" | "be" | "being"
    );
    matches!(
        prev.as_str(),
        "already" | "previously" | "formerly" | "earlier"
    ) && !auxiliary
}

/// Words of a sentence that make `designate` the sanctions sense: the measure, its agencies and
/// instruments, a reason clause of the kind designations give (`for helping`, `for its role`).
static DESIGNATION_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)sanction|terror|treasury|blacklist|\bofac\b|\bofsi\b|state department|department of state|executive order|\be\.?o\.? ?1\d{4}|entity list|asset freeze|assets? (?:were |was |are |is )?frozen|freez(?:e|es|ing)\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?assets|travel ban|\bfor (?:its|their|his|her) (?:role|roles|involvement|support|part)\b|\bfor (?:helping|supporting|providing|facilitating|procuring|supplying|shipping|transporting|financing|evading|operating|acting|being owned|having)\b")
        .expect("designation context compiles")
});

/// `designate` in its sanctions sense: a context word in the sentence ([`DESIGNATION_CONTEXT`]), or a
/// kind of target right after it (`designated four tankers`, `Designated vessels include`), not the
/// other senses (`designated the B tranche`, `the designated driver`).
fn designation_sense(sentence: &str, end: usize) -> bool {
    let raw: Vec<&str> = sentence[end..].split_whitespace().take(4).collect();
    // The kind must head its phrase: `designated four tankers`, not `designated two national parks`.
    let kind_after =
        (0..raw.len().min(3)).any(|i| kind_heads(&raw, i, &["include", "includes", "are", "were"]));
    kind_after || DESIGNATION_CONTEXT.is_match(sentence)
}

/// Words just before a trigger that cite a standing regime: breaking, complying with or monitoring it.
static BACKGROUND_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(breach\w*|violat\w*|contraven\w*|def(?:y|ying|ied|iance)|complian\w*|comply\w*|monitor\w*|evad\w*|evasion|circumvent\w*|affect\w*|abid(?:e|es|ed|ing)|skirt\w*|dodg\w*|bypass\w*|bust(?:s|ed|ing)?|flout\w*)\b|\b(?:enforc\w*|implement\w*|observ\w*|uphold\w*|adher\w*)\s+(?:(?:the|all|existing|international|u\.n\.|un|united|nations|security|council|strictly|fully)\s+)+$")
        .expect("background pattern compiles")
});
/// Words just after a trigger that describe the regime itself.
static BACKGROUND_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)^\W*(?:\w+\W+){0,3}?(regimes?|powers?|tools?|toolkit|capabilit\w*|prohibit\w*|remain\w* in (?:force|place)|in force|committee|panel|evasion|evaders|busting|violations)\b")
        .expect("background pattern compiles")
});

/// A standing regime cited as background: the words just before the trigger speak of breaking,
/// complying with or monitoring it, or the words after describe the regime itself.
fn is_background(sentence: &str, start: usize, end: usize) -> bool {
    let head = &sentence[..start];
    let window_start = head
        .char_indices()
        .rev()
        .filter(|&(_, c)| c == ' ')
        .nth(7)
        .map_or(0, |(i, _)| i);
    let before = BACKGROUND_BEFORE.is_match(&head[window_start..]);
    // `approved a new sanctions regime for Haiti`: a regime set up now on someone is the action (`adopted
    // a Magnitsky-style sanctions regime` names no one: background).
    let set_up = head
        .split_whitespace()
        .rev()
        .take(4)
        .any(|w| SET_UP.contains(&w.to_ascii_lowercase().as_str()))
        && REGIME_ON
            .captures(&sentence[end..])
            .and_then(|c| c.get(1))
            .is_some_and(|w| !is_calendar(w.as_str()));
    before || !set_up && BACKGROUND_AFTER.is_match(&sentence[end..])
}

/// A regime and whom it is on, right after the trigger (`regime for Haiti`).
static REGIME_ON: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)^\s+(?:regimes?|package)\s+(?:for|against|on|targeting)\s+(\S+)")
        .expect("pattern compiles")
});

/// Words before a regime that make it a new one (`adopted a new sanctions regime`).
const SET_UP: &[&str] = &[
    "new",
    "approved",
    "approves",
    "adopted",
    "adopts",
    "established",
    "establishes",
    "created",
    "creates",
    "introduced",
    "introduces",
    "launched",
    "launches",
];

/// Words between a subject and the trigger that show the subject is not imposing (`want`, `oppose`).
static NOT_IMPOSER: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(urg(?:e|es|ed|ing)|demand\w*|discuss\w*|debat\w*|mull\w*|lobb(?:y|ies|ied|ying)|should|want\w*|oppos\w*|call\w*|criticiz\w*|criticis\w*|def(?:y|ying|ied)|violat\w*|breach\w*|evad\w*|accus\w*|ask\w*|press\w*|push\w*|convinc\w*|persuad\w*|condemn\w*|veto\w*|avert\w*|avoid\w*|fear\w*|worr\w*|hit by|suffer\w*|denounc\w*|reject\w*|settl\w*|halt\w*|stop\w*|prevent\w*|head\w* off|bar|bars|block\w*|thwart\w*|resist\w*|respond\w*|respons\w*|relief|reliev\w*|react\w*|complain\w*|protest\w*|escap\w*|come to terms|stave\w* off|never|not|consider\w*|weigh\w*|review\w*|open to|stud(?:y|ies|ied|ying)|explor\w*|contemplat\w*|retaliat\w*\s+(?:\w+\s+)?(?:to|against|for))\b")
        .expect("pattern compiles")
});

/// A reaction opening a clause (`In response,`, `In retaliation for the expulsions,`): what follows
/// is a measure of its own.
static INTRO: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)^\W*(?:in (?:response|reaction|retaliation|return)|responding|reacting)\b[^,;]{0,80},")
        .expect("pattern compiles")
});

/// Blocking verbs that still leave the measure's owner threatening or proposing it (`averting EC
/// sanctions`, `fears of U.S. tariffs`, `vetoed UN sanctions`); every other blocking verb (`discussed U.S. sanctions`, `responded to EU
/// sanctions`, `hit by U.S. sanctions`) makes the owned measure a mention, not an action.
static THREAT_AVERTED: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(avert\w*|avoid\w*|fear\w*|worr\w*|stave\w* off|head\w* off|prevent\w*|escap\w*|thwart\w*|come to terms|veto\w*)\b")
        .expect("pattern compiles")
});

/// Participles whose `by` agent imposes the measure (`sanctions imposed by`, `law, enacted by`).
const IMPOSE_VERBS: &[&str] = &[
    "imposed",
    "enacted",
    "ordered",
    "announced",
    "adopted",
    "approved",
    "introduced",
    "levied",
    "slapped",
    "placed",
    "taken",
    "applied",
    "authorized",
    "authorised",
    "issued",
    "proposed",
    "passed",
    "signed",
    "declared",
    "decided",
    "unveiled",
    "extended",
    "tightened",
    "expanded",
    "renewed",
    "threatened",
    "planned",
    "drafted",
    "agreed",
    "set",
    "enforced",
    "implemented",
    "maintained",
    "backed",
    "sponsored",
    "voted",
    "sanctioned",
    "designated",
    "blacklisted",
    "listed",
    "frozen",
    "banned",
    "barred",
    "targeted",
];

/// Where a target phrase starts after the trigger.
static TARGET_PREP: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(against|on|upon|onto|includ(?:e|es|ed)|targeting|targets?|targeted|bans?|bars?|caps?|freezes?|blocks?|restricts?|target(?:ed|ing) at|aimed at|penaliz\w*|penalis\w*|appl(?:y|ies|ied) to|extend\w* to)\b")
        .expect("pattern compiles")
});

/// Where a target phrase ends: a reason, a time clause, a relative clause, a reporting clause (its
/// speaker perhaps described: `, Ivo Marek, the bloc's envoy, said`).
static CLAUSE_END: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(over|for|by|because|after|in response|due to|amid|following|since|before|if|unless|when|while|but|until|which|who|whose|that|said|says|according|in order|as part|despite|although|though|whereas|saying|in an? (?:effort|attempt|bid)|accused|suspected|alleged(?:ly)?)\b|[;.!?]|,[\x22\x{201d}]|,\s+(?-i:[A-Z])[^,;]{0,60}?\b(?:said|says|told|reported)\b|,\s+(?-i:[A-Z])[^,;]{0,40},\s+(?:the|a|an|its|his|her|their)\s[^,;]{0,60},\s+(?:said|says|told|wrote)\b|,\s+(?:the|a|an|its|their|it|they|he|she|and|but)\s|,?\s+and\s+(?:also\s+)?(?:[a-z]+ed|froze)\s+(?:him|her|them|it|its|their|the|a|an)\b|,\s+(?:barring|banning|freezing|citing|accusing|blocking|prohibiting|preventing|cutting|raising|adding|noting|arguing|claiming|calling|urging|warning|prompting|sending|making)\b")
        .expect("pattern compiles")
});

/// A clause with its own verb before a passive's subject (`The vessel was operated by Vanta Co., and
/// its director, Ivo Marek, was also sanctioned`): the subject starts after the clause break that
/// follows that verb.
static PRIOR_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:was|were|is|are|has|have|had)\b[^;]*?(?:,\s+and|,\s+but|,\s+while|;)\s")
        .expect("prior clause pattern compiles")
});

/// Where the subject of the passive at `end` starts, at or after `start` (see [`PRIOR_CLAUSE`]): after
/// the last break that a new subject follows (`, and its director`), not a second verb of the same
/// subject (`were linked to X, and formerly managed by Y`).
fn passive_subject_start(s: &str, start: usize, end: usize) -> usize {
    PRIOR_CLAUSE
        .find_iter(&s[start..end])
        .filter(|m| {
            let next = s[start + m.end()..end]
                .split_whitespace()
                .next()
                .unwrap_or("");
            next.starts_with(|c: char| c.is_uppercase())
                || matches!(
                    next,
                    "its" | "their" | "his" | "her" | "the" | "a" | "an" | "two" | "three" | "four"
                )
        })
        .last()
        .map_or(start, |m| start + m.end())
}

/// `... services to Hizbollah, which has been designated`: a passive in a relative clause has the
/// phrase before the pronoun as its subject, from the clause break before it (not the sentence start).
fn relative_subject_start(s: &str, start: usize, verb: usize) -> usize {
    let mut head = s[start..verb].trim_end();
    while let Some(h) = ["has", "have", "had"]
        .iter()
        .find_map(|a| head.strip_suffix(a).filter(|h| h.ends_with(' ')))
    {
        head = h.trim_end();
    }
    let Some(h) = ["which", "who", "that"]
        .iter()
        .find_map(|r| head.strip_suffix(r).filter(|h| h.ends_with([' ', ','])))
    else {
        return start;
    };
    let h = h.trim_end().trim_end_matches(',');
    // The antecedent runs back to a clause break or a preposition governing it (`arms to X, which`).
    let brk = h.rfind([',', ';', ':', '(']).map_or(0, |i| i + 1);
    let prep = [" to ", " with ", " for ", " from ", " by ", " at ", " of "]
        .iter()
        .filter_map(|p| h.rfind(p).map(|i| i + p.len()))
        .max()
        .unwrap_or(0);
    match brk.max(prep) {
        0 => start,
        i => start + i,
    }
}

/// `The ministry said 25 officials are barred`: a passive in a reported clause has its subject after
/// the reporting verb (and `that`), not the speaker.
fn reported_subject_start(s: &str, start: usize, verb: usize) -> usize {
    REPORTED
        .find_iter(&s[start..verb])
        .last()
        .map_or(start, |m| start + m.end())
}

static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:said|says|say|told reporters|announced|stated|added|noted|confirmed)\s+(?:that\s+)?")
        .expect("reported pattern compiles")
});

/// Passive voice of a sanctions action: its subject is the target.
static PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:were|was|been|are|is|be)\s+(?:\w+ly\s+|also\s+|now\s+|later\s+)*(?:sanctioned|designated|blacklisted|barred|banned|included in|added to|put on|placed on|subject(?:ed)? to|targeted|hit with|slapped with)")
        .expect("pattern compiles")
});

/// Inverted passive: `Also subject to restrictions were two Russian ships`.
static INVERTED: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\bsubject(?:ed)? to (?:the )?(?:\w+ )?(?:sanctions|restrictions|embargo)\s+(?:were|was|are|is)\b")
        .expect("pattern compiles")
});

/// Trigger words that mean a measure against a whole country or sector (`state`).
fn state_trigger(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    [
        "embargo",
        "tariff",
        "duties",
        "boycott",
        "blockade",
        "trade",
        "import",
        "export",
        "retaliat",
        "reprisal",
        "arms",
        "air ",
        "resolutions",
    ]
    .iter()
    .any(|k| w.contains(k))
}

/// Compile the role patterns now rather than in the first sentence that needs them (see
/// `pipeline::warm_up`): together they take longer to compile than the country automaton takes to build.
pub fn warm_up() {
    for re in [
        &TRIGGER,
        &BACKGROUND_BEFORE,
        &BACKGROUND_AFTER,
        &NOT_IMPOSER,
        &THREAT_AVERTED,
        &TARGET_PREP,
        &CLAUSE_END,
        &PASSIVE,
        &INVERTED,
        &INTRO,
        &PUNITIVE,
        &REGIME_ON,
        &DATELINE,
        &APPOSITION,
        &ADDED_TO_LIST,
        &NAMED_UNDER,
        &INSTRUMENT,
        &CLAUSE_START,
        &AGENT_NAMES,
        &DESIGNATION_CONTEXT,
        &PRIOR_CLAUSE,
        &PAST_CLAUSE,
        &DATED,
        &ALREADY_UNDER,
    ] {
        LazyLock::force(re);
    }
    LazyLock::force(&CANCEL_RES);
    targets::warm_up();
}

/// Compile a pattern with ASCII word boundaries: Unicode `\\b` would push the regex engine off its
/// fast lazy DFA on any non-ASCII text, and the words we look for are all ASCII.
fn ascii_regex(pattern: &str) -> Result<Regex, regex::Error> {
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
fn push_bounded(text: &str, mut a: usize, b: usize, out: &mut Vec<(usize, usize)>) {
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
const MAX_TRIGGERS: usize = 8;

/// `[a, b)` cut into pieces of at most [`MAX_TRIGGERS`] triggers each, at trigger starts (word starts).
fn few_triggers(text: &str, a: usize, b: usize) -> Vec<(usize, usize)> {
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
fn terminated_sentences(text: &str) -> Vec<(usize, usize)> {
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
                stop = next_opens && (quoted || n == b'"' || !abbreviation_before(text, i));
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

/// `U.S.`, `Mr.`, `Corp.`, `Jan.`: a period that ends a short word or an initial does not end a sentence.
fn abbreviation_before(text: &str, dot: usize) -> bool {
    if text.as_bytes()[dot] != b'.' {
        return false;
    }
    let head = &text[..dot];
    let word = head
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    let plain = word.trim_start_matches(['(', '"']);
    plain.contains('.')
        || (plain.len() == 1 && plain.chars().all(|c| c.is_ascii_uppercase()))
        || matches!(
            plain,
            "Mr" | "Mrs"
                | "Ms"
                | "Dr"
                | "St"
                | "Jan"
                | "Feb"
                | "Aug"
                | "Sept"
                | "Sep"
                | "Oct"
                | "Nov"
                | "Dec"
                | "Gen"
                | "Lt"
                | "Col"
                | "Sen"
                | "Rep"
                | "No"
                | "Gov"
        )
}

/// A party found in a sentence: a country mention or a bloc.
#[derive(Debug, Clone, Copy)]
struct Party {
    code: &'static str,
    start: usize,
    end: usize,
    kind: Kind,
    /// An agency or a leader standing for its state (`OFAC`, `President Reagan`): an actor only, never a
    /// target country (`sanctions on people close to Putin` are read from their own words).
    agency: bool,
    /// In the story's dateline (`MEXICO CITY (Reuters) - `): where it was filed, an actor only when the
    /// clause names no other.
    dateline: bool,
}

/// Agencies and offices that impose sanctions, and the state or bloc each stands for (the guide: a
/// government agency counts as its country). Written as they appear, case-sensitive, whole words; a
/// country word right before one (`British Treasury`) is the party instead.
const AGENCIES: &[(&str, &str)] = &[
    ("Office of Foreign Assets Control", "US"),
    ("OFAC", "US"),
    ("Treasury Department", "US"),
    ("Department of the Treasury", "US"),
    ("Treasury", "US"),
    ("Commerce Department", "US"),
    ("Department of Commerce", "US"),
    ("Bureau of Industry and Security", "US"),
    ("Department of State", "US"),
    ("Secretary of State", "US"),
    ("Justice Department", "US"),
    ("Congress", "US"),
    ("Senate", "US"),
    ("House of Representatives", "US"),
    ("Office of Financial Sanctions Implementation", "GB"),
    ("OFSI", "GB"),
    ("HM Treasury", "GB"),
    ("Foreign Office", "GB"),
    ("Foreign and Commonwealth Office", "GB"),
    ("Foreign, Commonwealth and Development Office", "GB"),
    ("FCDO", "GB"),
    ("Council of the European Union", "EU"),
    ("Council of the EU", "EU"),
    ("European Council", "EU"),
    ("European Commission", "EU"),
    ("sanctions committee", "UN"),
    ("Financial Crimes Enforcement Network", "US"),
    ("FinCEN", "US"),
    ("U.S. Trade Representative", "US"),
    ("USTR", "US"),
    ("Global Affairs Canada", "CA"),
    ("Department of Foreign Affairs and Trade", "AU"),
    ("DFAT", "AU"),
    ("MOFCOM", "CN"),
    ("METI", "JP"),
];

/// Leaders whose name stands for their state as an actor (`Reagan ordered tariffs`): surnames that name
/// one well-known head of state or government in news of 1960-2025. Like agencies, actors only.
const LEADERS: &[(&str, &str)] = &[
    ("Eisenhower", "US"),
    ("Kennedy", "US"),
    ("Nixon", "US"),
    ("Carter", "US"),
    ("Clinton", "US"),
    ("Bush", "US"),
    ("de Gaulle", "FR"),
    ("Macmillan", "GB"),
    ("Blair", "GB"),
    ("Cameron", "GB"),
    ("Sunak", "GB"),
    ("Starmer", "GB"),
    ("Trudeau", "CA"),
    ("Kishida", "JP"),
    ("von der Leyen", "EU"),
    ("Reagan", "US"),
    ("Obama", "US"),
    ("Trump", "US"),
    ("Biden", "US"),
    ("Putin", "RU"),
    ("Medvedev", "RU"),
    ("Lavrov", "RU"),
    ("Khrushchev", "SU"),
    ("Gorbachev", "SU"),
    ("Thatcher", "GB"),
    ("Xi Jinping", "CN"),
    ("Kim Jong Un", "KP"),
    ("Kim Jong-un", "KP"),
    ("Zelensky", "UA"),
    ("Zelenskiy", "UA"),
    ("Lukashenko", "BY"),
    ("Maduro", "VE"),
    ("Erdogan", "TR"),
    ("Macron", "FR"),
    ("Merkel", "DE"),
    ("Scholz", "DE"),
];

static AGENT_NAMES: LazyLock<Regex> = LazyLock::new(|| {
    let alts: Vec<String> = AGENCIES
        .iter()
        .chain(LEADERS)
        .map(|(name, _)| regex::escape(name))
        .collect();
    // Longest first, so `HM Treasury` wins over `Treasury`.
    let mut alts = alts;
    alts.sort_by_key(|a| std::cmp::Reverse(a.len()));
    ascii_regex(&format!(r"\b(?:{})\b", alts.join("|"))).expect("agent pattern compiles")
});

/// Agencies and leaders in a text, as parties; `caps` text is matched too (`OFAC`, not `TREASURY`:
/// all-caps copy is matched only where the table itself is in capitals).
fn agents_of(s: &str) -> Vec<Party> {
    AGENT_NAMES
        .find_iter(s)
        .filter_map(|m| {
            let code = AGENCIES
                .iter()
                .chain(LEADERS)
                .find(|&&(n, _)| n == m.as_str())
                .map(|&(_, c)| c)?;
            Some(Party {
                code,
                start: m.start(),
                end: m.end(),
                kind: Kind::Seat,
                agency: true,
                dateline: false,
            })
        })
        .collect()
}

fn push_unique(v: &mut Vec<String>, code: &str) {
    if !v.iter().any(|x| x == code) {
        v.push(code.to_string());
    }
}

fn word_before(s: &str, pos: usize) -> String {
    s[..pos]
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// Only adjectives, `'s`, `and` or another party between a premodifier and its trigger
/// (`the European Union's arms embargo`, `U.S. and U.N. sanctions`, `latest South Korean sanctions`).
fn premodifies(gap: &str) -> bool {
    let g = gap.trim();
    let g = g
        .strip_prefix("'s")
        .or_else(|| g.strip_prefix("\u{2019}s"))
        .unwrap_or(g);
    let words: Vec<&str> = g.split_whitespace().collect();
    // A bare comma is a list (`EGYPT, ALGERIA, ETHIOPIA AND SUDAN BARRED`); any other comma ends the phrase.
    (g == "," || !g.contains([',', ';', ':', '(', ')']))
        && words.len() <= 4
        && words.iter().all(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase();
            w.is_empty() || w.chars().all(|c| c.is_ascii_digit()) || MODIFIERS.contains(&w.as_str())
        })
}

/// Words that may stand between a party and its measure (`U.S. and other economic sanctions`).
const MODIFIERS: &[&str] = &[
    "and",
    "or",
    "other",
    "new",
    "fresh",
    "further",
    "additional",
    "more",
    "tough",
    "tougher",
    "economic",
    "trade",
    "financial",
    "arms",
    "targeted",
    "unilateral",
    "jointly",
    "coordinated",
    "joint",
    "latest",
    "own",
    "comprehensive",
    "limited",
    "pipe",
    "air",
    "oil",
    "its",
    "their",
    "sweeping",
    "harsh",
    "harsher",
    "punitive",
    "retaliatory",
    "steep",
    "possible",
    "existing",
    "recent",
    "the",
    "a",
    "proposed",
    "planned",
    "threatened",
    "total",
    "full",
    "partial",
    "mandatory",
    "selective",
    "pct",
    "percent",
    "per",
    "cent",
    "military",
    "technology",
    "export",
    "import",
    "secondary",
    "sectoral",
    "broad",
    "wide",
    "wider",
    "stiff",
    "stiffer",
    "severe",
    "heavy",
    "stringent",
    "strict",
    "stricter",
    "security",
    "council",
    "s",
    "first",
    "second",
    "third",
    "round",
    "package",
    "set",
    "draft",
];

#[derive(Default)]
struct Acc {
    sanctioners: Vec<String>,
    targets: Vec<String>,
    /// Premodifiers whose role is settled at the end (`Japanese tariffs` is on Japan, `U.S. sanctions` by it).
    premods: Vec<String>,
    /// Premodifiers written as adjectives (`South African sanctions`): by or on the country, the story decides.
    adjectival: Vec<String>,
    /// Premodifiers of a country-wide measure (`South African sanctions law`): `state` if they end up targets.
    premod_state: Vec<String>,
    types: Vec<&'static str>,
    named: Vec<Target>,
    /// The names in `named`, as written and in ASCII lower case: a story listing thousands of designated
    /// names (an SDN list pasted into a page) would otherwise compare each new name with all before it.
    named_as_written: HashSet<String>,
    named_lower: HashSet<String>,
    /// The events read, when `explain` asked for them.
    events: Option<Vec<Event>>,
    /// The number of the sentence being read, and the agents of the last event that had any, with the
    /// number of its sentence: an announcement names its agent once (`The Treasury said ... It also
    /// blacklisted ...`).
    sentence_no: usize,
    last_agents: Vec<&'static str>,
    last_agents_at: usize,
    /// The number of the last sentence with an event that has an actor or an owner (`Oslo
    /// sanctioned`): a designation list may follow it.
    last_acted_at: Option<usize>,
}

/// How many sentences after an event with an agent a following event without one still takes it.
const CARRY_SENTENCES: usize = 2;

/// How many sentences after an event with an actor a designation list may open (`It also added X`,
/// `The list includes`): an announcement's lists follow its explanation.
const LIST_SENTENCES: usize = 6;

impl Acc {
    /// Whether the sentence being read follows an event with an actor closely enough to belong to its
    /// announcement (`OFAC sanctioned ... The sanctions target X`): an event of its own with no actor,
    /// or a sentence with no trigger, then goes on naming that announcement's targets.
    fn in_announcement(&self) -> bool {
        self.last_acted_at
            .is_some_and(|at| self.sentence_no <= at + LIST_SENTENCES)
    }

    fn add_named(&mut self, n: Target) {
        self.named_as_written.insert(n.name.clone());
        self.named_lower.insert(n.name.to_ascii_lowercase());
        self.named.push(n);
    }
}

/// Where the clause holding a trigger begins: its subject is after this.
static CLAUSE_START: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)[;:]|,\s+(?:and|but)\s|\b(?:after|because|if|when|while|which|who|although|though|whereas|since|before|until|unless|once|that)\b")
        .expect("pattern compiles")
});

/// Verbs whose direct object is the target (`barred South African aircraft`, `blacklisted two firms`).
fn takes_object(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    // `cut off from ...`; `froze the assets of X`: the owner follows `of`.
    if w.starts_with("cut") || w.ends_with(" assets") {
        return true;
    }
    matches!(
        w.as_str(),
        "barred"
            | "banned"
            | "blacklisted"
            | "blacklisting"
            | "sanctioned"
            | "sanctioning"
            | "designate"
            | "designates"
            | "designated"
            | "designating"
            | "sanction"
            | "froze"
            | "boycotted"
            | "boycotting"
            | "listed"
    )
}

/// `would boycott X`, `a boycott of X`: `boycott` as a verb after a modal or `to`, or as a noun with
/// its object after `of` (not `the boycott is likely to ...`).
fn boycott_verb(s: &str, ts: usize, te: usize) -> bool {
    s[ts..te].eq_ignore_ascii_case("boycott")
        && (matches!(
            word_before(s, ts).as_str(),
            "will" | "would" | "to" | "shall" | "could" | "may" | "might" | "must" | "should"
        ) || s[te..].trim_start().starts_with("of "))
}

/// A context that cancels a trigger: the word is there, but no measure is taken. One row per kind of
/// context: a pattern over the text before the trigger (within its sentence) and/or over the text after
/// it, which words the trigger must start with for the row to apply (empty: any), and sentences that
/// must and must not be cancelled (the tests run every row's examples through [`cancelled`]).
struct Cancel {
    why: &'static str,
    /// The trigger's first letters for the row to apply (`tariff`), or "" for any trigger.
    trigger: &'static str,
    /// Matched against the sentence up to the trigger; anchor with `$` to ask for nearness.
    before: &'static str,
    /// Matched against the sentence after the trigger; anchor with `^` to ask for nearness.
    after: &'static str,
    /// When this matches the sentence after the trigger, the row does not apply (`lift the sanctions
    /// imposed on X` still recounts the imposition).
    unless_after: &'static str,
    /// The trigger still names whom the (standing) measure targets; only its agent is dropped: a lifter
    /// or a would-be lifter is no imposer in this sentence.
    agent_only: bool,
    #[cfg_attr(not(test), allow(dead_code))]
    must: &'static [&'static str],
    #[cfg_attr(not(test), allow(dead_code))]
    must_not: &'static [&'static str],
}

const CANCELS: &[Cancel] = &[
    Cancel {
        why: "lifting or easing",
        trigger: "",
        before: r"(?i)\b(?:lift\w*|eas(?:e|es|ed|ing)|scrap\w*|remov\w*|rescind\w*|repeal\w*|relax\w*|waiv\w*|suspend\w*|drop(?:s|ped|ping)?|end(?:s|ed|ing)?|lifting of|end of)\W+(?:\w+\W+){0,4}$",
        after: r"(?i)^\W*(?:\w+\W+){0,2}?(?:(?:were|was|be|been|is|are|being|get|got)\s+)?(?:lifted|eased|removed|scrapped|rescinded|repealed|relaxed|waived|suspended)\b",
        unless_after: r"(?i)^\W*(?:\w+\W+){0,6}?(?:imposed|ordered|levied|slapped|placed)\b",
        agent_only: true,
        must: &[
            "The senator endorsed lifting an arms embargo against the region.",
            "The council voted to ease sanctions on the island state.",
            "Ministers agreed the embargo should be lifted next spring.",
        ],
        must_not: &[
            "Oslo hopes to lift the sanctions it imposed on the junta in May.",
            "Ottawa imposed sanctions on the junta after talks ended.",
            "Canberra tightened the embargo on the junta.",
        ],
    },
    Cancel {
        why: "a standing measure: under or subject to it",
        trigger: "",
        before: r"(?i)\b(?:under|(?:is|are|was|were|been|be|remains?|remained)\s+subject\s+to)\W+(?:[\w.\x{2019}']+\W+){0,3}$",
        after: "",
        unless_after: r"(?i)^\W*(?:laws?|acts?|legislation|bills?|orders?|programs?|programmes?|authorit\w*|powers?|rules?|regulations?|frameworks?)\b",
        agent_only: false,
        must: &[
            "The trader, who has been under Western sanctions since 2014, denied wrongdoing.",
            "A shareholder who is subject to Norwegian sanctions sold his stake.",
        ],
        must_not: &[
            "Oslo named nine firms under a new sanctions law on Friday.",
            "Also subject to restrictions were two Freedonian ships.",
        ],
    },
    Cancel {
        why: "a plan to act dropped",
        trigger: "",
        before: r"(?i)\b(?:drop\w*|scrap\w*|abandon\w*|shelv\w*|withdr[ae]w\w*)\s+(?:\w+\s+)?plans?\s+to\s+\w+\W+(?:\w+\W+){0,2}$",
        after: "",
        unless_after: "",
        agent_only: false,
        must: &["Oslo dropped its plan to impose new tariffs on Chilean imports."],
        must_not: &["Oslo announced a plan to impose new tariffs on Chilean imports."],
    },
    Cancel {
        why: "a power to act, not an act",
        trigger: "",
        before: r"(?i)\b(?:powers?|authority|ability|tools?|right|mandate)\s+to\W+(?:\w+\W+){0,2}$",
        after: "",
        unless_after: "",
        agent_only: false,
        must: &["The law gives the president powers to deny entry to abusers."],
        must_not: &["The president used his powers and imposed sanctions on the junta."],
    },
    Cancel {
        why: "a question",
        trigger: "",
        before: "",
        after: r"\?[\s\x22'\x{201d}]*$",
        unless_after: "",
        agent_only: false,
        must: &["Will Ottawa impose sanctions on the junta?"],
        must_not: &["Ottawa imposed sanctions on the junta, asking why talks failed."],
    },
    Cancel {
        why: "deliberation: whether to act",
        trigger: "",
        before: r"(?i)\bwhether\b(?:\W+\w+){0,8}\W*$",
        after: "",
        unless_after: "",
        agent_only: false,
        must: &["Ministers will decide next week whether to impose sanctions on the junta."],
        must_not: &[
            "Ministers decided to impose sanctions on the junta, whether or not talks resume.",
        ],
    },
    Cancel {
        why: "denial or ruling out",
        trigger: "",
        before: r"(?i)\b(?:den(?:y|ies|ied|ying)|rul(?:e|es|ed|ing) out|no (?:plans?|intention)|not (?:plan|intend)\w*)\b(?:\W+\w+){0,6}\W*$",
        after: "",
        unless_after: "",
        agent_only: false,
        must: &[
            "The ministry denied that it planned sanctions on the junta.",
            "Oslo ruled out an embargo on the island.",
        ],
        must_not: &[
            "Oslo imposed an embargo on the island, officials said, denying reports of a delay.",
        ],
    },
    Cancel {
        why: "a condition: what would follow if a measure came",
        trigger: "",
        before: r"(?i)(?:^|[^\w\s]\s*|\s)(?:if|unless|in case)\s+(?:the\s+)?(?:[\w.\x{2019}']+\s+){0,2}$",
        after: "",
        unless_after: "",
        agent_only: false,
        must: &[
            "The firm said if tariffs were imposed on its goods it would close a plant.",
            "Exporters will suffer if new sanctions come into force.",
        ],
        must_not: &[
            "Oslo will impose tariffs on Chilean wine if talks fail.",
            "Oslo imposed sanctions on the junta, and said it would add more if needed.",
        ],
    },
    Cancel {
        why: "a predicted consequence, not a measure taken or threatened",
        trigger: "",
        before: r"(?i)\b(?:would|could|might|may)\s+(?:\w+\s+){0,3}?(?:translat\w*|lead\w*|result\w*)\s+(?:in|into|to)\s+(?:[\w.\x{2019}']+\W+){0,3}$",
        after: "",
        unless_after: "",
        agent_only: false,
        must: &[
            "Any test would be sure to translate into tougher Freedonian sanctions.",
            "Analysts said the move could lead to new sanctions on the junta.",
        ],
        must_not: &[
            "Oslo said it would impose sanctions on the junta.",
            "The dispute led Oslo to impose sanctions on the junta.",
        ],
    },
    Cancel {
        why: "a deadline on a decision still to be taken",
        trigger: "",
        before: r"(?i)\bdeadlines?\s+(?:on|for|to)\s+(?:\w+\s+){0,3}$",
        after: "",
        unless_after: "",
        agent_only: false,
        must: &["The parliament will let a deadline on reimposing sanctions on the island pass."],
        must_not: &["Oslo set a deadline and then imposed sanctions on the island."],
    },
    Cancel {
        why: "a recommendation: the measure should be taken",
        trigger: "",
        before: "",
        after: r"(?i)^\W*(?:\w+\W+){0,3}?(?:should|ought to)\s+(?:\w+\s+)?(?:be|have been)\s+(?:\w+ly\s+)?(?:imposed|applied|introduced|tightened|extended|levied|placed)\b",
        unless_after: "",
        agent_only: false,
        must: &["The group said sanctions should be imposed on Chilean chipmakers in April."],
        must_not: &["Oslo said sanctions would be imposed on Chilean chipmakers in April."],
    },
    Cancel {
        why: "a boycott of an event, not of a country",
        trigger: "boycott",
        before: "",
        after: r"(?i)^\W+(?:of\s+)?(?:the|a|an|this|next|its|their|these)?\s*(?:\w+\s+){0,2}?(?:meetings?|talks|conference|summit|games|olympics|elections?|vote|session|ceremony|polls?|referendum|parliament|inauguration|hearings?|debate|negotiations|festival|tournament|match|race)\b",
        unless_after: "",
        agent_only: false,
        must: &[
            "Taipei will boycott the annual meeting in protest.",
            "The opposition boycotted the elections.",
        ],
        must_not: &["Arab states began a boycott of Ruritanian goods."],
    },
    Cancel {
        why: "tariff cuts and trade talks: trade policy, not punishment",
        trigger: "tariff",
        before: r"(?i)\b(?:cut\w*|reduc\w*|lower\w*|slash\w*|abolish\w*|eliminat\w*|remov\w*|low|zero|preferential|external|common|bound|negotiat\w*)\W+(?:\w+\W+){0,2}$",
        after: r"(?i)^\W+(?:\w+\W+){0,1}?(?:cuts?|reductions?|concessions?|talks|negotiations|agreements?|rates?|preferences?|barriers|schedules?|structure|levels?|reform|exemptions?|quotas?|free)\b",
        unless_after: "",
        agent_only: false,
        must: &[
            "Ruritania plans new tariff cuts on machinery.",
            "The two states agreed to lower tariffs on wine.",
            "Talks on tariff reductions resumed in Geneva.",
        ],
        must_not: &["Washington slapped punitive tariffs on Ruritanian steel."],
    },
];

type CancelRes = (Option<Regex>, Option<Regex>, Option<Regex>);

static CANCEL_RES: LazyLock<Vec<CancelRes>> = LazyLock::new(|| {
    let compile =
        |p: &str| (!p.is_empty()).then(|| ascii_regex(p).expect("cancel pattern compiles"));
    CANCELS
        .iter()
        .map(|c| (compile(c.before), compile(c.after), compile(c.unless_after)))
        .collect()
});

/// The [`CANCELS`] row that applies to the trigger at `[ts, te)` of sentence `s`, if any.
fn cancelled(s: &str, ts: usize, te: usize) -> Option<&'static Cancel> {
    let word = s[ts..te].to_ascii_lowercase();
    // The text before the trigger, back to the clause break before it at most 200 bytes away.
    let from = crate::text::ceil_boundary(s, ts.saturating_sub(200));
    let head = &s[from..ts];
    let head = head.rfind([';', ':']).map_or(head, |i| &head[i + 1..]);
    let tail = &s[te..];
    CANCELS
        .iter()
        .zip(CANCEL_RES.iter())
        .find(|(c, (before, after, unless))| {
            word.starts_with(c.trigger)
                && (before.as_ref().is_some_and(|r| r.is_match(head))
                    || after.as_ref().is_some_and(|r| r.is_match(tail)))
                && !unless.as_ref().is_some_and(|r| r.is_match(tail))
        })
        .map(|(c, _)| c)
}

/// The clause before a trigger has no named actor of its own: a pronoun or a generic agency noun
/// (`It also`, `The department said`, `Officials`), or nothing (`Also sanctioned were ...`).
fn generic_subject(head: &str) -> bool {
    let first = head
        .split_whitespace()
        .find(|w| {
            !matches!(
                w.to_ascii_lowercase().as_str(),
                "the" | "also" | "and" | "but" | "on" | "in"
            )
        })
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_ascii_lowercase();
    first.is_empty()
        || head.split_whitespace().count() <= 1
        || matches!(
            first.as_str(),
            "it" | "they"
                | "its"
                | "department"
                | "ministry"
                | "agency"
                | "office"
                | "government"
                | "administration"
                | "officials"
                | "council"
                | "bloc"
                | "union"
                | "commission"
                | "treasury"
                | "washington"
                | "additionally"
                | "separately"
                | "further"
                | "today"
                | "tuesday"
                | "monday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "yesterday"
                | "those"
                | "these"
                | "designated"
                | "sanctioned"
                | "also"
                | "among"
        )
}

/// `stops short of sanctioning`, `not to impose sanctions`, `without sanctions`: no measure.
fn negated(s: &str, ts: usize) -> bool {
    let head = s[..ts].to_ascii_lowercase();
    let words: Vec<&str> = head.split_whitespace().rev().take(4).collect();
    words
        .iter()
        .any(|w| matches!(*w, "not" | "never" | "without" | "no" | "n't"))
        || head.trim_end().ends_with("short of")
        || words.iter().any(|w| w.ends_with("n't"))
}

/// Nouns after a country word that name private actors, whose measures are no state's (`port unions`).
const PRIVATE_ACTORS: &[&str] = &[
    "port",
    "unions",
    "union",
    "workers",
    "industry",
    "makers",
    "chipmakers",
    "producers",
    "exporters",
    "importers",
    "investors",
    "traders",
    "shippers",
    "activists",
    "protesters",
    "students",
    "consumers",
    "dockers",
    "dockworkers",
    "lawyer",
    "lawyers",
    "analyst",
    "analysts",
    "experts",
    "economists",
    "media",
    "newspaper",
    "journalists",
    "scientists",
    // Courts and sports bodies sanction in another sense (a penalty), never as the state.
    "court",
    "courts",
    "judge",
    "tribunal",
    "regulator",
    "regulators",
    "federation",
    "league",
    "association",
];

/// Titles before a leader's name (`President Trump`, `Prime Minister Thatcher`), lower case.
const LEADER_TITLES: &[&str] = &[
    "president",
    "minister",
    "prime",
    "chancellor",
    "premier",
    "leader",
    "secretary",
    "general",
    "elect",
];

/// Heads of `<head> of <country>` that make the country the actor (`the Government of Canada`).
const GOVERNMENT_OF: &[&str] = &[
    "government",
    "ministry",
    "president",
    "parliament",
    "cabinet",
];

/// Organization nouns after a country word that are the state's own (`Chinese ministry`, `U.S. agencies`).
const STATE_BODIES: &[&str] = &["ministry", "ministries", "agency", "agencies"];

/// Nouns after a possessive that make the country no actor (`South Africa's neighbors called for...`).
fn relational(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "neighbors"
            | "neighbours"
            | "critics"
            | "opponents"
            | "rivals"
            | "enemies"
            | "partners"
            | "allies"
            | "foes"
            | "trading"
            | "exports"
            | "imports"
            | "relations"
    )
}

/// The previous word, looking through a determiner (`in the U.N.` -> `in`).
fn governing_word(s: &str, pos: usize) -> String {
    let w = word_before(s, pos);
    if matches!(
        w.as_str(),
        "the" | "a" | "an" | "its" | "their" | "his" | "her"
    ) {
        let head = s[..pos].trim_end();
        let cut = head.len() - w.len();
        return word_before(s, cut);
    }
    w
}

/// Is this country the head of the target phrase (`against Fiji`, `on China, Burma and Zimbabwe`)
/// rather than a modifier deeper in it (`entities involved in financing North Korea's program`)?
fn heads_phrase(s: &str, span: (usize, usize), p: &Party, parties: &[Party]) -> bool {
    let mut pos = span.0;
    for q in parties
        .iter()
        .filter(|q| q.start >= span.0 && q.end <= span.1)
    {
        let gap = s[pos..q.start]
            .trim()
            .trim_start_matches("the ")
            .trim_start_matches("The ");
        let ok = gap.is_empty() || matches!(gap, "," | "and" | ", and" | "or" | "the");
        if !ok {
            return false;
        }
        if q.start == p.start {
            return true;
        }
        pos = q.end;
    }
    false
}

/// One sentence as the role reader sees it: its text, its parties (offsets within it), whether the
/// text is set in capitals (names cannot be told by case), and the acronyms the story introduces.
struct Sentence<'a, 't> {
    s: &'a str,
    parties: &'a [Party],
    caps: bool,
    acronyms: &'a targets::Acronyms<'t>,
}

/// The slots of the event one trigger opens, filled step by step by the `read_*` methods.
#[derive(Default)]
struct Slots<'a> {
    ts: usize,
    te: usize,
    trigger: &'a str,
    /// A cancel that only drops the agent (lifting): the measure's targets stand.
    cancel: Option<&'static Cancel>,
    sanctioners: Vec<&'static str>,
    /// Parties right before the trigger (`U.S. sanctions`, `Japanese tariffs`): by or on them, the story
    /// decides at its end.
    premods: Vec<&'static str>,
    /// The premodifiers that are agencies (`The Treasury Department sanctioned`): an agent to carry.
    agency_premods: Vec<&'static str>,
    /// Parties inside the trigger (`implements U.N. Security Council resolutions`).
    authors: Vec<&'static str>,
    /// Where the trigger's clause begins: its subject is after this.
    clause_start: usize,
    /// A verb near the trigger shows its subject is not imposing (`called for`, `want`, `oppose`).
    blocked: bool,
    /// The blocking verb leaves no threat ([`THREAT_AVERTED`]): not even the measure's owner acts.
    mention: bool,
    target_spans: Vec<(usize, usize)>,
    passive: bool,
    found_target: bool,
    /// A target country other than one opening an organization's name (`Qatar Airways`).
    country_target: bool,
    /// A country heads a target phrase: a measure on the whole state.
    state: bool,
    new_targets: Vec<&'static str>,
}

/// Roles in one sentence: the event of each trigger in turn.
fn sentence_roles(
    s: &str,
    parties: &[Party],
    caps: bool,
    acronyms: &targets::Acronyms,
    acc: &mut Acc,
) {
    let triggers: Vec<(usize, usize)> =
        TRIGGER.find_iter(s).map(|m| (m.start(), m.end())).collect();
    // A trigger citing a standing regime makes the rest of the sentence background (`the UN sanctions
    // regime ... and the restrictions are aimed at ...`); triggers before it are read (`approved
    // sanctions against 11 firms for helping Freedonia evade sanctions`).
    let mut triggers = triggers;
    if let Some(i) = triggers.iter().position(|&(a, b)| is_background(s, a, b)) {
        triggers.truncate(i);
    }
    let sen = Sentence {
        s,
        parties,
        caps,
        acronyms,
    };
    for (ts, te) in triggers {
        trigger_roles(&sen, ts, te, acc);
    }
}

/// The event of the trigger at `[ts, te)`, its slots filled in order: premodifiers, a `by` agent,
/// target phrases, passives, subjects, target countries, a reporting speaker, a carried agent; then
/// the named targets and what the story keeps.
fn trigger_roles(sen: &Sentence, ts: usize, te: usize, acc: &mut Acc) {
    let s = sen.s;
    if is_other_sense(s, ts, te) || negated(s, ts) {
        return;
    }
    let cancel = cancelled(s, ts, te);
    if let Some(why) = cancel.filter(|c| !c.agent_only).map(|c| c.why) {
        if let Some(events) = acc.events.as_mut() {
            events.push(Event {
                trigger: s[ts..te].to_string(),
                cancelled: Some(why),
                sentence: s.to_string(),
                ..Event::default()
            });
        }
        return;
    }
    let mut ev = Slots::open(sen, ts, te, cancel);
    ev.read_premodifiers(sen, acc);
    ev.read_by_agent(sen);
    ev.read_relative_agent(sen);
    ev.read_target_phrases(sen);
    ev.read_targeting_clause(sen);
    ev.read_passives(sen, acc);
    if !ev.read_subjects(sen) {
        return;
    }
    ev.settle_agents();
    ev.read_target_countries(sen);
    if ev.trade_policy(s) {
        if let Some(events) = acc.events.as_mut() {
            events.push(Event {
                trigger: s[ts..te].to_string(),
                cancelled: Some("tariffs on no country: trade policy"),
                sentence: s.to_string(),
                ..Event::default()
            });
        }
        return;
    }
    ev.read_reporting_speaker(sen);
    ev.carry_agent(sen, acc);
    ev.keep_target_countries(s, acc);
    let named = ev.named_targets(sen, acc);
    let named_now = keep_named(named, sen.acronyms, acc);
    ev.keep_event(sen, named_now, acc);
}

/// `added X to its Entity List`, `put X on the sanctions list`: the object before the trigger is the
/// target phrase (ending where the list's own words begin).
static ADDED_TO_LIST: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:add(?:s|ed|ing)?|put(?:s|ting)?|plac(?:e|es|ed|ing))\s+([^;:]{1,200}?)\s+(?:to|on)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:[\w.'\x{2019}-]+\s+){0,3}[\x22\x{201c}]?$")
        .expect("added-to-list pattern compiles")
});

/// The object of `added ... to` right before the trigger at `[ts, te)`, read back to the clause start
/// (at most 300 bytes), when the trigger names a list (`Entity List`, `blacklist`, `sanctions list`):
/// `added` is as often a reporting verb (`he added he was ready to impose sanctions`).
fn added_to_list(s: &str, clause_start: usize, ts: usize, te: usize) -> Option<(usize, usize)> {
    let word = s[ts..te].to_ascii_lowercase();
    let list = word == "entity list"
        || word == "blacklist"
        || s[te..]
            .trim_start()
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case("list"));
    if !list {
        return None;
    }
    let from = crate::text::ceil_boundary(s, clause_start.max(ts.saturating_sub(300)));
    let c = ADDED_TO_LIST.captures(&s[from..ts])?;
    let obj = c.get(1)?;
    Some((from + obj.start(), from + obj.end()))
}

/// `named 39 firms under a new sanctions law`, `listed X under the sanctions act`: the object of a
/// designating verb before `under` is the target phrase.
static NAMED_UNDER: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:nam(?:e|es|ed|ing)|list(?:s|ed|ing)|identif(?:y|ies|ied|ying)|designat(?:e|es|ed|ing)|target(?:s|ed|ing)|penali[sz](?:e|es|ed|ing))\s+([^;:]{1,200}?)\s+under\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w.'\x{2019}-]+\s+){0,3}$")
        .expect("named-under pattern compiles")
});

/// Words after a trigger that make it the name of a legal instrument (`sanctions law`).
static INSTRUMENT: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)^\s+(?:laws?|acts?|legislation|bills?|orders?|programs?|programmes?|authorit\w*|powers?|regulations?)\b")
        .expect("instrument pattern compiles")
});

/// The object of `named ... under` right before a trigger naming a legal instrument, read back to the
/// clause start (at most 300 bytes).
fn named_under_law(s: &str, clause_start: usize, ts: usize, te: usize) -> Option<(usize, usize)> {
    if !INSTRUMENT.is_match(&s[te..]) {
        return None;
    }
    let from = crate::text::ceil_boundary(s, clause_start.max(ts.saturating_sub(300)));
    let c = NAMED_UNDER.captures(&s[from..ts])?;
    let obj = c.get(1)?;
    Some((from + obj.start(), from + obj.end()))
}

/// An apposition describing the name before it (`, a Russian businessman`, `, a Dubai-based front
/// company`), or the next name of the list with one of its own (`, and Amber Line Shipping, a ...`),
/// or the next party named by its tie to the one before (`, and its director Ivo Marek`): part of the
/// target phrase, not a new clause.
static APPOSITION: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"^,\s+(?:and\s+)?(?:a|an)\s+(?:[\w.'\x{2019}-]+\s+){0,4}?(?:[\w-]+-based|[\w-]+-flagged|nationals?|citizens?|compan(?:y|ies)|firms?|entit(?:y|ies)|organi[sz]ations?|agency|group|unit|service|militia|cartel|gang|manufacturer|supplier|producer|operator|airline|businessm[ae]n|businesswoman|tycoon|oligarch|bank|vessel|tanker|ship|network|subsidiary|affiliate|officer|official|commander|general|minister|director|executive|member|head|chief|leader|deputy|founder|owner|politician|lawmaker|banker|financier|trader|broker|facilitator|operative|associate)\b|^,?\s+and\s+[A-Z][\w.&'\x{2019}-]*(?:\s+[A-Z][\w.&'\x{2019}-]*){0,5},\s+(?:a|an)\s|^,?\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:group|company|firm|bank|tanker|vessel|ship|network|entity|cartel|militia|gang|unit|airline)\s+[A-Z]|^,?\s+and\s+(?:its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:director|owner|founder|chairman|chairwoman|president|manager|head|ceo|executive|shareholder|son|daughter|wife|husband|brother|subsidiar(?:y|ies)|affiliates?|vessels?|tankers?|ships?)\b")
        .expect("apposition pattern compiles")
});

/// How many appositions one target phrase may run through (each is searched once: linear).
const MAX_APPOSITIONS: usize = 8;

/// Where a target phrase starting at `from` ends (see [`CLAUSE_END`]). The period of an abbreviation
/// (`U.S. defense firms`, `Vanta Corp. and`) ends nothing: the sentence splitter has already cut at the
/// periods that end sentences.
fn clause_end(s: &str, from: usize) -> usize {
    // The first list comma of the phrase, found once (see [`last_of_list`]).
    let first_comma = s[from..].find(", ").map_or(usize::MAX, |i| from + i);
    CLAUSE_END
        .find_iter(&s[from..])
        .find(|c| {
            (c.as_str() != "." || !abbreviation_dot(s, from + c.start()))
                && !continues_list(s, first_comma, from + c.start(), from + c.end())
        })
        .map_or(s.len(), |c| from + c.start())
}

/// A break at `[at, end)` inside a list that already has a comma (the first at `first_comma`): its last
/// item (`A, B, and D`) or a country item with its article (`A, B, the United Arab Emirates`).
fn continues_list(s: &str, first_comma: usize, at: usize, end: usize) -> bool {
    last_of_list(s, first_comma, at, end) || first_comma < at && country_item(s, at, end)
}

/// `firms in China, Turkey, the United Arab Emirates and Iran`: `, the` before a country's name
/// continues a list of places rather than opening a clause (the caller asks for a comma before it:
/// `..., the U.S. needs proof` opens one).
fn country_item(s: &str, at: usize, end: usize) -> bool {
    if !s[at..end].trim_end().eq_ignore_ascii_case(", the") {
        return false;
    }
    let to = crate::text::floor_boundary(s, (end + 40).min(s.len()));
    countries::find_mentions(&s[end..to], false)
        .first()
        .is_some_and(|m| m.start == 0 && matches!(m.kind, Kind::Name | Kind::Abbr))
}

/// `A, B, C, and D`: a comma and `and` before a name, after a list that already has a comma (the
/// first at `first_comma`), join its last item (`sanctions on Freedonia, and Lund asked ...` starts a
/// clause).
fn last_of_list(s: &str, first_comma: usize, at: usize, end: usize) -> bool {
    let m = &s[at..end];
    m.starts_with(',')
        && m.trim_end().ends_with("and")
        && s[end..].starts_with(|c: char| c.is_uppercase())
        && first_comma < at
}

/// A period after an abbreviation or a legal form (`U.S.`, `Corp.`, `Co.`) rather than a full stop.
fn abbreviation_dot(s: &str, dot: usize) -> bool {
    let word = s[..dot]
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '.'))
        .next()
        .unwrap_or("");
    abbreviation_before(s, dot)
        || matches!(
            word,
            "Co" | "Corp" | "Inc" | "Ltd" | "Bros" | "Jr" | "Sr" | "CO" | "CORP" | "INC" | "LTD"
        )
}

/// Where the clause holding the trigger at `ts` begins (see [`CLAUSE_START`]). A subordinate clause
/// that opens with a participle (`..., while blacklisting X`, `after imposing`) has no subject of its
/// own: it shares the clause before it.
fn clause_start(s: &str, ts: usize) -> usize {
    let starts: Vec<(usize, usize)> = CLAUSE_START
        .find_iter(&s[..ts])
        .map(|m| (m.start(), m.end()))
        .collect();
    let Some(&(a, b)) = starts.last() else {
        return 0;
    };
    let subordinator = matches!(
        s[a..b].to_ascii_lowercase().as_str(),
        "while" | "after" | "before" | "since" | "when" | "once" | "although" | "though"
    );
    // The participle may be the trigger itself (`while blacklisting X`).
    let participle = s[b..]
        .split_whitespace()
        .next()
        .is_some_and(|w| w.len() > 4 && w.to_ascii_lowercase().ends_with("ing"));
    if subordinator && participle {
        return starts.len().checked_sub(2).map_or(0, |i| starts[i].1);
    }
    b
}

/// Verbs of imposing in their `-ing` form, which after `by` make a means clause.
const IMPOSING: &[&str] = &[
    "imposing",
    "announcing",
    "slapping",
    "placing",
    "adding",
    "banning",
    "barring",
    "blacklisting",
    "sanctioning",
    "designating",
    "freezing",
    "levying",
    "introducing",
    "adopting",
    "extending",
    "tightening",
    "expanding",
    "targeting",
];

/// `escalated its response ... by imposing sanctions`: a means clause right before the trigger at
/// `ts` (within its last five words, after `from`) says its subject imposes the measure; the words
/// before it (a response, a reaction) govern the act, not the measure. Where that clause starts, else `from`.
fn means_clause(s: &str, from: usize, ts: usize) -> usize {
    // Six words before the trigger fit in 120 bytes of news text: no need to split the whole clause.
    let near = crate::text::ceil_boundary(s, from.max(ts.saturating_sub(120)));
    let words: Vec<(usize, &str)> = s[near..ts]
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
        .collect();
    let n = words.len();
    (n.saturating_sub(6)..n.saturating_sub(1))
        .find(|&i| {
            words[i].1.eq_ignore_ascii_case("by")
                && IMPOSING.contains(&words[i + 1].1.to_ascii_lowercase().as_str())
        })
        .map_or(from, |i| words[i].0)
}

/// `Japan, which has chastised X for Y, has imposed sanctions on Z`: a relative clause at
/// `clause_start` hung on a party right before it (only a comma between) with an imposing verb before
/// the trigger has that party as its subject.
fn relative_antecedent<'p>(
    s: &str,
    clause_start: usize,
    ts: usize,
    parties: &'p [Party],
) -> Option<&'p Party> {
    let rel = word_before(s, clause_start);
    if !matches!(rel.as_str(), "which" | "who") {
        return None;
    }
    let head = s[..clause_start].trim_end();
    let head = head[..head.len() - rel.len()].trim_end();
    let comma = head.strip_suffix(',')?.trim_end().len();
    let words: Vec<&str> = s[clause_start..ts].split_whitespace().collect();
    let verb = words.iter().rposition(|w| {
        IMPOSE_VERBS.contains(
            &w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
                .as_str(),
        )
    })?;
    // The verb's own words decide (`which wants to impose`); the relative clause's earlier verbs
    // (`which has criticised X for Y, has imposed`) do not.
    if NOT_IMPOSER.is_match(&words[verb.saturating_sub(3)..].join(" ")) {
        return None;
    }
    parties
        .iter()
        .find(|p| p.end == comma && can_be_subject(s, 0, p))
}

fn in_spans(spans: &[(usize, usize)], p: &Party) -> bool {
    spans.iter().any(|&(a, b)| p.start >= a && p.end <= b)
}

/// Nouns of a formal proposal whose relative clause may carry the measure (`a resolution that would
/// impose sanctions`).
const PROPOSALS: &[&str] = &[
    "resolution",
    "resolutions",
    "bill",
    "draft",
    "proposal",
    "motion",
    "legislation",
    "plan",
];

/// The party owning the proposal a relative clause at `clause_start` hangs on: `<party> [modifiers]
/// resolution that|which ...`.
fn proposal_author<'p>(s: &str, clause_start: usize, parties: &'p [Party]) -> Option<&'p Party> {
    let head = s[..clause_start].trim_end();
    let rel = word_before(s, clause_start);
    if !matches!(rel.as_str(), "that" | "which") {
        return None;
    }
    proposal_owner(s, head.len() - rel.len(), parties)
}

/// The party owning a proposal named in the few words before `upto` (`a U.N. Security Council
/// resolution on Tuesday that`, `a draft Security Council resolution imposing`): `<party> [modifiers]
/// resolution`.
fn proposal_owner<'p>(s: &str, upto: usize, parties: &'p [Party]) -> Option<&'p Party> {
    let mut end = s[..upto].trim_end().len();
    for _ in 0..4 {
        let noun = word_before(s, end);
        if noun.is_empty() || s[..end].ends_with([',', ';', ':']) {
            return None;
        }
        let noun_start = s[..end].trim_end().len() - noun.len();
        if PROPOSALS.contains(&noun.as_str()) {
            return parties
                .iter()
                .rev()
                .find(|p| p.end <= noun_start)
                .filter(|p| premodifies(&s[p.end..noun_start]));
        }
        end = s[..noun_start].trim_end().len();
    }
    None
}

/// `said sanctions alone would not work`: between a subject and a trigger naming no target, a
/// reporting verb whose clause opens with the measure (only its modifiers between): the speaker talks
/// about sanctions, imposing none.
fn reports_on_measure(gap: &str) -> bool {
    let words: Vec<&str> = gap.split_whitespace().collect();
    words
        .iter()
        .rposition(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "said" | "says" | "say" | "told" | "added" | "stated" | "believe" | "believes"
            )
        })
        .is_some_and(|i| {
            let rest = words[i + 1..].join(" ");
            let rest = rest
                .strip_prefix("that ")
                .or_else(|| rest.strip_prefix("that"))
                .unwrap_or(&rest);
            premodifies(rest)
        })
}

/// `firms in China`, `entities in Turkey and the UAE`: a target noun right before `in` (through a
/// coordinated party before this one) places the targets in the country.
fn based_in(s: &str, p: &Party) -> bool {
    let head = s[..p.start].trim_end();
    let head = head.strip_suffix("the").unwrap_or(head).trim_end();
    let Some(head) = head.strip_suffix("in") else {
        return false;
    };
    let noun = word_before(head, head.len());
    // `three companies based in Turkey`: the participle places the noun before it.
    if matches!(
        noun.as_str(),
        "based" | "registered" | "headquartered" | "located" | "incorporated"
    ) {
        return true;
    }
    targets::type_of_noun(&noun).is_some_and(|k| k != "state")
}

/// `Qatar Airways`, `Iran Air`: the country word opens an organization's name.
fn opens_org_name(s: &str, p: &Party) -> bool {
    s[p.end..]
        .split_whitespace()
        .next()
        .is_some_and(|w| targets::org_word(w.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// `The U.S. and South Korea`, `Egypt, Algeria and Sudan`: the gap between two coordinated parties.
fn coordinated(gap: &str) -> bool {
    let gap = gap.trim();
    let gap = gap
        .trim_start_matches(['\'', '\u{2019}', 's'])
        .trim()
        .to_ascii_lowercase();
    let gap = gap.as_str();
    matches!(
        gap,
        "and" | "," | "or" | "and the" | ", and" | "and the other"
    ) || matches!(gap, ", the" | ", and the")
}

/// Can party `p` be the subject of the clause starting at `clause_start`? A subject opens its clause or
/// follows a comma or a conjunction; after a verb or a preposition a party is an object (`to push
/// China`, `in the U.N.`); a country word before private actors (`U.S. chipmakers`) or a relation
/// (`South Africa's neighbors`) is no actor.
fn can_be_subject(s: &str, clause_start: usize, p: &Party) -> bool {
    // `President Trump said ...`: a leader's title is part of the subject.
    let mut at = p.start;
    // `President Barack Obama`: a given name between the title and the leader's name.
    let given = |at: usize| {
        let w = s[..at].trim_end().rsplit(' ').next().unwrap_or("");
        let before = s[..at].trim_end().len() - w.len();
        (w.len() > 1 && w.chars().all(|c| c.is_alphabetic()) && w.starts_with(char::is_uppercase))
            .then_some(before)
            .filter(|&b| LEADER_TITLES.contains(&word_before(s, b).as_str()))
    };
    if p.agency {
        at = given(at).unwrap_or(at);
    }
    while p.agency
        && matches!(word_before(s, at).as_str(), w if LEADER_TITLES.contains(&w) || w == "former")
    {
        at = s[..at].trim_end().len() - word_before(s, at).len();
    }
    // `The Government of Canada amended ...`: the body of a country is that country as subject.
    if word_before(s, at) == "of" {
        let of_at = s[..at].trim_end().len() - 2;
        if GOVERNMENT_OF.contains(&word_before(s, of_at).as_str()) {
            at = s[..of_at].trim_end().len() - word_before(s, of_at).len();
        }
    }
    // `a Dubai-based firm`: a place that says whose a target is acts in nothing; `Measures (Iran)
    // Regulations`: a parenthesis names no actor.
    if s[p.end..].starts_with("-based") || s[..at].trim_end().ends_with('(') {
        return false;
    }
    let prev = governing_word(s, at);
    // `In an effort to end the war, the U.N. ...`: a comma before the determiner opens a clause too.
    let head = s[..at].trim_end();
    let head = head
        .strip_suffix("the")
        .or_else(|| head.strip_suffix("The"))
        .filter(|h| h.ends_with(char::is_whitespace))
        .map_or(head, str::trim_end);
    let opens = prev.is_empty()
        || matches!(s[clause_start..at].trim(), "" | "the" | "The")
        || head.ends_with([',', '\u{2014}', '"', '\u{201c}'])
        || head.ends_with(" -")
        || matches!(
            prev.as_str(),
            "that"
                | "and"
                | "but"
                | "so"
                | "then"
                | "also"
                | "said"
                | "says"
                | "meanwhile"
                | "now"
                | "while"
                | "when"
                | "whereas"
        );
    // `U.S.-Japan trade row`: the second half of a hyphenated pair is a modifier.
    // `Last month the United States imposed ...`, `On Friday Norway ...`: a time adverbial opens it too.
    // `the day Oslo imposed ...`: a time noun opens a clause with no relative word.
    let after_time = matches!(
        prev.as_str(),
        "month"
            | "week"
            | "year"
            | "weekend"
            | "today"
            | "yesterday"
            | "earlier"
            | "later"
            | "day"
            | "night"
            | "morning"
            | "evening"
            | "moment"
    ) || super::countries::CALENDAR
        .iter()
        .any(|c| c.eq_ignore_ascii_case(&prev));
    let objectish = !(opens || after_time) || s[..p.start].ends_with(['-', '/']);
    let after = s[p.end..]
        .trim_start_matches(['\'', '\u{2019}', 's', 'S'])
        .trim_start();
    let noun = after.split_whitespace().next().unwrap_or("");
    let noun = noun.trim_matches(|c: char| !c.is_alphanumeric());
    // `Australian port unions`, `U.S. chipmakers`: private actors, not the state.
    let private = p.kind == Kind::Demonym || p.kind == Kind::Abbr || p.kind == Kind::Name;
    let private = private
        && (targets::type_of_noun(noun) == Some("organization")
            || PRIVATE_ACTORS.contains(&noun.to_ascii_lowercase().as_str()))
        && !STATE_BODIES.contains(&noun.to_ascii_lowercase().as_str());
    !(objectish || relational(noun) || private)
}

/// `bars Americans from dealing with them`: the imposer's own people kept from dealing with the
/// targets, no target themselves.
static DEALING_BARRED: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)^(?:\s+(?:citizens|nationals|persons|firms|companies|banks|entities))?\s+from\s+(?:dealing|doing business|transacting|engaging in (?:any )?transactions)\b")
        .expect("dealing pattern compiles")
});

/// Nouns of what befalls a country or what it holds (`its war on Ukraine`, `the invasion of Ukraine`,
/// `the Ukraine war`): a country they govern inside a target phrase is the scene or the victim, no target.
const ABOUT_COUNTRY: &[&str] = &[
    "war",
    "wars",
    "invasion",
    "aggression",
    "attack",
    "attacks",
    "occupation",
    "annexation",
    "sovereignty",
    "integrity",
    "independence",
    "anniversary",
    "conflict",
    "crisis",
    "offensive",
];

/// A country that names the scene or victim of a war or an attack (see [`ABOUT_COUNTRY`]): right after
/// one of those nouns and a preposition, or right before one of them (`Ukraine war`).
fn about_country(s: &str, p: &Party) -> bool {
    let prev = governing_word(s, p.start);
    let after_noun = matches!(prev.as_str(), "on" | "of" | "against" | "in" | "over") && {
        let head = s[..p.start].trim_end();
        let head = head.strip_suffix("the").map_or(head, str::trim_end);
        let head = &head[..head.len() - prev.len()];
        ABOUT_COUNTRY.contains(&word_before(head, head.len()).as_str())
    };
    let next = s[p.end..]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_ascii_lowercase();
    after_noun || ABOUT_COUNTRY.contains(&next.as_str())
}

/// Words that name a kind of party (`companies`, `officials`, `tankers`), not a state or sector, as
/// the head of their phrase (`bank accounts` names accounts).
fn names_kinds(phrase: &str) -> bool {
    let raw: Vec<&str> = phrase.split_whitespace().collect();
    (0..raw.len()).any(|i| kind_heads(&raw, i, &[]))
}

/// A participle clause after a trigger that names whom the measure hits (`..., targeting 10 entities
/// and 54 individuals`); not `including`, which as often lists reasons or places (`sanctioned in other
/// jurisdictions, including Canada`).
static TARGETING_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i),\s+(?:targeting|aimed at|hitting)\s")
        .expect("targeting clause pattern compiles")
});

impl<'a> Slots<'a> {
    /// A new event at `[ts, te)`: the parties inside the trigger, the trigger's clause, and whether the
    /// verb governing it shows a non-imposer.
    fn open(sen: &Sentence<'a, '_>, ts: usize, te: usize, cancel: Option<&'static Cancel>) -> Self {
        let s = sen.s;
        // `implements U.N. Security Council resolutions`: the resolutions' author imposes, the implementer too.
        let mut authors: Vec<&'static str> = sen
            .parties
            .iter()
            .filter(|p| p.start >= ts && p.end <= te)
            .map(|p| p.code)
            .collect();
        authors.dedup();
        let clause_start = clause_start(s, ts);
        // The verb governing the trigger sits within a few words of it (`called for a comprehensive arms
        // embargo`, `want the embargo lifted`, `fears of retaliation`).
        let near_start = s[..ts]
            .char_indices()
            .rev()
            .filter(|&(_, c)| c == ' ')
            .nth(5)
            .map_or(0, |(i, _)| i);
        let near = &s[clause_start
            .max(near_start)
            .max(means_clause(s, clause_start, ts))..ts];
        // `In response, Beijing sanctioned ...`: an opening phrase of reaction is no blocking verb.
        let near = INTRO.find(near).map_or(near, |m| &near[m.end()..]);
        let blocked = NOT_IMPOSER.is_match(near);
        let mention = blocked && !THREAT_AVERTED.is_match(near);
        Slots {
            ts,
            te,
            trigger: &s[ts..te],
            cancel,
            authors,
            clause_start,
            blocked,
            mention,
            ..Slots::default()
        }
    }

    /// Parties right before the trigger (`the European Union's arms embargo`, `U.S. and U.N. sanctions`).
    fn read_premodifiers(&mut self, sen: &Sentence, acc: &mut Acc) {
        let mut edge = self.ts;
        for p in sen.parties.iter().rev().filter(|p| p.end <= self.ts) {
            let gap = &sen.s[p.end..edge];
            // A bare comma lists parties in a capitals headline (`EGYPT, SUDAN BARRED`); in running
            // text it ends an opening phrase (`imposed by Canada, Russia banned`).
            if !premodifies(gap) || gap.trim() == "," && !sen.caps {
                break;
            }
            self.premods.push(p.code);
            if p.agency {
                self.agency_premods.push(p.code);
            }
            if p.kind == Kind::Demonym {
                push_unique(&mut acc.adjectival, p.code);
            }
            edge = p.start;
        }
    }

    /// The agent after `by` shortly after the trigger, with an imposing verb before it (`sanctions
    /// imposed by`), not in `fears of retaliation by Beijing`.
    fn read_by_agent(&mut self, sen: &Sentence) {
        let (s, te) = (sen.s, self.te);
        if self.blocked {
            return;
        }
        let tail_end = s[te..]
            .char_indices()
            .nth(60)
            .map_or(s.len(), |(i, _)| te + i);
        let Some(by) = s[te..tail_end].find(" by ") else {
            return;
        };
        let at = te + by + 4;
        if !IMPOSE_VERBS.contains(&word_before(s, te + by + 1).as_str()) {
            return;
        }
        // `retaliation for the sanctions imposed by Canada`: the agent is the other measure's.
        if TRIGGER.is_match(&s[te..te + by]) {
            return;
        }
        if let Some(p) = sen
            .parties
            .iter()
            .find(|p| p.start >= at && p.start <= at + 5)
        {
            self.sanctioners.push(p.code);
        }
    }

    /// `the tariffs President Reagan has ordered imposed on ...`, `the sanctions Norway imposed`: a
    /// reduced relative clause right after the trigger names the imposer.
    fn read_relative_agent(&mut self, sen: &Sentence) {
        if self.blocked || !self.sanctioners.is_empty() {
            return;
        }
        let (s, te) = (sen.s, self.te);
        let Some(p) = sen
            .parties
            .iter()
            .find(|p| p.start >= te && p.start <= te + 40)
        else {
            return;
        };
        let gap_ok = s[te..p.start].split_whitespace().all(|w| {
            let w = w.to_ascii_lowercase();
            matches!(w.as_str(), "that" | "which" | "the") || LEADER_TITLES.contains(&w.as_str())
        });
        let verb = s[p.end..]
            .split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_ascii_lowercase()
            })
            .find(|w| {
                !matches!(
                    w.as_str(),
                    "has" | "have" | "had" | "also" | "just" | "recently"
                )
            });
        if gap_ok && verb.is_some_and(|v| IMPOSE_VERBS.contains(&v.as_str())) {
            self.sanctioners.push(p.code);
        }
    }

    /// The target phrase: the direct object of a verb that takes one (`blacklisted two firms`), else the
    /// phrase after the first target preposition close to the trigger (`sanctions on`, `against`).
    fn read_target_phrases(&mut self, sen: &Sentence) {
        let (s, te) = (sen.s, self.te);
        if let Some(span) = added_to_list(s, self.clause_start, self.ts, te)
            .or_else(|| named_under_law(s, self.clause_start, self.ts, te))
        {
            self.target_spans.push(span);
            return;
        }
        let w = word_before(s, self.ts);
        // `is designating` is progressive and active: only a participle makes a passive.
        let participle = !self.trigger.to_ascii_lowercase().ends_with("ing");
        let passive_before = participle
            && (matches!(
                w.as_str(),
                "were" | "was" | "been" | "be" | "are" | "is" | "being"
            ) || w.ends_with("ly"));
        if (takes_object(self.trigger) || boycott_verb(s, self.ts, te)) && !passive_before {
            self.target_spans.push((te, self.phrase_end(s, te)));
            return;
        }
        let look_end = s[te..]
            .char_indices()
            .nth(70)
            .map_or(s.len(), |(i, _)| te + i);
        // `banned entry to 500 Americans`, `an entry ban to ...`: the people refused entry follow `to`.
        if self.trigger.to_ascii_lowercase().contains("entry") {
            if let Some(rest) = s[te..look_end].strip_prefix(" to ") {
                let from = look_end - rest.len();
                self.target_spans.push((from, self.phrase_end(s, from)));
                return;
            }
        }
        // `banned imports of Georgian wine`, `designations of Iranian persons`: what an import measure
        // or a designation falls on follows `of`.
        let trigger = self.trigger.to_ascii_lowercase();
        // `a stop list of 963 US citizens`: a list's members follow `of` too.
        let list = trigger.ends_with("list") || trigger.ends_with("lists");
        let export = trigger.contains("export");
        if trigger.contains("import") || trigger.starts_with("designation") || list || export {
            let rest = s[te..look_end].strip_prefix(" of ").or_else(|| {
                s[te..look_end]
                    .strip_prefix(" from ")
                    .filter(|_| trigger.contains("import"))
            });
            if let Some(rest) = rest {
                let from = look_end - rest.len();
                self.target_spans.push((from, self.phrase_end(s, from)));
                return;
            }
        }
        // `sanctions for Iran`, `a sanctions regime for Haiti`: `for` right before a country names whom
        // the measure is for (`for its role` is a reason).
        let after_for = s[te..look_end].strip_prefix(" for ").or_else(|| {
            REGIME_ON
                .find(&s[te..look_end])
                .and_then(|_| s[te..look_end].trim_start().split_once(" for "))
                .map(|(_, rest)| rest)
        });
        if let Some(rest) = after_for {
            let from = look_end - rest.len();
            if sen.parties.iter().any(|p| p.start == from && !p.agency) {
                self.target_spans.push((from, self.phrase_end(s, from)));
                return;
            }
        }
        for m in TARGET_PREP.find_iter(&s[te..look_end]) {
            let from = te + m.end();
            let prep = m.as_str().to_ascii_lowercase();
            // The preposition belongs to the measure only when close to it (`sanctions on`, `tariffs could be
            // slapped on`, `sanctions on March 27 against`), not in a later clause (`sets off on a trip`).
            let gap = &s[te..te + m.start()];
            // `the tariffs President Reagan has ordered imposed on`: a reduced relative clause ending
            // in an imposing verb keeps the preposition the measure's.
            let relative = gap.split_whitespace().count() <= 8
                && gap
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| IMPOSE_VERBS.contains(&w.to_ascii_lowercase().as_str()));
            if gap.split_whitespace().count() > 3 && !relative
                || gap.contains([',', ';', ':', '(', ')', '\u{2014}'])
                || gap.contains(" - ")
            {
                return;
            }
            let next = s[from..].split_whitespace().next().unwrap_or("");
            // `on March 27`, `on Friday`: a date, not a target.
            if prep == "on" && is_calendar(next) {
                continue;
            }
            // `but not to North Korea`
            if word_before(s, te + m.start()) == "not" {
                continue;
            }
            self.target_spans.push((from, self.phrase_end(s, from)));
            return;
        }
    }

    /// `sanctions against Russia, targeting 10 entities and 54 individuals`: a participle clause after
    /// the target phrase (or after the trigger) that names kinds of party is another target phrase.
    fn read_targeting_clause(&mut self, sen: &Sentence) {
        let s = sen.s;
        let from = self
            .target_spans
            .last()
            .map_or(self.te, |&(_, b)| b.max(self.te));
        // Close to the phrase (`against Russia over the war, targeting`), in the same clause.
        let Some(m) = TARGETING_CLAUSE.find(&s[from..]).filter(|m| {
            let gap = &s[from..from + m.start()];
            gap.split_whitespace().count() <= 10
                && !gap.contains([';', ':'])
                && !TRIGGER.is_match(gap)
        }) else {
            return;
        };
        let at = from + m.end();
        let end = self.phrase_end(s, at);
        // Only a clause naming kinds of party (`targeting shipments of goods` names a trade).
        if names_kinds(&s[at..end]) {
            self.target_spans.push((at, end));
        }
    }

    /// Where a target phrase starting at `from` ends: the clause end, or past appositions describing
    /// the names in it (`X, a Hong Kong-based company, and Y, a Russian national`).
    fn phrase_end(&self, s: &str, from: usize) -> usize {
        let mut end = clause_end(s, from);
        for _ in 0..MAX_APPOSITIONS {
            let Some(m) = APPOSITION.find(&s[end..]) else {
                break;
            };
            end = clause_end(s, end + m.end());
        }
        end
    }

    /// Passive subjects (`Two firms were sanctioned`) and inverted passives (`Also subject to
    /// restrictions were ...`) are target phrases; a bare personal name as the subject is a named target.
    fn read_passives(&mut self, sen: &Sentence, acc: &mut Acc) {
        let (s, ts) = (sen.s, self.ts);
        if let Some(p) = PASSIVE.find(s) {
            if p.start() < ts + 40 && p.end() + 40 > ts {
                self.passive = true;
                let start = s[..p.start()].rfind([';', ':']).map_or(0, |i| i + 1);
                let start = passive_subject_start(s, start, p.start());
                let start = relative_subject_start(s, start, p.start());
                let start = reported_subject_start(s, start, p.start());
                self.target_spans.push((start, p.start()));
                if let Some(person) =
                    targets::bare_person(&s[start..p.start()]).filter(|_| !sen.caps)
                {
                    push_type(&mut acc.types, "individual");
                    if !acc.named_as_written.contains(&person.name) {
                        acc.add_named(person);
                    }
                }
                let end = clause_end(s, p.end());
                if s[p.end()..end].contains(" on ") || s[p.end()..end].contains(" against ") {
                    self.target_spans.push((p.end(), end));
                }
            }
        }
        if let Some(p) = INVERTED.find(s) {
            self.passive = true;
            self.target_spans.push((p.end(), clause_end(s, p.end())));
        }
    }

    /// Subjects: the first actor of the trigger's clause and the parties coordinated with it (`The U.S.
    /// and South Korea announced`), outside target phrases; later parties are objects (`given the
    /// Japanese government a warning`). False when the trigger gives no event: a blocking verb and no
    /// other actor (`Amnesty International called for an arms embargo`), or a subject that blocks it
    /// (`the United States and Britain vetoed a resolution to impose sanctions`).
    fn read_subjects(&mut self, sen: &Sentence) -> bool {
        let no_actor = self.premods.is_empty() && self.sanctioners.is_empty() && !self.passive;
        // `discussed U.S. sanctions on Russia`, `responding to the U.S. sanctions`: a measure named
        // by its owner under a verb of talk or reaction is a mention, not an action (`averting EC
        // sanctions` still has the EC threatening them).
        if self.blocked && no_actor || self.mention && self.sanctioners.is_empty() && !self.passive
        {
            return false;
        }
        if !no_actor {
            return true;
        }
        let s = sen.s;
        let (clause_start, ts) = (self.clause_start, self.ts);
        let spans = &self.target_spans;
        let mut group_end: Option<usize> = None;
        let mut filed_in: Option<&Party> = None;
        // The end of the last party read as an object: one coordinated with it is an object too
        // (`sanctions on Russia and Belarus, including ...`).
        let mut object_end: Option<usize> = None;
        for p in sen
            .parties
            .iter()
            .filter(|p| p.start >= clause_start && p.end <= ts && !in_spans(spans, p))
        {
            if let Some(end) = group_end {
                if !coordinated(&s[end..p.start]) {
                    break;
                }
            } else if p.dateline {
                filed_in = filed_in.or(Some(p));
                continue;
            } else if object_end.is_some_and(|e| e <= p.start && coordinated(&s[e..p.start]))
                || !can_be_subject(s, clause_start, p)
            {
                object_end = Some(p.end);
                continue;
            }
            self.sanctioners.push(p.code);
            group_end = Some(p.end);
        }
        // `a U.N. Security Council resolution that would have imposed sanctions`: the author of the
        // proposal the clause hangs on proposes the measure (whoever vetoed it).
        if group_end.is_none() {
            if let Some(p) = proposal_author(s, clause_start, sen.parties)
                .or_else(|| relative_antecedent(s, clause_start, ts, sen.parties))
            {
                self.sanctioners.push(p.code);
                return true;
            }
        }
        if let Some(p) = filed_in.filter(|_| group_end.is_none()) {
            if can_be_subject(s, clause_start, p) {
                self.sanctioners.push(p.code);
                group_end = Some(p.end);
            }
        }
        let blocked = group_end.is_some_and(|end| {
            NOT_IMPOSER.is_match(&s[end.max(means_clause(s, end, ts))..ts])
                || self.target_spans.is_empty() && reports_on_measure(&s[end..ts])
        });
        // `Russia vetoed a draft Security Council resolution imposing an arms embargo`: the subject
        // blocks, the resolution's author proposed the measure.
        if blocked {
            self.sanctioners.clear();
            if let Some(p) = proposal_owner(s, ts, sen.parties) {
                self.sanctioners.push(p.code);
                return true;
            }
        }
        !blocked
    }

    /// Tariffs or duties that name no country they fall on, by no owner, neither imposed (`imposed 100
    /// pct tariffs`) nor said to punish (`raised import tariffs on rice`): trade policy, not a measure
    /// against anyone.
    fn trade_policy(&self, s: &str) -> bool {
        let w = self.trigger.to_ascii_lowercase();
        let imposed = s[..self.ts]
            .split_whitespace()
            .rev()
            .take(4)
            .any(|w| IMPOSE_VERBS.contains(&w.to_ascii_lowercase().as_str()));
        (w.starts_with("tariff") || w.ends_with("duties"))
            && self.new_targets.is_empty()
            && self.premods.is_empty()
            && self.authors.is_empty()
            && !imposed
            && !PUNITIVE.is_match(s)
    }

    /// The authors inside the trigger impose too; a lifting leaves no imposer: neither the subject lifting
    /// the measure nor its owner (`the American sanctions would be lifted`) imposes anything here.
    fn settle_agents(&mut self) {
        self.sanctioners.extend(self.authors.iter().copied());
        if self.cancel.is_some() {
            self.sanctioners.clear();
            self.premods.clear();
        }
    }

    /// The target phrase's span holding party `p`.
    fn span_of(&self, p: &Party) -> Option<(usize, usize)> {
        self.target_spans
            .iter()
            .copied()
            .find(|&(a, b)| p.start >= a && p.end <= b)
    }

    /// Countries inside the target phrases that are targets, and whether one heads a phrase (the state).
    fn read_target_countries(&mut self, sen: &Sentence) {
        for p in sen
            .parties
            .iter()
            .filter(|p| in_spans(&self.target_spans, p) && !p.agency)
        {
            if !self.is_target_country(sen, p) {
                continue;
            }
            self.found_target = true;
            self.country_target |= !opens_org_name(sen.s, p);
            if !self.new_targets.contains(&p.code) {
                self.new_targets.push(p.code);
            }
            if self.heads_as_state(sen, p) {
                self.state = true;
            }
        }
    }

    /// A country inside a target phrase is a target unless it is a place, a destination or an origin
    /// deeper in the phrase, a bloc, or an actor of this event.
    fn is_target_country(&self, sen: &Sentence, p: &Party) -> bool {
        let s = sen.s;
        let prev = governing_word(s, p.start);
        // `operating in Britain`: where a target sits is no target, unless it says whose the targets
        // are (`firms in China and the United Arab Emirates`).
        if matches!(prev.as_str(), "in" | "at" | "inside" | "within" | "near") && !based_in(s, p) {
            return false;
        }
        // `exports to the United States`: a destination inside the phrase, unless the phrase opens with it
        // (`embargoes applied to China, Burma and Zimbabwe`).
        // An export measure falls on the goods' destination (`banned exports of computers to X`).
        if prev == "to"
            && !self.trigger.to_ascii_lowercase().contains("export")
            && !self
                .span_of(p)
                .is_some_and(|sp| heads_phrase(s, sp, p, sen.parties))
        {
            return false;
        }
        // `entities from RUSSIA` names the target's country; `diversion from United States markets` does not.
        // `imports of food from Norway`: an import measure falls on the goods' origin.
        if prev == "from" && !self.trigger.to_ascii_lowercase().contains("import") {
            let head = s[..p.start].trim_end();
            let head = head[..head.len().saturating_sub(4)].trim_end();
            let noun = head.rsplit(' ').next().unwrap_or("");
            if targets::type_of_noun(noun).is_none() {
                return false;
            }
        }
        !(matches!(p.code, "EU" | "UN" | "NATO")
            || about_country(s, p)
            || DEALING_BARRED.is_match(&s[p.end..])
            || self.sanctioners.contains(&p.code)
            || self.premods.contains(&p.code))
    }

    /// The country itself heading the phrase (`against Fiji`, not `Myanmar officials`) is the state.
    fn heads_as_state(&self, sen: &Sentence, p: &Party) -> bool {
        if !matches!(
            p.kind,
            Kind::Name | Kind::Abbr | Kind::Capital | Kind::Seat | Kind::Ambiguous
        ) {
            return false;
        }
        // `Myanmar military officials`, `Myanmar's generals`: the country names whose officials, not the state.
        let after = &sen.s[p.end..];
        let owned = after
            .strip_prefix("'s")
            .or_else(|| after.strip_prefix("\u{2019}s"));
        // `Iran's Revolutionary Guards`, `Russia's Sberbank`: a name the country owns.
        let owns_name = !sen.caps
            && owned.is_some_and(|o| {
                o.split_whitespace()
                    .next()
                    .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
            });
        let modifies = owned
            .unwrap_or(after)
            .split_whitespace()
            .take(3)
            .take_while(|w| w.chars().next().is_some_and(|c| c.is_lowercase()))
            .any(|w| {
                targets::type_of_noun(w.trim_matches(|c: char| !c.is_alphanumeric()))
                    .is_some_and(|k| k != "state")
            });
        let names_org = opens_org_name(sen.s, p);
        let heads = self
            .span_of(p)
            .is_some_and(|sp| heads_phrase(sen.s, sp, p, sen.parties));
        heads && !modifies && !names_org && !owns_name
    }

    /// With no actor in the sentence, the speaker of a closing reporting clause (`..., White House
    /// officials said`) is the imposer.
    fn read_reporting_speaker(&mut self, sen: &Sentence) {
        if !(self.sanctioners.is_empty() && self.premods.is_empty()) {
            return;
        }
        // With no target country, only a sanctions agency speaking (`..., the Treasury said`) acts:
        // `..., Ruritanian officials said` may be the target's reaction.
        let agency_only = !self.found_target;
        let s = sen.s;
        let Some(comma) = s.rfind(", ") else {
            return;
        };
        let tail = &s[comma..];
        let reporting = tail.contains(" said") || tail.contains(" say") || tail.contains(" told");
        if tail.len() > 60 || !reporting {
            return;
        }
        let new_targets = &self.new_targets;
        for p in sen
            .parties
            .iter()
            .filter(|p| p.start > comma && !new_targets.contains(&p.code))
            .filter(|p| p.agency || !agency_only)
        {
            self.sanctioners.push(p.code);
        }
    }

    /// Still no actor: an event of the same announcement a sentence or two before lends its agent. An
    /// event with one (the subject, or an agency owning the measure, `The Treasury Department
    /// sanctioned`) becomes the one to lend; a country premodifier may yet turn out a target.
    fn carry_agent(&mut self, sen: &Sentence, acc: &mut Acc) {
        if self.cancel.is_some() {
            return;
        }
        if self.sanctioners.is_empty() && self.premods.is_empty() && !self.blocked {
            let has_target = self.found_target || !self.target_spans.is_empty();
            if has_target
                && !acc.last_agents.is_empty()
                && acc.sentence_no <= acc.last_agents_at + CARRY_SENTENCES
                && generic_subject(&sen.s[self.clause_start..self.ts])
            {
                let new_targets = &self.new_targets;
                self.sanctioners
                    .extend(acc.last_agents.iter().filter(|c| !new_targets.contains(c)));
            }
        } else {
            acc.last_agents = if self.sanctioners.is_empty() {
                std::mem::take(&mut self.agency_premods)
            } else {
                self.sanctioners.clone()
            };
            acc.last_agents_at = acc.sentence_no;
        }
    }

    fn keep_target_countries(&self, s: &str, acc: &mut Acc) {
        for c in &self.new_targets {
            push_unique(&mut acc.targets, c);
        }
        // `a boycott of companies trading with Israel`: a country-wide trigger on named kinds of
        // party is a measure on those parties, not on the state.
        let on_parties = self.names_parties(s);
        // `sanctions against Russia, targeting 10 entities and 54 individuals`: sanctions on a country
        // that name the kinds of party they hit are on those parties (an embargo stays on the state).
        let on_named_kinds = !state_trigger(self.trigger) && on_parties;
        if self.state && !on_named_kinds
            || (self.country_target && state_trigger(self.trigger) && !on_parties)
        {
            push_type(&mut acc.types, "state");
        }
    }

    /// A target phrase names a kind of party (`companies`, `officials`, `tankers`).
    fn names_parties(&self, s: &str) -> bool {
        self.target_spans
            .iter()
            .any(|&(a, b)| names_kinds(&s[a..b]))
    }

    /// Named targets of the event: in its target phrases (after type nouns, legal forms, acronyms the
    /// text introduced), designations (`declared the Bank of Dandong a ...`), and the name shapes.
    fn named_targets(&self, sen: &Sentence, acc: &mut Acc) -> Vec<Target> {
        let (s, caps) = (sen.s, sen.caps);
        let mut named = Vec::new();
        let own = !self.sanctioners.is_empty()
            || !self.premods.is_empty()
            || self.found_target
            || self.passive;
        // An event with no actor, no target country and no passive, outside an announcement
        // (`restrictions on participation in the economy`): its phrase gives the story no kinds.
        let announced = !own && self.cancel.is_none() && acc.in_announcement();
        let mut unowned = Vec::new();
        for &(a, b) in &self.target_spans {
            let types = if own || announced {
                &mut acc.types
            } else {
                &mut unowned
            };
            targets::read_phrase(&s[a..b], caps, types, &mut named);
            // `The RDIF was put on a U.S. sanctions list`: an acronym stands for its long form in the text.
            for (long, code) in targets::expand_acronyms(&s[a..b], sen.acronyms) {
                push_type(&mut acc.types, "organization");
                named.push(Target {
                    name: long,
                    kind: "organization".to_string(),
                });
                if let Some(c) = code {
                    push_unique(&mut acc.targets, c);
                }
            }
        }
        // `declared the Bank of Dandong a "primary money laundering concern"`: a designation names its target.
        if !caps {
            for n in targets::designated(s) {
                push_type(
                    &mut acc.types,
                    if n.kind == "individual" {
                        "individual"
                    } else {
                        "organization"
                    },
                );
                named.push(n);
            }
        }
        // Names in the shapes news gives designated parties (`sanctioned X, Y and Z`, `the tanker X`,
        // `X Ltd`), read only in a sentence whose event has an actor or a target country, or is passive.
        // An event with no actor, no target country and no passive (`The Securities and Exchange
        // Commission sanctioned the accounting firm X`: a regulator's penalty) names no target.
        // An event with no actor of its own inside an announcement (`The sanctions include X`) names
        // targets by their shapes; names found by position alone need an event that stands by itself.
        // `the already sanctioned Vostra group`, `X, which was designated in 2023`: a party listed
        // before is mentioned, not targeted now.
        if !own && !announced || past_designation(s, self.ts, self.te) {
            named.clear();
            return named;
        }
        for n in targets::shaped_names(s, caps, &self.target_spans, self.ts) {
            push_type(&mut acc.types, targets::type_of_kind(&n.kind));
            named.push(n);
        }
        // A headline in Title Case (`Oslo Sanctions Firms Involved in Arms Deals`) capitalises every
        // word: names by position alone cannot be told there.
        if !caps && own && !title_case(s) {
            for n in self
                .slot_regions(s)
                .flat_map(|(a, b)| slot_names::slot_names(s, a, b))
            {
                // A name found by its place alone gives no kind to the story: its kind is a guess
                // from its words, and the story's kinds come from what the text says of its targets.
                if !named.iter().any(|m| m.name.contains(&n.name)) {
                    named.push(n);
                }
            }
        }
        named
    }

    /// Where the event's targets stand: after the trigger, and the phrases before it (a passive's
    /// subject, the object of `added ... to the list`).
    fn slot_regions<'s>(&'s self, s: &'s str) -> impl Iterator<Item = (usize, usize)> + 's {
        let before = self
            .target_spans
            .iter()
            .copied()
            .filter(|&(_, b)| b <= self.ts);
        std::iter::once((self.te, slot_names::slot_end(s, self.te))).chain(before)
    }

    /// The event for `--explain`, then its agents and premodifiers into the story's.
    fn keep_event(self, sen: &Sentence, named_now: Vec<String>, acc: &mut Acc) {
        let s = sen.s;
        if let Some(events) = acc.events.as_mut() {
            events.push(Event {
                trigger: self.trigger.to_string(),
                agents: self.sanctioners.iter().map(|c| c.to_string()).collect(),
                premodifiers: self.premods.iter().map(|c| c.to_string()).collect(),
                target_countries: self.new_targets.iter().map(|c| c.to_string()).collect(),
                targets: named_now,
                cancelled: self.cancel.map(|c| c.why),
                sentence: s.to_string(),
            });
        }
        if !(self.sanctioners.is_empty() && self.premods.is_empty()) {
            acc.last_acted_at = Some(acc.sentence_no);
        }
        for c in self.sanctioners {
            push_unique(&mut acc.sanctioners, c);
        }
        for c in self.premods {
            // A premodifier next to an explicit agent is the target (`the South African sanctions law,
            // enacted by the United States`).
            if !self.found_target
                && s[self.te..].contains(" by ")
                && acc.sanctioners.iter().any(|x| x != c)
            {
                push_unique(&mut acc.targets, c);
                push_type(&mut acc.types, "state");
            } else {
                push_unique(&mut acc.premods, c);
                if state_trigger(self.trigger)
                    || self.trigger.to_ascii_lowercase().starts_with("sanction")
                {
                    push_unique(&mut acc.premod_state, c);
                }
            }
        }
    }
}

/// A designation of the past mentioned in passing: a participle describing a party listed before
/// (`the already sanctioned X`), or a passive in a relative or `after` clause dated to a past month or
/// year (`X, which was designated in 2023`, `After X were designated in March 2025, ...`).
fn past_designation(s: &str, ts: usize, te: usize) -> bool {
    let from = crate::text::ceil_boundary(s, ts.saturating_sub(LOOK_BEFORE));
    let to = crate::text::floor_boundary(s, (te + LOOK_BEFORE).min(s.len()));
    described_as_listed(&s[from..ts])
        || PAST_CLAUSE.is_match(&s[from..ts]) && DATED.is_match(&s[te..to])
        || ALREADY_UNDER.is_match(&s[from..ts])
}

/// A passive in a relative or `after` clause, right before its trigger (`which was`, `After X were`).
static PAST_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:after|since|which|who|that|once)\s+(?:[\w.'\x{2019}-]+\s+){0,6}(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?$")
        .expect("past clause compiles")
});

/// A past month or year right after a trigger, in its clause (`designated in March 2021`).
static DATED: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"^[^,;.]{0,80}?\b(?:in|since)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b")
        .expect("dated pattern compiles")
});

/// `X, which is already under U.S. sanctions`: a standing listing of a party mentioned.
static ALREADY_UNDER: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:already|previously|long)\s+(?:been\s+)?(?:under|subject\s+to|on|hit\s+by)\s+(?:[\w.'\x{2019}-]+\s+){0,3}$")
        .expect("already-under pattern compiles")
});

/// How far around a trigger [`past_designation`] reads.
const LOOK_BEFORE: usize = 100;

/// A line in Title Case: no lower-case word of five letters or more, and at least three capitalised
/// words (`Oslo Sanctions Firms Involved in Arms Deals`).
fn title_case(s: &str) -> bool {
    let words = s
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let mut capital = 0;
    for w in words {
        if w.starts_with(|c: char| c.is_lowercase()) && w.chars().count() >= 5 {
            return false;
        }
        capital += usize::from(w.starts_with(|c: char| c.is_uppercase()));
    }
    capital >= 3
}

/// Keep the new names of an event in the story (an acronym named by the long form the text introduced,
/// `such as RDIF`); the event's names, once each, for `--explain`.
fn keep_named(named: Vec<Target>, acronyms: &targets::Acronyms, acc: &mut Acc) -> Vec<String> {
    let mut named_now: Vec<String> = Vec::new();
    if acc.events.is_some() {
        for n in &named {
            if !named_now.contains(&n.name) {
                named_now.push(n.name.clone());
            }
        }
    }
    for mut n in named {
        // `Treasury's Office of Foreign Assets Control`: the acting agency is no target; nor is a list
        // (`Unreliable Entities List`).
        if AGENT_NAMES
            .find_iter(&n.name)
            .any(|m| m.end() == n.name.len() && AGENCIES.iter().any(|a| a.0 == m.as_str()))
            || n.name.ends_with(" List")
            || n.name == "List"
        {
            continue;
        }
        let inner = targets::unquoted(&n.name);
        if inner.len() < n.name.len() && !inner.trim().is_empty() {
            n.name = inner.trim().to_string();
        }
        // `Belarusian President Ivo Marek` from a shape that keeps the run whole: the person's name.
        let short = targets::strip_inner_title(&n.name);
        if short.len() < n.name.len() {
            n.name = short.to_string();
            n.kind = "individual".to_string();
        }
        if n.name.len() <= 6 && n.name.chars().all(|c| c.is_ascii_uppercase()) {
            if let Some((long, _)) = targets::expand_acronyms(&n.name, acronyms)
                .into_iter()
                .next()
            {
                n.name = long;
            }
        }
        if !acc.named_lower.contains(&n.name.to_ascii_lowercase()) {
            acc.add_named(n);
        }
    }
    named_now
}

fn push_type(v: &mut Vec<&'static str>, t: &'static str) {
    if !v.contains(&t) {
        v.push(t);
    }
}

fn is_calendar(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    super::countries::CALENDAR.contains(&w)
        || ["Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec"].contains(&w)
}

/// Country and bloc mentions of a whole text (ambiguous names are settled against the whole text).
fn parties_of(s: &str, caps: bool) -> Vec<Party> {
    let mut ps: Vec<Party> = countries::find_mentions(s, caps)
        .into_iter()
        .filter(|m: &Mention| {
            // A city is a place, no party, except where it says whose a target is (`a Dubai-based firm`).
            m.kind != Kind::City && m.kind != Kind::Region || s[m.end..].starts_with("-based")
        })
        .map(|m| Party {
            code: m.code,
            start: m.start,
            end: m.end,
            kind: m.kind,
            agency: false,
            dateline: false,
        })
        .collect();
    // `Brussels` is both Belgium and the EC: as a party to sanctions it is the bloc. One pass over the
    // parties, not one per bloc mention: the mentions come in text order and do not overlap.
    let blocs = countries::bloc_mentions(s);
    ps.retain(|p| {
        let next = blocs.partition_point(|&(_, _, end)| end <= p.start);
        blocs.get(next).is_none_or(|&(_, start, _)| p.end <= start)
    });
    ps.extend(blocs.into_iter().map(|(code, start, end)| Party {
        code,
        start,
        end,
        kind: Kind::Name,
        agency: false,
        dateline: false,
    }));
    ps.sort_by_key(|p| p.start);
    // Agencies and leaders fill the gaps the country mentions leave (`State Department` is a seat
    // already) and win over a country word inside them (`Council of the European Union`); one right
    // after a country word is that country's (`British Treasury`). Both lists are in text order.
    let mut merged: Vec<Party> = Vec::with_capacity(ps.len());
    let mut parties = ps.into_iter().peekable();
    for a in agents_of(s) {
        while let Some(p) = parties.next_if(|p| p.start < a.start) {
            merged.push(p);
        }
        if merged.last().is_some_and(|q| q.end > a.start) {
            continue;
        }
        // Country words inside the agency's name are part of it.
        while parties.next_if(|p| p.end <= a.end).is_some() {}
        if parties.peek().is_some_and(|p| p.start < a.end) {
            continue;
        }
        push_agent(s, &mut merged, a);
    }
    merged.extend(parties);
    merged
}

/// Keep an agent unless it follows a party with only `'s` or a space between (`British Treasury`,
/// `Russia's Foreign Ministry`): that party says whose it is.
fn push_agent(s: &str, merged: &mut Vec<Party>, a: Party) {
    let owned = merged.last().is_some_and(|q: &Party| {
        let gap = s[q.end..a.start].trim();
        gap.is_empty() || gap == "'s" || gap == "\u{2019}s"
    });
    if !owned {
        merged.push(a);
    }
}

/// The parties inside `[a, b)`, re-based to the sentence start.
fn parties_in(all: &[Party], a: usize, b: usize) -> Vec<Party> {
    let from = all.partition_point(|p| p.start < a);
    all[from..]
        .iter()
        .take_while(|p| p.end <= b)
        .map(|p| Party {
            start: p.start - a,
            end: p.end - a,
            ..*p
        })
        .collect()
}

/// A dateline opening a story: a place in capitals, perhaps a date and an agency, then a dash
/// (`WASHINGTON (Reuters) - `, `TOKYO, March 3 - `, `BEIJING/SEOUL - `).
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"^\s*[A-Z][A-Z .'/-]{1,40}?(?:,\s*[A-Za-z]{3,9}\.?\s+\d{1,2})?\s*(?:\([A-Za-z .]{2,20}\)\s*)?(?:-{1,2}|\x{2013}|\x{2014})\s")
        .expect("dateline pattern compiles")
});

/// Where the dateline of `body` ends (0 when there is none).
fn dateline_end(body: &str) -> usize {
    let to = crate::text::floor_boundary(body, body.len().min(120));
    DATELINE.find(&body[..to]).map_or(0, |m| m.end())
}

/// The longest name a part of a name can be in [`drop_partial_names`], in words.
const MAX_NAME_WORDS: usize = 8;

/// Drop a named target whose words are a run of the words of a longer one of the same kind
/// (`Northwind Trading` beside `Northwind Trading LLC`, `Timchenko` beside `Gennady Timchenko`): the
/// guide asks for the fullest form. One set of the word runs of every name, so linear in the names.
fn drop_partial_names(named: &mut Vec<Target>) {
    // One name written with and without a legal form's period (`Vanta Co` from one shape, `Vanta Co.`
    // from another): the longest writing stays, once.
    let mut longest: std::collections::HashMap<(String, String), usize> = Default::default();
    for t in named.iter() {
        let key = (
            name_words(&t.name).join(" "),
            kind_group(&t.kind).to_string(),
        );
        let l = longest.entry(key).or_insert(0);
        *l = (*l).max(t.name.len());
    }
    let mut seen: HashSet<(String, String)> = HashSet::new();
    named.retain(|t| {
        let key = (
            name_words(&t.name).join(" "),
            kind_group(&t.kind).to_string(),
        );
        longest.get(&key) == Some(&t.name.len()) && seen.insert(key)
    });
    let mut parts: HashSet<(String, String)> = HashSet::new();
    for t in named.iter() {
        let words: Vec<String> = name_words(&t.name);
        if words.len() < 2 || words.len() > MAX_NAME_WORDS {
            continue;
        }
        for a in 0..words.len() {
            for b in a + 1..=words.len() {
                if b - a < words.len() {
                    parts.insert((words[a..b].join(" "), kind_group(&t.kind).to_string()));
                }
            }
        }
    }
    if parts.is_empty() {
        return;
    }
    named.retain(|t| {
        let key = name_words(&t.name).join(" ");
        !parts.contains(&(key, kind_group(&t.kind).to_string()))
    });
}

/// The words of a name in lower case without the punctuation around them (`Co., Ltd` is `co ltd`).
fn name_words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// A one-word name gets `organization` when its words do not say (`Timchenko`): it may be a part of a
/// person's name too, so people and organizations are one group for [`drop_partial_names`].
fn kind_group(kind: &str) -> &str {
    match kind {
        "vessel" | "aircraft" => kind,
        _ => "party",
    }
}

/// A designation list read across sentences: the kind its noun gives the items, and how they are cut.
#[derive(Clone, Copy)]
enum ListMode {
    /// `The list of officials includes A; B, a banker; and C`: the sentence splitter cuts at semicolons.
    Semicolons(Option<&'static str>),
    /// `OFAC sanctioned the following entities:` and one bulleted line per item.
    Bullets(Option<&'static str>),
}

/// A list of the parties an announcement designated, after the event (`The list of officials includes
/// A; B; C`, bulleted lines after `the following entities:`): its items are named targets. `list`
/// holds the list while it runs on past semicolons or from one bulleted line to the next. True when
/// `s` was read as (part of) such a list.
fn read_list(s: &str, caps: bool, list: &mut Option<ListMode>, acc: &mut Acc) -> bool {
    let runs_on = s.trim_end().ends_with(';');
    // A sentence opening a list that also holds a measure (`Among them are X and Y, whose entry bans
    // Oslo announced`) is read for its event too.
    let own_event = TRIGGER.is_match(s);
    let (items, next) = match *list {
        Some(ListMode::Semicolons(kind)) => (
            targets::list_items(s, 0, caps, kind, true),
            runs_on.then_some(ListMode::Semicolons(kind)),
        ),
        Some(ListMode::Bullets(kind)) if targets::has_bullets(s) => (
            targets::bullet_items(s, caps, kind),
            Some(ListMode::Bullets(kind)),
        ),
        _ => {
            let recent = acc
                .last_acted_at
                .is_some_and(|at| acc.sentence_no <= at + LIST_SENTENCES);
            let Some((from, kind)) = targets::list_opening(s, recent).filter(|_| !caps) else {
                *list = None;
                return false;
            };
            // `Sanctioned entities include:` with the items on bulleted lines after it.
            if s[from..].trim().is_empty() || targets::has_bullets(&s[from..]) {
                let items = targets::bullet_items(&s[from..], caps, kind);
                keep_items(items, acc);
                *list = Some(ListMode::Bullets(kind));
                return !own_event;
            }
            let items = targets::list_items(s, from, caps, kind, s[from..].contains(';'));
            if items.is_empty() {
                *list = None;
                return false;
            }
            keep_items(items, acc);
            *list = runs_on.then_some(ListMode::Semicolons(kind));
            acc.last_acted_at = Some(acc.sentence_no);
            return !own_event;
        }
    };
    if items.is_empty() {
        *list = None;
        return false;
    }
    keep_items(items, acc);
    *list = next;
    // A list goes on the announcement: its next sentences may list more (`It added X. It added Y.`).
    acc.last_acted_at = Some(acc.sentence_no);
    true
}

/// A designation list's items into the story's named targets and their types.
fn keep_items(items: Vec<Target>, acc: &mut Acc) {
    for t in items {
        push_type(&mut acc.types, targets::type_of_kind(&t.kind));
        if !acc.named_lower.contains(&t.name.to_ascii_lowercase()) {
            acc.add_named(t);
        }
    }
}

/// A sentence with no trigger inside an announcement (`OFAC sanctioned three firms. The actions of
/// Vanta Co and Orla Inc involve ...`): the names it gives by a shape that marks a party are the
/// announcement's targets.
fn announced_names(s: &str, caps: bool, acc: &mut Acc) {
    // `* March 7: X files ...`: a dated entry of a timeline is an event of its own, no part of the
    // announcement before it.
    if !acc.in_announcement() || DATED_ENTRY.is_match(s) {
        return;
    }
    // Only a kind of party the story already targets (`sanctioned four companies`): a firm named in
    // the aftermath of a tariff on a country's goods is a bystander.
    let mut names = targets::announced_names(s, caps);
    names.retain(|t| acc.types.contains(&targets::type_of_kind(&t.kind)));
    keep_items(names, acc);
}

/// A line opening with a date and a colon (`* March 7:`, `Feb. 13, 2017:`): an entry of a timeline.
static DATED_ENTRY: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"^\W*(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2}(?:,\s+\d{4})?:")
        .expect("dated entry compiles")
});

/// After an event with an actor in sentence `s`: a closing colon (`sanctioned the following
/// entities:`) opens a bulleted list, whose lines may follow in the same paragraph.
fn open_bullets(s: &str, caps: bool, list: &mut Option<ListMode>, acc: &mut Acc) {
    if acc.last_acted_at != Some(acc.sentence_no) || caps {
        return;
    }
    let Some(colon) = s
        .find(":\n")
        .or_else(|| s.trim_end().ends_with(':').then(|| s.trim_end().len() - 1))
    else {
        return;
    };
    let kind = targets::last_kind(&s[..colon]);
    keep_items(targets::bullet_items(&s[colon + 1..], caps, kind), acc);
    *list = Some(ListMode::Bullets(kind));
}

/// `The Treasury announced the move on Monday. It said ...`: an agency or a seat of government opening a
/// sentence with no trigger is the announcer a following pronoun stands for.
fn note_announcer(s: &str, parties: &[Party], acc: &mut Acc) {
    let Some(p) = parties.first() else {
        return;
    };
    let opens = s[..p.start]
        .split_whitespace()
        .all(|w| w.eq_ignore_ascii_case("the"));
    // `The U.S. Treasury`, `The Russian Foreign Ministry`: the country owns the agency after it.
    let owns_agency = s[p.end..]
        .trim_start_matches(['\'', '\u{2019}', 's'])
        .split_whitespace()
        .next()
        .is_some_and(|w| AGENCY_HEADS.contains(&w.to_ascii_lowercase().as_str()));
    let actor = p.agency || p.kind == Kind::Seat || owns_agency;
    if opens && actor && can_be_subject(s, 0, p) {
        acc.last_agents = vec![p.code];
        acc.last_agents_at = acc.sentence_no;
    }
}

/// Words after a country that make it an agency of its government (`the U.S. Treasury`).
const AGENCY_HEADS: &[&str] = &[
    "treasury",
    "department",
    "ministry",
    "foreign",
    "commerce",
    "state",
    "government",
    "administration",
    "office",
];

/// Who sanctions whom in one article.
pub fn find_roles(title: Option<&str>, body: &str) -> Roles {
    read_roles(title, body, Acc::default()).0
}

/// The sanctions events of one article, as `extract --explain` shows them.
pub fn explain(title: Option<&str>, body: &str) -> Vec<Event> {
    let acc = Acc {
        events: Some(Vec::new()),
        ..Acc::default()
    };
    read_roles(title, body, acc).1
}

fn read_roles(title: Option<&str>, body: &str, mut acc: Acc) -> (Roles, Vec<Event>) {
    let acronyms = targets::Acronyms::new(body);
    if let Some(t) = title.filter(|t| TRIGGER.is_match(t)) {
        let caps = countries::mostly_caps(t);
        // A title is one sentence, but a JSON Lines record can put megabytes in it: bounded pieces too.
        let mut spans = Vec::new();
        push_bounded(t, 0, t.len(), &mut spans);
        let all = parties_of(t, caps);
        for (a, b) in spans {
            sentence_roles(&t[a..b], &parties_in(&all, a, b), caps, &acronyms, &mut acc);
        }
    }
    // Most stories of a news folder are not about sanctions: without a trigger word the body is not even
    // cut into sentences.
    if TRIGGER.is_match(body) {
        let caps = countries::mostly_caps(body);
        let mut all = parties_of(body, caps);
        // `MEXICO CITY (Reuters) - The U.S. Treasury ...`: the dateline says where the story was filed.
        let dateline = dateline_end(body);
        for p in all.iter_mut().take_while(|p| p.start < dateline) {
            p.dateline = true;
        }
        let mut list = None;
        for (a, b) in sentences(body)
            .into_iter()
            .flat_map(|(a, b)| few_triggers(body, a, b))
        {
            let s = &body[a..b];
            acc.sentence_no += 1;
            if read_list(s, caps, &mut list, &mut acc) {
                continue;
            }
            let parties = parties_in(&all, a, b);
            if !TRIGGER.is_match(s) {
                note_announcer(s, &parties, &mut acc);
                announced_names(s, caps, &mut acc);
                continue;
            }
            sentence_roles(s, &parties, caps, &acronyms, &mut acc);
            open_bullets(s, caps, &mut list, &mut acc);
        }
    }
    // Adjectival premodifiers are read after the explicit roles: with another imposer in the story and no
    // act of its own, `the South African sanctions bill` / `Polish sanctions` are measures on that country.
    let explicit_sanctioners = acc.sanctioners.clone();
    for c in std::mem::take(&mut acc.premods) {
        let adjectival_target = acc.adjectival.contains(&c)
            && !explicit_sanctioners.is_empty()
            && !explicit_sanctioners.contains(&c);
        if adjectival_target {
            push_unique(&mut acc.targets, &c);
        }
        if acc.targets.contains(&c) {
            // `Japanese tariffs` in a story about tariffs on Japanese goods: a measure on the country.
            if acc.premod_state.contains(&c) {
                push_type(&mut acc.types, "state");
            }
            continue;
        }
        push_unique(&mut acc.sanctioners, &c);
    }
    if !countries::mostly_caps(body) {
        slot_names::fullest_forms(body, &mut acc.named);
    }
    drop_partial_names(&mut acc.named);
    // A country is rarely both: an explicit target that is also a subject somewhere stays a target
    // only when the story never has it imposing anything else.
    let mut types: Vec<String> = acc.types.iter().map(|t| t.to_string()).collect();
    types.sort();
    let roles = Roles {
        sanctioners: acc.sanctioners,
        target_countries: acc.targets,
        target_types: types,
        targets: acc.named,
    };
    (roles, acc.events.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(t: &str) -> (Vec<String>, Vec<String>, Vec<String>) {
        let r = find_roles(None, t);
        let mut s = r.sanctioners;
        let mut c = r.target_countries;
        s.sort();
        c.sort();
        (s, c, r.target_types)
    }

    /// Every row of the cancel table on its own examples: the first trigger of each `must` sentence is
    /// cancelled by that row, no trigger of a `must_not` sentence is cancelled at all.
    #[test]
    fn cancel_table_examples() {
        for c in CANCELS {
            for m in c.must {
                let t = TRIGGER.find(m).expect("a trigger in the example");
                assert_eq!(
                    cancelled(m, t.start(), t.end()).map(|c| c.why),
                    Some(c.why),
                    "{m}"
                );
            }
            for m in c.must_not {
                for t in TRIGGER.find_iter(m) {
                    assert!(cancelled(m, t.start(), t.end()).is_none(), "{m}");
                }
            }
        }
    }

    /// Agencies and leaders act for their state; a country word before one says whose it is.
    #[test]
    fn agencies_stand_for_their_state() {
        for (t, want) in [
            ("OFAC sanctioned two Freedonian shipping firms on Tuesday.", "US"),
            ("The Treasury Department blacklisted a Freedonian bank.", "US"),
            ("OFSI froze the assets of a Freedonian trader.", "GB"),
            ("The Council of the European Union imposed a travel ban on four Freedonian officials.", "EU"),
            ("Reagan ordered tariffs on Freedonian steel.", "US"),
            ("The British Treasury froze the accounts of a Freedonian bank.", "GB"),
        ] {
            assert_eq!(roles(t).0, vec![want.to_string()], "{t}");
        }
        // An agency is never a target country.
        let (_, c, _) = roles("Freedonia imposed sanctions on the Treasury Department.");
        assert!(c.is_empty(), "{c:?}");
    }

    /// The Senate and the House act for the United States; a country word before says whose they are.
    #[test]
    fn legislatures_stand_for_their_state() {
        assert_eq!(
            roles("The Senate voted to impose sanctions on Chile.").0,
            vec!["US".to_string()]
        );
        assert_eq!(
            roles("The Philippine Senate voted to impose sanctions on Chile.").0,
            vec!["PH".to_string()]
        );
    }

    /// A time noun opens a clause with no relative word: its subject acts.
    #[test]
    fn the_day_a_state_acted() {
        let t = "Markets fell on May 2, the day Norway's government imposed sanctions on Chile.";
        assert_eq!(roles(t).0, vec!["NO".to_string()]);
        let t =
            "Markets fell on May 2, the day former President Joe Biden imposed sanctions on Chile.";
        assert_eq!(roles(t).0, vec!["US".to_string()]);
    }

    /// An event with no actor, no target country and no passive, far from any announcement, gives the
    /// story no kinds of target.
    #[test]
    fn an_unowned_event_gives_no_kinds() {
        let t = "Oslo imposed sanctions on Chilean officials. Markets fell. Traders sold. Prices slid. \
                 Banks shut. Ships idled. Talks stalled. Critics cite restrictions on participation in the economy.";
        assert_eq!(roles(t).2, vec!["individual".to_string()]);
    }

    /// An announcement names its agent once; the next sentence's event with no actor of its own takes it,
    /// but not three sentences on, and not past a named actor.
    #[test]
    fn agent_carries_across_an_announcement() {
        let t = "The Treasury Department sanctioned a Freedonian bank on Tuesday. It also blacklisted two Freedonian shipping firms and their owner.";
        let ev = explain(None, t);
        assert_eq!(ev.len(), 2, "{ev:?}");
        assert_eq!(ev[1].agents, vec!["US"]);
        let t = "The Treasury Department sanctioned a Freedonian bank on Tuesday. Markets fell. Traders sold. Prices slid. It also blacklisted two Freedonian shipping firms.";
        let ev = explain(None, t);
        assert!(ev[1].agents.is_empty(), "{ev:?}");
        let t = "The Treasury Department sanctioned a Freedonian bank on Tuesday. Activists said sanctions on Freedonian shipping firms would follow.";
        let ev = explain(None, t);
        assert!(ev[1].agents.is_empty(), "{ev:?}");
    }

    /// A designation names its targets in a list, with a vessel by its kind, each with its own type.
    #[test]
    fn designation_lists_name_their_targets() {
        let t = "The Treasury Department on Thursday sanctioned Marko Vell, Dana Ostrova and Greyfin Maritime Ltd, and also blacklisted the tanker Blue Heron.";
        let r = find_roles(None, t);
        assert_eq!(r.sanctioners, vec!["US"]);
        let got: Vec<(String, String)> = r.targets.into_iter().map(|t| (t.name, t.kind)).collect();
        for (name, kind) in [
            ("Marko Vell", "individual"),
            ("Dana Ostrova", "individual"),
            ("Greyfin Maritime Ltd", "organization"),
            ("Blue Heron", "vessel"),
        ] {
            assert!(
                got.contains(&(name.to_string(), kind.to_string())),
                "{name} in {got:?}"
            );
        }
        assert_eq!(r.target_types, vec!["individual", "organization", "vessel"]);
        // A firm named outside the event's phrases is a bystander.
        let r = find_roles(
            None,
            "Greyfin Maritime Ltd said the sanctions on Iceland would cost it dearly.",
        );
        assert!(r.targets.is_empty(), "{:?}", r.targets);
    }

    /// A dateline says where a story was filed: its city is an actor only when the lead names no other.
    #[test]
    fn dateline_is_no_subject_before_a_named_actor() {
        let t = "OTTAWA (Reuters) - The Norwegian government on Monday imposed sanctions on a Freedonian bank.";
        assert_eq!(roles(t).0, vec!["NO"]);
        let t = "OSLO, May 4 - Iceland froze the assets of two Freedonian generals.";
        assert_eq!(roles(t).0, vec!["IS"]);
        // With no actor in the clause, the place of filing stands in for its government.
        let t = "OTTAWA (Reuters) - Officials on Monday announced sanctions on Freedonia's central bank.";
        assert_eq!(roles(t).0, vec!["CA"]);
    }

    /// The period of an abbreviation or a legal form does not end a target phrase.
    #[test]
    fn abbreviation_periods_stay_inside_target_phrases() {
        let r = find_roles(
            None,
            "Iceland imposed sanctions on U.S. arms makers Brandt Dynamics and Kell Aerospace Corp. and their chiefs.",
        );
        assert_eq!(r.target_countries, vec!["US"]);
        let names: Vec<&str> = r.targets.iter().map(|t| t.name.as_str()).collect();
        assert!(names.contains(&"Brandt Dynamics"), "{names:?}");
        // A legal form's period inside the sentence is the name's (as the modern pages are labelled).
        assert!(names.contains(&"Kell Aerospace Corp."), "{names:?}");
        assert!(!names.iter().any(|n| n.starts_with("U.S")), "{names:?}");
    }

    fn named(t: &str) -> Vec<(String, String)> {
        find_roles(None, t)
            .targets
            .into_iter()
            .map(|t| (t.name, t.kind))
            .collect()
    }

    /// A press release of the modern kind: an agency, a list of people, a firm with a legal form, a
    /// tanker, the agent carried to the next sentence, and banks listed after their kind.
    #[test]
    fn designation_press_release() {
        let t = "WASHINGTON - The Treasury Department's Office of Foreign Assets Control on Tuesday designated Pavel Orin Dask, Mira Solte and Tamas Kovar for supplying drones to Freedonia. OFAC also sanctioned Greyfin Trading LLC, a Dubai-based front company, and the tanker Coral Wren. It also blacklisted two Russian banks, Primorye Credit Bank and Ural Capital Bank.";
        let r = find_roles(None, t);
        assert_eq!(r.sanctioners, vec!["US"]);
        // The Dubai-based front company is the Emirates'.
        let mut c = r.target_countries.clone();
        c.sort();
        assert_eq!(c, vec!["AE", "RU"]);
        assert_eq!(r.target_types, vec!["individual", "organization", "vessel"]);
        let got = named(t);
        for (name, kind) in [
            ("Pavel Orin Dask", "individual"),
            ("Mira Solte", "individual"),
            ("Tamas Kovar", "individual"),
            ("Greyfin Trading LLC", "organization"),
            ("Coral Wren", "vessel"),
            ("Primorye Credit Bank", "organization"),
            ("Ural Capital Bank", "organization"),
        ] {
            assert!(
                got.contains(&(name.to_string(), kind.to_string())),
                "{name} in {got:?}"
            );
        }
        // The fullest form only: `Greyfin Trading` is a part of `Greyfin Trading LLC`.
        assert!(!got.iter().any(|(n, _)| n == "Greyfin Trading"), "{got:?}");
    }

    /// Members listed after `including` are named targets, people by their names' shape.
    #[test]
    fn members_listed_after_including() {
        let got = named("London and Ottawa on Friday sanctioned six Russian nationals tied to a ransomware crew, including Oleg Varnin and Dmitri Sokhov.");
        for n in ["Oleg Varnin", "Dmitri Sokhov"] {
            assert!(
                got.contains(&(n.to_string(), "individual".to_string())),
                "{n} in {got:?}"
            );
        }
    }

    /// `added X to its Entity List`: the object before the list is the target; `added` as a reporting
    /// verb is not.
    #[test]
    fn added_to_a_list() {
        let (s, c, ty) =
            roles("The Commerce Department added 14 Chinese firms to its Entity List on Monday.");
        assert_eq!(
            (s, c, ty),
            (
                vec!["US".to_string()],
                vec!["CN".to_string()],
                vec!["organization".to_string()]
            )
        );
        let (_, c, _) =
            roles("The senator added that Iceland was ready to impose sanctions on Freedonia.");
        assert!(!c.contains(&"IS".to_string()), "{c:?}");
    }

    /// A boycott of an airline names it; the country word opening its name is no measure on the state.
    #[test]
    fn boycott_of_an_airline() {
        let r = find_roles(
            None,
            "Ministers said Norway would boycott Ruritania Airways from May.",
        );
        assert_eq!(
            named("Ministers said Norway would boycott Ruritania Airways from May."),
            vec![("Ruritania Airways".to_string(), "organization".to_string())]
        );
        assert_eq!(r.sanctioners, vec!["NO"]);
        let r = find_roles(None, "Norway will boycott Qatar Airways.");
        assert_eq!(r.target_countries, vec!["QA"]);
        assert!(
            !r.target_types.contains(&"state".to_string()),
            "{:?}",
            r.target_types
        );
        // `the boycott is likely to ...`: a noun with no object.
        let r = find_roles(
            None,
            "But the boycott is likely to be overshadowed by China and Russia.",
        );
        assert!(r.target_countries.is_empty(), "{:?}", r.target_countries);
    }

    /// Legal forms in capitals, and a state noun that only modifies another target noun.
    #[test]
    fn capitals_and_state_modifiers() {
        let r = find_roles(None, "OSLO, MAY 3 - NORWAY TODAY IMPOSED SANCTIONS ON KESSEL MACHINE CO LTD FOR SELLING RADAR PARTS.");
        let names: Vec<&str> = r.targets.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, vec!["KESSEL MACHINE CO LTD"]);
        let (_, _, ty) =
            roles("Norway sanctioned ten more Freedonian government ministers on Tuesday.");
        assert_eq!(ty, vec!["individual"]);
    }

    /// Tariff cuts and trade talks are trade policy, with no sanctioner.
    #[test]
    fn tariff_cuts_are_no_sanction() {
        assert!(roles(
            "Norway plans new tariff cuts on 2,000 imported items to narrow its surplus."
        )
        .0
        .is_empty());
        assert!(
            roles("Oslo and Reykjavik resumed talks on tariff reductions for fish.")
                .0
                .is_empty()
        );
        assert_eq!(
            roles("Norway slapped punitive tariffs on Freedonian steel.").0,
            vec!["NO"]
        );
    }

    /// A measure named by its owner is background when someone stands under it, skirts it, or only
    /// talks about it; averting or vetoing it still has its owner threatening or proposing it.
    #[test]
    fn standing_and_mentioned_measures_give_no_event() {
        for t in [
            "Lund, a trader who has been under Norwegian sanctions since 2014, sold the stake.",
            "The broker helped Freedonia skirt Norwegian sanctions for years.",
            "The envoy agreed to abide by U.N. sanctions, officials said.",
            "He was arrested over Freedonia sanctions evasion last year.",
            "The two men discussed Norwegian sanctions on Freedonia at dinner.",
        ] {
            assert!(roles(t).0.is_empty(), "{t}: {:?}", roles(t));
        }
        assert_eq!(
            roles("Makers cut exports to avert Norwegian sanctions.").0,
            vec!["NO"]
        );
    }

    /// A vetoed resolution still has its author proposing the measure; the vetoing states are none.
    #[test]
    fn vetoed_resolution_keeps_its_author() {
        let t = "Russia and China on Tuesday vetoed a U.N. Security Council resolution that would have imposed sanctions on Freedonia.";
        assert_eq!(roles(t).0, vec!["UN"]);
    }

    /// A clause opened by a time adverbial still has its subject.
    #[test]
    fn time_adverbial_before_the_subject() {
        let t = "Last month Norway imposed sanctions on seven Freedonian officials.";
        assert_eq!(roles(t).0, vec!["NO"]);
        let t = "On Friday Norway froze the assets of two Freedonian banks.";
        assert_eq!(roles(t).0, vec!["NO"]);
    }

    /// `Russia's FSB` names the FSB; a list after `sanctions on` stops where its phrase does.
    #[test]
    fn possessive_owner_and_list_end() {
        let got = named("Norway imposed sanctions on Russia's Vostra agency on Friday.");
        assert!(got.iter().any(|(n, _)| n == "Vostra"), "{got:?}");
        let got = named("The pair discussed Norway's plan while Norway imposed sanctions on Freedonia, and Lund asked for a delay.");
        assert!(!got.iter().any(|(n, _)| n == "Lund"), "{got:?}");
    }

    /// Asset freezes list their owners with appositions; each name and each owner's country counts.
    #[test]
    fn frozen_assets_with_appositions() {
        let t = "Norway said on Thursday it had frozen the assets of Oleg Varnin, a Russian businessman, and Amber Line Shipping, a Hong Kong-based company that runs tankers.";
        let r = find_roles(None, t);
        assert_eq!(r.sanctioners, vec!["NO"]);
        assert_eq!(r.target_countries, vec!["RU", "HK"]);
        assert_eq!(r.target_types, vec!["individual", "organization"]);
        let got = named(t);
        assert!(
            got.contains(&("Oleg Varnin".to_string(), "individual".to_string())),
            "{got:?}"
        );
        assert!(
            got.contains(&(
                "Amber Line Shipping".to_string(),
                "organization".to_string()
            )),
            "{got:?}"
        );
    }

    /// Counter-measures: entry bans name their targets after `to`; a leader's title is part of the
    /// subject; `countermeasures` is a measure.
    #[test]
    fn counter_measures_and_leaders() {
        let (s, c, ty) =
            roles("Russia has banned entry to 500 Americans, the Foreign Ministry said on Friday.");
        assert_eq!(
            (s, c, ty),
            (
                vec!["RU".to_string()],
                vec!["US".to_string()],
                vec!["individual".to_string()]
            )
        );
        let (s, c, _) = roles(
            "President Putin said on Friday he would impose tariffs on all imports from Norway.",
        );
        assert_eq!((s, c), (vec!["RU".to_string()], vec!["NO".to_string()]));
        let r = find_roles(
            None,
            "Beijing announced countermeasures against the U.S. drone maker Skyvale on Wednesday.",
        );
        assert_eq!(r.sanctioners, vec!["CN"]);
        assert_eq!(r.target_countries, vec!["US"]);
    }

    /// `firms in China` says whose the firms are; a later background trigger leaves the earlier event.
    #[test]
    fn firms_in_a_country_and_a_later_background_trigger() {
        let (s, c, ty) = roles("Japan approved sanctions against 11 individuals and 42 organizations, including firms in China and Serbia, for helping Russia evade sanctions.");
        assert_eq!(s, vec!["JP"]);
        assert_eq!(c, vec!["CN", "RS"]);
        assert_eq!(ty, vec!["individual", "organization"]);
        // A target's location after a verb is still no target.
        let (_, c, _) = roles("Norway sanctioned two banks operating in Sweden.");
        assert!(c.is_empty(), "{c:?}");
    }

    /// A reduced relative clause after the measure names its imposer.
    #[test]
    fn relative_clause_agent() {
        let t = "Talks aim to cut short the penalty tariffs President Putin has ordered imposed on Norwegian fish.";
        assert_eq!(roles(t).0, vec!["RU"]);
        let t = "The sanctions Norway imposed on Freedonian banks last year still bite.";
        assert_eq!(roles(t).0, vec!["NO"]);
        let t = "The sanctions against Norway hurt exporters.";
        assert!(roles(t).0.is_empty());
    }

    /// A country's lawyers or analysts are no state.
    #[test]
    fn private_speakers_are_no_state() {
        assert!(
            roles("A Russian lawyer said sanctions on Freedonia would be lifted.")
                .0
                .is_empty()
        );
    }

    /// A regulator's penalty with no state actor names no target.
    #[test]
    fn a_regulators_sanction_names_nobody() {
        let r = find_roles(None, "The stock exchange commission sanctioned the accounting firm Brell Osgood for improper conduct.");
        assert!(r.targets.is_empty(), "{:?}", r.targets);
        let r = find_roles(
            None,
            "Norway sanctioned the shipping firm Brell Osgood for carrying Freedonian oil.",
        );
        assert_eq!(
            r.targets.first().map(|t| t.name.as_str()),
            Some("Brell Osgood")
        );
    }

    /// `sanctioning` a lower-case thing that is no target is approving it; a target noun keeps the sense.
    #[test]
    fn approving_is_another_sense() {
        let t = "Lawyers warned that Freedonia needed a second UN resolution sanctioning military action.";
        assert_eq!(roles(t), (vec![], vec![], vec![]));
        let t = "Iceland sanctioned seven Freedonian officials on Friday.";
        assert_eq!(roles(t).0, vec!["IS"]);
        assert_eq!(roles(t).2, vec!["individual"]);
    }

    #[test]
    fn subject_and_target_phrase() {
        let (s, t, ty) = roles("New Zealand has imposed sanctions against Fiji in response to that country's change of status to a republic, acting prime minister Geoffrey Palmer said.");
        assert_eq!(
            (s, t, ty),
            (
                vec!["NZ".to_string()],
                vec!["FJ".to_string()],
                vec!["state".to_string()]
            )
        );
    }

    #[test]
    fn joint_sanctioners_and_quantified_targets() {
        let (s, t, ty) = roles("The U.S. and South Korea announced jointly coordinated sanctions on March 27 against six individuals and two entities involved in financing North Korea's weapons of mass destruction program.");
        assert_eq!(s, vec!["KR", "US"]);
        assert_eq!(t, vec!["KP"]);
        assert_eq!(ty, vec!["individual", "organization"]);
    }

    #[test]
    fn possessive_premodifier_and_but_not() {
        let t = "UK Foreign Secretary Jack Straw has defended plans to end the European Union's arms embargo on China, despite opposition from the US and Japan.";
        let (s, c, _) = roles(t);
        assert_eq!((s, c), (vec!["EU".to_string()], vec!["CN".to_string()]));
        let t = "Mr Straw, visiting Beijing, noted arms embargoes applied to China, Burma and Zimbabwe but not to North Korea, which he said had a terrible rights record.";
        let (_, c, _) = roles(t);
        assert_eq!(c, vec!["CN", "MM", "ZW"]);
    }

    #[test]
    fn passive_subject_is_target() {
        let t = "Two Russian organizations and two individuals representing each organization were also reportedly sanctioned for involvement in \"financing North Korea's nuclear and missile development\" by sending North Korean workers to Russia.";
        let (_, c, ty) = roles(t);
        assert_eq!(c, vec!["RU"]);
        assert_eq!(ty, vec!["individual", "organization"]);
    }

    #[test]
    fn background_regime_and_approval_yield_nothing() {
        let t = "UN Security Council sanctions prohibit the supply of weapons and related materiel to the DPRK.";
        assert_eq!(roles(t), (vec![], vec![], vec![]));
        let t = "South Korea and Japan announced sanctions related to Russia's procurement of weapons from North Korea in breach of UN Security Council resolutions.";
        assert!(!roles(t).0.contains(&"UN".to_string()));
        let t = "After stifling pressure for a rate cut last week, the authorities finally sanctioned a base rate reduction on Monday.";
        assert_eq!(roles(t), (vec![], vec![], vec![]));
        let t = "ALL IN ALL, ADMITTED U.N . SECRETARY-GENERAL U THANT, IN EFFECT, THE U.N.SANCTIONED PROJECT HAS BEEN A FLOP .";
        assert_eq!(roles(t), (vec![], vec![], vec![]));
    }

    #[test]
    fn premodifier_that_is_a_target_elsewhere() {
        let t = "The tough trade sanctions President Reagan imposed on Japanese exports are a shot across Japan's bow. The 100 pct tariffs Reagan ordered on 300 mln dlrs worth of Japanese goods will also show Congress.";
        let (s, c, _) = roles(t);
        // `Japanese` is the target; the leader in the relative clause imposes.
        assert_eq!(s, vec!["US"]);
        assert_eq!(c, vec!["JP"]);
    }

    #[test]
    fn opposing_verbs_block_the_subject() {
        // The vetoing states impose nothing; the resolution's author proposed the measure.
        let t = "For the second time in seven weeks, the United States and Britain vetoed a Security Council resolution to impose mandatory sanctions against South Africa.";
        assert_eq!(roles(t).0, vec!["UN"]);
        let t = "Some U.S. officials had hinted that the United States and Japan might come to terms on their semiconductor dispute in time to cancel the planned tariffs.";
        assert!(roles(t).0.is_empty());
        let t = "Chipmakers in Iceland urged tougher sanctions on Freedonia.";
        assert!(roles(t).0.is_empty());
        let t = "Ministers in Oslo will discuss possible sanctions against Freedonia on Monday.";
        assert!(roles(t).0.is_empty());
        let t = "Rights group Amnesty International called for a comprehensive arms embargo against Myanmar.";
        assert_eq!(roles(t), (vec![], vec![], vec![]));
    }

    #[test]
    fn hyphenated_pairs_and_relief_are_no_imposers() {
        let t = "In the latest U.S.-Japan trade row, President Reagan has threatened to raise tariffs on selected Japanese electronic goods by as much as 300 mln dlrs.";
        let (s, c, _) = roles(t);
        // Japan, the second half of the pair, imposes nothing; the titled leader threatening punitive
        // tariffs is his state (the guide: threatening a measure counts).
        assert_eq!(s, vec!["US"]);
        assert_eq!(c, vec!["JP"]);
        let t = "Iran got sanctions relief in return for curbing its nuclear ambitions.";
        assert!(roles(t).0.is_empty());
        let t = "He said the length of the sanctions will be determined by Japan and Japanese semiconductor firms.";
        assert!(roles(t).0.is_empty());
    }

    #[test]
    fn by_agent_and_reporting_clause() {
        let t = "The South African sanctions law, enacted by the United States to protest the apartheid laws, prohibited imports of uranium ore.";
        let (s, c, _) = roles(t);
        assert_eq!((s, c), (vec!["US".to_string()], vec!["ZA".to_string()]));
        let t = "President Reagan was ready to impose retaliatory trade action against Japan for breaking its semiconductor agreement with the United States, White House officials said.";
        let (s, c, _) = roles(t);
        assert_eq!((s, c), (vec!["US".to_string()], vec!["JP".to_string()]));
    }

    #[test]
    fn named_targets_in_context() {
        let t = "South Korea has imposed sanctions against two individuals and two legal entities from RUSSIA, who, according to Seoul, cooperate with the DPRK, Yonhap reports. Also subject to restrictions were two Russian ships - Lady R and Angara, which transported military cargo.";
        let r = find_roles(None, t);
        assert_eq!(r.sanctioners, vec!["KR"]);
        assert_eq!(r.target_countries, vec!["RU"]);
        let names: Vec<&str> = r.targets.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, vec!["Lady R", "Angara"]);
        let t = "In June, the Treasury Department declared the Bank of Dandong a primary money laundering concern for serving as a gateway for North Korea despite U.S. and U.N. sanctions.";
        let r = find_roles(None, t);
        assert_eq!(
            r.targets.first().map(|t| t.name.as_str()),
            Some("Bank of Dandong")
        );
    }

    #[test]
    fn progressive_designation_and_quoted_list_take_objects() {
        // `is designating` is active: its object is the target phrase, not a passive subject.
        let t = "Today Oslo is designating two Chile-based firms and a Chilean trader.";
        let (s, c, k) = roles(t);
        assert_eq!((s, c), (vec!["NO".to_string()], vec!["CL".to_string()]));
        assert!(k.contains(&"organization".to_string()), "{k:?}");
        // A list named in quotes still closes `add ... to`.
        let t = "Oslo said it would add nine Chilean firms to its \"Entity List,\" a notice said.";
        assert_eq!(roles(t).1, vec!["CL"]);
    }

    /// An event with no actor of its own a few sentences after one with an actor continues that
    /// announcement (`The sanctions include X`): it names targets by their shapes. Far from any event
    /// with an actor, the same sentence names none.
    #[test]
    fn announcement_events_name_targets_by_shape() {
        let t = "Oslo sanctioned four Freedonian firms on Monday. The measures answer the attack on the port. The sanctions include the Vostra Security Service (VSS) and Orla Freight LLC.";
        let got: Vec<String> = named(t).into_iter().map(|t| t.0).collect();
        for n in ["Vostra Security Service", "Orla Freight LLC"] {
            assert!(got.contains(&n.to_string()), "{n} in {got:?}");
        }
        let t = "The sanctions include the Vostra Security Service (VSS) and Orla Freight LLC.";
        assert!(named(t).is_empty(), "{:?}", named(t));
        // Past the announcement's sentences the event stands alone again.
        let t = format!(
            "Oslo sanctioned four Freedonian firms on Monday. {}The sanctions include Orla Freight LLC.",
            "The port was closed. ".repeat(LIST_SENTENCES + 1)
        );
        assert!(named(&t).is_empty(), "{:?}", named(&t));
    }

    /// A sentence with no trigger continuing an announcement names targets by a shape that marks a
    /// party (a legal form, ships before their kind), of a kind the announcement targets; a firm whose
    /// affiliates are meant, or one named after a tariff on a country's goods, is none.
    #[test]
    fn sentences_without_a_trigger_continue_the_announcement() {
        let t = "Oslo sanctioned three tankers and their owners on Monday. The deals of Orla Shipping & Trading Co and Vanta Marine Inc. broke the ban. The Sea Lark, Morning Dew and Kestrel tankers carried the oil.";
        let got = named(t);
        for (n, k) in [
            ("Orla Shipping & Trading Co", "organization"),
            ("Vanta Marine Inc.", "organization"),
            ("Sea Lark", "vessel"),
            ("Morning Dew", "vessel"),
            ("Kestrel", "vessel"),
        ] {
            assert!(
                got.contains(&(n.to_string(), k.to_string())),
                "{n} in {got:?}"
            );
        }
        let t = "Oslo sanctioned two firms on Monday. Both are affiliates of Vanta Marine Ltd.";
        assert!(named(t).is_empty(), "{:?}", named(t));
        let t = "Oslo imposed tariffs on Freedonian steel on Monday. Orsk Metals Ltd expects lower sales.";
        assert!(named(t).is_empty(), "{:?}", named(t));
        // Market talk about a firm names no target.
        let t = "Oslo sanctioned three firms on Monday. Shares of Vostra Petroleum PJSC fell, and analysts at Orla Capital Inc. expected more.";
        assert!(named(t).is_empty(), "{:?}", named(t));
    }

    /// The agent of a passive is no target though it is a person (`unveiled by Ms X`); a country with
    /// a word that opens no name (`United Arab Emirates`) is none either.
    #[test]
    fn passive_agents_and_countries_are_no_targets() {
        let t =
            "Norway's asset freezes against Vostrabank were unveiled by Ms Tova Lind on Monday.";
        let got: Vec<String> = named(t).into_iter().map(|t| t.0).collect();
        assert_eq!(got, vec!["Vostrabank".to_string()]);
        let t = "Oslo sanctioned Halden Trading and the United Arab Emirates on Monday.";
        let got: Vec<String> = named(t).into_iter().map(|t| t.0).collect();
        assert_eq!(got, vec!["Halden Trading".to_string()]);
    }

    /// A party listed before and mentioned now names no target: described as already sanctioned, or
    /// in a relative or `after` clause dated to a past year.
    #[test]
    fn past_designations_name_no_target() {
        let t = "Oslo sanctioned two traders tied to the already sanctioned Vostra Arms group on Monday.";
        assert!(
            named(t).iter().all(|n| !n.0.contains("Vostra")),
            "{:?}",
            named(t)
        );
        let t = "Oslo sanctioned two Freedonian traders on Monday. After the Vostra Front was designated as a terrorist group in March 2021, its trade moved abroad.";
        assert!(
            named(t).iter().all(|n| !n.0.contains("Vostra")),
            "{:?}",
            named(t)
        );
        // Sanctioned now, in a relative clause: a target; dated to a past year: none.
        let t = "Oslo sanctioned two Freedonian traders on Monday. Vanta Bank, which was also sanctioned on Monday, handled their money.";
        assert!(
            named(t).iter().any(|n| n.0 == "Vanta Bank"),
            "{:?}",
            named(t)
        );
        let t = "Oslo sanctioned two Freedonian traders on Monday. Vanta Bank, which was sanctioned in 2021, handled their money.";
        assert!(named(t).is_empty(), "{:?}", named(t));
        let t = "Oslo sanctioned two Freedonian traders on Monday. They worked for Vostra Arms, which is already under Oslo sanctions.";
        assert!(named(t).is_empty(), "{:?}", named(t));
        // Names coordinated before a noun of people modify it (`the Vostra and Orla leaders`).
        let t = "Oslo sanctioned the Vostra and Orla leaders on Monday.";
        assert!(named(t).is_empty(), "{:?}", named(t));
    }

    /// Title Case headlines capitalise every word: no name is read by its place alone there.
    #[test]
    fn title_case_headline_gives_no_positional_names() {
        let r = find_roles(
            Some("Oslo Imposes Sanctions on Freedonians Involved in Illegal Arms Scheme"),
            "Oslo imposed sanctions on two Freedonian traders on Monday.",
        );
        assert!(r.targets.is_empty(), "{:?}", r.targets);
    }

    /// A list of additions runs on from sentence to sentence (`It added X. It added Y.`), and a name
    /// with `for` and a capital or an acronym in brackets stays one item.
    #[test]
    fn additions_listed_over_many_sentences() {
        let t = "Oslo added nine Freedonian firms to its export blacklist on Monday. The firms made drone parts. The ministry reviewed the case for a year. The rule takes effect at once. Exporters need a licence. The rule was published in the gazette. It added Orla Institute for Applied Physics and Vanta Co., Ltd. \"for supplying drones.\" It added Kestrel Ltd. (KL) and Halden Trading \"for evading controls.\"";
        let got: Vec<String> = named(t).into_iter().map(|t| t.0).collect();
        for n in [
            "Orla Institute for Applied Physics",
            "Vanta Co., Ltd.",
            "Kestrel Ltd.",
            "Halden Trading",
        ] {
            assert!(got.contains(&n.to_string()), "{n} in {got:?}");
        }
    }

    /// A subject described as a party by its apposition, in a sentence continuing the announcement;
    /// a military rank is no part of a listed person's name.
    #[test]
    fn described_subjects_and_ranks() {
        let t = "Oslo sanctioned two firms and a general on Monday. Halden Trading, a Dubai-based firm, shipped the parts. Among them was Colonel Tova Lind.";
        let got: Vec<String> = named(t).into_iter().map(|t| t.0).collect();
        for n in ["Halden Trading", "Tova Lind"] {
            assert!(got.contains(&n.to_string()), "{n} in {got:?}");
        }
        assert!(!got.iter().any(|n| n.contains("Colonel")), "{got:?}");
    }

    /// A list whose items carry descriptions still gives the item after a description.
    #[test]
    fn list_items_after_a_description() {
        let t = "Oslo sanctioned three Freedonian arms firms on Monday. The targeted firms include Vanta Arms, a maker responsible for building drones, and Orla Systems, which supplies radars.";
        let got: Vec<String> = named(t).into_iter().map(|t| t.0).collect();
        for n in ["Vanta Arms", "Orla Systems"] {
            assert!(got.contains(&n.to_string()), "{n} in {got:?}");
        }
    }

    #[test]
    fn names_where_the_targets_stand_need_no_cue() {
        // No list verb, legal form or ship word: the names after the trigger are the targets; the
        // speaker and the party the targets helped are not.
        let t = "Norway imposed sanctions on Deputy Minister Ivo Marek and Vostrabank for helping Orsk Metals, Finance Minister Tova Lind said.";
        let r = find_roles(None, t);
        let names: Vec<&str> = r.targets.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, vec!["Ivo Marek", "Vostrabank"]);
        let t = "Norway imposed sanctions on Vostrabank and Orskmet.";
        let r = find_roles(None, t);
        assert_eq!(r.targets.len(), 2, "{:?}", r.targets);
        // A passive's subject is where its targets stand.
        let t = "Kestrel Holdings and Ivo Marek were sanctioned by Norway on Monday.";
        let names: Vec<String> = find_roles(None, t)
            .targets
            .into_iter()
            .map(|t| t.name)
            .collect();
        assert!(names.contains(&"Kestrel Holdings".to_string()), "{names:?}");
    }

    #[test]
    fn adjectival_premodifier_with_another_imposer_is_the_target() {
        let t = "The Treasury said it took the action because it felt that when Congress passed the comprehensive South African sanctions bill last fall over President Reagan's veto it had not intended to hurt U.S. industry. The U.S. imposed the sanctions in October.";
        let (s, c, _) = roles(t);
        assert_eq!((s, c), (vec!["US".to_string()], vec!["ZA".to_string()]));
    }

    #[test]
    fn destinations_and_later_clauses_are_no_targets() {
        let t = "Reagan said the decision to impose 100 pct tariffs on 300 mln dlrs worth of electronic exports to the United States sent a message.";
        assert!(roles(t).1.is_empty());
        let t = "The call for an immediate end to the sanctions comes as U.S. President Donald Trump sets off on a trip to Asia - including China, South Korea and Japan - looking for help.";
        assert!(roles(t).1.is_empty());
    }

    #[test]
    fn sentence_splitting_keeps_abbreviations() {
        let t = "The U.S. and South Korea announced sanctions. Two of the individuals named are North Korean.";
        assert_eq!(sentences(t).len(), 2);
        let t = "the nuclear crisis.  The global community has been ramping up sanctions.";
        assert_eq!(sentences(t).len(), 2);
        let t = "\"and it was clearly understood.\" Corporate Affairs Minister Michael Howard said";
        assert_eq!(sentences(t).len(), 2);
        let t = "* May 2: Oslo names a new envoy. * May 9: Oslo bans imports of Chilean wine.";
        assert_eq!(sentences(t).len(), 2);
        // A bullet after a full stop opens a new item (a timeline of dated entries).
        let t = "Oslo imposed sanctions on Freedonia.  * The envoy called Ivo Marek.";
        assert_eq!(sentences(t).len(), 2);
        let t = "The rate is 5 * 3 in U.S. * terms.";
        assert_eq!(sentences(t).len(), 1);
    }

    /// Text with no full stop is cut into bounded pieces at spaces, covering every byte once.
    #[test]
    fn an_endless_sentence_is_cut_at_word_boundaries() {
        let t = "Ottawa widened its embargo on the junta and its suppliers, ".repeat(400);
        let spans = sentences(&t);
        assert!(
            spans.len() >= t.len() / MAX_SENTENCE_BYTES,
            "{}",
            spans.len()
        );
        let mut at = 0;
        for &(a, b) in &spans {
            assert_eq!(a, at, "pieces are contiguous");
            assert!(b - a <= MAX_SENTENCE_BYTES, "{a}..{b}");
            assert!(t[..b].ends_with(' ') || b == t.len(), "cut after a space");
            at = b;
        }
        assert_eq!(at, t.len());
        // One unbroken word of multi-byte letters: cut at character boundaries.
        let w = "é".repeat(3 * MAX_SENTENCE_BYTES);
        let spans = sentences(&w);
        assert!(spans.iter().all(|&(a, b)| b - a <= MAX_SENTENCE_BYTES));
        assert_eq!(spans.last().map(|s| s.1), Some(w.len()));
    }

    /// Roles are still found in a run of text with no terminator, and the work done per trigger is
    /// bounded: every sentence handed to the role reader is at most [`MAX_SENTENCE_BYTES`] long.
    #[test]
    fn roles_in_an_endless_sentence() {
        let t = "Canberra imposed sanctions against Freedonia and its generals, ".repeat(2_000);
        let r = find_roles(None, &t);
        assert_eq!(r.sanctioners, vec!["AU".to_string()]);
        assert!(sentences(&t)
            .iter()
            .all(|&(a, b)| b - a <= MAX_SENTENCE_BYTES));
    }

    /// A keyword dump is read in pieces of a few triggers, each piece starting at a trigger.
    #[test]
    fn pieces_hold_a_few_triggers() {
        let t = "embargo tariffs and sanctions ".repeat(50);
        let pieces = few_triggers(&t, 0, t.len());
        assert_eq!(pieces.len(), 150 / MAX_TRIGGERS + 1);
        for &(a, b) in &pieces {
            assert!(TRIGGER.find_iter(&t[a..b]).count() <= MAX_TRIGGERS);
            assert!(a == 0 || TRIGGER.find(&t[a..b]).map(|m| m.start()) == Some(0));
        }
        assert_eq!((pieces[0].0, pieces[pieces.len() - 1].1), (0, t.len()));
        let calm = "Oslo imposed sanctions on the regime.";
        assert_eq!(few_triggers(calm, 0, calm.len()), vec![(0, calm.len())]);
    }

    /// A list of the parties just designated names its items as targets, across semicolons; the same
    /// list with no designation before it, or long after one, names none.
    #[test]
    fn designation_list_after_the_event() {
        let names = |t: &str| -> Vec<(String, String)> {
            find_roles(None, t)
                .targets
                .into_iter()
                .map(|t| (t.name, t.kind))
                .collect()
        };
        let t = "The Treasury Department sanctioned six Freedonian officials on Friday. The list of officials includes Ivo Marek; Tova Lind, a deputy minister; and Dana Ostrova. Markets fell.";
        let got = names(t);
        for n in ["Ivo Marek", "Tova Lind", "Dana Ostrova"] {
            assert!(
                got.contains(&(n.to_string(), "individual".to_string())),
                "{n} in {got:?}"
            );
        }
        assert_eq!(got.len(), 3, "{got:?}");
        let t = "Oslo blacklisted two Freedonian firms. The list includes Greyfin Maritime Ltd and Orla Freight.";
        let got = names(t);
        assert!(
            got.iter().any(|(n, _)| n == "Greyfin Maritime Ltd"),
            "{got:?}"
        );
        assert!(got.iter().any(|(n, _)| n == "Orla Freight"), "{got:?}");
        // No event before it: a guest list, a list of winners.
        assert!(names("The list of guests includes Ivo Marek; Tova Lind.").is_empty());
        let t = "Oslo blacklisted two Freedonian firms. Prices fell. Traders sold. Banks shut. Ports closed. Ships waited. Rates rose. The list includes Orla Freight.";
        assert!(names(t).is_empty());
        // An item that is a clause ends the list.
        let t = "Oslo blacklisted two Freedonian firms. The list includes Orla Freight; Oslo acted on Monday.";
        assert_eq!(names(t).len(), 1);
    }

    /// The named targets of a story, as written.
    fn target_names(t: &str) -> Vec<String> {
        find_roles(None, t)
            .targets
            .into_iter()
            .map(|t| t.name)
            .collect()
    }

    /// A timeline's dated entries are events of their own; a designation with an asset freeze is one
    /// in its sanctions sense.
    #[test]
    fn timelines_and_freezes() {
        let t = "* May 2: The Treasury sanctioned a Freedonian bank, Kestrel Bank. * May 7: Ivo Marek files papers for his firm, Vanta Trade Inc, in Oslo.";
        assert_eq!(target_names(t), vec!["Kestrel Bank"]);
        let t = "Oslo imposed new sanctions on Iceland on Monday. The Norwegian government has designated Ivo Marek, the owner of the Vanta Group, and Tova Lind, his daughter, freezing their assets.";
        let mut n = target_names(t);
        n.sort();
        assert_eq!(n, vec!["Ivo Marek", "Tova Lind"]);
    }

    /// `restrictive measures` is the European Union's word for sanctions.
    #[test]
    fn restrictive_measures_are_sanctions() {
        let t = "The Council of the European Union imposed restrictive measures on Vanta Armaments JSC on Monday.";
        assert_eq!(roles(t).0, vec!["EU".to_string()]);
        assert_eq!(target_names(t), vec!["Vanta Armaments JSC"]);
    }

    /// Modern designation shapes: lists opened by `Sanctioned entities include`, semicolon lists, place
    /// and flag prefixes dropped from names, a director named after the firm, a past designee mentioned.
    #[test]
    fn modern_designation_shapes() {
        let names = |t: &str| -> Vec<(String, String)> {
            let mut v: Vec<(String, String)> = find_roles(None, t)
                .targets
                .into_iter()
                .map(|t| (t.name, t.kind))
                .collect();
            v.sort();
            v
        };
        let pair = |n: &str, k: &str| (n.to_string(), k.to_string());
        let t = "The Treasury on Tuesday sanctioned a network shipping Freedonian oil. Sanctioned entities include Dubai-based Amber Gulf FZE, Panama-based Orla Tide SA and several firms in China.";
        assert_eq!(
            names(t),
            vec![
                pair("Amber Gulf FZE", "organization"),
                pair("Orla Tide SA", "organization")
            ]
        );
        let t = "Oslo sanctioned three suppliers on Monday. The designated companies are Vanta Parts LLC; Kestrel Trade Ltd; and Polar Works Inc.";
        assert_eq!(names(t).len(), 3, "{:?}", names(t));
        let t = "OFAC designated Halden Logistics Limited, a Hong Kong-based firm, and its director Ivo Marek for helping Freedonia buy chips.";
        assert_eq!(
            names(t),
            vec![
                pair("Halden Logistics Limited", "organization"),
                pair("Ivo Marek", "individual")
            ]
        );
        let t = "The State Department designated four tankers. Designated vessels include SEA LARK, MORNING DEW and the ORLA STAR.";
        assert_eq!(names(t).len(), 3, "{:?}", names(t));
        assert!(names(t).iter().all(|(_, k)| k == "vessel"));
        let t = "The Treasury also sanctioned the Comoros-flagged Nordic Wren and the vessel Sea Lark (IMO 9312456).";
        assert_eq!(
            names(t),
            vec![pair("Nordic Wren", "vessel"), pair("Sea Lark", "vessel")]
        );
        let t = "Oslo sanctioned Ivo Marek on Monday for selling oil to U.S.-designated Greyfin Petroleum Company.";
        assert_eq!(names(t), vec![pair("Ivo Marek", "individual")]);
        // A surname that is also a country code is still a name.
        let t = "The Treasury designated Li Wen, a Chinese national, on Monday.";
        assert_eq!(names(t), vec![pair("Li Wen", "individual")]);
    }

    /// Bulleted lists after a colon, `including` after the list, a name that only says whose the
    /// targets are, an Arabic particle, an agency speaking after the list.
    #[test]
    fn modern_lists_and_bullets() {
        let names = |t: &str| -> Vec<String> {
            let mut v: Vec<String> = find_roles(None, t)
                .targets
                .into_iter()
                .map(|t| format!("{}:{}", t.name, t.kind))
                .collect();
            v.sort();
            v
        };
        let t = "OFAC sanctioned the following entities:\n\n- Volna Trade LLC (Freedonia)\n\n- Kama Works OOO (Freedonia)\n\nThe action follows a June order.";
        assert_eq!(
            names(t),
            vec![
                "Kama Works OOO:organization",
                "Volna Trade LLC:organization"
            ]
        );
        let t = "The Treasury designated three tankers:\n- SEA PRIDE (IMO 9176547)\n- NOVA STAR (IMO 9225483)";
        assert_eq!(names(t), vec!["NOVA STAR:vessel", "SEA PRIDE:vessel"]);
        let t = "The Commerce Department added 37 entities to its Entity List, including Sunway Micro and Hefei Quantum Instruments.";
        assert_eq!(
            names(t),
            vec![
                "Hefei Quantum Instruments:organization",
                "Sunway Micro:organization"
            ]
        );
        let t = "The U.S. on Monday sanctioned Vostra financiers Ivo Marek and Tova Lind, as well as the Gaza-based Al-Noor Exchange.";
        assert_eq!(
            names(t),
            vec![
                "Al-Noor Exchange:organization",
                "Ivo Marek:individual",
                "Tova Lind:individual"
            ]
        );
        let t = "The sanctions target Kaveh Trading and the tanker OCEAN ROSE, the Treasury said.";
        assert_eq!(
            names(t),
            vec!["Kaveh Trading:organization", "OCEAN ROSE:vessel"]
        );
        let t = "OFAC sanctioned 12 individuals on Thursday. Among those sanctioned is Farid Rostami, who ran the network, and Tehran-based Kavir Sanat Company.";
        assert_eq!(
            names(t),
            vec![
                "Farid Rostami:individual",
                "Kavir Sanat Company:organization"
            ]
        );
    }

    /// A title inside a name, an agency or a list named where a target would be, a participle
    /// describing an earlier listing, a passive subject after a clause of its own.
    #[test]
    fn titles_agencies_and_earlier_listings() {
        let names = |t: &str| -> Vec<String> {
            let mut v: Vec<String> = find_roles(None, t)
                .targets
                .into_iter()
                .map(|t| t.name)
                .collect();
            v.sort();
            v
        };
        let t = "Oslo imposed sanctions on Iceland, including asset freezes on Icelandic President Ivo Marek.";
        assert_eq!(names(t), vec!["Ivo Marek"]);
        let t = "Oslo sanctioned Halden Trading, which worked with the already sanctioned Vostra Group.";
        assert_eq!(names(t), vec!["Halden Trading"]);
        let t = "The tanker was operated by Vanta Shipping Co., and its director, Ivo Marek, was also sanctioned by Oslo.";
        assert_eq!(names(t), vec!["Ivo Marek"]);
        let t =
            "Oslo sanctioned Orla Freight, the Treasury's Office of Foreign Assets Control said.";
        assert_eq!(names(t), vec!["Orla Freight"]);
    }

    /// `named X under a sanctions law` designates X; a law cited as a standing measure does not.
    #[test]
    fn named_under_a_sanctions_law() {
        let (s, c, t) = roles(
            "Oslo on Friday named 12 Freedonian officials and firms under a new sanctions law.",
        );
        assert_eq!(s, vec!["NO"]);
        assert!(c.is_empty(), "{c:?}");
        assert_eq!(t, vec!["individual", "organization"]);
        let (s, c, t) =
            roles("Canada on Friday named 39 Russian officials under a new sanctions law.");
        assert_eq!(
            (s, c, t),
            (
                vec!["CA".to_string()],
                vec!["RU".to_string()],
                vec!["individual".to_string()]
            )
        );
    }

    /// The trade treaty's name holds `Tariffs` but is no measure; hypothetical consequences and
    /// deadlines on decisions not yet taken give no sanctioner.
    #[test]
    fn no_measure_in_names_predictions_and_deadlines() {
        let (s, _, _) =
            roles("Tokyo said it would appeal to the General Agreement on Tariffs and Trade.");
        assert!(s.is_empty(), "{s:?}");
        let (s, c, _) =
            roles("A missile test by Pyongyang would be sure to translate into tougher Japanese sanctions.");
        assert!(s.is_empty() && c.is_empty(), "{s:?} {c:?}");
        let (s, _, _) = roles("Congress will let a deadline on reimposing sanctions on Iran pass.");
        assert!(s.is_empty(), "{s:?}");
        // A threat stays one.
        let (s, _, _) = roles("Tokyo threatened tariffs on Ruritanian steel.");
        assert_eq!(s, vec!["JP"]);
    }

    /// A reduced relative clause between a measure and its target (`the tariffs X has ordered imposed
    /// on`) keeps the target phrase the measure's; a later clause's `on` is still no target.
    #[test]
    fn target_after_a_relative_clause() {
        let (s, c, t) = roles(
            "Officials met to cut short the steep tariffs President Reagan has ordered imposed on Brazilian exports.",
        );
        assert_eq!(
            (s, c, t),
            (
                vec!["US".to_string()],
                vec!["BR".to_string()],
                vec!["state".to_string()]
            )
        );
        let (_, c, _) = roles("Oslo imposed tariffs last year and then reported on Brazil.");
        assert!(c.is_empty(), "{c:?}");
    }

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    /// More agencies that act for their state: sanctions offices and trade representatives.
    #[test]
    fn more_agencies_stand_for_their_state() {
        for (t, want) in [
            (
                "Global Affairs Canada announced sanctions on six Belarusian judges.",
                "CA",
            ),
            ("DFAT imposed a travel ban on four Burmese generals.", "AU"),
            ("FinCEN blacklisted a Latvian bank on Monday.", "US"),
            ("The USTR threatened tariffs on Brazilian steel.", "US"),
        ] {
            assert_eq!(roles(t).0, strings(&[want]), "{t}");
        }
    }

    /// `designated` and `listed` designate parties when they count them; other senses give nothing.
    #[test]
    fn designating_verbs_count_their_targets() {
        let t = "The Treasury imposed sanctions on two Cuban officials on Monday. It also designated three companies based in Panama.";
        let (s, c, ty) = roles(t);
        assert_eq!(s, strings(&["US"]));
        assert_eq!(c, strings(&["CU", "PA"]));
        assert_eq!(ty, strings(&["individual", "organization"]));
        let (s, _, ty) = roles("Canada listed 12 vessels of a shadow fleet on Friday.");
        assert_eq!((s, ty), (strings(&["CA"]), strings(&["vessel"])));
        for t in [
            "Canada listed its bonds on the Toronto exchange.",
            "Norway designated two new national parks on Friday.",
            "Norway designated Oslo the host city of the games.",
        ] {
            assert!(roles(t).0.is_empty(), "{t}");
        }
    }

    /// `a Dubai-based firm`: the city says whose the firm is; the beneficiary of a reason clause is no target.
    #[test]
    fn based_firms_give_their_country() {
        let (s, c, _) = roles(
            "Britain sanctioned a Dubai-based shipping firm accused of helping Syria sell oil.",
        );
        assert_eq!((s, c), (strings(&["GB"]), strings(&["AE"])));
    }

    /// Subjects coordinated through `, the` all act.
    #[test]
    fn coordinated_subjects_with_articles() {
        let (s, c, _) = roles("Saudi Arabia, the UAE and Egypt imposed a boycott on Qatar.");
        assert_eq!((s, c), (strings(&["AE", "EG", "SA"]), strings(&["QA"])));
    }

    /// A vetoed resolution: the Security Council proposed the measure, whoever vetoed it.
    #[test]
    fn vetoed_resolution_is_proposed_by_its_author() {
        for t in [
            "Russia vetoed a draft Security Council resolution imposing an arms embargo on Mali.",
            "China vetoed a U.N. Security Council resolution on Friday that would have imposed sanctions on Mali.",
        ] {
            let (s, c, _) = roles(t);
            assert_eq!((s, c), (strings(&["UN"]), strings(&["ML"])), "{t}");
        }
        // A veto with no resolution's author named leaves no actor.
        assert!(roles("Russia vetoed the plan to impose sanctions on Mali.")
            .0
            .is_empty());
    }

    /// `In response,` opens a counter-measure; it does not block it.
    #[test]
    fn a_reaction_opening_a_clause_is_no_blocking_verb() {
        let (s, c, _) = roles("In response, Beijing sanctioned 11 Canadian officials.");
        assert_eq!((s, c), (strings(&["CN"]), strings(&["CA"])));
        // Responding to a measure is still no measure.
        assert!(roles("Beijing responded to Canadian sanctions with anger.")
            .0
            .is_empty());
    }

    /// Tariffs and duties: a measure when they fall on a country, are imposed, or punish; trade policy
    /// otherwise.
    #[test]
    fn tariffs_and_duties_need_a_target_or_a_punitive_cue() {
        let (s, c, t) = roles(
            "Canada imposed 100 pct import duties on Brazilian shoes in retaliation for the subsidies.",
        );
        assert_eq!(
            (s, c, t),
            (strings(&["CA"]), strings(&["BR"]), strings(&["state"]))
        );
        for t in [
            "Nigeria raised import tariffs on rice to protect local farmers.",
            "Kenya collected more import duties on cars this year.",
        ] {
            assert!(roles(t).0.is_empty(), "{t}");
        }
        assert_eq!(
            roles("Ottawa imposed 100 pct tariffs last April.").0,
            strings(&["CA"])
        );
    }

    /// An import ban falls on the goods' origin (`imports of Georgian wine`, `imports of food from Norway`).
    #[test]
    fn import_bans_fall_on_the_origin() {
        let (s, c, t) = roles("Moscow banned imports of Moldovan wine in 2013.");
        assert_eq!(
            (s, c, t),
            (strings(&["RU"]), strings(&["MD"]), strings(&["state"]))
        );
        let (_, c, _) = roles("Moscow banned imports of fish from Norway and Iceland.");
        assert_eq!(c, strings(&["IS", "NO"]));
    }

    /// A target phrase ends where a coordinated verb phrase begins (`... and banned him from ...`); a
    /// country-wide trigger on kinds of party is no measure on the state.
    #[test]
    fn target_phrases_end_at_a_second_verb() {
        let (_, c, t) = roles(
            "Britain froze the assets of a Syrian tycoon and banned him from entering the country.",
        );
        assert_eq!((c, t), (strings(&["SY"]), strings(&["individual"])));
        let (_, c, t) = roles("Oman announced a boycott of Iranian companies.");
        assert_eq!(c, strings(&["IR"]));
        assert!(!t.contains(&"state".to_string()), "{t:?}");
    }

    /// Weighing a measure is no measure; nor is enforcing the UN's standing one, nor talking about
    /// sanctions in a reported clause that names no target.
    #[test]
    fn deliberation_enforcement_and_talk_are_no_measure() {
        for t in [
            "The European Union is considering sanctions against Belarus, diplomats said.",
            "The president has said he is open to new sanctions on Cuba.",
            "Egypt said it would fully enforce U.N. sanctions against Libya.",
            "Norwegian officials said sanctions alone would not change the junta's course.",
        ] {
            assert!(roles(t).0.is_empty(), "{t}");
        }
        let (s, c, _) = roles("Norwegian officials said new sanctions on Myanmar would follow.");
        assert_eq!((s, c), (strings(&["NO"]), strings(&["MM"])));
    }

    /// Visa bans are a trigger; `targeted` opens a target phrase.
    #[test]
    fn visa_bans_and_targeted_parties() {
        let (s, c, t) =
            roles("The State Department imposed visa bans on four Cambodian officials.");
        assert_eq!(
            (s, c, t),
            (strings(&["US"]), strings(&["KH"]), strings(&["individual"]))
        );
        let t = "Oslo imposed sanctions on Friday. Officials said the sanctions targeted 16 individuals and 27 entities.";
        assert_eq!(roles(t).2, strings(&["individual", "organization"]));
    }

    /// `The Treasury announced the move. It said it had frozen ...`: the agency opening a sentence
    /// with no trigger is the actor a pronoun stands for in the next.
    #[test]
    fn announcer_carries_to_a_pronoun() {
        for t in [
            "The Treasury announced the move on Monday. It said it had frozen the assets of three Cuban officials.",
            "The U.S. Treasury announced the move on Monday. It said it had frozen the assets of three Cuban officials.",
        ] {
            let (s, c, _) = roles(t);
            assert_eq!((s, c), (strings(&["US"]), strings(&["CU"])), "{t}");
        }
        // A country opening a sentence is no announcer (`Cuba denied it`).
        let t = "Norway denied the report on Monday. It said it had frozen the assets of three Cuban officials.";
        assert!(roles(t).0.is_empty());
    }

    /// `The new sanctions cap Iraq's imports`: a measure as the subject of a verb of restriction names
    /// its target after it; a participle clause after a comma ends the target phrase.
    #[test]
    fn measures_as_subjects_and_participle_clauses() {
        let t =
            "Oslo adopted new sanctions on Friday. The new sanctions cap Syria's imports of fuel.";
        let (s, c, ty) = roles(t);
        assert_eq!(
            (s, c, ty),
            (strings(&["NO"]), strings(&["SY"]), strings(&["state"]))
        );
        let (_, c, ty) = roles(
            "Canada imposed financial sanctions on Cuba in May, barring Mexican banks from buying its debt.",
        );
        assert_eq!((c, ty), (strings(&["CU"]), strings(&["state"])));
    }

    /// `Iran's Revolutionary Guards`, `Myanmar's generals`: a possessive country owns the target; the
    /// state itself is not targeted.
    #[test]
    fn possessive_country_owns_its_target() {
        for t in [
            "Canada imposed sanctions on Iran's Revolutionary Guards on Friday.",
            "Canada imposed sanctions on Myanmar's military officers on Friday.",
        ] {
            let (_, c, ty) = roles(t);
            assert_eq!(c.len(), 1, "{t}");
            assert!(!ty.contains(&"state".to_string()), "{t}: {ty:?}");
        }
    }

    /// Designations as press releases write them: `sanctioned a further 11 of X's tankers`, `designated
    /// pursuant to an executive order`, `was sanctioned by the UK`, `newly-sanctioned`, `upon`.
    #[test]
    fn designations_in_release_language() {
        let (s, c, t) = roles("Britain has sanctioned a further 11 of Syria\u{2019}s tankers.");
        assert_eq!(
            (s, c, t),
            (strings(&["GB"]), strings(&["SY"]), strings(&["vessel"]))
        );
        let t = "Canada imposed sanctions on Cuban officials. The Belarusian supplier was designated pursuant to a new executive order.";
        assert!(roles(t).1.contains(&"BY".to_string()));
        let (s, c, _) =
            roles("The firm, managed by a Syrian trader, was sanctioned by the UK last December.");
        assert_eq!((s, c), (strings(&["GB"]), strings(&["SY"])));
        let (s, _, _) = roles("Those newly-sanctioned by Canada include two Cuban generals.");
        assert_eq!(s, strings(&["CA"]));
        let (_, c, _) = roles("Canada imposed new designations upon Cuban officials and firms.");
        assert_eq!(c, strings(&["CU"]));
        // Approval stays approval.
        assert!(roles("The board sanctioned a new stadium for the club.")
            .0
            .is_empty());
    }

    /// Counter-measures: entry restrictions and stop lists; a measure retaliated against is a mention.
    #[test]
    fn counter_measures_on_entry() {
        let (s, c, t) = roles("Russia restricts entry to 900 Canadian citizens.");
        assert_eq!(
            (s, c, t),
            (strings(&["RU"]), strings(&["CA"]), strings(&["individual"]))
        );
        let (s, _, _) = roles(
            "In retaliation for the sanctions imposed by Canada, Russia banned entry to 300 Canadian officials.",
        );
        assert_eq!(s, strings(&["RU"]));
        let (s, _, _) = roles(
            "As a retaliatory measure against sanctions imposed by Canada, the ministry spoke.",
        );
        assert!(s.is_empty(), "{s:?}");
    }

    /// `were added to the list`: a designation by passive; `the list of speakers` is none.
    #[test]
    fn added_to_the_list() {
        let t = "Canada imposed sanctions on Cuban officials. Companies based in Panama were also added to the list.";
        assert_eq!(roles(t).1, strings(&["CU", "PA"]));
        assert!(roles("Panama was added to the list of speakers.")
            .1
            .is_empty());
    }

    /// `The Government of Canada` acts as Canada; a country in parentheses in a regulation's name acts
    /// in nothing.
    #[test]
    fn government_of_a_country_and_parenthesised_names() {
        let t = "The Government of Canada amended the Special Economic Measures (Iran) Regulations to designate 8 Iranian individuals.";
        let (s, c, t) = roles(t);
        assert_eq!(
            (s, c, t),
            (strings(&["CA"]), strings(&["IR"]), strings(&["individual"]))
        );
    }

    /// A regime set up on someone is an action; a regime set up on no one, or powers to act, are not.
    #[test]
    fn regimes_and_powers() {
        let (s, c, _) =
            roles("The Security Council approved a sanctions regime for Mali on Friday.");
        assert_eq!((s, c), (strings(&["UN"]), strings(&["ML"])));
        for t in [
            "Norway adopted a new Magnitsky-style sanctions regime on Thursday.",
            "The act gives the president powers to deny entry to abusers.",
            "Ottawa praised Norway for strengthening its sanction powers.",
        ] {
            assert!(roles(t).0.is_empty(), "{t}");
        }
    }

    /// `ban coal imports`, `designations of Cuban persons`, `imports from Norway`.
    #[test]
    fn import_bans_and_designations_of() {
        let (s, _, t) =
            roles("Britain vowed to ban coal imports from Russia by the end of the year.");
        assert_eq!((s, t), (strings(&["GB"]), strings(&["state"])));
        let (_, c, _) =
            roles("Canada announced additional designations of Cuban and Haitian persons.");
        assert_eq!(c, strings(&["CU", "HT"]));
    }

    /// The subject of the clause a trigger sits in, where the clause hides it: after a determiner
    /// (`after the Freedonian ... announced`), a participle clause sharing the main subject (`while
    /// blacklisting`), a means clause after a response (`responded by imposing`), a relative clause
    /// hung on the actor (`Norway, which ..., has imposed`).
    #[test]
    fn subjects_behind_clause_openings() {
        let t = "Markets fell minutes after the Norwegian government announced it was sanctioning a Freedonian bank.";
        assert_eq!(roles(t).0, strings(&["NO"]));
        let t =
            "Iceland seized the cargo on Monday while blacklisting two Freedonian shipping firms.";
        assert_eq!(roles(t).0, strings(&["IS"]));
        let t = "Norway has escalated its response to the border raids by imposing sanctions on Freedonian generals.";
        assert_eq!(roles(t).0, strings(&["NO"]));
        let t = "Norway, which has long criticised Freedonia for its raids, has imposed further sanctions on it.";
        assert_eq!(roles(t).0, strings(&["NO"]));
        // A party coordinated with an object is an object too, not the next subject.
        let t = "Iceland joined states that imposed sanctions on Chile and Norway, including asset freezes on their ministers.";
        assert!(!roles(t).0.contains(&"NO".to_string()), "{t}");
        // Still blocked: a response with no means clause, a relative clause that imposes nothing.
        let t = "Norway has criticised the response of Freedonia to sanctions imposed last year.";
        assert!(roles(t).0.is_empty(), "{t}");
        let t = "Norway, which has long opposed sanctions on Freedonia, held talks.";
        assert!(roles(t).0.is_empty(), "{t}");
    }

    /// Sanctions on a country that name the kinds of party they hit are on those parties; an embargo
    /// stays a measure on the state.
    #[test]
    fn sanctions_naming_kinds_are_no_state_measure() {
        let t = "Norway widened sanctions against Chile over the border raids, targeting 12 entities and 30 individuals.";
        let (s, c, ty) = roles(t);
        assert_eq!((s, c), (strings(&["NO"]), strings(&["CL"])));
        assert_eq!(ty, strings(&["individual", "organization"]));
        let t = "Norway imposed sanctions on Chile over the border raids.";
        assert_eq!(roles(t).2, strings(&["state"]));
        let t = "Norway imposed sanctions on Chile, such as curbs on bank accounts.";
        assert!(roles(t).2.contains(&"state".to_string()), "{t}");
        let t = "Norway imposed an arms embargo on Chile, targeting its army.";
        assert!(roles(t).2.contains(&"state".to_string()), "{t}");
    }

    /// A country inside a target phrase as the scene or the victim of a war is no target; a list of
    /// places goes on past `, the`; an apposition naming the kind keeps the target's nationality.
    #[test]
    fn target_countries_inside_phrases() {
        let t = "Norway imposed sanctions on Chilean officials involved in the war on Peru.";
        assert_eq!(roles(t).1, strings(&["CL"]));
        let t = "Norway imposed sanctions on Chile on the anniversary of the Peru war.";
        assert_eq!(roles(t).1, strings(&["CL"]));
        let t = "Norway sanctioned firms in Chile, Peru, the United Arab Emirates and Oman for shipping arms.";
        assert_eq!(roles(t).1, strings(&["AE", "CL", "OM", "PE"]));
        let t = "Norway sanctioned the Grey Directorate (GD), a Chilean intelligence agency, on Monday.";
        assert_eq!(roles(t).1, strings(&["CL"]));
    }

    /// A passive in a relative clause has the phrase before the pronoun as its subject, not the
    /// sentence's subject.
    #[test]
    fn relative_passive_subject() {
        let t = "The Norwegian government says the airline flies arms to Tango Front, which has been designated as a terrorist group.";
        assert!(!roles(t).1.contains(&"NO".to_string()), "{t}");
    }

    /// A court or a sports body sanctions in another sense: never the state imposing.
    #[test]
    fn courts_are_no_imposers() {
        for t in [
            "A Chilean court sanctioned the shipping firm for fraud.",
            "The Norwegian federation sanctioned two clubs for crowd trouble.",
        ] {
            assert!(roles(t).0.is_empty(), "{t}");
        }
        assert_eq!(
            roles("The Chilean government sanctioned two Peruvian firms.").0,
            strings(&["CL"])
        );
    }

    /// Counter-sanctions name their targets as a list's members (`a stop list of N citizens`) or as
    /// the subject of a passive entry ban (`officials are barred from entering`).
    #[test]
    fn entry_bans_and_stop_lists() {
        let (s, c, t) =
            roles("The Chilean Foreign Ministry released a stop list of 310 Peruvian citizens.");
        assert_eq!(
            (s, c, t),
            (strings(&["CL"]), strings(&["PE"]), strings(&["individual"]))
        );
        let t =
            "Santiago said on Monday that 25 Peruvian officials are barred from entering Chile.";
        let (_, c, ty) = roles(t);
        assert_eq!((c, ty), (strings(&["PE"]), strings(&["individual"])));
    }

    /// `those blacklisted` refers back to an action's parties; the imposer's own people kept from
    /// dealing with them are no target.
    #[test]
    fn imposers_people_and_parties_referred_back() {
        let t = "The move freezes the Norwegian assets of those blacklisted and bars Norwegians from dealing with them.";
        assert!(roles(t).1.is_empty(), "{t}");
        let t = "Norway barred Chilean firms from bidding for contracts.";
        assert_eq!(roles(t).1, strings(&["CL"]));
    }

    /// Kind nouns that modify the next (`gang leaders`), a state word past a participle describing the
    /// parties (`involved in the arms trade`) or after `sanctions` (`a sanctions regime`) give no kind.
    #[test]
    fn kinds_from_the_head_noun() {
        let t = "Norway sanctioned gang leaders and their financiers in Chile.";
        assert_eq!(roles(t).2, strings(&["individual"]));
        let t = "Norway sanctioned four Chilean officials involved in the illicit arms trade.";
        assert_eq!(roles(t).2, strings(&["individual"]));
    }

    /// An export measure falls on the goods' destination; a leader of a sanctioning state acts for it.
    #[test]
    fn export_bans_and_leaders() {
        let t = "Norway has banned exports of computers to Chile.";
        assert_eq!(roles(t).1, strings(&["CL"]));
        let t = "Norway has banned imports of computers to Chile.";
        assert!(roles(t).1.is_empty(), "{t}");
        let t = "President Kennedy ordered an embargo on trade with Chile.";
        assert_eq!(roles(t).0, strings(&["US"]));
    }
}
