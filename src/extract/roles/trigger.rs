//! Is this trigger a sanctions action? Other senses (approval, `designate` a successor), background regimes,
//! and the cancel table (lifting, questions, denials, conditions) that turn a trigger into no event.

use super::*;

/// The trigger in a sense that is no sanction: approval (`U.N.-sanctioned`, `sanctioned a base rate
/// reduction`) or another meaning of `designate` (`has been designated the "B" tranche`).
/// `announced`: the sentence goes on an announcement of sanctions (see `Acc::in_announcement`).
pub(super) fn is_other_sense(sentence: &str, start: usize, end: usize, announced: bool) -> bool {
    let t = TriggerAt {
        sentence,
        end,
        word: sentence[start..end].to_ascii_lowercase(),
        before: &sentence[..start],
        after: sentence[end..].trim_start(),
        announced,
    };
    // Each check decides (Some) or passes (None); the first that decides wins, in this order.
    OTHER_SENSE_CHECKS
        .iter()
        .find_map(|check| check(&t))
        .unwrap_or(false)
}

/// A trigger word in its sentence, as the sense checks read it.
pub(super) struct TriggerAt<'a> {
    pub(super) sentence: &'a str,
    pub(super) end: usize,
    /// The trigger, lower case.
    pub(super) word: String,
    pub(super) before: &'a str,
    /// After the trigger, leading space trimmed.
    pub(super) after: &'a str,
    /// The sentence goes on an announcement of sanctions a few sentences before.
    pub(super) announced: bool,
}

pub(super) const OTHER_SENSE_CHECKS: &[fn(&TriggerAt) -> Option<bool>] = &[
    referred_back,
    approving_an_amount,
    approving,
    approved_thing_passive,
    sanctioned_sense,
    trade_treaty,
    trade_policy_duties,
    easing,
    described_by_designation,
    designate_sense,
    list_of_no_measure,
    listed_sense,
    added_count_sense,
    entry_ban_sense,
    barred_sense,
    selling_to_sense,
    anaphoric_sense,
    compound_modifier,
];

/// `Canada followed suit`, `Denmark stopped such shipments`: the measure just reported, taken by
/// another state; outside an announcement of one, a step of any kind.
pub(super) fn anaphoric_sense(t: &TriggerAt) -> Option<bool> {
    ANAPHORIC.is_match(&t.word).then_some(!t.announced)
}

/// The trigger words of a measure named by reference to the one before (`followed suit`, `similar
/// steps`, `such shipments`).
pub(super) static ANAPHORIC: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\bsuit$|\b(?:similar|same|parallel|matching|identical|such|these|those)\s")
        .expect("anaphoric pattern compiles")
});

/// `banned Norwegian companies from selling parts to Vanta Corp`: a measure only when a party follows
/// `to`, a name or a counted kind of party (`selling alcohol to minors` is a licensing rule).
pub(super) fn selling_to_sense(t: &TriggerAt) -> Option<bool> {
    if !t.word.ends_with(" to") || !t.word.contains(" from ") {
        return None;
    }
    let words: Vec<&str> = t.after.split_whitespace().take(4).collect();
    let named = words
        .iter()
        .take(3)
        .any(|w| w.starts_with(|c: char| c.is_uppercase()));
    let counted = COUNTS.contains(
        &words
            .first()
            .map(|w| w.to_ascii_lowercase())
            .unwrap_or_default()
            .as_str(),
    ) && (1..words.len()).any(|i| kind_heads(&words, i, &[]));
    Some(!(named || counted))
}

/// `police barred the way`, `a judge barred the president from ...`, `the parliamentarian barred the
/// proposal`: a way blocked, a court's order, a procedural ruling; no measure on a party.
pub(super) fn barred_sense(t: &TriggerAt) -> Option<bool> {
    if t.word != "barred" {
        return None;
    }
    Some(BARRED_OTHER_AFTER.is_match(t.after) || BARRED_BY_RULING.is_match(t.before))
}

/// What `barred` blocks when it is no measure: a way, a door, an office holder, a proposal.
pub(super) static BARRED_OTHER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)^(?:the|their|his|her|its)\s+(?:way|door|doors|road|roads|entrance|gate|gates|path|street|president|governor|government|administration|agency|city|state|mayor)\b|^(?:[\w.'\x{2019}-]+\s+){0,3}?(?:proposals?|plans?|amendments?|bills?|motions?)\b|^(?:\w+\s+){0,2}?from\s+(?:the\s+)?(?:[\w.'\x{2019}-]+\s+){0,2}?(?:olympics?|olympic\s+games|games|world\s+cup|tournaments?|championships?|competitions?|leagues?)\b")
        .expect("barred-other pattern compiles")
});

/// A court, a judge, the police or a procedural officer barring: a ruling or a blockade of a street.
pub(super) static BARRED_BY_RULING: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:courts?|judges?|justices|parliamentarian|referees?|umpires?|police|policemen|troopers)\b[^,;.]{0,30}$")
        .expect("barred-by-ruling pattern compiles")
});

/// `sanctions screening`, `a sanctions lawyer`, `the UK's financial sanctions list`: the trigger only
/// names the field of another noun; no measure is taken (`added to the sanctions list` is its own
/// trigger, read before this one).
pub(super) fn compound_modifier(t: &TriggerAt) -> Option<bool> {
    if !matches!(t.word.as_str(), "sanctions" | "sanction") {
        return None;
    }
    let next = t.after.split_whitespace().next().map(|w| {
        w.trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase()
    })?;
    FIELD_HEADS.contains(&next.as_str()).then_some(true)
}

/// Nouns a `sanctions` modifier names the field of (each an example of [`compound_modifier`]).
const FIELD_HEADS: &[&str] = &[
    "screening",
    "compliance",
    "checks",
    "evasion",
    "violations",
    "breaches",
    "risk",
    "risks",
    "exposure",
    "lawyer",
    "lawyers",
    "expert",
    "experts",
    "officer",
    "officers",
    "team",
    "unit",
    "desk",
    "specialist",
    "specialists",
    "monitoring",
    "busting",
    "consultancy",
    "advisers",
];

/// `banned 92 citizens from entering the country`, `bars entry to`: a bare `ban`/`bar` is an entry
/// ban only when entry follows it (a drug ban, a smoking ban, `bars` of a cell are no measure).
pub(super) fn entry_ban_sense(t: &TriggerAt) -> Option<bool> {
    if !matches!(t.word.as_str(), "ban" | "bans" | "banned" | "banning") {
        return None;
    }
    Some(!ENTRY_AFTER.is_match(t.after) && !trade_banned(t.before))
}

/// Goods as the subject of a passive bare `banned` (`exports from Oslo will be banned to ...`): an export
/// or import ban, whose targets follow `to` or `from`.
pub(super) static TRADE_BANNED: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:exports?|imports?|sales|shipments|deliveries)\b(?:\s+[\w.'-]+){0,4}?\s+(?:will\s+be|would\s+be|were|was|are|is|be|been|being)\s+$")
        .expect("trade ban pattern compiles")
});

/// Whether the text before a bare `banned` ends in goods as its passive subject (see [`TRADE_BANNED`]).
pub(super) fn trade_banned(before: &str) -> bool {
    let from = crate::text::ceil_boundary(before, before.len().saturating_sub(120));
    TRADE_BANNED.is_match(&before[from..])
}

/// Entry named within a few words after a bare `ban`/`bar` (`from entering`, `entry to`).
pub(super) static ENTRY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)^(?:[\w.,'-]+\s+){0,8}?(?:from\s+(?:entering|travel(?:l?ing)?\s+to|the\s+country|its\s+territory)|entry\b)")
        .expect("entry pattern compiles")
});

/// Words after `sanctioning`/`sanctioned` that still leave room for a target (`sanctioned the`,
/// `sanctioned two`): only another lower-case word there is approval.
pub(super) const NOT_APPROVAL_OBJECTS: &[&str] = &[
    "a", "an", "the", "by", "for", "over", "in", "under", "on", "against", "after", "last", "this",
    "earlier", "as", "at", "and", "or", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "dozens", "several", "more", "some", "its", "their", "his", "her", "those",
    "these", "entities",
];

/// `the assets of those blacklisted`, `those sanctioned today`: the parties of an action already
/// read, referred back to.
pub(super) fn referred_back(t: &TriggerAt) -> Option<bool> {
    let prev = t.before.split_whitespace().next_back().unwrap_or("");
    (t.word.ends_with("ed") && prev.eq_ignore_ascii_case("those")).then_some(true)
}

/// What one approves, not punishes: a rise, a budget, a loan (`sanctioned an 18 pct rise in power
/// tariffs`, `SANCTIONS 12 PCT INCREASE`).
const APPROVED_THINGS: &[&str] = &[
    "pct",
    "percent",
    "increase",
    "increases",
    "rise",
    "rises",
    "hike",
    "hikes",
    "budget",
    "spending",
    "loan",
    "loans",
    "payment",
    "payments",
    "price",
    "prices",
];

/// `sanction` followed closely by an amount or a change of prices (`sanctioned an average 18 pct
/// increase`): approval in any case.
pub(super) fn approving_an_amount(t: &TriggerAt) -> Option<bool> {
    if !t.word.starts_with("sanction") {
        return None;
    }
    // A capitalised word is a name (`the bank Vanta Credit`), except in all-caps copy.
    let caps = all_caps(t.sentence);
    t.after
        .split_whitespace()
        .take(5)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '%'))
        .filter(|w| caps || !w.starts_with(char::is_uppercase))
        .map(str::to_ascii_lowercase)
        .any(|w| APPROVED_THINGS.contains(&w.as_str()) || w.ends_with('%'))
        .then_some(true)
}

/// `a resolution sanctioning military action`: approving a lower-case thing that is no target.
pub(super) fn approving(t: &TriggerAt) -> Option<bool> {
    if t.word != "sanctioning" && t.word != "sanctioned" {
        return None;
    }
    let mut w = t
        .after
        .split_whitespace()
        .map(|x| x.trim_matches(|c: char| !c.is_alphanumeric()));
    let first = w.next().unwrap_or("");
    let caps = all_caps(t.sentence);
    let lower = first.to_ascii_lowercase();
    let approves = (caps || first.starts_with(|c: char| c.is_ascii_lowercase()))
        && !NOT_APPROVAL_OBJECTS.contains(&lower.as_str())
        && !std::iter::once(first)
            .chain(w.take(2))
            .any(|x| targets::type_of_noun(x).is_some());
    approves.then_some(true)
}

/// What a plan, deal or package undergoes when `sanctioned by` someone: approval (`the rescheduling
/// package has been sanctioned by the creditor banks`), where a party undergoing it is designated.
const APPROVED_PLANS: &[&str] = &[
    "package",
    "deal",
    "plan",
    "rescheduling",
    "merger",
    "agreement",
    "accord",
    "sale",
    "takeover",
    "bid",
    "budget",
    "proposal",
    "scheme",
    "contract",
    "project",
    "transaction",
];

/// `<a plan> (has been|was) sanctioned by ...`: the plan, within the few words before, is approved.
pub(super) fn approved_thing_passive(t: &TriggerAt) -> Option<bool> {
    if t.word != "sanctioned" || !t.after.to_ascii_lowercase().starts_with("by ") {
        return None;
    }
    t.before
        .split_whitespace()
        .rev()
        .take(5)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .any(|w| APPROVED_PLANS.contains(&w.as_str()))
        .then_some(true)
}

/// Whether a sentence is all-caps copy (`PRESIDENT KENNEDY SANCTIONED THE SALE`).
fn all_caps(sentence: &str) -> bool {
    !sentence.chars().any(char::is_lowercase)
}

/// `U.N.-sanctioned project` and `sanctioned a|an|the <thing>` that is no target type: approval.
/// `newly-sanctioned` is the time of a designation; a count (`a further 11 of ...`), a capitalised
/// name (`the Bank of X`) or a party described by its place or flag (`the Comoros-flagged Nordic
/// Wren`) after it makes it a designation.
pub(super) fn sanctioned_sense(t: &TriggerAt) -> Option<bool> {
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
    let caps = all_caps(t.sentence);
    let article = w.next().map(str::to_ascii_lowercase);
    if !matches!(article.as_deref(), Some("a" | "an" | "the")) {
        return None;
    }
    let rest: Vec<&str> = w
        .take(3)
        .map(|x| x.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    // In capitals every word looks like a name: only a digit marks a count there.
    Some(!rest.iter().any(|x| {
        targets::type_of_noun(x).is_some()
            || targets::place_prefix(x)
            || x.starts_with(|c: char| c.is_ascii_digit() || !caps && c.is_uppercase())
            || COUNTS.contains(&x.to_ascii_lowercase().as_str())
    }))
}

/// `the General Agreement on Tariffs and Trade`: the trade treaty's name, no measure.
pub(super) fn trade_treaty(t: &TriggerAt) -> Option<bool> {
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
pub(super) fn trade_policy_duties(t: &TriggerAt) -> Option<bool> {
    (t.word.ends_with("duties") && !punitive(t.sentence)).then_some(true)
}

/// `sanctions relief`, `sanctions waivers`: an easing granted to the subject, who is no imposer.
pub(super) fn easing(t: &TriggerAt) -> Option<bool> {
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
pub(super) fn described_by_designation(t: &TriggerAt) -> Option<bool> {
    ((t.word.starts_with("designat") || t.word.starts_with("blacklist")) && t.before.ends_with('-'))
        .then_some(true)
}

/// `designate` decides here either way: an earlier listing described, or the sanctions sense
/// ([`designation_sense`], `pursuant to`, counted targets, an imposing verb just before).
pub(super) fn designate_sense(t: &TriggerAt) -> Option<bool> {
    if !t.word.starts_with("designat") {
        return None;
    }
    if described_as_listed(t.before) {
        return Some(true);
    }
    let l = t.sentence.to_ascii_lowercase();
    Some(
        !(designation_sense(t.sentence, t.end)
            || t.announced && names_after(t.after)
            || l.contains("pursuant to")
            || counted_targets(t.after)
            || t.before
                .split_whitespace()
                .rev()
                .take(3)
                .any(|w| IMPOSE_VERBS.contains(&w.to_ascii_lowercase().as_str()))),
    )
}

/// `designated Ivo Marek, the head of ...`: a name right after the verb, not one it is made (`as
/// chairman`): inside an announcement of sanctions, the designation of a party.
fn names_after(after: &str) -> bool {
    let mut words = after.split_whitespace().peekable();
    // `The designations include Ivar Lunde ...`: a verb of listing before the names.
    if words.peek().is_some_and(|w| {
        matches!(
            *w,
            "include" | "includes" | "included" | "target" | "targets" | "cover" | "covers"
        )
    }) {
        words.next();
    }
    let name = |w: Option<&str>| {
        w.is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()) && !w.ends_with([',', '.']))
    };
    name(words.next())
        && words
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
}

/// `added to the list of speakers`: a list that names no measure.
pub(super) fn list_of_no_measure(t: &TriggerAt) -> Option<bool> {
    (t.word.starts_with("add") && t.after.to_ascii_lowercase().starts_with("of ")).then_some(true)
}

/// `added 19 individuals and 9 entities to the list`: counted parties put on a list, not `added two
/// players to the list of starters` or `added 50 jobs`.
pub(super) fn added_count_sense(t: &TriggerAt) -> Option<bool> {
    if !counted_addition(&t.word) {
        return None;
    }
    let put_on_list = ADDED_COUNT_TO_LIST.find(t.after).is_some_and(|m| {
        !t.after[m.end()..]
            .trim_start()
            .to_ascii_lowercase()
            .starts_with("of ")
    });
    Some(!put_on_list)
}

/// Whether the trigger is the verb and count of `added 19 individuals ... to the list` (the row
/// "counted parties added to a list"), lower case.
fn counted_addition(word: &str) -> bool {
    let mut words = word.split(' ');
    let verb = words.next().is_some_and(|v| v.starts_with("add"));
    let count = words
        .next()
        .is_some_and(|c| c.bytes().all(|b| b.is_ascii_digit()) || COUNTS.contains(&c));
    verb && count
}

/// The counted parties and the list after `added 19` (see [`added_count_sense`]).
pub(super) static ADDED_COUNT_TO_LIST: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)^(?:[a-z-]+\s+){0,3}?(?:individuals|people|persons|entities|companies|firms|banks|vessels|ships|tankers|aircraft|officials)(?:\s+and\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:[a-z-]+\s+){0,3}?(?:individuals|people|persons|entities|entity|companies|company|firms|firm|banks|bank|vessels|vessel|ships|tankers|aircraft|officials))?\s+to\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}list\b")
        .expect("added-count pattern compiles")
});

/// `listed three vessels`, not `listed on the exchange` or `listed companies`.
pub(super) fn listed_sense(t: &TriggerAt) -> Option<bool> {
    (t.word == "listed").then(|| {
        !(counted_targets(t.after)
            || LISTED_AS_TERRORIST.is_match(t.after)
            || t.announced && listed_in_release(t))
    })
}

/// Inside an announcement, `listed` as a finite verb lists a designee: `The Council also listed the
/// news agency "X"`, `X, a Moscow-based firm, was listed.`; not `The statement listed the risks` (no
/// `also`), `The report also listed the dangers` (no name), nor `was listed on the exchange`.
fn listed_in_release(t: &TriggerAt) -> bool {
    let before = t.before.trim_end();
    // A name or a quoted one within a few words (`the news agency "Vanta Voice"`), not `the risks`.
    let named = |w: &str| w.starts_with(|c: char| c.is_uppercase() || c == '"' || c == '\u{201C}');
    let object = t.after.split_whitespace().take(4).any(named)
        && (t.after.starts_with("the ") || named(t.after));
    let passive_end = t.after.is_empty()
        || t.after.starts_with(['.', ';', ','])
        || ["for ", "by ", "under ", "as well"]
            .iter()
            .any(|w| t.after.starts_with(w));
    before.ends_with(" also") && object
        || [" was", " were", " been", " was also", " were also"]
            .iter()
            .any(|w| before.ends_with(w))
            && passive_end
}

/// `listed the Vanta Brigade as a terrorist entity`: a listing under a terrorism law, whatever it counts.
pub(super) static LISTED_AS_TERRORIST: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)^[^.;]{1,120}?\bas\s+an?\s+(?:[\w-]+\s+){0,2}?terror(?:ist)?\s+(?:entity|entities|organi[sz]ations?|groups?)\b")
        .expect("listed-as pattern compiles")
});

/// Words that count the parties a designation names (`three`, `12`, `several`).
pub(super) const COUNTS: &[&str] = &[
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
pub(super) fn counted_targets(after: &str) -> bool {
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
pub(super) fn kind_heads(raw: &[&str], i: usize, also: &[&str]) -> bool {
    let word = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let heads = raw[i].ends_with([',', ';', ':', '.'])
        || raw.get(i + 1).map(|n| word(n)).is_none_or(|n| {
            !n.starts_with(|c: char| c.is_ascii_lowercase())
                || FOLLOWS_HEAD.contains(&n.as_str())
                || also.contains(&n.as_str())
        });
    heads && targets::party_noun(&word(raw[i]))
}

/// Lower-case words that may follow the head noun of a counted phrase (`three firms in Turkey`).
pub(super) const FOLLOWS_HEAD: &[&str] = &[
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
    "behind",
    "responsible",
    "controlled",
    "operating",
    // A contact clause on the head (`two vessels it said had carried coal`).
    "it",
    "they",
    "he",
    "she",
    "we",
];

/// Words that make duties on imports a punishment.
pub(super) static PUNITIVE: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:retaliat\w*|punitive|punish\w*|penal\w*|alleg\w*|violat\w*|sanctions?|reprisals?|hit(?:s|ting)?\s+back|counter-?measures?)\b")
        .expect("pattern compiles")
});

/// Whether the sentence calls its duties a punishment. A `sanction` of another sense is no such word
/// (`Oslo sanctions a rise in power tariffs`: approves it).
pub(super) fn punitive(s: &str) -> bool {
    PUNITIVE.find_iter(s).any(|m| {
        !m.as_str().to_ascii_lowercase().starts_with("sanction")
            || !is_other_sense(s, m.start(), m.end(), false)
    })
}

/// `the already sanctioned Vostra group`, `a previously designated firm`: the participle describes a
/// party listed before; it reports no measure (`has already sanctioned X` does).
pub(super) fn described_as_listed(before: &str) -> bool {
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
pub(super) static DESIGNATION_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)sanction|terror|treasury|blacklist|\bofac\b|\bofsi\b|state department|department of state|executive order|\be\.?o\.? ?1\d{4}|entity list|asset freeze|assets? (?:were |was |are |is )?frozen|freez(?:e|es|ing)\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?assets|travel ban|ineligible for entry|\bpublicly designat|\b(?:for|because of) (?:its|their|his|her) (?:role|roles|involvement|support|part)\b|\bfor (?:helping|supporting|providing|facilitating|procuring|supplying|shipping|transporting|financing|evading|operating|acting|being owned|having)\b")
        .expect("designation context compiles")
});

/// `designate` in its sanctions sense: a context word in the sentence ([`DESIGNATION_CONTEXT`]), or a
/// kind of target right after it (`designated four tankers`, `Designated vessels include`), not the
/// other senses (`designated the B tranche`, `the designated driver`).
pub(super) fn designation_sense(sentence: &str, end: usize) -> bool {
    let raw: Vec<&str> = sentence[end..].split_whitespace().take(4).collect();
    // The kind must head its phrase: `designated four tankers`, not `designated two national parks`.
    let kind_after =
        (0..raw.len().min(3)).any(|i| kind_heads(&raw, i, &["include", "includes", "are", "were"]));
    kind_after || DESIGNATION_CONTEXT.is_match(sentence) || marked_party_after(&sentence[end..])
}

/// The words right after a designating verb name a party by its own mark: a place it is based or
/// registered in (`the Dubai-based ship manager X`) or a legal form (`X Maritime FZE`). A tranche,
/// a venue or a successor carries neither.
fn marked_party_after(after: &str) -> bool {
    let window = &after[..crate::text::floor_boundary(after, 90)];
    window.split_whitespace().take(8).any(|w| {
        let w = w.trim_end_matches([',', '.', ';']).to_ascii_lowercase();
        w.ends_with("-based") || w.ends_with("-registered") || w.ends_with("-flagged")
    }) || !targets::suffixed_orgs(window).is_empty()
}

/// Words just before a trigger that cite a standing regime: breaking, complying with or monitoring it.
pub(super) static BACKGROUND_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(breach\w*|violat\w*|contraven\w*|def(?:y|ying|ied|iance)|complian\w*|comply\w*|monitor\w*|evad\w*|evasion|circumvent\w*|affect\w*|abid(?:e|es|ed|ing)|skirt\w*|dodg\w*|bypass\w*|bust(?:s|ed|ing)?|flout\w*)\b|\bdespite\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}$|\b(?:enforc\w*|implement\w*|observ\w*|uphold\w*|adher\w*)\s+(?:(?:the|all|existing|international|u\.n\.|un|united|nations|security|council|strictly|fully)\s+)+$")
        .expect("background pattern compiles")
});
/// Words just after a trigger that describe the regime itself, or what it has done (`the embargo
/// has cost the island billions`, `the sanctions cost their economy dearly`).
pub(super) static BACKGROUND_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)^\W*(?:\w+\W+){0,3}?(regimes?|powers?|tools?|toolkit|capabilit\w*|prohibit\w*|remain\w* in (?:force|place)|in force|in place since|in effect since|(?:has|have|had)\s+been\s+in\s+(?:place|force|effect)|committee|panel|evasion|evaders|busting|violations|(?:has|have|had)\s+(?:already\s+|long\s+)?(?:cost|hurt|crippled|damaged|battered)|(?:cost|costs|hurt|hurts|crippled|battered)\s+(?:the|their|its|our|his|her)\s+(?:\w+\s+)?(?:economy|economies|country|nation|island|industry|farmers|exporters)|requir\w+\s+(?:the\s+)?unanimity|(?:are|is)\s+(?:taken|decided|agreed)\s+(?:by\s+)?unanimously|(?:are|is)\s+taken\s+by\s+all)\b")
        .expect("background pattern compiles")
});

/// A standing regime cited as background: the words just before the trigger speak of breaking,
/// complying with or monitoring it, or the words after describe the regime itself.
pub(super) fn is_background(sentence: &str, start: usize, end: usize) -> bool {
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
    before || !set_up && regime_after(sentence, end)
}

/// [`BACKGROUND_AFTER`] on the words after a trigger, save a capitalised word in mixed-case copy: it
/// is part of a name (`sanctioned Vanta Power Ltd`), not the regime's noun.
fn regime_after(sentence: &str, end: usize) -> bool {
    BACKGROUND_AFTER
        .captures(&sentence[end..])
        .and_then(|c| c.get(1))
        .is_some_and(|w| !w.as_str().starts_with(|c: char| c.is_uppercase()) || all_caps(sentence))
}

/// Where the clause holding a trigger begins: its subject is after this.
pub(super) static CLAUSE_START: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)[;:]|,\s+(?:and|but)\s|\b(?:after|because|if|when|while|which|who|although|though|whereas|since|before|until|unless|once|that)\b")
        .expect("pattern compiles")
});

/// Verbs whose direct object is the target (`barred South African aircraft`, `blacklisted two firms`).
pub(super) fn takes_object(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    // `cut off from ...`; `froze the assets of X`, `revoked the visas of X`, `blocks all property of
    // X`: the owner follows `of`.
    // `the package also hits firms in ...`, `halted all trade with`: the trigger ends where its
    // object begins.
    // `added to its blacklist a Chilean trading house`: the object shifted past the list.
    if w.starts_with("cut")
        || w.starts_with("add") && w.ends_with("list")
        // `added 19 individuals ... to the list`: the count opens the object.
        || counted_addition(&w)
        || [" assets", " visas", " property"]
            .iter()
            .any(|v| w.ends_with(v))
        || [
            " hits", " targets", " covers", " lists", " names", " with", " to", " of", " for",
            " from", " in",
        ]
        .iter()
        .any(|v| w.ends_with(v))
    {
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
pub(super) fn boycott_verb(s: &str, ts: usize, te: usize) -> bool {
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
pub(super) struct Cancel {
    pub(super) why: &'static str,
    /// The trigger's first letters for the row to apply (`tariff`), or "" for any trigger.
    pub(super) trigger: &'static str,
    /// Matched against the sentence up to the trigger; anchor with `$` to ask for nearness.
    pub(super) before: &'static str,
    /// Words (lower case) of which the text before the trigger holds one whenever `before` matches:
    /// a cheap test that spares running `before`, a backwards search, on most triggers. Empty: none.
    pub(super) head_has: &'static [&'static str],
    /// Stems (lower case) of which a word of the text before the trigger opens with one whenever
    /// `before` matches: as `head_has`, for rows whose words are too common inside other words to
    /// test as substrings (`end` in `spending`, `eas` in `measures`). Empty: none.
    pub(super) head_starts: &'static [&'static str],
    /// Words (lower case) of which the first `TAIL_WINDOW` bytes after the trigger hold one whenever
    /// `after` matches: as `head_has`, a cheap test that spares running `after`. Empty: none. Single
    /// words: the pattern's `\s+` may be a line break (`mad\ncow`), which a two-word entry would miss.
    pub(super) tail_has: &'static [&'static str],
    /// Matched against the sentence after the trigger; anchor with `^` to ask for nearness.
    pub(super) after: &'static str,
    /// When this matches the sentence after the trigger, the row does not apply (`lift the sanctions
    /// imposed on X` still recounts the imposition).
    pub(super) unless_after: &'static str,
    /// `before` and `after` must both match (by default either does).
    pub(super) both: bool,
    /// The trigger still names whom the (standing) measure targets; only its agent is dropped: a lifter
    /// or a would-be lifter is no imposer in this sentence.
    pub(super) agent_only: bool,
    #[cfg_attr(not(test), allow(dead_code))]
    pub(super) must: &'static [&'static str],
    #[cfg_attr(not(test), allow(dead_code))]
    pub(super) must_not: &'static [&'static str],
}

impl Cancel {
    /// A row with every field neutral: the table's rows name only the fields they set.
    const NONE: Cancel = Cancel {
        why: "",
        trigger: "",
        before: "",
        head_has: &[],
        head_starts: &[],
        tail_has: &[],
        after: "",
        unless_after: "",
        both: false,
        agent_only: false,
        must: &[],
        must_not: &[],
    };
}

pub(super) const CANCELS: &[Cancel] = &[
    Cancel {
        why: "lifting or easing",
        before: r"(?i)\b(?:lift\w*|loosen\w*|revers(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|scrap\w*|remov\w*|rescind\w*|repeal\w*|annul\w*|quash\w*|overturn\w*|struck down|strike down|relax\w*|waiv\w*|suspend\w*|drop(?:s|ped|ping)?|end(?:s|ed|ing)?|lifting of|end of)\W+(?:[\w.-]+\W+){0,4}$",
        head_starts: &[
            "lift", "loosen", "revers", "reduc", "eas", "scrap", "remov", "rescind", "repeal", "annul", "quash", "overturn",
            "struck down", "strike down", "relax", "waiv", "suspend", "drop", "end",
        ],
        after: r"(?i)^\W*(?:\w+\W+){0,4}?(?:(?:(?:were|was|be|been|is|are|being|get|got)\s+)?(?:lifted|eased|removed|scrapped|rescinded|repealed|relaxed|waived|suspended)|(?:have|has|had)\s+(?:since\s+|now\s+|long\s+|all\s+)?(?:gone|ended|expired|lapsed))\b",
        unless_after: r"(?i)^\W*(?:\w+\W+){0,6}?(?:imposed|ordered|levied|slapped|placed)\b",
        agent_only: true,
        must: &[
            "The senator endorsed lifting an arms embargo against the region.",
            "The council voted to ease sanctions on the island state.",
            "Ministers agreed the embargo should be lifted next spring.",
            "Oslo lifted the remaining U.S.-style trade sanctions against the island.",
            "Most Freedonian sanctions have since gone, though the arms embargo stays.",
            "Analysts said the Norwegian tariffs on Chilean copper, lifted last year, did little.",
            "The Norwegian court annulled the sanctions on the former banker on Wednesday.",
        ],
        must_not: &[
            "Oslo hopes to lift the sanctions it imposed on the junta in May.",
            "Ottawa imposed sanctions on the junta after talks ended.",
            "Canberra tightened the embargo on the junta.",
        ],
        ..Cancel::NONE
    },
    Cancel {
        why: "a standing measure: under or subject to it",
        before: r"(?i)\b(?:under|(?:is|are|was|were|been|be|remains?|remained)\s+subject\s+to)\W+(?:[\w.\x{2019}']+\W+){0,3}$|\bunder\W+(?:[\w.\x{2019}']+\W+){0,2}[\w.\x{2019}']+\W+and\W+(?:(?-i:[A-Z])[\w.\x{2019}']*|international|multilateral|unilateral|economic|financial|trade|western)\W+$|\bunder\s+(?:multiple|several|various|many)\s+(?:layers|rounds|sets|waves)\s+of\s+(?:[\w.\x{2019}']+\W+){0,2}$|\b(?:has|have|had)\s+(?:long\s+|now\s+|already\s+)?been\s+under\s+(?:[\w.\x{2019}'-]+\W+){0,5}$",
        head_has: &["under", "subject"],
        unless_after: r"(?i)^\W*(?:laws?|acts?|legislation|bills?|orders?|programs?|programmes?|authorit\w*|powers?|rules?|regulations?|frameworks?)\b",
        must: &[
            "The trader, who has been under Western sanctions since 2014, denied wrongdoing.",
            "A shareholder who is subject to Norwegian sanctions sold his stake.",
            "Chile has been under a sweeping Norwegian trade embargo since 1990.",
            "Freedonia is under tough U.N. and Norwegian sanctions over its arms program.",
            "Freedonia is under multiple layers of U.N. sanctions over its arms program.",
        ],
        must_not: &[
            "Oslo named nine firms under a new sanctions law on Friday.",
            "Also subject to restrictions were two Freedonian ships.",
            // A second predicate after the law the first one used (`under X and imposed`).
            "Oslo listed the guard under its terrorism authority and imposed sanctions on two firms.",
        ],
        ..Cancel::NONE
    },
    Cancel {
        why: "an unspecified past: habit, not an action",
        before: r"\b(?:[Ii]n\s+the\s+past|[Oo]ver\s+the\s+years|[Ff]rom\s+time\s+to\s+time)\s+(?:(?:has|have|had|also|often|it|they|[A-Z][\w.-]*|\w+ed)\W+){0,3}$",
        head_has: &["past", "years", "time"],
        must: &[
            "Oslo has in the past retaliated against such moves by banning entry to Chilean ministers.",
            "Over the years Canberra imposed sanctions on several juntas.",
        ],
        must_not: &[
            "Oslo imposed sanctions on the junta in the past week.",
            "In the past month Canberra has retaliated with tariffs on Chilean wine.",
        ],
        ..Cancel::NONE
    },
    Cancel {
        why: "a plan to act dropped",
        before: r"(?i)\b(?:drop\w*|scrap\w*|abandon\w*|shelv\w*|withdr[ae]w\w*)\s+(?:\w+\s+)?plans?\s+to\s+\w+\W+(?:\w+\W+){0,2}$",
        head_has: &["plan"],
        must: &["Oslo dropped its plan to impose new tariffs on Chilean imports."],
        must_not: &["Oslo announced a plan to impose new tariffs on Chilean imports."],
        ..Cancel::NONE
    },
    Cancel {
        why: "a power to act, not an act",
        before: r"(?i)\b(?:powers?|authority|ability|tools?|right|mandate|entitled|permitted)\s+to\W+(?:\w+\W+){0,2}$",
        head_has: &["power", "authority", "ability", "tool", "right", "mandate", "entitled", "permitted"],
        must: &[
            "The law gives the president powers to deny entry to abusers.",
            "Some say Oslo is entitled to close its borders to Freedonia.",
        ],
        must_not: &["The president used his powers and imposed sanctions on the junta."],
        ..Cancel::NONE
    },
    Cancel {
        why: "a question",
        after: r"\?[\s\x22'\x{201d}]*$",
        must: &["Will Ottawa impose sanctions on the junta?"],
        must_not: &["Ottawa imposed sanctions on the junta, asking why talks failed."],
        ..Cancel::NONE
    },
    Cancel {
        why: "a party described as sanctioned: an adjective after an article, a count or a preposition",
        trigger: "sanctioned",
        before: r"(?i)\b(?:a|an|the|two|three|four|five|several|other|of|with|for|against|from|to|by|host|hosts|hosting|meet|meets|met|meeting|welcome|welcomes|welcomed)\s+$",
        must: &[
            "Seoul will host sanctioned Chilean official at the talks.",
            "The tanker took oil from a sanctioned Chilean firm.",
        ],
        must_not: &["Oslo on Friday sanctioned two Chilean firms."],
        ..Cancel::NONE
    },
    Cancel {
        why: "sanction as approve: a mission, a plan or money authorised",
        trigger: "sanction",
        after: r"(?i)^\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:mission|force|operation|plan|deal|agreement|budget|project|expedition|funding|loan|grant|expenditure|posts?|scheme|proposal|merger)\b",
        tail_has: &[
            "mission", "force", "operation", "plan", "deal", "agreement", "budget", "project",
            "expedition", "funding", "loan", "grant", "expenditure", "post", "scheme", "proposal",
            "merger",
        ],
        must: &["The council sanctioned a 300-man observer mission to the border."],
        must_not: &["The council sanctioned two Chilean generals over the coup."],
        ..Cancel::NONE
    },
    Cancel {
        why: "a cause: because of it, lost to it",
        before: r"(?i)\b(?:because\s+of|due\s+to|owing\s+to|lost\s+to)\s+(?:[\w.'\x{2019}-]+\s+){0,3}$",
        head_has: &["because", "due", "owing", "lost"],
        must: &[
            "No airline flies to Chile because of the Norwegian air embargo.",
            "Chilean exporters found new buyers to make up for markets lost to Norwegian sanctions.",
        ],
        must_not: &[
            "Because of the coup, Norway imposed sanctions on Chile.",
            "Norway imposed sanctions on Chile because of the coup.",
        ],
        ..Cancel::NONE
    },
    Cancel {
        why: "taken off a list",
        before: r"(?i)\b(?:takes?|taken|took|taking|struck|strikes?|striking|comes?|came|coming)\s+(?:[\w.,'\x{2019}-]+\s+){0,12}?off\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w.'\x{2019}-]+\s+){0,2}$",
        head_has: &["off"],
        agent_only: true,
        must: &["Oslo took the Chilean state bank and ten other firms off its asset freeze list."],
        must_not: &["Oslo added the Chilean state bank to its asset freeze list."],
        ..Cancel::NONE
    },
    Cancel {
        why: "a standing listing: already on the list",
        before: r"(?i)\b(?:(?:already|still|long)\s+(?:been\s+)?|(?:is|are|was|were|remains?|remained|appears?|appeared|appearing|figures?|figured)\s+(?:also\s+)?|(?:keeps?|kept|keeping)\s+(?:[\w.'\x{2019}-]+\s+){1,3})on\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:[\w.'\x{2019}-]+\s+){0,5}$",
        head_starts: &["already", "still", "long", "on"],
        must: &[
            "One buyer was already on the Commerce Department's Entity List at the time.",
            "One delegate, who is on a U.N. Security Council blacklist, will need an exemption.",
            "The parts went to a Freedonian firm that appears on the Commerce Department's Entity List.",
            "Oslo keeps Chile on its terrorism list for another year.",
        ],
        must_not: &[
            "One buyer was put on the Commerce Department's Entity List on Friday.",
            "Oslo put two Chilean firms on its blacklist on Monday.",
        ],
        ..Cancel::NONE
    },
    Cancel {
        why: "not on the agenda",
        after: r"(?i)^\W*(?:[\w.'\x{2019}-]+\W+){0,5}?(?:(?:is|are|were|was)\s+)?(?:not\s+on\s+the\s+agenda|off\s+the\s+table)",
        must: &["Scholz said sanctions on Chilean firms were not on the agenda."],
        must_not: &["Norway put sanctions on Chilean firms on the agenda and adopted them."],
        ..Cancel::NONE
    },
    Cancel {
        why: "what the measure does: the sanctions freeze",
        trigger: "sanction",
        after: r"(?i)^\s+(?:(?:also|generally|effectively)\s+)?(?:freeze|block|bar|prohibit|forbid|require|mean)s?\b",
        must: &["The sanctions freeze any Norwegian assets of those named and bar Norwegians from dealing with them."],
        must_not: &["Norway imposed sanctions freezing the assets of two Chilean generals."],
        ..Cancel::NONE
    },
    Cancel {
        why: "a failure to act",
        before: r"(?i)\bfail(?:s|ed|ing)?\s+to\s+$",
        head_has: &["fail"],
        must: &["The bill bars ships of countries that fail to enforce U.N. resolutions on Freedonia."],
        must_not: &["The bill bars ships of countries that enforce U.N. resolutions on Freedonia."],
        ..Cancel::NONE
    },
    Cancel {
        why: "an indirect question: asked if",
        before: r"(?i)\b(?:asked|asking|asks|ask)\b(?:\W+\w+){0,4}?\W+if\b(?:\W+\w+){0,8}\W*$",
        head_has: &["ask"],
        must: &["Asked by reporters if Chile would retaliate against Norwegian exports, the minister smiled."],
        must_not: &["Asked about the talks, the minister said Chile would retaliate against Norwegian exports."],
        ..Cancel::NONE
    },
    Cancel {
        why: "deliberation: whether to act",
        before: r"(?i)\bwhether\b(?:\W+\w+){0,8}\W*$",
        head_has: &["whether"],
        must: &["Ministers will decide next week whether to impose sanctions on the junta."],
        must_not: &[
            "Ministers decided to impose sanctions on the junta, whether or not talks resume.",
        ],
        ..Cancel::NONE
    },
    Cancel {
        why: "denial or ruling out",
        before: r"(?i)\b(?:den(?:y|ies|ied|ying)|rul(?:e|es|ed|ing) out|no (?:plans?|intention)|not (?:plan|intend)\w*)\b(?:\W+\w+){0,6}\W*$",
        head_has: &["den", "rul", "no"],
        head_starts: &[
            "deny", "deni", "rule", "ruli", "no plan", "no intention", "not plan", "not intend",
        ],
        must: &[
            "The ministry denied that it planned sanctions on the junta.",
            "Oslo ruled out an embargo on the island.",
        ],
        must_not: &[
            "Oslo imposed an embargo on the island, officials said, denying reports of a delay.",
        ],
        ..Cancel::NONE
    },
    Cancel {
        why: "no word of a measure: denied knowledge",
        before: r"(?i)\bno\s+(?:information|indication|knowledge|word)\s+(?:that|of)\b(?:\W+[\w.\x{2019}'-]+){0,10}\W*$",
        head_has: &["no"],
        must: &["Oslo has received no information that Freedonian officials plan to fine or sanction its banks."],
        must_not: &[
            "Oslo imposed sanctions on the bank, after the firm gave no information on its owners.",
        ],
        ..Cancel::NONE
    },
    Cancel {
        why: "a measure feared, complied with or fallen foul of: a mention, not an act",
        before: r"(?i)\b(?:fears?|feared|risks?|worries|worried|concerns?|spectre|specter|possibility|prospect|fall(?:s|ing|en)?\s+foul|f[ae]ll\s+foul|r[au]n(?:s|ning)?\s+foul|compl(?:y|ies|ied|ying|iance))\s+(?:of|over|about|with)\s+(?:possible\s+|potential\s+|new\s+|further\s+|more\s+)?(?:[\w.\x{2019}'-]+\s+){0,2}$",
        head_has: &["fear", "risk", "worr", "concern", "spect", "possib", "prospect", "foul", "compl"],
        must: &[
            "Shares of the Chilean miner fell on fears of Norwegian sanctions.",
            "Banks stopped the deals for fear of falling foul of Norwegian sanctions.",
            "Lima said it would not comply with Norwegian sanctions.",
        ],
        must_not: &["Oslo, which feared unrest, imposed sanctions on Chile."],
        ..Cancel::NONE
    },
    Cancel {
        why: "a refusal to act or to join a measure",
        before: r"(?i)\b(?:(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|reject(?:s|ed|ing)?)\s+to|refrain(?:s|ed|ing)?\s+from)\s+(?:[\w.\x{2019}'-]+\s+){0,4}$",
        head_has: &["refus", "declin", "reject", "refrain"],
        must: &[
            "Britain refused to join the American embargo on Chile.",
            "Lima declined to impose sanctions on Chile.",
            "Tokyo would refrain from taking retaliatory steps against Oslo.",
        ],
        must_not: &["Oslo imposed sanctions on Chile, which refused to talk."],
        ..Cancel::NONE
    },
    Cancel {
        why: "a condition: what would follow if a measure came",
        before: r"(?i)(?:^|[^\w\s]\s*|\s)(?:if|unless|in case)\s+(?:the\s+)?(?:[\w.\x{2019}']+\s+){0,2}$",
        head_has: &["if", "unless", "in case"],
        must: &[
            "The firm said if tariffs were imposed on its goods it would close a plant.",
            "Exporters will suffer if new sanctions come into force.",
        ],
        must_not: &[
            "Oslo will impose tariffs on Chilean wine if talks fail.",
            "Oslo imposed sanctions on the junta, and said it would add more if needed.",
        ],
        ..Cancel::NONE
    },
    Cancel {
        why: "a predicted consequence, not a measure taken or threatened",
        before: r"(?i)\b(?:would|could|might|may)\s+(?:\w+\s+){0,3}?(?:translat\w*|lead\w*|result\w*)\s+(?:in|into|to)\s+(?:[\w.\x{2019}']+\W+){0,3}$",
        head_has: &["would", "could", "might", "may"],
        head_starts: &["translat", "lead", "result"],
        must: &[
            "Any test would be sure to translate into tougher Freedonian sanctions.",
            "Analysts said the move could lead to new sanctions on the junta.",
        ],
        must_not: &[
            "Oslo said it would impose sanctions on the junta.",
            "The dispute led Oslo to impose sanctions on the junta.",
        ],
        ..Cancel::NONE
    },
    Cancel {
        why: "a decision about a measure, not the measure",
        after: r"(?i)^\s+decisions?\b",
        tail_has: &["decision", "decisions"],
        must: &["Oslo will announce its sanctions decision on Chile next week."],
        must_not: &["Oslo imposed sanctions on Chile after a decision by the cabinet."],
        ..Cancel::NONE
    },
    Cancel {
        why: "a deadline on a decision still to be taken",
        before: r"(?i)\bdeadlines?\s+(?:on|for|to)\s+(?:\w+\s+){0,3}$",
        head_has: &["deadline"],
        must: &["The parliament will let a deadline on reimposing sanctions on the island pass."],
        must_not: &["Oslo set a deadline and then imposed sanctions on the island."],
        ..Cancel::NONE
    },
    Cancel {
        why: "a demand that someone else act",
        before: r"(?i)\b(?:demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|insist(?:s|ed|ing)?|ask(?:s|ed|ing)?|request(?:s|ed|ing)?)\s+that\s+(?:[\w.'-]+\s+){0,3}$",
        head_has: &["that"],
        must: &["Write to your senator and demand that Congress cut off aid to Freedonia."],
        must_not: &["Oslo said that Norway would cut off aid to Freedonia."],
        ..Cancel::NONE
    },
    Cancel {
        why: "a recommendation: the measure should be taken",
        after: r"(?i)^\W*(?:\w+\W+){0,3}?(?:should|ought to)\s+(?:\w+\s+)?(?:be|have been)\s+(?:\w+ly\s+)?(?:imposed|applied|introduced|tightened|extended|levied|placed)\b",
        must: &["The group said sanctions should be imposed on Chilean chipmakers in April."],
        must_not: &["Oslo said sanctions would be imposed on Chilean chipmakers in April."],
        ..Cancel::NONE
    },
    Cancel {
        why: "a freeze of payments, credit lines, wages or prices: economic policy, not a measure",
        trigger: "fr",
        before: r"(?i)\b(?:lines|payments|repayments|wages|salaries|prices|credits?|interest|debts?|rents?|spending)\s+(?:which|that)\s+(?:[\w.'-]+\s+){1,3}$",
        after: r"(?i)^\W*(?:[\w-]+\W+){0,5}?(?:lines|payments|repayments|wages|salaries|prices|hiring|recruitment|credits?|interest|debts?|rents?|spending)\b",
        unless_after: r"(?i)^\W*(?:[\w-]+\W+){0,5}?(?:assets|accounts|funds|property|holdings|reserves)\b",
        must: &[
            "Chile last month froze short-term trade and money market lines.",
            "Peru froze interest payments on its foreign debt.",
            "Banks fear for the credit lines which Chile froze last month.",
        ],
        must_not: &[
            "Norway froze the assets and credit lines of two Chilean banks.",
            "Norway froze the assets of two Chilean banks.",
        ],
        ..Cancel::NONE
    },
    Cancel {
        why: "a boycott of an event, not of a country",
        trigger: "boycott",
        after: r"(?i)^\W+(?:of\s+)?(?:the|a|an|this|next|its|their|these)?\s*(?:\w+\s+){0,2}?(?:meetings?|talks|conference|summit|games|olympics|elections?|vote|session|ceremony|polls?|referendum|parliament|inauguration|hearings?|debate|negotiations|festival|tournament|match|race)\b",
        must: &[
            "Taipei will boycott the annual meeting in protest.",
            "The opposition boycotted the elections.",
        ],
        must_not: &["Arab states began a boycott of Ruritanian goods."],
        ..Cancel::NONE
    },
    Cancel {
        why: "a judgement on what measures can do: talk, not an act",
        after: r"(?i)^\s+(?:alone\s+|by\s+themselves\s+|on\s+their\s+own\s+)?(?:(?:could|can|would|will|do|does|did|are|is|were|was|have|has|had|may|might)(?:\s+not|n't|not|\s+never|\s+rarely|\s+seldom|\s+hardly|\s+only|\s+ever|\s+always)?\s+(?:(?:be|been)\s+)?(?:work|working|worked|solve|solved|succeed|succeeded|resolve|resolved|effective|ineffective|enough|counterproductive|futile|useless|pointless|the\s+answer|a\s+solution|no\s+solution|bring\s+(?:peace|an\s+end|change|results))|(?:rarely\s+|seldom\s+|never\s+|often\s+|usually\s+|only\s+|alone\s+)?(?:work|worked|solve|solved|succeed|succeeded))\b",
        must: &[
            "Oslo still believes sanctions alone cannot solve the dispute.",
            "Critics say sanctions rarely work against such regimes.",
            "The minister said tariffs were not the answer.",
            "The minister said adding sanctions would not bring peace to the region.",
        ],
        must_not: &[
            "Oslo said sanctions would be imposed on the junta.",
            "Oslo imposed sanctions on the junta, which it said would work.",
        ],
        ..Cancel::NONE
    },
    Cancel {
        why: "screening against a list: compliance, not a measure",
        before: r"(?i)\b(?:screen\w*|check\w*|match\w*|compar\w*|vett\w*)\s+[^.;]{0,60}?\bagainst\s+(?:[\w.\x{2019}'-]+\s+){0,4}$",
        head_has: &["against"],
        head_starts: &["screen", "check", "match", "compar", "vett"],
        must: &["The bank failed to screen its clients against the UK's financial sanctions list."],
        must_not: &["Oslo imposed sanctions against the junta after checking the reports."],
        ..Cancel::NONE
    },
    Cancel {
        why: "a reflex or habit: what governments tend to reach for",
        before: r"(?i)\b(?:reflex|instinct|tendency|temptation|habit|default|first\s+resort)\b[^.;]{0,60}?\b(?:is|was|has\s+been|remains)\s+to\s+(?:[\w.\x{2019}'-]+\s+){0,4}$",
        head_has: &["reflex", "instinct", "tendenc", "temptation", "habit", "default", "resort"],
        must: &["When a junta jails dissidents, the reflex in Oslo is to reach for the asset freeze."],
        must_not: &["Oslo, true to its habit, imposed an asset freeze on the junta."],
        ..Cancel::NONE
    },
    Cancel {
        why: "retaliation as a workplace wrong: against an employee or a whistleblower",
        trigger: "retal",
        before: r"(?i)\b(?:harassment|discrimination|whistle-?blow\w*|employees?|workers?|staff)\b[^.;]{0,40}$",
        head_has: &["harassment", "discrimination", "whistle", "employee", "worker", "staff"],
        tail_has: &["employee", "whistle", "worker", "staff", "complain", "aide"],
        after: r"(?i)^\W*(?:against|toward|towards)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:former\s+)?(?:employees?|whistle-?blowers?|workers?|staff\w*|aides?|complainants?)\b",
        must: &[
            "The panel is examining claims of sexual harassment, discrimination and retaliation by the congressman.",
            "She alleged retaliation against a former aide who had complained.",
        ],
        must_not: &["Oslo vowed retaliation against Chilean wine after the tariffs."],
        ..Cancel::NONE
    },
    Cancel {
        why: "military retaliation: strikes, not a measure",
        trigger: "retal",
        before: r"(?i)\b(?:strikes?|attacks?|raids?|bombing|bombs?|bombers?|missiles?|military|navy|naval|troops|forces|shelling|warships?|gunboats?|submarines?|bases|sabotage|terrorists?|terrorism|murder\w*)\b[^.;]{0,80}$",
        head_has: &["strike", "attack", "raid", "bomb", "missile", "military", "nav", "troops", "forces", "shelling", "warship", "gunboat", "submarine", "bases", "sabotage", "terror", "murder"],
        after: r"(?i)^[^.;]{0,60}?\b(?:strikes?|attacks?|raids?|bombing|missiles?|military|navy|naval|troops|forces|shelling|aggression)\b",
        must: &[
            "Rebels may sabotage the Norwegian bases to hamper Norwegian retaliation in the north.",
            "Freedonia vowed to retaliate for the naval attacks on its oil platforms.",
            "Norwegian forces launched a retaliatory strike on Monday.",
        ],
        must_not: &["Oslo imposed retaliatory tariffs on Chilean wine."],
        ..Cancel::NONE
    },
    Cancel {
        why: "a health or safety measure: pests, residues, disease",
        before: r"(?i)\b(?:health|safety|sanitary|phytosanitary|veterinary|quarantine)\s+(?:[\w-]+\s+){0,2}$",
        head_has: &["health", "safety", "sanitary", "veterinary", "quarantine"],
        tail_has: &["pest", "residue", "contamina", "disease", "hormone", "outbreak", "quarantine", "radioactiv", "infect", "salmonella", "flu", "avian", "fever", "foot-and-mouth", "cow", "bse", "sanitary", "fruit"],
        after: r"(?i)^[^.;]{0,120}?\b(?:pesticides?|residues?|contaminat\w*|diseases?|hormones?|hormone-\w+|outbreaks?|quarantine|radioactiv\w*|infect\w*|salmonella|bird\s+flu|avian|swine\s+fever|foot-and-mouth|mad\s+cow|fruit\s+fl(?:y|ies)|pests?)\b",
        must: &[
            "Oslo inspectors refused entry to two lots of Chilean beef because of pesticide residues.",
            "Canberra banned imports of Chilean poultry after an outbreak of bird flu.",
            "Oslo will ban imports of hormone-fed beef from January.",
            "Oslo banned Chilean beef imports over mad\ncow fears.",
        ],
        must_not: &["Oslo banned imports of Chilean wine to punish the junta."],
        ..Cancel::NONE
    },
    Cancel {
        why: "immigration policy: entry barred to refugees, migrants or a faith's nationals",
        before: r"(?i)\b(?:refugees?|immigra\w*|migrants?|asylum|muslim\w*)\s+(?:[\w-]+\s+){0,2}$",
        head_has: &["refugee", "immigra", "migrant", "asylum", "muslim"],
        tail_has: &["refugee", "immigra", "migrant", "asylum", "muslim"],
        after: r"(?i)^\W*(?:[\w-]+\W+){0,5}?(?:refugees?|immigra\w*|migrants?|asylum[- ]seekers?|muslim(?:s|-majority)?)\b",
        must: &[
            "Oslo's travel ban on people from six Muslim-majority countries was upheld by the court.",
            "A judge blocked the ministry's new restrictions on refugee admissions.",
            "Canberra issued an order banning entry to citizens of seven Muslim-majority nations.",
        ],
        must_not: &[
            "Oslo imposed a travel ban on six Chilean generals over the crackdown on migrants' rights groups.",
            "Oslo imposed a travel ban and an asset freeze on the junta's leaders.",
        ],
        ..Cancel::NONE
    },
    Cancel {
        why: "a measure as the topic of talk (`remarks about sanctions`, `as regards the embargo`)",
        before: r#"(?i)\b(?:about|regarding|concerning|as\s+regards)\s+(?:["\x{201c}']?[\w.'\x{2019}-]+\s+){0,3}["\x{201c}']?$"#,
        head_has: &["about", "regard", "concerning"],
        must: &[
            "The minister answered a question about \"sanctions\" from Chilean reporters.",
            "Officials keep talking about full implementation of sanctions against Freedonia.",
        ],
        must_not: &[
            "Oslo imposed sanctions on about 40 Chilean officials.",
            "Concerned about the coup, Oslo imposed sanctions on Freedonia.",
        ],
        ..Cancel::NONE
    },
    Cancel {
        why: "a measure others fear might come (`investors worry that new U.S. sanctions could`)",
        before: r"(?i)\b(?:worr(?:y|ies|ied)|fears?|feared|concerns?|concerned|speculat\w*)\s+(?:that\s+)?(?:[\w.'\x{2019}-]+\s+){0,3}$",
        head_has: &["worr", "fear", "concern", "speculat"],
        after: r"(?i)^\s*(?:could|might|may|would)\b",
        both: true,
        must: &["Investors worry that new Norwegian sanctions could hit Chilean bonds."],
        must_not: &["Oslo imposed sanctions that could hit Chilean bonds, traders said."],
        ..Cancel::NONE
    },
    Cancel {
        why: "a standing measure as the cause in a `with` clause (`with the U.S. embargo cutting ...`)",
        // `with` opening its clause (not `hit Chile with sanctions targeting`), a measure named by at
        // most three words, then a present participle describing what it does.
        before: r"(?i)(?:^|[,;:]\s*|\band\s+|\bbut\s+)with\s+(?:the\s+|its\s+|their\s+)?(?:[\w.\x{2019}'-]+\s+){0,3}$",
        head_has: &["with"],
        tail_has: &["ing"],
        after: r"(?i)^\s*(?:(?:already|still|now|long)\s+)?[a-z]+ing\b",
        both: true,
        must: &[
            "With the Norwegian embargo cutting the island off from its markets, Freedonia turned to Chile.",
            "Exports fell, and with Western sanctions biting, the central bank raised rates.",
            "TRADE SLUMPED, AND WITH THE NORWEGIAN EMBARGO SQUEEZING THE PORTS, PRICES ROSE .",
        ],
        must_not: &[
            "Oslo hit Freedonia with sanctions targeting its banks.",
            "With the new sanctions, Oslo hopes to starve the junta of cash.",
        ],
        ..Cancel::NONE
    },
    Cancel {
        why: "a standing measure said to stay in place (`sanctions on X would remain in place`)",
        before: r"(?i)\b(?:remain|stay)\w*\s+in\s+(?:place|force|effect),?\s+as\s+(?:would|will|do|does|did)\s+(?:[\w-]+\s+){0,2}$",
        head_has: &["remain", "stay"],
        tail_has: &["remain", "stay"],
        after: r"(?i)^[^.;:]{0,160}?\b(?:(?:would|will|shall|to|must|should)\s+)?(?:remain|remains|remained|stay|stays|stayed)\s+in\s+(?:place|force|effect)\b",
        // `extended the sanctions, which will remain in force until July`: a renewal's term.
        unless_after: r"(?i)^[^.;:]{0,160}?\b(?:which|that)\s+(?:(?:will|would|shall)\s+)?(?:remain|remains|stay|stays)\b|^[^.;]{0,200}?\buntil\b",
        must: &[
            "Oslo said sanctions on the former president and his associates would remain in place.",
            "The embargo on arms stays in place, as do restrictions on three Freedonian banks.",
        ],
        must_not: &[
            "The EU extended sanctions on Freedonia, which will remain in force until July.",
            "Oslo imposed sanctions on three Chilean generals on Monday.",
        ],
        ..Cancel::NONE
    },
    Cancel {
        why: "a standing measure maintained or kept",
        before: r"(?i)\b(?:maintain(?:s|ed|ing)?|(?:already|still|long)\s+(?:has|have|had|keeps?|kept|enforces?|applies))\s+(?:an?\s+|its\s+|their\s+|the\s+)?(?:[\w.\x{2019}'-]+\s+){0,3}$",
        head_has: &["maintain", "already", "still", "long"],
        must: &[
            "The bloc already maintains an embargo on arms sales to Freedonia.",
            "Oslo still has sanctions on three Chilean generals.",
        ],
        must_not: &["Oslo imposed an embargo on arms sales to Freedonia."],
        ..Cancel::NONE
    },
    Cancel {
        why: "a threat in the air: amid fears or the threat of sanctions",
        before: r"(?i)\bamid\s+(?:the\s+|growing\s+|rising\s+|renewed\s+)?(?:threats?|fears?|risks?|prospects?|worries|concerns?|spectre|specter)\s+(?:of\s+)?(?:[\w.\x{2019}'-]+\s+){0,3}$",
        head_has: &["amid"],
        must: &["Banks cut ties with Freedonian firms amid the threat of Norwegian secondary sanctions."],
        must_not: &["Oslo imposed sanctions on the junta amid a crackdown on protests."],
        ..Cancel::NONE
    },
    Cancel {
        why: "a self-imposed or voluntary restraint",
        before: r"(?i)\b(?:self-imposed|voluntary|voluntarily)\s+(?:[\w-]+\s+){0,2}$",
        head_has: &["self-imposed", "voluntar"],
        must: &["Tokyo's self-imposed restrictions on car exports to Norway hurt suppliers."],
        must_not: &["Oslo imposed restrictions on Chilean car exports."],
        ..Cancel::NONE
    },
    Cancel {
        why: "a commodity pact's export quotas: market management, not punishment",
        trigger: "export quota",
        before: r"(?i)\b(?:talks|negotiations?|accord|agreement|pact|system|regime|organi[sz]ation|council|producers|re-?introduc\w*|restor\w*|reimpos\w*)\b[^.;]{0,60}$",
        must: &[
            "Colombia blamed Lima for the failure of the coffee talks on export quotas.",
            "Producers hope to restore the system of export quotas by October.",
        ],
        must_not: &["Oslo imposed export quotas on arms sales to Chile."],
        ..Cancel::NONE
    },
    Cancel {
        why: "tariff cuts and trade talks: trade policy, not punishment",
        trigger: "tariff",
        before: r"(?i)\b(?:cut\w*|reduc\w*|lower\w*|slash\w*|abolish\w*|eliminat\w*|remov\w*|low|zero|preferential|external|common|bound|negotiat\w*)\W+(?:\w+\W+){0,2}$",
        head_starts: &[
            "cut", "reduc", "lower", "slash", "abolish", "eliminat", "remov", "low", "zero",
            "preferential", "external", "common", "bound", "negotiat",
        ],
        after: r"(?i)^\W+(?:\w+\W+){0,1}?(?:cuts?|reductions?|concessions?|talks|negotiations|agreements?|rates?|preferences?|barriers|schedules?|structure|levels?|reform|exemptions?|quotas?|free)\b",
        must: &[
            "Ruritania plans new tariff cuts on machinery.",
            "The two states agreed to lower tariffs on wine.",
            "Talks on tariff reductions resumed in Geneva.",
        ],
        must_not: &["Washington slapped punitive tariffs on Ruritanian steel."],
        ..Cancel::NONE
    },
];

pub(super) type CancelRes = (Option<Regex>, Option<Regex>, Option<Regex>);

pub(super) static CANCEL_RES: LazyLock<Vec<CancelRes>> = LazyLock::new(|| {
    let compile =
        |p: &str| (!p.is_empty()).then(|| ascii_regex(p).expect("cancel pattern compiles"));
    CANCELS
        .iter()
        .map(|c| (compile(c.before), compile(c.after), compile(c.unless_after)))
        .collect()
});

/// The [`CANCELS`] row that applies to the trigger at `[ts, te)` of sentence `s`, if any.
pub(super) fn cancelled(s: &str, ts: usize, te: usize) -> Option<&'static Cancel> {
    let word = s[ts..te].to_ascii_lowercase();
    // The text before the trigger, back to the clause break before it at most 200 bytes away.
    let from = crate::text::ceil_boundary(s, ts.saturating_sub(200));
    let head = &s[from..ts];
    let head = head.rfind([';', ':']).map_or(head, |i| &head[i + 1..]);
    let tail = &s[te..];
    let lower = head.to_ascii_lowercase();
    CANCELS
        .iter()
        .zip(CANCEL_RES.iter())
        .find(|(c, (before, after, unless))| {
            let before = || {
                before
                    .as_ref()
                    .is_some_and(|r| before_may_match(c, &lower) && r.is_match(head))
            };
            let after = || {
                after
                    .as_ref()
                    .is_some_and(|r| after_may_match(c, tail) && r.is_match(tail))
            };
            // A row asking both tests its `after` first: anchored at the trigger, it fails fast,
            // while `before` is a backwards search (see `before_may_match`).
            let context = if c.both {
                after() && before()
            } else {
                before() || after()
            };
            word.starts_with(c.trigger)
                && context
                && !unless.as_ref().is_some_and(|r| r.is_match(tail))
        })
        .map(|(c, _)| c)
}

/// How far after a trigger a row's `tail_has` words are looked for: its `after` patterns reach no
/// further.
const TAIL_WINDOW: usize = 160;

/// Whether the text after a trigger may match a row's `after`: the row's `tail_has` words, if any, are
/// in its first [`TAIL_WINDOW`] bytes (ASCII lower-cased).
fn after_may_match(c: &Cancel, tail: &str) -> bool {
    if c.tail_has.is_empty() {
        return true;
    }
    let end = crate::text::floor_boundary(tail, TAIL_WINDOW.min(tail.len()));
    let lower = tail[..end].to_ascii_lowercase();
    c.tail_has.iter().any(|w| lower.contains(w))
}

/// Whether the text before a trigger (`lower`, ASCII lower-cased) holds the words a row's `before`
/// pattern needs: cheap tests that spare the backwards search, which costs far more (its lazy DFA
/// keeps meeting states it has not built yet), on most triggers.
fn before_may_match(c: &Cancel, lower: &str) -> bool {
    (c.head_has.is_empty() || c.head_has.iter().any(|w| lower.contains(w)))
        && (c.head_starts.is_empty() || word_opens_with(lower, c.head_starts))
}

/// Whether a word of `lower` (ASCII lower case) opens with one of `stems`, as a case-insensitive
/// pattern needs whose stems follow an ASCII `\b` or a space. Under `(?i)` the regex engine also takes
/// `ſ` for `s` and the Kelvin sign for `k`, so a text holding either is let through to the pattern.
pub(super) fn word_opens_with(lower: &str, stems: &[&str]) -> bool {
    if !lower.is_ascii() && lower.contains(['\u{17F}', '\u{212A}']) {
        return true;
    }
    let b = lower.as_bytes();
    let is_word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    (0..b.len())
        .filter(|&i| is_word(b[i]) && (i == 0 || !is_word(b[i - 1])))
        .any(|i| stems.iter().any(|w| b[i..].starts_with(w.as_bytes())))
}

/// `stops short of sanctioning`, `not to impose sanctions`, `without sanctions`, `unlikely to cut off
/// trade`: no measure.
pub(super) fn negated(s: &str, ts: usize) -> bool {
    let head = s[..ts].to_ascii_lowercase();
    let words: Vec<&str> = head.split_whitespace().rev().take(4).collect();
    words
        .iter()
        .any(|w| matches!(*w, "not" | "never" | "without" | "no" | "n't" | "unlikely"))
        || head.trim_end().ends_with("short of")
        || words.iter().any(|w| w.ends_with("n't"))
}
