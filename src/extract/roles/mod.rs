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
//!
//! The steps live in submodules: `sentences` cuts the text, `trigger_rules` holds the table of trigger phrases, `trigger` decides whether a trigger is an
//! action at all, `parties` finds the countries and actors a sentence names, `clause` and `subject` read a
//! trigger's clause, `slots` fills one event, `named` keeps its named targets; this module carries agents
//! and announcements across sentences and settles the story's roles.

use super::countries::{self, Kind, Mention};
use super::{slot_names, targets};
use crate::article::Target;
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

mod clause;
mod named;
mod origin;
mod parties;
mod sentences;
mod slots;
mod subject;
#[cfg(test)]
mod tests;
mod trigger;
mod trigger_rules;

use clause::*;
use named::*;
use origin::*;
use parties::*;
use sentences::*;
use slots::*;
use subject::*;
use trigger::*;
use trigger_rules::*;

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

/// Compile the role patterns now rather than in the first sentence that needs them (see
/// `pipeline::warm_up`): together they take longer to compile than the country automaton takes to build.
pub fn warm_up() {
    for re in [
        &TRIGGER,
        &TRIGGER_GATE,
        &BACKGROUND_BEFORE,
        &BACKGROUND_AFTER,
        &NOT_IMPOSER,
        &THREAT_AVERTED,
        &ENTRY_AFTER,
        &HIT_WITH,
        &LIST_GAP,
        &ADOPTS,
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
        &IMPOSING_BEFORE,
        &LISTED_AS_TERRORIST,
        &ADDED_COUNT_TO_LIST,
        &FLAGGED_IN,
        &LIST_AFTER,
        &NAMED_UNDER,
        &INSTRUMENT,
        &CLAUSE_START,
        &AGENT_NAMES,
        &AGENT_NAMES_CAPS,
        &DESIGNATION_CONTEXT,
        &PRIOR_CLAUSE,
        &PAST_CLAUSE,
        &DATED,
        &ALREADY_UNDER,
        &REPORTED,
        &PARTIES_PLACED,
        &REACHES,
        &DATED_ENTRY,
        &DEALING_BARRED,
        &TARGETING_CLAUSE,
        &COUNCIL_CALL,
        &URGED,
        &GROUP_SUBJECT,
        &UNDER_LAW,
        &OWN_SANCTIONS_LAW,
        &RELATIVE_IN_SUBJECT,
        &FROM_ENTERING,
        &BORDERS,
        &OUTBOUND_MONEY,
        &JOINED_TRIGGER,
        &BARRED_OTHER_AFTER,
        &BARRED_BY_RULING,
        &GOODS_MEASURE,
        &PARTY_WORD,
        &IMMIGRATION_BAN,
        &NATIONALS_OF,
        &GOVERNMENT_BODY,
        &PERSON_FIELDS,
        &ADDRESS_FIELD,
        &PLACED_AFTER,
        &AMONG_THEM,
        &PICKED_END,
        &RELATIVE_OPEN,
        &PARTIES_FROM,
        &FROM_PLACES_ADDED,
        &FIRST_PERSON,
        &ANAPHORIC,
        &LIST_OF_BEFORE,
    ] {
        LazyLock::force(re);
    }
    LazyLock::force(&CANCEL_RES);
    targets::warm_up();
    slot_names::warm_up();
}

#[derive(Default)]
struct Acc {
    sanctioners: Vec<String>,
    targets: Vec<String>,
    /// Premodifiers whose role is settled at the end (`Japanese tariffs` is on Japan, `U.S. sanctions` by it).
    premods: Vec<String>,
    /// Premodifiers written as adjectives (`South African sanctions`): by or on the country, the story decides.
    adjectival: Vec<String>,
    /// Premodifiers that were a magazine's section title glued to the headline (`BRITAIN BOYCOTT BY
    /// THE POUND`): the story's country, which may be what a measure is on but authors none.
    section_premods: Vec<String>,
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
    /// The last agents that were several parties acting together, and the number of their sentence:
    /// `the four countries` a few sentences on are they (see `GROUP_SUBJECT`).
    last_group: Vec<&'static str>,
    last_group_at: usize,
    /// The codes of every party the story's body names: a description (`the bloc`, `the
    /// administration`) may stand for one of them (see `DESCRIBED_ACTORS`).
    named_codes: Vec<&'static str>,
    /// The number of the last sentence with an event that has an actor or an owner (`Oslo
    /// sanctioned`): a designation list may follow it.
    last_acted_at: Option<usize>,
    /// How many events were kept so far: a sentence whose trigger words gave none reads as one with none.
    kept: usize,
    /// The countries named in the sentences of kept events other than as their actors, with the
    /// sentence's number: where no event found its target, the story's measure falls on one of them.
    /// A country after the trigger, where a measure's object stands, weighs twice one before it.
    bystanders: Vec<(usize, &'static str, usize)>,
    /// Some kept event is a country-wide measure (`tariffs`, `embargo`): a story-level target found for it
    /// is the state (bare `sanctions` may fall on anyone).
    state_measure: bool,
    /// The story's travel ban is an immigration measure (`a travel ban on people from six
    /// Muslim-majority countries`): its other mentions with no target of their own (`Trump's travel
    /// ban`, `the ban`) are the same measure, no sanction.
    immigration_ban: bool,
    /// The state whose government body published the story (its masthead), for first-person
    /// statements (`I am designating X`).
    issuer: Option<&'static str>,
}

/// How many sentences after an event with an agent a following event without one still takes it.
const CARRY_SENTENCES: usize = 2;

/// How many sentences on a counted group (`the four countries`) may still stand for the parties of the
/// last event several parties took: a description reaches further than a pronoun.
const GROUP_SENTENCES: usize = 5;

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

    /// The sentence being read goes on with the announcement (a list of its designees, a profile of
    /// one): its agents, if still carried, reach on from here. Without this a release's list of
    /// firms would use up the reach of `China announced countermeasures` before the sentence that
    /// names the executives (`Countermeasures are also taken against X and Y`).
    fn goes_on_announcement(&mut self) {
        self.last_acted_at = Some(self.sentence_no);
        if !self.last_agents.is_empty() && self.sentence_no <= self.last_agents_at + CARRY_SENTENCES
        {
            self.last_agents_at = self.sentence_no;
        }
    }

    fn add_named(&mut self, mut n: Target) {
        // `India-based Vanta Marine LLP`, `Ivo Marek of Daily Courier` from a shape that keeps the run
        // whole: where the party is (read by `origin`) or whom it works for is no part of the name.
        if let Some(rest) = targets::after_place_words(&n.name) {
            n.name = rest.to_string();
        }
        if let Some(head) = targets::before_affiliation(&n.name) {
            n.name = head.to_string();
        }
        // `Hong Kong's Vanta Shipping Co`: the owner before the possessive is another party.
        if let Some(owned) = targets::after_owner(&n.name) {
            n.name = owned.to_string();
        }
        // A legal form ends a firm's name, never a ship's or a plane's.
        if targets::ends_in_legal_form(&n.name) && matches!(n.kind.as_str(), "vessel" | "aircraft")
        {
            n.kind = "organization".to_string();
        }
        if self.named_lower.contains(&n.name.to_ascii_lowercase()) {
            return;
        }
        self.named_as_written.insert(n.name.clone());
        self.named_lower.insert(n.name.to_ascii_lowercase());
        self.named.push(n);
    }
}

/// `The Treasury announced the move on Monday. It said ...`: an agency or a seat of government opening a
/// sentence with no trigger is the announcer a following pronoun stands for.
fn note_announcer(s: &str, parties: &[Party], acc: &mut Acc) {
    note_announcer_as(s, parties, false, acc);
}

/// As [`note_announcer`]; `capitals` lets a capital city stand for its government too, as it does
/// leading a title (`WASHINGTON ORDERS CURBS ON ...`).
fn note_announcer_as(s: &str, parties: &[Party], capitals: bool, acc: &mut Acc) {
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
    // `US targets Iranian-Kyrgyz cargo network`: a headline's country acting through a verb of its own.
    let acts = capitals
        && s[p.end..]
            .split_whitespace()
            .next()
            .is_some_and(|w| TITLE_ACTS.contains(&w.to_ascii_lowercase().as_str()));
    let actor = p.agency
        || p.kind == Kind::Seat
        || owns_agency
        || acts
        || capitals && matches!(p.kind, Kind::Capital | Kind::Ambiguous);
    if opens && actor && can_be_subject(s, 0, p) {
        acc.last_agents = vec![p.code];
        acc.last_agents_at = acc.sentence_no;
    }
}

/// Verbs by which a headline's country acts on parties it names (`US targets ... network`).
const TITLE_ACTS: &[&str] = &[
    "targets",
    "hits",
    "punishes",
    "penalizes",
    "penalises",
    "blocks",
];

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

/// States that are the targets of sanctions regimes and impose none of their own in news English:
/// `<State> sanctions` names the measures on them.
const USUAL_TARGETS: &[&str] = &[
    "IR", "KP", "SY", "CU", "VE", "MM", "ZW", "LY", "IQ", "SD", "SS", "AF", "ER", "SO", "YE", "NI",
    "CF", "CD", "ML", "HT",
];

/// Who sanctions whom in one article.
pub fn find_roles(title: Option<&str>, body: &str) -> Roles {
    let mentions = countries::ArticleMentions::of(title, body);
    read_roles(title, body, None, &mentions, Acc::default()).0
}

/// As [`find_roles`], given the article's country mentions found already (`extract_facets` ranks the
/// story's countries from the same mentions).
pub fn find_roles_with(
    title: Option<&str>,
    body: &str,
    source: Option<&str>,
    mentions: &countries::ArticleMentions,
) -> Roles {
    read_roles(title, body, source, mentions, Acc::default()).0
}

/// A publisher's name that is a government body's (`Ministry of Foreign Affairs of Japan`).
static GOVERNMENT_BODY: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:department|ministry|treasury|foreign\s+office|government)\b")
        .expect("government body pattern compiles")
});

/// The state a publisher acts for, when it is a government body (`U.S. DEPARTMENT of STATE`, `HM
/// Treasury`): a first-person statement on its page is its act.
fn issuer(source: &str) -> Option<&'static str> {
    let caps = countries::mostly_caps(source);
    let mentions = countries::find_mentions(source, caps);
    let parties = parties_of(source, caps, &mentions);
    let government = parties.iter().any(|p| p.agency) || GOVERNMENT_BODY.is_match(source);
    parties.first().map(|p| p.code).filter(|_| government)
}

/// The sanctions events of one article, as `extract --explain` shows them.
pub fn explain(title: Option<&str>, body: &str, source: Option<&str>) -> Vec<Event> {
    let acc = Acc {
        events: Some(Vec::new()),
        ..Acc::default()
    };
    let mentions = countries::ArticleMentions::of(title, body);
    read_roles(title, body, source, &mentions, acc).1
}

/// `source`: the publisher, whose state a first-person statement is (see [`issuer`]).
fn read_roles(
    title: Option<&str>,
    body: &str,
    source: Option<&str>,
    mentions: &countries::ArticleMentions,
    mut acc: Acc,
) -> (Roles, Vec<Event>) {
    let title_mentions = mentions.title.as_deref().unwrap_or_default();
    let acronyms = targets::Acronyms::new(body);
    // `WASHINGTON ORDERS CURBS ON BRAZILIAN GOODS`: a title whose subject is a seat of government or
    // an agency announces what the story's first sentences report without an actor.
    // (Only when the body reports a measure: most stories report none, and the gazetteer costs.)
    let body_reports = TRIGGER_GATE.is_match(body);
    acc.immigration_ban = body_reports
        && (IMMIGRATION_BAN.is_match(body) || title.is_some_and(|t| IMMIGRATION_BAN.is_match(t)));
    // Asked once: three steps below read the body's case.
    let body_caps = countries::mostly_caps(body);
    // Asked once: whether the title reports a measure decides both readings of it below.
    let title_reports = title.is_some_and(|t| TRIGGER_GATE.is_match(t));
    // Only a story that reports a measure needs its publisher's state (the gazetteer costs).
    if body_reports || title_reports {
        acc.issuer = source.and_then(issuer);
    }
    if let Some(t) = title.filter(|_| title_reports) {
        let caps = countries::mostly_caps(t);
        // A title is one sentence, but a JSON Lines record can put megabytes in it: bounded pieces too.
        let mut spans = Vec::new();
        push_bounded(t, 0, t.len(), &mut spans);
        let all = parties_of(t, caps, title_mentions);
        for (a, b) in spans {
            sentence_roles(&t[a..b], &parties_in(&all, a, b), caps, &acronyms, &mut acc);
        }
        // A headline in title case capitalises every word: its capitalised runs are no names.
        let title_case = !caps && title_cased(t);
        acc.named
            .retain(|n| caps || !title_case && !premodifies_in(t, &n.name));
    }
    // A title whose wording no trigger pattern reads (`ORDERS CURBS ON`) still names who acts.
    if let Some(t) = title.filter(|t| body_reports && t.len() < 300 && acc.last_agents.is_empty()) {
        let parties = parties_of(t, countries::mostly_caps(t), title_mentions);
        note_announcer_as(t, &parties, true, &mut acc);
    }
    // Most stories of a news folder are not about sanctions: without a trigger word the body is not even
    // cut into sentences.
    if body_reports {
        read_body(body, body_caps, &mentions.body, &acronyms, &mut acc);
    }
    settle_premodifiers(&mut acc);
    if !body_caps {
        slot_names::fullest_forms(body, &mut acc.named);
    }
    tidy_named(&mut acc.named);
    drop_partial_names(&mut acc.named);
    target_of_story(&mut acc);
    // `Dubai-based X`, `X, an Iranian firm`: the named targets' own countries are targets too.
    for code in countries_of_named(body, &acc.named, body_caps) {
        push_unique(&mut acc.targets, code);
    }
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

/// The body's sentences in order, each read for its events, or as a list item, or as part of the
/// announcement before it; `mentions` are the body's country mentions.
fn read_body(
    body: &str,
    caps: bool,
    mentions: &[Mention],
    acronyms: &targets::Acronyms,
    acc: &mut Acc,
) {
    let mut all = parties_of(body, caps, mentions);
    add_eu_council(body, &mut all);
    // A magazine set in capitals opens each story with its section title (`CUBA`, `MIDDLE EAST`) glued
    // to the headline and the lead: a country there names the section, and acts in nothing.
    if let Some(p) = all.first_mut().filter(|p| caps && section_title(body, p)) {
        p.section = true;
    }
    acc.named_codes = all.iter().map(|p| p.code).collect();
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
        let parties = parties_in(&all, a, b);
        if read_list(s, caps, &mut list, acc) {
            // `The list includes X, as well as firms registered in China and Kazakhstan`.
            announced_countries(s, &parties, acc);
            continue;
        }
        // A sentence whose only trigger is a bare ban of something else (`broke the ban`) has none.
        if !TRIGGER_GATE.is_match(s) {
            note_announcer(s, &parties, acc);
            announced_names(s, caps, acc);
            announced_countries(s, &parties, acc);
            continue;
        }
        let kept = acc.kept;
        sentence_roles(s, &parties, caps, acronyms, acc);
        if acc.kept == kept {
            // `the list includes firms registered in China` (`re-exported` is no measure).
            announced_names(s, caps, acc);
            announced_countries(s, &parties, acc);
        }
        open_bullets(s, caps, &mut list, acc);
    }
}

/// `Treasury Targets Network Moving Cartel Proceeds`: most words of four letters or more are
/// capitalised, verbs and common nouns too.
fn title_cased(title: &str) -> bool {
    let long: Vec<&str> = title
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let capitalised = long
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .count();
    long.len() >= 4 && capitalised * 10 >= long.len() * 9
}

/// A headline packs nouns: a name right before a lower-case word other than a function word
/// describes the thing named after it (`Flax Typhoon hacking campaign`, `Alabuga drone plant chief`,
/// `North Korean IT worker network`), or is cut off (`Côte d'Ivoire`); the body names the target.
fn premodifies_in(title: &str, name: &str) -> bool {
    let Some(at) = title.find(name) else {
        return false;
    };
    let rest = &title[at + name.len()..];
    let next = rest.split_whitespace().next().unwrap_or("");
    rest.starts_with(' ')
        && next.starts_with(|c: char| c.is_lowercase())
        && !HEADLINE_FUNCTION_WORDS.contains(&next.trim_end_matches([',', ':', ';']))
}

/// Words that go on a headline after a name without describing it.
const HEADLINE_FUNCTION_WORDS: &[&str] = &[
    "and", "or", "of", "in", "on", "over", "for", "to", "as", "after", "with", "from", "by", "at",
    "amid", "against", "under", "into", "is", "are", "was", "were", "says", "said", "say", "has",
    "have", "had", "will", "to", "the", "a", "an", "its", "their", "his", "her", "that", "who",
    "which", "vs", "via",
];

/// Whether party `p` opens a capitals story as its section title: nothing before it, a story of
/// several sentences, and no verb of its own after it (`NORWAY IMPOSED SANCTIONS ...` opens with its
/// actor, `CUBA SHIPS ON THE BLACK LIST ...` with its section).
fn section_title(body: &str, p: &Party) -> bool {
    let next = body[p.end..]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let verb = next.ends_with("ed")
        || matches!(
            next.as_str(),
            "has"
                | "have"
                | "had"
                | "is"
                | "was"
                | "will"
                | "would"
                | "said"
                | "says"
                | "froze"
                | "bars"
                | "bans"
        );
    body[..p.start].trim().is_empty() && body.matches(" .").nth(2).is_some() && !verb
}

/// A story whose events name an imposer but no target on their own (`Washington imposed the
/// sanctions in April, saying Tokyo had failed to abide by the pact`) reports a measure on the country
/// its measure sentences name most often besides the imposers.
fn target_of_story(acc: &mut Acc) {
    if acc.sanctioners.is_empty() || !acc.targets.is_empty() {
        return;
    }
    let imposer = |c: &str| acc.sanctioners.iter().any(|s| s == c) || c == "EU" || c == "UN";
    // Totals in order of first mention, so a tie goes to the country named first.
    let mut totals: Vec<(&'static str, usize)> = Vec::new();
    for &(_, c, weight) in acc.bystanders.iter().filter(|b| !imposer(b.1)) {
        match totals.iter_mut().find(|t| t.0 == c) {
            Some(t) => t.1 += weight,
            None => totals.push((c, weight)),
        }
    }
    let best = totals
        .into_iter()
        .reduce(|best, t| if t.1 > best.1 { t } else { best });
    if let Some((c, _)) = best {
        push_unique(&mut acc.targets, c);
        if acc.types.is_empty() && acc.state_measure {
            push_type(&mut acc.types, "state");
        }
    }
}

/// Adjectival premodifiers are read after the explicit roles: with another imposer in the story and no
/// act of its own, `the South African sanctions bill` / `Polish sanctions` are measures on that country.
fn settle_premodifiers(acc: &mut Acc) {
    let explicit_sanctioners = acc.sanctioners.clone();
    for c in std::mem::take(&mut acc.premods) {
        let adjectival_target = acc.adjectival.contains(&c)
            && !explicit_sanctioners.is_empty()
            && !explicit_sanctioners.contains(&c);
        // `Myanmar sanctions`, `Iran sanctions bill` with no imposer in the story: a country that news
        // names as a measure's subject matter, never as its author, imposes nothing (whether the story
        // reports a measure on it at all, its words must say).
        let named_target = !acc.adjectival.contains(&c) && USUAL_TARGETS.contains(&c.as_str());
        if named_target && explicit_sanctioners.is_empty() {
            continue;
        }
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
        // `the U.S. imposed ...` and a headline's `new North Korea sanctions`: the measure on it, which
        // the story's own words place or not.
        if named_target || acc.section_premods.contains(&c) {
            continue;
        }
        push_unique(&mut acc.sanctioners, &c);
    }
}
