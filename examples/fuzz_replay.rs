//! Times every input a fuzzer kept, through the same function its target calls, in an optimized build
//! without the fuzzer's instrumentation or debug assertions (which make libFuzzer's own timings 30 to
//! 100 times slower than a release binary):
//! `cargo run --release --example fuzz_replay -- text|html|jsonl DIR...`
//! prints the slowest inputs by seconds per MB (the fastest of three runs of each) (inputs under 4 KB by their absolute time, where a
//! per-MB figure would be noise) and the total. Used for the "no input slower than 1 s per MB" check of
//! fuzz/README.md.
use std::path::PathBuf;
use std::time::Instant;

use embargo::ingest::RawDoc;

fn run(kind: &str, data: &[u8]) {
    let text = String::from_utf8_lossy(data).into_owned();
    let raw = |html: bool, text: String| RawDoc {
        id: "replay".into(),
        path: "replay".into(),
        html,
        text,
        ..RawDoc::default()
    };
    match kind {
        "text" => drop(embargo::pipeline::process(raw(false, text), None)),
        "html" => drop(embargo::pipeline::process(raw(true, text), None)),
        _ => {
            let (docs, _) = embargo::ingest::parse_jsonl("replay.jsonl", &text);
            for doc in docs {
                drop(embargo::pipeline::process(doc, None));
            }
        }
    }
}

fn files(dirs: &[String]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for d in dirs {
        for e in walkdir::WalkDir::new(d).into_iter().filter_map(Result::ok) {
            if e.file_type().is_file() {
                out.push(e.into_path());
            }
        }
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((kind, dirs)) = args
        .split_first()
        .filter(|(k, d)| matches!(k.as_str(), "text" | "html" | "jsonl") && !d.is_empty())
    else {
        eprintln!("usage: fuzz_replay text|html|jsonl DIR...");
        std::process::exit(2);
    };
    // Lazily built tables (word lists, rule sets) load on first use: pay for them before timing, with
    // the indexer's own warm-up and then one input of each kind of text.
    embargo::pipeline::warm_up();
    for dir in dirs {
        if let Some(first) = files(std::slice::from_ref(dir)).first() {
            run(kind, &std::fs::read(first).unwrap_or_default());
        }
    }
    run(
        kind,
        "Warm up\n\nThe tables load once: São Paulo, Москва.".as_bytes(),
    );
    let mut timed = Vec::new();
    let (mut bytes, started) = (0usize, Instant::now());
    for path in files(dirs) {
        let Ok(data) = std::fs::read(&path) else {
            eprintln!("{}: unreadable, skipped", path.display());
            continue;
        };
        // The fastest of three runs: on a shared machine the others measure the neighbours.
        let secs = (0..3)
            .map(|_| {
                let t0 = Instant::now();
                run(kind, &data);
                t0.elapsed().as_secs_f64()
            })
            .fold(f64::MAX, f64::min);
        bytes += data.len();
        let per_mb = secs / (data.len().max(1) as f64 / 1e6);
        timed.push((
            if data.len() >= 4096 { per_mb } else { 0.0 },
            secs,
            data.len(),
            path,
        ));
    }
    timed.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.total_cmp(&a.1)));
    println!(
        "{} inputs, {:.1} MB, {:.1} s",
        timed.len(),
        bytes as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    println!("slowest by s/MB (inputs of 4 KB or more):");
    for (per_mb, secs, len, path) in timed.iter().take(5) {
        println!(
            "  {per_mb:8.3} s/MB  {secs:7.3} s  {len:>9} B  {}",
            path.display()
        );
    }
    timed.sort_by(|a, b| b.1.total_cmp(&a.1));
    println!("slowest in absolute time:");
    for (_, secs, len, path) in timed.iter().take(3) {
        println!("  {secs:7.3} s  {len:>9} B  {}", path.display());
    }
}
