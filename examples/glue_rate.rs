//! Measures glued-word repair on clean text and the cost of cleaning:
//! `cargo run --release --example glue_rate -- ../shared/data/countries/reuters-dev.jsonl`
//! prints tokens changed / total tokens (repair_glued on each `body`), every change made, and the mean
//! time of `clean_text` on `title\n\nbody` (what the indexer sees for a .txt story).
use embargo::clean::{clean_text, repair_glued};
use std::time::Instant;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data/countries/reuters-dev.jsonl".into());
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let mut docs = Vec::new();
    for line in text.lines() {
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
            let title = v["title"].as_str().unwrap_or("").to_string();
            let body = v["body"].as_str().unwrap_or("").to_string();
            docs.push((title, body));
        }
    }
    let _ = repair_glued("Warm up the word list: allegedprocurement.");
    let mut rep_secs = f64::MAX;
    for _ in 0..5 {
        let t0 = Instant::now();
        for (_, body) in &docs {
            std::hint::black_box(repair_glued(body));
        }
        rep_secs = rep_secs.min(t0.elapsed().as_secs_f64());
    }
    let (mut tokens, mut changed) = (0usize, 0usize);
    for (_, body) in &docs {
        tokens += body.split_whitespace().count();
        let (_, repairs) = repair_glued(body);
        for (from, to) in &repairs {
            println!("change: {from:?} -> {to:?}");
        }
        changed += repairs.len();
    }
    println!(
        "repair_glued alone: {:.1} us/story (best of 5)",
        rep_secs * 1e6 / docs.len() as f64
    );
    println!(
        "repair_glued on {} stories: {changed} tokens changed of {tokens} ({:.2} per 10,000)",
        docs.len(),
        changed as f64 * 10_000.0 / tokens as f64
    );
    // Warm the word list and regexes, then time whole-document cleaning.
    let _ = clean_text("Warm up the word list: allegedprocurement.", None, None);
    let inputs: Vec<String> = docs.iter().map(|(t, b)| format!("{t}\n\n{b}\n")).collect();
    let bytes: usize = inputs.iter().map(String::len).sum();
    // Best of five passes: the machine is shared, and the minimum is the least disturbed figure.
    let mut secs = f64::MAX;
    let mut paras = 0;
    for _ in 0..5 {
        let t0 = Instant::now();
        paras = 0;
        for doc in &inputs {
            paras += clean_text(doc, None, None).paragraphs.len();
        }
        secs = secs.min(t0.elapsed().as_secs_f64());
    }
    println!(
        "clean_text: {} stories, mean {:.0} bytes, {:.1} us/story, best of 5 ({paras} paragraphs kept)",
        inputs.len(),
        bytes as f64 / inputs.len() as f64,
        secs * 1e6 / inputs.len() as f64
    );
}
