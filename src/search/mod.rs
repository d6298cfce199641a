//! Search: queries and filters, duplicate grouping, snippets, facet counts.

mod facets;
mod group;
mod query;
mod run;
mod snippet;

pub use facets::{facet_counts, FacetCount, FacetCounts};
pub use query::{build_query, Filters, Parsed};
pub use run::{find_article, search, Hit, Results};
pub use snippet::Snippet;
