//! Snippets: the passage of the body that best matches the query, with the matched words marked.

use serde::Serialize;

/// A passage and the byte ranges of its highlighted words.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Snippet {
    pub text: String,
    /// `[start, end)` byte offsets into `text`.
    pub highlights: Vec<(usize, usize)>,
}

impl Snippet {
    pub fn from_tantivy(s: &tantivy::snippet::Snippet) -> Snippet {
        Snippet {
            text: s.fragment().to_string(),
            highlights: s.highlighted().iter().map(|r| (r.start, r.end)).collect(),
        }
    }

    /// The opening of the body, for hits where no body word matched (title-only or filter-only).
    pub fn lead(body: &str, max_chars: usize) -> Snippet {
        let flat: String = body.split_whitespace().collect::<Vec<_>>().join(" ");
        if flat.chars().count() <= max_chars {
            return Snippet {
                text: flat,
                highlights: Vec::new(),
            };
        }
        let cut = flat
            .char_indices()
            .nth(max_chars)
            .map_or(flat.len(), |(i, _)| i);
        let cut = flat[..cut].rfind(' ').unwrap_or(cut);
        Snippet {
            text: format!("{}…", &flat[..cut]),
            highlights: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lead_cuts_at_a_word() {
        let s = Snippet::lead("Seoul imposed\n\nsanctions on two ships", 20);
        assert_eq!(s.text, "Seoul imposed…");
        assert_eq!(Snippet::lead("short", 20).text, "short");
    }
}
