//! Plain-text cleaning and facet extraction: any bytes, decoded as `embargo index` would.
#![no_main]

use embargo::ingest::RawDoc;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let raw = RawDoc {
        id: "fuzz.txt".into(),
        path: "fuzz.txt".into(),
        html: false,
        text: String::from_utf8_lossy(data).into_owned(),
        ..RawDoc::default()
    };
    let _ = embargo::pipeline::process(raw, None);
});
