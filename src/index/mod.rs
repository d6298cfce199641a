//! The tantivy index: schema, storage, incremental builds.

mod boilerplate;
mod build;
pub mod doc;
pub mod schema;
mod state;
pub mod store;

pub use build::{run_index, IndexOptions, Summary};
pub use store::Store;
