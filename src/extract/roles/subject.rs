//! Whether a party may be the acting subject of a trigger: generic subjects, proposals, relative
//! antecedents, parties that are only the place or the topic of the clause.

use super::*;

/// `the four Arab states`, `both countries`: the parties a story has just named, counted.
pub(super) static GROUP_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)^\W*(?:(?:on|in|and|but|then|later)\s+)?(?:\w+day,?\s+)?(?:the\s+)?(?:two|three|four|five|six|seven|eight|both|all)\s+(?:[\w-]+\s+)?(?:states|countries|nations|governments|allies|capitals|neighbou?rs)\b")
        .expect("pattern compiles")
});

/// The clause before a trigger has no named actor of its own: a pronoun or a generic agency noun
/// (`It also`, `The department said`, `Officials`), or nothing (`Also sanctioned were ...`).
pub(super) fn generic_subject(head: &str) -> bool {
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
                | "addition"
                | "moreover"
                | "furthermore"
                | "likewise"
                | "similarly"
                | "separately"
                | "further"
                | "those"
                | "these"
                | "designated"
                | "sanctioned"
                | "also"
                | "among"
        )
        || day_word(&first)
}

/// `today`, `yesterday` or a weekday, in lower case: a time that may stand between a subject and
/// its verb (`The Treasury on Monday sanctioned`).
pub(super) fn day_word(w: &str) -> bool {
    matches!(
        w,
        "today"
            | "yesterday"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
    )
}

/// `Japan, which has chastised X for Y, has imposed sanctions on Z`: a relative clause at
/// `clause_start` hung on a party right before it (only a comma between) with an imposing verb before
/// the trigger has that party as its subject.
pub(super) fn relative_antecedent<'p>(
    s: &str,
    clause_start: usize,
    ts: usize,
    parties: &'p [Party],
) -> Option<&'p Party> {
    let rel = word_before(s, clause_start);
    let comma = if matches!(rel.as_str(), "which" | "who") {
        let head = s[..clause_start].trim_end();
        let head = head[..head.len() - rel.len()].trim_end();
        head.strip_suffix(',')?.trim_end().len()
    } else {
        closed_relative(s, clause_start)?
    };
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
    parties.iter().find(|p| {
        let body = s[p.end.min(comma)..comma].trim_start_matches(['\'', '\u{2019}', 's']);
        (p.end == comma || p.end < comma && STATE_BODY_NOUN.is_match(body))
            && can_be_subject(s, 0, p)
    })
}

/// `The U.S. government, which has long backed the embargo, introduced ...`: where the clause at
/// `clause_start` follows a relative clause closed by a comma, the end of the words it hangs on.
fn closed_relative(s: &str, clause_start: usize) -> Option<usize> {
    let head = s[..clause_start].trim_end().strip_suffix(',')?;
    let from = crate::text::ceil_boundary(head, head.len().saturating_sub(200));
    let at = from + head[from..].rfind([',', ';'])?;
    let rest = head[at + 1..].trim_start();
    (rest.starts_with("which ") || rest.starts_with("who ")).then_some(at)
}

/// What may stand between a party and a relative clause hung on it: its government (`U.S.
/// government`, `Bush's administration`).
static STATE_BODY_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"^\s+(?:government|administration|cabinet)$").expect("state body pattern compiles")
});

pub(super) fn in_spans(spans: &[(usize, usize)], p: &Party) -> bool {
    spans.iter().any(|&(a, b)| p.start >= a && p.end <= b)
}

/// Nouns of a formal proposal whose relative clause may carry the measure (`a resolution that would
/// impose sanctions`).
pub(super) const PROPOSALS: &[&str] = &[
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
pub(super) fn proposal_author<'p>(
    s: &str,
    clause_start: usize,
    parties: &'p [Party],
) -> Option<&'p Party> {
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
pub(super) fn proposal_owner<'p>(s: &str, upto: usize, parties: &'p [Party]) -> Option<&'p Party> {
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
                .filter(|p| premodifies(&s[p.end..noun_start]))
                .or_else(|| proposal_sponsor(s, noun_start, parties));
        }
        end = s[..noun_start].trim_end().len();
    }
    None
}

/// `U.S. lawmakers passed a bill`, `The Norwegian parliament approved a draft`: the subject of a verb
/// that passes or puts forward the proposal ending at `noun_start` (at most three words between the
/// party and the verb, none a clause break).
fn proposal_sponsor<'p>(s: &str, noun_start: usize, parties: &'p [Party]) -> Option<&'p Party> {
    let verb = PUTS_FORWARD.find(&s[..noun_start])?;
    parties
        .iter()
        .rev()
        .find(|p| p.end <= verb.start())
        .filter(|p| {
            let gap = &s[p.end..verb.start()];
            gap.split_whitespace().count() <= 3 && !gap.contains([',', ';', ':'])
        })
}

/// A verb passing or putting forward a proposal, then its article and modifiers, at the end of a text.
static PUTS_FORWARD: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)\b(?:passed|approved|introduced|proposed|drafted|tabled|unveiled|sponsored|circulated|put forward|voted for)\s+(?:an?|the|its|their)\s+(?:[\w.-]+\s+){0,3}$")
        .expect("puts-forward pattern compiles")
});

/// `said sanctions alone would not work`: between a subject and a trigger naming no target, a
/// reporting verb whose clause opens with the measure (only its modifiers between): the speaker talks
/// about sanctions, imposing none.
pub(super) fn reports_on_measure(gap: &str) -> bool {
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
pub(super) fn based_in(s: &str, p: &Party) -> bool {
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
    // `31 groups, including 11 in Hong Kong and others in Turkey`: a count or `others` stands for the
    // party noun before it.
    let count = !noun.is_empty() && noun.chars().all(|c| c.is_ascii_digit())
        || matches!(
            noun.as_str(),
            "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "eleven"
                | "twelve"
                | "others"
                | "several"
                | "dozens"
        );
    count || targets::party_noun(&noun)
}

/// `Qatar Airways`, `Iran Air`: the country word opens an organization's name.
pub(super) fn opens_org_name(s: &str, p: &Party) -> bool {
    s[p.end..]
        .split_whitespace()
        .next()
        .is_some_and(|w| targets::org_word(w.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// `The U.S. and South Korea`, `Egypt, Algeria and Sudan`: the gap between two coordinated parties.
pub(super) fn coordinated(gap: &str) -> bool {
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

/// Where the words before `at` end once a `the` and a count (`the 12`, `the seven`) are passed over.
fn after_determiners(s: &str, at: usize) -> usize {
    let mut end = s[..at].trim_end().len();
    for _ in 0..2 {
        let w = word_before(s, end);
        let count = !w.is_empty() && w.chars().all(|c| c.is_ascii_digit())
            || targets::NUMBER_WORDS.contains(&w.as_str());
        if w != "the" && !count {
            break;
        }
        end = word_start(s, end);
        end = s[..end].trim_end().len();
    }
    end
}

/// Where the word before `at` starts (see [`word_before`]).
fn word_start(s: &str, at: usize) -> usize {
    s[..at].trim_end().len() - word_before(s, at).len()
}

/// Where the subject phrase holding party `p` starts: a leader's title and given name before a leader
/// (`President Barack Obama`), the body or ministers a country or bloc heads (`The Government of
/// Canada`, `foreign ministers of the 12 EC nations`).
fn subject_start(s: &str, p: &Party) -> usize {
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
        at = word_start(s, at);
    }
    // `The Government of Canada amended ...`, `foreign ministers of the 12 EC nations agreed`: the
    // body or the ministers of a country or bloc are it as subject.
    let of_end = after_determiners(s, at);
    if word_before(s, of_end) == "of" {
        let of_at = s[..of_end].trim_end().len() - 2;
        if GOVERNMENT_OF.contains(&word_before(s, of_at).as_str()) {
            at = word_start(s, of_at);
            if matches!(
                word_before(s, at).as_str(),
                "foreign" | "trade" | "finance" | "economy" | "economic" | "defence" | "defense"
            ) {
                at = word_start(s, at);
            }
        }
    }
    at
}

/// Whether the subject phrase starting at `at` opens its clause: at the clause start (perhaps after
/// `the`), after a comma, a dash or a quote, a conjunction or a reporting verb, or a time adverbial;
/// `prev` is the word governing it.
fn opens_clause(s: &str, clause_start: usize, at: usize, prev: &str) -> bool {
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
            prev,
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
    // `Last month the United States imposed ...`, `On Friday Norway ...`: a time adverbial opens it too.
    // `the day Oslo imposed ...`: a time noun opens a clause with no relative word.
    let after_time = matches!(
        prev,
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
        .any(|c| c.eq_ignore_ascii_case(prev));
    opens || after_time
}

/// Can party `p` be the subject of the clause starting at `clause_start`? A subject opens its clause or
/// follows a comma or a conjunction; after a verb or a preposition a party is an object (`to push
/// China`, `in the U.N.`); a country word before private actors (`U.S. chipmakers`) or a relation
/// (`South Africa's neighbors`) is no actor.
pub(super) fn can_be_subject(s: &str, clause_start: usize, p: &Party) -> bool {
    let at = subject_start(s, p);
    // `a Dubai-based firm`, `the Panama-flagged X`: a place that says whose a target is acts in
    // nothing; `Measures (Iran) Regulations`: a parenthesis names no actor.
    if crate::extract::countries::SEAT_SUFFIXES
        .iter()
        .chain(&["-flagged"])
        .any(|x| s[p.end..].starts_with(x))
        || s[..at].trim_end().ends_with('(')
    {
        return false;
    }
    let prev = governing_word(s, at);
    // `U.S.-Japan trade row`: the second half of a hyphenated pair is a modifier.
    let objectish = !opens_clause(s, clause_start, at, &prev) || s[..p.start].ends_with(['-', '/']);
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

/// `bars Americans from dealing with them`, `barred all U.S. dealings with them`: the imposer's own
/// people kept from dealing with the targets, no target themselves.
pub(super) static DEALING_BARRED: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i)^(?:(?:\s+(?:citizens|nationals|persons|firms|companies|banks|entities))?\s+from\s+(?:dealing|doing business|transacting|engaging in (?:any )?transactions)|\s+(?:dealings|transactions|business)\s+with)\b")
        .expect("dealing pattern compiles")
});

/// Nouns of what befalls a country or what it holds (`its war on Ukraine`, `the invasion of Ukraine`,
/// `the Ukraine war`): a country they govern inside a target phrase is the scene or the victim, no target.
pub(super) const ABOUT_COUNTRY: &[&str] = &[
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
pub(super) fn about_country(s: &str, p: &Party) -> bool {
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
pub(super) fn names_kinds(phrase: &str) -> bool {
    let raw: Vec<&str> = phrase.split_whitespace().collect();
    (0..raw.len()).any(|i| kind_heads(&raw, i, &[]))
}

/// A participle clause after a trigger that names whom the measure hits (`..., targeting 10 entities
/// and 54 individuals`); not `including`, which as often lists reasons or places (`sanctioned in other
/// jurisdictions, including Canada`).
pub(super) static TARGETING_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"(?i),\s+(?:targeting|aimed at|hitting)\s")
        .expect("targeting clause pattern compiles")
});
