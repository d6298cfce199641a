//! Time the two per-article stages of `embargo index` over every story of a JSON Lines (.gz) corpus, each
//! story laid out as `bench/run` writes it (title line, blank line, text):
//! `cargo run --release --example stage_bench -- ../shared/data/scale/news-41k.jsonl.gz`
//!
//! Prints microseconds per story for text cleaning (`clean_text`), for facet extraction
//! (`extract_facets` on the cleaned body) and for the duplicate key (`dup_key`), single-threaded, after a warm-up that builds the one-off tables.
use embargo::clean::clean_text;
use embargo::extract::extract_facets;
use embargo::index::doc::dup_key;
use std::io::{BufRead, BufReader};
use std::time::Instant;

fn main() {
    // `--load-only` reads the corpus without timing anything, so CPU time (`/usr/bin/time`) of the two runs can
    // be subtracted on a busy machine where wall time says little.
    let load_only = std::env::args().any(|a| a == "--load-only");
    let Some(path) = std::env::args().skip(1).find(|a| !a.starts_with("--")) else {
        eprintln!("usage: stage_bench CORPUS.jsonl[.gz] [--load-only]");
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
    let docs: Vec<String> = reader
        .lines()
        .map_while(Result::ok)
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(&l).ok())
        .map(|v| {
            format!(
                "{}\n\n{}",
                v["title"].as_str().unwrap_or(""),
                v["text"].as_str().unwrap_or("")
            )
        })
        .collect();
    let n = docs.len().max(1) as f64;
    let bytes: usize = docs.iter().map(String::len).sum();
    // Build the word table, the rule regexes and the gazetteer before timing: one-off costs per process.
    let warm = Instant::now();
    // The same one-off work `embargo index` does before its first document: the role and name patterns
    // compile lazily, and the warm-up text below has no sanctions sentence to make them.
    embargo::pipeline::warm_up();
    let c = clean_text(
        "Warm up\n\nA first sentence of the warm-up text, long enough to count.",
        None,
        None,
    );
    let _ = extract_facets(
        c.title.as_deref(),
        &c.paragraphs.join("\n\n"),
        c.source.as_deref(),
    );
    let setup = warm.elapsed();
    if load_only {
        println!("docs={} loaded", docs.len());
        return;
    }
    let (t, cpu0) = (Instant::now(), cpu_ns());
    let cleaned: Vec<_> = docs.iter().map(|d| clean_text(d, None, None)).collect();
    let clean_s = t.elapsed().as_secs_f64();
    let clean_cpu = cpu_since(cpu0);
    let bodies: Vec<(Option<String>, String)> = cleaned
        .into_iter()
        .map(|c| (c.title, c.paragraphs.join("\n\n")))
        .collect();
    let (t, cpu0) = (Instant::now(), cpu_ns());
    let mut countries = 0usize;
    for (title, body) in &bodies {
        countries += extract_facets(title.as_deref(), body, None).countries.len();
    }
    let facets_s = t.elapsed().as_secs_f64();
    let facets_cpu = cpu_since(cpu0);
    let t = Instant::now();
    let keys = bodies
        .iter()
        .fold(0u64, |x, (_, body)| x ^ dup_key(body, ""));
    let dup_s = t.elapsed().as_secs_f64();
    println!(
        "docs={} avg_bytes={} setup_ms={:.1} clean_us_per_doc={:.1} facets_us_per_doc={:.1} dup_key_us_per_doc={:.2} total_us_per_doc={:.1} countries={} keys={keys:x}",
        docs.len(),
        bytes / docs.len().max(1),
        setup.as_secs_f64() * 1e3,
        clean_s * 1e6 / n,
        facets_s * 1e6 / n,
        dup_s * 1e6 / n,
        (clean_s + facets_s + dup_s) * 1e6 / n,
        countries
    );
    // On a shared machine the wall clock counts the time other work held the core; the thread's own CPU
    // time does not, so it is the figure to compare across runs when the load average is above 1.
    if let (Some(c), Some(f)) = (clean_cpu, facets_cpu) {
        println!(
            "cpu (this thread, /proc/thread-self/schedstat): clean_us_per_doc={:.1} facets_us_per_doc={:.1}",
            c * 1e6 / n,
            f * 1e6 / n
        );
    }
}

/// Nanoseconds this thread has run on a CPU (Linux); `None` elsewhere.
fn cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

fn cpu_since(start: Option<u64>) -> Option<f64> {
    Some((cpu_ns()? - start?) as f64 / 1e9)
}
