//! The typed records that flow between the pipeline stages:
//! ingest -> clean -> extract -> index -> search -> render.

use serde::{Deserialize, Serialize};

/// A named sanctions target, spelled as in the text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Target {
    pub name: String,
    /// One of `individual`, `organization`, `vessel`, `aircraft`, `state`.
    #[serde(rename = "type")]
    pub kind: String,
}

/// The sanctions facets of one article (see README "Facets").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Facets {
    /// ISO 3166-1 alpha-2 codes (historical SU, DD, CS, YU allowed), most central first.
    pub countries: Vec<String>,
    /// Country codes plus `EU` and `UN`.
    pub sanctioners: Vec<String>,
    pub target_countries: Vec<String>,
    /// Subset of `individual`, `organization`, `vessel`, `aircraft`, `state`.
    pub target_types: Vec<String>,
    pub targets: Vec<Target>,
}

/// A line the cleaner dropped, and the rule that dropped it (`extract --explain`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    pub line: String,
    pub rule: String,
}

/// What the cleaning stage makes of one raw document (text or HTML).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cleaned {
    pub title: Option<String>,
    /// `YYYY-MM-DD`, only when the document states a date.
    pub date: Option<String>,
    pub source: Option<String>,
    pub authors: Vec<String>,
    /// The article body, one entry per paragraph, glued words repaired.
    pub paragraphs: Vec<String>,
    pub removed: Vec<Removed>,
    /// Glued-word repairs made: (token as found, repaired text).
    pub repairs: Vec<(String, String)>,
}

/// One article, as the index stores it and the renderers print it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Unique id: the path relative to the corpus root, plus `#` and the line's id for a JSON Lines record.
    pub id: String,
    /// The file the article came from, relative to the corpus root (as given, for `extract`).
    pub path: String,
    pub title: Option<String>,
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub authors: Vec<String>,
    /// Paragraphs separated by blank lines.
    pub body: String,
    #[serde(flatten)]
    pub facets: Facets,
}

impl Article {
    /// How much metadata the article carries: the copy shown for a group of duplicates is the richest one.
    pub fn metadata_score(&self) -> u64 {
        u64::from(self.title.is_some())
            + u64::from(self.date.is_some())
            + u64::from(self.source.is_some())
            + u64::from(self.url.is_some())
            + u64::from(!self.authors.is_empty())
    }
}
