//! A plain BM25 reference on a BEIR-style set, to say where `embargo search --match any` stands.
//!
//! `cargo run --release --example bm25_reference -- DIR` indexes DIR/corpus.jsonl (title and text as one
//! field, as `evaluate.py rank` feeds embargo) in memory with tantivy's BM25 and a plain English analyser
//! (lower case, Lucene's English stopwords, Snowball stemming; no cleaning, no title boost, no query
//! rewriting), runs every query of DIR/queries*.tsv that has judgments as a disjunction, and prints
//! nDCG@10, MAP and R@100 computed as `evaluate.py rank` computes them.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use tantivy::collector::TopDocs;
use tantivy::query::QueryParser;
use tantivy::schema::{
    IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED, STRING,
};
use tantivy::tokenizer::{
    Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, StopWordFilter, TextAnalyzer,
};
use tantivy::{doc, Index, TantivyDocument};

type Qrels = HashMap<String, HashMap<String, u32>>;

fn main() -> Result<()> {
    let dir: PathBuf = std::env::args()
        .nth(1)
        .context("usage: bm25_reference DIR (a BEIR set: corpus.jsonl, queries*.tsv, qrels*.txt)")?
        .into();
    let qrels = read_qrels(&find(&dir, "qrels", ".txt")?)?;
    let queries = read_queries(&find(&dir, "queries", ".tsv")?, &qrels)?;

    let mut builder = Schema::builder();
    let indexing = TextFieldIndexing::default()
        .set_tokenizer("bm25_en")
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let text = builder.add_text_field(
        "text",
        TextOptions::default().set_indexing_options(indexing),
    );
    let id = builder.add_text_field("id", STRING | STORED);
    let index = Index::create_in_ram(builder.build());
    let stop = StopWordFilter::new(Language::English).context("tantivy's English stopwords")?;
    let analyzer = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(stop)
        .filter(Stemmer::new(Language::English))
        .build();
    index.tokenizers().register("bm25_en", analyzer);

    let mut writer = index.writer::<TantivyDocument>(100 << 20)?;
    let corpus = dir.join("corpus.jsonl");
    let f = File::open(&corpus).with_context(|| format!("opening {}", corpus.display()))?;
    for line in BufReader::new(f).lines() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        let field = |k: &str| v[k].as_str().unwrap_or("").to_string();
        writer.add_document(doc!(
            id => field("_id"),
            text => format!("{}\n\n{}", field("title").trim(), field("text")),
        ))?;
    }
    writer.commit()?;
    let searcher = index.reader()?.searcher();
    let parser = QueryParser::for_index(&index, vec![text]);

    let (mut ndcg, mut map, mut r100) = (0.0, 0.0, 0.0);
    for (qid, q) in &queries {
        // Only the words: query syntax in a claim (a stray quote or colon) is not meant as syntax.
        let words: String = q
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { ' ' })
            .collect();
        let (query, _) = parser.parse_query_lenient(&words);
        let top = searcher.search(&query, &TopDocs::with_limit(100).order_by_score())?;
        let mut ranked = Vec::new();
        for (_, addr) in top {
            let d: TantivyDocument = searcher.doc(addr)?;
            ranked.push(
                d.get_first(id)
                    .and_then(|v| v.as_str())
                    .unwrap_or("")
                    .to_string(),
            );
        }
        let (n, a, r) = scores(&qrels[qid], &ranked);
        ndcg += n;
        map += a;
        r100 += r;
    }
    let n = queries.len().max(1) as f64;
    println!(
        "bm25 reference {}: queries={} nDCG@10={:.4} MAP={:.4} R@100={:.4}",
        dir.display(),
        queries.len(),
        ndcg / n,
        map / n,
        r100 / n
    );
    Ok(())
}

/// nDCG@10, average precision and recall at 100, as `evaluate.py rank` computes them.
fn scores(rel: &HashMap<String, u32>, ranked: &[String]) -> (f64, f64, f64) {
    let dcg = |gains: &[u32]| -> f64 {
        gains
            .iter()
            .enumerate()
            .map(|(i, &g)| (2f64.powi(g as i32) - 1.0) / ((i + 2) as f64).log2())
            .sum()
    };
    let gains: Vec<u32> = ranked
        .iter()
        .take(10)
        .map(|d| *rel.get(d).unwrap_or(&0))
        .collect();
    let mut ideal: Vec<u32> = rel.values().copied().collect();
    ideal.sort_unstable_by(|a, b| b.cmp(a));
    ideal.truncate(10);
    let idcg = dcg(&ideal);
    let ndcg = if idcg > 0.0 { dcg(&gains) / idcg } else { 0.0 };
    let nrel = rel.values().filter(|&&v| v > 0).count() as f64;
    let (mut hits, mut ap) = (0.0, 0.0);
    for (i, d) in ranked.iter().enumerate() {
        if rel.get(d).is_some_and(|&v| v > 0) {
            hits += 1.0;
            ap += hits / (i + 1) as f64;
        }
    }
    let found = ranked
        .iter()
        .take(100)
        .filter(|d| rel.get(*d).is_some_and(|&v| v > 0))
        .count() as f64;
    if nrel == 0.0 {
        return (ndcg, 0.0, 0.0);
    }
    (ndcg, ap / nrel, found / nrel)
}

fn find(dir: &Path, prefix: &str, suffix: &str) -> Result<PathBuf> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with(prefix) && n.ends_with(suffix))
        .collect();
    names.sort();
    let name = names
        .into_iter()
        .next()
        .with_context(|| format!("no {prefix}*{suffix} in {}", dir.display()))?;
    Ok(dir.join(name))
}

fn read_qrels(path: &Path) -> Result<Qrels> {
    let mut qrels = Qrels::new();
    for line in BufReader::new(File::open(path)?).lines() {
        let line = line?;
        let f: Vec<&str> = line.split_whitespace().collect();
        let (q, d, r) = match f.as_slice() {
            [q, _, d, r] | [q, d, r] => (*q, *d, *r),
            _ => continue,
        };
        if let Ok(r) = r.parse() {
            qrels
                .entry(q.to_string())
                .or_default()
                .insert(d.to_string(), r);
        }
    }
    Ok(qrels)
}

fn read_queries(path: &Path, qrels: &Qrels) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    for line in BufReader::new(File::open(path)?).lines() {
        let line = line?;
        if let Some((id, q)) = line.split_once('\t') {
            if qrels.contains_key(id) {
                out.push((id.to_string(), q.to_string()));
            }
        }
    }
    Ok(out)
}
