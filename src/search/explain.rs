//! Why a search found nothing: the query alone is counted, then the filters are added one at a time, in
//! the order of `--help`, until the count drops to zero. That names the filter that emptied the result
//! ("0 hits: 12 match the query, none with --sanctioner KR") instead of leaving the user to guess.

use anyhow::Result;
use serde::Serialize;
use tantivy::collector::Count;
use tantivy::{Index, Searcher};

use super::query::{build_query, Filters};
use crate::cli::MatchMode;
use crate::index::schema::Fields;

/// How the count fell as filters were added. Counts are articles (copies of one text counted each).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EmptyResult {
    /// Articles matching the query alone (every article when there is no query).
    pub query_matches: usize,
    /// Each filter added in turn, as typed on the command line, with the articles still matching,
    /// up to and including the first that left none.
    pub steps: Vec<FilterStep>,
    /// The first filter after which nothing matched; `null` when the query alone matches nothing, or
    /// when only the filters together exclude everything.
    pub emptied_by: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FilterStep {
    pub filter: String,
    pub matches: usize,
}

impl EmptyResult {
    /// One line for people: `0 hits: 12 match the query, 3 with --country KP, none with --sanctioner KR`.
    pub fn line(&self, has_query: bool) -> String {
        let what = if has_query {
            "match the query"
        } else {
            "articles in the index"
        };
        if self.query_matches == 0 {
            return if has_query {
                "0 hits: nothing matches the query".to_string()
            } else {
                "0 hits: the index is empty".to_string()
            };
        }
        let mut parts = vec![format!("{} {what}", self.query_matches)];
        for s in &self.steps {
            if s.matches == 0 {
                parts.push(format!("none with {}", s.filter));
            } else {
                parts.push(format!("{} with {}", s.matches, s.filter));
            }
        }
        if self.emptied_by.is_none() {
            parts.push("none with all the filters together".to_string());
        }
        format!("0 hits: {}", parts.join(", "))
    }
}

/// Why a search that `matched` nothing came back empty; `None` when it matched something.
pub fn explain_if_empty(
    store: &crate::index::Store,
    searcher: &Searcher,
    text: Option<&str>,
    mode: MatchMode,
    filters: &Filters,
    matched: usize,
) -> Result<Option<EmptyResult>> {
    if matched > 0 {
        return Ok(None);
    }
    explain_empty(&store.index, searcher, &store.fields, text, mode, filters).map(Some)
}

/// Counts the query alone, then with each filter added in turn, stopping at the first empty count.
pub fn explain_empty(
    index: &Index,
    searcher: &Searcher,
    fields: &Fields,
    text: Option<&str>,
    mode: MatchMode,
    filters: &Filters,
) -> Result<EmptyResult> {
    let count = |f: &Filters| -> Result<usize> {
        let parsed = build_query(index, fields, text, mode, f)?;
        Ok(searcher.search(parsed.query.as_ref(), &Count)?)
    };
    let mut result = EmptyResult {
        query_matches: count(&Filters::default())?,
        steps: Vec::new(),
        emptied_by: None,
    };
    if result.query_matches == 0 {
        return Ok(result);
    }
    let mut so_far = Filters::default();
    for (label, add) in one_by_one(filters) {
        add(&mut so_far);
        let matches = count(&so_far)?;
        result.steps.push(FilterStep {
            filter: label.clone(),
            matches,
        });
        if matches == 0 {
            result.emptied_by = Some(label);
            break;
        }
    }
    Ok(result)
}

type AddFilter = Box<dyn Fn(&mut Filters)>;
/// A list-valued filter: its flag, its values, and where it lives in `Filters`.
type ListFilter<'a> = (
    &'static str,
    &'a Vec<String>,
    fn(&mut Filters) -> &mut Vec<String>,
);

/// Each filter value on its own, labelled as the flag that gives it, in `--help` order.
fn one_by_one(f: &Filters) -> Vec<(String, AddFilter)> {
    let mut out: Vec<(String, AddFilter)> = Vec::new();
    let lists: [ListFilter; 4] = [
        ("--country", &f.countries, |f| &mut f.countries),
        ("--sanctioner", &f.sanctioners, |f| &mut f.sanctioners),
        ("--target-country", &f.target_countries, |f| {
            &mut f.target_countries
        }),
        ("--target-type", &f.target_types, |f| &mut f.target_types),
    ];
    for (flag, values, field) in lists {
        for v in values {
            let v2 = v.clone();
            out.push((
                format!("{flag} {v}"),
                Box::new(move |f| field(f).push(v2.clone())),
            ));
        }
    }
    if let Some(t) = f.target.clone() {
        out.push((
            format!("--target {t:?}"),
            Box::new(move |f| f.target = Some(t.clone())),
        ));
    }
    if let Some(s) = f.source.clone() {
        out.push((
            format!("--source {s:?}"),
            Box::new(move |f| f.source = Some(s.clone())),
        ));
    }
    if let Some(d) = f.since {
        out.push((format!("--since {d}"), Box::new(move |f| f.since = Some(d))));
    }
    if let Some(d) = f.until {
        out.push((format!("--until {d}"), Box::new(move |f| f.until = Some(d))));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(filter: &str, matches: usize) -> FilterStep {
        FilterStep {
            filter: filter.into(),
            matches,
        }
    }

    #[test]
    fn the_line_names_the_filter_that_emptied_the_result() {
        let r = EmptyResult {
            query_matches: 12,
            steps: vec![step("--country KP", 3), step("--sanctioner KR", 0)],
            emptied_by: Some("--sanctioner KR".into()),
        };
        assert_eq!(
            r.line(true),
            "0 hits: 12 match the query, 3 with --country KP, none with --sanctioner KR"
        );
    }

    #[test]
    fn nothing_to_blame_on_a_filter() {
        let r = EmptyResult {
            query_matches: 0,
            steps: vec![],
            emptied_by: None,
        };
        assert_eq!(r.line(true), "0 hits: nothing matches the query");
        let r = EmptyResult {
            query_matches: 5,
            steps: vec![],
            emptied_by: None,
        };
        assert_eq!(
            r.line(false),
            "0 hits: 5 articles in the index, none with all the filters together"
        );
    }

    #[test]
    fn filters_are_split_in_help_order() {
        let f = Filters {
            countries: vec!["KP".into(), "RU".into()],
            sanctioners: vec!["KR".into()],
            source: Some("Reuters".into()),
            ..Filters::default()
        };
        let labels: Vec<String> = one_by_one(&f).into_iter().map(|(l, _)| l).collect();
        assert_eq!(
            labels,
            [
                "--country KP",
                "--country RU",
                "--sanctioner KR",
                "--source \"Reuters\""
            ]
        );
        let mut acc = Filters::default();
        for (_, add) in one_by_one(&f) {
            add(&mut acc);
        }
        assert_eq!(acc.countries, f.countries);
        assert_eq!(acc.source, f.source);
    }
}
