//! Cleaning: from a raw document to the article's paragraphs and metadata.

pub mod date;
mod html;
mod text;

pub use html::clean_html;
pub use text::{clean_text, CorpusLines};
