//! Plain-text cleaning (first version: paragraphs only).

use crate::article::Cleaned;
use serde::{Deserialize, Serialize};

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct CorpusLines {
    docs: usize,
}

impl CorpusLines {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn add_document(&mut self, _raw: &str) {
        self.docs += 1;
    }
    pub fn len_docs(&self) -> usize {
        self.docs
    }
}

pub fn clean_text(raw: &str, known_title: Option<&str>, _corpus: Option<&CorpusLines>) -> Cleaned {
    let paragraphs = raw
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect();
    Cleaned {
        title: known_title.map(str::to_string),
        paragraphs,
        ..Cleaned::default()
    }
}
