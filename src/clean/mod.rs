//! Cleaning: from a raw document to the article's paragraphs and metadata.
//! `text` handles plain text and page dumps, `html` saved pages; `glue` repairs words glued together by
//! lossy HTML-to-text conversion; `meta_text` and `date` read metadata from text.

pub mod date;
pub mod glue;
mod html;
pub mod meta_text;
pub mod text;
mod words;

pub use glue::repair_glued;
pub use html::clean_html;
pub use text::{clean_text, CorpusLines};

/// A script's stand-in for content not loaded yet ("Loading paragraph...", "Loading…"): what a page shows
/// before its scripts run, never part of an article. Shared by the text and HTML cleaners.
pub(crate) fn is_loading_placeholder(line: &str) -> bool {
    let t = line.trim();
    (1..=4).contains(&t.split_whitespace().count())
        && t.get(..7)
            .is_some_and(|p| p.eq_ignore_ascii_case("loading"))
        && !t[7..].starts_with(char::is_alphabetic)
        && (t.ends_with("...") || t.ends_with('…'))
}

#[cfg(test)]
mod tests {
    use super::is_loading_placeholder;

    #[test]
    fn loading_placeholders() {
        for yes in [
            "Loading paragraph...",
            "Loading…",
            "  loading image... ",
            "LOADING FAQ...",
        ] {
            assert!(is_loading_placeholder(yes), "{yes}");
        }
        for no in [
            "Loading",
            "Loading the ship took three days...",
            "Loading docks were closed.",
            "Unloading...",
            "Loadingé...",
        ] {
            assert!(!is_loading_placeholder(no), "{no}");
        }
    }
}
