//! The per-document pipeline: raw document -> cleaned text and metadata -> facets -> Article.
//! Pure: no I/O, so every stage can be tested on a string.

use crate::article::{Article, Removed};
use crate::clean::{self, date::normalize_date, CorpusLines};
use crate::extract;
use crate::ingest::RawDoc;

/// The marker of [`process`]'s test fault (debug builds only).
#[cfg(debug_assertions)]
pub const TEST_FAULT: &str = "embargo-test-fault-7d1e";

/// An article plus what `extract --explain` shows about how it was made.
pub struct Processed {
    pub article: Article,
    pub removed: Vec<Removed>,
    pub repairs: Vec<(String, String)>,
}

/// Build the one-off tables and patterns on two threads at once, split so each does about the same work
/// (callgrind): the word frequencies for glued-word repair and the line rules on one; the country mention
/// automaton, the role patterns and the line rules' screening unions on the other. Otherwise the first
/// document waits for each in turn: on a folder of a hundred pages that start-up is most of the run.
pub fn warm_up() {
    rayon::join(
        || {
            clean::glue::warm_up();
            clean::text::warm_up_rules();
        },
        || {
            extract::countries::warm_up();
            extract::legal_forms::warm_up();
            extract::roles::warm_up();
            clean::text::warm_up_gates();
        },
    );
}

/// Run cleaning and extraction on one raw document. Metadata the container states (JSON Lines fields)
/// wins over what the cleaner finds in the text.
pub fn process(raw: RawDoc, corpus: Option<&CorpusLines>) -> Processed {
    // Debug builds only: a marker that makes processing fail, so tests can check that a bug in one
    // document costs that document alone.
    #[cfg(debug_assertions)]
    if raw.text.contains(TEST_FAULT) {
        panic!("test fault requested by the document");
    }
    let cleaned = if raw.html {
        clean::clean_html(&raw.text)
    } else {
        clean::clean_text(&raw.text, raw.title.as_deref(), corpus)
    };
    let body = cleaned.paragraphs.join("\n\n");
    let title = raw.title.or(cleaned.title).filter(|t| !t.trim().is_empty());
    let date = raw
        .date
        .as_deref()
        .and_then(normalize_date)
        .or(cleaned.date);
    let source = raw.source.or(cleaned.source);
    let facets = extract::extract_facets(title.as_deref(), &body, source.as_deref());
    Processed {
        article: Article {
            id: raw.id,
            path: raw.path,
            title,
            date,
            source,
            url: raw.url,
            authors: cleaned.authors,
            body,
            facets,
            links: Vec::new(),
        },
        removed: cleaned.removed,
        repairs: cleaned.repairs,
    }
}

/// [`process`], with a bug in it (a panic) costing this document alone: `None` then, and the caller
/// says which document was skipped.
pub fn try_process(raw: RawDoc, corpus: Option<&CorpusLines>) -> Option<Processed> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| process(raw, corpus))).ok()
}

/// The one-line reason a document [`try_process`] gave up on was skipped.
pub fn internal_error(file: &str, id: &str) -> String {
    format!("{file}: document {id} skipped: internal error while cleaning or extracting it (please report)")
}
