//! Relinking: when the lists change, every stored article is linked again from its stored text and
//! facets, without reading or cleaning any corpus file. Only articles whose links change are rewritten.

use std::path::Path;

use anyhow::{Context, Result};
use tantivy::{TantivyDocument, Term};

use super::build::{commit, open_writer};
use super::doc::{from_document, to_document, FileStamp};
use super::store;
use crate::link::{link_article, ListIndex};
use crate::progress::Progress;

/// Relink the whole index at `dir` against the lists stored beside it. Returns the number of articles
/// whose links changed. No index there: nothing to do.
pub fn relink(dir: &Path, progress: &Progress) -> Result<usize> {
    if !store::exists(dir) {
        return Ok(0);
    }
    let _lock = store::lock_for_writing(dir)?;
    let store = store::open(dir)?;
    let lists = crate::link::load_index(dir)?;
    let payload = store::read_payload(&store.index)?.unwrap_or_default();
    let searcher = store
        .index
        .reader()
        .context("opening an index reader")?
        .searcher();
    let f = store.fields;
    let mut writer = open_writer(&store, None)?;
    let bar = progress.bar(searcher.num_docs(), "relinking");
    let mut changed = 0;
    for segment in searcher.segment_readers() {
        let ff = segment.fast_fields();
        let (hash, size, mtime) = (
            ff.u64("file_hash")?,
            ff.u64("file_size")?,
            ff.i64("file_mtime")?,
        );
        let docs = segment
            .get_store_reader(64)
            .context("reading stored articles")?;
        for doc_id in segment.doc_ids_alive() {
            bar.inc(1);
            let doc: TantivyDocument = docs.get(doc_id).context("reading a stored article")?;
            let mut article = from_document(&f, &doc)?;
            let links = relinked(&article, lists.as_ref());
            if links == article.links {
                continue;
            }
            article.links = links;
            let stamp = FileStamp {
                hash: hash.first(doc_id).unwrap_or(0),
                size: size.first(doc_id).unwrap_or(0),
                mtime: mtime.first(doc_id).unwrap_or(0),
            };
            writer.delete_term(Term::from_field_text(f.id, &article.id));
            writer.add_document(to_document(&f, &article, stamp))?;
            changed += 1;
        }
    }
    bar.finish_and_clear();
    commit(&mut writer, &payload)?;
    writer
        .wait_merging_threads()
        .context("merging index segments")?;
    Ok(changed)
}

fn relinked(
    article: &crate::article::Article,
    lists: Option<&ListIndex>,
) -> Vec<crate::article::Link> {
    lists.map_or_else(Vec::new, |l| link_article(article, l))
}
