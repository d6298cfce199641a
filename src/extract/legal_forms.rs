//! Legal forms written after a firm's name (`Ltd`, `Pte. Ltd.`, `d.o.o.`, `A.Ş.`), in one table: the
//! name shape that finds firms by their form, the period that belongs to a form rather than ending
//! a sentence, and the country a form's law belongs to all read it. Forms were taken from the ones
//! OFAC, EU and UK releases write, checked against the per-country lists of the `cleanco` package
//! (MIT); a country is given only where one country's law has the form.

use std::collections::HashSet;
use std::sync::LazyLock;

/// One legal form as a release writes it.
pub struct Form {
    /// The words as written, periods included; the same words in capitals match too.
    pub written: &'static str,
    /// The one country whose companies carry this form, if only one does.
    pub country: Option<&'static str>,
    /// Whether releases write it after a comma as part of the name (`Vanta, Inc.`, `Co., Ltd.`).
    pub after_comma: bool,
}

const fn form(written: &'static str, country: Option<&'static str>) -> Form {
    Form {
        written,
        country,
        after_comma: false,
    }
}

/// A form also written after a comma.
const fn comma(written: &'static str, country: Option<&'static str>) -> Form {
    Form {
        written,
        country,
        after_comma: true,
    }
}

/// The table. Forms of two letters or fewer that are common words or acronyms in capitals (`AS`, `AB`,
/// `TOO`) are left out: the name shape reads capitals copy too.
pub const FORMS: &[Form] = &[
    form("Co., Ltd.", None),
    form("Co., Limited", None),
    form("Pvt. Ltd.", None),
    form("Private Limited", None),
    form("Pte. Ltd.", Some("SG")),
    form("Pty. Ltd.", None),
    form("Sdn. Bhd.", Some("MY")),
    form("Ltd. Şti.", Some("TR")),
    form("Ltd. Sti.", Some("TR")),
    form("A.Ş.", Some("TR")),
    // The Turkish form as wire copy writes it, without its cedilla (the Czech `a.s.` is lower case).
    form("A.S.", Some("TR")),
    form("Sp. z o.o.", Some("PL")),
    comma("LLC", None),
    form("L.L.C.", None),
    comma("Ltd.", None),
    comma("Limited", None),
    comma("JSC", None),
    comma("PJSC", None),
    form("OJSC", None),
    form("CJSC", None),
    form("OAO", None),
    form("OOO", None),
    form("ZAO", None),
    form("PAO", None),
    form("AO", None),
    comma("Corp.", None),
    form("Corporation", None),
    comma("Inc.", None),
    comma("GmbH", None),
    // The dotted spellings older copy writes (`Donau Export G.m.b.H.`), and Austria's own.
    form("G.m.b.H.", None),
    form("Ges.m.b.H.", Some("AT")),
    comma("S.A.", None),
    comma("SA", None),
    comma("SARL", None),
    comma("SAS", None),
    comma("SRL", None),
    form("S.R.L.", None),
    form("S.r.l.", None),
    comma("S.p.A.", Some("IT")),
    comma("BV", None),
    comma("B.V.", None),
    comma("N.V.", None),
    comma("NV", None),
    comma("SpA", Some("IT")),
    comma("Incorporated", None),
    form("S.L.", Some("ES")),
    comma("AG", None),
    form("A.G.", None),
    comma("Plc", None),
    form("Pte.", Some("SG")),
    form("Bhd.", Some("MY")),
    form("d.o.o.", None),
    form("s.r.o.", None),
    form("Kft.", Some("HU")),
    form("Zrt.", Some("HU")),
    form("UAB", Some("LT")),
    form("EOOD", Some("BG")),
    form("S.A.L.", Some("LB")),
    // Egypt's form, and Paraguay's (`Sociedad Anónima Emisora`).
    form("S.A.E.", None),
    form("K.K.", Some("JP")),
    form("FZE", Some("AE")),
    form("FZCO", Some("AE")),
    form("FZC", Some("AE")),
    form("FZ-LLC", Some("AE")),
    form("DMCC", Some("AE")),
    form("DWC-LLC", Some("AE")),
    form("LLP", None),
    form("Co.", None),
];

/// Mexican forms follow a comma and go on after `de`; the name shape reads them in a branch of its
/// own, and only [`country_of`] reads this table.
const MEXICAN: &[&str] = &["S.A. de C.V.", "S. de R.L. de C.V.", "S. de R.L."];

/// A form's words without their periods and commas (`Pte. Ltd.` → `Pte`, `Ltd`).
fn words(written: &str) -> impl Iterator<Item = &str> {
    written
        .split(' ')
        .map(|w| w.trim_end_matches([',', '.']))
        .filter(|w| !w.is_empty())
}

/// One form as a regex: its words apart by spaces, each but the last perhaps with its period and a
/// comma; the last word ends at a word boundary and may keep its period. A form ending in a letter
/// outside ASCII (`A.Ş`) has no ASCII word boundary after it, so only its period closes it.
fn form_regex(written: &str) -> String {
    let parts: Vec<String> = words(written).map(regex::escape).collect();
    let body = parts.join(r"\.?,?\s+");
    if body.ends_with(|c: char| c.is_ascii_alphanumeric()) {
        format!(r"{body}\b\.?")
    } else {
        format!(r"{body}\.?")
    }
}

/// The alternation of every form of [`FORMS`], as written and in capitals, longest first so that
/// `Pte. Ltd.` wins over `Pte.`.
pub static PATTERN: LazyLock<String> = LazyLock::new(|| {
    let mut written: Vec<String> = FORMS
        .iter()
        .flat_map(|f| [f.written.to_string(), f.written.to_uppercase()])
        .collect();
    written.sort_by_key(|w| std::cmp::Reverse(w.len()));
    written.dedup();
    let alts: Vec<String> = written.iter().map(|w| form_regex(w)).collect();
    format!("(?:{})", alts.join("|"))
});

/// Forms written before the name (`OOO Vostok Trans`, `JSC "Polar Line"`), as Russian and other
/// post-Soviet registries put them.
pub const FIRST: &[&str] = &[
    "PJSC", "OJSC", "CJSC", "JSC", "OOO", "OAO", "ZAO", "PAO", "LLC", "AO",
];

/// The alternation of [`FIRST`], for the name shape that reads a form written first.
pub static FIRST_PATTERN: LazyLock<String> = LazyLock::new(|| format!("(?:{})", FIRST.join("|")));

/// Whether the name opens with a form written first (`OOO Sovtransflot Management`).
pub fn opens_with_form(name: &str) -> bool {
    let first = name.split_whitespace().next().unwrap_or("");
    FIRST.contains(&first) && name.contains(' ')
}

/// Whether `word` (without its period) is a form, or the word of a form, written with a period
/// (`Pte`, `Ltd`, `d.o.o`, `A.Ş`): that period is the name's, not a full stop.
pub fn abbreviated(word: &str) -> bool {
    ABBREVIATED.contains(word)
}

/// Whether `word` (periods and case aside: `Ltd.`, `INC`, `S.A.`) is a form written after a comma.
pub fn after_comma(word: &str) -> bool {
    AFTER_COMMA.contains(&key(word))
}

/// Whether `word` (periods and case aside) is the last word of a form (`LTD`, `Fze`, `Bhd`).
pub fn form_word(word: &str) -> bool {
    LAST_WORDS.contains(&key(word))
}

/// A word's key for [`after_comma`] and [`form_word`]: capitals, no periods.
fn key(w: &str) -> String {
    w.to_uppercase().replace('.', "")
}

// The table's words as sets, built once: the sentence splitter asks at every period.
static ABBREVIATED: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let written = FORMS
        .iter()
        .map(|f| f.written)
        .chain(MEXICAN.iter().copied());
    written
        .flat_map(|f| f.split(' '))
        .filter_map(|w| w.strip_suffix('.'))
        .flat_map(|w| [w.to_string(), w.to_uppercase()])
        .collect()
});
static AFTER_COMMA: LazyLock<HashSet<String>> = LazyLock::new(|| {
    FORMS
        .iter()
        .filter(|f| f.after_comma)
        .map(|f| key(f.written))
        .collect()
});
static LAST_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    FORMS
        .iter()
        .filter_map(|f| words(f.written).last())
        .map(key)
        .collect()
});

/// Build the tables ahead of the first document.
pub fn warm_up() {
    LazyLock::force(&ABBREVIATED);
    LazyLock::force(&AFTER_COMMA);
    LazyLock::force(&LAST_WORDS);
    LazyLock::force(&CONTINUATIONS);
    LazyLock::force(&ENDINGS);
    LazyLock::force(&PATTERN);
}

/// Whether the text after `word.` goes on with the rest of a form `word` opens (`Pte.` then `Ltd.`,
/// `Ltd.` then `Şti.`): the period is inside the form.
pub fn continues(word: &str, next: &str) -> bool {
    let next = next.trim_start();
    CONTINUATIONS.iter().any(|(first, second, upper)| {
        first.eq_ignore_ascii_case(word) && (next.starts_with(second) || next.starts_with(upper))
    })
}

/// The legal form the name ends in, if any (`Vanta Pte. Ltd.` → `Pte. Ltd.`).
fn ending(name: &str) -> Option<&'static str> {
    let name = name.trim_end_matches('.');
    let ends = |w: &str| {
        name.strip_suffix(w)
            .is_some_and(|head| head.ends_with([' ', ',']))
    };
    ENDINGS
        .iter()
        .filter(|(_, w, upper)| ends(w) || ends(upper))
        .map(|(written, _, _)| *written)
        .max_by_key(|w| w.len())
}

// Built once, as the sets above: the sentence splitter asks [`continues`] at every period.
/// The first two words of each form of several (`Pte`, `Ltd` and `LTD`).
static CONTINUATIONS: LazyLock<Vec<(&'static str, &'static str, String)>> = LazyLock::new(|| {
    FORMS
        .iter()
        .filter_map(|f| {
            let mut ws = words(f.written);
            let (first, second) = (ws.next()?, ws.next()?);
            Some((first, second, second.to_uppercase()))
        })
        .collect()
});
/// Each form as written, then without its last period, as written and in capitals.
static ENDINGS: LazyLock<Vec<(&'static str, &'static str, String)>> = LazyLock::new(|| {
    MEXICAN
        .iter()
        .copied()
        .chain(FORMS.iter().map(|f| f.written))
        .map(|w| {
            let bare = w.trim_end_matches('.');
            (w, bare, bare.to_uppercase())
        })
        .collect()
});

/// Whether the name's last words are a legal form (`Vanta LLC`, `Orla Pte. Ltd.`).
pub fn ends_in_form(name: &str) -> bool {
    ending(name).is_some()
}

/// The country whose law the name's legal form belongs to (`Vanta Pte. Ltd.` → SG), if only one
/// country has that form.
pub fn country_of(name: &str) -> Option<&'static str> {
    let form = ending(name)?;
    if MEXICAN.contains(&form) {
        return Some("MX");
    }
    FORMS
        .iter()
        .find(|f| f.written == form)
        .and_then(|f| f.country)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pattern() -> regex::Regex {
        regex::Regex::new(&format!(r"\b{}", PATTERN.as_str())).unwrap()
    }

    #[test]
    fn the_pattern_reads_a_form_whole_with_its_periods() {
        let re = pattern();
        for (text, form) in [
            ("Harbor Line Pte. Ltd. said", "Pte. Ltd."),
            ("Drina Power d.o.o. and", "d.o.o."),
            ("Yildiz Dis Ticaret Ltd. Şti. and", "Ltd. Şti."),
            ("Nova Elektronik A.Ş. on", "A.Ş."),
            ("VANTA TRADING PTE. LTD. WAS", "PTE. LTD."),
            ("Kestrel Sp. z o.o. was", "Sp. z o.o."),
            ("Orla LLC was", "LLC"),
            ("Halden Export G.m.b.H. and", "G.m.b.H."),
            ("HALDEN EXPORT G.M.B.H . AND", "G.M.B.H"),
            ("Orla Trading A.G., whose", "A.G."),
        ] {
            let m = re.find(text).map(|m| m.as_str());
            assert_eq!(m, Some(form), "{text}");
        }
        // A word that only starts like a form is none.
        for text in ["the Agency said", "Ltdx", "Coast Guard"] {
            assert_eq!(re.find(text).map(|m| m.as_str()), None, "{text}");
        }
    }

    #[test]
    fn a_country_comes_only_from_a_form_one_country_has() {
        assert_eq!(country_of("Harbor Line Marine Pte. Ltd."), Some("SG"));
        assert_eq!(
            country_of("Nova Elektronik Sanayi ve Ticaret A.Ş."),
            Some("TR")
        );
        assert_eq!(country_of("Sol del Norte, S.A. de C.V."), Some("MX"));
        assert_eq!(country_of("AMBER GULF FZE"), Some("AE"));
        assert_eq!(country_of("Drina Power d.o.o."), None);
        assert_eq!(country_of("Orla Freight LLC"), None);
        assert_eq!(country_of("Ivo Marek"), None);
        // `Bhd` inside a word is no form.
        assert_eq!(country_of("Orla Abhd"), None);
    }

    #[test]
    fn a_period_inside_a_form_is_the_names() {
        assert!(abbreviated("Pte"));
        assert!(abbreviated("d.o.o"));
        assert!(abbreviated("LTD"));
        assert!(!abbreviated("Agency"));
        assert!(continues("Pte", " Ltd. was sanctioned"));
        assert!(continues("Ltd", " Şti. and"));
        assert!(!continues("Pte", " The Treasury"));
    }

    #[test]
    fn forms_after_a_comma_and_last_words_ignore_periods_and_case() {
        assert!(after_comma("Inc."));
        assert!(after_comma("S.A."));
        assert!(after_comma("incorporated"));
        assert!(!after_comma("FZE"));
        assert!(form_word("fze"));
        assert!(form_word("Ltd."));
        assert!(!form_word("Trading"));
        assert!(abbreviated("C.V"));
    }

    #[test]
    fn a_name_ends_in_a_form_only_after_a_space_or_comma() {
        assert!(ends_in_form("Orla Pte. Ltd."));
        assert!(ends_in_form("Vanta, Inc."));
        assert!(ends_in_form("VANTA CORP"));
        assert!(!ends_in_form("Inc."));
        assert!(!ends_in_form("Vantainc"));
    }
}
