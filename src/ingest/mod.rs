//! Ingest: find the corpus files, read and decode them, and split each into raw documents
//! (one per text/HTML file, one per line of a JSON Lines file).

mod jsonl;
mod read;
mod walk;

pub use jsonl::parse_jsonl;
pub use read::{hash_bytes, read_file, Decoded, ReadError};
pub use walk::{walk_files, walk_found, CorpusFile, Found};

use std::path::Path;

/// The kinds of file embargo reads; anything else in the corpus is ignored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    Jsonl,
}

impl Format {
    /// The format of a file by its name (`.gz` looked through), or None for files embargo does not read.
    pub fn of(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        let ext = name.rsplit_once('.')?.1;
        match ext {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            _ => None,
        }
    }
}

/// One document before cleaning: the decoded text plus whatever metadata its container states.
#[derive(Debug, Clone, Default)]
pub struct RawDoc {
    pub id: String,
    pub path: String,
    pub html: bool,
    pub text: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
}

/// A problem with one part of a file that does not stop the rest of it (a bad JSON line).
#[derive(Debug, Clone)]
pub struct Warning(pub String);

/// Split a decoded file into raw documents. `rel` is the path shown to the user and used in ids.
pub fn split_documents(rel: &str, format: Format, text: String) -> (Vec<RawDoc>, Vec<Warning>) {
    match format {
        Format::Jsonl => parse_jsonl(rel, &text),
        Format::Html | Format::Text | Format::Markdown => (
            vec![RawDoc {
                id: rel.to_string(),
                path: rel.to_string(),
                html: format == Format::Html,
                text,
                ..RawDoc::default()
            }],
            Vec::new(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_extension_including_gzip() {
        assert_eq!(Format::of(Path::new("a/b.TXT")), Some(Format::Text));
        assert_eq!(Format::of(Path::new("b.html.gz")), Some(Format::Html));
        assert_eq!(Format::of(Path::new("dump.ndjson.gz")), Some(Format::Jsonl));
        assert_eq!(Format::of(Path::new("notes.md")), Some(Format::Markdown));
        assert_eq!(Format::of(Path::new("image.png")), None);
        assert_eq!(Format::of(Path::new("README")), None);
        assert_eq!(Format::of(Path::new("x.gz")), None);
    }
}
