//! API parameters: the query string of `/api/search`, `/api/facets` and the page's own URL, named like
//! the CLI's flags (`q` is the query), read into the same `FilterArgs` the CLI fills, so a filter added
//! to the CLI is one more row of [`FILTERS`] here.

use crate::cli::{FilterArgs, MatchMode};

/// Longest query string accepted, in bytes.
pub const MAX_QUERY_STRING: usize = 4096;
/// Longest query text (`q`), in characters.
pub const MAX_QUERY_CHARS: usize = 500;
/// Most hits one request may ask for.
pub const MAX_LIMIT: usize = 100;
/// Deepest page: hits before it are still ranked, so paging past this is refused rather than slow.
pub const MAX_OFFSET: usize = 10_000;
/// Most values per facet one request may ask for.
pub const MAX_TOP: usize = 100;

/// Everything a search request can say.
#[derive(Debug, Clone)]
pub struct SearchParams {
    pub q: Option<String>,
    pub mode: MatchMode,
    pub filters: FilterArgs,
    pub limit: usize,
    pub offset: usize,
    pub facets: bool,
    pub timeline: bool,
    pub top: usize,
}

impl Default for SearchParams {
    fn default() -> Self {
        SearchParams {
            q: None,
            mode: MatchMode::All,
            filters: FilterArgs::default(),
            limit: 10,
            offset: 0,
            facets: false,
            timeline: false,
            top: 20,
        }
    }
}

/// How a filter parameter lands in `FilterArgs`: a repeatable list or a single value.
enum Slot {
    Many(fn(&mut FilterArgs) -> &mut Vec<String>),
    One(fn(&mut FilterArgs) -> &mut Option<String>),
    Flag(fn(&mut FilterArgs) -> &mut bool),
}

/// The CLI's filter flags, by the names the API takes (the flag without `--`).
const FILTERS: [(&str, Slot); 12] = [
    ("country", Slot::Many(|f| &mut f.country)),
    ("sanctioner", Slot::Many(|f| &mut f.sanctioner)),
    ("target-country", Slot::Many(|f| &mut f.target_country)),
    ("target-type", Slot::Many(|f| &mut f.target_type)),
    ("target", Slot::One(|f| &mut f.target)),
    ("source", Slot::One(|f| &mut f.source)),
    ("since", Slot::One(|f| &mut f.since)),
    ("until", Slot::One(|f| &mut f.until)),
    ("listed", Slot::Flag(|f| &mut f.listed)),
    ("list", Slot::One(|f| &mut f.list)),
    ("program", Slot::One(|f| &mut f.program)),
    ("entry", Slot::One(|f| &mut f.entry)),
];

/// Parse a raw query string. Errors are one line for a 400 answer. Empty values count as absent, so
/// a form sent with an empty field means "no such filter".
pub fn parse(raw: Option<&str>) -> Result<SearchParams, String> {
    let raw = raw.unwrap_or("");
    if raw.len() > MAX_QUERY_STRING {
        return Err(format!(
            "the query string is {} bytes long; the limit is {MAX_QUERY_STRING}",
            raw.len()
        ));
    }
    let mut p = SearchParams::default();
    let mut seen: Vec<String> = Vec::new();
    for (key, value) in form_urlencoded::parse(raw.as_bytes()) {
        // `target_country` is accepted for `target-country`: JSON keys use underscores.
        let key = key.replace('_', "-");
        let value = value.trim().to_string();
        if value.is_empty() && !is_flag(&key) {
            continue;
        }
        let repeatable = matches!(
            FILTERS.iter().find(|(n, _)| *n == key),
            Some((_, Slot::Many(_)))
        );
        if !repeatable && seen.contains(&key) {
            return Err(format!("the parameter {key:?} is given twice"));
        }
        seen.push(key.clone());
        set(&mut p, &key, value)?;
    }
    Ok(p)
}

/// A bare `?facets` or `?listed` means true, as an HTML checkbox or a hand-typed URL says it.
fn is_flag(key: &str) -> bool {
    matches!(key, "facets" | "timeline")
        || matches!(
            FILTERS.iter().find(|(n, _)| *n == key),
            Some((_, Slot::Flag(_)))
        )
}

fn set(p: &mut SearchParams, key: &str, value: String) -> Result<(), String> {
    if let Some((_, slot)) = FILTERS.iter().find(|(n, _)| *n == key) {
        match slot {
            Slot::Many(field) => field(&mut p.filters).push(value),
            Slot::One(field) => *field(&mut p.filters) = Some(value),
            Slot::Flag(field) => *field(&mut p.filters) = flag(key, &value)?,
        }
        return Ok(());
    }
    match key {
        "q" => {
            let chars = value.chars().count();
            if chars > MAX_QUERY_CHARS {
                return Err(format!(
                    "the query is {chars} characters long; the limit is {MAX_QUERY_CHARS}"
                ));
            }
            p.q = Some(value);
        }
        "match" => {
            p.mode = match value.as_str() {
                "all" => MatchMode::All,
                "any" => MatchMode::Any,
                _ => return Err(format!("match must be all or any, not {value:?}")),
            }
        }
        "limit" => p.limit = number(key, &value, 1, MAX_LIMIT)?,
        "offset" => p.offset = number(key, &value, 0, MAX_OFFSET)?,
        "top" => p.top = number(key, &value, 1, MAX_TOP)?,
        "facets" => p.facets = flag(key, &value)?,
        "timeline" => p.timeline = flag(key, &value)?,
        _ => {
            let known: Vec<&str> = ["q", "match", "limit", "offset", "facets", "timeline", "top"]
                .into_iter()
                .chain(FILTERS.iter().map(|(n, _)| *n))
                .collect();
            return Err(format!(
                "unknown parameter {key:?}; known: {}",
                known.join(", ")
            ));
        }
    }
    Ok(())
}

fn number(key: &str, value: &str, min: usize, max: usize) -> Result<usize, String> {
    match value.parse::<usize>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(format!(
            "{key} must be a whole number from {min} to {max}, not {value:?}"
        )),
    }
}

fn flag(key: &str, value: &str) -> Result<bool, String> {
    match value {
        "" | "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" => Ok(false),
        _ => Err(format!("{key} must be true or false, not {value:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_flags_named_like_the_cli() {
        let p = parse(Some(
            "q=north+korea&country=KP&country=Russia&target-country=RU&target_type=vessel&since=2024-05&limit=5&offset=10&match=any&facets=true&timeline",
        ))
        .unwrap();
        assert_eq!(p.q.as_deref(), Some("north korea"));
        assert_eq!(p.filters.country, ["KP", "Russia"]);
        assert_eq!(p.filters.target_country, ["RU"]);
        assert_eq!(p.filters.target_type, ["vessel"]);
        assert_eq!(p.filters.since.as_deref(), Some("2024-05"));
        assert_eq!((p.limit, p.offset), (5, 10));
        assert_eq!(p.mode, MatchMode::Any);
        assert!(p.facets && p.timeline);
    }

    #[test]
    fn empty_values_are_absent_and_defaults_hold() {
        let p = parse(Some("q=&country=&since=")).unwrap();
        assert!(p.q.is_none() && p.filters.country.is_empty() && p.filters.since.is_none());
        assert_eq!((p.limit, p.offset, p.top), (10, 0, 20));
        assert!(!p.facets);
        assert!(parse(None).unwrap().q.is_none());
    }

    #[test]
    fn refuses_what_it_cannot_honour() {
        for bad in [
            "limit=0",
            "limit=101",
            "limit=ten",
            "offset=10001",
            "top=0",
            "match=some",
            "facets=maybe",
            "colour=red",
            "source=a&source=b",
            "q=a&q=b",
        ] {
            assert!(parse(Some(bad)).is_err(), "{bad} was accepted");
        }
        let long_q = format!("q={}", "a".repeat(MAX_QUERY_CHARS + 1));
        assert!(parse(Some(&long_q))
            .unwrap_err()
            .contains("characters long"));
        let long = format!("q={}", "a%20".repeat(MAX_QUERY_STRING));
        assert!(parse(Some(&long)).unwrap_err().contains("bytes long"));
    }

    #[test]
    fn decodes_percent_escapes() {
        let p = parse(Some("target=%22Lady%20R%22&source=Reuters%26Co")).unwrap();
        assert_eq!(p.filters.target.as_deref(), Some("\"Lady R\""));
        assert_eq!(p.filters.source.as_deref(), Some("Reuters&Co"));
    }
}
