//! embargo: full-text search for sanctions news.
//!
//! The pipeline, one module per stage: [`ingest`] (find and decode files) -> [`clean`] (boilerplate,
//! glued words, metadata) -> [`extract`] (sanctions facets) -> [`index`] (tantivy, incremental) ->
//! [`search`] (queries, snippets, facets) -> [`render`] (text and JSON). [`pipeline`] runs the
//! per-document stages; [`commands`] wires them to the CLI; [`serve`] to a local web page.

pub mod article;
pub mod clean;
pub mod cli;
pub mod commands;
pub mod error;
pub mod extract;
pub mod index;
pub mod ingest;
pub mod link;
pub mod lists;
pub mod pipeline;
pub mod progress;
pub mod render;
pub mod search;
pub mod serve;
pub mod text;
