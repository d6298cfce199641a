//! One article as the web page shows it: the stored article, the other copies of its text, and where
//! the words of a query fall in its body.

use std::collections::HashSet;

use anyhow::{Context, Result};
use tantivy::collector::TopDocs;
use tantivy::query::{Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::tokenizer::TokenStream;
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};

use crate::article::Article;
use crate::index::doc::from_document;
use crate::index::Store;

/// Copies of one text beyond this many are not listed (search groups by the same bound).
const MAX_COPIES: usize = 64;

pub struct ArticleView {
    pub article: Article,
    /// Paths of the other articles with the same text.
    pub duplicates: Vec<String>,
    /// `[start, end)` byte offsets into `article.body` of the words the query matches.
    pub highlights: Vec<(usize, usize)>,
}

/// The article with this id, or None. `text_query` (the text part of a parsed query) marks its words.
pub fn article_view(
    store: &Store,
    searcher: &Searcher,
    id: &str,
    text_query: Option<&dyn Query>,
) -> Result<Option<ArticleView>> {
    let f = &store.fields;
    let by_id = TermQuery::new(Term::from_field_text(f.id, id), IndexRecordOption::Basic);
    let top = searcher.search(&by_id, &TopDocs::with_limit(1).order_by_score())?;
    let Some(&(_, addr)) = top.first() else {
        return Ok(None);
    };
    let doc: TantivyDocument = searcher.doc(addr).context("reading the stored article")?;
    let article = from_document(f, &doc)?;
    let duplicates = copies(store, searcher, addr, &article.id)?;
    let highlights = match text_query {
        Some(q) => body_highlights(store, q, &article.body),
        None => Vec::new(),
    };
    Ok(Some(ArticleView {
        article,
        duplicates,
        highlights,
    }))
}

/// Paths of the other documents sharing this one's `dup_key`, sorted.
fn copies(store: &Store, searcher: &Searcher, addr: DocAddress, id: &str) -> Result<Vec<String>> {
    let column = searcher
        .segment_reader(addr.segment_ord)
        .fast_fields()
        .u64("dup_key")?;
    let Some(key) = column.first(addr.doc_id) else {
        return Ok(Vec::new());
    };
    let q = TermQuery::new(
        Term::from_field_u64(store.fields.dup_key, key),
        IndexRecordOption::Basic,
    );
    let mut out = Vec::new();
    for (_, a) in searcher.search(&q, &TopDocs::with_limit(MAX_COPIES + 1).order_by_score())? {
        let doc: TantivyDocument = searcher.doc(a)?;
        let other = from_document(&store.fields, &doc)?;
        if other.id != id {
            out.push(other.path);
        }
    }
    out.sort();
    out.truncate(MAX_COPIES);
    Ok(out)
}

/// Byte ranges of the body's tokens that equal a term of the query on the searchable text, found by
/// running the index's own analyser over the body (so `sanctioned` marks for the query `sanctions`).
pub fn body_highlights(store: &Store, query: &dyn Query, body: &str) -> Vec<(usize, usize)> {
    let f = &store.fields;
    let mut terms: HashSet<String> = HashSet::new();
    query.query_terms(&mut |term, _| {
        if term.field() == f.body || term.field() == f.title {
            if let Some(s) = term.value().as_str() {
                terms.insert(s.to_string());
            }
        }
    });
    if terms.is_empty() {
        return Vec::new();
    }
    let Ok(mut analyzer) = store.index.tokenizer_for_field(f.body) else {
        return Vec::new();
    };
    let mut stream = analyzer.token_stream(body);
    let mut out = Vec::new();
    while stream.advance() {
        let t = stream.token();
        if terms.contains(&t.text) {
            out.push((t.offset_from, t.offset_to));
        }
    }
    out
}
