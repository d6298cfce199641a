//! Reading a list file: the format is detected from its content, bad rows are skipped with their line
//! numbers. Formats: the OFAC SDN CSV as published, OpenSanctions `targets.simple.csv`, a CSV or TSV
//! with a `name` header, or one name per line.

use std::sync::LazyLock;

use regex::Regex;

use super::{Entry, Kind};
use crate::extract::resolve_country;

/// The entries of a list file, its format, and the rows skipped (with why).
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub format: &'static str,
    pub entries: Vec<Entry>,
    pub skipped: Vec<String>,
}

/// Decode (UTF-8, else Latin-1 as OFAC's files are) and parse a list file's bytes.
pub fn parse_list(bytes: &[u8]) -> Parsed {
    let text = match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => bytes.iter().map(|&b| b as char).collect(),
    };
    let text = text.trim_start_matches('\u{feff}');
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let header: Vec<String> = split_header(first);
    // Some names give another entry's acronym (a unit its parent's): a pass over the whole list.
    let mut parsed = parse_format(text, first, &header);
    super::derive::parent_acronyms(&mut parsed.entries);
    parsed
}

/// The entries of a list in the format its first line shows.
fn parse_format(text: &str, first: &str, header: &[String]) -> Parsed {
    let has = |c: &str| header.iter().any(|h| h == c);
    if is_ofac_row(first) {
        parse_ofac(text)
    } else if has("id") && has("schema") && has("name") {
        parse_table(text, b',', "opensanctions")
    } else if has("name") {
        let tab = first.contains('\t');
        let delim = if tab {
            b'\t'
        } else if first.contains(';') && !first.contains(',') {
            b';'
        } else {
            b','
        };
        parse_table(text, delim, if tab { "tsv" } else { "csv" })
    } else {
        parse_lines(text)
    }
}

fn split_header(line: &str) -> Vec<String> {
    line.split(['\t', ',', ';'])
        .map(|h| h.trim().trim_matches('"').trim().to_ascii_lowercase())
        .collect()
}

/// An OFAC SDN row: a numeric uid, a quoted name and a type OFAC uses, in twelve fields.
fn is_ofac_row(line: &str) -> bool {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(line.as_bytes());
    let Some(Ok(rec)) = r.records().next() else {
        return false;
    };
    rec.len() == 12
        && rec[0].trim().bytes().all(|b| b.is_ascii_digit())
        && !rec[0].trim().is_empty()
        && matches!(
            rec[2].trim(),
            "individual" | "vessel" | "aircraft" | "-0-" | ""
        )
}

/// `a.k.a. 'X'` up to the quote that ends the alias (`;` or the end follows it): an alias may hold
/// apostrophes of its own (`a.k.a. 'AL-HAQ, 'Abd'`, `a.k.a. 'HAJJ AS'AD AHMAD'`).
static ALIAS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[afn]\.k\.a\.,?\s*'(.+?)'(?:;|\.\s|\.?\s*$)").expect("alias pattern")
});
static IMO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bIMO (\d{7})\b").expect("imo pattern"));
static LINKED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"Linked To: ([^;]+)").expect("linked pattern"));
/// `DOB 1960`, `alt. DOB 31 Aug 1953`, `DOB circa 1955`, `DOB 1955 to 1960`: the text up to the `;`.
static DOB: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\bDOB ([^;]+)").expect("dob pattern"));
static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(1[89]\d\d|20\d\d)\b").expect("year pattern"));
/// A quoted stretch that starts after a space and ends the name or a word: `'WAGNER'`, `"ALFA"`,
/// `«ALFA»`, never an apostrophe inside a word (`JAM'YAH`, `Cho'ng`).
static TRADE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?:^|\s)['"«“]([A-Z0-9][^'"»”]{2,})['"»”](?:\s|,|$)"#)
        .expect("trade name pattern")
});
static NATIONALITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:nationality|citizen) ([A-Z][A-Za-z ,.'-]+?)(?:;|\.$|$)").expect("nat pattern")
});

fn parse_ofac(text: &str) -> Parsed {
    let mut entries = Vec::new();
    let mut skipped = Vec::new();
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    for rec in r.records() {
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                skipped.push(format!(
                    "line {}: {e}",
                    e.position().map_or(0, |p| p.line())
                ));
                continue;
            }
        };
        let line = rec.position().map_or(0, |p| p.line());
        // The published file ends with a DOS end-of-file byte on a line of its own.
        if rec.len() == 1 && rec[0].trim_matches(['\u{1a}', ' ']).is_empty() {
            continue;
        }
        match ofac_entry(&rec) {
            Ok(e) => entries.push(e),
            Err(why) => skipped.push(format!("line {line}: {why}")),
        }
    }
    Parsed {
        format: "ofac-sdn",
        entries,
        skipped,
    }
}

fn ofac_entry(rec: &csv::StringRecord) -> Result<Entry, String> {
    let field = |i: usize| {
        rec.get(i)
            .map(str::trim)
            .filter(|s| *s != "-0-")
            .unwrap_or("")
    };
    if rec.len() != 12 {
        return Err(format!("{} fields, an SDN row has 12", rec.len()));
    }
    let id = field(0);
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("{id:?} is not an SDN uid"));
    }
    let name = field(1);
    if name.is_empty() {
        return Err("no name".into());
    }
    let kind = Kind::parse(rec.get(2).unwrap_or("").trim());
    let kind = if kind == Kind::Unknown {
        Kind::Organization
    } else {
        kind
    };
    let programs: Vec<String> = field(3)
        .split("] [")
        .map(|p| p.trim_matches(['[', ']', ' ']).to_string())
        .filter(|p| !p.is_empty())
        .collect();
    let remarks = field(11);
    let mut aliases: Vec<String> = ALIAS
        .captures_iter(remarks)
        .map(|c| c[1].trim_matches(['\'', ' ']).to_string())
        .filter(|a| !a.is_empty())
        .collect();
    if kind == Kind::Organization {
        aliases.extend(trade_name(name));
    }
    let derived = super::derive::aliases_for(kind, name, &aliases);
    aliases.extend(derived);
    let imo = IMO.captures(remarks).map(|c| c[1].to_string());
    let linked = LINKED
        .captures_iter(remarks)
        .map(|c| c[1].trim().trim_end_matches('.').trim().to_string())
        .collect();
    let mut countries: Vec<String> = programs.iter().flat_map(|p| program_countries(p)).collect();
    for c in NATIONALITY.captures_iter(remarks) {
        countries.extend(resolve_country(c[1].trim()).map(str::to_string));
    }
    countries.extend(resolve_country(field(9)).map(str::to_string));
    countries.sort();
    countries.dedup();
    Ok(Entry {
        id: id.to_string(),
        name: name.to_string(),
        kind,
        aliases,
        programs,
        countries,
        imo,
        linked,
        born: earliest_year(DOB.captures_iter(remarks).map(|c| c[1].to_string())),
    })
}

/// The quoted trade name inside a company's registered name (`PRIVATE MILITARY COMPANY 'WAGNER'`
/// → `WAGNER`): the news calls the company by it, as lists' own a.k.a.s often do not.
fn trade_name(name: &str) -> Option<String> {
    let quoted = TRADE_NAME.captures(name)?.get(1)?.as_str().trim();
    (quoted.len() >= 3 && quoted.len() < name.trim().len() - 2).then(|| quoted.to_string())
}

/// The earliest plausible year of birth among `dates` (`1960`, `31 Aug 1953`, `1960-08-31`).
fn earliest_year(dates: impl Iterator<Item = String>) -> Option<u16> {
    dates
        .flat_map(|d| {
            YEAR.find_iter(&d)
                .filter_map(|m| m.as_str().parse::<u16>().ok())
                .collect::<Vec<_>>()
        })
        .filter(|y| (1850..=2100).contains(y))
        .min()
}

/// The countries an OFAC program is about, by the prefix of its code.
const PROGRAM_COUNTRIES: &[(&str, &[&str])] = &[
    ("RUSSIA", &["RU"]),
    ("CAATSA - RUSSIA", &["RU"]),
    ("UKRAINE", &["RU", "UA"]),
    ("CYBER", &[]),
    ("DPRK", &["KP"]),
    ("NKSPEA", &["KP"]),
    ("IRAN", &["IR"]),
    ("IRGC", &["IR"]),
    ("IFSR", &["IR"]),
    ("NPWMD", &[]),
    ("SYRIA", &["SY"]),
    ("VENEZUELA", &["VE"]),
    ("CUBA", &["CU"]),
    ("BELARUS", &["BY"]),
    ("BURMA", &["MM"]),
    ("IRAQ", &["IQ"]),
    ("LEBANON", &["LB"]),
    ("HIZBALLAH", &["LB"]),
    ("LIBYA", &["LY"]),
    ("SOMALIA", &["SO"]),
    ("SOUTH SUDAN", &["SS"]),
    ("SUDAN", &["SD"]),
    ("DARFUR", &["SD"]),
    ("YEMEN", &["YE"]),
    ("ZIMBABWE", &["ZW"]),
    ("CAR", &["CF"]),
    ("DRCONGO", &["CD"]),
    ("MALI", &["ML"]),
    ("NICARAGUA", &["NI"]),
    ("BALKANS", &["RS", "BA", "XK", "MK", "ME"]),
    ("HONGKONG", &["HK", "CN"]),
    ("CHINA", &["CN"]),
    ("ETHIOPIA", &["ET"]),
    ("HRIT-IR", &["IR"]),
    ("HRIT-SY", &["SY"]),
    ("BURUNDI", &["BI"]),
    ("AFGHANISTAN", &["AF"]),
];

fn program_countries(program: &str) -> Vec<String> {
    PROGRAM_COUNTRIES
        .iter()
        .filter(|(prefix, _)| program.starts_with(prefix))
        .flat_map(|(_, cs)| cs.iter().map(|c| c.to_string()))
        .collect()
}

/// A table with a header: OpenSanctions' `targets.simple.csv`, or a firm's own CSV/TSV with at least a
/// `name` column (optional `id`, `type`/`schema`, `aliases`, `programs`/`sanctions`, `countries`).
fn parse_table(text: &str, delim: u8, format: &'static str) -> Parsed {
    let mut r = csv::ReaderBuilder::new()
        .delimiter(delim)
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = match r.headers() {
        Ok(h) => h.iter().map(|s| s.trim().to_ascii_lowercase()).collect(),
        Err(e) => {
            return Parsed {
                format,
                entries: Vec::new(),
                skipped: vec![format!("line 1: {e}")],
            }
        }
    };
    let col = |names: &[&str]| {
        names
            .iter()
            .find_map(|n| header.iter().position(|h| h == n))
    };
    let cols = TableCols {
        name: col(&["name"]).unwrap_or(0),
        id: col(&["id", "entry_id", "uid"]),
        kind: col(&["schema", "type", "kind"]),
        aliases: col(&["aliases", "alias"]),
        programs: col(&["programs", "program", "sanctions"]),
        countries: col(&["countries", "country"]),
        identifiers: col(&["identifiers", "imo"]),
        birth_date: col(&["birth_date", "dob", "date_of_birth"]),
    };
    let mut entries = Vec::new();
    let mut skipped = Vec::new();
    for rec in r.records() {
        match rec {
            Ok(rec) => {
                let line = rec.position().map_or(0, |p| p.line());
                match table_entry(&rec, &cols, line) {
                    Ok(e) => entries.push(e),
                    Err(why) => skipped.push(format!("line {line}: {why}")),
                }
            }
            Err(e) => skipped.push(format!(
                "line {}: {e}",
                e.position().map_or(0, |p| p.line())
            )),
        }
    }
    Parsed {
        format,
        entries,
        skipped,
    }
}

struct TableCols {
    name: usize,
    id: Option<usize>,
    kind: Option<usize>,
    aliases: Option<usize>,
    programs: Option<usize>,
    countries: Option<usize>,
    identifiers: Option<usize>,
    birth_date: Option<usize>,
}

static IMO_ANY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bIMO\s*:?\s*(\d{7})\b").expect("imo pattern"));

fn table_entry(rec: &csv::StringRecord, c: &TableCols, line: u64) -> Result<Entry, String> {
    let get = |i: Option<usize>| i.and_then(|i| rec.get(i)).map(str::trim).unwrap_or("");
    let split = |i: Option<usize>| -> Vec<String> {
        get(i)
            .split([';', '|'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    };
    let name = get(Some(c.name));
    if name.is_empty() {
        return Err("no name".into());
    }
    if name.chars().any(char::is_control) {
        return Err("the name holds control characters".into());
    }
    let id = match get(c.id) {
        "" => format!("L{line}"),
        id => id.to_string(),
    };
    let countries = split(c.countries)
        .iter()
        .filter_map(|s| {
            resolve_country(s)
                .map(str::to_string)
                .or_else(|| two_letters(s))
        })
        .collect();
    let identifiers = get(c.identifiers);
    let imo = IMO_ANY
        .captures(identifiers)
        .map(|m| m[1].to_string())
        .or_else(|| {
            (identifiers.len() == 7 && identifiers.bytes().all(|b| b.is_ascii_digit()))
                .then(|| identifiers.to_string())
        });
    Ok(Entry {
        id,
        name: name.to_string(),
        kind: Kind::parse(get(c.kind)),
        aliases: {
            let mut a: Vec<String> = split(c.aliases).into_iter().filter(|a| a != name).collect();
            let kind = Kind::parse(get(c.kind));
            if kind == Kind::Organization {
                a.extend(trade_name(name).filter(|t| !a.contains(t)));
            }
            let derived = super::derive::aliases_for(kind, name, &a);
            a.extend(derived);
            a
        },
        programs: split(c.programs),
        countries,
        imo,
        linked: Vec::new(),
        born: earliest_year(split(c.birth_date).into_iter()),
    })
}

fn two_letters(s: &str) -> Option<String> {
    (s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic())).then(|| s.to_ascii_uppercase())
}

/// One name per line; blank lines and `#` comments are ignored.
fn parse_lines(text: &str) -> Parsed {
    let mut entries = Vec::new();
    let mut skipped = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let name = line.trim();
        if name.is_empty() || name.starts_with('#') {
            continue;
        }
        if name.chars().any(char::is_control) || !name.chars().any(char::is_alphanumeric) {
            skipped.push(format!("line {}: not a name", i + 1));
            continue;
        }
        entries.push(Entry::new(format!("L{}", i + 1), name, Kind::Unknown));
    }
    Parsed {
        format: "lines",
        entries,
        skipped,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OFAC: &str = "36217,\"INTELLEKT LLC\",-0- ,\"DPRK2\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Organization Established Date 04 Mar 2019; Linked To: KOZLOV, Sergey Mikhaylovich.\"\n\
37095,\"LADY R\",\"vessel\",\"RUSSIA-EO14024\",-0- ,-0- ,\"Roll-on Roll-off\",-0- ,\"7260\",\"Russia\",-0- ,\"Vessel Registration Identification IMO 9161003; Linked To: TRANSMORFLOT LLC.\"\n\
x1,\"BROKEN\",-0-\n\
47943,\"LIMITED LIABILITY COMPANY ANGAR\",-0- ,\"RUSSIA-EO14024\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Tax ID No. 1 (Russia); a.k.a. 'LLC ANGAR'; f.k.a. 'OOO ANGAR-2'.\"\n\u{1a}\n";

    #[test]
    fn ofac_rows_give_aliases_imo_links_and_countries() {
        let p = parse_list(OFAC.as_bytes());
        assert_eq!(p.format, "ofac-sdn");
        assert_eq!(p.entries.len(), 3);
        assert_eq!(
            p.skipped,
            vec!["line 3: 3 fields, an SDN row has 12".to_string()]
        );
        let intellekt = &p.entries[0];
        assert_eq!(intellekt.kind, Kind::Organization);
        assert_eq!(
            intellekt.linked,
            vec!["KOZLOV, Sergey Mikhaylovich".to_string()]
        );
        assert_eq!(intellekt.countries, vec!["KP".to_string()]);
        let lady = &p.entries[1];
        assert_eq!(
            (lady.kind, lady.imo.as_deref()),
            (Kind::Vessel, Some("9161003"))
        );
        assert_eq!(lady.linked, vec!["TRANSMORFLOT LLC".to_string()]);
        assert_eq!(
            p.entries[2].aliases,
            vec!["LLC ANGAR".to_string(), "OOO ANGAR-2".to_string()]
        );
    }

    #[test]
    fn a_quoted_trade_name_becomes_an_alias_but_an_apostrophe_does_not() {
        assert_eq!(
            trade_name("PRIVATE SECURITY FIRM 'NORTHWIND'").as_deref(),
            Some("NORTHWIND")
        );
        assert_eq!(
            trade_name("LLC \"GREY HERON TRADING\"").as_deref(),
            Some("GREY HERON TRADING")
        );
        assert_eq!(trade_name("JAM'YAH TA'AWUN AL-ISLAMIA"), None);
        assert_eq!(
            trade_name("'NORTHWIND'"),
            None,
            "the whole name is no trade name"
        );
        assert_eq!(
            trade_name("AL 'ANABI TRADING"),
            None,
            "an opening quote alone"
        );
    }

    #[test]
    fn aliases_keep_their_own_apostrophes() {
        let row = "7,\"DOE, Abdul\",\"individual\",\"TEST\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 1971; a.k.a. 'AL-HAQQ, 'Abd'; a.k.a. 'HAJJ AS'AD'; a.k.a. 'QERMO'.\"\n";
        assert_eq!(
            parse_list(row.as_bytes()).entries[0].aliases,
            ["AL-HAQQ, 'Abd", "HAJJ AS'AD", "QERMO"]
        );
    }

    #[test]
    fn the_earliest_year_of_birth_is_kept() {
        let row = "9,\"ROE, Jan\",\"individual\",\"TEST\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 12 Mar 1971; alt. DOB circa 1968; POB Testville.\"\n";
        assert_eq!(parse_list(row.as_bytes()).entries[0].born, Some(1968));
        let table = "name,birth_date\nJan Roe,1975-02-01;1977\nAnn Roe,\n";
        let p = parse_list(table.as_bytes());
        assert_eq!((p.entries[0].born, p.entries[1].born), (Some(1975), None));
    }

    #[test]
    fn opensanctions_and_plain_tables_and_lines() {
        let os = "id,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions\n\
                  NK-1,Person,Sergey Kozlov,Сергей Козлов;S. Kozlov,1960,ru,,,US OFAC\n\
                  NK-2,Vessel,LADY R,,,ru,,IMO9161003,\n\
                  NK-3,Company,,,,,,,\n";
        let p = parse_list(os.as_bytes());
        assert_eq!(p.format, "opensanctions");
        assert_eq!(p.entries.len(), 2);
        assert_eq!(p.entries[0].kind, Kind::Individual);
        assert_eq!(p.entries[0].aliases.len(), 2);
        assert_eq!(p.entries[0].countries, vec!["RU".to_string()]);
        assert_eq!(p.entries[1].imo.as_deref(), Some("9161003"));
        assert_eq!(p.skipped, vec!["line 4: no name".to_string()]);

        let tsv = "name\ttype\nIntellekt\tcompany\n";
        let p = parse_list(tsv.as_bytes());
        assert_eq!((p.format, p.entries[0].kind), ("tsv", Kind::Organization));

        let lines = "# our watch list\nSergey Kozlov\n\n\u{7}\nLady R\n";
        let p = parse_list(lines.as_bytes());
        assert_eq!(p.format, "lines");
        assert_eq!(p.entries.len(), 2);
        assert_eq!(p.skipped, vec!["line 4: not a name".to_string()]);
    }
}
