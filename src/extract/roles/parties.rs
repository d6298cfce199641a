//! The parties a sentence names (countries, agencies, leaders) and how a party's word relates to its phrase.

use super::*;

/// A party found in a sentence: a country mention or a bloc.
#[derive(Debug, Clone, Copy)]
pub(super) struct Party {
    pub(super) code: &'static str,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) kind: Kind,
    /// An agency or a leader standing for its state (`OFAC`, `President Reagan`): an actor only, never a
    /// target country (`sanctions on people close to Putin` are read from their own words).
    pub(super) agency: bool,
    /// In the story's dateline (`MEXICO CITY (Reuters) - `): where it was filed, an actor only when the
    /// clause names no other.
    pub(super) dateline: bool,
    /// A magazine's section title set before the headline (`CUBA SHIPS ON THE BLACK LIST ...`): what
    /// the story is about, never who acts in it.
    pub(super) section: bool,
}

/// Agencies and offices that impose sanctions, and the state or bloc each stands for (the guide: a
/// government agency counts as its country). Written as they appear, case-sensitive, whole words; a
/// country word right before one (`British Treasury`) is the party instead.
pub(super) const AGENCIES: &[(&str, &str)] = &[
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
    ("Maritime Administration", "US"),
    ("Congress", "US"),
    ("Senate", "US"),
    ("House of Representatives", "US"),
    ("Office of Financial Sanctions Implementation", "GB"),
    ("OFSI", "GB"),
    ("HM Treasury", "GB"),
    ("His Majesty's Government", "GB"),
    ("Her Majesty's Government", "GB"),
    ("HM Government", "GB"),
    ("Office of Trade Sanctions Implementation", "GB"),
    ("OTSI", "GB"),
    ("Foreign Office", "GB"),
    ("Foreign and Commonwealth Office", "GB"),
    ("Foreign, Commonwealth and Development Office", "GB"),
    ("Foreign, Commonwealth & Development Office", "GB"),
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
    ("Ministry of Economy, Trade and Industry", "JP"),
    ("State Secretariat for Economic Affairs", "CH"),
    ("SECO", "CH"),
    ("National Security and Defense Council", "UA"),
    ("National Security and Defence Council", "UA"),
    ("NSDC", "UA"),
    ("Ministry of Foreign Affairs and Trade", "NZ"),
    ("MFAT", "NZ"),
];

/// Leaders whose name stands for their state as an actor (`Reagan ordered tariffs`): surnames that name
/// one well-known head of state or government in news of 1960-2025. Like agencies, actors only.
pub(super) const LEADERS: &[(&str, &str)] = &[
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

pub(super) static AGENT_NAMES: LazyLock<Regex> = LazyLock::new(|| agent_pattern(str::to_string));

/// The same names in capitals, for all-caps copy (`THE TREASURY FROZE`, `PRESIDENT KENNEDY ORDERED`).
pub(super) static AGENT_NAMES_CAPS: LazyLock<Regex> =
    LazyLock::new(|| agent_pattern(str::to_uppercase));

/// One whole-word alternation of the agency and leader names, each written by `write`.
fn agent_pattern(write: fn(&str) -> String) -> Regex {
    let mut alts: Vec<String> = AGENCIES
        .iter()
        .chain(LEADERS)
        .map(|(name, _)| regex::escape(&write(name)))
        .collect();
    // Longest first, so `HM Treasury` wins over `Treasury`.
    alts.sort_by_key(|a| std::cmp::Reverse(a.len()));
    ascii_regex(&format!(r"\b(?:{})\b", alts.join("|"))).expect("agent pattern compiles")
}

/// Agencies and leaders in a text, as parties; in `caps` text, in capitals.
pub(super) fn agents_of(s: &str, caps: bool) -> Vec<Party> {
    let names = if caps {
        &AGENT_NAMES_CAPS
    } else {
        &AGENT_NAMES
    };
    names
        .find_iter(s)
        .filter_map(|m| {
            let code = AGENCIES
                .iter()
                .chain(LEADERS)
                .find(|&&(n, _)| n == m.as_str() || caps && n.eq_ignore_ascii_case(m.as_str()))
                .map(|&(_, c)| c)?;
            Some(Party {
                code,
                start: m.start(),
                end: m.end(),
                kind: Kind::Seat,
                agency: true,
                dateline: false,
                section: false,
            })
        })
        .collect()
}

pub(super) fn push_unique(v: &mut Vec<String>, code: &str) {
    if !v.iter().any(|x| x == code) {
        v.push(code.to_string());
    }
}

pub(super) fn word_before(s: &str, pos: usize) -> String {
    s[..pos]
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// Only adjectives, `'s`, `and` or another party between a premodifier and its trigger
/// (`the European Union's arms embargo`, `U.S. and U.N. sanctions`, `latest South Korean sanctions`).
pub(super) fn premodifies(gap: &str) -> bool {
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
pub(super) const MODIFIERS: &[&str] = &[
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

/// Nouns after a country word that name private actors, whose measures are no state's (`port unions`).
pub(super) const PRIVATE_ACTORS: &[&str] = &[
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
    "shoppers",
    "customers",
    "farmers",
    "fans",
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

/// `Consumers in Turkey`, `dockers from Australia`: the place a private group (see [`PRIVATE_ACTORS`])
/// is in or from, right before `pos`; the group acts, not the state.
pub(super) fn private_group_place(s: &str, pos: usize) -> bool {
    let prep = word_before(s, pos);
    if !matches!(prep.as_str(), "in" | "from" | "across") {
        return false;
    }
    let cut = s[..pos].trim_end().len() - prep.len();
    PRIVATE_ACTORS.contains(&word_before(s, cut).as_str())
}

/// Titles before a leader's name (`President Trump`, `Prime Minister Thatcher`), lower case.
pub(super) const LEADER_TITLES: &[&str] = &[
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
pub(super) const GOVERNMENT_OF: &[&str] = &[
    "government",
    "ministry",
    "president",
    "parliament",
    "cabinet",
    "ministers",
    "leaders",
    "governments",
];

/// Organization nouns after a country word that are the state's own (`Chinese ministry`, `U.S. agencies`).
pub(super) const STATE_BODIES: &[&str] = &["ministry", "ministries", "agency", "agencies"];

/// Nouns after a possessive that make the country no actor (`South Africa's neighbors called for...`).
pub(super) fn relational(word: &str) -> bool {
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
pub(super) fn governing_word(s: &str, pos: usize) -> String {
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
pub(super) fn heads_phrase(s: &str, span: (usize, usize), p: &Party, parties: &[Party]) -> bool {
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

/// Country and bloc mentions of a whole text (ambiguous names are settled against the whole text).
/// `mentions` are the text's country mentions, `countries::find_mentions(s, caps)`: the caller has
/// them already for the story's ranking, and the gazetteer scan of a long body is costly.
/// `The Council today adopted a new package`: an EU press release calls the Council of the EU by its
/// bare name. In a story that names the EU and neither the U.N. nor a Security Council, `the Council`
/// (not `the Council of Europe`) is the EU's agency; `all` is the body's parties, in text order.
pub(super) fn add_eu_council(s: &str, all: &mut Vec<Party>) {
    let eu = all.iter().any(|p| p.code == "EU");
    if !eu || all.iter().any(|p| p.code == "UN") || s.contains("Security Council") {
        return;
    }
    let mut added = false;
    for (at, m) in s
        .match_indices("the Council")
        .chain(s.match_indices("The Council"))
    {
        let (start, end) = (at + 4, at + m.len());
        let word_ends = !s[end..].starts_with(|c: char| c.is_alphanumeric());
        let taken = all.iter().any(|p| p.start < end && start < p.end);
        if !word_ends || s[end..].starts_with(" of") || taken {
            continue;
        }
        all.push(Party {
            code: "EU",
            start,
            end,
            kind: Kind::Seat,
            agency: true,
            dateline: false,
            section: false,
        });
        added = true;
    }
    if added {
        all.sort_by_key(|p| p.start);
    }
}

pub(super) fn parties_of(s: &str, caps: bool, mentions: &[Mention]) -> Vec<Party> {
    let mut ps: Vec<Party> = mentions
        .iter()
        .filter(|m: &&Mention| {
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
            section: false,
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
        section: false,
    }));
    ps.sort_by_key(|p| p.start);
    // Agencies and leaders fill the gaps the country mentions leave (`State Department` is a seat
    // already) and win over a country word inside them (`Council of the European Union`); one right
    // after a country word is that country's (`British Treasury`). Both lists are in text order.
    let mut merged: Vec<Party> = Vec::with_capacity(ps.len());
    let mut parties = ps.into_iter().peekable();
    for a in agents_of(s, caps) {
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
pub(super) fn push_agent(s: &str, merged: &mut Vec<Party>, a: Party) {
    let owned = merged.last().is_some_and(|q: &Party| {
        let gap = s[q.end..a.start].trim();
        gap.is_empty() || gap == "'s" || gap == "\u{2019}s"
    });
    if !owned {
        merged.push(a);
    }
}

/// The parties inside `[a, b)`, re-based to the sentence start.
pub(super) fn parties_in(all: &[Party], a: usize, b: usize) -> Vec<Party> {
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
pub(super) static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(r"^\s*[A-Z][A-Z .'/-]{1,40}?(?:,\s*[A-Za-z]{3,9}\.?\s+\d{1,2})?\s*(?:\([A-Za-z .]{2,20}\)\s*)?(?:-{1,2}|\x{2013}|\x{2014})\s")
        .expect("dateline pattern compiles")
});

/// Where the dateline of `body` ends (0 when there is none).
pub(super) fn dateline_end(body: &str) -> usize {
    let to = crate::text::floor_boundary(body, body.len().min(120));
    DATELINE.find(&body[..to]).map_or(0, |m| m.end())
}
