//! Running a query: top hits grouped by duplicate text, with snippets.

use std::collections::HashMap;

use anyhow::{Context, Result};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};

use super::group::DistinctKeys;
use super::query::Parsed;
use super::snippet::Snippet;
use crate::article::Article;
use crate::index::doc::from_document;
use crate::index::Store;

const SNIPPET_CHARS: usize = 220;

#[derive(Debug, Clone)]
pub struct Hit {
    pub score: f32,
    pub article: Article,
    pub snippet: Snippet,
    /// Paths of the other copies of the same text (the shown copy has the most metadata).
    pub duplicates: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Results {
    /// Matching hits after grouping copies of one text.
    pub total: usize,
    /// Matching articles before grouping.
    pub articles: usize,
    pub hits: Vec<Hit>,
}

pub fn search(
    store: &Store,
    searcher: &Searcher,
    parsed: &Parsed,
    limit: usize,
    offset: usize,
) -> Result<Results> {
    let f = &store.fields;
    let query = parsed.query.as_ref();
    let (articles, keys) = searcher.search(query, &(Count, DistinctKeys))?;
    let wanted = offset.saturating_add(limit);

    // Fetch more documents than hits wanted, since copies collapse; widen until enough groups are found.
    let mut fetch = wanted.saturating_mul(2).saturating_add(16);
    let groups = loop {
        let top = searcher.search(query, &TopDocs::with_limit(fetch.max(1)).order_by_score())?;
        let groups = first_of_each_group(searcher, &top)?;
        if groups.len() >= wanted || top.len() >= articles {
            break groups;
        }
        fetch = fetch.saturating_mul(4);
    };

    let snippets = match &parsed.text_query {
        Some(q) => {
            let mut g = SnippetGenerator::create(searcher, q.as_ref(), f.body)?;
            g.set_max_num_chars(SNIPPET_CHARS);
            Some(g)
        }
        None => None,
    };
    let mut hits = Vec::new();
    for (score, key, address) in groups.into_iter().skip(offset).take(limit) {
        let (article, duplicates) = representative(store, searcher, key, address)?;
        let snippet = snippets
            .as_ref()
            .map(|g| {
                Snippet::from_tantivy(&g.snippet(&article.body)).at_sentence_start(&article.body)
            })
            .filter(|s| !s.text.is_empty())
            .unwrap_or_else(|| Snippet::lead(&article.body, SNIPPET_CHARS));
        hits.push(Hit {
            score,
            article,
            snippet,
            duplicates,
        });
    }
    Ok(Results {
        total: keys.len(),
        articles,
        hits,
    })
}

/// The best-scoring document of each duplicate group, in score order: (score, dup_key, address).
fn first_of_each_group(
    searcher: &Searcher,
    top: &[(f32, DocAddress)],
) -> Result<Vec<(f32, u64, DocAddress)>> {
    let mut columns = HashMap::new();
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for &(score, addr) in top {
        let column = match columns.entry(addr.segment_ord) {
            std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::hash_map::Entry::Vacant(v) => v.insert(
                searcher
                    .segment_reader(addr.segment_ord)
                    .fast_fields()
                    .u64("dup_key")?,
            ),
        };
        let key = column.first(addr.doc_id).unwrap_or(u64::MAX);
        if seen.insert(key) {
            out.push((score, key, addr));
        }
    }
    Ok(out)
}

/// All copies of a text; the one with the most metadata (then the smallest id) stands for the group.
fn representative(
    store: &Store,
    searcher: &Searcher,
    key: u64,
    hit: DocAddress,
) -> Result<(Article, Vec<String>)> {
    let f = &store.fields;
    let copies_query = TermQuery::new(
        Term::from_field_u64(f.dup_key, key),
        IndexRecordOption::Basic,
    );
    let addresses = searcher.search(&copies_query, &TopDocs::with_limit(64).order_by_score())?;
    let mut copies: Vec<Article> = Vec::new();
    for (_, addr) in addresses {
        let doc: TantivyDocument = searcher.doc(addr)?;
        copies.push(from_document(f, &doc)?);
    }
    if copies.is_empty() {
        let doc: TantivyDocument = searcher.doc(hit)?;
        return Ok((from_document(f, &doc)?, Vec::new()));
    }
    copies.sort_by(|a, b| {
        b.metadata_score()
            .cmp(&a.metadata_score())
            .then_with(|| a.id.cmp(&b.id))
    });
    let best = copies.remove(0);
    let duplicates = copies.into_iter().map(|a| a.path).collect();
    Ok((best, duplicates))
}

/// One article by id, or else by file path (the first article of that file).
pub fn find_article(store: &Store, searcher: &Searcher, key: &str) -> Result<Option<Article>> {
    let f = &store.fields;
    for field in [f.id, f.file] {
        let q: Box<dyn Query> = Box::new(TermQuery::new(
            Term::from_field_text(field, key),
            IndexRecordOption::Basic,
        ));
        let top = searcher.search(q.as_ref(), &TopDocs::with_limit(1).order_by_score())?;
        if let Some((_, addr)) = top.first() {
            let doc: TantivyDocument = searcher.doc(*addr).context("reading the stored article")?;
            return Ok(Some(from_document(f, &doc)?));
        }
    }
    Ok(None)
}
