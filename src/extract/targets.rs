//! Target types and named targets, read from the target phrase of a sanctions sentence
//! (`sanctions on seven North Korean individuals and two Russian vessels`,
//! `the companies Intellect and Sodeistvie`, `two Russian ships - Lady R and Angara`).
//!
//! What a designated organization's name looks like is learned from the OFAC SDN list
//! (`data/target_words.tsv`: the last words of entity names, `LTD`, `JSC`, `BANK`...).

use super::countries::CALENDAR;
use super::legal_forms;
use crate::article::Target;
use std::collections::HashSet;
use std::sync::LazyLock;

const TARGET_WORDS: &str = include_str!("../../data/target_words.tsv");

/// Last words that make a capitalised phrase an organization's name (`Hitachi Ltd`, `NEC Corp`).
static ORG_SUFFIXES: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let mut s: HashSet<String> = TARGET_WORDS
        .lines()
        .filter_map(|l| l.strip_prefix("suffix\t"))
        .filter_map(|l| l.split('\t').next())
        .map(str::to_string)
        .collect();
    // Western suffixes too short or too rare among SDN entities to pass the list's threshold.
    for w in [
        "PLC", "AG", "NV", "SPA", "KK", "PTE", "BHD", "AB", "ASA", "OY",
    ] {
        s.insert(w.to_string());
    }
    s
});

/// A noun naming what kind of thing is targeted, and the type it implies.
pub fn type_of_noun(word: &str) -> Option<&'static str> {
    let w = word.to_ascii_lowercase();
    let w = w.as_str();
    Some(match w {
        "individual" | "individuals" | "person" | "persons" | "people" | "people's"
        | "official" | "officials" | "national" | "nationals" | "representative"
        | "representatives" | "leader" | "leaders" | "businessman" | "businessmen"
        | "executive" | "executives" | "generals" | "oligarch" | "oligarchs" | "responsible"
        | "commanders" | "personnel" | "citizens" | "president" | "minister" | "general"
        | "chairman" | "senator" | "governor" | "commander" | "colonel" | "director" | "sheikh"
        | "prince" | "mr" | "mrs" | "ms" | "dr" | "brother" | "sister" | "son" | "daughter"
        | "wife" | "tycoon" | "financier" | "banker" | "dealer" | "smuggler" | "ministers"
        | "officers" | "operatives" | "traffickers" | "hackers" | "smugglers" | "brokers"
        | "associates" | "relatives" | "judges" | "lawmakers" | "legislators" | "deputies"
        | "diplomats" | "mayor" | "mayors" | "governors" | "businesswoman" | "financiers"
        | "bankers" | "dealers" | "journalist" | "journalists" | "activist" | "activists"
        | "officer" | "founder" | "founders" | "prosecutor" | "prosecutors" | "judge"
        | "propagandists" | "member" | "members" | "daughters" | "sons" | "wives" | "husbands"
        | "reporter" | "reporters" | "correspondent" | "correspondents" | "commentator"
        | "citizen" | "spouse" | "lawyer" | "lawyers" | "admiral" | "brigadier" | "captain"
        | "chief" | "chiefs" | "trader" | "traders" | "administrator" | "administrators"
        | "employee" | "employees" | "directors" | "associate" | "aide" | "aides" | "nephew"
        | "niece" | "cousin" | "cousins" | "accountant" | "host" | "hosts" | "singer" | "singers"
        | "actor" | "actors" | "actress" | "pundit" | "pundits" | "propagandist" | "musician"
        // Occupations and posts a list describes its people by (`columnist X`, `his deputy Y`).
        | "deputy" | "columnist" | "columnists" | "scientist" | "scientists" | "analyst"
        | "analysts" | "academic" | "academics" | "professor" | "professors" | "researcher"
        | "researchers" | "editor" | "editors" | "writer" | "writers" | "blogger" | "bloggers"
        | "presenter" | "presenters" | "secretary" | "adviser" | "advisers" | "advisor"
        | "advisors" | "assistant" | "spokesman" | "spokeswoman" | "spokesperson"
        | "ambassador" | "ambassadors" | "envoy" | "envoys" | "lawmaker" | "legislator"
        | "politician" | "politicians" | "senators" | "congressman" | "congresswoman" | "cleric"
        | "clerics" | "preacher" | "preachers" | "imam" | "imams" | "scholar" | "scholars"
        | "billionaire" | "billionaires" | "magnate" | "magnates" | "industrialist"
        | "industrialists" | "investor" | "investors" | "entrepreneur" | "entrepreneurs" | "men" | "women" => {
            "individual"
        }
        "organization" | "organizations" | "organisation" | "organisations" | "entity"
        | "entities" | "company" | "companies" | "firm" | "firms" | "bank" | "banks" | "group"
        | "groups" | "institution" | "institutions" | "houses" | "corporation" | "corporations"
        | "enterprises" | "businesses" | "maker" | "airline" | "airlines" | "airways"
        | "makers" | "manufacturers" | "exporters" | "subsidiaries" | "fund" | "funds"
        | "agency" | "agencies" | "ministry" | "ministries" | "cartel" | "cartels" | "gang"
        | "gangs" | "network" | "networks" | "militia" | "militias" | "refinery" | "refineries"
        | "insurers" | "lenders" | "conglomerate" | "conglomerates" | "subsidiary"
        | "affiliates" | "university" | "universities" | "institute" | "institutes" | "producer"
        | "producers" | "broadcaster" | "broadcasters" | "manufacturer" | "insurer" | "lender" | "exporter" | "importer" | "importers" | "supplier"
        | "suppliers" | "managers" | "charity" | "charities" | "foundation" | "foundations"
        // `three vessels and their owners`: the firms that own and run designated ships.
        | "owners" | "operators" | "provider" | "providers"
        | "marketplace" | "marketplaces" => {
            "organization"
        }
        "ship" | "ships" | "vessel" | "vessels" | "tanker" | "tankers" | "freighter"
        | "freighters" | "cargo" | "carrier" | "carriers" | "barge" | "trawler" | "fleet"
        // Tanker and bulk-carrier size classes, as shipping news names a ship's kind.
        | "vlcc" | "vlccs" | "ulcc" | "suezmax" | "aframax" | "panamax" | "supramax"
        | "handysize" | "bulker" | "bulkers" => {
            "vessel"
        }
        "aircraft" | "plane" | "planes" | "airliner" | "airliners" | "jets" | "airplanes"
        | "helicopters" => "aircraft",
        "government" | "regime" | "imports" | "exports" | "goods" | "products" | "sector"
        | "economy" | "trade" | "country" | "nation" | "state" => "state",
        _ => return None,
    })
}

/// Whether `word` is a noun of a kind of party (`firm`, `officials`, `tankers`), not of a whole state.
pub fn party_noun(word: &str) -> bool {
    type_of_noun(word).is_some_and(|k| k != "state")
}

/// A bare personal name heading a passive (`Oleg Deripaska was sanctioned`): two or three capitalised
/// words that name no country and end in no company suffix.
pub fn bare_person(span: &str) -> Option<Target> {
    let toks = tokens(span.trim());
    let words: Vec<&str> = toks.iter().map(|t| t.1).collect();
    let ok = (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            is_name_token(w)
                && w.chars()
                    .skip(1)
                    .all(|c| c.is_lowercase() || c == '-' || c == '\'')
        })
        && crate::extract::countries::find_mentions(span, false).is_empty()
        && !words.iter().any(|w| {
            ORG_SUFFIXES.contains(&w.to_ascii_uppercase())
                || type_of_noun(w).is_some()
                || matches!(*w, "The" | "A" | "An")
        });
    ok.then(|| Target {
        name: words.join(" "),
        kind: "individual".to_string(),
    })
}

/// Words in a name list that are not names (`and`, `the`, sentence glue).
fn is_name_token(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_uppercase)
}

/// Word tokens with their byte spans; punctuation marks that matter for lists are tokens too.
pub fn tokens(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in s.char_indices() {
        let word =
            c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '.' && start.is_some();
        if word {
            if start.is_none() {
                start = Some(i);
            }
            continue;
        }
        if let Some(st) = start.take() {
            out.push((st, s[st..i].trim_end_matches('.')));
        }
        if matches!(
            c,
            ',' | '-' | '\u{2013}' | '\u{2014}' | ':' | ';' | '(' | ')'
        ) {
            out.push((i, &s[i..i + c.len_utf8()]));
        }
    }
    if let Some(st) = start {
        out.push((st, s[st..].trim_end_matches('.')));
    }
    out
}

/// Capitalised names listed right after a type noun: `companies Intellect and Sodeistvie`,
/// `representatives Sergei Kozlov and Alexander Pamfilov`, `ships - Lady R and Angara`.
fn listed_names(
    text: &str,
    toks: &[(usize, &str)],
    mut i: usize,
    kind: &'static str,
    out: &mut Vec<Target>,
) {
    let from = i;
    while i < toks.len()
        && matches!(
            toks[i].1,
            "," | "-"
                | "\u{2013}"
                | "\u{2014}"
                | ":"
                | "including"
                | "such"
                | "as"
                | "named"
                | "called"
                | "namely"
                // `two vessels, the ORION SPIRIT and the NOVA BREEZE`
                | "the"
        )
    {
        i += 1;
    }
    loop {
        let mut words: Vec<&str> = Vec::new();
        let start = i;
        while i < toks.len() && words.len() < 5 {
            if is_name_token(toks[i].1) {
                words.push(toks[i].1);
                i += 1;
            } else if !words.is_empty() && i + 1 < toks.len() && hyphen_joined(toks, i + 1) {
                // `Al-Matari`, `Almaz-Antey`: one hyphenated word.
                words.push(toks[i + 1].1);
                i += 2;
            } else if !words.is_empty() && i + 2 < toks.len() && particle_joined(toks, i) {
                // `Saeed al-Jabri`: a lower-case particle written onto the next name.
                words.push(toks[i + 2].1);
                i += 3;
            } else {
                break;
            }
        }
        if words.is_empty() {
            return;
        }
        let name = text[toks[start].0..toks[i - 1].0 + toks[i - 1].1.len()].to_string();
        // `officials, North Korea's response`: a possessive modifies what follows; it names no target.
        if name.ends_with("'s") || name.ends_with("\u{2019}s") {
            return;
        }
        // `sanctions on 21 individuals, Ivo Marek, the bloc's envoy, said`: the speaker ends the list.
        if speaks(&text[toks[i - 1].0 + toks[i - 1].1.len()..]) {
            return;
        }
        // A country or a sentence opener after a type noun is no target's name (`two ships, Russia said`),
        // nor a party whose people follow (`officials, including Vostra Guard commander X`).
        let end = toks[i - 1].0 + toks[i - 1].1.len();
        if crate::extract::countries::resolve_country(&name).is_none()
            && !modifies_noun(text, end)
            && !matches!(
                words[0],
                "The" | "A" | "An" | "In" | "On" | "It" | "They" | "He" | "She"
            )
        {
            // `a hacking gang, including Ivo Marek`: members listed after a group are people when
            // their names say so.
            let member = toks[from..i].iter().any(|t| t.1 == "including")
                && kind_of_name(&name, None) == "individual";
            out.push(Target {
                kind: if member { "individual" } else { kind }.to_string(),
                name,
            });
        }
        // Continue through `,` / `and` / `, and` only when another name follows.
        let mut j = i;
        while j < toks.len() && matches!(toks[j].1, "," | "and" | "the") {
            j += 1;
        }
        if j == i || j >= toks.len() || !is_name_token(toks[j].1) {
            return;
        }
        i = j;
    }
}

/// Whether tokens `i`, `i + 1` (a hyphen) and `i + 2` are a particle written onto a name (`al-Jabri`).
fn particle_joined(toks: &[(usize, &str)], i: usize) -> bool {
    NAME_PARTICLES
        .iter()
        .any(|p| p.strip_suffix('-') == Some(toks[i].1))
        && hyphen_joined(toks, i + 2)
        && is_name_token(toks[i + 2].1)
}

/// Organization names ending in a company suffix (`NEC Corp`, `Hitachi Ltd`, `Rosneft PJSC`).
pub fn suffixed_orgs(text: &str) -> Vec<Target> {
    let mut out = Vec::new();
    suffixed_orgs_in(text, &tokens(text), &mut out);
    out
}

/// Whether tokens `i - 2`, `i - 1` (a hyphen) and `i` are written together (`Al-Noor`).
fn hyphen_joined(toks: &[(usize, &str)], i: usize) -> bool {
    i >= 2
        && toks[i - 1].1 == "-"
        && toks[i - 2].0 + toks[i - 2].1.len() == toks[i - 1].0
        && toks[i - 1].0 + 1 == toks[i].0
        && toks[i - 2].1.chars().all(char::is_alphabetic)
}

/// The suffixed names of `text` tokenized as `toks`, each a verbatim span of `text`.
fn suffixed_orgs_in(text: &str, toks: &[(usize, &str)], out: &mut Vec<Target>) {
    for (i, (_, w)) in toks.iter().enumerate() {
        let up = w.to_ascii_uppercase().replace('.', "");
        if !ORG_SUFFIXES.contains(&up) || !is_name_token(w) {
            continue;
        }
        let mut s = i;
        while s > 0 && i - s < 4 {
            if hyphen_joined(toks, s) {
                s -= 2;
            } else if is_name_token(toks[s - 1].1) {
                s -= 1;
            } else {
                break;
            }
        }
        // A sentence-opening `The` is no part of the name.
        while s < i && matches!(toks[s].1, "The" | "A" | "An") {
            s += 1;
        }
        // `Vanta S.A. de C.V.`: a Spanish form goes on after `de` (tokens end without their period).
        let mut e = i;
        while e + 2 < toks.len() && toks[e + 1].1 == "de" && matches!(toks[e + 2].1, "C.V" | "R.L")
        {
            e += 2;
        }
        // `Ivo Marek, chief executive of Vanta Systems`: the firm describes a person's post.
        if s >= 2 && matches!(toks[s - 1].1, "of" | "at") && POSTS.contains(&toks[s - 2].1) {
            continue;
        }
        // Head-first names continue with `of` and a name (`Bank of Dandong`, `People's Bank of China`).
        while e + 2 < toks.len() && toks[e + 1].1 == "of" && is_name_token(toks[e + 2].1) {
            e += 2;
            while e + 1 < toks.len() && is_name_token(toks[e + 1].1) {
                e += 1;
            }
        }
        // `Vostra Group commanders X and Y`: the group's people are the targets.
        if s < e && !modifies_noun(text, toks[e].0 + toks[e].1.len()) {
            let end = legal_period_end(text, toks[e].0 + toks[e].1.len());
            out.push(Target {
                name: text[toks[s].0..end].to_string(),
                kind: "organization".to_string(),
            });
        }
    }
}

/// Posts a person holds at a firm (`chief executive of`, `a director at`): a firm named after one
/// describes the person, it is no target of its own.
const POSTS: &[&str] = &[
    "executive",
    "director",
    "president",
    "chairman",
    "chairwoman",
    "head",
    "owner",
    "co-owner",
    "founder",
    "co-founder",
    "manager",
    "employee",
    "official",
    "officer",
    "adviser",
    "advisor",
    "deputy",
    "chief",
    "CEO",
    "shareholder",
    "editor",
    "editor-in-chief",
    "commander",
    "leader",
    "secretary",
    "spokesman",
    "spokeswoman",
    "partner",
    "trader",
    "accountant",
    "engineer",
];

/// What a party holds or does, after a kind noun that then only modifies it (`bank accounts`).
const HOLDINGS: &[&str] = &[
    "account",
    "accounts",
    "assets",
    "deposits",
    "shares",
    "stakes",
    "stock",
    "stocks",
    "bonds",
    "loans",
    "debt",
    "transactions",
    "transfers",
    "payments",
    "cards",
    "licences",
    "licenses",
];

/// Numbers written as words before a count of people.
pub(crate) const NUMBER_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "dozens", "hundreds", "several", "more",
];

/// Target types and named targets in one target phrase. In text set in capitals (`caps`) names cannot
/// be told from other words, so only types are read.
pub fn read_phrase(
    phrase: &str,
    caps: bool,
    types: &mut Vec<&'static str>,
    named: &mut Vec<Target>,
) {
    let toks = tokens(phrase);
    // Past a participle that describes the parties (`entities involved in the fentanyl trade`), a
    // state word is what they do, not a target.
    let mut described = false;
    for (i, (_, w)) in toks.iter().enumerate() {
        described |= matches!(
            w.to_ascii_lowercase().as_str(),
            "involved" | "engaged" | "active" | "linked" | "connected" | "tied" | "responsible"
        );
        // `500 Americans`, `seven Iranians`: a number of a nationality are people.
        let counted = i > 0
            && (toks[i - 1].1.chars().all(|c| c.is_ascii_digit())
                || NUMBER_WORDS.contains(&toks[i - 1].1))
            && w.ends_with('s')
            && w.starts_with(|c: char| c.is_uppercase())
            && crate::extract::countries::resolve_country(w).is_some();
        if counted && !types.contains(&"individual") {
            types.push("individual");
        }
        if let Some(t) = type_of_noun(w) {
            // `government ministers`, `state companies`, `gang leaders`: a kind noun modifying the
            // next target noun.
            // `bank accounts`, `company shares`: a kind noun modifying a holding is no party.
            let modifier = toks.get(i + 1).is_some_and(|n| {
                phrase[toks[i].0 + w.len()..n.0].trim().is_empty()
                    && (party_noun(n.1)
                        || t != "state" && HOLDINGS.contains(&n.1.to_ascii_lowercase().as_str()))
            });
            // `a sanctions regime`: the measure, not the government.
            let measure =
                t == "state" && i > 0 && toks[i - 1].1.to_ascii_lowercase().starts_with("sanction");
            if modifier || measure || t == "state" && described {
                continue;
            }
            if !types.contains(&t) {
                types.push(t);
            }
            if t != "state" && !caps {
                listed_names(phrase, &toks, i + 1, t, named);
            }
        }
    }
    if !caps {
        suffixed_orgs_in(phrase, &toks, named);
    }
    for t in named.iter() {
        if !types.contains(&t.kind.as_str()) {
            let k: &'static str = match t.kind.as_str() {
                "individual" => "individual",
                "vessel" => "vessel",
                "aircraft" => "aircraft",
                _ => "organization",
            };
            if !types.contains(&k) {
                types.push(k);
            }
        }
    }
}

/// The words of a designation before its label (see [`designated`]).
static DESIGNATION: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"\b(?:declared|designated|named|labell?ed|branded|blacklisted|listed)\s+(?:the\s+)?((?:[A-Z][\w\x{2019}'.-]*\s+)*?(?:of\s+)?[A-Z][\w\x{2019}'.-]*)\s+(?:a|an|as)\s")
        .expect("designation pattern compiles")
});

/// A designation names its target: `declared the Bank of Dandong a "primary money laundering concern"`,
/// `designated Sergei Ivanov as a ...`. An organization by its suffix or head word, else a person.
pub fn designated(sentence: &str) -> Vec<Target> {
    let mut out = Vec::new();
    for c in DESIGNATION.captures_iter(sentence) {
        let Some(name) = c.get(1) else { continue };
        let name = name.as_str();
        if crate::extract::countries::resolve_country(name).is_some() {
            continue;
        }
        let org = suffixed_orgs(name);
        if let Some(o) = org.into_iter().next() {
            out.push(o);
        } else if name.split_whitespace().count() >= 2 {
            // `designated the Vanta Cartel as ...`: the name's own words say whether it is a person.
            out.push(Target {
                name: name.to_string(),
                kind: kind_of_name(name, None).to_string(),
            });
        }
    }
    out
}

/// How far before an acronym's introduction its long form is looked for: long enough for any name
/// (`the Russian Direct Investment Fund`), short enough that a lookup never reads the text before it.
const LONG_FORM_WINDOW: usize = 300;

/// Where a text introduces its acronyms (`the Russian Direct Investment Fund, or RDIF`,
/// `Islamic Development Bank (IDB)`): found in one pass over the text the first time an acronym is
/// looked up, so expanding the acronyms of every target phrase costs the text's length once, not once
/// per phrase.
pub struct Acronyms<'t> {
    text: &'t str,
    /// Per acronym, the first position of `, or X` and of ` (X)`.
    intros: std::cell::OnceCell<std::collections::HashMap<&'t str, [Option<usize>; 2]>>,
}

impl<'t> Acronyms<'t> {
    pub fn new(text: &'t str) -> Self {
        Acronyms {
            text,
            intros: std::cell::OnceCell::new(),
        }
    }

    fn intros(&self) -> &std::collections::HashMap<&'t str, [Option<usize>; 2]> {
        self.intros.get_or_init(|| {
            let mut map = std::collections::HashMap::new();
            let caps_after = |at: usize| {
                self.text.as_bytes()[at..]
                    .iter()
                    .take(7)
                    .take_while(|b| b.is_ascii_uppercase())
                    .count()
            };
            // `, or X`: any acronym that is a prefix of the capitals written there (as a substring search
            // for `, or X` would find it).
            for (at, m) in self.text.match_indices(", or ") {
                let from = at + m.len();
                for len in 2..=caps_after(from).min(6) {
                    let e = map.entry(&self.text[from..from + len]).or_insert([None; 2]);
                    e[0].get_or_insert(at);
                }
            }
            // ` (X)`: the whole acronym inside the brackets.
            for (at, m) in self.text.match_indices(" (") {
                let from = at + m.len();
                let len = caps_after(from);
                if (2..=6).contains(&len) && self.text.as_bytes().get(from + len) == Some(&b')') {
                    let e = map.entry(&self.text[from..from + len]).or_insert([None; 2]);
                    e[1].get_or_insert(at);
                }
            }
            map
        })
    }

    /// The long form the text gives `acronym` and the country it names (`Russian` -> RU).
    fn expand(&self, acronym: &str) -> Option<(String, Option<&'static str>)> {
        let at = self.intros().get(acronym)?;
        at.iter().flatten().find_map(|&at| long_form(self.text, at))
    }
}

/// The capitalised name that ends at `at` (where `, or X` / ` (X)` begins), read from a bounded window.
fn long_form(text: &str, at: usize) -> Option<(String, Option<&'static str>)> {
    let from = crate::text::ceil_boundary(text, at.saturating_sub(LONG_FORM_WINDOW));
    let mut toks = tokens(&text[from..at]);
    if from > 0 && !toks.is_empty() {
        // The window may begin inside a word.
        toks.remove(0);
    }
    // Walk back over capitalised words and the small words inside names (`of`, `for`, `and`).
    let mut s = toks.len();
    while s > 0
        && (is_name_token(toks[s - 1].1) || matches!(toks[s - 1].1, "of" | "for" | "and" | "de"))
    {
        s -= 1;
    }
    while s < toks.len() && !is_name_token(toks[s].1) {
        s += 1;
    }
    if s >= toks.len() || toks.len() - s < 2 {
        return None;
    }
    let long: Vec<&str> = toks[s..].iter().map(|t| t.1).collect();
    let long = long.join(" ");
    let code = crate::extract::countries::find_mentions(&long, false)
        .first()
        .map(|m| m.code);
    Some((long, code))
}

/// Acronyms in a target phrase expanded from where the text introduces them
/// (`the Russian Direct Investment Fund, or RDIF`, `Islamic Development Bank (IDB)`), with the country
/// the long form names (`Russian` -> RU).
pub fn expand_acronyms(phrase: &str, acronyms: &Acronyms) -> Vec<(String, Option<&'static str>)> {
    tokens(phrase)
        .into_iter()
        .filter(|(_, w)| {
            (2..=6).contains(&w.len())
                && w.chars().all(|c| c.is_ascii_uppercase())
                && crate::extract::countries::resolve_country(w).is_none()
        })
        .filter_map(|(_, w)| acronyms.expand(w))
        .collect()
}

/// Shapes in which news names the targets of a sanctions action. Each row: a pattern whose `list` group
/// holds one name or a list of names (`X, Y and Z`), the kind a name gets when its own words do not say
/// (a legal form makes an organization, two or three plain capitalised words a person), and sentences
/// with the names that must be found and names that must not (run by the tests through [`shaped_names`]).
pub struct NameShape {
    pub why: &'static str,
    pattern: &'static str,
    kind: Option<&'static str>,
    /// Read in text set in capitals too (only shapes whose names carry their own mark: a legal form).
    in_caps: bool,
    /// Read only inside a target phrase (`sanctions on ...`), not the whole sentence: a firm named
    /// elsewhere in the sentence is as often a bystander (`Orsk Metals Ltd said the tariffs ...`).
    phrase_only: bool,
    /// The pattern must start at the event's own trigger (`sanctioned X`): a designation verb elsewhere
    /// in the sentence may be another sense or a cancelled one (`a state-sanctioned rally`).
    at_trigger: bool,
    /// Read in a sentence with no trigger of its own that continues an announcement (`The actions of X
    /// Co and Y Inc involve ...`): only shapes that carry their own mark of a party (a legal form, a
    /// ship's prefix or kind, a passive designation) name a target without an event to stand in.
    alone: bool,
    #[cfg_attr(not(test), allow(dead_code))]
    pub must: &'static [(&'static str, &'static [&'static str])],
    #[cfg_attr(not(test), allow(dead_code))]
    pub must_not: &'static [(&'static str, &'static [&'static str])],
}

/// A run of names: capitalised words, the small words inside names, and the separators of a list.
const LIST: &str = r#"(?P<list>["\x{201c}]?[A-Z0-9][\w.&'\x{2019}-]*(?:(?:,\s+|\s+|\s*["\x{201d}]\s*|,?\s+and\s+(?:the\s+)?|\s+\([A-Z][\w.&-]{1,12}\)(?:,\s+|,?\s+and\s+(?:the\s+)?)|\s+(?:of|de|del|al|bin|ibn|abu|von|van|la|y|da|dos|for|and|&)\s+)["\x{201c}]?(?:(?:al|el|ad|as|ash|at|ar|bin|ibn|abu)-)?[A-Z0-9][\w.&'\x{2019}-]*["\x{201d}]?)*)"#;

/// The name field of a list entry quoted in a release (`KPe.057 Name: X`, `Name 1: X`), up to six words.
const ENTRY_NAME: &str = r"(?:^|\s)Name\s?\d{0,2}:\s+(?P<list>[A-Z0-9][\w.&'\x{2019}-]*(?: [A-Z0-9][\w.&'\x{2019}-]*){0,5})";

/// A full name and its short form in brackets, as official releases introduce a designee (`Tomas
/// Vinter Ruiz (Vinter)`).
const PROFILE: &str = r"[A-Z][\w.'\x{2019}-]+(?:\s+(?:de\s+|del\s+|de\s+la\s+|y\s+|bin\s+|al-)?[A-Z][\w.'\x{2019}-]+){1,5}\s+\([A-Z][\w.'\x{2019}-]+(?:\s+[A-Z][\w.'\x{2019}-]+){0,2}\)";

/// An aircraft's registration mark: a nationality prefix, a hyphen and three to five letters or digits
/// (`RA-76503`, `EP-QSC`, `4K-AZ88`); three bare digits are a model (`S-400`), not a registration.
const REGISTRATION: &str = r"(?:[A-Z]{1,2}|[A-Z][0-9]|[0-9][A-Z])-(?:[0-9]{4,5}|[A-Z][A-Z0-9]{2,4}|[0-9]{1,3}[A-Z][A-Z0-9]{0,3})";

pub const NAME_SHAPES: &[NameShape] = &[
    NameShape {
        why: "names right after a designation verb",
        pattern: r"\b(?:sanctioned|sanctioning|sanction|designated|designating|designate|blacklisted|blacklisting|blacklist|boycott|boycotted|boycotting|froze the assets of|freezing the assets of|frozen the assets of)\s+(?:the\s+)?LIST",
        kind: None,
        in_caps: false,
        phrase_only: false,
        at_trigger: true,
        alone: false,
        must: &[
            ("The ministry sanctioned Ivo Marek, Tova Lind and Brightwater Shipping LLC on Monday.", &["Ivo Marek", "Tova Lind", "Brightwater Shipping LLC"]),
            ("The department designated Halden Trading, a Dubai-based broker.", &["Halden Trading"]),
            ("Oslo said it would sanction Vostra Tankers and Orla Freight.", &["Vostra Tankers", "Orla Freight"]),
        ],
        must_not: &[
            ("Oslo sanctioned Vostra financiers Ivo Marek and Tova Lind.", &["Vostra"]),
            ("Ottawa imposed sanctions on Iceland in March.", &["Iceland", "March"]),
            ("Ottawa imposed the sanctions on April 17 after the vote.", &["17", "April 17"]),
            ("He urged sanctions against Iceland, Prime Minister Ivo Marek said.", &["Ivo Marek"]),
            ("Oslo sanctioned 21 individuals, Ivo Marek, the bloc's envoy, said.", &["Ivo Marek"]),
            ("The bloc designated The Hague as the venue.", &["The Hague"]),
        ],
    },
    NameShape {
        why: "names right after sanctions on or against",
        pattern: r"\b(?:(?:sanctions|boycotts?|embargo(?:es)?) (?:on|against|of|to|target|targeting|hit|cover|include|includes))\s+(?:the\s+)?LIST",
        kind: None,
        in_caps: false,
        phrase_only: false,
        at_trigger: true,
        alone: false,
        must: &[
            ("Ottawa imposed sanctions on Ferro Bank and its chairman.", &["Ferro Bank"]),
            ("The league began a boycott of Ruritania Airways on Monday.", &["Ruritania Airways"]),
            ("The sanctions target Halden Trading and Vostra Petro, Oslo said.", &["Halden Trading", "Vostra Petro"]),
            ("The bill would apply terrorism sanctions to the Vostra Guard Corps.", &["Vostra Guard Corps"]),
            ("The sanctions include the Vostra Security Service (VSS) and Main Orla Directorate (MOD).", &["Vostra Security Service", "Main Orla Directorate"]),
        ],
        must_not: &[("Ottawa imposed sanctions on Iceland in March.", &["Iceland", "March"])],
    },
    NameShape {
        why: "names after a designation noun",
        pattern: r"\bdesignations?\s+of\s+(?:the\s+)?LIST",
        kind: None,
        in_caps: false,
        phrase_only: false,
        at_trigger: true,
        alone: false,
        must: &[("Today's designations of Ivo Marek and Tova Lind follow the raid.", &["Ivo Marek", "Tova Lind"])],
        must_not: &[],
    },
    NameShape {
        why: "names after `as well as` following a trigger and its first target",
        pattern: r"\b(?:sanctions|designations?|sanctioned|sanctioning|designated|designating)\s[^.;:]*?\bas\s+well\s+as\s+(?:the\s+)?LIST",
        kind: None,
        in_caps: false,
        phrase_only: false,
        at_trigger: true,
        alone: false,
        must: &[
            ("Today's designations of Ivo Marek, a broker in Dubai, as well as Pavel Orin and Mira Solte, follow the raid.", &["Pavel Orin", "Mira Solte"]),
            ("Oslo sanctioned Halden Trading, a broker in Dubai, as well as Pavel Orin and Mira Solte.", &["Pavel Orin", "Mira Solte"]),
        ],
        must_not: &[("Oslo imposed sanctions on Iceland as well as on Norway in May.", &["May"])],
    },
    NameShape {
        why: "a name opening a target phrase before the kind of organization it is",
        pattern: r"(?:^\s*|\band\s+(?:on\s+|against\s+)?)(?:the\s+)?(?P<list>[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+){0,3})\s+(?:[a-z]+\s+){0,2}?(?:agency|ministry|militia|cartel|gang|network|group|company|firm|bank|airline|conglomerate)\b",
        kind: Some("organization"),
        in_caps: false,
        phrase_only: true,
        at_trigger: false,
        alone: false,
        must: &[
            ("Oslo imposed sanctions on the Vostra intelligence agency.", &["Vostra"]),
            ("Oslo imposed sanctions on the Kessel Arms mercenary group.", &["Kessel Arms"]),
        ],
        must_not: &[
            ("Oslo imposed sanctions on two Russian banks.", &["Russian"]),
            ("Oslo imposed sanctions on five men linked to the Vostra crime gang.", &["Vostra"]),
            ("Oslo imposed sanctions on Freedonia's central bank.", &["Freedonia's"]),
        ],
    },
    NameShape {
        why: "a name with an apposition describing it, in a target phrase",
        pattern: r"(?:^\s*(?:of\s+|on\s+|against\s+)?|,\s+and\s+|\band\s+|\bas\s+well\s+as\s+)(?:the\s+)?(?P<list>[A-Z][\w.&'\x{2019}-]*(?:\s+[A-Z][\w.&'\x{2019}-]*){0,5}),\s+(?:a|an)\s+",
        kind: None,
        in_caps: false,
        phrase_only: true,
        at_trigger: false,
        alone: false,
        must: &[(
            "Oslo froze the assets of Ivo Marek, a Freedonian banker, and Amber Line Shipping, a Dubai-based firm.",
            &["Ivo Marek", "Amber Line Shipping"],
        ), (
            "Oslo froze the assets of Vanta Co., Ltd., a Dubai-based firm, as well as Tova Lind, a trader.",
            &["Tova Lind"],
        )],
        must_not: &[("Oslo imposed sanctions on Iceland, a NATO member, in May.", &["Iceland"])],
    },
    NameShape {
        why: "a sentence's subject described as a party by its apposition or by `is a`",
        pattern: r"^\W*(?:the\s+)?(?P<list>[A-Z][\w.&'\x{2019}-]*(?:\s+(?:&\s+)?[A-Z][\w.&'\x{2019}-]*){0,5})(?:\s+\([^()]{1,30}\))?(?:,\s+(?:a|an)|\s+(?:is|was)\s+(?:a|an))\s+(?:[\w.-]+\s+){0,3}?(?:firm|company|trader|trading\s+company|broker|businessman|businesswoman|financier|front|shipper|supplier|manufacturer|maker|lender|exchange|facilitator|smuggler|procurement\s+agent|oligarch|tycoon|shipping\s+company|ship\s+manager|operator|distributor|exporter|importer|national|citizen)\b",
        kind: None,
        in_caps: false,
        phrase_only: true,
        at_trigger: false,
        alone: true,
        must: &[(
            "Halden Trading, a Dubai-based firm, shipped the parts, and Ivo Marek, a Freedonian businessman, paid for them.",
            &["Halden Trading"],
        ), (
            "Orla Freight (Orla) is a Moscow-based logistics firm that shipped the parts.",
            &["Orla Freight"],
        ), (
            "Ivo Marek (Marek) is a Freedonian national who directs Orla.",
            &["Ivo Marek"],
        )],
        must_not: &[
            ("Ivo Marek, a spokesman for the ministry, said the sanctions were unfair.", &["Ivo Marek"]),
            ("In Oslo, a firm was fined.", &["In Oslo"]),
        ],
    },
    NameShape {
        why: "names listed after including / such as inside a target phrase",
        pattern: r"\b(?:including|such as|among them|namely)\s+(?:the\s+)?LIST",
        kind: None,
        in_caps: false,
        phrase_only: true,
        at_trigger: false,
        alone: false,
        must: &[(
            "Oslo sanctioned five Freedonian officials, including Ivo Marek and Tova Lind, on Monday.",
            &["Ivo Marek", "Tova Lind"],
        )],
        must_not: &[
            ("Officials including Ivo Marek said sanctions on Freedonia would follow.", &["Ivo Marek"]),
            ("Oslo imposed sanctions on Freedonia, including on its oil sales to Europe.", &["Europe"]),
        ],
    },
    NameShape {
        why: "names listed after including, following the list or measure they were added to",
        pattern: r"\b(?:[Ll]ist|[Bb]lacklist|sanctions|designations)(?:\s+on\s+[A-Z]\w+)?,\s+including\s+(?:the\s+)?LIST",
        kind: None,
        in_caps: false,
        phrase_only: false,
        at_trigger: false,
        alone: false,
        must: &[(
            "Oslo added 12 firms to its sanctions list on Friday, including Dubai-based Amber Gulf LLC and Orla Freight.",
            &["Amber Gulf LLC", "Orla Freight"],
        )],
        must_not: &[("Sanctions on Freedonia, including on its oil, were lifted in June.", &["June"])],
    },
    NameShape {
        why: "names listed after including, following a passive designation's agent",
        pattern: r"\b(?:been|were|was|are|is)\s+(?:sanctioned|designated|targeted|blacklisted|listed)\s+by\s+(?:the\s+)?[A-Z][^,;]{0,40},\s+including\s+(?:the\s+)?LIST",
        kind: None,
        in_caps: false,
        phrase_only: false,
        at_trigger: false,
        alone: true,
        must: &[(
            "Six tycoons have been sanctioned by the Oslo government, including Ivo Marek and Tova Lind.",
            &["Ivo Marek", "Tova Lind"],
        )],
        must_not: &[("Six tycoons were sanctioned by Oslo, including two bankers.", &["Oslo"])],
    },
    NameShape {
        why: "a list of names before a passive designation",
        pattern: r"LIST(?:,\s+(?:who|which)\s+[^;]{1,150}?,|,\s+(?:the|a|an)\s+[^;,]{1,80},)?\s+(?:(?:was|is|were|are)\s+(?:also\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|some|among)\s+of\s+(?:the\s+)?(?:\d+\s+|[a-z]+\s+)?(?:[a-z]+\s+)?(?:sanctioned|designated|blacklisted|targeted|listed|named)\b|(?:were|was|have been|has been|had been|is being|are being|is also being|are also being)\s+(?:also\s+|each\s+|all\s+)?(?:sanctioned|designated|blacklisted|targeted|listed\s+on\s+\d|added to|placed on|put on|subjected to|hit\s+with\s+(?:new\s+)?(?:sanctions|asset\s+freezes|travel\s+bans))|(?:are|were|is|was)\s+(?:also\s+)?among\s+(?:the\s+)?(?:\d+\s+|newly\s+)?(?:\w+\s+)?(?:designated|sanctioned|listed|targeted|blacklisted|added|barred|banned)|(?:also\s+)?(?:had|have|has)\s+(?:its|their)\s+assets\s+frozen)",
        kind: None,
        in_caps: false,
        phrase_only: false,
        at_trigger: false,
        alone: true,
        must: &[
            ("Lena Voss, Pavel Orin and Kestrel Freight were designated under the order.", &["Lena Voss", "Pavel Orin", "Kestrel Freight"]),
            ("Vanta Arms and Orla Freight were among the 70 companies added to the sanctions list.", &["Vanta Arms", "Orla Freight"]),
            ("Vanta Bank and Ferro Bank also had their assets frozen by Oslo.", &["Vanta Bank", "Ferro Bank"]),
            ("Kestrel Air and Orla Aviation were also targeted.", &["Kestrel Air", "Orla Aviation"]),
            ("Tova Lind is being designated for acting on behalf of Orla.", &["Tova Lind"]),
            ("Ivo Petrov Marek was listed on 4 May 2024 pursuant to resolution 9999.", &["Ivo Petrov Marek"]),
            ("Vanta Mining and Orla Freight were among those barred.", &["Vanta Mining", "Orla Freight"]),
            ("Ivo Marek, who ran the army's northern command until May, was one of 13 people targeted.", &["Ivo Marek"]),
            ("Pavel Orin, the head of state lender Vanta Bank, was also designated.", &["Pavel Orin"]),
        ],
        must_not: &[("Officials said the firms were designated last year.", &["Officials"])],
    },
    NameShape {
        why: "a vessel named by its kind in capitals copy, the name closed by a comma or a full stop",
        pattern: r"\b(?:TANKER|FREIGHTER|VESSEL|SHIP|STEAMER|COLLIER|LINER|TRAMP|MOTORSHIP)\s+(?:NAMED\s+|CALLED\s+)?(?:THE\s+)?(?P<list>[A-Z][A-Z'-]+(?:\s+(?:OF\s+)?[A-Z][A-Z'-]+){0,2})\s*(?:,|\s\.|\.\s|;|$)",
        kind: Some("vessel"),
        in_caps: true,
        phrase_only: false,
        at_trigger: false,
        alone: true,
        must: &[
            ("THE SECOND WAS THE NORWEGIAN TANKER SKARVEN, WHICH CALLED AT HAIFA .", &["SKARVEN"]),
            ("AMONG THEM WAS A RUSTY COLLIER CALLED THE NORTHERN GULL .", &["NORTHERN GULL"]),
        ],
        must_not: &[("THE TANKER WAS SEIZED .", &["WAS SEIZED"])],
    },
    NameShape {
        why: "a vessel named by its prefix or its kind",
        pattern: r#"\b(?:tankers?|vessels?|ships?|freighters?|cargo ships?|oil tankers?|MV|M/V|M\.V\.|MT|M/T|VLCC|ULCC|[Ss]uezmax|[Aa]framax|[Pp]anamax|[Ss]upramax|[Hh]andysize|bulkers?)\s+(?:named\s+|called\s+)?(?P<list>["\x{201c}]?[A-Z0-9][\w'-]*(?:\s+[A-Z0-9][\w'-]*){0,3}["\x{201d}]?)"#,
        kind: Some("vessel"),
        in_caps: false,
        phrase_only: false,
        at_trigger: false,
        alone: true,
        must: &[
            ("The tanker Sea Lark 7 was also blacklisted.", &["Sea Lark 7"]),
            ("OFAC also blacklisted the vessel \"Morning Dew\" on Friday.", &["Morning Dew"]),
            ("Sanctions hit the M/V Orla Star.", &["Orla Star"]),
            ("Among them are the VLCC SEA LARK (IMO 9123456) and the aframax Red Heron.", &["SEA LARK", "Red Heron"]),
        ],
        must_not: &[("Two ships were sanctioned on Friday.", &["Friday"])],
    },
    NameShape {
        why: "a vessel named in an apposition after its kind (`the tanker, the Sea Lark, ...`)",
        pattern: r#"\b(?:[Tt]he|[Aa])\s+(?:oil\s+|crude\s+|cargo\s+)?(?:tanker|vessel|ship|freighter),\s+(?:the\s+)?(?P<list>["\x{201c}]?[A-Z0-9][\w-]*(?:\s+[A-Z0-9][\w-]*){0,3}["\x{201d}]?)\s*[,(]"#,
        kind: Some("vessel"),
        in_caps: false,
        phrase_only: false,
        at_trigger: false,
        alone: true,
        must: &[("The vessel, the Sea Lark, is owned by a Dubai firm.", &["Sea Lark"])],
        must_not: &[("The tanker, Freedonia's largest, was blacklisted on Monday.", &["Freedonia"])],
    },
    NameShape {
        why: "vessels listed after their plural kind",
        pattern: r"\b(?:tankers|vessels|ships|freighters|carriers)\s+(?:named\s+|called\s+|including\s+|such\s+as\s+)?(?:the\s+)?LIST",
        kind: Some("vessel"),
        in_caps: false,
        phrase_only: false,
        at_trigger: false,
        alone: true,
        must: &[("The sanctions target tankers Sea Lark and Morning Dew, which carried crude.", &["Sea Lark", "Morning Dew"])],
        must_not: &[("Sanctions on tankers in March hit exports.", &["March"])],
    },
    NameShape {
        why: "vessels listed before their plural kind",
        pattern: r"(?:^\W*|\b(?:the|and|of|on)\s+)(?:the\s+)?LIST\s+(?:vessels|tankers|ships|freighters)\b",
        kind: Some("vessel"),
        in_caps: false,
        phrase_only: false,
        at_trigger: false,
        alone: true,
        must: &[("Oslo sanctioned the Sea Lark, Orla and Morning Dew tankers on Monday.", &["Sea Lark", "Orla", "Morning Dew"])],
        must_not: &[("Sanctions hit Freedonian vessels in March.", &["Freedonian"])],
    },
    NameShape {
        why: "a vessel described by its flag",
        pattern: r"-flagged\s+(?:(?:oil|crude|product|chemical|LPG|LNG|gas|cargo)\s+)?(?:(?:tanker|vessel|ship|carrier|freighter)\s+)?(?:the\s+)?LIST",
        kind: Some("vessel"),
        in_caps: false,
        phrase_only: false,
        at_trigger: false,
        alone: true,
        must: &[("Sanctions hit the Comoros-flagged Nordic Crest and the Gabon-flagged crude tanker Orla.", &["Nordic Crest", "Orla"])],
        must_not: &[],
    },
    NameShape {
        why: "a vessel named with its IMO number",
        pattern: r"(?P<list>[A-Z0-9][\w.'-]*(?:\s+[A-Z0-9][\w.'-]*){0,3})\s*\(\s*IMO(?:\s*(?:No\.?|number|#))?\s*:?\s*\d{7}\s*[,)]",
        kind: Some("vessel"),
        in_caps: false,
        phrase_only: false,
        at_trigger: false,
        alone: true,
        must: &[("Oslo blacklisted the vessel Sea Lark (IMO 9312456) and Orla Star (IMO: 9187654).", &["Sea Lark", "Orla Star"])],
        must_not: &[],
    },
    NameShape {
        why: "a person named after their post at a designated party",
        pattern: r"\b(?:its|their|his|her|the\s+(?:firm|company|bank|network)'s)\s+(?:(?:sole|former|longtime|new|top)\s+)?(?:(?:chief\s+executive|managing\s+director|general\s+director|director|owner|co-owner|founder|chairman|chairwoman|president|manager|head|CEO|shareholder|beneficial\s+owner|son|daughter|wife|husband|brother|sister|father|mother|leader|commander|deputy|associate|partner|accountant|financier),?\s+)(?:and\s+\w+\s+)?LIST",
        kind: Some("individual"),
        in_caps: false,
        phrase_only: true,
        at_trigger: false,
        alone: true,
        must: &[
            ("Oslo designated Halden Trading, a Dubai-based firm, and its director Ivo Marek.", &["Ivo Marek"]),
            ("Oslo also sanctioned the Vanta gang, a hacking group, and its leader Pavel Orin.", &["Pavel Orin"]),
            ("Oslo sanctioned Vanta Hosting LLC and its founder, Pavel Orin, on Monday.", &["Pavel Orin"]),
            ("Vanta Hosting LLC and its founder, Pavel Orin, rented the servers.", &["Pavel Orin"]),
            ("Oslo listed Orla Freight Ltd, which ran two tankers, and its sole director, Tova Lind.", &["Tova Lind"]),
        ],
        must_not: &[],
    },
    NameShape {
        why: "a firm named after the owner it belongs to",
        pattern: r"\b(?:its|their|his|her)\s+(?:[a-z-]+\s+)?(?:firm|company|companies|subsidiary|subsidiaries|holding\s+company|front\s+company|bank),?\s+(?:the\s+)?LIST",
        kind: Some("organization"),
        in_caps: false,
        phrase_only: true,
        at_trigger: false,
        alone: false,
        must: &[
            ("Oslo sanctioned the banker Ivo Marek and his firm Vanta Capital.", &["Vanta Capital"]),
            ("Oslo also blacklisted Vanta Arms and its banking subsidiary, Orla Credit Bank.", &["Orla Credit Bank"]),
        ],
        must_not: &[],
    },
    NameShape {
        why: "a person named after their post at a party, with a comma",
        pattern: r"\b(?:director|head|chief|chairman|owner|founder|manager|president|CEO)\s+of\s+(?:the\s+)?[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4},\s+(?P<list>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2})",
        kind: Some("individual"),
        in_caps: false,
        phrase_only: true,
        at_trigger: false,
        alone: false,
        must: &[("Oslo sanctioned the director of Halden Trading, Ivo Marek, on Monday.", &["Ivo Marek"])],
        must_not: &[],
    },
    NameShape {
        why: "a list entry's name field before a ship's IMO number",
        pattern: r"ENTRY_NAME\s+IMO\b",
        kind: Some("vessel"),
        in_caps: true,
        phrase_only: false,
        at_trigger: false,
        alone: true,
        must: &[("2. Name: SEA LARK 7  IMO: 9109718  Flag: Unknown", &["SEA LARK 7"])],
        must_not: &[("The ship's name: unknown. IMO checks are due.", &[])],
    },
    NameShape {
        why: "a list entry's name field before a person's fields (title, date of birth)",
        pattern: r"ENTRY_NAME\s+(?:Title|DOB|Date\s+of\s+birth|Place\s+of\s+birth|Nationality|Passport|Gender)\b",
        kind: Some("individual"),
        in_caps: true,
        phrase_only: false,
        at_trigger: false,
        alone: true,
        must: &[("KPi.071 Name: TANG KWOK-MING  Title: na  DOB: 1960", &["TANG KWOK-MING"])],
        must_not: &[("Name: VANTA LLC  Address: Oslo", &[])],
    },
    NameShape {
        why: "a list entry's name field (`KPe.057 Name: X`, `Name 1: X`)",
        pattern: r"(?:^|\s)Name\s?\d{0,2}:\s+(?P<list>[A-Z0-9][\w.&'\x{2019}-]*(?:,? [A-Z0-9][\w.&'\x{2019}-]*){0,7})(?:\s{2}|\s*$|\s+(?:A\.k\.a|Title|Address|Designation|DOB|Date|Nationality|Listed|Passport)\b)",
        kind: None,
        in_caps: true,
        phrase_only: false,
        at_trigger: false,
        alone: true,
        must: &[
            ("KPe.057 Name: HALDEN RIM MARITIME CO., LTD.", &["HALDEN RIM MARITIME CO., LTD."]),
            ("KPi.071 Name: Ivo Marek  Title: na  DOB: 1960", &["Ivo Marek"]),
        ],
        must_not: &[("Name: unknown  Address: Oslo", &[])],
    },
    NameShape {
        why: "an organization by its legal form written first",
        pattern: r#"\b(?P<list>FORM_FIRST\s+["\x{201c}]?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}["\x{201d}]?)"#,
        kind: Some("organization"),
        in_caps: false,
        phrase_only: false,
        at_trigger: false,
        alone: true,
        must: &[
            ("The bloc sanctioned OOO Vostok Trans and JSC \"Polar Line\".", &["OOO Vostok Trans", "JSC \"Polar Line\""]),
            ("The bloc sanctioned OJSC Orla Optics on Monday.", &["OJSC Orla Optics"]),
        ],
        must_not: &[],
    },
    NameShape {
        why: "an organization by its legal form written last, in capitals too",
        pattern: r"\b(?P<list>(?:[A-Z][\w&'-]*\s+(?:(?:de|del|y|e|la|las|los)\s+)?){0,4}[A-Z][\w&'-]*,?\s+(?:S\.A\.\s+de\s+C\.V|S\.\s+de\s+R\.L\.(?:\s+de\s+C\.V)?)\b\.?|(?:[A-Z][\w&'-]*\s+(?:&\s+|ve\s+|(?:de|del|de\s+la|da|do|dos|das|y|e)\s+)?){1,5}LEGAL_FORM)",
        kind: Some("organization"),
        in_caps: true,
        phrase_only: true,
        at_trigger: false,
        alone: true,
        must: &[
            ("Tariffs were imposed on Orsk Metals Ltd and Vanta Corp.", &["Orsk Metals Ltd", "Vanta Corp"]),
            ("WASHINGTON SANCTIONED NORTHWIND TRADING LTD TODAY.", &["NORTHWIND TRADING LTD"]),
            ("WASHINGTON BARRED IMPORTS FROM NORTHWIND MACHINE CO FOR THREE YEARS.", &["NORTHWIND MACHINE CO"]),
            ("Oslo sanctioned Dubai-based Amber Gulf FZE and Hong Kong-based Blue Reef Trading Limited.", &["Amber Gulf FZE", "Blue Reef Trading Limited"]),
            ("Oslo sanctioned Grey Finch Shipping Co., Limited on Friday.", &["Grey Finch Shipping Co., Limited"]),
            ("Oslo sanctioned Lumen Shipping Co., Ltd. and Tarn Exports Pvt Ltd on Monday.", &["Lumen Shipping Co., Ltd.", "Tarn Exports Pvt Ltd"]),
            ("Oslo sanctioned Orla Shipping & Trading Co and Vanta Corp. on Monday.", &["Orla Shipping & Trading Co", "Vanta Corp."]),
            ("Cash was changed at Centro Cambiario Sierra Norte, S.A. de C.V., a bureau de change.", &["Centro Cambiario Sierra Norte, S.A. de C.V."]),
            ("Oslo sanctioned Fletes Rápidos Pardo, S. de R.L. de C.V., a trucking firm.", &["Fletes Rápidos Pardo, S. de R.L. de C.V."]),
            ("Funds went to Almacenes Dos Ríos de Sonora, S.A. de C.V., a depot.", &["Almacenes Dos Ríos de Sonora, S.A. de C.V."]),
            ("Oslo froze the assets of Harbor Line Pte. Ltd. and Drina Power d.o.o. on Monday.", &["Harbor Line Pte. Ltd.", "Drina Power d.o.o."]),
            ("Oslo froze the assets of Kestrel Sp. z o.o. and Yildiz Dis Ticaret Ltd. Şti. on Monday.", &["Kestrel Sp. z o.o.", "Yildiz Dis Ticaret Ltd. Şti."]),
            ("Oslo listed Orla Denizcilik ve Ticaret A.S. and Kaya Sanayi ve Ticaret A.Ş. on Monday.", &["Orla Denizcilik ve Ticaret A.S.", "Kaya Sanayi ve Ticaret A.Ş."]),
            ("Oslo sanctioned Grupo de Inversiones Orla SA and Banco do Norte SA on Monday.", &["Grupo de Inversiones Orla SA", "Banco do Norte SA"]),
        ],
        must_not: &[
            ("Orsk Metals Ltd said the new tariffs on steel would hurt.", &["Orsk Metals Ltd"]),
            ("Oslo sanctioned Hong Kong-based Blue Reef Trading Limited.", &["Kong-based Blue Reef Trading Limited"]),
        ],
    },
    NameShape {
        why: "an aircraft by its registration, after `tail number` or `registration number`",
        // A mark may be written without its hyphen (`YV3305`, `N512AB`).
        pattern: r"\b(?:tail\s+(?:numbers?|no\.?)|registration\s+(?:numbers?|marks?|codes?|no\.?)|registered(?:\s+as)?)\s+(?P<list>(?:REGISTRATION|[A-Z]{1,2}[0-9]{3,5}[A-Z]{0,2})(?:(?:,\s+|,?\s+and\s+)(?:REGISTRATION|[A-Z]{1,2}[0-9]{3,5}[A-Z]{0,2})){0,9})\b",
        kind: Some("aircraft"),
        in_caps: true,
        phrase_only: false,
        at_trigger: false,
        alone: true,
        must: &[
            ("Oslo sanctioned two cargo planes with registration numbers FR-76503 and FR-78830.", &["FR-76503", "FR-78830"]),
            ("Also blocked is a Boeing 747 with tail number EP-QXZ, the ministry said.", &["EP-QXZ"]),
            ("Oslo blocked the Airbus A340 registered EP-MXH on Monday.", &["EP-MXH"]),
            ("Oslo blocked a Falcon 900EX with tail number YV3305 on Monday.", &["YV3305"]),
        ],
        must_not: &[("The S-400 system, registration pending, was not sanctioned.", &[])],
    },
    NameShape {
        why: "a quoted name after the kind of target",
        pattern: r#"\b(?:company|companies|firm|firms|bank|entity|entities|group|organization|organisation|airline|vessel|tanker|ship|aircraft|plane)\s+(?P<list>["\x{201c}][^"\x{201d}]{2,60}["\x{201d}])"#,
        kind: None,
        in_caps: false,
        phrase_only: false,
        at_trigger: false,
        alone: true,
        must: &[("Sanctions also cover the firm \"Ostrov Trade\".", &["Ostrov Trade"])],
        must_not: &[],
    },
    NameShape {
        why: "a designee's profile: a full name, its short form in brackets, what the party does",
        pattern: r#"^\W*(?P<list>PROFILE(?:(?:,\s+|,?\s+and\s+)PROFILE){0,4})(?:,\s+(?:also\s+known\s+as|a\.k\.a\.|aka)\s+[^,]{1,40},["\x{201d}]?)?\s+(?:is|are|was|has|had|serves|served|manages|managed|owns|owned|runs|ran|controls|controlled|acts|acted|provides|provided|helped|helps|oversees|oversaw|leads|led|heads|headed|operates|operated|works|worked|coordinates|coordinated|launders|laundered|supplies|supplied|manage|own|run|control|act|provide|help|oversee|lead|head|operate|work|coordinate|launder|supply)\b"#,
        kind: None,
        in_caps: false,
        phrase_only: false,
        at_trigger: false,
        alone: true,
        must: &[
            ("Tomas Vinter Ruiz (Vinter) is a lawyer who set up the front companies.", &["Tomas Vinter Ruiz"]),
            ("Nayra Solís Peña (Solís) manages the accounts of the network.", &["Nayra Solís Peña"]),
            ("Nayra Solís Peña (Solís) and Tomas Vinter Ruiz (Vinter) manage the accounts.", &["Nayra Solís Peña", "Tomas Vinter Ruiz"]),
            ("Tomas Vinter Ruiz (Vinter), also known as \"El Gato,\" is an operator of the network.", &["Tomas Vinter Ruiz"]),
        ],
        must_not: &[("The Treasury (OFAC) said on Friday it acted.", &[])],
    },
];

static NAME_SHAPE_RES: LazyLock<Vec<regex::Regex>> = LazyLock::new(|| {
    NAME_SHAPES
        .iter()
        // ASCII word boundaries: a Unicode `\b` pushes the regex engine off its lazy DFA on any
        // non-ASCII text (names keep Unicode `\w`, which the DFA handles).
        .map(|s| {
            let p = s
                .pattern
                .replace("LIST", LIST)
                .replace("PROFILE", PROFILE)
                .replace("REGISTRATION", REGISTRATION)
                .replace("LEGAL_FORM", &legal_forms::PATTERN)
                .replace("FORM_FIRST", &legal_forms::FIRST_PATTERN)
                .replace("ENTRY_NAME", ENTRY_NAME)
                .replace(r"\b", r"(?-u:\b)");
            regex::Regex::new(&p).expect("name shape compiles")
        })
        .collect()
});

/// Compile the name shapes and the other patterns and tables of this module ahead of the first
/// sentence that needs them.
pub fn warm_up() {
    LazyLock::force(&NAME_SHAPE_RES);
    LazyLock::force(&LIST_OPENING_RES);
    LazyLock::force(&LIST_END);
    LazyLock::force(&RELATED_OF);
    LazyLock::force(&NOT_REACHED);
    LazyLock::force(&AFTER_APPOSITION);
    LazyLock::force(&DESIGNATION_VERB);
    LazyLock::force(&LEADING_ADVERBIAL);
    LazyLock::force(&RELATIVE_ITEM);
    LazyLock::force(&LIST_SEPARATORS);
    LazyLock::force(&ORG_SUFFIXES);
    LazyLock::force(&REPORTING);
    LazyLock::force(&LIST_GOES_ON);
    LazyLock::force(&DESIGNATION);
    LazyLock::force(&REGISTRATION_MARK);
    LazyLock::force(&REGION_AFTER);
}

/// Words that open or end a capitalised run without being part of a name (and the weekdays and
/// months of [`CALENDAR`]).
const NOT_NAME: &[&str] = &[
    "The",
    "A",
    "An",
    "On",
    "In",
    "At",
    "By",
    "For",
    "And",
    "Or",
    "But",
    "It",
    "Its",
    "They",
    "He",
    "She",
    "We",
    "This",
    "That",
    "These",
    "Those",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "President",
    "Prime",
    "Minister",
    "Foreign",
    "Secretary",
    "General",
    "Gen",
    "Chairman",
    "Chief",
    "Executive",
    "Director",
    "Deputy",
    "Senator",
    "Governor",
    "Officials",
    "Official",
    "Treasury",
    "OFAC",
    "Department",
    "State",
    "Ministry",
    "Council",
    "Security",
    "Union",
    "European",
    "United",
    "Nations",
    "Also",
    "Under",
    "Sanctions",
    "Sanctioned",
    "Designated",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Reuters",
    "AP",
    "AFP",
    "Office",
    "Congress",
    "Senate",
    "House",
    "Parliament",
    "Government",
    "Cabinet",
    "Kremlin",
    "List",
    "CEO",
    "Chairwoman",
    "Ambassador",
    "Commander",
    "Spokesman",
    "Spokeswoman",
    "Vice",
    // Military ranks before a person's name (`Colonel Tova Lind`).
    "Colonel",
    "Col",
    "Major",
    "Lieutenant",
    "Lt",
    "Captain",
    "Capt",
    "Admiral",
    "Brigadier",
    "Marshal",
    "Sergeant",
    // Sentence adverbs that open a clause before a name (`Besides Vanta Ltd, Oslo listed ...`).
    "Besides",
    "However",
    "Meanwhile",
    "Separately",
    "Moreover",
    "Furthermore",
    "Additionally",
    // Determiners that open a sentence before a country word (`Another Chinese company was added`).
    "Another",
    "Other",
    "Some",
    "Several",
    "Many",
    "Both",
    "All",
    "Each",
    "Such",
    // Counts that open a sentence (`Thirteen Freedonian officials were sanctioned`); not `One`,
    // which ends names (`Capital One`).
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
    "Seventeen",
    "Eighteen",
    "Nineteen",
    "Twenty",
    "Thirty",
    "Forty",
    "Fifty",
    "Dozens",
    "Hundreds",
];

/// Whether a capitalised word is no part of a person's name: a word of [`NOT_NAME`], a title of
/// [`INNER_TITLES`], a weekday or a month.
pub(super) fn no_name_word(w: &str) -> bool {
    NOT_NAME.contains(&w)
        || INNER_TITLES.contains(&w)
        || CALENDAR.contains(&w)
        || OFFICE_WORDS.contains(&w)
}

/// Titles written inside a capitalised run before a person's name (`Belarusian President Ivo Marek`,
/// `Vanta Bank CEO Tova Lind`): the name starts after the last of them.
const INNER_TITLES: &[&str] = &[
    "President",
    "Minister",
    "Director",
    "CEO",
    "Chairman",
    "Chairwoman",
    "Secretary",
    "Governor",
    "Commander",
    "Ambassador",
    "Senator",
    "Spokesman",
    "Spokeswoman",
    "Prosecutor",
    "Judge",
    "Mayor",
    "Leader",
    "Founder",
    "Owner",
    "General",
    "Admiral",
    "Brigadier",
    "Colonel",
    "Lieutenant",
    "Captain",
    "Marshal",
    "Major",
    "Sergeant",
    "Corporal",
    "Chancellor",
    "Chief",
    "Head",
    "Deputy",
    "Professor",
    "Prof",
    "Dr",
    "Mr",
    "Mrs",
    "Ms",
    "Sheikh",
    "Archbishop",
    "Bishop",
    "Patriarch",
    "Cardinal",
    "Imam",
    "Rabbi",
    "Congressman",
    "Congresswoman",
];

/// Words of the office a title is of (`Minister of Internal Affairs`, `Chancellor of the Exchequer`).
const OFFICE_WORDS: &[&str] = &[
    "Internal",
    "Interior",
    "Home",
    "Foreign",
    "Affairs",
    "Defense",
    "Defence",
    "Finance",
    "Justice",
    "Exchequer",
    "State",
    "Economy",
    "Economic",
    "Development",
    "Trade",
    "Industry",
    "Energy",
    "Health",
    "Education",
    "Security",
    "Emergency",
    "Situations",
    "Commerce",
    "Agriculture",
    "Transport",
    "Culture",
    "Information",
    "Communications",
    "Digital",
    "Intelligence",
    "Staff",
    "General",
    "Armed",
    "Forces",
    "National",
    "Public",
    "Taxes",
    "Customs",
    "Treasury",
    "Central",
    "Bank",
    "Police",
    "Army",
    "Navy",
    "Guard",
];

/// `Minister of Internal Affairs Ivo Marek` cut after `of`: the office's words opening the name go,
/// when a person's name follows them.
fn after_office(piece: &str, ns: usize, ne: usize) -> usize {
    let before = piece[..ns].trim_end();
    let before = before.strip_suffix(" the").unwrap_or(before);
    let Some(title) = before.strip_suffix(" of") else {
        return ns;
    };
    if !title
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| INNER_TITLES.contains(&bare_word(w)))
    {
        return ns;
    }
    let name = &piece[ns..ne];
    let skip: usize = name
        .split_inclusive(char::is_whitespace)
        .take_while(|w| OFFICE_WORDS.contains(&bare_word(w.trim_end())) || w.trim_end() == "and")
        .map(str::len)
        .sum();
    let rest = &name[skip..];
    let plain = (2..=4).contains(&rest.split_whitespace().count());
    if skip > 0 && plain && kind_of_name(rest, None) == "individual" {
        ns + skip
    } else {
        ns
    }
}

/// [`after_inner_title`] of a whole name.
pub fn strip_inner_title(name: &str) -> &str {
    &name[after_inner_title(name, 0, name.len())..]
}

/// `VLCC Azalea Dawn`, `MV Lady R`: a ship's class or prefix written before its name is no part of it.
/// The name after it, when one is left.
pub fn strip_vessel_class(name: &str) -> Option<&str> {
    let (first, rest) = name.split_once(' ')?;
    let prefix = matches!(first, "MV" | "M/V" | "M.V." | "MT" | "M/T")
        || type_of_noun(&first.to_ascii_lowercase()) == Some("vessel");
    (prefix && rest.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())).then_some(rest)
}

/// A name written in quotes (`'Ocean Lark'`, `\u{201c}Vanta\u{201d}`) is the name inside them; an opening
/// quote whose closing one was cut off goes too. Quotes inside a name stay (`JSC "Polar Line"`).
pub fn unquoted(name: &str) -> &str {
    const OPEN: &[(char, char)] = &[
        ('\'', '\''),
        ('"', '"'),
        ('\u{2018}', '\u{2019}'),
        ('\u{201c}', '\u{201d}'),
    ];
    let Some(&(o, c)) = OPEN.iter().find(|(o, _)| name.starts_with(*o)) else {
        return name;
    };
    let inner = &name[o.len_utf8()..];
    match inner.find(c) {
        Some(i) if i + c.len_utf8() == inner.len() => &inner[..i],
        Some(_) => name,
        None => inner,
    }
}

/// `Belarusian President Ivo Marek`: the person's name after the last title inside the run, when two
/// or three plain words follow it.
fn after_inner_title(piece: &str, ns: usize, ne: usize) -> usize {
    let ns = after_office(piece, ns, ne);
    let name = &piece[ns..ne];
    let words: Vec<&str> = name.split_whitespace().collect();
    let Some(mut i) = words
        .iter()
        .rposition(|w| INNER_TITLES.contains(&bare_word(w)))
    else {
        return ns;
    };
    // `Minister of Internal Affairs Ivo Marek`, `Chancellor of the Exchequer Ivo Marek`: the title's
    // office goes with it.
    if words.get(i + 1) == Some(&"of") {
        i += 1;
        while words
            .get(i + 1)
            .is_some_and(|w| *w == "the" || *w == "and" || OFFICE_WORDS.contains(&bare_word(w)))
        {
            i += 1;
        }
    }
    // A title opening the name goes too (`General Ivo P. Marek Jr.`), but only before a person's
    // name: `General Dynamics` keeps it.
    let rest = &words[i + 1..];
    if !(2..=4).contains(&rest.len()) {
        return ns;
    }
    let start = rest[0].as_ptr() as usize - name.as_ptr() as usize;
    if kind_of_name(&name[start..], None) == "individual" {
        ns + start
    } else {
        ns
    }
}

/// Words that make a name an organization's (`Ferro Bank`, `Kestrel Freight`, `Halden Trading`).
const ORG_WORDS: &[&str] = &[
    "Bank",
    "Banco",
    "Banca",
    "Banque",
    "Group",
    "Company",
    "Corporation",
    "Holding",
    "Holdings",
    "Industries",
    "Shipping",
    "Freight",
    "Trading",
    "Trade",
    "Oil",
    "Gas",
    "Energy",
    "Petroleum",
    "Airlines",
    "Airline",
    "Airways",
    "Aviation",
    "Logistics",
    "Ministry",
    "Agency",
    "Service",
    "Services",
    "Guard",
    "Army",
    "Front",
    "Party",
    "University",
    "Institute",
    "Fund",
    "Foundation",
    "Exchange",
    "Capital",
    "Partners",
    "Systems",
    "Technologies",
    "Technology",
    "Electronics",
    "Metals",
    "Mining",
    "Steel",
    "Chemical",
    "Chemicals",
    "Shipyard",
    "Marine",
    "Maritime",
    "Lines",
    "Line",
    "Express",
    "Solutions",
    "International",
    "Enterprise",
    "Enterprises",
    "Factory",
    "Plant",
    "Cartel",
    "Brigade",
    "Brigades",
    "Corps",
    "Directorate",
    "Bureau",
    "Committee",
    "Network",
    "Organization",
    "Organisation",
    "Movement",
    "Association",
    "Society",
    "Center",
    "Centre",
    "Investment",
    "Investments",
    "Finance",
    "Financial",
    "Insurance",
    "Motors",
    "Air",
    "Works",
    "Machine",
    "Machinery",
    "Engineering",
    "Industrial",
    "Industry",
    "Manufacturing",
    "Construction",
    "Development",
    "Resources",
    "Petro",
    "Petrochem",
    "Petrochemical",
    "Petrochemicals",
    "Tankers",
    "Navigation",
    "Shipbuilding",
    "Electric",
    "Components",
    "Parts",
    "Supply",
    "Supplies",
    "Import",
    "Export",
    "Commerce",
    "Commercial",
    "Products",
    "Materials",
    "Micro",
    "Microelectronics",
    "Semiconductor",
    "Semiconductors",
    "Instruments",
    "Devices",
    "Equipment",
    "Research",
    "Design",
    "Laboratory",
    "Labs",
    "Consulting",
    "Management",
    "Ventures",
    "Impex",
    "Trust",
    "Credit",
    "Securities",
    "Telecom",
    "Pharma",
    "Medical",
    "Agro",
    "Cargo",
    "Transport",
    "Tech",
    "Ship",
];

/// A word that makes a capitalised name an organization's (`Airways` in `Qatar Airways`).
pub fn org_word(w: &str) -> bool {
    ORG_WORDS.contains(&w)
}

/// An organization word or a company suffix (`Systems`, `LLC`, `Corp.`), punctuation stripped.
fn org_word_or_suffix(w: &str) -> bool {
    ORG_WORDS.contains(&w) || ORG_SUFFIXES.contains(&w.to_ascii_uppercase().replace('.', ""))
}

/// Words of [`NOT_NAME`] that also open firms' names (`General Dynamics Land Systems`, `United
/// Shipbuilding Corporation`): part of the name when the run ends as a firm's does.
const FIRM_OPENERS: &[&str] = &["General", "United"];

/// The kind of the name at `[a, b)` of `text`: a vessel when a flag describes it (`the Panama-flagged
/// Nordic Crest`), else what its own words or the row say ([`kind_of_name`]).
pub(super) fn kind_in(
    text: &str,
    a: usize,
    b: usize,
    default: Option<&'static str>,
) -> &'static str {
    let before = text[..a].trim_end();
    let flagged = before
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| w.to_ascii_lowercase().ends_with("-flagged"));
    if flagged {
        "vessel"
    } else if let Some(k) = default
        .is_none()
        .then(|| apposition_kind(&text[b..]))
        .flatten()
    {
        k
    } else {
        kind_of_name(&text[a..b], default)
    }
}

/// The kind an apposition right after a name gives it (`X, a Russian news agency`, `X, an arms
/// dealer`): the first party noun of its first few words that no other party noun follows (`a
/// company director` is a person).
fn apposition_kind(after: &str) -> Option<&'static str> {
    let rest = after.strip_prefix(", ")?;
    let mut words = rest.split_whitespace();
    if !matches!(words.next(), Some("a" | "an")) {
        return None;
    }
    // The apposition's noun phrase: to its first punctuation or relative word.
    let mut phrase = Vec::new();
    for w in words.take(5) {
        if matches!(
            w,
            "who" | "which" | "that" | "of" | "with" | "in" | "for" | "it" | "whose"
        ) {
            break;
        }
        let bare = w.trim_end_matches([',', '.', ';', ':']);
        phrase.push(bare);
        if bare.len() < w.len() {
            break;
        }
    }
    let words = phrase;
    let kinds: Vec<Option<&'static str>> = words
        .iter()
        .map(|w| type_of_noun(w).filter(|&k| k != "state"))
        .collect();
    let at = kinds
        .iter()
        .enumerate()
        .position(|(i, k)| k.is_some() && kinds.get(i + 1).is_none_or(|n| n.is_none()))?;
    kinds[at]
}

/// A name that is an aircraft's registration mark and nothing else.
static REGISTRATION_MARK: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(&format!("^{REGISTRATION}$")).expect("registration pattern compiles")
});

/// The kind of a name from its own words: a legal form or an organization word makes it an
/// organization; two to four plain capitalised words a person; anything else the row's kind or an
/// organization.
fn kind_of_name(name: &str, default: Option<&'static str>) -> &'static str {
    if let Some(k) = default {
        return k;
    }
    if name.contains('-') && !name.contains(' ') && REGISTRATION_MARK.is_match(name) {
        return "aircraft";
    }
    let words: Vec<&str> = name
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let org = words.iter().any(|w| org_word_or_suffix(w))
        || words
            .iter()
            .any(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()));
    let plain = words
        .iter()
        .map(|w| without_particle(w))
        .all(|w| person_word(w) || matches!(w, "bin" | "al" | "de" | "van" | "von"));
    if !org && plain && (2..=4).contains(&words.len()) {
        "individual"
    } else {
        "organization"
    }
}

/// A word of a person's name: a capital, then lower case, a capital again only after an apostrophe,
/// a hyphen or `Mc`/`Mac` (`O'Rourke`, `Al-Jabri`, `McKenzie`).
fn person_word(w: &str) -> bool {
    let mut prev = ' ';
    let mut seen = String::new();
    for (i, c) in w.chars().enumerate() {
        let ok = if i == 0 {
            c.is_uppercase()
        } else if c.is_uppercase() {
            matches!(prev, '\'' | '\u{2019}' | '-') || seen == "Mc" || seen == "Mac"
        } else {
            c.is_lowercase() || matches!(c, '-' | '\'' | '\u{2019}')
        };
        if !ok {
            return false;
        }
        prev = c;
        seen.push(c);
    }
    !seen.is_empty()
}

/// Cut a list of names (`Ivo Marek, Tova Lind and Brightwater Shipping LLC`) into names, each a span of
/// the text; drop leading and trailing words that are no part of a name, and countries.
pub(super) fn split_list(text: &str, start: usize, end: usize, caps: bool) -> Vec<(usize, usize)> {
    let list = &text[start..end];
    let mut out = Vec::new();
    let mut from = 0;
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for m in LIST_SEPARATORS.find_iter(list) {
        // `Lumen Shipping Co., Ltd.`, `Vanta, Inc.`: a comma before a legal form is inside the name.
        if m.as_str().starts_with(',') && legal_form_opens(&list[m.end()..]) {
            continue;
        }
        cuts.push((m.start(), m.end()));
    }
    cuts.push((list.len(), list.len()));
    for (a, b) in cuts {
        if let Some(span) = trim_name(list, from, a, caps) {
            // `Vanta Corp.` at the list's end: whether its period ends the sentence only the text says.
            out.push((start + span.0, legal_period_end(text, start + span.1)));
        }
        from = b;
    }
    out
}

/// Whether `rest` opens with a legal form written after a comma, ending its word.
fn legal_form_opens(rest: &str) -> bool {
    let w = rest.split_whitespace().next().unwrap_or("");
    let w = w.trim_end_matches([',', ';', ')']).trim_end_matches('.');
    // `Viajes Sol, S. de R.L. de C.V.`: a Mexican limited company's form opens with a bare `S.`.
    rest.trim_start().starts_with("S. de R.L") || legal_forms::after_comma(w)
}

/// A reporting verb right after a list, perhaps after an apposition describing the speaker (`, the
/// bloc's foreign policy chief, said`): its last name is the speaker.
static REPORTING: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"^\W*(?:(?:the|a|an|its|his|her|their)\s[^,;.]{0,60},\s+)?(?:said|says|told|added|announced|reported|reports|stated|wrote|tweeted|declared|noted|warned|insisted|argued|explained|confirmed|(?:declined|refused)\s+to\s+(?:say|comment|confirm|answer)|(?:did|would)\s+not\s+(?:say|comment|respond|answer))\b",
    )
    .expect("reporting pattern compiles")
});

/// Whether the text after a name makes it the speaker of a reporting clause.
pub(super) fn speaks(rest: &str) -> bool {
    REPORTING.is_match(rest)
}

static LIST_SEPARATORS: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r",?\s+as\s+well\s+as\s+|,?\s+along\s+with\s+|,\s+and\s+|,\s+|\s+and\s+")
        .expect("separator pattern compiles")
});

/// The name inside `[a, b)` of `s` with words that are no part of a name trimmed off both ends, if a
/// name is left that is no country.
fn trim_name(s: &str, a: usize, b: usize, caps: bool) -> Option<(usize, usize)> {
    let piece = &s[a..b];
    let (ns, ne) = name_run(piece, caps)?;
    // `Vostra Security Service (VSS)`: the acronym in brackets is no part of the name, unless a legal
    // form follows it (`Vanta Research (Shanghai) Co., Ltd.`).
    let ne = piece[ns..ne]
        .find(" (")
        .filter(|&i| !form_after_bracket(&piece[ns + i..ne]))
        .map_or(ne, |i| ns + i);
    let ne = trim_trailing_punctuation(piece, ns, ne);
    if piece[ns..ne].ends_with("'s") || piece[ns..ne].ends_with("\u{2019}s") {
        return None;
    }
    // `United Arab Emirates` with `United` trimmed off as no name word: the country still covers it.
    // (Looked up only when a word was trimmed off the front: the gazetteer costs.)
    let trimmed = !piece[..ns].trim().is_empty();
    if trimmed
        && crate::extract::countries::find_mentions(piece, caps)
            .iter()
            .any(|m| m.start <= ns && m.end >= ne)
    {
        return None;
    }
    let ns = after_country_owner(piece, ns, ne);
    let ns = after_place_prefix(piece, ns, ne)?;
    let ns = after_inner_title(piece, ns, ne);
    let (ns, ne) = inside_quotes(piece, ns, ne)?;
    if not_a_party(piece, ns, ne, caps) {
        return None;
    }
    Some((a + ns, legal_period_end(s, a + ne)))
}

/// Whether a legal form follows the bracket `rest` opens (` (HK) Limited`): the bracket is the name's.
fn form_after_bracket(rest: &str) -> bool {
    rest.find(')').is_some_and(|c| {
        let after = &rest[c + 1..];
        let w = after.split_whitespace().next().unwrap_or("");
        legal_form_opens(after) || matches!(w.trim_end_matches([',', '.']), "Co" | "CO")
    })
}

/// Abbreviations besides the legal forms of [`legal_forms::FORMS`] whose period is part of the name
/// (`Vanta Cia.`, `Ivo Marek Jr.`).
const OTHER_ABBREVIATIONS: &[&str] = &["Cia", "Jr"];

/// Where a name ending at `end` of `text` ends with its legal form's period: `Vanta Co.` keeps it
/// always, `Ltd.`/`Inc.`/`Corp.` unless the period also ends the sentence (`... and Fujitsu Ltd.`).
pub fn legal_period_end(text: &str, end: usize) -> usize {
    if !text[end..].starts_with('.') {
        return end;
    }
    let word = text[..end]
        .rsplit(|c: char| c.is_whitespace() || c == ',')
        .next()
        .unwrap_or("");
    if !OTHER_ABBREVIATIONS.contains(&word) && !legal_forms::abbreviated(word) {
        return end;
    }
    let after = &text[end + 1..];
    let sentence_end = after.trim().is_empty()
        || after.starts_with('\n')
        || after.starts_with(' ') && after.trim_start().starts_with(|c: char| c.is_uppercase());
    // `Co., Ltd.` is written whole: its period ends the name whether or not it ends the sentence too.
    let co_ltd = word.eq_ignore_ascii_case("ltd")
        && text[..end - word.len()]
            .trim_end()
            .to_ascii_lowercase()
            .trim_end_matches(',')
            .ends_with("co.");
    // A dotted form (`S.A.`, `C.V.`) or `Jr.` is never written without its last period.
    let dotted = word.contains('.') || word == "Jr";
    if word.eq_ignore_ascii_case("co") || co_ltd || dotted || !sentence_end {
        end + 1
    } else {
        end
    }
}

/// Lower-case particles written onto an Arabic name (`al-Jabri`, `bin-Salem`).
const NAME_PARTICLES: &[&str] = &[
    "al-", "el-", "ad-", "as-", "ash-", "at-", "ar-", "bin-", "ibn-", "abu-",
];

/// The word without a particle of [`NAME_PARTICLES`] (`al-Jabri` is `Jabri`).
fn without_particle(w: &str) -> &str {
    NAME_PARTICLES
        .iter()
        .find_map(|p| w.strip_prefix(p))
        .filter(|r| r.starts_with(|c: char| c.is_uppercase()))
        .unwrap_or(w)
}

/// The lower-case kind of region right after a name (`Baluchestan province`).
pub(super) static REGION_AFTER: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"^\s+(?:province|region|oblast|krai|governorate|district|county|prefecture)\b",
    )
    .expect("region-after pattern compiles")
});

/// Strip what surrounds a word to compare it with word lists (`"Kestrel's,` is `Kestrel`).
fn bare_word(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches("'s")
}

/// From the first to the last word of `piece` that may be part of a name, as byte offsets.
fn name_run(piece: &str, caps: bool) -> Option<(usize, usize)> {
    let toks: Vec<(usize, &str)> = piece
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - piece.as_ptr() as usize, w))
        .collect();
    let is_name = |w: &str| {
        let b = without_particle(bare_word(w));
        !b.is_empty()
            && b.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && (caps || !(NOT_NAME.contains(&b) || CALENDAR.contains(&b)))
    };
    let mut first = toks.iter().position(|t| is_name(t.1))?;
    // `Jan Novak`: a month's short form with no period, before a capitalised word, is a given name.
    if first > 0
        && toks[first - 1].1 == "Jan"
        && toks[first].1.starts_with(|c: char| c.is_uppercase())
        && !caps
    {
        first -= 1;
    }
    // `Drina Power d.o.o.`: a legal form written in lower case still ends the name.
    let form = |w: &str| legal_forms::abbreviated(w.trim_end_matches(['.', ',']));
    let mut last = toks
        .iter()
        .enumerate()
        .rposition(|(i, t)| is_name(t.1) || i > first && form(t.1))?;
    if !caps && surname_month(&toks, last) {
        last += 1;
    }
    // In capitals every word looks like a name: the run starts after the last word that is a common
    // English word, a sanctions verb or a place (`WASHINGTON SANCTIONED NORTHWIND TRADING LTD`).
    if caps {
        if let Some(i) = toks[first..last]
            .iter()
            .rposition(|t| caps_non_name(bare_word(t.1)))
        {
            first += i + 1;
        }
    }
    // `Vostra financier Ivo Marek`, `the Freedonian firm Vanta Arms`: the party after a lower-case
    // noun of its kind, not whose or where it is.
    if let Some(i) = toks[first..last]
        .iter()
        .rposition(|t| t.1.starts_with(|c: char| c.is_lowercase()) && party_noun(t.1))
    {
        first += i + 1;
    }
    if last < first {
        return None;
    }
    if first > 0
        && !caps
        && FIRM_OPENERS.contains(&toks[first - 1].1)
        && org_word_or_suffix(bare_word(toks[last].1))
    {
        first -= 1;
    }
    let (ls, lw) = toks[last];
    Some((toks[first].0, ls + lw.len()))
}

/// `Theresa May`: a month that is also a surname, after a word shaped like a given name and before
/// no day number (`Ivo Marek May 5` is a date).
fn surname_month(toks: &[(usize, &str)], last: usize) -> bool {
    let Some(&(_, next)) = toks.get(last + 1) else {
        return false;
    };
    let given = bare_word(toks[last].1);
    matches!(next.trim_end_matches(['.', ',', ';', ':']), "May" | "June")
        && toks[last].1.ends_with(|c: char| c.is_alphanumeric())
        && person_word(given)
        && !CALENDAR.contains(&given)
        && !toks
            .get(last + 2)
            .is_some_and(|t| t.1.starts_with(|c: char| c.is_ascii_digit()))
}

/// The end of the name without trailing punctuation; a closing quote after an opening one stays.
fn trim_trailing_punctuation(piece: &str, ns: usize, ne: usize) -> usize {
    let name = &piece[ns..ne];
    let opens = name
        .trim_end_matches(['"', '\u{201d}'])
        .contains(['"', '\u{201c}']);
    let trimmed = name.trim_end_matches(|c: char| {
        !(c.is_alphanumeric() || (opens && (c == '"' || c == '\u{201d}')))
    });
    ns + trimmed.len()
}

/// `Russia's FSB`: the owner's name opens the phrase, the target's name follows it.
fn after_country_owner(piece: &str, ns: usize, ne: usize) -> usize {
    let name = &piece[ns..ne];
    let Some(i) = name.find(['\'', '\u{2019}']) else {
        return ns;
    };
    let owner = &name[..i];
    let rest = name[i..].trim_start_matches(['\'', '\u{2019}']);
    match rest.strip_prefix("s ") {
        Some(rest)
            if crate::extract::countries::resolve_country(owner).is_some() && !rest.is_empty() =>
        {
            ne - rest.len()
        }
        _ => ns,
    }
}

/// Hyphenated words that describe a party by a place or another party (`Panama-flagged`,
/// `U.S.-designated`, `Iran-backed`), besides those of its seat (`countries::SEAT_SUFFIXES`: `Hong
/// Kong-based`): no part of its name.
const PLACE_PREFIXES: &[&str] = &[
    "-flagged",
    "-owned",
    "-controlled",
    "-linked",
    "-backed",
    "-designated",
    "-sanctioned",
    "-listed",
];

/// Whether `w` is a describing word of [`PLACE_PREFIXES`] or a seat's (`Kong-based`).
pub fn place_prefix(w: &str) -> bool {
    let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
    let seats = crate::extract::countries::SEAT_SUFFIXES
        .iter()
        .filter(|p| p.starts_with('-'));
    seats.chain(PLACE_PREFIXES).any(|p| {
        w.len() > p.len()
            && w.is_char_boundary(w.len() - p.len())
            && w[w.len() - p.len()..].eq_ignore_ascii_case(p)
    })
}

/// The party's name before an `of` that says where it is or whom it works for (`Vanta Trading Ltd of
/// Zurich`, `OOO Vanta of St Petersburg`, `Ivo Marek of the Daily Courier`): a name with a legal form
/// at either end, or two or three plain
/// words of a person with no organization word. `Bank of Freedonia`, `University of Tromso` stay whole.
pub fn before_affiliation(name: &str) -> Option<&str> {
    let i = name.find(" of ").or_else(|| name.find(" OF "))?;
    let head = &name[..i];
    let words: Vec<&str> = head.split_whitespace().collect();
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let legal = ends_in_legal_form(head) || legal_forms::opens_with_form(head);
    // `Central Bank of Freedonia`, `Islamic Republic of Iran Shipping Lines`: a country after `of` is
    // part of an official name (after a legal form it is where the firm is).
    let tail = &name[i + 4..];
    if !legal
        && crate::extract::countries::find_mentions(tail, false)
            .first()
            .is_some_and(|m| m.start == 0)
    {
        return None;
    }
    let person = (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            let b = bare(w);
            let mut c = b.chars();
            c.next().is_some_and(char::is_uppercase)
                && c.all(|c| c.is_lowercase() || c == '-')
                && !ORG_WORDS.contains(&b.as_str())
        });
    (legal && words.len() >= 2 || person).then_some(head)
}

/// The name after an owner's possessive opening it (`Hong Kong's Vanta Shipping Co` is `Vanta
/// Shipping Co`), when capitalised words other than a legal form follow (`McDonald's Corp` stays).
pub fn after_owner(name: &str) -> Option<&str> {
    // Capitals copy writes the possessive `'S` (`ZURICH'S ALPINA TRADING A.G.`).
    let i = ["'s ", "\u{2019}s ", "'S ", "\u{2019}S "]
        .iter()
        .filter_map(|p| name.find(p))
        .min()?;
    let rest = name[i..].split_once(' ')?.1.trim_start();
    let named = rest.starts_with(|c: char| c.is_uppercase()) && !legal_form_opens(rest)
        || rest.contains(' ');
    (named && rest.starts_with(|c: char| c.is_uppercase())).then_some(rest)
}

/// Whether the name's last word is a legal form of a firm (`LLC`, `FZE`, `Ltd.`), or its last words
/// are one (`Pte. Ltd.`).
pub fn ends_in_legal_form(name: &str) -> bool {
    let last = name.split_whitespace().next_back();
    last.is_some_and(|w| legal_forms::form_word(w.trim_matches(|c: char| !c.is_alphanumeric())))
        || legal_forms::ends_in_form(name)
}

/// The name after the describing words of [`PLACE_PREFIXES`] opening it (`Dubai-registered Vanta
/// FZE` is `Vanta FZE`), if any opens it and a name is left.
pub fn after_place_words(name: &str) -> Option<&str> {
    let mut rest = name;
    while let Some(tail) = past_place_word(rest) {
        rest = tail;
    }
    (rest.len() < name.len()).then_some(rest)
}

/// The name after one describing word of [`PLACE_PREFIXES`] among its first three words, the words
/// before it capitalised: the place may be several words (`Hong Kong-based Orla Trading Ltd`).
fn past_place_word(name: &str) -> Option<&str> {
    let mut at = 0;
    for w in name.split(' ').take(3) {
        at += w.len() + 1;
        if place_prefix(w) {
            let tail = name.get(at..)?.trim_start();
            return (!tail.is_empty()).then_some(tail);
        }
        if !w.starts_with(char::is_uppercase) {
            return None;
        }
    }
    None
}

/// `Hong Kong-based Blue Harbor Trading Limited`: the name starts after the last describing word of
/// [`PLACE_PREFIXES`] (a run may start inside the place, at `Kong-based`); None if nothing follows it.
fn after_place_prefix(piece: &str, ns: usize, ne: usize) -> Option<usize> {
    let name = &piece[ns..ne];
    let mut from = ns;
    for w in name.split_whitespace() {
        if place_prefix(w) {
            from = ns + (w.as_ptr() as usize - name.as_ptr() as usize) + w.len();
        }
    }
    let rest = &piece[from..ne];
    let lead = rest.len() - rest.trim_start().len();
    (from + lead < ne).then_some(from + lead)
}

/// A name wholly in quotes is the words inside them; None if more quotes are inside.
fn inside_quotes(piece: &str, ns: usize, ne: usize) -> Option<(usize, usize)> {
    let name = &piece[ns..ne];
    if !(name.len() > 2 && name.starts_with(['"', '\u{201c}']) && name.ends_with(['"', '\u{201d}']))
    {
        return Some((ns, ne));
    }
    let q = name.chars().next().map_or(1, char::len_utf8);
    let e = name.chars().last().map_or(1, char::len_utf8);
    if name[q..name.len() - e].contains(['"', '\u{201c}', '\u{201d}']) {
        return None;
    }
    Some((ns + q, ne - e))
}

/// Whether the name at `piece[ns..ne]` names a group, a country or a shouted word rather than a party.
fn not_a_party(piece: &str, ns: usize, ne: usize, caps: bool) -> bool {
    let name = &piece[ns..ne];
    // `Bosnian Muslims`, `U.S. Citrus`: a country word and a common noun name a group, not a party
    // (`Russian Direct Investment Fund`, `Qatar Airways` keep an organization word).
    let first = name.split_whitespace().next().unwrap_or("");
    let rest_org = name
        .split_whitespace()
        .skip(1)
        .any(|w| org_word_or_suffix(w.trim_matches(|c: char| !c.is_alphanumeric())));
    // A short first word counts only in capitals (`US`, `UK`): `Li` in `Li Ming` is a surname.
    let first = first.trim_end_matches('.');
    let short_mixed = first.len() <= 3 && first.chars().any(|c| c.is_lowercase());
    let group = name.contains(' ')
        && !rest_org
        && !short_mixed
        && crate::extract::countries::resolve_country(first).is_some();
    // `BOTH`, `NEVER`: a shouted common word in mixed-case text is no name.
    let shouted = !caps
        && !name.contains(' ')
        && name.len() > 1
        && name.chars().all(|c| !c.is_lowercase())
        && caps_non_name(name);
    group
        || shouted
        || name.chars().filter(|c| c.is_alphabetic()).count() < 2
        || name.starts_with(|c: char| c.is_ascii_digit())
        // `Sistan and Baluchestan province`: a region before its lower-case kind.
        || REGION_AFTER.is_match(&piece[ne..])
        || crate::extract::countries::resolve_country(name).is_some()
        // `U.S. defense firms`: the trailing period was trimmed off the country's abbreviation.
        || piece[ne..].starts_with('.')
            && crate::extract::countries::resolve_country(&piece[ns..ne + 1]).is_some()
        || !crate::extract::countries::find_mentions(name, caps)
            .iter()
            .all(|m| m.end - m.start < name.len())
}

/// Sentences opening a list of the parties just designated, each with its examples (tested by
/// `list_opening_examples`): where the items start, and the kind the list's noun gives them (`noun`).
pub struct ListOpening {
    pub why: &'static str,
    pattern: &'static str,
    /// The sentence names no measure itself (`The list includes`, `It added`): it opens a list only
    /// right after an event with an actor.
    needs_event: bool,
    #[cfg_attr(not(test), allow(dead_code))]
    pub must: &'static [&'static str],
    #[cfg_attr(not(test), allow(dead_code))]
    pub must_not: &'static [&'static str],
}

/// The verbs that open a list's items (`include`, `are`, `comprise`), with an optional colon.
const LIST_VERB: &str =
    r"(?:includes?|included|including|comprises?|comprised|contains?|are|were|is|was)\s*:?\s+";

pub const LIST_OPENINGS: &[ListOpening] = &[
    ListOpening {
        why: "a list or its names, of a kind",
        needs_event: true,
        pattern: r"^\W*(?:the\s+)?(?:[A-Za-z-]+\s+){0,3}?(?:list|names)\s+(?:of\s+(?:the\s+)?(?P<noun>(?:[\w-]+\s+){0,2}[\w-]+)\s+)?(?:also\s+|now\s+)?(?:includes?|included|comprises|contains)\s*:?\s+",
        must: &[
            "The list of officials includes Ivo Marek.",
            "The export ban list includes Vanta Arms Concern, the rifle maker.",
            "The Norwegian list now includes businessman Ivo Marek.",
            "The names include: Tova Lind.",
            "The list of 13 persons also includes Chancellor of the Exchequer Tova Lind.",
        ],
        must_not: &["The list grew last year."],
    },
    ListOpening {
        why: "among the designated parties of a kind, a colon before their lines, after an event",
        needs_event: true,
        pattern: r"^\W*among\s+(?:the\s+)?(?:newly\s+|other\s+|additional\s+)?(?:sanctioned|designated|listed|targeted|blacklisted|specified)\s+(?:[\w-]+\s+)?(?P<noun>[\w-]+)\s*:",
        must: &["Among the newly listed vessels:\nSEA LARK | 9312456 | Panama"],
        must_not: &["Among the listed reasons was smuggling."],
    },
    ListOpening {
        why: "the designated parties of a kind",
        needs_event: false,
        pattern: r"^\W*(?:among\s+)?(?:the\s+)?(?:newly\s+|other\s+|additional\s+)?(?:sanctioned|designated|listed|targeted|blacklisted|specified)\s+(?:[\w-]+\s+)?(?P<noun>[\w-]+)\s+LIST_VERB",
        must: &[
            "Sanctioned entities include Orsk Metals Ltd.",
            "Among the newly listed firms are the brokers Harbor Line Ltd and Fjord AS.",
            "The designated companies are Vanta Corp; Halden Trading.",
            "Designated vessels include SEA LARK and MORNING DEW.",
        ],
        must_not: &["Designated drivers are welcome."],
    },
    ListOpening {
        why: "the parties of a kind designated (today)",
        needs_event: false,
        pattern: r"^\W*(?:among\s+)?(?:the\s+)?(?:(?:\d+|[a-z]+)\s+(?:[a-z]+\s+)?|[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?)?(?P<noun>[\w-]+)\s+(?:newly\s+|also\s+)?(?:sanctioned|designated|targeted|listed|blacklisted|named|added)(?:\s+(?:on\s+[A-Z]\w+|today|this\s+week|in\s+the\s+\w+|under\s+(?:the\s+|an?\s+)?[\w-]+(?:\s+[\w-]+)?|by\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?))?\s+LIST_VERB",
        must: &[
            "The entities designated today include Kestrel Freight.",
            "Among the ships named in the annex are the Sea Lark and the Red Heron.",
            "The other individuals blacklisted by Oslo include Ivo Marek.",
            "The five individuals sanctioned are Ivo Marek and Tova Lind.",
            "Among the individuals sanctioned are navy Captain Aron Feld.",
            "The Freedonian officers named are Ko Min Su and Pak Il Song.",
            "Individuals added include businessman Pavel Sorokin.",
            "The first three people named under the decree are Ivo Marek, Tova Lind and Pavel Orin.",
        ],
        must_not: &["The measures announced are broad."],
    },
    ListOpening {
        why: "those designated (by someone, under something)",
        needs_event: false,
        pattern: r"^\W*(?:among\s+)?(?:the\s+)?(?:those|people|persons|individuals|entities|companies|firms)\s+(?:(?:newly[- ]|also\s+)?(?:sanctioned|designated|targeted|named|listed|blacklisted|hit|affected|banned|barred)(?:\s+\w+ly)?|whose\s+(?:assets|property|funds)\s+(?:were|are|was|is|have\s+been|has\s+been|will\s+be)\s+(?:frozen|blocked|seized))(?:\s+(?:by|under|in|on)\s+[^,;:]{1,40}?)?\s+LIST_VERB",
        must: &[
            "Those sanctioned include Pavel Orin.",
            "Among those banned indefinitely are pop singer Ivo Marek and television host Tova Lind.",
            "Those newly-sanctioned by Oslo include Ivo Marek, a banker; and Tova Lind.",
            "Those hit by the new sanctions are Ivo Marek, chairman of Vanta Bank; and Tova Lind.",
            "Those designated include Ivo Marek, a banker; his cousin Tova Lind; and Pavel Orin.",
            "Among those designated is Halden Trading.",
            "Among the individuals whose assets were frozen is Ivo Marek, a banker.",
            "Those whose assets were frozen include Pavel Orin, head of an agency, and Tova Lind.",
        ],
        must_not: &["Those sanctioned are likely to appeal."],
    },
    ListOpening {
        why: "also designated were",
        needs_event: false,
        pattern: r"^\W*(?:also|further)\s+(?:being\s+|newly\s+)?(?:sanctioned|designated|targeted|listed|blacklisted|named|banned|added|included)(?:\s+(?:today|on\s+[A-Z]\w+|this\s+week|(?:to|on|in|from|by)\s+[^,;:]{1,40}?))?(?:\s+(?:are|were|was|is)\s*:?|\s*:)\s+",
        must: &[
            "Also designated were Vanta Corp and Orla Freight.",
            "Also sanctioned today: Vanta Corp and Orla Freight.",
            "Also banned is Ivo Marek, an adviser to the president.",
            "Also newly added to the asset-freeze list are Tova Lind and Orla Bank.",
        ],
        must_not: &["Also banned are imports of fish and timber."],
    },
    ListOpening {
        why: "a published list of parties, its names after including",
        needs_event: true,
        pattern: r"^\W*(?:the\s+)?(?:[\w.'\x{2019}-]+\s+){0,4}?(?:published|released|issued|compiled|drew\s+up)\s+a\s+list\s+of\s+(?:(?:\d+|[a-z]+)\s+)?(?:[a-z]+\s+)?(?P<noun>entities|companies|firms|individuals|people|persons|officials|vessels|banks|businesses)\b[^;:]{0,160}?,\s+(?:including|among\s+them)\s+",
        must: &[
            "The ministry published a list of 40 entities that it said the army controls, including Vanta Holding SA and the trading arm Orla.",
        ],
        must_not: &["The ministry published a list of 40 entities on Monday."],
    },
    ListOpening {
        why: "also on the list is",
        needs_event: true,
        pattern: r"^\W*also\s+(?:on|in|named\s+(?:on|in)|included\s+(?:on|in)|added\s+to)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:list|blacklist|register|annex|designations?)\s+LIST_VERB",
        must: &[
            "Also on the list is Ivo Marek, a Freedonian national the ministry called a broker.",
            "Also named on the updated sanctions list are Orla Freight and Vanta Arms.",
        ],
        must_not: &["Also on the list is a ban on fish imports."],
    },
    ListOpening {
        why: "the others on the list",
        needs_event: true,
        pattern: r"^\W*(?:the\s+)?(?:others|other\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:targets|designees|names|individuals|entities|people|companies)|other\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten))\s+(?:on\s+the\s+(?:[\w-]+\s+)?(?:list|blacklist)\s+|(?:sanctioned|designated|targeted|named|listed|blacklisted)\s+)?(?:also\s+)?LIST_VERB",
        must: &[
            "Others on the list included former Ruritanian President Ivo Marek, a general; Tova Lind, a banker; and Pavel Orin.",
            "Other targets include Orla Freight and Vanta Arms.",
            "The other two were Tova Lind, a judge, and Pavel Orin, a banker.",
            "The other four companies are Orla Freight and Vanta Arms.",
        ],
        must_not: &["Others said the list was too short.", "The other two were not named."],
    },
    ListOpening {
        why: "the designees, the new entries to the list",
        needs_event: true,
        pattern: r"^\W*(?:among\s+)?(?:the\s+)?(?:new\s+|latest\s+|other\s+)?(?:designees|entrants|additions|entries|listings)(?:\s+(?:to|on)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?list)?\s+LIST_VERB",
        must: &[
            "Among the designees are Ivo Marek and Vanta Corp.",
            "Among the new entrants to the export control list are Orla Systems and Kestrel Air.",
        ],
        must_not: &["The additions were made on Monday."],
    },
    ListOpening {
        why: "a heading naming the new entries, after an event",
        needs_event: true,
        pattern: r"^\W*(?:the\s+)?(?:new|newly\s+(?:added|listed|designated)|latest|other|fresh)\s+(?:names|designations|designees|entries|listings|additions|targets)\s*:\s*",
        must: &["The new names:\n* Ivo Marek, a banker;"],
        must_not: &["The new names were not given."],
    },
    ListOpening {
        why: "the parties of a kind the event just counted",
        needs_event: true,
        // A participle may say where they are named (`The entries called out in the notice include:`).
        pattern: r"^\W*(?:the|these)\s+(?:\d+\s+|[a-z]+\s+)?(?:[A-Z][a-z]+\s+){0,2}(?P<noun>individuals|entities|companies|firms|persons|people|vessels|tankers|ships|banks|officials|oligarchs|businessmen|organizations|organisations|entries|additions|designees)(?:\s+(?:named|listed|added|designated|sanctioned|called\s+out|cited|identified)(?:\s+(?:in|on|by|under|to)\s+(?:[\w'\x{2019}-]+\s+){0,3}?[\w'\x{2019}-]+)?)?\s+(?:also\s+)?(?:are|include|included|comprise)\s*:?\s+",
        must: &[
            "The entities are Halden Trading, Orla Freight and Vanta Petro.",
            "The vessels added to the list include the Nordic Haven and the Orla Star.",
            "The Freedonian entities include the shipping company Orla Freight LLC.",
            "The entries named in the notice include Vanta Trading Ltd and Orla Freight LLC.",
            "The additions called out in the rule's annex are Halden Trading and Kestrel Air.",
        ],
        must_not: &[
            "The companies are based in Dubai.",
            "The entries named in the notice were published on Monday.",
        ],
    },
    ListOpening {
        why: "the parties of a kind the event just counted, named in an apposition",
        needs_event: true,
        pattern: r"^\W*(?:(?:the|these|those)\s+(?:\d+\s+|[a-z]+\s+){0,2}|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s+(?:[\w-]+\s+){0,3}?)(?P<noun>individuals|entities|companies|firms|persons|people|men|women|brothers|nationals|executives|officials|vessels|tankers|ships|banks|insurers|lenders|airlines|aircraft|planes)\s*,\s+",
        must: &[
            "The two insurers, Orla Re and Vanta Insurance Company, were called dubious by Oslo.",
            "The two other individuals, Freedonian nationals Ivo Marek and Tova Lind, are accused of acting for the ministry.",
            "Three Hong Kong companies, Vanta Electronic (HK) Limited, Orla Components Limited and Halden Trading, were added too.",
        ],
        must_not: &["The companies, based in Dubai, denied any wrongdoing."],
    },
    ListOpening {
        why: "a passive designation, its names after a colon",
        needs_event: false,
        pattern: r"\b(?:were|was|are|is|been|be)\s+(?:also\s+)?(?:designated|sanctioned|listed|blacklisted|named|added)(?:\s+(?:today|on\s+\w+(?:\s+\d+)?|by\s+[^:;,]{1,30}|under\s+[^:;,]{1,40}|in\s+(?:the\s+|its\s+|their\s+)?(?:[\w'\x{2019}-]+\s+){0,2}(?:notice|order|list|annex|decision|decree|announcement|statement|regulations?|resolution)))?\s*:\s+",
        must: &[
            "Four firms owned by Orin were designated: Vanta S.A.; Orla Trading Inc.; and Halden S.A.E.",
            "Three officers were named in the government's notice: Colonel Ivo Marek, who led it; Major Pavel Orin; and Captain Tova Lind.",
        ],
        must_not: &["Four firms were designated: the rest are under review."],
    },
    ListOpening {
        why: "the one party of a kind the event just counted",
        needs_event: true,
        pattern: r"^\W*the\s+(?:[a-z]+\s+)?(?P<noun>official|individual|person|businessman|company|firm|entity|bank|vessel|tanker|ship)\s+(?:is|was)\s+",
        must: &[
            "The official is Pavel Orin, whom the ministry calls the army's chief buyer.",
            "The third company was Halden Trading, a Dubai-based broker.",
        ],
        must_not: &[
            "The company is based in Dubai.",
            "The vessel was seized in May.",
        ],
    },
    ListOpening {
        why: "the parties an event counted, listed in a relative clause",
        needs_event: true,
        pattern: r"\b(?P<noun>entities|companies|firms|individuals|persons|people|vessels|tankers|banks|officials),\s+(?:which|who)\s+(?:include|included|are|were)\s*:?\s+",
        must: &[
            "Exports to the 28 entities, which include Vanta Arms and Orla Freight, are banned.",
        ],
        must_not: &["Exports to the entities, which are based in Oslo, are banned."],
    },
    ListOpening {
        why: "it named the parties of a kind as, after an event",
        needs_event: true,
        pattern: r"\b(?:named|identified|listed)\s+(?:the\s+)?(?:\w+\s+)?(?P<noun>firms|companies|entities|individuals|people|persons|vessels|ships|tankers|banks|officials)\s+as\s+(?:including\s+)?",
        must: &[
            "The department named the firms as Vanta Trading AG of Zurich, Orla GmbH of Bonn, and Kestrel Co Ltd.",
            "The ministry named the companies as including Vanta Arms Inc and Orla Freight LLC.",
        ],
        must_not: &["The ministry named the companies as a threat to peace."],
    },
    ListOpening {
        why: "among the parties of a kind, however they are described, after an event",
        needs_event: true,
        pattern: r"^\W*among\s+(?:the|these|those|its|their)\s+[^,;:]{1,70}?\s+(?:are|were|is|was)\s*:?\s+",
        must: &[
            "Among the individuals is Ivo Marek, the general director of a drone plant.",
            "Among the ships identified as blocked property are the Sea Lark and the Red Heron.",
            "Among the Freedonian firms named by the Treasury and the State Department are Vanta Arms and Orla Freight.",
            "Among the tankers on the list are Sea Lark (IMO 9123456) and Red Heron.",
        ],
        must_not: &["Among the reasons given was a rise in smuggling."],
    },
    ListOpening {
        why: "among them, they, the targets",
        needs_event: true,
        pattern: r"^\W*(?:(?:(?:[\w-]+\s+){1,4}said\s+(?:that\s+)?)?among\s+them\s+LIST_VERB|(?:they|the\s+targets|targets)\s+LIST_VERB|it\s+(?:also\s+)?(?:includes|included|names|named|lists|listed)\s*:?\s+)",
        must: &[
            "Among them were General Ivo Marek and Tova Lind.",
            "Officials said among them are Ivo Marek, who runs a drone maker, and Orla Freight.",
            "It includes Daily Courier reporters Ivo Marek and Tova Lind.",
        ],
        must_not: &["They said the measures would hurt."],
    },
    ListOpening {
        why: "the acting office names the parties, after an event",
        needs_event: true,
        pattern: r"^\W*(?:the\s+)?(?:[\w.]+\s+){0,2}(?:department|treasury|ministry|office|council|agency|commission)\s+(?:also\s+)?(?:named|listed)\s+",
        must: &[
            "The Treasury Department named Ivo Marek, a former commander of the border guard, and Tova Lind.",
            "The ministry also named Vanta Arms and Orla Freight.",
        ],
        must_not: &["The department store named in the report closed."],
    },
    ListOpening {
        why: "the measures name their targets, after an event",
        needs_event: true,
        pattern: r"^\W*(?:the|these|today's|its|their)\s+(?:new\s+|renewed\s+|latest\s+)?(?:measures|actions|steps|penalties|restrictions|sanctions|orders)\s+(?:also\s+)?(?:target|hit|cover|name)s?\s+(?:the\s+)?",
        must: &[
            "The measures target Kestrel Air and its director Ivo Marek.",
            "The renewed orders cover Kestrel Air, Orla Aviation and Vanta Cargo Lines.",
            "Along with Pavel Orin, the sanctions cover Interior Minister Ivo Marek, his deputy Tova Lind, and Aron Feld.",
        ],
        must_not: &["The measures hit Norwegian exports hard."],
    },
    ListOpening {
        why: "it also added, after a listing",
        needs_event: true,
        pattern: r"^\W*(?:and\s+|separately,?\s+|also,?\s+)?(?:it|they|the\s+[\w-]+|[A-Z][\w.-]+)\s+(?:(?:also\s+|further\s+|then\s+)?added|also\s+named)\s+(?:the\s+)?",
        must: &[
            "It also added Vanta Co., Ltd. and Halden Trading \"for supplying drones.\"",
            "The department also named Ivo Marek, a Chilean national it called a broker, and Tova Lind, the head of Orla Freight.",
        ],
        must_not: &[
            "The board named Ivo Marek as its new chief.",
            "Reuters added that Ivo Marek would go.",
            "It added the measures were final.",
        ],
    },
    ListOpening {
        why: "more parties along with those put on a list",
        needs_event: true,
        pattern: ALONG_WITH,
        must: &[
            "It added Ivo Marek to its list of specially designated nationals, along with Pavel Orin, a banker, and Tova Lind.",
        ],
        must_not: &["The ministry updated its list, along with its guidance."],
    },
];

static LIST_OPENING_RES: LazyLock<Vec<regex::Regex>> = LazyLock::new(|| {
    LIST_OPENINGS
        .iter()
        .map(|o| {
            let p = o.pattern.replace("LIST_VERB", LIST_VERB);
            regex::Regex::new(&format!("(?i){p}")).expect("list opening compiles")
        })
        .collect()
});

/// The most words one item of a designation list may have: a name, not a clause.
const MAX_ITEM_WORDS: usize = 8;

/// Where the items of a designation list start in `sentence`, and their kind when its noun says
/// (`officials` -> individual), when the sentence opens such a list.
pub fn list_opening(sentence: &str, after_event: bool) -> Option<(usize, Option<&'static str>)> {
    // Away from an event only the openings that name a designation may match: one cheap scan first.
    if !after_event && !DESIGNATION_VERB.is_match(sentence) {
        return None;
    }
    let lead = LEADING_ADVERBIAL.find(sentence).map_or(0, |m| m.end());
    let c = LIST_OPENINGS
        .iter()
        .zip(LIST_OPENING_RES.iter())
        .filter(|(o, _)| after_event || !o.needs_event)
        .find_map(|(_, re)| re.captures(&sentence[lead..]))?;
    let kind = c
        .name("noun")
        .and_then(|n| n.as_str().split_whitespace().last())
        .and_then(type_of_noun)
        .filter(|&k| k != "state");
    Some((lead + c.get(0)?.end(), kind))
}

/// More parties named `along with` those a list opening gave, later in its sentence (`It added A and
/// B to its list, along with C, a banker, and D`).
pub fn items_along_with(
    sentence: &str,
    from: usize,
    caps: bool,
    kind: Option<&'static str>,
) -> Vec<Target> {
    let Some(re) = LIST_OPENINGS
        .iter()
        .zip(LIST_OPENING_RES.iter())
        .find(|(o, _)| o.pattern == ALONG_WITH)
        .map(|(_, re)| re)
    else {
        return Vec::new();
    };
    re.find_at(sentence, from)
        .map(|m| list_items(sentence, m.end(), caps, kind, false))
        .unwrap_or_default()
}

/// The list opening [`items_along_with`] reads, a row of [`LIST_OPENINGS`] too.
const ALONG_WITH: &str =
    r"\b(?:[Ll]ist|[Bb]lacklist|[Nn]ationals|[Ss]anctions\s+list),\s+(?:along|together)\s+with\s+";

/// The verbs every list opening that needs no event before it holds.
static DESIGNATION_VERB: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)sanctioned|designated|listed|targeted|blacklisted|specified|named|added|hit|affected|banned|included|frozen|blocked|seized",
    )
    .expect("designation verb compiles")
});

/// A sentence adverbial before a list opening (`According to the ministry, the list includes ...`,
/// `Separately, the entities designated are ...`), or the clause reporting it (`The ministry said the
/// targets included ...`).
static LEADING_ADVERBIAL: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"(?i)^\W*(?:the\s+)?(?:[\w.'\x{2019}-]+\s+){1,4}?(?:said|says|announced|noted)\s+(?:(?:on\s+)?\w+day\s+)?(?:that\s+)?|^\W*(?:(?:according\s+to|under|in|along\s+with|besides|in\s+addition\s+to|apart\s+from|as\s+(?:stated|said|noted|set\s+out|specified|announced)\s+(?:in|by))\s+[^,;:]{1,60}|separately|in\s+addition|meanwhile|additionally|also|further(?:more)?),\s+")
        .expect("leading adverbial compiles")
});

/// The names of a designation list in `[from, len)` of `sentence` (`Ivo Marek, Tova Lind and X LLC`),
/// or the one name an item cut off at a semicolon gives (`Tova Lind, deputy minister`): each item is
/// a short run of capitalised words, its description after a comma or a bracket dropped.
pub fn list_items(
    sentence: &str,
    from: usize,
    caps: bool,
    kind: Option<&'static str>,
    one: bool,
) -> Vec<Target> {
    if one {
        // Items cut at semicolons (`A; B, a banker; and C`): each is its name alone and its
        // description (`Oslo acted on Monday` is no item).
        let mut out = Vec::new();
        let mut at = from;
        for seg in sentence[from..].split_inclusive(';') {
            let lead = seg.len() - seg.trim_start().len();
            let body = seg.trim_start();
            let start = at + lead + if body.starts_with("and ") { 4 } else { 0 };
            let end = sentence[start..at + seg.len()]
                .find([',', '(', ';'])
                .map_or(at + seg.len(), |i| start + i);
            if let Some((a, b)) = trim_name(sentence, start, end, caps) {
                // The item is the name, perhaps after lower-case words that describe it (`his
                // cousin Ivo Marek`); words after it end the item (`Vanta S.A.` keeps its period).
                let tail = sentence[b..end].trim().trim_end_matches('.');
                let lead = if tail.is_empty() {
                    sentence[start..a].trim()
                } else {
                    "-"
                };
                // ... or a title (`former Ruritanian President Ivo Marek`).
                let titled = || {
                    lead.split_whitespace().count() <= 5
                        && lead
                            .split_whitespace()
                            .last()
                            .is_some_and(|w| INNER_TITLES.contains(&w))
                };
                if lead
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_lowercase))
                    || titled()
                {
                    out.push((a, b));
                }
            }
            at += seg.len();
        }
        return to_items(sentence, out, kind);
    }
    let rest = &sentence[from..];
    let start = from + (rest.len() - rest.trim_start().len());
    // `A (IMO 9123456), B (Ortega) and C`: an item's bracketed detail neither ends the list nor
    // splits it, so the list is cut on a copy with such brackets blanked out (same byte offsets).
    let plain = blank_item_brackets(sentence, start);
    let end = LIST_END
        .find(&plain[start..])
        .map_or(sentence.len(), |m| start + m.start());
    // `X SA, known as GAESA, ...`: an item after `known as` is the one before it, named again.
    let spans: Vec<(usize, usize)> = split_list(&plain, start, end, caps)
        .into_iter()
        .filter(|&(a, b)| {
            !modifies_kind(&plain[b..end])
                && !crate::extract::slot_names::alias_before(crate::text::window_before(
                    sentence, a, 40,
                ))
        })
        .collect();
    // The list starts where its opening ends, after a title, a kind or a place (`businessman Ivo
    // Marek`; `It added that Ivo Marek ...` opens none).
    let opens = spans
        .first()
        .is_some_and(|&(a, _)| opens_items(&plain[start..a]));
    let items = if opens {
        let mut spans = without_appositions(sentence, start, spans);
        if let Some(last) = after_apposition(sentence, start, caps).filter(|s| !spans.contains(s)) {
            spans.push(last);
        }
        to_items(sentence, spans, kind)
    } else {
        Vec::new()
    };
    // `The list includes Freedonian arms makers as well as Vanta Arms`: the names after a
    // description of the kind listed.
    match LIST_GOES_ON.find(&sentence[start..end]) {
        Some(m) if items.is_empty() && m.start() > 0 => {
            list_items(sentence, start + m.end(), caps, kind, false)
        }
        _ => items,
    }
}

/// `Freedonian arms makers as well as Vanta Arms`: the name is a word describing the kind of party
/// its item ends in (lower-case words up to the item's end, the last a noun of a party's kind).
fn modifies_kind(rest: &str) -> bool {
    let item = LIST_SEPARATORS
        .find(rest)
        .map_or(rest, |m| &rest[..m.start()]);
    let words: Vec<&str> = item.split_whitespace().collect();
    !words.is_empty()
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_lowercase()))
        && words
            .last()
            .is_some_and(|w| party_noun(w.trim_end_matches(|c: char| !c.is_alphanumeric())))
}

/// Whether the words between a list's opening and its first name let the list start there: a title, a
/// kind or a place (`businessman Ivo Marek`), or any words ending in a noun of a party's kind (`the
/// Freedonian defense company Vanta Arms`), after any items that gave no name (`the 4th Depot, ...`).
/// `It added that Ivo Marek ...` opens none.
fn opens_items(gap: &str) -> bool {
    let tail = last_piece(gap);
    let words: Vec<&str> = tail.split_whitespace().collect();
    let kind_noun = |w: &str| party_noun(w.trim_end_matches(','));
    // ... or a title right before the name (`former Army chief General Ivo Marek`).
    let titled = words.len() <= 8
        && words
            .last()
            .is_some_and(|w| INNER_TITLES.contains(&bare_word(w)));
    // ... or an occupation before a name (`pop singer Ivo Marek`): a few lower-case content words.
    let occupation = (1..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_lowercase()) && !NOT_OCCUPATION.contains(w));
    let described =
        words.last().is_some_and(|w| kind_noun(w)) && words.len() <= 6 || titled || occupation;
    // `the heads of two Freedonian firms [that ...], Ivo Marek and Tova Lind`: the names after a
    // description of the parties, its clause blanked.
    let after_description = tail.trim().is_empty()
        && gap
            .trim_end()
            .strip_suffix(',')
            .and_then(|g| g.split_whitespace().last())
            .is_some_and(kind_noun);
    described
        || after_description
        || (tail.len() == gap.len() || !words.is_empty())
            && words.iter().all(|w| {
                // `the`, and `of` inside a title (`Minister of Internal Affairs Ivo Marek`).
                w.eq_ignore_ascii_case("the")
                    || *w == "of"
                    || w.starts_with(|c: char| c.is_uppercase())
                    || place_prefix(w)
                    || kind_noun(w)
            })
}

/// Lower-case words that make a gap before a name a clause, not an occupation (`added that`).
const NOT_OCCUPATION: &[&str] = &[
    "that", "which", "who", "whom", "whose", "to", "for", "said", "says", "is", "are", "was",
    "were", "has", "have", "had", "will", "would", "by", "with", "from", "on", "in", "at", "as",
    "of", "and", "or", "but", "also", "not", "its", "their", "his", "her", "a", "an",
];

/// The text after the last list separator of `gap` (all of it when there is none).
fn last_piece(gap: &str) -> &str {
    LIST_SEPARATORS
        .find_iter(gap)
        .last()
        .map_or(gap, |m| &gap[m.end()..])
}

/// The list's spans less the names inside an item's apposition (`Ivo Marek, chief executive of the
/// drone maker Vanta Arms`, `Tova Lind, an adviser at Kestrel Bank`): a piece that opens with `a`/`an`
/// or has a preposition before its name describes the item before it.
fn without_appositions(
    sentence: &str,
    start: usize,
    spans: Vec<(usize, usize)>,
) -> Vec<(usize, usize)> {
    let mut prev = start;
    let mut out = Vec::new();
    let alone = spans.len() == 1;
    for (a, b) in spans {
        // The item's own piece: after the last separator (a described item may come between).
        let gap = last_piece(&sentence[prev..a]);
        // `the director of Orla Freight`: a run that opens on a small word hangs on a description.
        let described = sentence[a..b].starts_with(char::is_lowercase)
            || gap.starts_with("a ")
            || gap.starts_with("an ")
            || gap.split_whitespace().any(|w| {
                matches!(
                    w,
                    "of" | "at" | "for" | "with" | "in" | "to" | "from" | "by"
                )
            });
        // A described first item stands when it is the list's only name or its words a title
        // (`Minister of Internal Affairs Ivo Marek`); else, before other names, it is the
        // description of the one that follows (`the director of Halden AS, Ivo Marek, and ...`).
        let title = gap
            .split_whitespace()
            .all(|w| matches!(w, "the" | "of") || w.starts_with(char::is_uppercase));
        if !described || out.is_empty() && prev == start && (alone || title) {
            out.push((a, b));
        }
        prev = b;
    }
    out
}

/// A relative clause opening after a list item (`, which`, `, who`), and the longest one blanked.
static RELATIVE_ITEM: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r",\s+(?:which|who|whose|whom|an?)\s|\sthat\s")
        .expect("relative item compiles")
});
const MAX_RELATIVE_ITEM: usize = 120;

/// The longest bracketed detail of a list item that is blanked out (`(IMO 9123456)`, `(born 1971)`).
const MAX_ITEM_BRACKET: usize = 60;

/// `sentence` with each short bracket after `from` that closes a list item (it is followed by a
/// comma, `and`, a semicolon or the end) turned into spaces; byte offsets are unchanged.
fn blank_item_brackets(sentence: &str, from: usize) -> std::borrow::Cow<'_, str> {
    let mut bytes: Option<Vec<u8>> = None;
    let mut at = from;
    while let Some(open) = sentence[at..].find('(').map(|i| at + i) {
        let Some(close) = sentence[open..].find(')').map(|i| open + i) else {
            break;
        };
        let inner = &sentence[open + 1..close];
        let after = sentence[close + 1..].trim_start();
        let ends_item =
            after.is_empty() || after.starts_with([',', ';', '.']) || after.starts_with("and ");
        if ends_item && close - open <= MAX_ITEM_BRACKET && !inner.contains('(') {
            let b = bytes.get_or_insert_with(|| sentence.as_bytes().to_vec());
            b[open..=close].fill(b' ');
        }
        at = close + 1;
    }
    // `A, which manages two ships, Hong Kong-based B and C`: a relative clause describing an item,
    // when another item follows it, is blanked too.
    let mut at = from;
    while let Some(m) = RELATIVE_ITEM.find(&sentence[at..]) {
        let open = at + m.start();
        let Some(close) = sentence[at + m.end()..].find(',').map(|i| at + m.end() + i) else {
            break;
        };
        let next = sentence[close + 1..].trim_start();
        let next = next.strip_prefix("and ").unwrap_or(next);
        let next = next.strip_prefix("as well as ").unwrap_or(next);
        let next = next.strip_prefix("the ").unwrap_or(next);
        // ... or another item after a few words that describe it (`, and a bank in Georgia, Orla
        // Bank`, `as well as deputy secretary Ivo Marek`).
        let item_follows = next
            .split_whitespace()
            .take(5)
            .any(|w| w.starts_with(|c: char| c.is_uppercase()))
            || next.split_whitespace().next().is_some_and(place_prefix);
        if item_follows && close - open <= MAX_RELATIVE_ITEM {
            let b = bytes.get_or_insert_with(|| sentence.as_bytes().to_vec());
            b[open..close].fill(b' ');
        }
        at = close;
    }
    // `the group known to researchers as Fancy Bear`: an alias's `to` ends no list.
    let mut at = from;
    while let Some(i) = sentence[at..].find(" known to ").map(|i| at + i) {
        let to = i + " known ".len();
        let b = bytes.get_or_insert_with(|| sentence.as_bytes().to_vec());
        b[to..to + 2].fill(b' ');
        at = to + 2;
    }
    match bytes {
        // Only whole brackets, clauses and ASCII words became spaces, all their bytes: still UTF-8.
        Some(b) => {
            std::borrow::Cow::Owned(String::from_utf8(b).unwrap_or_else(|_| sentence.to_string()))
        }
        None => std::borrow::Cow::Borrowed(sentence),
    }
}

/// The words after a described kind that go on to the names listed (`arms makers as well as X`).
static LIST_GOES_ON: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"\b(?:as\s+well\s+as|including|such\s+as)\s+")
        .expect("list goes on compiles")
});

/// `A, a defense contractor responsible for jets, and B, which makes radars`: an item's description
/// may hold words that end a list (`for`), so the item after it is found past the description. The
/// last item may name whom it works for (`and General C of the Chilean army`).
static AFTER_APPOSITION: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"^[^;:]*?,\s+(?:a|an|the|which|who|whose|known)\s[^;:]*?,\s+and\s+(?:the\s+)?(?:(?:[A-Z][\w-]*\s+)?[a-z][\w-]*\s+)?(?P<name>[A-Z][\w.&'\x{2019}-]*(?:\s+[A-Z][\w.&'\x{2019}-]*){0,5})(?:,|\.|$|\s+(?:which|who)\b|\s+of\s+(?:the\s+|an?\s+)?(?:[A-Z][\w'\x{2019}-]*\s+)*[a-z]+\b)")
        .expect("apposition pattern compiles")
});

/// The last item of a list in `sentence` from `start` that follows a described item, if any.
fn after_apposition(sentence: &str, start: usize, caps: bool) -> Option<(usize, usize)> {
    let c = AFTER_APPOSITION.captures(&sentence[start..])?;
    let m = c.name("name")?;
    trim_name(sentence, start + m.start(), start + m.end(), caps)
}

/// Where a list of names on one line ends: a bracket, a colon, a quote, a reason or a destination
/// (`X and Y "for supplying ..."`, `X, based on ...`, `X to the Entity List`).
static LIST_END: LazyLock<regex::Regex> = LazyLock::new(|| {
    // A bracket holding only an acronym (`Poly Asia Ltd. (PAL) and ...`) and `for` before a capital
    // (`Hefei Laboratory for Physical Sciences`) are inside the list.
    regex::Regex::new(r#"[;:"\x{201c}]|\((?:[^A-Z]|[A-Z][\w.&-]{0,12}[^\w.&)-])|,\s+(?:which|who|whose)\s|\s(?:for\s+[^A-Z\s]|(?:based on|over|because|after|pursuant to|under|in connection with|to|all located|located|as part of)\s)"#)
        .expect("list end compiles")
});

/// Where the item of a bulleted or numbered line starts (`- `, `\u{2022} `, `* `, `3. `, `3) `), if
/// the line opens with such a mark.
fn bullet_end(line: &str) -> Option<usize> {
    let body = line.trim_start();
    let lead = line.len() - body.len();
    // A table row (`SEA LARK | 9312456 | Panama`) is an item too, its first cell the name.
    if crate::text::data_row(body) {
        return Some(lead);
    }
    let digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let mark = if (1..=3).contains(&digits) && body[digits..].starts_with(['.', ')']) {
        digits + 1
    } else {
        body.chars()
            .next()
            .filter(|c| {
                matches!(
                    c,
                    '-' | '*' | '\u{2022}' | '\u{b7}' | '\u{2013}' | '\u{25aa}'
                )
            })?
            .len_utf8()
    };
    let rest = &body[mark..];
    let gap = rest.len() - rest.trim_start().len();
    (gap > 0).then_some(lead + mark + gap)
}

/// The names of the bulleted lines of `text` (`- Volna Trade LLC (Russia)`, `- SEA PRIDE (IMO
/// 9176547)`): each line's name alone, its description after a bracket, comma or colon dropped.
pub fn bullet_items(text: &str, caps: bool, kind: Option<&'static str>) -> Vec<Target> {
    let mut items = Vec::new();
    let mut off = 0;
    for line in text.split_inclusive('\n') {
        let at = off;
        off += line.len();
        let Some(b) = bullet_end(line) else { continue };
        // `* the vessel BAHJA (IMO 9104321), flagged in Palau`: the craft's kind opens the item, and
        // an IMO number after the name makes it a ship.
        let (b, craft) = match CRAFT_OPENING.find(&line[b..]) {
            Some(m) => (b + m.end(), Some(craft_kind(m.as_str()))),
            None => (b, None),
        };
        let end = item_end(line, b);
        let imo = line[end..].trim_start().starts_with("(IMO");
        let kind = craft.or(imo.then_some("vessel")).or(kind);
        let item = line[b..end].trim().trim_end_matches('.');
        if let Some((x, y)) = trim_name(text, at + b, at + end, caps) {
            if text[x..y].trim_end_matches('.') == item {
                items.extend(to_items(text, vec![(x, y)], kind));
            }
        }
    }
    items
}

/// A bulleted item's opening naming a ship's or a plane's kind (`the vessel`, `the tanker`).
static CRAFT_OPENING: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"^(?i:the\s+)?(?i:(?:oil\s+|crude\s+|chemical\s+)?(?:vessel|tanker|ship|bulk\s+carrier|cargo\s+ship)|aircraft|plane|jet)\s+")
        .expect("craft opening compiles")
});

/// The kind a craft opening names.
fn craft_kind(opening: &str) -> &'static str {
    let o = opening.to_ascii_lowercase();
    if o.contains("aircraft") || o.contains("plane") || o.contains("jet") {
        "aircraft"
    } else {
        "vessel"
    }
}

/// Where the name of the bulleted line's item from `b` ends: at a bracket, comma, colon or dash that
/// opens its description, but not at the comma of its legal form (`Vanta Trading Co., Ltd.`).
fn item_end(line: &str, b: usize) -> usize {
    let cuts = ['(', ',', ';', ':', '|', '\n', '\u{2013}', '\u{2014}'];
    line[b..]
        .match_indices(cuts)
        .find(|&(i, m)| m != "," || !legal_form_opens(&line[b + i + 1..]))
        .map_or(line.len(), |(i, _)| b + i)
}

/// Whether `text` holds a bulleted line.
pub fn has_bullets(text: &str) -> bool {
    text.split('\n').any(|l| bullet_end(l).is_some())
}

/// The kind the last target noun of `text` gives (`the following entities:` -> organization).
pub fn last_kind(text: &str) -> Option<&'static str> {
    text.split_whitespace()
        .rev()
        .take(6)
        .filter_map(|w| type_of_noun(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .find(|&k| k != "state")
}

/// The spans of list items that are short runs of capitalised words, as targets of their kind.
fn to_items(sentence: &str, spans: Vec<(usize, usize)>, kind: Option<&'static str>) -> Vec<Target> {
    spans
        .into_iter()
        .filter(|&(a, b)| {
            let words: Vec<&str> = sentence[a..b].split_whitespace().collect();
            words.len() <= MAX_ITEM_WORDS
                && words.iter().map(|w| without_particle(w)).all(|w| {
                    // `Vanta Research (Shanghai) Inc.`: a bracketed word inside a firm's name.
                    w.trim_start_matches('(')
                        .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '"')
                        || w == "at"
                        || crate::extract::slot_names::CONNECTORS.contains(&w) && w != "the"
                })
        })
        .map(|(a, b)| Target {
            name: sentence[a..b].to_string(),
            kind: kind_in(sentence, a, b, kind).to_string(),
        })
        .collect()
}

/// The target type a named target's kind gives.
pub fn type_of_kind(kind: &str) -> &'static str {
    match kind {
        "individual" => "individual",
        "vessel" => "vessel",
        "aircraft" => "aircraft",
        _ => "organization",
    }
}

/// A word in capitals that is no part of a name: a very common English word, a sanctions word, a place.
fn caps_non_name(w: &str) -> bool {
    const STEMS: &[&str] = &[
        "SANCTION",
        "DESIGNAT",
        "BLACKLIST",
        "EMBARGO",
        "IMPOS",
        "TARIFF",
        "BAN",
        "FREEZ",
        "FROZE",
        "TARGET",
        "PENALI",
        "ORDER",
        "ADD",
    ];
    // A legal form is part of the name however common the word (`CO` in `TOSHIBA MACHINE CO LTD`).
    if ORG_SUFFIXES.contains(w) || matches!(w, "CO" | "CORP" | "INC" | "LTD") {
        return false;
    }
    crate::clean::glue::word_zipf(&w.to_ascii_lowercase()) >= 5.0
        || STEMS.iter().any(|p| w.starts_with(p))
        || !crate::extract::countries::find_mentions(w, true).is_empty()
}

/// `sanctioned Hamas financiers X and Y`, `Rosneft subsidiary X`: a name right before a lower-case noun
/// of people or of a dependent firm says whose the targets are; it is none itself (`the Vostra agency`
/// is the agency's name).
pub(super) fn modifies_noun(sentence: &str, end: usize) -> bool {
    let mut rest = &sentence[end..];
    // `Vostra and Orla leaders`: each name of a pair before the noun modifies it.
    if let Some(after) = rest.strip_prefix(" and ") {
        let next = after.split_whitespace().next().unwrap_or("");
        if next.starts_with(|c: char| c.is_uppercase()) {
            rest = &after[next.len()..];
        }
    }
    let mut words = rest.split_whitespace();
    let Some(w) = words
        .next()
        .filter(|w| rest.starts_with(' ') && w.starts_with(|c: char| c.is_lowercase()))
    else {
        return false;
    };
    let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
    // `the Vostra cartel leader X`: the kind of the party, then its people.
    let mut people_of_kind = || {
        !w.ends_with('s')
            && type_of_noun(w) == Some("organization")
            && words
                .next()
                .is_some_and(|n| type_of_noun(n.trim_end_matches(',')) == Some("individual"))
    };
    type_of_noun(w) == Some("individual")
        || matches!(
            w,
            "subsidiary"
                | "subsidiaries"
                | "affiliate"
                | "affiliates"
                | "front"
                | "fronts"
                | "chief"
                | "chiefs"
                | "head"
                | "boss"
                | "bosses"
                | "justice"
                | "justices"
                | "spokesman"
                | "spokeswoman"
                | "spokesperson"
        )
        || people_of_kind()
}

/// Named targets of the shapes in [`NAME_SHAPES`] in one sentence that holds a sanctions event;
/// `phrases`: the target phrases of the event (`[start, end)` in the sentence).
/// `trigger`: where the event's trigger starts in the sentence.
pub fn shaped_names(
    sentence: &str,
    caps: bool,
    phrases: &[(usize, usize)],
    trigger: usize,
) -> Vec<Target> {
    names_of_shapes(sentence, caps, phrases, Some(trigger))
}

/// Named targets of the [`NAME_SHAPES`] read `alone`, in a sentence with no trigger of its own that
/// continues an announcement (`The actions of Vanta Co and Orla Inc involve ...`).
pub fn announced_names(sentence: &str, caps: bool) -> Vec<Target> {
    let mut names = names_of_shapes(sentence, caps, &[(0, sentence.len())], None);
    if !caps {
        for t in introduced_names(sentence) {
            if !names.iter().any(|n| n.name == t.name) {
                names.push(t);
            }
        }
    }
    names.retain(|t| {
        // `Rival Halden Co was not affected`: the capitalised word opening the sentence says whose
        // rival the party is.
        let rival = t.name.split_whitespace().next().is_some_and(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "rival" | "rivals" | "competitor" | "competitors" | "peer"
            )
        });
        !rival
            && sentence.match_indices(t.name.as_str()).all(|(at, _)| {
                !RELATED_OF.is_match(&sentence[..at])
                    && !NOT_REACHED.is_match(&sentence[at + t.name.len()..])
            })
    });
    names
}

/// `X was not affected by the order`: a party the measure leaves out, right after its name (or after
/// the legal form the name was read without, `X Co` of `X Co Ltd`).
static NOT_REACHED: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"(?i)^(?:\s+(?-i:[A-Z])[\w.]*)?\W*(?:was|were|is|are|has|have)\s+not\s+(?:been\s+)?(?:affected|targeted|sanctioned|included|named|listed|covered|hit)\b")
        .expect("not-reached pattern compiles")
});

/// A full name and the short form in brackets a release goes on to call the party by.
static INTRODUCED: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"(?P<name>\p{Lu}[\w.'\x{2019}-]+(?:\s+(?:de\s+|del\s+|de\s+la\s+|y\s+|bin\s+|al-)?\p{Lu}[\w.'\x{2019}-]+){1,5})\s+\((?P<short>\p{Lu}[\w.'\x{2019}-]+(?:\s+\p{Lu}[\w.'\x{2019}-]+){0,2})\)")
        .expect("introduced-name pattern compiles")
});

/// `..., Luz Elena Varga Soto (Varga), who is the legal representative of ...`: a release introduces
/// each designee, wherever in the sentence, by full name and the short form it uses after, a form
/// made of the name's own words (initials, as in `Office of Foreign Assets Control (OFAC)`, are an
/// acronym, not a designee's short name).
fn introduced_names(sentence: &str) -> Vec<Target> {
    let mut out = Vec::new();
    for c in INTRODUCED.captures_iter(sentence) {
        let (Some(name), Some(short)) = (c.name("name"), c.name("short")) else {
            continue;
        };
        let words: Vec<&str> = name.as_str().split_whitespace().collect();
        let own = short
            .as_str()
            .split_whitespace()
            .all(|w| words.contains(&w));
        if !own || short.as_str() == name.as_str() {
            continue;
        }
        if let Some((a, b)) = trim_name(sentence, name.start(), name.end(), false) {
            out.push(Target {
                name: sentence[a..b].to_string(),
                kind: kind_in(sentence, a, b, None).to_string(),
            });
        }
    }
    out
}

/// A party whose unit or partner is meant (`three affiliates of Vanta Ltd`, `suppliers such as Orla
/// Inc`, `its rival Halden Co`), or market talk about a firm (`shares of Vanta Corp fell`, `analysts at
/// Orla Inc`), right before a name: in a sentence with no event of its own, the name itself is no
/// target.
static RELATED_OF: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"(?i)\b(?:(?:affiliates?|subsidiar(?:y|ies)|units?|branch(?:es)?|customers?|clients?|partners?|suppliers?|shareholders?|parent)\s+(?:of|to)|(?:shares?|stocks?|bonds?)\s+(?:of|in)|(?:analysts?|economists?|strategists?|traders?)\s+(?:at|with)|(?:suppliers?|customers?|clients?|partners?|rivals?|competitors?|peers?)\s+(?:such\s+as|like|including)|\b(?:its|their)\s+(?:rivals?|competitors?|peers?))\s+(?:the\s+)?$")
        .expect("related-of pattern compiles")
});

/// The names of the shapes read at `trigger`, or of those read `alone` when there is none.
fn names_of_shapes(
    sentence: &str,
    caps: bool,
    phrases: &[(usize, usize)],
    trigger: Option<usize>,
) -> Vec<Target> {
    let mut out: Vec<Target> = Vec::new();
    for (shape, re) in NAME_SHAPES.iter().zip(NAME_SHAPE_RES.iter()) {
        if caps && !shape.in_caps || trigger.is_none() && !shape.alone {
            continue;
        }
        // A phrase-only shape is matched inside each phrase, so a run of capitals cannot start before
        // it (`ON TOSHIBA MACHINE CO LTD` in capitals).
        let whole = [(0, sentence.len())];
        let regions = if shape.phrase_only {
            phrases
        } else {
            &whole[..]
        };
        for c in regions
            .iter()
            .flat_map(|&(a, b)| re.captures_iter(&sentence[a..b]).map(move |c| (a, c)))
        {
            let (at, c) = c;
            let Some(list) = c.name("list") else { continue };
            if shape.at_trigger && c.get(0).map(|m| at + m.start()) != trigger {
                continue;
            }
            let (ls, mut le) = (at + list.start(), at + list.end());
            // `sanctions on Ruritania, and Ivo Marek asked ...`: a list ends with the phrase it opens in.
            if let Some(&(_, b)) = phrases.iter().find(|&&(a, b)| ls >= a && ls < b) {
                le = le.min(b);
            }
            let mut names = split_list(sentence, ls, le, caps);
            // `sanctions against X, Prime Minister Y said`: the last name speaks, it is no target.
            // (A speaker that is no name, `Oslo said`, was dropped already: the name before it stays.)
            if REPORTING.is_match(&sentence[le..])
                && names
                    .last()
                    .is_some_and(|&(_, b)| sentence[b..le].trim().is_empty())
            {
                names.pop();
            }
            for (a, b) in names {
                let name = &sentence[a..b];
                if out.iter().any(|t| t.name == name)
                    || shape.kind.is_none() && modifies_noun(sentence, b)
                {
                    continue;
                }
                out.push(Target {
                    name: name.to_string(),
                    kind: kind_in(sentence, a, b, shape.kind).to_string(),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {

    /// The names the shapes find with each trigger of the sentence in turn, as the role reader asks.
    fn names_at_triggers(sentence: &str, caps: bool, phrases: &[(usize, usize)]) -> Vec<String> {
        let trigger = regex::Regex::new(
            r"(?i)\b(sanction|designat|blacklist|froze|freez|tariff|boycott|embargo|restriction)",
        )
        .expect("test pattern compiles");
        let mut got = Vec::new();
        for m in trigger.find_iter(sentence) {
            for t in shaped_names(sentence, caps, phrases, m.start()) {
                if !got.contains(&t.name) {
                    got.push(t.name);
                }
            }
        }
        got
    }

    /// `General` and `United` open a firm's name when the run ends as a firm's does; before a person
    /// they stay a rank or no name.
    #[test]
    fn firm_names_opening_with_a_title_word() {
        let run = |p: &str| name_run(p, false).map(|(a, b)| p[a..b].to_string());
        assert_eq!(
            run("General Vantadyne Land Systems").as_deref(),
            Some("General Vantadyne Land Systems")
        );
        assert_eq!(
            run("United Orlo Shipbuilding Corporation").as_deref(),
            Some("United Orlo Shipbuilding Corporation")
        );
        assert_eq!(run("General Ivo Marek").as_deref(), Some("Ivo Marek"));
    }

    /// A month that is also a surname ends a person's name, not after a firm's legal form or a comma.
    #[test]
    fn a_surname_that_is_a_month() {
        let run = |p: &str| {
            name_run(p, false).map(|(a, b)| p[a..b].trim_end_matches([',', '.']).to_string())
        };
        assert_eq!(run("Tova May").as_deref(), Some("Tova May"));
        assert_eq!(
            run("Tova May, a former minister").as_deref(),
            Some("Tova May")
        );
        assert_eq!(run("Vanta Ltd. May").as_deref(), Some("Vanta Ltd"));
        assert_eq!(run("Tova Lind, May").as_deref(), Some("Tova Lind"));
    }

    /// Every name shape on its own examples: the `must` names are found, the `must_not` ones are not.
    #[test]
    fn name_shape_examples() {
        for shape in NAME_SHAPES {
            for (sentence, names) in shape.must {
                let caps = crate::extract::countries::mostly_caps(sentence);
                let whole = [(0, sentence.len())];
                let mut got = names_at_triggers(sentence, caps, &whole);
                // A shape read alone finds its names in a sentence with no trigger too.
                if shape.alone {
                    got.extend(announced_names(sentence, caps).into_iter().map(|t| t.name));
                }
                for n in *names {
                    assert!(
                        got.iter().any(|g| g == n),
                        "{}: {n} in {got:?} ({sentence})",
                        shape.why
                    );
                }
            }
            for (sentence, names) in shape.must_not {
                // Target phrases: after the trigger's preposition only, as the role reader cuts them.
                let phrases: Vec<(usize, usize)> = sentence
                    .find(" on ")
                    .map(|i| (i + 4, sentence.len()))
                    .into_iter()
                    .collect();
                let got = names_at_triggers(sentence, false, &phrases);
                for n in *names {
                    assert!(
                        !got.iter().any(|g| g == n),
                        "{}: {n} in {got:?} ({sentence})",
                        shape.why
                    );
                }
            }
        }
    }

    /// A bulleted item opening with a craft's kind (`the tanker X`) or followed by an IMO number is a
    /// ship; a plane's kind makes it an aircraft.
    #[test]
    fn bulleted_craft_items() {
        let text = "* the tanker NORDIC HAVEN (IMO 9123456), flagged in Gabon;\n* Orla Star (IMO 9234567), a bulk carrier;\n* the aircraft EP-ABC, an Airbus A320;\n* Vanta Freight LLC, its owner.\n";
        let got: Vec<(String, String)> = bullet_items(text, false, None)
            .into_iter()
            .map(|t| (t.name, t.kind))
            .collect();
        let want = [
            ("NORDIC HAVEN", "vessel"),
            ("Orla Star", "vessel"),
            ("EP-ABC", "aircraft"),
            ("Vanta Freight LLC", "organization"),
        ];
        for (n, k) in want {
            assert!(
                got.contains(&(n.to_string(), k.to_string())),
                "{n}: {got:?}"
            );
        }
    }

    /// Every list opening on its own examples: a `must` sentence opens a list with items, a `must_not`
    /// one gives none.
    #[test]
    fn list_opening_examples() {
        for o in LIST_OPENINGS {
            for s in o.must {
                let (from, kind) =
                    list_opening(s, true).unwrap_or_else(|| panic!("{}: {s}", o.why));
                let items = if has_bullets(&s[from..]) {
                    bullet_items(&s[from..], false, kind)
                } else {
                    list_items(s, from, false, kind, s[from..].contains(';'))
                };
                assert!(!items.is_empty(), "{}: no items in {s}", o.why);
            }
            for s in o.must_not {
                let items = list_opening(s, true)
                    .map(|(from, kind)| list_items(s, from, false, kind, false))
                    .unwrap_or_default();
                assert!(items.is_empty(), "{}: {items:?} in {s}", o.why);
            }
        }
    }

    /// The names of the list a sentence opens (from its start when no opening is found).
    fn names_after_opening(t: &str) -> Vec<String> {
        let (from, kind) = list_opening(t, true).unwrap_or((0, None));
        list_items(t, from, false, kind, false)
            .into_iter()
            .map(|n| n.name)
            .collect()
    }

    /// The last item after a described one may name whom it works for, behind a title or rank.
    #[test]
    fn the_last_item_may_name_its_employer() {
        let t =
            "The list includes Ivo Marek, a field commander, and Brigadier General Lena Holm of \
                 the Chilean army, who heads a directorate.";
        assert_eq!(names_after_opening(t), vec!["Ivo Marek", "Lena Holm"]);
        let t = "The list includes Tova Lind, a deputy minister, and Professor Daniel Vik of a \
                 Chilean university, an adviser.";
        assert_eq!(names_after_opening(t), vec!["Tova Lind", "Daniel Vik"]);
        // ... or its occupation, after the place it is from.
        let t =
            "The list includes Tova Lind, who ran the port, and British parliamentarian Edward \
                 Holm, a supporter of the sales.";
        assert_eq!(names_after_opening(t), vec!["Tova Lind", "Edward Holm"]);
    }

    /// Firms' names as Asian and Turkish registries write them: a bracketed place before the legal
    /// form, `Co. Ltd.` without its comma, `ve` joining two words, the Turkish form `A.S.`.
    #[test]
    fn registry_shaped_firm_names_stay_whole() {
        let t = "The firms include Vanta Research (Shanghai) Inc., Halden Technology Co. Ltd. and Orla Denizcilik ve Ticaret A.S., all of them brokers.";
        assert_eq!(
            names_after_opening(t),
            vec![
                "Vanta Research (Shanghai) Inc.",
                "Halden Technology Co. Ltd.",
                "Orla Denizcilik ve Ticaret A.S."
            ]
        );
        // An acronym in brackets with no legal form after it is still no part of the name.
        let t = "The firms include Vanta Security Service (VSS) and Orla Freight.";
        assert_eq!(
            names_after_opening(t),
            vec!["Vanta Security Service", "Orla Freight"]
        );
    }

    /// `of` and where a party is or whom a person works for is no part of the name; `of` inside an
    /// official name is.
    #[test]
    fn an_affiliation_after_of_is_no_part_of_the_name() {
        assert_eq!(
            before_affiliation("Vanta Trading Ltd of Zurich"),
            Some("Vanta Trading Ltd")
        );
        assert_eq!(
            before_affiliation("Ivo Marek of Daily Courier"),
            Some("Ivo Marek")
        );
        assert_eq!(
            before_affiliation("VANTA EXPORT CORP OF PANAMA CITY"),
            Some("VANTA EXPORT CORP")
        );
        for whole in [
            "Central Bank of Norway",
            "University of Tromso",
            "Islamic Republic of Iran Shipping Lines",
            "Ministry of Defence",
        ] {
            assert_eq!(before_affiliation(whole), None, "{whole}");
        }
    }

    #[test]
    fn an_owner_before_a_possessive_is_no_part_of_the_name() {
        assert_eq!(
            after_owner("Hong Kong's Vanta Shipping Co Ltd"),
            Some("Vanta Shipping Co Ltd")
        );
        assert_eq!(
            after_owner("Kong's Vanta Shipping Co"),
            Some("Vanta Shipping Co")
        );
        assert_eq!(
            after_owner("OSLO'S VANTA TRADING A.G."),
            Some("VANTA TRADING A.G.")
        );
        assert_eq!(after_owner("McDonald's Corp"), None);
        // A form written first marks a firm as a form written last does: `of` then says where it is.
        assert_eq!(
            before_affiliation("OOO Vanta Management of St Petersburg"),
            Some("OOO Vanta Management")
        );
        assert_eq!(before_affiliation("Bank of Vanta"), None);
        // A place of several words before its describing word is no part of the name either.
        assert_eq!(
            after_place_words("Hong Kong-based Orla Trading Ltd"),
            Some("Orla Trading Ltd")
        );
        assert_eq!(
            after_place_words("Dubai-registered Vanta FZE"),
            Some("Vanta FZE")
        );
        assert_eq!(after_place_words("Orla Trading Ltd"), None);
        assert_eq!(after_place_words("the Dubai-based"), None);
        assert_eq!(after_owner("MCDONALD'S CORP"), None);
        assert_eq!(after_owner("Vanta Shipping"), None);
        assert!(ends_in_legal_form("Orla Ship Management FZE"));
        assert!(!ends_in_legal_form("Orla Ship"));
    }

    #[test]
    fn a_relative_clause_ends_a_list() {
        let t = "Also listed is Vanta Arms, which President Ivo Marek sanctioned in May.";
        assert_eq!(names_after_opening(t), vec!["Vanta Arms"]);
        let t = "Also listed are Vanta Arms, which makes radars, and Orla Freight.";
        assert_eq!(names_after_opening(t), vec!["Vanta Arms", "Orla Freight"]);
        let t = "The list includes Freedonian arms makers as well as Vanta Arms, a state exporter.";
        assert_eq!(names_after_opening(t), vec!["Vanta Arms"]);
        let t = "They include businessman Ivo Marek, banker Tova Lind and Pavel Orin.";
        assert_eq!(
            names_after_opening(t),
            vec!["Ivo Marek", "Tova Lind", "Pavel Orin"]
        );
        let t = "They include Vostra financier Ivo Marek and Tova Lind.";
        assert_eq!(names_after_opening(t), vec!["Ivo Marek", "Tova Lind"]);
    }

    /// A first item that describes the next one (`the director of Halden AS, Ivo Marek`) gives no
    /// name; one whose words are a title (`Minister of Internal Affairs Ivo Marek`) keeps its own.
    #[test]
    fn a_described_first_item_titles_the_name_after_it() {
        let t = "Among the sanctioned persons is the director of the Oslo firm Halden AS, Pavel Orin, and the deputy director Tova Lind.";
        assert_eq!(names_after_opening(t), vec!["Pavel Orin", "Tova Lind"]);
        let t = "Those sanctioned include Minister of Internal Affairs Ivo Marek, who runs the police, and Tova Lind, head of a unit.";
        assert_eq!(names_after_opening(t), vec!["Ivo Marek", "Tova Lind"]);
    }

    /// An item's description (`, an executive of a firm who ... to Chile,`, `that ... to Chile,`) is
    /// passed over, so a list goes on to the names after it, even a described item's apposition.
    #[test]
    fn a_list_goes_on_past_an_items_description() {
        let t = "Also added to the list are Ivo Marek, an executive of a Freedonian firm who shipped arms to Chile, and a bank in Oslo, Orla Bank, which handled payments.";
        assert_eq!(names_after_opening(t), vec!["Ivo Marek", "Orla Bank"]);
        let t = "Also banned are the heads of two Chilean firms that the ministry said sold drones to Peru, Ivo Marek and Tova Lind.";
        assert_eq!(names_after_opening(t), vec!["Ivo Marek", "Tova Lind"]);
        let t = "Also banned is Ivo Marek, an aide to the president, as well as deputy trade secretary Tova Lind.";
        assert_eq!(names_after_opening(t), vec!["Ivo Marek", "Tova Lind"]);
        let t = "Those designated include Vanta Group, Incorporated, along with his associate Tova Lind.";
        assert_eq!(
            names_after_opening(t),
            vec!["Vanta Group, Incorporated", "Tova Lind"]
        );
    }

    /// A firm named after a person's post (`chief executive of Vanta Systems Ltd`) describes the person.
    #[test]
    fn a_firm_after_a_post_is_no_suffixed_target() {
        let got: Vec<String> = suffixed_orgs(
            "sanctions on Ivo Marek, chief executive of Vanta Systems Ltd, and Orla Freight LLC",
        )
        .into_iter()
        .map(|t| t.name)
        .collect();
        assert_eq!(got, vec!["Orla Freight LLC"]);
    }

    #[test]
    fn place_prefixes_are_no_part_of_a_name() {
        let t = "Oslo sanctioned Hong Kong-based Blue Reef Trading Limited.";
        let from = t.find("Hong").unwrap_or(0);
        assert_eq!(
            trim_name(t, from, t.len(), false).map(|(a, b)| &t[a..b]),
            Some("Blue Reef Trading Limited")
        );
        let t = "the Panama-flagged Sea Lark";
        let got = list_items(t, 0, false, None, false);
        assert_eq!(got.len(), 1);
        assert_eq!(
            (got[0].name.as_str(), got[0].kind.as_str()),
            ("Sea Lark", "vessel")
        );
        assert_eq!(trim_name("U.S.-designated", 0, 15, false), None);
    }

    #[test]
    fn names_get_their_kind_from_their_words() {
        assert_eq!(kind_of_name("Ivo Marek", None), "individual");
        assert_eq!(kind_of_name("Ferro Bank", None), "organization");
        assert_eq!(kind_of_name("Rosvan", None), "organization");
        assert_eq!(kind_of_name("RA-76503", None), "aircraft");
        // A capital inside a person's name after an apostrophe, a hyphen or `Mc`.
        assert_eq!(kind_of_name("Liam O'Rourke", None), "individual");
        assert_eq!(kind_of_name("Ivo McKenzie", None), "individual");
        assert_eq!(kind_of_name("Jean-Pierre Marek", None), "individual");
        assert_eq!(kind_of_name("Ivo MarEK", None), "organization");
        assert_eq!(kind_of_name("EP-QSC", None), "aircraft");
        assert_eq!(kind_of_name("S-400", None), "organization");
        assert_eq!(kind_of_name("Sea Lark", Some("vessel")), "vessel");
    }
    use super::*;

    fn read(p: &str) -> (Vec<&'static str>, Vec<String>) {
        let (mut t, mut n) = (Vec::new(), Vec::new());
        read_phrase(p, false, &mut t, &mut n);
        (
            t,
            n.into_iter()
                .map(|x| format!("{}:{}", x.name, x.kind))
                .collect(),
        )
    }

    #[test]
    fn a_kind_noun_modifying_a_holding_is_no_party() {
        assert!(read("bank accounts held abroad").0.is_empty());
        assert_eq!(read("company shares and two banks").0, vec!["organization"]);
        assert_eq!(read("accounts of three banks").0, vec!["organization"]);
    }

    #[test]
    fn quantified_lists_give_types() {
        let (t, n) = read("seven North Korean individuals and two Russian vessels");
        assert_eq!(t, vec!["individual", "vessel"]);
        assert!(n.is_empty());
        let (t, _) =
            read("11 organizations and one individual including what it said were Russian groups");
        assert_eq!(t, vec!["organization", "individual"]);
    }

    #[test]
    fn named_targets_after_type_nouns() {
        let (_, n) = read("The companies Intellect and Sodeistvie, as well as their representatives Sergei Kozlov and Alexander Pamfilov, were included");
        assert_eq!(
            n,
            vec![
                "Intellect:organization",
                "Sodeistvie:organization",
                "Sergei Kozlov:individual",
                "Alexander Pamfilov:individual"
            ]
        );
        let (_, n) =
            read("two Russian ships - Lady R and Angara, which, according to the Ministry");
        assert_eq!(n, vec!["Lady R:vessel", "Angara:vessel"]);
    }

    #[test]
    fn acronyms_expand_to_their_long_form() {
        let text = "Prince said he and Kirill Dmitriev, chief executive of the Russian Direct Investment Fund, or RDIF, met. The RDIF was put on a U.S. sanctions list in 2015.";
        assert_eq!(
            expand_acronyms("The RDIF", &Acronyms::new(text)),
            vec![("Russian Direct Investment Fund".to_string(), Some("RU"))]
        );
        let text = "Loans from the Islamic Development Bank (IDB) were frozen.";
        assert_eq!(
            expand_acronyms("the IDB", &Acronyms::new(text)),
            vec![("Islamic Development Bank".to_string(), None)]
        );
    }

    /// Looking acronyms up in a long text reads it once, whatever the number of lookups: a phrase per
    /// sentence of a long story once searched the whole text, and tokenized all of it before the intro.
    #[test]
    fn acronym_lookups_do_not_rescan_the_text() {
        let mut text = "Officials at the Caspian Shipping Company, or CASCO, met. ".to_string();
        text.push_str(
            &"Ministers spoke again about the CASCO fleet and its owners today. ".repeat(20_000),
        );
        let acronyms = Acronyms::new(&text);
        let started = std::time::Instant::now();
        for _ in 0..20_000 {
            let got = expand_acronyms("the CASCO fleet", &acronyms);
            assert_eq!(got[0].0, "Caspian Shipping Company");
        }
        // Quadratic lookups took minutes here; linear ones take milliseconds even in a debug build.
        assert!(started.elapsed() < std::time::Duration::from_secs(30));
    }

    #[test]
    fn titles_and_bare_names_are_people() {
        let (t, n) = read("Venezuelan President Nicolas Maduro and his wife Cilia Flores");
        assert_eq!(t, vec!["individual"]);
        assert_eq!(
            n,
            vec!["Nicolas Maduro:individual", "Cilia Flores:individual"]
        );
        assert_eq!(
            bare_person("Oleg Deripaska ").map(|t| t.name),
            Some("Oleg Deripaska".to_string())
        );
        assert_eq!(bare_person("The Ministry "), None);
        assert_eq!(bare_person("North Korea "), None);
    }

    #[test]
    fn a_firm_before_its_people_is_no_target() {
        assert!(modifies_noun(
            "the Vostra Court chief justice Ivo Marek",
            16
        ));
        assert!(!modifies_noun("the Vostra Court and Ivo Marek", 16));
        let names =
            |t: &str| -> Vec<String> { suffixed_orgs(t).into_iter().map(|n| n.name).collect() };
        assert!(names("sanctions on Vostra Group commanders Ivo Marek and Tova Lind").is_empty());
        assert_eq!(
            names("sanctions on Vostra Group and its commanders"),
            vec!["Vostra Group"]
        );
    }

    #[test]
    fn a_party_before_its_people_is_not_listed() {
        let (_, n) = read("officials, including Vostra Guard commander Ivo Marek");
        assert!(n.iter().all(|n| !n.starts_with("Vostra")), "{n:?}");
    }

    #[test]
    fn quotes_around_a_name_are_no_part_of_it() {
        assert_eq!(unquoted("'Ocean Lark'"), "Ocean Lark");
        assert_eq!(unquoted("'Ocean Lark"), "Ocean Lark");
        assert_eq!(unquoted("\u{201c}Vanta Trade\u{201d}"), "Vanta Trade");
        assert_eq!(unquoted("\"Polar\" Line"), "\"Polar\" Line");
        assert_eq!(unquoted("JSC \"Polar Line\""), "JSC \"Polar Line\"");
    }

    #[test]
    fn company_suffixes_from_ofac() {
        let (t, n) = read("penalizing Japan's major electronic firms, including NEC Corp, Hitachi Ltd, Toshiba Corp and Fujitsu Ltd.");
        assert!(t.contains(&"organization"));
        for x in [
            "NEC Corp:organization",
            "Hitachi Ltd:organization",
            "Toshiba Corp:organization",
            "Fujitsu Ltd:organization",
        ] {
            assert!(n.contains(&x.to_string()), "{x} in {n:?}");
        }
    }

    #[test]
    fn an_items_bracketed_detail_neither_ends_nor_splits_a_list() {
        let t = "The tankers named were the Sea Lark (IMO 9123456), Morning Dew (IMO 9234567) and Red Heron.";
        assert_eq!(
            names_after_opening(t),
            vec!["Sea Lark", "Morning Dew", "Red Heron"]
        );
        // A bracket that goes on into the sentence is no item's detail: the list ends at it.
        let t = "The entities designated are Vanta Arms (which Oslo named in May) said nothing.";
        assert!(blank_item_brackets(t, 0) == t);
    }

    #[test]
    fn list_items_may_be_described_by_their_kind() {
        let t = "It includes Daily Courier reporters Ivo Marek and Tova Lind, and the Freedonian \
                 defense company Vanta Arms.";
        assert_eq!(
            names_after_opening(t),
            vec!["Ivo Marek", "Tova Lind", "Vanta Arms"]
        );
        // An item that gives no name does not stop the names after it.
        let t = "The Freedonian entities include the 4th Depot of the Army, the shipping company \
                 Orla Freight LLC and the logistics firm Kestrel Trans Hub.";
        assert_eq!(
            names_after_opening(t),
            vec!["Orla Freight LLC", "Kestrel Trans Hub"]
        );
        assert!(!opens_items("that the talks with"));
    }

    #[test]
    fn a_sentence_adverbial_may_precede_a_list_opening() {
        let t = "According to the ministry, the list includes Vanta Arms and Orla Freight.";
        assert_eq!(names_after_opening(t), vec!["Vanta Arms", "Orla Freight"]);
        let t = "Separately, the entities designated are Kestrel Air.";
        assert_eq!(names_after_opening(t), vec!["Kestrel Air"]);
    }

    #[test]
    fn spanish_legal_forms_stay_whole() {
        let t = "The companies sanctioned are Playa Azul S.A. de C.V., Sol Dorado, S. de R.L. de \
                 C.V., and Grupo Bonito S.A. de C.V.";
        assert_eq!(
            names_after_opening(t),
            vec![
                "Playa Azul S.A. de C.V.",
                "Sol Dorado, S. de R.L. de C.V.",
                "Grupo Bonito S.A. de C.V."
            ]
        );
    }

    #[test]
    fn a_rank_or_title_is_no_part_of_a_persons_name() {
        assert_eq!(
            strip_inner_title("General Ivo P. Marek Jr."),
            "Ivo P. Marek Jr."
        );
        assert_eq!(
            strip_inner_title("Coast Guard Captain Aron Feld"),
            "Aron Feld"
        );
        assert_eq!(
            strip_inner_title("General Dynamics Land Systems"),
            "General Dynamics Land Systems"
        );
    }

    #[test]
    fn a_title_and_its_office_open_no_list_item() {
        let t = "Those sanctioned include Minister of Internal Affairs Ivo Marek, who runs the police, \
                 and Tova Lind, head of the Vanta Group.";
        assert_eq!(names_after_opening(t), vec!["Ivo Marek", "Tova Lind"]);
    }
}
