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
    for segment in searcher.segment_readers() {
        let ff = segment.fast_fields();
        let Some(file_col) = ff.str("file")? else {
            continue;
        };
        // The paths in ordinal order, read in one sequential pass over the dictionary: looking each
        // document's path up by ordinal would decompress a dictionary block per document.
        let mut paths: Vec<String> = Vec::with_capacity(file_col.num_terms());
        let mut stream = file_col.dictionary().stream()?;
        while stream.advance() {
            paths.push(String::from_utf8_lossy(stream.key()).into_owned());
        }
        let hash = ff.u64("file_hash")?;
        let size = ff.u64("file_size")?;
        let mtime = ff.i64("file_mtime")?;
        for doc in segment.doc_ids_alive() {
            let Some(path) = file_col
                .term_ords(doc)
                .next()
                .and_then(|o| paths.get(o as usize))
            else {
                continue;
            };
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
