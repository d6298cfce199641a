//! Time `extract_facets` over every `text` of a JSON Lines (.gz) corpus:
//! `cargo run --release --example facets_bench -- ../shared/data/scale/news-41k.jsonl.gz`
use embargo::extract::extract_facets;
use std::io::{BufRead, BufReader};
use std::time::Instant;

fn main() {
    // `--load-only` reads the corpus without extracting, so CPU time (`/usr/bin/time`) of the two runs can be
    // subtracted on a busy machine where wall time says little.
    let load_only = std::env::args().any(|a| a == "--load-only");
    let Some(path) = std::env::args().skip(1).find(|a| !a.starts_with("--")) else {
        eprintln!("usage: facets_bench CORPUS.jsonl[.gz] [--load-only]");
        std::process::exit(2);
    };
    let file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let reader: Box<dyn BufRead> = if path.ends_with(".gz") {
        Box::new(BufReader::new(flate2::read::GzDecoder::new(file)))
    } else {
        Box::new(BufReader::new(file))
    };
    let docs: Vec<(Option<String>, String)> = reader
        .lines()
        .map_while(Result::ok)
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(&l).ok())
        .map(|v| {
            (
                v["title"].as_str().map(str::to_string),
                v["text"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.1.len()).sum();
    // Build the gazetteer before timing: it is a one-off cost per process.
    let warm = Instant::now();
    let _ = extract_facets(None, "warm up");
    let setup = warm.elapsed();
    if load_only {
        println!("docs={} loaded", docs.len());
        return;
    }
    let t = Instant::now();
    let (mut with_sanctioners, mut countries) = (0usize, 0usize);
    for (title, text) in &docs {
        let f = extract_facets(title.as_deref(), text);
        with_sanctioners += usize::from(!f.sanctioners.is_empty());
        countries += f.countries.len();
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "docs={} avg_bytes={} setup_ms={:.1} total_s={:.2} us_per_doc={:.1} us_per_2kb={:.1} docs_with_sanctioners={} countries={}",
        docs.len(),
        bytes / docs.len().max(1),
        setup.as_secs_f64() * 1e3,
        secs,
        secs * 1e6 / docs.len().max(1) as f64,
        secs * 1e6 / (bytes as f64 / 2048.0),
        with_sanctioners,
        countries
    );
}
