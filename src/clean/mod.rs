//! Cleaning: from a raw document to the article's paragraphs and metadata.
//! `text` handles plain text and page dumps, `html` saved pages; `glue` repairs words glued together by
//! lossy HTML-to-text conversion; `meta_text` and `date` read metadata from text.

pub mod date;
pub mod glue;
mod html;
pub mod meta_text;
pub mod text;

pub use glue::repair_glued;
pub use html::clean_html;
pub use text::{clean_text, CorpusLines};
