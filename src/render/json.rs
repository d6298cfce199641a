//! JSON shapes (documented in README.md, "JSON output"). Field names here are a public interface.

use serde::Serialize;

use crate::article::{Article, Facets, Removed};
use crate::progress::Skip;
use crate::search::{EmptyResult, FacetCounts, Hit, Results, Snippet};

/// A search hit: the article's fields without its body (`embargo show ID` prints that), plus rank,
/// score, snippet and the paths of other copies of the same text.
#[derive(Serialize)]
pub struct HitJson<'a> {
    pub rank: usize,
    pub score: f32,
    pub id: &'a str,
    pub path: &'a str,
    pub title: Option<&'a str>,
    pub date: Option<&'a str>,
    pub source: Option<&'a str>,
    pub url: Option<&'a str>,
    pub authors: &'a [String],
    #[serde(flatten)]
    pub facets: &'a Facets,
    pub snippet: &'a Snippet,
    pub duplicates: &'a [String],
    pub links: &'a [crate::article::Link],
}

#[derive(Serialize)]
pub struct SearchJson<'a> {
    pub query: Option<&'a str>,
    pub total: usize,
    pub articles: usize,
    pub offset: usize,
    pub limit: usize,
    pub hits: Vec<HitJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facets: Option<&'a FacetCounts>,
    /// Present when nothing matched: the count of the query alone and as each filter was added.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub no_hits: Option<&'a EmptyResult>,
}

/// One line of `search --queries` output.
#[derive(Serialize)]
pub struct BatchLine<'a> {
    pub query_id: &'a str,
    pub query: &'a str,
    pub total: usize,
    pub hits: Vec<HitJson<'a>>,
}

#[derive(Serialize)]
pub struct BatchError<'a> {
    pub query_id: &'a str,
    pub query: &'a str,
    pub error: String,
}

/// One line of `extract --json` output.
#[derive(Serialize)]
pub struct ExtractJson<'a> {
    #[serde(flatten)]
    pub article: &'a Article,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub removed: Option<&'a [Removed]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repairs: Option<Vec<RepairJson<'a>>>,
    /// The sanctions events behind the facets (`--explain`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<crate::extract::roles::Event>>,
}

#[derive(Serialize)]
pub struct RepairJson<'a> {
    pub found: &'a str,
    pub repaired: &'a str,
}

#[derive(Serialize)]
pub struct FacetsJson<'a> {
    pub query: Option<&'a str>,
    pub total: usize,
    pub facets: &'a FacetCounts,
    /// As in `SearchJson`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub no_hits: Option<&'a EmptyResult>,
}

pub fn hits(results: &Results, offset: usize) -> Vec<HitJson<'_>> {
    results
        .hits
        .iter()
        .enumerate()
        .map(|(i, h): (usize, &Hit)| {
            let a = &h.article;
            HitJson {
                rank: offset + i + 1,
                score: h.score,
                id: &a.id,
                path: &a.path,
                title: a.title.as_deref(),
                date: a.date.as_deref(),
                source: a.source.as_deref(),
                url: a.url.as_deref(),
                authors: &a.authors,
                facets: &a.facets,
                snippet: &h.snippet,
                duplicates: &h.duplicates,
                links: &a.links,
            }
        })
        .collect()
}

/// `index --json` (documented in README.md, "Index summary"): the summary line's counts as one object.
#[derive(Serialize)]
pub struct SummaryJson<'a> {
    pub corpus: String,
    pub index: String,
    pub added: usize,
    pub updated: usize,
    pub removed: usize,
    pub unchanged: usize,
    /// Files left out, each with why; as many as the summary line's `skipped` count.
    pub skipped: &'a [Skip],
    /// Bad JSON Lines records skipped inside files that were otherwise indexed.
    pub bad_lines: usize,
    /// Articles in the index after the run.
    pub articles: u64,
    pub seconds: f64,
}
