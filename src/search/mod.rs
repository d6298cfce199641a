//! Search: queries and filters, duplicate grouping, snippets, facet counts.

mod explain;
mod facets;
mod group;
mod query;
mod rewrite;
mod run;
mod snippet;

pub use explain::{explain_empty, EmptyResult, FilterStep};
pub use facets::{facet_counts, FacetCount, FacetCounts};
pub use query::{build_query, Filters, Parsed};
pub use run::{find_article, search, Hit, Results};
pub use snippet::Snippet;
