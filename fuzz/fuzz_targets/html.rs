//! HTML extraction (main content, metadata) and facet extraction on any bytes.
#![no_main]

use embargo::ingest::RawDoc;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let raw = RawDoc {
        id: "fuzz.html".into(),
        path: "fuzz.html".into(),
        html: true,
        text: String::from_utf8_lossy(data).into_owned(),
        ..RawDoc::default()
    };
    let _ = embargo::pipeline::process(raw, None);
});
