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
    /// Mentions of parties on the loaded sanctions lists (empty when no list is loaded).
    #[serde(default)]
    pub links: Vec<Link>,
}

/// A mention in an article's body linked to an entry of a sanctions list, with the reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link {
    /// The list's name, as given to `lists add --name`.
    pub list: String,
    pub entry_id: String,
    /// The entry's name as the list spells it.
    pub entry_name: String,
    /// The mention as the article spells it.
    pub mention: String,
    /// Byte offsets of the mention in the body.
    pub start: usize,
    pub end: usize,
    /// The entry's type: `individual`, `organization`, `vessel`, `aircraft` or `unknown`.
    #[serde(rename = "type")]
    pub kind: String,
    pub programs: Vec<String>,
    /// 0 to 1; `match` from 0.85.
    pub score: f32,
    /// `match` or `possible`.
    pub status: String,
    /// Which name parts matched and how, and the evidence for the type.
    pub why: String,
    /// The mention is a named target of the sanctions action the article reports (the object of a
    /// sanctions verb, the subject of a passive one): it counts in the `targets` facet and `--target`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub target: bool,
}

impl Link {
    pub fn is_match(&self) -> bool {
        self.status == "match"
    }
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
