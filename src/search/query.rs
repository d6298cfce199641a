//! From the user's query text and filters to a tantivy query.

use std::ops::Bound;

use anyhow::Result;
use chrono::NaiveDate;
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::schema::{Facet, Field, IndexRecordOption};
use tantivy::{DateTime, Index, Term};

use crate::clean::date::parse_bound;
use crate::cli::{FilterArgs, MatchMode};
use crate::error::{usage, UsageError};
use crate::extract::resolve_country;
use crate::index::doc::{MAX_DATE_SECS, MIN_DATE_SECS};
use crate::index::schema::Fields;

pub const TARGET_TYPES: [&str; 5] = ["individual", "organization", "vessel", "aircraft", "state"];

/// Filters checked and resolved to index values once, before any search runs.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    pub countries: Vec<String>,
    pub sanctioners: Vec<String>,
    pub target_countries: Vec<String>,
    pub target_types: Vec<String>,
    pub target: Option<String>,
    pub source: Option<String>,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    /// Only articles with a `match` link (to any list, this list, this program, this entry).
    pub listed: bool,
    pub list: Option<String>,
    pub program: Option<String>,
    pub entry: Option<String>,
    /// The list entries `target` stands for (`LIST`, `ID`), resolved against the loaded lists.
    pub target_entries: Vec<(String, String)>,
}

impl Filters {
    pub fn resolve(args: &FilterArgs) -> Result<Filters> {
        let countries = |vals: &[String], blocs: bool| -> Result<Vec<String>> {
            vals.iter()
                .map(|v| {
                    let code = resolve_country(v)
                        .map(str::to_string)
                        .or_else(|| (v.len() == 2 && v.chars().all(|c| c.is_ascii_alphabetic())).then(|| v.to_ascii_uppercase()))
                        .ok_or_else(|| UsageError(format!("unknown country {v:?}: give an ISO code (KP), a name (North Korea) or an alias (DPRK)")))?;
                    if !blocs && (code == "EU" || code == "UN") {
                        return usage(format!("{v:?} is a bloc, not a country: use it with --sanctioner"));
                    }
                    Ok(code)
                })
                .collect()
        };
        let target_types = args
            .target_type
            .iter()
            .map(|t| {
                let t = t.trim().to_ascii_lowercase();
                let t = match t.as_str() {
                    "person" | "people" | "individuals" => "individual".to_string(),
                    "entity" | "company" | "organisation" | "organizations" => {
                        "organization".to_string()
                    }
                    "ship" | "vessels" => "vessel".to_string(),
                    "plane" => "aircraft".to_string(),
                    "country" | "government" => "state".to_string(),
                    _ => t,
                };
                if TARGET_TYPES.contains(&t.as_str()) {
                    Ok(t)
                } else {
                    usage(format!(
                        "unknown target type {t:?}: use one of {}",
                        TARGET_TYPES.join(", ")
                    ))
                }
            })
            .collect::<Result<Vec<_>>>()?;
        let day = |s: &Option<String>, end: bool, flag: &str| -> Result<Option<NaiveDate>> {
            match s {
                None => Ok(None),
                Some(s) => match parse_bound(s, end) {
                    Some(d) => Ok(Some(d)),
                    None => usage(format!(
                        "{flag} {s:?} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY"
                    )),
                },
            }
        };
        let since = day(&args.since, false, "--since")?;
        let until = day(&args.until, true, "--until")?;
        if let (Some(s), Some(u)) = (since, until) {
            if s > u {
                return usage(format!("--since {s} is after --until {u}"));
            }
        }
        let nonempty = |s: &Option<String>| {
            s.as_ref()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
        };
        Ok(Filters {
            countries: countries(&args.country, false)?,
            sanctioners: countries(&args.sanctioner, true)?,
            target_countries: countries(&args.target_country, false)?,
            target_types,
            target: nonempty(&args.target),
            source: nonempty(&args.source),
            since,
            until,
            listed: args.listed,
            list: nonempty(&args.list),
            program: nonempty(&args.program).map(|p| p.to_uppercase()),
            entry: nonempty(&args.entry),
            target_entries: Vec::new(),
        })
    }
}

/// A parsed query: the tantivy query plus what the parser had to drop (warnings for stderr).
pub struct Parsed {
    pub query: Box<dyn Query>,
    /// The text part alone, for snippets (None when only filters were given).
    pub text_query: Option<Box<dyn Query>>,
    pub warnings: Vec<String>,
}

pub fn build_query(
    index: &Index,
    fields: &Fields,
    text: Option<&str>,
    mode: MatchMode,
    filters: &Filters,
) -> Result<Parsed> {
    let mut warnings = Vec::new();
    let mut must: Vec<Box<dyn Query>> = Vec::new();
    let mut text_query = None;
    if let Some(text) = text {
        if text.trim().is_empty() {
            return usage(
                "the query is empty: give some words, or leave it out to list by filters",
            );
        }
        let q = parse_text(index, fields, text, mode, &mut warnings)?;
        text_query = Some(q.box_clone());
        must.push(q);
    }
    must.extend(filter_clauses(index, fields, filters)?);
    let query: Box<dyn Query> = match must.len() {
        0 => Box::new(AllQuery),
        1 => must.remove(0),
        _ => Box::new(BooleanQuery::new(
            must.into_iter().map(|q| (Occur::Must, q)).collect(),
        )),
    };
    Ok(Parsed {
        query,
        text_query,
        warnings,
    })
}

fn facet(field: Field, value: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_facet(field, &Facet::from_path([value])),
        IndexRecordOption::Basic,
    ))
}

/// One required clause per filter.
fn filter_clauses(
    index: &Index,
    fields: &Fields,
    filters: &Filters,
) -> Result<Vec<Box<dyn Query>>> {
    let facets: [(Field, &[String]); 4] = [
        (fields.countries, &filters.countries),
        (fields.sanctioners, &filters.sanctioners),
        (fields.target_countries, &filters.target_countries),
        (fields.target_types, &filters.target_types),
    ];
    let mut must: Vec<Box<dyn Query>> = Vec::new();
    for (field, values) in facets {
        must.extend(values.iter().map(|v| facet(field, v)));
    }
    if let Some(name) = &filters.target {
        must.push(target_clause(index, fields, name, &filters.target_entries)?);
    }
    let links = [
        (fields.link_status, filters.listed.then_some("match")),
        (fields.link_list, filters.list.as_deref()),
        (fields.link_program, filters.program.as_deref()),
    ];
    must.extend(
        links
            .into_iter()
            .filter_map(|(f, v)| v.map(|v| facet(f, v))),
    );
    if let Some(e) = &filters.entry {
        // Both `match:ID` and `match:LIST:ID` are indexed.
        must.push(key(fields, format!("match:{e}")));
    }
    if let Some(source) = &filters.source {
        must.push(Box::new(TermQuery::new(
            Term::from_field_text(fields.source, &source.to_lowercase()),
            IndexRecordOption::Basic,
        )));
    }
    if filters.since.is_some() || filters.until.is_some() {
        must.push(date_clause(fields, filters.since, filters.until));
    }
    Ok(must)
}

/// The name as the facet stage found it, or any spelling linked to the list entries it names.
fn target_clause(
    index: &Index,
    fields: &Fields,
    name: &str,
    entries: &[(String, String)],
) -> Result<Box<dyn Query>> {
    let mut parser = QueryParser::for_index(index, vec![fields.targets]);
    parser.set_conjunction_by_default();
    let phrase = format!("\"{}\"", name.replace(['"', '\\'], " "));
    let named = match parser.parse_query(&phrase) {
        Ok(q) => q,
        Err(e) => return usage(format!("--target {name:?} cannot be searched: {e}")),
    };
    let mut any: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Should, named)];
    for (list, id) in entries {
        any.push((Occur::Should, key(fields, format!("match:{list}:{id}"))));
    }
    Ok(Box::new(BooleanQuery::new(any)))
}

fn date_clause(
    fields: &Fields,
    since: Option<NaiveDate>,
    until: Option<NaiveDate>,
) -> Box<dyn Query> {
    let term = |d: NaiveDate| {
        // Bounds beyond the dates the index can hold are clamped to its ends.
        let secs = d
            .and_hms_opt(0, 0, 0)
            .map_or(0, |t| t.and_utc().timestamp())
            .clamp(MIN_DATE_SECS, MAX_DATE_SECS);
        Term::from_field_date_for_search(fields.date, DateTime::from_timestamp_secs(secs))
    };
    let lower = since.map_or(Bound::Unbounded, |d| Bound::Included(term(d)));
    let upper = until.map_or(Bound::Unbounded, |d| Bound::Included(term(d)));
    Box::new(RangeQuery::new(lower, upper))
}

/// A `link_key` term.
fn key(fields: &Fields, value: String) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(fields.link_key, &value),
        IndexRecordOption::Basic,
    ))
}

/// Strict parse first; if that fails, a lenient parse that drops what it cannot use, with a warning.
/// Nothing usable left is the user's error.
fn parse_text(
    index: &Index,
    fields: &Fields,
    text: &str,
    mode: MatchMode,
    warnings: &mut Vec<String>,
) -> Result<Box<dyn Query>> {
    let mut parser = QueryParser::for_index(index, vec![fields.title, fields.body]);
    parser.set_field_boost(fields.title, 0.5);
    if mode == MatchMode::All {
        parser.set_conjunction_by_default();
    }
    let rewritten = super::rewrite::drop_stopwords(text);
    let query = match parser.parse_query(rewritten.as_deref().unwrap_or(text)) {
        Ok(q) => q,
        Err(strict_err) => {
            let (q, errors) = parser.parse_query_lenient(text);
            let why = errors
                .first()
                .map_or_else(|| strict_err.to_string(), |e| e.to_string());
            warnings.push(format!(
                "the query {text:?} is not valid query syntax ({why}); searching for what could be read of it"
            ));
            q
        }
    };
    let mut terms = 0;
    query.query_terms(&mut |_, _| terms += 1);
    if terms == 0 && !is_match_all(text) {
        return usage(format!(
            "nothing searchable in the query {text:?}: it has no words to look for"
        ));
    }
    Ok(query)
}

fn is_match_all(text: &str) -> bool {
    text.trim() == "*"
}
