//! Inputs that once crashed a fuzz target (see fuzz/README.md), kept so the crash stays fixed.
//!
//! Each file under `tests/regressions/<target>/` is fed to the same function as the fuzz target
//! `<target>`: `text` and `html` through `pipeline::process`; `jsonl` through `ingest::parse_jsonl`,
//! the pipeline and `index::doc::to_document` (what `embargo index` stores); `query` through
//! `search::build_query` and `search::search` (first byte: match mode; line 1: the query; the next
//! lines: country, sanctioner, since, until, target, source, target type). A regression fails the
//! test by panicking, as it crashed the fuzzer.

use std::path::{Path, PathBuf};

use embargo::article::{Article, Facets, Target};
use embargo::cli::{FilterArgs, MatchMode};
use embargo::index::doc::{to_document, FileStamp};
use embargo::index::{store, Store};
use embargo::ingest::RawDoc;
use embargo::search::{build_query, search, Filters};

fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/regressions")
        .join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut out: Vec<(PathBuf, Vec<u8>)> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        // `.upstream`: a debug assertion inside tantivy itself, kept for when it is fixed there.
        .filter(|p| p.is_file() && p.extension().is_none_or(|x| x != "md" && x != "upstream"))
        .map(|p| {
            let bytes = std::fs::read(&p).expect("read regression input");
            (p, bytes)
        })
        .collect();
    out.sort();
    out
}

fn raw(text: &[u8], html: bool) -> RawDoc {
    RawDoc {
        id: "regression".into(),
        path: "regression".into(),
        html,
        text: String::from_utf8_lossy(text).into_owned(),
        ..RawDoc::default()
    }
}

#[test]
fn text_inputs_clean_without_panicking() {
    for (path, bytes) in inputs("text") {
        eprintln!("{}", path.display());
        let _ = embargo::pipeline::process(raw(&bytes, false), None);
    }
}

#[test]
fn html_inputs_clean_without_panicking() {
    for (path, bytes) in inputs("html") {
        eprintln!("{}", path.display());
        let _ = embargo::pipeline::process(raw(&bytes, true), None);
    }
}

#[test]
fn jsonl_inputs_read_without_panicking() {
    for (path, bytes) in inputs("jsonl") {
        eprintln!("{}", path.display());
        let (docs, _) =
            embargo::ingest::parse_jsonl("regression.jsonl", &String::from_utf8_lossy(&bytes));
        let (_, fields) = embargo::index::schema::build_schema();
        let stamp = FileStamp {
            hash: 0,
            size: 0,
            mtime: 0,
        };
        for d in docs {
            let article = embargo::pipeline::process(d, None).article;
            let _ = to_document(&fields, &article, stamp);
        }
    }
}

/// The fuzz target's small index: three stories with every facet set.
fn small_index(dir: &Path) -> Store {
    let store = store::create(dir).expect("create index");
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
    store
}

/// The query fuzz target's decoding of its input, run on `store`.
fn run_query_input(store: &Store, data: &[u8]) {
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
    let Ok(parsed) = build_query(&store.index, &store.fields, Some(&query), mode, &filters) else {
        return;
    };
    let searcher = store.index.reader().expect("reader").searcher();
    let _ = search(store, &searcher, &parsed, 10, 0);
}

#[test]
fn query_inputs_parse_and_run_without_panicking() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = small_index(dir.path());
    // The decoding itself is exercised even before any regression is kept.
    run_query_input(
        &store,
        b"\0\"lady r\" vessel\nKP\nUS\n2024\n2024-12\nLady R\nreuters\nvessel",
    );
    for (path, bytes) in inputs("query") {
        eprintln!("{}", path.display());
        run_query_input(&store, &bytes);
    }
}
