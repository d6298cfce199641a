//! What the index already holds: each file's stamp, read from fast fields. The index itself is the
//! manifest, so it can never disagree with the documents (both change in one atomic commit).

use std::collections::HashMap;

use anyhow::{Context, Result};
use tantivy::Index;

use super::doc::FileStamp;

/// File path (relative to the corpus) -> its stamp when it was indexed.
pub fn indexed_files(index: &Index) -> Result<HashMap<String, FileStamp>> {
    let reader = index.reader().context("opening an index reader")?;
    let searcher = reader.searcher();
    let mut files = HashMap::new();
    let mut path = String::new();
    for segment in searcher.segment_readers() {
        let ff = segment.fast_fields();
        let Some(file_col) = ff.str("file")? else {
            continue;
        };
        let hash = ff.u64("file_hash")?;
        let size = ff.u64("file_size")?;
        let mtime = ff.i64("file_mtime")?;
        for doc in segment.doc_ids_alive() {
            let Some(ord) = file_col.term_ords(doc).next() else {
                continue;
            };
            path.clear();
            file_col.ord_to_str(ord, &mut path)?;
            if files.contains_key(path.as_str()) {
                continue;
            }
            let stamp = FileStamp {
                hash: hash.first(doc).unwrap_or(0),
                size: size.first(doc).unwrap_or(0),
                mtime: mtime.first(doc).unwrap_or(0),
            };
            files.insert(path.clone(), stamp);
        }
    }
    Ok(files)
}
