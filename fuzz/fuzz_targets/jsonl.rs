//! JSON Lines reading, then the pipeline and the tantivy document on every record it yields
//! (container metadata such as dates included), as `embargo index` does.
#![no_main]

use embargo::index::doc::{to_document, FileStamp};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (docs, _warnings) = embargo::ingest::parse_jsonl("fuzz.jsonl", &text);
    let (_, fields) = embargo::index::schema::build_schema();
    let stamp = FileStamp {
        hash: 0,
        size: 0,
        mtime: 0,
    };
    for raw in docs {
        let article = embargo::pipeline::process(raw, None).article;
        let _ = to_document(&fields, &article, stamp);
    }
});
