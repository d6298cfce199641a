//! Named targets by position rather than by shape: every capitalised name in the part of an event's
//! sentence where its targets stand (after the trigger, or the subject of a passive), unless a check of
//! [`NOT_TARGET`] says what else the name is there (the speaker, a law, a beneficiary after `for`).
//!
//! The shapes of [`super::targets`] each need a cue next to the name (a list verb, a legal form, a ship
//! word). News often gives none: `the measures hit Prime Minister Ivo Marek and Kestrel Bank`. The
//! position of the name in a sentence that holds a real event is the general cue; the checks are the
//! roles a name in that position may play instead of being targeted.

use super::targets::{kind_in, modifies_noun, speaks, split_list, type_of_noun};
use crate::article::Target;

/// Compile this module's patterns ahead of the first event that needs them (see
/// `pipeline::warm_up`): compiled there, they cost the first story that reports a measure.
pub fn warm_up() {
    for re in [
        &VERB_AFTER,
        &SLOT_END,
        &AS_LABEL,
        &ALIAS_BEFORE,
        &VICTIM_BEFORE,
        &VICTIM_AFTER,
        &SOURCE_BEFORE,
        &RELATED_BEFORE,
        &INSTRUMENT_AFTER,
        &UNDER_BEFORE,
        &COUNTED_OF,
    ] {
        std::sync::LazyLock::force(re);
    }
}

/// Lower-case words that may join the words of one name (`Bank of Kestrel`, `Ali bin Hassan`), and the
/// list words that join names (`X, Y and Z`; [`split_list`] cuts them apart again).
pub(super) const CONNECTORS: &[&str] = &[
    "of", "for", "de", "del", "da", "do", "dos", "du", "la", "le", "al", "el", "bin", "ibn", "von",
    "van", "and", "the", "&", "y", "ve",
];

/// Abbreviations whose period is inside a name (`Kestrel Co.`, `J. Marek`).
const INNER_PERIODS: &[&str] = &[
    "Co.", "Inc.", "Ltd.", "Corp.", "Jr.", "Sr.", "St.", "S.A.", "C.V.", "R.L.", "S.L.", "B.V.",
    "N.V.", "A.S.", "A.Ş.",
];

/// Whether `w` (a whitespace word) may be a word of a name: it opens with a capital or a digit, after
/// any opening quote or bracket.
fn name_word(w: &str) -> bool {
    w.trim_start_matches(['"', '\u{201c}', '(', '\''])
        .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// Whether a name may go on past `w`: no clause punctuation closes it, save the period of an
/// abbreviation or an initial.
fn goes_on(w: &str) -> bool {
    // `Vanta Parts (HK) Limited`: a bracketed word inside a firm's name.
    let inner_bracket = w.starts_with('(') && w.ends_with(')') && w.len() <= 12;
    if w.ends_with([';', ':', '?', '!']) || w.ends_with(')') && !inner_bracket {
        return false;
    }
    if let Some(stem) = w.strip_suffix('.') {
        let initial = stem.chars().count() == 1;
        return initial || INNER_PERIODS.contains(&w);
    }
    true
}

/// Runs of name words in `[from, to)` of `s`, joined by [`CONNECTORS`] and commas when a name word
/// follows, as byte spans.
fn runs(s: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
    let words: Vec<(usize, &str)> = s[from..to]
        .split_whitespace()
        .map(|w| {
            (
                from + (w.as_ptr() as usize - s[from..].as_ptr() as usize),
                w,
            )
        })
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !name_word(words[i].1) {
            i += 1;
            continue;
        }
        let mut last = i;
        let mut j = i;
        while goes_on(words[j].1) && j + 1 < words.len() {
            // Connectors may stand between two name words (`Bank of the Levant`, `X, Y and Z`).
            let mut k = j + 1;
            while k < words.len() && CONNECTORS.contains(&words[k].1) && k - j <= 2 {
                k += 1;
            }
            if k < words.len() && name_word(words[k].1) {
                j = k;
                last = k;
            } else {
                break;
            }
        }
        let (ls, lw) = words[last];
        out.push((words[i].0, ls + lw.len()));
        i = last + 1;
    }
    out
}

/// What a name in the target slot may be instead of a target, each check with the names (in their
/// sentences) it must reject and those it must keep; `name_roles` runs them on its own examples.
struct NotTarget {
    #[cfg_attr(not(test), allow(dead_code))]
    why: &'static str,
    test: fn(&str, usize, usize) -> bool,
    /// The names listed after an excluded name in one run share its role (`for helping X and Y`,
    /// `based in Cancun, Quintana Roo`).
    covers_run: bool,
    #[cfg_attr(not(test), allow(dead_code))]
    must: &'static [(&'static str, &'static str)],
    #[cfg_attr(not(test), allow(dead_code))]
    must_not: &'static [(&'static str, &'static str)],
}

const NOT_TARGET: &[NotTarget] = &[
    NotTarget {
        why: "the speaker of a reporting clause",
        test: |s, a, b| speaks(&s[b..]) || SOURCE_BEFORE.is_match(before(s, a)),
        covers_run: false,
        must: &[
            ("The sanctions hit Kestrel Bank, Ivo Marek said.", "Ivo Marek"),
            ("The bans cover six firms, according to Nordpost.", "Nordpost"),
            ("The bans hit six firms, according to Finance Minister Ivo Marek.", "Ivo Marek"),
            ("Oslo backs sanctions on Chile; spokeswoman Tova Lind declined to say more.", "Tova Lind"),
        ],
        must_not: &[("The sanctions hit Kestrel Bank, Ivo Marek said.", "Kestrel Bank")],
    },
    NotTarget {
        why: "the source a headline credits after a colon at its end (`...: Nordpost`)",
        test: |s, a, b| s[..a].trim_end().ends_with(':') && s[b..].trim().is_empty(),
        covers_run: false,
        must: &[("Oslo to sanction Freedonian banks: Nordpost", "Nordpost")],
        must_not: &[
            ("Oslo sanctions two banks: Kestrel Bank and Vanta Bank.", "Vanta Bank"),
            ("Oslo sanctioned two banks: Kestrel Bank and Vanta Bank", "Kestrel Bank"),
        ],
    },
    NotTarget {
        why: "a law, an order, a list or a meeting, not a party",
        test: |s, a, b| {
            s[a..b].split_whitespace().any(|w| {
                INSTRUMENT_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()))
            }) || s[a..b].starts_with("E.O") || s[a..b].starts_with("EO ")
        },
        covers_run: false,
        must: &[
            ("They were sanctioned under the Freedonia Accountability Act.", "Freedonia Accountability Act"),
            ("It designated them pursuant to Executive Order 14999.", "Executive Order 14999"),
        ],
        must_not: &[("It sanctioned Kestrel Trading Ltd.", "Kestrel Trading Ltd.")],
    },
    NotTarget {
        why: "a region named before its lower-case kind (`Sistan and Baluchestan province`)",
        test: |s, _, b| super::targets::REGION_AFTER.is_match(&s[b..]),
        covers_run: false,
        must: &[("Oslo sanctioned the commander of the guards in Vostra and Kestel province.", "Kestel")],
        must_not: &[("Oslo sanctioned Vanta Provincial Bank and its region chief.", "Vanta Provincial Bank")],
    },
    NotTarget {
        why: "the name of a law or programme written before its lower-case noun",
        test: |s, a, b| INSTRUMENT_AFTER.is_match(&s[b..]) && UNDER_BEFORE.is_match(before(s, a)),
        covers_run: false,
        must: &[
            ("He was designated under the Vostra Magnitsky human rights programme.", "Vostra Magnitsky"),
            ("They were listed pursuant to the Kestrel sanctions regime.", "Kestrel"),
        ],
        must_not: &[
            ("Oslo sanctioned Vanta Bank and Orlo Trading under its human rights programme.", "Orlo Trading"),
            ("Oslo sanctioned Tova Lind under the programme.", "Tova Lind"),
        ],
    },
    NotTarget {
        why: "a party in a clause of reason, origin, destination or agency (`for helping X`, `by X`)",
        test: |s, a, _| RELATED_BEFORE.is_match(before(s, a)),
        covers_run: true,
        must: &[
            ("Oslo sanctioned two firms for helping Kestrel Bank evade controls.", "Kestrel Bank"),
            ("The tanker was sanctioned for shipping oil to Vanta Refining.", "Vanta Refining"),
            ("The firms were sanctioned by the Ruritanian Finance Office.", "Ruritanian Finance Office"),
            ("Oslo sanctioned two firms that worked with the already sanctioned Vostra Group.", "Vostra Group"),
            ("Oslo sanctioned Ivo Marek for selling oil to Oslo-designated Vanta Oil.", "Vanta Oil"),
            ("Oslo imposed sanctions targeting shipments that fund Freedonia's Vostra Guard.", "Vostra Guard"),
            ("Oslo sanctioned three firms that supplied Kestrel Bank.", "Kestrel Bank"),
            ("Oslo sanctioned Ivo Marek, a close aide to President Tova Lind.", "Tova Lind"),
            ("Oslo froze the assets of 40 officers it said backed the coup that ousted President Tova Lind.", "Tova Lind"),
        ],
        must_not: &[("Oslo sanctioned Kestrel Bank and Vanta Refining.", "Vanta Refining")],
    },
    NotTarget {
        why: "the victim a measure answers for (`over the death of X`, `over X's arrest`)",
        test: |s, a, b| {
            let back = before(s, a);
            back.contains(" of ") && VICTIM_BEFORE.is_match(back) || VICTIM_AFTER.is_match(&s[b..])
        },
        covers_run: false,
        must: &[
            ("Oslo sanctioned six officials over the death of activist Ivo Marek.", "Ivo Marek"),
            ("Oslo sanctions Freedonian judges over Marek death", "Marek"),
            ("Oslo sanctioned two judges for the jailing of Tova Lind.", "Tova Lind"),
        ],
        must_not: &[("Oslo sanctioned Ivo Marek over the death of a reporter.", "Ivo Marek")],
    },
    NotTarget {
        why: "another name of a target named before it (`also known as X`, `a.k.a. X`)",
        test: |s, a, _| {
            let back = before(s, a);
            (back.contains("as ") || back.contains("k.a") || back.contains("alias") || back.contains("aka"))
                && alias_before(back)
        },
        covers_run: false,
        must: &[
            ("Oslo sanctioned Ivo Marek (also known as Ivan Marekov) on Monday.", "Ivan Marekov"),
            ("Oslo sanctioned Vanta Ltd, better known as Vantaco, on Monday.", "Vantaco"),
            ("Oslo sanctioned Ivo Marek, a Freedonian national also known as Ivan Marekov.", "Ivan Marekov"),
            ("Oslo sanctioned Vanta Tabacalera S.A., the cigarette maker known as Vantab.", "Vantab"),
        ],
        must_not: &[
            ("Oslo sanctioned Ivo Marek (also known as Ivan Marekov) on Monday.", "Ivo Marek"),
            ("Oslo also sanctioned the guard's cyber unit known as \"Vanta Pars\".", "Vanta Pars"),
            ("Oslo sanctioned the hacking group known to researchers as Cold Heron.", "Cold Heron"),
        ],
    },
    NotTarget {
        why: "whose people or firms follow (`Kestrel Bank officials`, `Vanta subsidiary X`)",
        test: |s, _, b| modifies_noun(s, b) || before_group_noun(&s[b..]),
        covers_run: false,
        must: &[
            ("Oslo sanctioned Vanta subsidiary Orsk Metals.", "Vanta"),
            ("Sanctions over the plight of the Kestrel Muslim minority.", "Kestrel Muslim"),
            ("Oslo sanctioned Vostra cartel leader Ivo Marek.", "Vostra"),
        ],
        must_not: &[("Oslo sanctioned Vanta and Orsk Metals.", "Vanta")],
    },
    NotTarget {
        why: "the tail of a place name cut by a list word (`the United Arab Emirates`)",
        test: in_place,
        covers_run: false,
        must: &[("Firms in Norway and the United Arab Emirates were sanctioned.", "Arab Emirates")],
        must_not: &[
            ("Sanctions hit Ruritanian Prime Minister Ivo Marek.", "Ivo Marek"),
            ("Sanctions hit the Norway Kestrel Trading Corp.", "Norway Kestrel Trading Corp."),
        ],
    },
    NotTarget {
        why: "the subject of a clause of its own (`the tariffs President Ivo Marek imposed`)",
        test: |s, _, b| VERB_AFTER.is_match(&s[b..]) || acts_on_its_own(&s[b..]),
        covers_run: false,
        must: &[
            ("The sanctions President Ivo Marek imposed on Vanta hurt.", "Ivo Marek"),
            ("It named Vanta, which Ivo Marek sanctioned in May.", "Ivo Marek"),
            ("Asked about sanctions on Vanta, Marek replied: no.", "Marek"),
            ("Oslo banned imports from Vanta, and President Ivo Marek on Friday extended the ban.", "Ivo Marek"),
        ],
        must_not: &[
            ("The sanctions hit Kestrel Bank and imposed costs.", "Kestrel Bank"),
            ("It sanctioned Kestrel Bank owned by Vanta.", "Kestrel Bank"),
            ("The list names Kestrel Bank sanctioned by Oslo.", "Kestrel Bank"),
        ],
    },
    NotTarget {
        why: "the subject of a clause a conjunction opens (`since President Ivo Marek took office`)",
        test: |s, a, _| after_subordinator(before(s, a)),
        covers_run: true,
        must: &[
            ("Oslo has sanctioned six firms since President Ivo Marek took office.", "Ivo Marek"),
            ("Oslo sanctioned Vanta Bank after Kestrel Air flew arms to Freedonia.", "Kestrel Air"),
        ],
        must_not: &[("Oslo sanctioned Vanta Bank after the vote.", "Vanta Bank")],
    },
    NotTarget {
        why: "a people or a place adjective (`Norwegians`, `the Norwegian`), or places joined (`Norway-Sweden`)",
        test: people_or_places,
        covers_run: false,
        must: &[
            ("The embargo helps Oslo against the Norwegians.", "Norwegians"),
            ("The embargo helps the Muslim-led Norwegian government.", "Muslim-led Norwegian"),
            ("The tariffs broke the Norway-Sweden pact.", "Norway-Sweden"),
        ],
        must_not: &[("The sanctions hit the Bank of Norway.", "Bank of Norway")],
    },
    NotTarget {
        why: "a label a party is designated as (`as a Specially Designated Global Terrorist`)",
        test: |s, a, _| AS_LABEL.is_match(before(s, a)),
        covers_run: false,
        must: &[("It designated Vanta as a Specially Designated Global Terrorist.", "Specially Designated Global Terrorist")],
        must_not: &[("It designated Vanta as well as Orsk Metals.", "Orsk Metals")],
    },
    NotTarget {
        why: "a fragment of a bracket, a quotation or a pair (`(BSA`, `Russia/Ukraine`)",
        test: |s, a, b| {
            let n = &s[a..b];
            n.contains('/')
                || n.matches('(').count() != n.matches(')').count()
                || n.starts_with(['"', '\u{201c}']) && !n.ends_with(['"', '\u{201d}'])
        },
        covers_run: false,
        must: &[
            ("It sanctioned the Vanta Fund (VFD) for Russia/Ukraine.", "Russia/Ukraine"),
            ("It named \u{201c}Blocked Persons in its notice.", "\u{201c}Blocked Persons"),
        ],
        must_not: &[("It sanctioned the \"Kestrel\" group.", "\"Kestrel\"")],
    },
    NotTarget {
        why: "a name opened by a frequent function word (`After the Houthis`, `Another Chinese`)",
        test: |s, a, b| {
            let first = s[a..b].split_whitespace().next().unwrap_or("");
            s[a..b].contains(' ')
                && crate::clean::glue::word_zipf(&first.to_lowercase()) >= FUNCTION_ZIPF
        },
        covers_run: false,
        must: &[("Another Chinese company was sanctioned.", "Another Chinese")],
        must_not: &[("It sanctioned General Dynamics.", "General Dynamics")],
    },
    NotTarget {
        why: "a word of place or people before a noun (`Freedonian firms`)",
        test: adjective_of_place,
        covers_run: false,
        must: &[
            ("Oslo blacklisted two Freedonian firms.", "Freedonian"),
            ("Moscow banned 92 Norwegians over the Russophobic course of Oslo.", "Russophobic"),
        ],
        must_not: &[("Oslo blacklisted Freedonian and Vanta.", "Freedonian")],
    },
    NotTarget {
        why: "one frequent English word capitalised (`Following`, `Federation`)",
        test: |s, a, b| {
            let n = &s[a..b];
            !n.contains(' ')
                && n.chars().any(char::is_lowercase)
                && crate::clean::glue::word_zipf(&n.to_lowercase()) >= COMMON_ZIPF
        },
        covers_run: false,
        must: &[("Sanctions were imposed on the Federation.", "Federation")],
        must_not: &[("Sanctions were imposed on Vostrabank.", "Vostrabank")],
    },
    NotTarget {
        why: "a word of the measure itself capitalised (`Tariffs`, `Reprisals`)",
        test: |s, a, b| {
            let n = s[a..b].to_lowercase();
            MEASURE_WORDS.iter().any(|m| n.starts_with(m)) && !n.contains(' ')
        },
        covers_run: false,
        must: &[("Sanctions followed: Reprisals came later.", "Reprisals")],
        must_not: &[("Sanctions hit the Houthis.", "Houthis")],
    },
    NotTarget {
        why: "a describing compound, a contraction or a year (`Muslim-majority`, `I'm`, `Loan 1997`)",
        test: |s, a, b| {
            let n = &s[a..b];
            n.split_whitespace().any(|w| {
                let describing = w
                    .split_once('-')
                    .is_some_and(|(_, r)| r.starts_with(|c: char| c.is_lowercase()));
                let year = w.len() == 4 && (w.starts_with("19") || w.starts_with("20"))
                    && w.chars().all(|c| c.is_ascii_digit());
                describing || year
            }) || ["'m", "'re", "'ll", "'ve", "n't", "\u{2019}m"].iter().any(|c| n.contains(c))
        },
        covers_run: false,
        must: &[
            ("Sanctions on the Muslim-majority region.", "Muslim-majority"),
            ("Sanctions, I'm told, came.", "I'm"),
            ("Sanctions on the Loan 1997 notes.", "Loan 1997"),
        ],
        must_not: &[("Sanctions on Almaz-Antey and al-Nour.", "Almaz-Antey")],
    },
];

/// Stems of the words for a measure, which a headline capitalises (`Tariffs`, `Embargo`).
const MEASURE_WORDS: &[&str] = &[
    "sanction",
    "tariff",
    "reprisal",
    "retaliat",
    "embargo",
    "boycott",
    "blacklist",
    "restriction",
    "duties",
    "quota",
];

/// How far back the checks read before a name: enough for `according to Finance Minister`, and a
/// bound, so a sentence of many names costs linear time.
const LOOK_BACK: usize = 80;

/// The text of at most [`LOOK_BACK`] bytes before `a`.
fn before(s: &str, a: usize) -> &str {
    crate::text::window_before(s, a, LOOK_BACK)
}

/// Zipf frequency from which a capitalised first word is a function word (`after` 5.9, `another`
/// 5.6), not the first word of a name (`general` 5.0, `national` 5.1).
const FUNCTION_ZIPF: f32 = 5.5;

/// Whether a country or place mention that starts before the name runs into it (a place cut by a
/// list word); a place inside a name (`Korea Saenal Trading`) is part of the name.
fn in_place(s: &str, a: usize, b: usize) -> bool {
    // Two words back: a place cut before the name's first word starts there (`the United`).
    let from = s[..a]
        .split_whitespace()
        .rev()
        .take(2)
        .last()
        .map_or(a, |w| w.as_ptr() as usize - s.as_ptr() as usize);
    crate::extract::countries::find_mentions(&s[from..b], false)
        .iter()
        .any(|m| from + m.start < a && from + m.end > a)
}

/// A finite verb right after the name: it is the subject of a clause (a reduced relative, a reply),
/// the imposer or a speaker, not the measure's object.
/// Whether `back` ends in a subordinating conjunction, perhaps with up to three capitalised words (a
/// title) or `the` after it (`since President `, `after the `).
fn after_subordinator(back: &str) -> bool {
    back.split_whitespace()
        .rev()
        .take(5)
        .find(|w| !(w.starts_with(|c: char| c.is_uppercase()) || *w == "the"))
        .is_some_and(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "since"
                    | "after"
                    | "before"
                    | "when"
                    | "while"
                    | "until"
                    | "because"
                    | "although"
                    | "though"
                    | "once"
                    | "unless"
                    | "whereas"
            )
        })
}

static VERB_AFTER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^\s+(?:(?:on\s+[A-Z]|in\s+[A-Z]|last\s+|this\s+)\w+\s+)?(?:has\s+|had\s+|have\s+|will\s+|would\s+|\w+ly\s+)?(?:imposed|ordered|announced|extended|renewed|signed|slapped|levied|threatened|decided|replied|warned|urged|insisted|noted|said|says|told|asked|called|vowed|accused|denied|rejected|responded|retaliated|argued|claimed|stated|reported|reports|added|agreed|plans|wants|wanted|hopes|hoped|pledged|promised|vetoed)\b",
    )
    .expect("verb pattern compiles")
});

/// Verbs of the measure itself: after a name, they make it the imposer (`which Oslo sanctioned in
/// May`), unless `by` follows (`Kestrel Bank sanctioned by Oslo`, a reduced passive).
const MEASURE_VERBS: &[&str] = &[
    "sanctioned",
    "designated",
    "blacklisted",
    "targeted",
    "penalized",
];

/// Whether the text after a name opens with a verb of [`MEASURE_VERBS`] in the active voice.
fn acts_on_its_own(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let verb = words.next().unwrap_or("");
    rest.starts_with(' ') && MEASURE_VERBS.contains(&verb) && words.next() != Some("by")
}

/// Lower-case nouns of a group or an authority that a name before them modifies (`the Kestrel
/// minority`, `the Vanta regime`), beside the nouns of people and firms of [`type_of_noun`].
const GROUP_NOUNS: &[&str] = &[
    "minority",
    "community",
    "government",
    "regime",
    "authorities",
    "military",
    "forces",
    "people",
    "population",
    "administration",
    "diaspora",
    "militants",
    "rebels",
    "leadership",
];

/// Whether a lower-case noun of a kind of party or group follows the name.
fn before_group_noun(rest: &str) -> bool {
    let Some(w) = rest
        .strip_prefix(' ')
        .and_then(|r| r.split_whitespace().next())
    else {
        return false;
    };
    let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
    w.starts_with(|c: char| c.is_lowercase())
        && (GROUP_NOUNS.contains(&w) || type_of_noun(w).is_some())
}

/// Whether the name ends in a people or a place adjective (`Norwegians`, `Norwegian`), or is places
/// only (`Norway-Sweden`).
fn people_or_places(s: &str, a: usize, b: usize) -> bool {
    use crate::extract::countries::{find_mentions, Kind};
    // Hyphens as spaces (same length): joined places are found one by one; a people is its adjective
    // in the plural.
    let name = s[a..b].replace('-', " ");
    let name = name.strip_suffix('s').unwrap_or(&name);
    let ms = find_mentions(name, false);
    let demonym_last = ms
        .iter()
        .any(|m| m.end == name.len() && matches!(m.kind, Kind::Demonym));
    let covered: usize = ms.iter().map(|m| m.end - m.start).sum();
    let words: usize = name.split_whitespace().map(str::len).sum();
    demonym_last || !ms.is_empty() && covered >= words
}

/// Endings of words of place or people (`Freedonian`, `Ruritanese`, `Nordish`).
const ADJECTIVE_ENDINGS: &[&str] = &["ian", "ean", "an", "ese", "ish", "i", "ic"];

/// Whether the name is one word of place or people before a lower-case word (`Freedonian firms`,
/// `Freedonian oil`): an adjective, not a party.
fn adjective_of_place(s: &str, a: usize, b: usize) -> bool {
    let n = &s[a..b];
    let next = s[b..]
        .strip_prefix(' ')
        .and_then(|r| r.split_whitespace().next())
        .unwrap_or("");
    let next_lower = next.starts_with(|c: char| c.is_lowercase()) && !CONNECTORS.contains(&next);
    !n.contains(' ') && next_lower && ADJECTIVE_ENDINGS.iter().any(|e| n.ends_with(e))
}

/// Where the part of a sentence after `from` that may name an event's targets ends: at a clause of
/// its own (`X, which worked with Y`, `..., saying Y would`, `... and misled Y`), unless it lists
/// them (`, which include X`).
pub fn slot_end(s: &str, from: usize) -> usize {
    for m in SLOT_END.find_iter(&s[from..]) {
        let next = s[from + m.end()..].split_whitespace().next().unwrap_or("");
        if !next.starts_with("includ") {
            return from + m.start();
        }
    }
    s.len()
}

/// A clause break (not a semicolon: it parts the items of long lists): a comma before a relative or a conjunction with a clause of its own,
/// a subordinating word, `and` before a verb (a list goes on with `, and` and a capital).
static SLOT_END: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?:,\s+(?:which|who|whose|where|while|whereas|saying|but|as|it|they|he|she|we)\s|[a-z]\s+(?:who|whose|which)\s|,\s+and\s+[a-z]|\s(?:just\s+)?(?:before|after|because|although|though|while|when|whereas|saying|until|unless)\s|\sand\s+[a-z]+ed\s)",
    )
    .expect("slot end pattern compiles")
});

/// `as a` or `as an` right before a name: the label of a designation.
static AS_LABEL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"\bas\s+(?:an?|the)\s+$").expect("label pattern compiles")
});

/// Lower-case words after a name that end in the kind of instrument it names (`human rights programme`).
static INSTRUMENT_AFTER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^\s+(?:[a-z-]+\s+){0,3}?(?:programmes?|programs?|act|law|regime|framework|legislation)\b",
    )
    .expect("instrument-after pattern compiles")
});

/// The words before a name that put it under an instrument (`under the`, `pursuant to the`).
static UNDER_BEFORE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"\b(?:under|pursuant\s+to|in\s+line\s+with|in\s+accordance\s+with)\s+(?:the|its|their|a)\s+$")
        .expect("under-before pattern compiles")
});

/// Zipf frequency from which a single capitalised word is taken for a common word, not a name.
const COMMON_ZIPF: f32 = 4.0;

/// Words that make a capitalised run an instrument or a meeting, not a party.
const INSTRUMENT_WORDS: &[&str] = &[
    "Act",
    "Order",
    "Orders",
    "Law",
    "Laws",
    "List",
    "Regulation",
    "Regulations",
    "Program",
    "Programme",
    "Resolution",
    "Directive",
    "Decree",
    "Article",
    "Section",
    "Code",
    "Register",
    "Treaty",
    "Agreement",
    "Convention",
    "Summit",
    "Conference",
    "Strategy",
    "Initiative",
    "Measures",
    "Sanctions",
    "Guidance",
    "License",
    "Licence",
    "FAQ",
    "Terrorist",
    "Terrorists",
    "Nationals",
    "Persons",
    "Entities",
    "Controls",
];

/// The text before a name ends in `known as`, `a.k.a.` or `alias` after another name: the name is an
/// alias. After a description (`the cyber unit known as X`, `a group known to researchers as X`) it is
/// the party's one name.
pub(crate) fn alias_before(back: &str) -> bool {
    let Some(m) = ALIAS_BEFORE.find(back) else {
        return false;
    };
    let head = back[..m.start()].trim_end();
    let word = head
        .rsplit(' ')
        .find(|w| {
            !matches!(
                *w,
                "also"
                    | "better"
                    | "widely"
                    | "commonly"
                    | "locally"
                    | "popularly"
                    | "formerly"
                    | "previously"
                    | "otherwise"
            )
        })
        .unwrap_or("");
    let described = m.as_str().starts_with("known")
        && word.starts_with(|c: char| c.is_lowercase())
        && word.chars().all(|c| c.is_alphabetic() || c == '\'');
    // `X, an Iranian national also known as Y`: a description in apposition to a name before it
    // still names that party again.
    let apposition = head.rsplit_once(", ").is_some_and(|(name, desc)| {
        name.ends_with(|c: char| c.is_alphanumeric() || c == '.')
            && name
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
            && ["a ", "an ", "the "].iter().any(|a| desc.starts_with(a))
    });
    !described || apposition
}

/// The words that introduce another name of a party just named.
pub(crate) static ALIAS_BEFORE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(
    || {
        regex::Regex::new(r"(?i)(?:known\s+(?:(?:to|among|by)\s+(?:[\w-]+\s+){1,3})?as|a\.k\.a\.?|(?-u:\b)aka|f\.k\.a\.?|(?-u:\b)alias)\s+(?:the\s+)?[\x{201c}\x{2018}\x22']?$")
        .expect("alias pattern compiles")
    },
);

/// Harms done to a person that a measure answers for.
const HARMS: &str = "death|killing|murder|arrest|jailing|detention|imprisonment|poisoning|persecution|abduction|kidnapping|execution|assassination|torture";

/// The harm just before the name (`over the death of opposition leader X`).
static VICTIM_BEFORE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(&format!(
        r"(?-u:\b)(?:{HARMS})\s+of\s+(?:[a-z][a-z-]*\s+){{0,3}}$"
    ))
    .expect("victim pattern compiles")
});

/// The harm just after the name (`over X death`, `over X's arrest`).
static VICTIM_AFTER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(&format!(r"^(?:['\x{{2019}}]s)?\s+(?:{HARMS})(?-u:\b)"))
        .expect("victim pattern compiles")
});

/// A source or a speaker just before the name (`according to X`, `said X`).
static SOURCE_BEFORE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?:(?i)according\s+to|said|says|told|reports?\s+(?:of|by)|quoted|cited)\s+(?:the\s+)?(?:[A-Z][\w.'\x{2019}-]*\s+){0,4}$")
        .expect("source pattern compiles")
});

/// A preposition or verb right before the name that makes it a party related to the measure rather
/// than its target.
static RELATED_BEFORE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)\b(?:by|to|from|with|for|in|at|into|through|via|behalf\s+of|of|helping|supplying|supporting|funding|financing|benefit\s+of|(?:that|which|who)\s+(?:\w+\s+)?(?:funds?|funded|supports?|supported|finances?|financed|arms?|armed|supplies|supply|supplied|helps?|helped|serves?|served|benefits?|benefited|backs?|backed|assists?|assisted|ousted|overthrew|toppled|deposed|killed|murdered|arrested|jailed|detained|poisoned|abducted|kidnapped|executed|tortured))\s+(?:the\s+|its\s+|their\s+|[A-Z][\w.]*['\x{2019}]s\s+)?(?:(?:already|previously)\s+(?:sanctioned|designated|listed)\s+)?(?:\S+-\w+\s+)?(?:(?:Mr|Mrs|Ms|Dr|President|Prime\s+Minister|Supreme\s+Leader|Chairman|General)\.?\s+)?$",
    )
    .expect("related pattern compiles")
});

/// The name at `[a, b)` ends a counted group's `of` phrase and a comma follows it (`two judges of
/// Vanta Courts, ...`): the names listed next are the group's members.
fn counted_of(s: &str, a: usize, b: usize) -> bool {
    s[b..].starts_with(", ") && COUNTED_OF.is_match(before(s, a))
}

/// A count, a plural noun and `of` before a name (`two judges of`, `three officers of the`).
static COUNTED_OF: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:[a-z-]+\s+){0,2}?[a-z]+s\s+of\s+(?:the\s+)?$")
        .expect("counted-of pattern compiles")
});

/// Named targets in `[from, to)` of a sentence holding a real event (mixed-case text only: in capitals
/// every word looks like a name).
pub fn slot_names(s: &str, from: usize, to: usize) -> Vec<Target> {
    let mut out: Vec<Target> = Vec::new();
    for (ra, rb) in runs(s, from, to) {
        // The end of the run's first name while its role covers the names after it.
        let mut covered: Option<usize> = None;
        for (i, (a, b)) in split_list(s, ra, rb, false).into_iter().enumerate() {
            // `X, the owner of Vanta Group, and Tova Lind`: `, and` closes an apposition's role.
            if covered.is_some_and(|e| s[e..a].contains(", and ")) {
                covered = None;
            }
            match NOT_TARGET.iter().find(|c| (c.test)(s, a, b)) {
                // `two judges of Vanta Courts, Ivo Marek and Tova Lind`: the names after the comma
                // are the counted people, not more of the courts.
                Some(c) if c.covers_run && i == 0 && !counted_of(s, a, b) => covered = Some(b),
                Some(_) => {}
                None if covered.is_some() => {}
                None => {
                    if !out.iter().any(|t| t.name == s[a..b]) {
                        out.push(Target {
                            name: s[a..b].to_string(),
                            kind: kind_in(s, a, b, None).to_string(),
                        });
                    }
                }
            }
        }
    }
    out
}

/// Given names may stand before a short name elsewhere in the story (`Usmanov` is `Alisher
/// Burhanovich Usmanov` in the lead): the guide asks for the fullest form, so a name of one or two
/// words takes the longest run of up to [`MAX_GIVEN`] plain name words the text writes before it.
pub fn fullest_forms(body: &str, named: &mut [Target]) {
    for t in named.iter_mut().take(MAX_EXPANDED) {
        let words = t.name.split_whitespace().count();
        let craft = matches!(t.kind.as_str(), "vessel" | "aircraft");
        if craft || words > 2 || !t.name.split_whitespace().all(plain_name_word) {
            continue;
        }
        let mut best: Option<&str> = None;
        for (at, _) in body.match_indices(t.name.as_str()).take(MAX_OCCURRENCES) {
            let end = at + t.name.len();
            if body[end..].starts_with(|c: char| c.is_alphanumeric()) {
                continue;
            }
            let start = given_names_before(body, at);
            if start < at && best.is_none_or(|b| b.len() < end - start) {
                best = Some(&body[start..end]);
            }
        }
        if let Some(b) = best {
            t.name = b.to_string();
            t.kind = "individual".to_string();
        }
    }
}

/// How many given names a short name may take, how many of its occurrences are read, and how many
/// names of a story are expanded: bounds that keep the pass linear in the body.
const MAX_GIVEN: usize = 3;
const MAX_OCCURRENCES: usize = 16;
const MAX_EXPANDED: usize = 64;

/// A capitalised word of letters (`Usmanov`, `Al-Jabri`, `O'Neill`) that is no title, month,
/// possessive or frequent English word.
fn plain_name_word(w: &str) -> bool {
    // Each part of a hyphenated word is capitalised (`Al-Jabri`, not `Oslo-based`); no possessive.
    let part = |p: &str| {
        let mut chars = p.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.all(|c| c.is_lowercase() || c == '\'')
    };
    w.split('-').all(part)
        && !w.ends_with("'s")
        && !HONORIFICS.contains(&w)
        && !super::targets::no_name_word(w)
        && crate::clean::glue::word_zipf(&w.to_lowercase()) < GIVEN_ZIPF
}

/// Honorifics written before a name that are no part of it (`Sheikh Hassan X` is `Hassan X`).
const HONORIFICS: &[&str] = &[
    "Sheikh",
    "Shaikh",
    "Sayyed",
    "Sayed",
    "Seyed",
    "Haji",
    "Hajji",
    "Mullah",
    "Imam",
    "Ayatollah",
    "Hojatoleslam",
    "Emir",
    "Sir",
    "Lord",
    "Dame",
    "Rabbi",
    "Father",
    "Sultan",
];

/// Zipf frequency below which a capitalised word may be a given name (`alisher` is rare, `john` is
/// 4.9, `the` 7.7).
const GIVEN_ZIPF: f32 = 5.0;

/// Where the run of given names right before `at` starts (`at` when there is none), at most
/// [`MAX_GIVEN`] words separated by single spaces.
fn given_names_before(body: &str, at: usize) -> usize {
    let mut start = at;
    for _ in 0..MAX_GIVEN {
        let Some(head) = body[..start].strip_suffix(' ') else {
            break;
        };
        let w = head
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("");
        if !plain_name_word(w) {
            break;
        }
        start = head.len() - w.len();
    }
    start
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(s: &str, name: &str) -> (usize, usize) {
        let a = s.find(name).unwrap_or_else(|| panic!("{name} in {s}"));
        (a, a + name.len())
    }

    /// Every check on its own examples.
    #[test]
    fn name_roles() {
        for c in NOT_TARGET {
            for (s, n) in c.must {
                let (a, b) = span(s, n);
                assert!((c.test)(s, a, b), "{}: {n} ({s})", c.why);
            }
            for (s, n) in c.must_not {
                if let Some(a) = s.find(n) {
                    assert!(!(c.test)(s, a, a + n.len()), "{}: {n} ({s})", c.why);
                }
            }
        }
    }

    fn names(s: &str) -> Vec<String> {
        let from = s.find("sanction").map_or(0, |i| i + 10);
        slot_names(s, from, s.len())
            .into_iter()
            .map(|t| t.name)
            .collect()
    }

    #[test]
    fn a_clause_of_its_own_ends_the_slot_unless_it_lists() {
        let cut = |s: &'static str| &s[..slot_end(s, 0)];
        assert_eq!(
            cut("It sanctioned Vanta, which worked with Orsk."),
            "It sanctioned Vanta"
        );
        assert_eq!(
            cut("It sanctioned Vanta, saying Ivo Marek lied."),
            "It sanctioned Vanta"
        );
        assert_eq!(
            cut("It sanctioned Vanta and misled Ivo Marek."),
            "It sanctioned Vanta"
        );
        assert_eq!(
            cut("It sanctioned Vanta just before Ivo Marek left."),
            "It sanctioned Vanta"
        );
        for whole in [
            "It sanctioned 30 people, which include Ivo Marek.",
            "It sanctioned Vanta, Orsk, and Ivo Marek.",
        ] {
            assert_eq!(cut(whole), whole);
        }
    }

    #[test]
    fn a_short_name_takes_the_given_names_the_story_writes() {
        let body = "Oslo froze the assets of Deputy Minister Ivo Petrovich Marek on Monday. Marek denied it. Vanta Bank was also hit, as was Sheikh Omar Lund. Lund fled.";
        let mut named = vec![
            Target {
                name: "Marek".into(),
                kind: "organization".into(),
            },
            Target {
                name: "Vanta Bank".into(),
                kind: "organization".into(),
            },
            Target {
                name: "Lund".into(),
                kind: "individual".into(),
            },
        ];
        fullest_forms(body, &mut named);
        assert_eq!(named[0].name, "Ivo Petrovich Marek");
        assert_eq!(named[0].kind, "individual");
        assert_eq!(named[1].name, "Vanta Bank");
        assert_eq!(named[2].name, "Omar Lund");
    }

    #[test]
    fn names_after_the_trigger_with_no_cue() {
        let s = "The sanctions announced on Tuesday hit Deputy Minister Ivo Marek, Kestrel Bank and Vostrabank.";
        assert_eq!(names(s), ["Ivo Marek", "Kestrel Bank", "Vostrabank"]);
    }

    #[test]
    fn a_name_with_a_legal_form_and_an_initial_stays_whole() {
        let s = "The sanctions also name J. Marek and Kestrel Co. for their role.";
        assert_eq!(names(s), ["J. Marek", "Kestrel Co."]);
    }

    #[test]
    fn related_parties_speakers_and_laws_are_no_targets() {
        let s = "The sanctions target Orsk Metals for supplying Vanta Refining under the Export Control Act, Ivo Marek said.";
        assert_eq!(names(s), ["Orsk Metals"]);
    }

    #[test]
    fn names_listed_after_an_excluded_name_share_its_role() {
        let s = "Oslo sanctioned nine companies based in Tromso, Nordland County, and Vanta Arms.";
        let got = names(s);
        assert!(!got.iter().any(|n| n.contains("Nordland")), "{got:?}");
        let s = "Oslo sanctioned Vanta Arms for helping Kestrel Bank and Orla Freight.";
        let got = names(s);
        assert_eq!(got, vec!["Vanta Arms"]);
    }

    #[test]
    fn a_spanish_legal_form_goes_on_after_de() {
        let s = "Oslo sanctioned Playa Azul S.A. de C.V. and Sol Dorado, S. de R.L. de C.V., on Monday.";
        let got = names(s);
        assert_eq!(
            got,
            vec!["Playa Azul S.A. de C.V.", "Sol Dorado, S. de R.L. de C.V."]
        );
    }
}
