//! Where a trigger's clause starts and ends, and the patterns that read its phrases: target prepositions,
//! passives, `added to the list`, `named under`, appositions, lists and means clauses.

use super::*;

/// A regime and whom it is on, right after the trigger (`regime for Haiti`).
pub(super) static REGIME_ON: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)^\s+(?:regimes?|package)\s+(?:for|against|on|targeting)\s+(\S+)")
        .expect("pattern compiles")
});

/// Words before a regime that make it a new one (`adopted a new sanctions regime`).
pub(super) const SET_UP: &[&str] = &[
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
pub(super) static NOT_IMPOSER: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(urg(?:e|es|ed|ing)|demand\w*|discuss\w*|debat\w*|mull\w*|lobb(?:y|ies|ied|ying)|should|want\w*|oppos\w*|call\w*|criticiz\w*|criticis\w*|def(?:y|ying|ied)|violat\w*|breach\w*|evad\w*|accus\w*|ask\w*|press\w*|push\w*|convinc\w*|persuad\w*|condemn\w*|veto\w*|avert\w*|avoid\w*|fear\w*|worr\w*|hit by|suffer\w*|denounc\w*|reject\w*|settl\w*|halt\w*|stop\w*|prevent\w*|head\w* off|bar|bars|block\w*|thwart\w*|resist\w*|respond\w*|respons\w*|relief|reliev\w*|react\w*|complain\w*|protest\w*|escap\w*|come to terms|stave\w* off|never|not|consider\w*|weigh\w*|review\w*|open to|stud(?:y|ies|ied|ying)|explor\w*|disappoint\w*|dismay\w*|deplor\w*|contemplat\w*|warn\w*\s+(?:\w+\s+){0,3}against|argu\w*|keen\w*|disabl\w*|defeat\w*|circumvent\w*|undermin\w*|break|breaks|breaking|broke|(?:have|has|had|need|needs)\s+to\s+accept|invit(?:e|es|ed|ing)|proud|unfazed|undeterred|unmoved|shrug\w*|laugh\w*|mock\w*|scoff\w*|ridicul\w*|believ\w*|doubt\w*|retaliat\w*\s+(?:\w+\s+)?(?:to|against|for)|(?:effects?|impact|toll|costs?)\s+of)\b")
        .expect("pattern compiles")
});

/// A party right after a verb of pleading (`groups urged the U.N. Security Council to impose`, `called
/// on Norway to`): asked to act, it has not acted.
pub(super) static URGED: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:up)?on|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|appeal(?:s|ed|ing)?\s+to|implor\w*|petition\w*)\s+(?:the\s+)?$")
        .expect("pattern compiles")
});

/// The party a target acts for, right before its name (`on behalf of`, `for the benefit of`), possibly
/// written with its owner (`on behalf of Iran's`).
pub(super) static ON_BEHALF_OF: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:on\s+behalf\s+of|for\s+the\s+benefit\s+of|acting\s+for)\s+(?:the\s+)?(?:[\w.-]+(?:'s|\x{2019}s)\s+)?$")
        .expect("pattern compiles")
});

/// The Security Council calling on, or asking, every state to act (`the Security Council called upon all
/// states to stop the sale of arms`, `the Council voted to request all nations to refrain from selling`)
/// is how it imposes a measure, not a plea by an outsider: no blocking verb.
pub(super) static COUNCIL_CALL: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\bsecurity council\b[^.;]{0,60}?\b(?:call(?:s|ed|ing)? (?:up)?on|request(?:s|ed|ing)?|ask(?:s|ed|ing)?) (?:all |every |the )?(?:member )?(?:states|nations|countries|governments) to\b|\bcouncil\b[^.;]{0,60}?\b(?:call(?:s|ed|ing)? (?:up)?on|request(?:s|ed|ing)?|ask(?:s|ed|ing)?) (?:all|every) (?:member )?(?:states|nations|countries|governments) to\b")
        .expect("pattern compiles")
});

/// A phrase opening a clause (`In response,`, `In retaliation for the expulsions,`, `Despite objections
/// from Chile,`): what follows is a measure of its own, whatever verb the phrase holds.
pub(super) static INTRO: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)^\W*(?:(?:in (?:response|reaction|retaliation|return)|responding|reacting|despite|in spite of|after|following|amid|because of|due to|owing to|(?:prodded|pressed|pushed|urged|backed|supported|led|encouraged|spurred|goaded|egged on|joined|flanked|angered|alarmed|stung|provoked) by(?:\b[^,;]{0,80}(?:,\s+[^,;]{1,30}){1,6}?,?\s+and\s+[^,;]{1,30})?)\b[^,;]{0,80},\s*)+")
        .expect("pattern compiles")
});

/// Blocking verbs that still leave the measure's owner threatening or proposing it (`averting EC
/// sanctions`, `fears of U.S. tariffs`, `vetoed UN sanctions`), or imposing a new one (`hit by fresh
/// U.S. sanctions`); every other blocking verb (`discussed U.S. sanctions`, `responded to EU
/// sanctions`, `hit by U.S. sanctions`) makes the owned measure a mention, not an action.
pub(super) static THREAT_AVERTED: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(avert\w*|avoid\w*|fear\w*|worr\w*|stave\w* off|head\w* off|prevent\w*|escap\w*|thwart\w*|come to terms|veto\w*|hit\s+(?:by|with)\s+(?:new|fresh|further|more|additional|tougher))\b")
        .expect("pattern compiles")
});

/// Participles whose `by` agent imposes the measure (`sanctions imposed by`, `law, enacted by`).
pub(super) const IMPOSE_VERBS: &[&str] = &[
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
pub(super) static TARGET_PREP: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(against|on|upon|onto|includ(?:e|es|ed)|targeting|targets?|targeted|bans?|bars?|caps?|freezes?|blocks?|restricts?|target(?:ed|ing) at|aimed at|penaliz\w*|penalis\w*|appl(?:y|ies|ied) (?:to|for)|extend\w* to)\b")
        .expect("pattern compiles")
});

/// Where a target phrase ends: a reason, a time clause, a relative clause, a reporting clause (its
/// speaker perhaps described: `, Ivo Marek, the bloc's envoy, said`).
pub(super) static CLAUSE_END: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(over|for|by|as an?|because|after|in response|due to|amid|following|since|before|if|unless|when|while|but|until|which|who|whose|that|said|says|according|in order|as part|pursuant to|in accordance with|despite|although|though|whereas|saying|in an? (?:effort|attempt|bid)|from entering|accused|suspected|alleged(?:ly)?)\b|[;.!?]|,[\x22\x{201d}]|,\s+(?-i:[A-Z])[^,;]{0,60}?\b(?:said|says|told|reported)\b|,\s+(?:[a-z]+\s+){1,3}(?:said|says|told)\b|,\s+(?-i:[A-Z])[^,;]{0,40},\s+(?:the|a|an|its|his|her|their)\s[^,;]{0,60},\s+(?:said|says|told|wrote)\b|,\s+(?:the|a|an|its|their|it|they|he|she|and|but)\s|,?\s+and\s+(?:also\s+)?(?:[a-z]+ed|froze)\s+(?:him|her|them|it|its|their|the|a|an)\b|,\s+(?:barring|banning|freezing|citing|accusing|blocking|prohibiting|preventing|cutting|raising|adding|noting|arguing|claiming|calling|urging|warning|prompting|sending|making)\b")
        .expect("pattern compiles")
});

/// A clause with its own verb before a passive's subject (`The vessel was operated by Vanta Co., and
/// its director, Ivo Marek, was also sanctioned`): the subject starts after the clause break that
/// follows that verb.
pub(super) static PRIOR_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:was|were|is|are|has|have|had)\b[^;]*?(?:,\s+and|,\s+but|,\s+while|;)\s")
        .expect("prior clause pattern compiles")
});

/// Where the subject of the passive at `end` starts, at or after `start` (see [`PRIOR_CLAUSE`]): after
/// the last break that a new subject follows (`, and its director`), not a second verb of the same
/// subject (`were linked to X, and formerly managed by Y`).
pub(super) fn passive_subject_start(s: &str, start: usize, end: usize) -> usize {
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
pub(super) fn relative_subject_start(s: &str, start: usize, verb: usize) -> usize {
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
/// the reporting verb (and `that`), not the speaker. A report inside a relative clause or a passive
/// one describes the subject instead (`X, which the ministry says supplied drones, was listed`,
/// `X, in which Y is said to hold a stake, was listed`).
pub(super) fn reported_subject_start(s: &str, start: usize, verb: usize) -> usize {
    REPORTED
        .find_iter(&s[start..verb])
        .filter(|m| !describes_subject(&s[start..start + m.start()]))
        .last()
        .map_or(start, |m| start + m.end())
}

/// The words before a reporting verb open a relative clause since the last comma, or make the
/// report passive (`is said to`).
fn describes_subject(before: &str) -> bool {
    let before = before.trim_end();
    let clause = before.rsplit(',').next().unwrap_or("").trim_start();
    let opener = clause.split_whitespace().take(2).collect::<Vec<_>>();
    let relative = |w: &str| matches!(w, "which" | "who" | "whom" | "whose");
    let passive = before
        .rsplit_once(' ')
        .is_some_and(|(_, last)| matches!(last, "is" | "are" | "was" | "were"));
    passive
        || opener.first().is_some_and(|w| relative(w))
        || opener.len() == 2 && opener[0].len() <= 4 && relative(opener[1])
}

pub(super) static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:said|says|say|told reporters|announced|stated|added|noted|confirmed)\s+(?:that\s+)?")
        .expect("reported pattern compiles")
});

/// Passive voice of a sanctions action: its subject is the target. `X was sanctioned`; `X, a
/// Moscow-based firm, was listed`; `X are among 22 entities blacklisted`; `X were identified as
/// blocked property`.
pub(super) static PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:were|was|been|are|is|be)\s+(?:\w+ly\s+|also\s+|now\s+|later\s+|made\s+)*(?:sanctioned|designated|blacklisted|listed|barred|banned|included in|added to|put on|placed on|subject(?:ed)? to|targeted|hit with|slapped with|identified as blocked)|\b(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+|those\s+)?(?:[\w-]+\s+){0,3}?(?:sanctioned|designated|blacklisted|targeted|listed)\b")
        .expect("pattern compiles")
});

/// Inverted passive: `Also subject to restrictions were two Russian ships`.
pub(super) static INVERTED: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\bsubject(?:ed)? to (?:the )?(?:\w+ )?(?:sanctions|restrictions|embargo)\s+(?:were|was|are|is)\b")
        .expect("pattern compiles")
});

/// Trigger words that mean a measure against a whole country or sector (`state`).
pub(super) fn state_trigger(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    [
        "embargo",
        "tariff",
        "duties",
        "investment",
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

/// `added X to its Entity List`, `put X on the sanctions list`: the object before the trigger is the
/// target phrase (ending where the list's own words begin).
pub(super) static ADDED_TO_LIST: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:add(?:s|ed|ing)?|put(?:s|ting)?|plac(?:e|es|ed|ing))\s+([^;:]{1,200}?)\s+(?:to|on)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:[\w.'\x{2019}-]+\s+){0,3}[\x22\x{201c}]?$")
        .expect("added-to-list pattern compiles")
});

/// `list of entities subject to` right before a trigger: the list it names.
pub(super) static LIST_OF_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\blist\s+of\s+(?:[\w-]+\s+){1,2}(?:subject\s+to|under|facing)\s+$")
        .expect("list-of pattern compiles")
});

/// The list's own name going on past the trigger (`Specially Designated Nationals and Blocked Persons
/// List`, `Entity List`): a few capitalised or joining words, then `list`.
pub(super) static LIST_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"^\s+(?:(?:[A-Z][\w-]*|and|of)\s+){0,5}(?i:list)\b")
        .expect("list-after pattern compiles")
});

/// The object of `added ... to` right before the trigger at `[ts, te)`, read back to the clause start
/// (at most 300 bytes), when the trigger names a list (`Entity List`, `blacklist`, `sanctions list`,
/// `a list of terrorism supporters`):
/// `added` is as often a reporting verb (`he added he was ready to impose sanctions`).
pub(super) fn added_to_list(
    s: &str,
    clause_start: usize,
    ts: usize,
    te: usize,
) -> Option<(usize, usize)> {
    let word = s[ts..te].to_ascii_lowercase();
    // `its list of entities subject to export controls`: the list is named before the trigger.
    let list_before = LIST_OF_BEFORE.find(&s[..ts]).map(|m| m.start());
    let list = word.ends_with("list")
        || word.starts_with("list ")
        || LIST_AFTER.is_match(&s[te..])
        || list_before.is_some();
    if !list {
        return None;
    }
    let end = list_before.unwrap_or(ts);
    let from = crate::text::ceil_boundary(s, clause_start.max(end.saturating_sub(300)));
    let c = ADDED_TO_LIST.captures(&s[from..end])?;
    let obj = c.get(1)?;
    Some((from + obj.start(), from + obj.end()))
}

/// `identified the vessels X and Y as blocked property`: the object of `identified` before the trigger.
pub(super) static IDENTIFIED_AS: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\bidentif(?:y|ies|ied|ying)\s+([^;:]{1,300}?)\s+as\s+$")
        .expect("identified-as pattern compiles")
});

/// The target phrase of `blocked property` after `identified ... as` (OFAC's words for the vessels
/// and aircraft of a designated party), read back to the clause start at most 400 bytes away.
pub(super) fn identified_as_blocked(
    s: &str,
    clause_start: usize,
    ts: usize,
    te: usize,
) -> Option<(usize, usize)> {
    if !s[ts..te].eq_ignore_ascii_case("blocked property") {
        return None;
    }
    let from = crate::text::ceil_boundary(s, clause_start.max(ts.saturating_sub(400)));
    let obj = IDENTIFIED_AS.captures(&s[from..ts])?.get(1)?;
    Some((from + obj.start(), from + obj.end()))
}

/// `named 39 firms under a new sanctions law`, `listed X under the sanctions act`: the object of a
/// designating verb before `under` is the target phrase.
pub(super) static NAMED_UNDER: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:nam(?:e|es|ed|ing)|list(?:s|ed|ing)|identif(?:y|ies|ied|ying)|designat(?:e|es|ed|ing)|target(?:s|ed|ing)|penali[sz](?:e|es|ed|ing))\s+([^;:]{1,200}?)\s+under\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w.'\x{2019}-]+\s+){0,3}$")
        .expect("named-under pattern compiles")
});

/// Words after a trigger that make it the name of a legal instrument (`sanctions law`).
pub(super) static INSTRUMENT: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)^\s+(?:laws?|acts?|legislation|bills?|orders?|programs?|programmes?|authorit\w*|powers?|regulations?)\b")
        .expect("instrument pattern compiles")
});

/// The object of `named ... under` right before a trigger naming a legal instrument, read back to the
/// clause start (at most 300 bytes).
pub(super) fn named_under_law(
    s: &str,
    clause_start: usize,
    ts: usize,
    te: usize,
) -> Option<(usize, usize)> {
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
/// or the next party named by its tie to the one before (`, and its director Ivo Marek`, `, as well as
/// its editor-in-chief, X`): part of the target phrase, not a new clause.
pub(super) static APPOSITION: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"^,\s+(?:and\s+)?(?:a|an|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['\x{2019}]s)\s+(?:[\w.'\x{2019}-]+\s+){0,4}?(?:[\w-]+-based|[\w-]+-flagged|nationals?|citizens?|compan(?:y|ies)|firms?|entit(?:y|ies)|organi[sz]ations?|agency|group|unit|service|militia|cartel|gang|manufacturer|supplier|producer|operator|provider|platform|marketplace|mixer|airline|businessm[ae]n|businesswoman|tycoon|oligarch|bank|vessel|tanker|ship|network|subsidiary|affiliate|officer|official|commander|general|minister|director|executive|member|head|chief|leader|deputy|founder|owner|politician|lawmaker|banker|financier|trader|broker|facilitator|operative|associate|dealer|smuggler|lawyer|magnate|investor|entrepreneur|industrialist|billionaire|adviser|advisor|aide|ally|confidant|relative|son|daughter|wife|husband|brother|sister|governor|mayor|senator|judge|prosecutor|colonel|admiral|ambassador|diplomat|envoy|spokes(?:man|woman|person))\b|^,?\s+and\s+(?:of\s+)?[A-Z][\w.&'\x{2019}-]*(?:\s+[A-Z][\w.&'\x{2019}-]*){0,5},\s+(?:a|an)\s|^,\s+the\s+[A-Z][\w'\x{2019}-]*(?:\s+[A-Z][\w'\x{2019}-]*){0,3}\s+and\s+the\s+[A-Z]|^,?\s+and\s+the\s+[A-Z][\w.&'\x{2019}-]*(?:\s+(?:[A-Z][\w.&'\x{2019}-]*|of|for|and))*\s*(?:[.;]|$)|^,?\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:group|company|firm|bank|tanker|vessel|ship|network|entity|cartel|militia|gang|unit|airline)\s+[A-Z]|^,?\s+and\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:of\s+(?:its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:compan(?:y|ies)|firms|entities|suppliers|individuals|people|persons|vessels|tankers|ships|banks|subsidiaries|affiliates|associates|officials|executives|administrators|operators|employees|directors|managers|officers|leaders|members|relatives|sons|daughters)\s*[,:]\s+[A-Z]|^,?\s+(?:and|as\s+well\s+as)\s+(?:its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:director|owner|founder|chairman|chairwoman|president|manager|head|ceo|executive|editor|publisher|commander|chief|leader|shareholder|son|daughter|wife|husband|brother|sister|nephew|niece|cousin|associates?|partners?|aides?|deputy|lawyer|accountant|subsidiar(?:y|ies)|affiliates?|vessels?|tankers?|ships?|compan(?:y|ies)|firms?|business(?:es)?|banks?|groups?)\b")
        .expect("apposition pattern compiles")
});

/// How many appositions one target phrase may run through (each is searched once: linear).
pub(super) const MAX_APPOSITIONS: usize = 8;

/// Where a target phrase starting at `from` ends (see [`CLAUSE_END`]). The period of an abbreviation
/// (`U.S. defense firms`, `Vanta Corp. and`) ends nothing: the sentence splitter has already cut at the
/// periods that end sentences.
pub(super) fn clause_end(s: &str, from: usize) -> usize {
    // The first list comma of the phrase, found once (see [`last_of_list`]).
    let first_comma = s[from..].find(", ").map_or(usize::MAX, |i| from + i);
    let tail = &s[from..];
    let mut at = 0;
    while let Some(c) = CLAUSE_END.find_at(tail, at) {
        // `, Switzerland and Thailand that Oslo says ...`: a relative clause's speaker is no closing
        // report; the phrase runs on to the relative word, found by searching again past the comma.
        if c.as_str().starts_with(',') && relative_report(c.as_str()) {
            at = c.start() + 1;
            continue;
        }
        if (c.as_str() != "." || !abbreviation_dot(s, from + c.start()))
            && !continues_list(s, first_comma, from + c.start(), from + c.end())
        {
            return from + c.start();
        }
        at = c.end().max(c.start() + 1);
    }
    s.len()
}

/// A comma clause ending in a reporting verb that holds a relative word before it (`, Thailand that
/// Oslo says`): a relative clause, not `, officials said`.
pub(super) fn relative_report(clause: &str) -> bool {
    [" that ", " which ", " who ", " whom "]
        .iter()
        .any(|w| clause.contains(w))
}

/// A break at `[at, end)` inside a list that already has a comma (the first at `first_comma`): its last
/// item (`A, B, and D`) or a country item with its article (`A, B, the United Arab Emirates`).
pub(super) fn continues_list(s: &str, first_comma: usize, at: usize, end: usize) -> bool {
    last_of_list(s, first_comma, at, end)
        || country_item(s, at, end) && (first_comma < at || opens_country_list(s, at, end))
}

/// `imports from the EU, the United States, Canada and Norway`: at the list's first comma, `, the`
/// joins a country to the one before it when the list goes on after it (`..., the U.S. said` does not).
fn opens_country_list(s: &str, at: usize, end: usize) -> bool {
    let from = crate::text::ceil_boundary(s, at.saturating_sub(40));
    let bloc = s[..at]
        .rsplit(' ')
        .next()
        .is_some_and(|w| matches!(w, "EU" | "E.U." | "EC" | "E.C." | "Union"));
    let before = bloc
        || countries::find_mentions(&s[from..at], false)
            .last()
            .is_some_and(|m| from + m.end == at);
    let to = crate::text::floor_boundary(s, (end + 40).min(s.len()));
    let next = countries::find_mentions(&s[end..to], false);
    before
        && next.first().is_some_and(|m| {
            let rest = &s[end + m.end..];
            rest.starts_with(", ") || rest.starts_with(" and ") || rest.starts_with(" AND ")
        })
}

/// `firms in China, Turkey, the United Arab Emirates and Iran`: `, the` before a country's name
/// continues a list of places rather than opening a clause (the caller asks for a comma before it:
/// `..., the U.S. needs proof` opens one).
pub(super) fn country_item(s: &str, at: usize, end: usize) -> bool {
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
/// clause). A list that has had its `and` is complete: `A, B and C, and President D extended it` opens
/// a clause.
pub(super) fn last_of_list(s: &str, first_comma: usize, at: usize, end: usize) -> bool {
    let m = &s[at..end];
    m.starts_with(',')
        && m.trim_end().ends_with("and")
        && s[end..].starts_with(|c: char| c.is_uppercase())
        && first_comma < at
        && !s[first_comma..at].contains(" and ")
}

/// A period after an abbreviation or a legal form (`U.S.`, `Corp.`, `Co.`) rather than a full stop.
pub(super) fn abbreviation_dot(s: &str, dot: usize) -> bool {
    let word = s[..dot]
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '.'))
        .next()
        .unwrap_or("");
    abbreviation_before(s, dot)
        || crate::extract::legal_forms::continues(word, &s[dot + 1..])
        || inside_form(s, dot)
        || crate::extract::legal_forms::abbreviated(word)
        || matches!(word, "Bros" | "Jr" | "Sr")
}

/// A period inside or closing a dotted legal form (`d.o.o.`, `A.Ş.`): the word around it is the form.
fn inside_form(s: &str, dot: usize) -> bool {
    let start = s[..dot].rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let end = s[dot..]
        .find(char::is_whitespace)
        .map_or(s.len(), |i| dot + i);
    let word = s[start..end].trim_end_matches([',', ';', ')']);
    crate::extract::legal_forms::abbreviated(word.trim_end_matches('.'))
}

/// Where the clause holding the trigger at `ts` begins (see [`CLAUSE_START`]). A subordinate clause
/// that opens with a participle (`..., while blacklisting X`, `after imposing`) has no subject of its
/// own: it shares the clause before it.
pub(super) fn clause_start(s: &str, ts: usize) -> usize {
    // `had long since stopped`: `since` after `long` is an adverb, no clause.
    let starts: Vec<(usize, usize)> = CLAUSE_START
        .find_iter(&s[..ts])
        .filter(|m| {
            !(m.as_str().eq_ignore_ascii_case("since")
                && s[..m.start()].to_ascii_lowercase().ends_with("long "))
        })
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
    let before = || starts.len().checked_sub(2).map_or(0, |i| starts[i].1);
    if subordinator && participle {
        return before();
    }
    // `When Russia invaded Ukraine, Norway imposed ...`: a subordinate clause closed by a comma
    // before the trigger is not the trigger's; the clause after the comma is, or, when that has no
    // subject of its own (`Norway decided, when X happened, to impose ...`), the one before it.
    if adverbial_clause(&s[a..b]) {
        if let Some(after) = adverbial_clause_end(&s[b..ts]).map(|e| b + e) {
            return if own_subject(&s[after..ts]) {
                after
            } else {
                before()
            };
        }
    }
    if coordinated_verb(&s[a..b], &s[b..]) {
        if let Some(start) = shared_clause_start(s, &starts[..starts.len() - 1]) {
            return start;
        }
    }
    b
}

/// A word opening an adverbial clause (`when`, `after`, `because`), not a relative one.
fn adverbial_clause(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "after"
            | "because"
            | "if"
            | "when"
            | "while"
            | "although"
            | "though"
            | "whereas"
            | "since"
            | "before"
            | "until"
            | "unless"
            | "once"
    )
}

/// Where an adverbial clause (`Russia invaded Ukraine, ...` after `when`) ends: after the first
/// comma with a verb before it. A comma before any verb is inside the clause (`when, implementing the
/// accord, Egypt and Sudan barred`, `when Russia, Belarus and Iran ...`).
fn adverbial_clause_end(rest: &str) -> Option<usize> {
    // One pass: a comma closes the clause once a verb has been seen before it.
    let mut verb = false;
    for w in rest.split(' ') {
        let at = w.as_ptr() as usize - rest.as_ptr() as usize;
        let word = w.trim_end_matches(',').to_ascii_lowercase();
        verb |= word.len() > 4 && word.ends_with("ed") || FINITE_VERBS.contains(&word.as_str());
        if verb && w.ends_with(',') && rest[at + w.len()..].starts_with(' ') {
            return Some(at + w.len() + 1);
        }
    }
    None
}

/// Common finite verbs with no `-ed` (`was`, `took`): a clause's verb.
const FINITE_VERBS: &[&str] = &[
    "is", "was", "were", "are", "has", "had", "have", "did", "does", "began", "took", "made",
    "came", "went", "met", "won", "lost", "said", "says", "fell", "rose",
];

/// Whether a clause opens with its own subject: a capitalised word or a determiner, not a verb
/// (`imposed`, `to impose`) that shares the subject before it.
fn own_subject(clause: &str) -> bool {
    let first = clause.split_whitespace().next().unwrap_or("");
    first.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        || matches!(
            first.to_ascii_lowercase().as_str(),
            "the"
                | "a"
                | "an"
                | "its"
                | "their"
                | "his"
                | "her"
                | "this"
                | "these"
                | "those"
                | "both"
                | "all"
                | "several"
                | "many"
                | "some"
                | "it"
                | "they"
                | "he"
                | "she"
                | "we"
                | "i"
        )
}

/// `, and barred them`, `, and later froze`: a coordinator followed by a past-tense verb (a few
/// adverbs may sit between) opens a second predicate of the clause before, not a clause of its own.
fn coordinated_verb(boundary: &str, rest: &str) -> bool {
    let b = boundary.to_ascii_lowercase();
    if !(b.starts_with(',') && b.trim_end().ends_with("and")) {
        return false;
    }
    rest.split_whitespace()
        .map(str::to_ascii_lowercase)
        .find(|w| {
            !matches!(
                w.as_str(),
                "also" | "then" | "later" | "promptly" | "swiftly"
            )
        })
        .is_some_and(|w| w.len() > 4 && w.ends_with("ed") || w == "froze")
}

/// The start of the main clause a coordinated predicate shares: back past the relative clauses and
/// time phrases (`vessels that have called at Cuban ports since May`) that hang on its object, to the
/// last break made by punctuation. Behind a subordinate clause (`When X arrived, Y locked ..., and
/// moved`) the main clause has no break of its own to find: none.
fn shared_clause_start(s: &str, starts: &[(usize, usize)]) -> Option<usize> {
    for &(a, b) in starts.iter().rev() {
        if !s.as_bytes()[a].is_ascii_alphabetic() {
            return Some(b);
        }
        let w = s[a..b].to_ascii_lowercase();
        if !matches!(
            w.as_str(),
            "that" | "which" | "who" | "since" | "until" | "before" | "after"
        ) {
            return None;
        }
    }
    Some(0)
}

/// Verbs of imposing in their `-ing` form, which after `by` make a means clause.
pub(super) const IMPOSING: &[&str] = &[
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
pub(super) fn means_clause(s: &str, from: usize, ts: usize) -> usize {
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
