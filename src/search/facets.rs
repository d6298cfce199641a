//! Facet counts for a matching set.

use anyhow::Result;
use serde::Serialize;
use tantivy::collector::FacetCollector;
use tantivy::query::Query;
use tantivy::Searcher;

use crate::extract::country_name;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FacetCount {
    pub value: String,
    /// Display name (countries and blocs); absent for other facets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub count: u64,
}

/// Facet name -> values with counts, most frequent first. Keys: countries, sanctioners, target_countries,
/// target_types, targets, sources.
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct FacetCounts {
    pub countries: Vec<FacetCount>,
    pub sanctioners: Vec<FacetCount>,
    pub target_countries: Vec<FacetCount>,
    pub target_types: Vec<FacetCount>,
    pub targets: Vec<FacetCount>,
    pub sources: Vec<FacetCount>,
    /// Lists with `match` links, programs of the entries matched, and the entries most mentioned
    /// (`value` is `LIST:ID`, `name` the entry's name as the list spells it).
    pub lists: Vec<FacetCount>,
    pub programs: Vec<FacetCount>,
    pub listed: Vec<FacetCount>,
}

impl FacetCounts {
    pub fn named(&self) -> [(&'static str, &Vec<FacetCount>); 9] {
        [
            ("countries", &self.countries),
            ("sanctioners", &self.sanctioners),
            ("target countries", &self.target_countries),
            ("target types", &self.target_types),
            ("targets", &self.targets),
            ("sources", &self.sources),
            ("lists", &self.lists),
            ("programs", &self.programs),
            ("listed", &self.listed),
        ]
    }
}

pub fn facet_counts(searcher: &Searcher, query: &dyn Query, top: usize) -> Result<FacetCounts> {
    let count = |field: &str, names: bool| -> Result<Vec<FacetCount>> {
        let mut collector = FacetCollector::for_field(field);
        collector.add_facet("/");
        let counts = searcher.search(query, &collector)?;
        Ok(counts
            .top_k("/", top)
            .into_iter()
            .map(|(facet, n)| {
                let value = facet
                    .to_path()
                    .last()
                    .map(|s| s.to_string())
                    .unwrap_or_default();
                // A listed entry's facet is `LIST:ID<TAB>NAME`.
                if let Some((v, entry)) = value.split_once('\t') {
                    return FacetCount {
                        value: v.to_string(),
                        name: Some(entry.to_string()),
                        count: n,
                    };
                }
                let name = if names {
                    country_name(&value).map(str::to_string)
                } else {
                    None
                };
                FacetCount {
                    value,
                    name,
                    count: n,
                }
            })
            .collect())
    };
    Ok(FacetCounts {
        countries: count("country", true)?,
        sanctioners: count("sanctioner", true)?,
        target_countries: count("target_country", true)?,
        target_types: count("target_type", false)?,
        targets: count("target_facet", false)?,
        sources: count("source_facet", false)?,
        lists: count("link_list", false)?,
        programs: count("link_program", false)?,
        listed: count("listed", false)?,
    })
}
