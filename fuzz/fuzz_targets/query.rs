//! Query parsing and running: line 1 is the query text, the next lines filter values (country,
//! sanctioner, since, until, target, source, target type); the first byte picks the match mode.
//! Queries run on a small index built once in a temporary folder, snippets included.
#![no_main]

use std::sync::LazyLock;

use embargo::article::{Article, Facets, Target};
use embargo::cli::{FilterArgs, MatchMode};
use embargo::index::doc::{to_document, FileStamp};
use embargo::index::{store, Store};
use embargo::search::{build_query, search, Filters};
use libfuzzer_sys::fuzz_target;

static INDEX: LazyLock<(tempfile::TempDir, Store)> = LazyLock::new(|| {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = store::create(dir.path()).expect("create index");
    let mut writer: tantivy::IndexWriter = store
        .index
        .writer_with_num_threads(1, 15_000_000)
        .expect("writer");
    let bodies = [
        "South Korea imposed sanctions on the tanker Lady R and two North Korean firms.",
        "The European Union froze the assets of Iranian drone makers, officials said in Brussels.",
        "Washington sanctioned the vessel Ocean Pearl for carrying Russian oil above the price cap.",
    ];
    for (i, body) in bodies.iter().enumerate() {
        let article = Article {
            id: format!("a{i}.txt"),
            path: format!("a{i}.txt"),
            title: Some(format!("Story {i}")),
            date: Some(format!("2024-0{}-1{i}", i + 1)),
            source: Some("Reuters".into()),
            body: body.to_string(),
            facets: Facets {
                countries: vec!["KR".into(), "KP".into()],
                sanctioners: vec!["US".into()],
                target_types: vec!["vessel".into()],
                targets: vec![Target {
                    name: "Lady R".into(),
                    kind: "vessel".into(),
                }],
                ..Facets::default()
            },
            ..Article::default()
        };
        let stamp = FileStamp {
            hash: i as u64,
            size: 1,
            mtime: 1,
        };
        writer
            .add_document(to_document(&store.fields, &article, stamp))
            .expect("add");
    }
    writer.commit().expect("commit");
    (dir, store)
});

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let mut lines = text.split('\n');
    let query = lines.next().unwrap_or_default().to_string();
    let mut next = || lines.next().filter(|l| !l.is_empty()).map(str::to_string);
    let args = FilterArgs {
        country: next().into_iter().collect(),
        sanctioner: next().into_iter().collect(),
        since: next(),
        until: next(),
        target: next(),
        source: next(),
        target_type: next().into_iter().collect(),
        ..FilterArgs::default()
    };
    let Ok(filters) = Filters::resolve(&args) else {
        return;
    };
    let mode = if mode & 1 == 0 {
        MatchMode::All
    } else {
        MatchMode::Any
    };
    let (_dir, store) = &*INDEX;
    let Ok(parsed) = build_query(&store.index, &store.fields, Some(&query), mode, &filters) else {
        return;
    };
    let Ok(reader) = store.index.reader() else {
        return;
    };
    let searcher = reader.searcher();
    let _ = search(store, &searcher, &parsed, 10, 0);
});
