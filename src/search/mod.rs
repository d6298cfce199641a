//! Search: queries and filters, duplicate grouping, snippets, facet counts.

mod explain;
mod facets;
mod group;
mod query;
mod rewrite;
mod run;
mod snippet;
mod timeline;
mod view;

pub use explain::{explain_empty, explain_if_empty, EmptyResult, FilterStep};
pub use facets::{facet_counts, FacetCount, FacetCounts};
pub use query::{build_query, Filters, Parsed};
pub use run::{find_article, search, Hit, Results};
pub use snippet::Snippet;
pub use timeline::{timeline, MonthCount, Timeline};
pub use view::{article_view, body_highlights, ArticleView};
