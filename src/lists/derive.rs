//! Aliases the news writes but a list does not: rewrites of an organisation's own names, one table
//! row each, with the names it must and must not rewrite (the tests run every row's examples).
//! A derived alias goes through the same linking rules as any other: a one-word alias still needs its
//! type cue and corroboration.

use std::sync::LazyLock;

use regex::Regex;

use std::collections::HashMap;

use super::{Entry, Kind};
use crate::extract::{country_name, resolve_country};
use crate::link::normalize::{core_range, fold};

// The examples and the label are read by the tests only.
#[cfg_attr(not(test), allow(dead_code))]
struct Derivation {
    /// What the rewrite is, for the tests' messages.
    what: &'static str,
    /// Matched against the whole name, case-insensitively.
    pattern: &'static str,
    /// Alias templates over the pattern's groups (`$u`, `${x}S`); `$country` is the English name of
    /// the country the `country` group names (`THE RUSSIAN FEDERATION` → `Russia`).
    out: &'static [&'static str],
    /// A group that must name a country for the row to apply (`SBERBANK OF RUSSIA`).
    country: Option<&'static str>,
    must: &'static [(&'static str, &'static [&'static str])],
    must_not: &'static [&'static str],
}

/// A unit named after its parent and the parent's acronym: `PARENT (ACR)-UNIT`.
const UNIT_OF_ACRONYM: &str =
    r"^(?P<p>[^()]+?)\s*\((?P<a>[A-Z]{2,6})\)\s*-\s*(?P<u>\S+(?:\s+\S+)+)$";

const DERIVATIONS: &[Derivation] = &[
    Derivation {
        // The news names a unit without its parent's long name, or with the parent's acronym.
        what: "a unit named after its parent's acronym",
        pattern: UNIT_OF_ACRONYM,
        out: &["$u", "$a $u", "$p $u"],
        country: None,
        must: &[(
            "NORTHERN ROCKET TROOPS (NRT)-SIGNAL BRIGADE",
            &[
                "SIGNAL BRIGADE",
                "NRT SIGNAL BRIGADE",
                "NORTHERN ROCKET TROOPS SIGNAL BRIGADE",
            ],
        )],
        must_not: &["NORTHERN ROCKET TROOPS-SIGNAL BRIGADE", "ALFA (NRT)-BRAVO"],
    },
    Derivation {
        // The list gives the acronym in brackets after the name; the news uses either alone.
        what: "a name and its acronym in brackets, each alone",
        pattern: r"^(?P<x>[^()]+?)\s*\((?P<a>[A-Z]{2,6})\)$",
        out: &["$x", "$a"],
        country: None,
        must: &[(
            "NORTHERN ROCKET TROOPS (NRT)",
            &["NORTHERN ROCKET TROOPS", "NRT"],
        )],
        must_not: &[
            "TING NORDVIK JEWELLERY (HK)",
            "NORDVIK ENERGY (MALAYSIA)",
            "NORTHERN ROCKET TROOPS (NRT) OFFICE",
        ],
    },
    Derivation {
        // Iran's revolutionary bodies are listed as `ISLAMIC REVOLUTIONARY ...`; the news calls them
        // `Iran's Revolutionary ...` or `the Revolutionary ...`, and a unit by its parent's name too.
        what: "a revolutionary body without the word Islamic",
        pattern: r"^ISLAMIC\s+(?P<x>REVOLUTIONARY\s+[^()]+?)(?:\s*\([A-Z]+\))?(?:\s*-\s*(?P<u>\S.*))?$",
        out: &["$x $u"],
        country: None,
        must: &[
            (
                "ISLAMIC REVOLUTIONARY NORD CORPS",
                &["REVOLUTIONARY NORD CORPS"],
            ),
            (
                "ISLAMIC REVOLUTIONARY NORD CORPS (IRNC)-SIGNAL BRIGADE",
                &["REVOLUTIONARY NORD CORPS SIGNAL BRIGADE"],
            ),
        ],
        must_not: &["ISLAMIC NORD CORPS", "ISLAMIC REVOLUTIONARY"],
    },
    Derivation {
        // A movement named by a nisba adjective (`-i`) is called by it, and its members by its plural.
        what: "a nisba movement and its members",
        pattern: r"^(?P<x>[A-Z][A-Z'-]{2,}I)\s+(?:GROUP|MOVEMENT)$",
        out: &["$x", "${x}S"],
        country: None,
        must: &[("ZAIDANI MOVEMENT", &["ZAIDANI", "ZAIDANIS"])],
        must_not: &["GREEN GROUP", "NORTHWIND GROUP", "ZAIDANI TRADING GROUP"],
    },
    Derivation {
        // The news calls a charity or a society by its own name alone (`Al-Qard al-Hassan`).
        what: "a name without the kind of body it is",
        // One word alone (`MARTYRS`, `TAMIL`) is too often a plain word or a people.
        pattern: r"^(?P<x>\S+(?:\s+\S+)+?|\S+-\S+)\s+(?:ASSOCIATION|FOUNDATION|SOCIETY|CHARITY|INSTITUTION)$",
        out: &["$x"],
        country: None,
        must: &[("AL-NUR AL-AMAL ASSOCIATION", &["AL-NUR AL-AMAL"])],
        must_not: &[
            "ASSOCIATION",
            "NORDIC ASSOCIATION OF TRADERS",
            "MARTYRS FOUNDATION",
        ],
    },
    Derivation {
        // Russian state concerns go by the name after the word: `... CONCERN ALMAZ-ANTEY`.
        what: "the name after the word concern",
        pattern: r"^(?:.+\s)?CONCERN\s+(?P<x>[^()]+?)$",
        out: &["$x"],
        country: None,
        must: &[("AIR DEFENSE CONCERN NORD-VOSTOK", &["NORD-VOSTOK"])],
        must_not: &["CONCERN", "NORD CONCERN"],
    },
    Derivation {
        // `Bank Rossiya` is as often `Rossiya Bank`.
        what: "the word bank on the other side",
        pattern: r"^BANK\s+(?P<x>[A-Z][A-Z'-]{3,})$",
        out: &["$x BANK"],
        country: None,
        must: &[("BANK NORDLAND", &["NORDLAND BANK"])],
        must_not: &["BANK OF NORDLAND", "BANK NORDLAND TRUST"],
    },
    Derivation {
        what: "the word bank on the other side",
        pattern: r"^(?P<x>[A-Z][A-Z'-]{3,})\s+BANK$",
        out: &["BANK $x"],
        country: None,
        must: &[("NORDLAND BANK", &["BANK NORDLAND"])],
        must_not: &["CENTRAL TRUST BANK"],
    },
    Derivation {
        // `VTB Bank` is `VTB` in the news: letters without a vowel are an acronym, not a word
        // (`SAMAN BANK`, `DAY BANK` keep the word bank). The alias is an acronym's: it links only
        // where the article spells the name out or the acronym is well known.
        what: "an acronym bank by its acronym alone",
        pattern: r"^(?P<a>[B-DF-HJ-NP-TV-XZ]{2,4})\s+BANK$",
        out: &["$a"],
        country: None,
        must: &[("QVT BANK", &["QVT"])],
        must_not: &["AIR BANK", "DAY BANK", "QVT BANK EUROPE", "BANK QVT"],
    },
    Derivation {
        // A bank registered as `BANK <what kind> <NAME>` goes by its name and the word bank.
        what: "a bank by its own name after the words for its kind",
        pattern: r"^BANK\s+(?:(?:FINANCIAL|COMMERCIAL|INVESTMENT|INDUSTRIAL|CORPORATION|GROUP)\s+)+(?P<x>[A-Z][A-Z'-]{3,})$",
        out: &["$x BANK", "BANK $x"],
        country: None,
        must: &[(
            "BANK FINANCIAL CORPORATION NORDVIK",
            &["NORDVIK BANK", "BANK NORDVIK"],
        )],
        must_not: &["BANK FINANCIAL GROUP", "BANK NATIONAL FACTORING COMPANY"],
    },
    Derivation {
        // Iran's central bank is listed by its Persian name (`markazi`: central); the news
        // translates it.
        what: "a central bank by its name in English",
        pattern: r"^BANK\s+MARKAZI(?:\s+\S+)*?\s+(?P<c>[A-Z]+)$",
        out: &["CENTRAL BANK OF $c", "$country'S CENTRAL BANK"],
        country: Some("c"),
        must: &[(
            "BANK MARKAZI JOMHOURI ISLAMI IRAN",
            &["CENTRAL BANK OF IRAN", "IRAN'S CENTRAL BANK"],
        )],
        must_not: &["BANK OF IRAN", "BANK MARKAZI NORDVIK"],
    },
    Derivation {
        // A body named with the lands it claims goes by its name without them (`Islamic State`).
        what: "a state or emirate without the lands it claims",
        pattern: r"^(?P<x>\S+\s+(?:STATE|EMIRATE))\s+OF\s+(?P<c>[A-Z]+)(?:\s+AND\s+(?:THE\s+)?\S+)?$",
        out: &["$x"],
        country: Some("c"),
        must: &[
            ("ISLAMIC STATE OF IRAQ AND THE LEVANT", &["ISLAMIC STATE"]),
            ("ISLAMIC EMIRATE OF AFGHANISTAN", &["ISLAMIC EMIRATE"]),
        ],
        must_not: &[
            "ISLAMIC STATE OF IRAQ AND SYRIA - NORDLAND",
            "STATE OF IRAQ",
            "ISLAMIC STATE OF MIND",
        ],
    },
    Derivation {
        // `Bank Melli Iran` is `Bank Melli`: the country after the name only says where it is.
        what: "a bank's name without its country after it",
        pattern: r"^BANK\s+(?P<x>[A-Z][A-Z'-]{3,})\s+(?P<c>[A-Z]+)$",
        out: &["BANK $x"],
        country: Some("c"),
        must: &[("BANK NORDVIK IRAN", &["BANK NORDVIK"])],
        must_not: &["BANK NORDVIK TRUST"],
    },
    Derivation {
        // A Russian state corporation goes by the name that ends its registered name (`Rostec`,
        // `Vnesheconombank`), not by what it is for.
        what: "a state corporation by the name at its end",
        pattern: r"^STATE\s+CORPORATION\s+(?:.+\s)?(?P<x>[A-Z][A-Z'-]{5,})$",
        out: &["$x"],
        country: None,
        must: &[
            ("STATE CORPORATION NORDTEC", &["NORDTEC"]),
            (
                "STATE CORPORATION BANK FOR TRADE AND FOREIGN AFFAIRS NORDVNESHBANK",
                &["NORDVNESHBANK"],
            ),
        ],
        must_not: &["STATE CORPORATION", "STATE NORDTEC CORPORATION"],
    },
    Derivation {
        // `the Central Bank of Syria` is as often `Syria's Central Bank`.
        what: "a country's body with the country first",
        // A name of two words or more: `Russia's Sberbank` is the one-word row's `Sberbank`.
        pattern: r"^(?P<x>[^,\s]+\s+[^,]+?)\s+OF\s+(?P<c>(?:THE\s+)?[A-Z][A-Z' ]+)$",
        out: &["$country'S $x"],
        country: Some("c"),
        must: &[
            (
                "ATOMIC ENERGY ORGANIZATION OF IRAN",
                &["IRAN'S ATOMIC ENERGY ORGANIZATION"],
            ),
            (
                "FOREIGN INTELLIGENCE SERVICE OF THE RUSSIAN FEDERATION",
                &["RUSSIA'S FOREIGN INTELLIGENCE SERVICE"],
            ),
        ],
        must_not: &[
            "MINISTRY OF DEFENSE OF NORDLAND",
            "BANK OF THE NORTH",
            "NORDBANK OF NORTH",
        ],
    },
    Derivation {
        // `Sberbank of Russia` is `Sberbank` in the news: the country only says where it is.
        what: "a one-word name and its country",
        pattern: r"^(?P<x>[A-Z][A-Z'-]{3,})\s+OF\s+(?P<c>[A-Z][A-Z ]+)$",
        out: &["$x"],
        country: Some("c"),
        must: &[
            ("NORDBANK OF NORWAY", &["NORDBANK"]),
            (
                "PUBLIC JOINT STOCK COMPANY NORDBANK OF NORWAY",
                &["NORDBANK"],
            ),
        ],
        must_not: &["NORDBANK OF THE NORTH", "BANK OF NORWAY"],
    },
];

/// Rewrites of a person's name as a list writes it (`FAMILY, Given`).
const PERSON_DERIVATIONS: &[Derivation] = &[Derivation {
    // An honorific before the given names (`Sayyed`: a descendant of the Prophet; `Haji`: one who
    // made the pilgrimage) is a title the news mostly leaves out.
    what: "a name without the honorific before the given names",
    // A doctor's or a general's title there too (`AL ZAWAHIRI, Dr. Ayman`).
    pattern: r"^(?P<f>[^,]+),\s*(?:SAYY?[EI]D|SEYY?[EI]D|SAYED|SHAIKH|SHEIKH|HAJJ?I|MULLAH|MAWLAWI|MAULAWI|DR\.?|DOCTOR|PROF\.?|GENERAL)\s+(?P<g>\S.*)$",
    out: &["$f, $g"],
    country: None,
    must: &[
        ("NOORI, Sayyed Abdolkarim", &["NOORI, ABDOLKARIM"]),
        ("NOORI, Haji Karim Ahmad", &["NOORI, KARIM AHMAD"]),
        ("NOORI, Dr. Karim", &["NOORI, KARIM"]),
    ],
    must_not: &[
        "NOORI, Sayyed",
        "SAYYED, Karim",
        "NOORI, Sayyedkarim",
        "NOORI, Drakan",
    ],
}];

/// Words too general to stand for a body on their own, whatever the rewrite leaves.
const GENERAL: &[&str] = &[
    "BANK",
    "COMPANY",
    "GROUP",
    "MINISTRY",
    "MINISTER",
    "COUNCIL",
    "OFFICE",
    "AGENCY",
    "FUND",
    "CENTRAL",
    "NATIONAL",
    "STATE",
    "PEOPLE'S",
    "REPUBLIC",
    "GOVERNMENT",
    "CORPORATION",
];

fn compile(table: &[Derivation]) -> Vec<Regex> {
    table
        .iter()
        .map(|d| Regex::new(&format!("(?i){}", d.pattern)).expect("derivation pattern"))
        .collect()
}

static COMPILED: LazyLock<Vec<Regex>> = LazyLock::new(|| compile(DERIVATIONS));
static PERSON_COMPILED: LazyLock<Vec<Regex>> = LazyLock::new(|| compile(PERSON_DERIVATIONS));

/// The name without the legal forms at either end (`PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA`
/// is read as `SBERBANK OF RUSSIA`).
fn without_legal_forms(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let folded: Vec<String> = words.iter().map(|w| fold(w)).collect();
    let refs: Vec<&str> = folded.iter().map(String::as_str).collect();
    let (lo, hi, _) = core_range(&refs);
    words[lo..hi].join(" ")
}

/// The aliases the organisation table derives from one name, upper-cased as lists write them.
fn derive(name: &str) -> Vec<String> {
    apply(DERIVATIONS, &COMPILED, &without_legal_forms(name))
}

/// The aliases the rows of `table` derive from `name`.
fn apply(table: &[Derivation], compiled: &[Regex], name: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (d, re) in table.iter().zip(compiled.iter()) {
        let Some(caps) = re.captures(name) else {
            continue;
        };
        let mut country = "";
        if let Some(g) = d.country {
            let Some(code) = caps.name(g).and_then(|c| resolve_country(c.as_str())) else {
                continue;
            };
            country = country_name(code).unwrap_or(code);
        }
        if caps
            .name("x")
            .is_some_and(|x| GENERAL.contains(&x.as_str().to_uppercase().as_str()))
        {
            continue;
        }
        // A group `a` is an acronym of the name `x` or `p`: it starts with that name's first letter
        // (`(TTP)` of `TEHRIK-E TALIBAN PAKISTAN`), which a place in brackets (`(HK)`, `(USA)`) does not.
        let named = caps.name("x").or_else(|| caps.name("p"));
        if let (Some(a), Some(n)) = (caps.name("a"), named) {
            if a.as_str().chars().next() != n.as_str().chars().next() {
                continue;
            }
        }
        for t in d.out {
            let mut s = String::new();
            caps.expand(&t.replace("$country", country), &mut s);
            out.push(
                s.split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_uppercase(),
            );
        }
    }
    out
}

static UNIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("(?i){UNIT_OF_ACRONYM}")).expect("unit pattern"));

/// Acronyms a list gives a parent only inside its units' names (`ISLAMIC REVOLUTIONARY GUARD CORPS
/// (IRGC)-QODS FORCE`): the entry named as that parent gets the acronym as an alias. A pass over the
/// whole list, after each entry's own rows.
pub fn parent_acronyms(entries: &mut [Entry]) {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_uppercase()
    };
    let mut by_parent: HashMap<String, String> = HashMap::new();
    for e in entries.iter().filter(|e| e.kind == Kind::Organization) {
        for n in std::iter::once(&e.name).chain(&e.aliases) {
            let Some(c) = UNIT.captures(n) else {
                continue;
            };
            let (p, a) = (&c["p"], &c["a"]);
            // As for the rows: an acronym starts with its name's first letter.
            if p.chars().next() == a.chars().next() {
                by_parent.insert(norm(p), a.to_uppercase());
            }
        }
    }
    if by_parent.is_empty() {
        return;
    }
    for e in entries.iter_mut().filter(|e| e.kind == Kind::Organization) {
        if let Some(a) = by_parent.get(&norm(&e.name)) {
            if !e.aliases.iter().any(|x| x.eq_ignore_ascii_case(a)) {
                e.aliases.push(a.clone());
            }
        }
    }
}

/// The new aliases the tables derive for an entry of this kind (organisations and persons; none for
/// other kinds), none of which it already has.
pub fn aliases_for(kind: Kind, name: &str, aliases: &[String]) -> Vec<String> {
    match kind {
        Kind::Organization => org_aliases(name, aliases),
        Kind::Individual => person_aliases(name, aliases),
        _ => Vec::new(),
    }
}

/// New aliases for an organisation with this name and these aliases: none it already has.
pub fn org_aliases(name: &str, aliases: &[String]) -> Vec<String> {
    new_aliases(name, aliases, derive)
}

/// New aliases for a person with this name and these aliases.
fn person_aliases(name: &str, aliases: &[String]) -> Vec<String> {
    new_aliases(name, aliases, |n| {
        apply(PERSON_DERIVATIONS, &PERSON_COMPILED, n.trim())
    })
}

fn new_aliases(
    name: &str,
    aliases: &[String],
    derive: impl Fn(&str) -> Vec<String>,
) -> Vec<String> {
    let have =
        |s: &str| s.eq_ignore_ascii_case(name) || aliases.iter().any(|a| a.eq_ignore_ascii_case(s));
    let mut out: Vec<String> = Vec::new();
    for n in std::iter::once(name).chain(aliases.iter().map(String::as_str)) {
        for d in derive(n) {
            if !have(&d) && !out.contains(&d) {
                out.push(d);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_rewrites_its_examples_and_leaves_its_counter_examples() {
        check_rows(DERIVATIONS, &derive);
        check_rows(PERSON_DERIVATIONS, &|n| {
            apply(PERSON_DERIVATIONS, &PERSON_COMPILED, n)
        });
    }

    fn check_rows(table: &[Derivation], derive: &dyn Fn(&str) -> Vec<String>) {
        for d in table {
            for (name, want) in d.must {
                let got = derive(name);
                for w in *want {
                    assert!(
                        got.iter().any(|g| g == w),
                        "{}: {name} should give {w}, gave {got:?}",
                        d.what
                    );
                }
            }
            for name in d.must_not {
                let got = derive(name);
                assert!(
                    got.is_empty(),
                    "{}: {name} should give nothing, gave {got:?}",
                    d.what
                );
            }
        }
    }

    #[test]
    fn a_parent_gets_the_acronym_its_units_give_it() {
        let org = |name: &str| Entry::new("", name, Kind::Organization);
        let mut entries = vec![
            org("NORTHERN ROCKET TROOPS"),
            org("NORTHERN ROCKET TROOPS (NRT)-SIGNAL BRIGADE"),
            org("OTHER TROOPS"),
        ];
        parent_acronyms(&mut entries);
        assert_eq!(entries[0].aliases, ["NRT"]);
        assert!(entries[1].aliases.is_empty() && entries[2].aliases.is_empty());
    }

    #[test]
    fn derived_aliases_skip_what_the_entry_already_has() {
        let got = org_aliases("BANK NORDLAND", &["NORDLAND BANK".to_string()]);
        assert!(got.is_empty(), "{got:?}");
        let got = org_aliases("Nordbank of Norway", &[]);
        assert_eq!(got, vec!["NORDBANK".to_string()]);
    }
}
