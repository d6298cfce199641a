//! The tantivy index: schema, storage, incremental builds.

mod boilerplate;
mod build;
pub mod doc;
mod relink;
pub mod schema;
mod state;
pub mod store;

pub use build::{run_index, IndexOptions, Summary};
pub use relink::relink;

/// Each indexed file's content hash, by its path relative to the corpus.
pub fn indexed_hashes(
    index: &tantivy::Index,
) -> anyhow::Result<std::collections::HashMap<String, u64>> {
    Ok(state::indexed_files(index)?
        .into_iter()
        .map(|(path, stamp)| (path, stamp.hash))
        .collect())
}
pub use store::Store;
